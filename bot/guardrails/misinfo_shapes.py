"""How a post asserts a known myth: the words that join a subject to an object, or say something of a subject.

Relations (subject ... cue ... object, the cue within four words of the object):
- cause / harm: "vaccines are what triggered his autism", "fluoride lowers your kids' IQ";
  or the passive voice ("autism caused by the shot"; for `temporal` rows "regressed right after the shot");
- cure: "garlic clears strep", "la gripe se trata con antibióticos", "treat your cold with oregano oil";
- replace: "works just as well as the MMR", "instead of chemo, try turmeric";
- equals: "depression is just a choice" (only a copula between subject and object).
Predicates (said of the subject within its sentence): safe, dangerous, mild, useless, unneeded, normal,
only (who gets it), cant (can't get it under a condition), stated (the term itself asserts it).
Named groups `neg...` mark a negation that belongs to the myth ("doesn't work"); any other negation
clears the match.
"""

from __future__ import annotations

import re

from bot.guardrails.misinfo_lexicon import ONLY_GROUPS

W = r"[\w'’-]+"  # one word
NEAR = rf"(?:\s+{W}){{0,6}}?\s*$"  # the cue sits within six words of the object

CAUSE = (
    r"(?:caus\w*|lead(?:s|ing)?\s+to|led\s+to|linked\s+(?:to|with)|tied\s+to|connected\s+to|associated\s+with"
    r"|trigger\w*|results?\s+in|resulted\s+in|responsible\s+for|gives?|gave|giving|brings?\s+on|is\s+(?:how|why|what)"
    r"|(?:that|this)(?:'s|\s+is)\s+(?:how|why|what)|makes?|made|contribut\w*\s+to|raises?|increases?|puts?|plant\w*"
    r"|encourag\w*|ends?\s+up\s+with|develop\w*|spreads?|spread|(?:can|will|could)\s+(?:get|catch)|provoca\w*"
    r"|ways?\s+to\s+(?:get|catch|develop)|feeds?|fuels?|alimenta\w*|overwhelm\w*|overload\w*|sobrecarga\w*"
    r"|causa\w*|produc\w*|genera\w*|ocasiona\w*|da|dan|dio|lleva\w*\s+a|relacionad\w*\s+con|vinculad\w*\s+(?:con|a)"
    r"|aumenta\w*|propaga\w*|fomenta\w*|mete\w*|es\s+(?:la\s+)?causa\s+de)"
)
HARM = (
    CAUSE[:-1] + r"|damag\w*|destroy\w*|ruin\w*|harm\w*|hurt\w*|weaken\w*|lower\w*|reduc\w*|poison\w*|rots?|rotting"
    r"|erod\w*|fr(?:y|ies|ied)|shuts?\s+down|wears?\s+(?:down|out)|daña\w*|destruye\w*|debilita\w*|baja\w*|reduce\w*"
    r"|arruina\w*|perjudica\w*|afecta\w*|stunt\w*|frena\w*|alter\w*|chang\w*|modif\w*|rewrit\w*|edit\w*|altera\w*|cambia\w*|modifica\w*)"
)
CURE = (
    r"(?:cures?|cured|curing|treats?|treated|heals?|healed|revers\w*|kills?|killed|clears?(?:\s+up|\s+out)?|cleared"
    r"|eliminat\w*|gets?\s+rid\s+of|fix(?:es|ed)?|fights?(?:\s+off)?|beats?|knocks?\s+out|prevents?|prevented"
    r"|protects?\s+(?:\w+\s+)?(?:against|from)|stops?|shrinks?|shrank|shrunk|dissolv\w*|melts?\s+away|flush\w*"
    r"|purg\w*|draw\w*|pull\w*|sweat\w*|remov\w*|cleans\w*|wipes?\s+out|works?\s+(?:for|on|against)|boosts?"
    r"|strengthens?|restor\w*|regrow\w*|rebuild\w*|unclog\w*|neutraliz\w*|detox\w*|desintoxica\w*|improv\w*|sharpen\w*"
    r"|starv\w*"
    r"|(?:is|are)\s+(?:a|the)\s+(?:\w+\s+)?(?:cure|treatment|answer|fix|remedy)\s+(?:for|to)"
    r"|cura\w*|sana\w*|trata\w*|revierte\w*|elimina\w*|mata\w*|quita\w*|previene\w*|protege\w*|combate\w*"
    r"|acaba\w*\s+con|desaparece\w*|destruye\w*|disuelve\w*|limpia\w*|evita\w*|fortalece\w*|refuerza\w*|expulsa\w*"
    r"|saca\w*|mejora\w*)"
)
REPLACE = (
    r"(?:instead\s+of|in\s+place\s+of|rather\s+than|better\s+than|(?:just\s+)?as\s+(?:well|good|effective(?:ly)?|safe"
    r"|strong|much)\s+as|works?\s+like|replaces?|replacement\s+for|(?:an?\s+)?(?:natural\s+)?alternatives?\s+to"
    r"|beats?|outperforms?|en\s+(?:lugar|vez)\s+de|mejor\s+que|tan\s+(?:bien|bueno|buena|eficaz|efectiv[oa])\s+como"
    r"|reemplaza\w*|sustitu\w*|igual\s+que)"
)
FORWARD = {
    "cause": re.compile(rf"\b(?P<cue>{CAUSE}){NEAR}"),
    "harm": re.compile(rf"\b(?P<cue>{HARM}){NEAR}"),
    "cure": re.compile(rf"\b(?P<cue>{CURE}){NEAR}"),
    "replace": re.compile(rf"\b(?P<cue>{REPLACE}){NEAR}"),
    "equals": re.compile(
        r"^\s*(?:is|are|'s|es|son)\s+(?:(?:just|only|simply|really|all|nothing\s+but|basically|merely|about|another"
        r"|solo|sólo|simplemente|otra|cuestión\s+de|a\s+matter\s+of|a\s+sign\s+of|a\s+form\s+of)\s+)*(?:a\s+|an\s+"
        r"|una?\s+)?$|^\s*(?:just\s+|only\s+|simply\s+)?(?:trades?|swaps?|replaces?|substitutes?|cambia\w*)\s+"
        r"(?:one\s+|una\s+)?$"
    ),
}
# "May help prevent", "can lower the risk": hedged support, the language of the evidence, not of a myth.
HEDGE = re.compile(
    r"\b(?:may|might|could|can\s+help|helps?(?:\s+to)?|support\w*|studied|studying|research\w*|trials?|puede\s+ayudar"
    r"|ayuda\w*|some\s+evidence|modest(?:ly)?|slightly|rarely|rare|in\s+rare\s+cases|raramente)\b",
    re.I,
)
# Words that turn a cause into something good ("gives you protection from the flu"), or hand it to another subject.
PROTECTIVE = re.compile(
    r"\b(?:protect\w*|protecci\w+|immun\w*|inmun\w*|defens\w*|against|contra|prevent\w*|previene\w*|fewer|less"
    r"|menos|lower|safe\w*|segur\w*|relief|alivio|strong\w*|fuerte\w*)\b",
    re.I,
)
_CAUSED_BY = (
    r"(?:caused\s+by|due\s+to|because\s+of|triggered\s+by|brought\s+on\s+by|comes?\s+from|from|linked\s+to|tied\s+to"
    r"|connected\s+to|associated\s+with|blamed\s+on|causad\w*\s+por|provocad\w*\s+por|por\s+culpa\s+de|debid[oa]\s+a"
    r"|relacionad\w*\s+con)"
)
BACKWARD_CAUSE = re.compile(rf"\b{_CAUSED_BY}(?:\s+{W}){{0,3}}?\s*$")
BACKWARD_WEAK = re.compile(r"^\s*(?:from|de|por)\s+(?:the\s+|la\s+|el\s+|las\s+|los\s+|their\s+|your\s+|su\s+)?$")
BACKWARD_AFTER = re.compile(rf"\b(?:right\s+after|just\s+after|days\s+after|after|since|following|después\s+de|tras)"
                            rf"(?:\s+{W}){{0,3}}?\s*$")
BACKWARD_CURE = re.compile(
    r"\b(?:(?:cured|treated|healed|reversed|cleared|prevented|beaten|fixed|gone|eliminated|managed|controlled)"
    rf"(?:\s+{W}){{0,3}}?\s+(?:with|by|using|through|thanks\s+to)|se\s+(?:cura|curan|trata|tratan|quita|quitan|elimina"
    r"|eliminan|previene|previenen|combate|combaten|va|van|resuelve\w*)\s+con|(?:curar|tratar|quitar|eliminar|prevenir"
    rf"|combatir)(?:l[oa]s?)?\s+con)(?:\s+{W}){{0,3}}?\s*$"
)
IMPERATIVE_CURE = re.compile(
    r"\b(?:treat|cure|heal|fight|beat|kick|clear|knock\s+out|get\s+rid\s+of|prevent|fix|reverse|trate|cura|combata"
    rf"|combate|quite|quita|elimine|elimina|prevenga|previene)(?:\s+{W}){{0,3}}?\s*$",
    re.I,
)
WITH_AFTER = re.compile(rf"^(?:\s+{W}){{0,3}}?\s+(?:with|using|by|through|con|usando)\b", re.I)
REPLACE_BEFORE = re.compile(
    rf"\b(?:instead\s+of|in\s+place\s+of|rather\s+than|skip(?:ping)?|ditch(?:ing)?|forget|no\s+need\s+for|don'?t\s+need"
    rf"|en\s+(?:lugar|vez)\s+de|olvíde(?:se)?\s+de)(?:\s+{W}){{0,2}}?\s*$",
    re.I,
)

_COPULA = r"(?:is|are|'s|was|were|es|son|está|están|can\s+be|remains?|seems?)"
_PREDICATES: dict[str, str] = {
    "safe": (
        rf"{_COPULA}\s+(?:{W}\s+){{0,2}}?(?:completely\s+|totally\s+|perfectly\s+|100%\s+|100\s+percent\s+)?(?:safe|safer"
        r"|safest|harmless|healthy|healthier|fine|okay|ok|good\s+for\s+you|risk[- ]free|reliable|foolproof"
        r"|seguro|segura|seguros|seguras|inofensiv\w*|sano|sana|saludable\w*|buen[oa]\s+para|confiable"
        r"|just\s+water\s+vapou?r)\b"
        r"|(?P<neg>won'?t|can'?t|doesn'?t|does\s+not|will\s+not|no)\s+(?:hurt|harm|hace\s+daño|daña)"
        rf"|{_COPULA}\s+(?P<neg2>not|n't|no)\s+(?:\w+\s+)?(?:addictive|harmful|dangerous|bad\s+for\s+you|adictiv\w*"
        r"|dañin\w*|peligros\w*)|(?P<neg3>isn'?t|aren'?t)\s+(?:\w+\s+)?(?:addictive|harmful|dangerous|bad\s+for\s+you)"
    ),
    "dangerous": (
        rf"{_COPULA}\s+(?:{W}\s+){{0,2}}?(?:dangerous|unsafe|harmful|toxic|poison\w*|neurotoxi\w*|addictive|bad\s+for\s+(?:you|the\s+baby"
        r"|your\s+baby)|peligros\w*|dañin\w*|tóxic\w*|veneno|adictiv\w*)\b"
    ),
    "mild": (
        rf"{_COPULA}\s+(?:{W}\s+){{0,2}}?(?:just\s+|only\s+|simply\s+|solo\s+|sólo\s+)?(?:a\s+|an\s+|una?\s+)?(?:mild"
        r"|harmless|benign|minor|(?P<neg>no)\s+big\s+deal|(?P<neg2>not)\s+(?:that\s+|really\s+)?(?:serious|dangerous|a\s+big"
        r"\s+deal)|(?:bad\s+)?cold|rash|rite\s+of\s+passage|(?P<neg3>nothing)\s+to\s+worry\s+about|leve|inofensiv\w*"
        r"|benign\w*|(?P<neg4>nada)\s+grave|(?P<neg5>no)\s+(?:es\s+)?grave|(?P<neg6>sin)\s+importancia|resfriado)\b"
    ),
    "useless": (
        rf"(?P<neg>don'?t|doesn'?t|do\s+not|does\s+not|never|won'?t)\s+(?:really\s+|actually\s+|even\s+)?(?:work|help)\b"
        rf"|{_COPULA}\s+(?:{W}\s+){{0,2}}?(?:useless|worthless|pointless|poison|a\s+scam|a\s+hoax|a\s+lie"
        r"|(?:a\s+|just\s+|only\s+)?placebos?|(?:just\s+)?sugar\s+pills|snake\s+oil|(?:more\s+)?dangerous\s+than"
        r"|inútil\w*|veneno|una\s+estafa|un\s+engaño|placebo)\b|(?:do|does|hacen?)\s+more\s+harm\s+than\s+good"
        r"|hacen?\s+más\s+daño\s+que\s+bien|kills?\s+more\s+(?:people\s+)?than|(?P<neg2>no)\s+(?:funciona\w*|sirve\w*)"
    ),
    "unneeded": (
        rf"(?:{_COPULA}\s+(?:{W}\s+){{0,2}}?(?P<neg>not|no)\s+|(?P<negc>isn'?t|aren'?t|wasn'?t|weren'?t|no\s+es|no\s+son)\s+)"
        r"(?:really\s+|even\s+|actually\s+|realmente\s+)?(?:necessary|needed|required|important|worth\s+it|necesari\w+)\b"
        rf"|{_COPULA}\s+(?:{W}\s+){{0,2}}?(?:unnecessary|pointless|overrated|optional|a\s+waste|innecesari\w+)\b"
        r"|(?P<neg2>don'?t|doesn'?t|do\s+not|does\s+not)\s+(?:really\s+)?matter\b|(?P<neg3>no)\s+importa\w*"
    ),
    "normal": (
        rf"{_COPULA}\s+(?:{W}\s+){{0,2}}?(?:just\s+|only\s+|perfectly\s+|completely\s+)?(?:normal|a\s+normal\s+part"
        r"|part\s+of\s+(?:normal\s+|getting|aging|growing)|natural|harmless|(?P<neg>nothing)\s+to\s+worry\s+about"
        r"|a\s+sign\s+of\s+(?:deep|good|healthy|restful)|parte\s+normal|normal\w*)\b|(?:just\s+)?means?\s+(?:you'?re"
        r"|you\s+are)\s+(?:in\s+)?(?:a\s+)?(?:deep|good|healthy|restful|sleeping)"
    ),
}
PREDICATE = {name: re.compile(rf"^(?:\s+{W}){{0,4}}?\s*,?\s*(?:{body})", re.I) for name, body in _PREDICATES.items()}
# "Flu is mild for most people, but ...": a counterweight later in the sentence keeps the statement honest.
COUNTERWEIGHT = re.compile(
    r"\b(?:but|however|though|although|unless|except|can\s+be|for\s+most|in\s+most|usually|serious|severe|dangerous"
    r"|complicat\w*|pero|aunque|grave|peligros\w*|for\s+(?:every|all)|always|every\s+time|100%|against\s+(?:\w+\s+)?"
    r"(?:virus\w*|viral|colds?|bacteria))\b",
    re.I,
)
UNNEEDED_BEFORE = re.compile(
    rf"\b(?:(?P<neg>no)\s+need\s+(?:to\s+(?:get|take|use|wear|do|have)|for)|(?P<neg2>don'?t|doesn'?t|do\s+not|does\s+not"
    rf"|never)\s+(?:really\s+)?need(?:\s+to\s+(?:get|take|use|wear|bother\s+with))?|skip(?:ping)?|(?P<neg3>don'?t)\s+bother"
    rf"\s+with|(?P<neg4>no)\s+(?:hace\s+falta|necesita\w*|es\s+necesari\w+)(?:\s+(?:ponerse|usar|tomar|hacerse|vacunar))?"
    rf"|sáltese|olvíde(?:se)?\s+de)(?:\s+{W}){{0,2}}?\s*$",
    re.I,
)
LEGIT_SKIP = re.compile(
    r"\b(?:at\s+night|indoors|after\s+(?:sunset|dark)|de\s+noche|already|again|up\s+to\s+date|al\s+día|this\s+(?:year"
    r"|season)|until|unless|yet|booster|refuerzo|another|second|if\s+you\s+(?:had|got)|since\s+you|every\s+year"
    r"|annual\w*|yearly|each\s+year|every\s+\w+\s+(?:months|years)|cada\s+año)\b",
    re.I,
)
CANT = re.compile(
    r"\b(?P<neg>can'?t|cannot|can\s+not|won'?t|impossible\s+to|no\s+(?:puede\w*|se\s+puede\w*))\s+(?:\w+\s+)?"
    rf"(?:get|catch|contract|become|be|quedar\w*|contraer|pegar\w*|contagiar\w*)(?:\s+{W}){{0,3}}?\s*$",
    re.I,
)
CANT_CONDITION = re.compile(
    r"^\s*(?:\w+\s+)?(?:if|as\s+long\s+as|while|when|during|the\s+first\s+time|through|from\s+(?:oral|a\s+partner"
    r"|someone\s+who\s+looks)|on\s+(?:a\s+)?(?:cloudy|your\s+period)|si|mientras|cuando|durante|la\s+primera\s+vez"
    r"|por\s+(?:sexo\s+)?oral)\b",
    re.I,
)
ONLY_BEFORE = re.compile(
    rf"\bonly\s+(?:{ONLY_GROUPS}\s+)+(?:people\s+|folks\s+|adults\s+|personas\s+)?(?:get|have|need\s+to\s+worry\s+about"
    rf"|are\s+at\s+risk\s+(?:for|of)|tienen|sufren|les\s+da)(?:\s+{W}){{0,2}}?\s*$"
    rf"|\b(?:{ONLY_GROUPS})\s+(?:people\s+)?(?P<neg>can'?t|cannot|don'?t|do\s+not|never|no\s+pueden)\s+(?:get|have"
    rf"|develop|tener|sufrir)(?:\s+{W}){{0,2}}?\s*$",
    re.I,
)
ONLY_AFTER = re.compile(
    rf"^(?:\s+{W}){{0,2}}?\s+(?:only|just|solo|sólo)\s+(?:affects?|happens?\s+to|hits?|strikes?|matters?\s+for|afecta\w*"
    r"|shows?\s+up\s+in|occurs?\s+in|appears?\s+in|aparece\w*\s+en"
    rf"|le\s+da)\s+(?:to\s+)?(?:{W}\s+)?{ONLY_GROUPS}",
    re.I,
)
# The subject only names what follows ("COVID vaccine", "flu season"): not the topic itself.
MODIFIER_AFTER = re.compile(
    r"^[\s-]*(?:vaccin\w*|shots?|boosters?|tests?|testing|screening|clinics?|season|vacuna\w*|prueba\w*|awareness|month)\b",
    re.I,
)
# "Vaccines against HPV cause ...": the words naming what the subject is for are not a protective turn.
SUBJECT_TAIL = re.compile(r"^\s*(?:contra|against|for|para|de|del)\s+(?:el\s+|la\s+|los\s+|las\s+|the\s+)?[\w-]+", re.I)
# "Babies' immune systems can't handle so many vaccines": the object overwhelmed by the subject.
BACKWARD_HARM = re.compile(
    rf"\b(?:can'?t|cannot|can\s+not|isn'?t\s+able\s+to|aren'?t\s+able\s+to|no\s+puede\w*)\s+(?:handle|cope\s+with|take"
    rf"|process|soportar|manejar|con)(?:\s+{W}){{0,3}}?\s*$|\b(?:overwhelmed|overloaded|damaged|weakened|destroyed|ruined)"
    rf"\s+by(?:\s+{W}){{0,3}}?\s*$",
    re.I,
)
# "Stop cracking your knuckles! Every pop wears down cartilage, and that's how arthritis starts": a later sentence
# that carries the relation on a pronoun ("it", "that", "every pop", "you") refers back to the subject.
BRIDGE = re.compile(
    r"^\W*(?:(?:and|so|y|así\s+que)\s+)?(?:it(?:'s)?|this|that(?:'s)?|they|these|those|which|you(?:'ll)?|every\s+\w+"
    r"|each\s+\w+|esto|eso|lo|la|las|los)\b",
    re.I,
)
