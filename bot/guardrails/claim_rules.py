"""The `claim` check's patterns: what each one catches, what to say, and which context clears it.

A rule's flags say which context clears a match:
- `negatable`: "there's no cure", "we can't guarantee results" are honest, not claims;
- `sourced_ok`: a statistic, study result or superlative with a named source nearby is fine;
- `figurative`: "a cure for the winter blues?", "painless parking" are figures of speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.guardrails.advice_lexicon import DRUG, MEDICAL_WORD
from bot.guardrails.claim_text import Dual
from bot.guardrails.claim_triggers import DIGIT, register

_GAP = r"[^.!?\n]{0,40}?"  # a few words within one sentence
_NUM_WORD = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho"
    r"|nueve|diez)"
)
# A region, or a place name ("in Fenwick"): claim.py checks that the `capplace` word is capitalised.
_PLACE = (
    r"(?:(?:the\s+)?(?:state|region|country|nation|world|city|town|county|area|valley|tri-state(?:\s+area)?|metro"
    r"|midwest|northeast|southeast|southwest|northwest|south|north|east|west|u\.?s\.?|america|universe)"
    r"|(?P<capplace>[^\W\d_]+)(?:\s(?P<capplace2>[^\W\d_]+))?)"
)
# Words that cannot sit between a superlative and "in <place>" in a ranking ("best wishes in the new year").
_NOT_RANKED = (
    r"(?!(?:wishes|luck|regards|way|ways|part|thing|things|practices?|to|for|and|you|us|everyone)\b)"
)
_PROVIDER = (
    r"(?:hospitals?|doctors?|physicians?|dentists?|dentistry|surgeons?|clinics?|clinicians?|nurses?|er|e\.r\.|emergency"
    r"(?:\s+(?:room|department|care))?|pharmac(?:y|ies|ists?)|practices?|providers?|specialists?|oncolog\w*|cardiolog\w*"
    r"|orthopedi\w*|pediatric\w*|therapists?|chiropractors?|dermatologists?|urgent care|cancer care|heart care"
    r"|maternity care|outcomes|results|survival rates?|success rates?|recovery|care in|centers?|centres?|programs?"
    r"|institutes?|health\s+systems?)"
)


@dataclass(frozen=True, slots=True)
class ClaimRule:
    name: str
    regex: Dual
    message: str
    suggestion: str
    triggers: tuple[str, ...]  # stems: the regex runs only when a word of the post starts with one
    negatable: bool = True
    sourced_ok: bool = False
    figurative: bool = False
    needs_medical: bool = False  # only a claim when a condition, body part or medicine is in the match
    needs_health_context: bool = False  # only a claim when HEALTH_CONTEXT is in the words around the match
    needs_own: bool = False  # only a claim about the organisation's own care: "our", "we", "us" in the sentence
    not_after: re.Pattern[str] | None = None  # the text just before a match must not end like this
    lead: re.Pattern[str] | None = None  # the text just before must end like this; the finding then includes it


# Trigger stems (see claim_triggers): a rule's regex runs only when a word of the post starts with one.
_NUMBER_WORDS = (
    DIGIT, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "uno", "una", "dos",
    "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
)
TRIGGERS: dict[str, tuple[str, ...]] = {
    "guarantee": ("guarant", "garant"),
    "hundred_percent": ("100",),
    "risk_free": ("risk", "riesgo", "complication", "complicaciones"),
    "no_side_effects": ("side", "efecto"),
    "miracle": ("miracl", "milagr"),
    "painless": ("painless", "pain", "indolor", "dolor", "duele"),
    "permanent": ("permanent",),
    "forever": ("forever", "good", "once", "life", "lifetime", "siempre", "vida", "definitiva"),
    "never_again": ("again", "nunca", "jamás", "goodbye", "good", "bye", "adiós"),
    "timed_promise": (
        "heal", "fix", "cure", "eliminat", "end", "banish", "beat", "revers", "erase", "rid", "goodbye", "lose",
        "clear", "smooth", "remov", "flush",
        "drop", "melt", "shed", "elimin", "pierda", "baje", "quita", "overnight",
    ),
    "absolute_success": ("every", "never", "funciona", "nunca", "kill", "todos", "safe", "effective", "anyone"),
    "efficacy": (
        "revers", "fat", "hair", "younger", "unlimited", "ilimitada", "instant", "grasa", "revierte", "eliminat",
        "melt", "burn", "regrow", "regenerat", "restor", "naturally", "without", "sin", "stop", "end", "erase", "beat",
    ),
    "study_claim": (
        "proven", "result", "studies", "research", "science", "evidence", "trial", "numbers", "estudios", "comprobad",
        "study", "survey", "report", "analysis", "estudio",
        "probad", "clinically", "scientifically", "medically", "científicamente", "clínicamente",
    ),
    "percent_statistic": ("%", "percent", "cent", "ciento"),
    "ratio_statistic": _NUMBER_WORDS,
    "multiplier_statistic": (
        "x", "two", "three", "four", "five", "ten", "twice", "half", "doubl", "tripl", "halve", "cut", "threefold",
        "slashed", "reduced",
        "twofold", "quarter", "third",
    ),
    "number_one": ("#", "°", "no", "number", "nº", "número"),
    "superlative_place": (
        "best", "finest", "greatest", "safest", "fastest", "quickest", "lowest", "highest", "shortest", "top",
        "most", "leading", "premier",
    ),
    "superlative_possessive": (
        "leading", "top", "premier", "most", "finest", "best", "safest", "favorite", "favourite", "#", "number",
    ),
    "superlative": (
        "voted", "simply", "truly", "hands", "far", "officially", "undeniably",
        "best", "finest", "greatest", "safest", "fastest", "quickest", "lowest", "highest", "shortest", "top",
        "most", "mejor", "rápido",
    ),
    "comparative_outcome": (
        "live", "lives", "living", "recover", "heal", "walk", "go", "get", "return", "survive", "recuperan", "viven",
    ),
    "off_label": ("just", "only", "solo", "sólo", "solamente", "label", "indicación", "using", "taking", "trying"),
}
present_triggers = register("claim", {**TRIGGERS, "cure": ("cur",)})


def _rule(name: str, regex: str, message: str, suggestion: str, **flags: bool) -> ClaimRule:
    return ClaimRule(
        name, Dual(regex), message, suggestion, TRIGGERS[name], **flags, not_after=NOT_AFTER.get(name),
        lead=LEAD.get(name),
    )


# Checked in code rather than as look-behinds, so the regexes can start with a digit and skip ahead fast.
NOT_AFTER: dict[str, re.Pattern[str]] = {
    # "1.5%", "$20%"... and discounts: "save 20%", "up to 30%", "hasta 25%"
    "percent_statistic": re.compile(r"(?:[\w.,$]|\b(?:save|ahorre|up to|hasta|extra|get|take)\s)$", re.I),
}
# The number a ratio starts with ("9 out of 10"): the regex starts at " out of" and this is checked before it.
LEAD: dict[str, re.Pattern[str]] = {
    "ratio_statistic": re.compile(rf"\b{_NUM_WORD}$", re.I),
    # "the region's leading ...", "Westbrook's best ...": the place before the possessive (claim.py checks capitals)
    "superlative_possessive": re.compile(
        r"\b(?:(?:the\s+)?(?:region|state|area|city|county|nation|country|world|valley|community|town)"
        r"|(?P<capplace>[^\W\d_]+))$",
        re.I,
    ),
}


RULES: tuple[ClaimRule, ...] = (
    _rule(
        "guarantee",
        r"\bguarantee[ds]?\b|\bgarantizad[oa]s?\b|\bgarantiza(?:mos|n)?\b|\bgarant[ií]a(?:s)?\b",
        "Promises a guaranteed result; no treatment works for everyone.",
        "Drop the guarantee and describe typical results, e.g. 'may help', with a source.",
        figurative=True,
    ),
    _rule(
        "hundred_percent",
        r"(?<![\d.,])100\s?(?:%|percent\b|per cent\b|por ciento\b)(?!\s*(?:of\s+(?:the\s+)?(?:proceeds|profits"
        r"|donations|funds|ticket|sales|money)|(?:\w+[- ]?\s*(?:and\s+|or\s+|&\s+)?){0,3}free\b|(?:\w+\s+){0,2}"
        r"(?:online|virtual|remote|covered|cubiert[oa]|recyclable|recycled|renewable|electric|digital|paperless|cotton|organic|local\w*"
        r"|volunteer\w*|booked|staffed|owned|funded)))",
        "Claims a 100% result; nothing in medicine is certain.",
        "Remove '100%' and state the real rate with its source, or say 'many patients'.",
        sourced_ok=True,
        needs_health_context=True,
    ),
    _rule(
        "risk_free",
        r"\brisk[- ]free\b|\b(?:no|zero|without(?:\s+any)?)\s+risks?\b(?!\s+(?:of|to)\s+(?:getting|catching"
        r"|contracting|you\b))|\bsin\s+(?:ningún\s+)?riesgos?\b|\blibre de riesgos?\b|\briesgo cero\b"
        r"|(?<!\bmost people have )(?<!\bmany people have )\b(?:zero|no)\s+complications\b|\bcomplication[- ]free\b"
        r"|\bsin\s+complicaciones\b",
        "Calls a treatment risk-free; every treatment has some risk.",
        "Say what the risks are, or 'low risk for most people', and point to a source.",
        negatable=False,
    ),
    _rule(
        "no_side_effects",
        r"(?<!\bmost people have )(?<!\bmany people have )\b(?:no|zero|without(?:\s+any)?|free of|free from)"
        r"\s+(?:\w+\s+)?side[- ]effects?\b|\bside[- ]effects?[- ]free\b|\bsin\s+(?:ningún\s+)?efectos?\s+"
        r"(?:secundarios?|adversos?)\b|\bno\s+(?:tiene|hay|causa)\s+efectos\s+secundarios\b",
        "Claims no side effects; every treatment can have them.",
        "List the common side effects, or say 'side effects are usually mild', with a source.",
        negatable=False,
        figurative=True,
    ),
    _rule(
        "miracle",
        r"\bmiracle[- ](?:cures?|drugs?|pills?|treatments?|diets?|supplements?|workers?|results?|fix(?:es)?|creams?"
        r"|products?|therap(?:y|ies)|solutions?|shots?|injections?|procedures?|remed(?:y|ies)|tonics?|serums?|oils?"
        r"|teas?|waters?|drops|gummies|formulas?|patch(?:es)?|balms?|powders?|lotions?|drinks?|juices?|capsules?)\b"
        r"|\bworks?\s+miracles\b|\bmiracle in a bottle\b|\bmiraculous\b|\bmilagros[oa]s?\b"
        r"|\b(?:tratamiento|remedio|pastilla|píldora|producto|resultados?|cura)\s+milagro\b",
        "Promises a miracle; that overstates what a treatment does.",
        "Describe what the treatment does and for whom, with a source.",
        figurative=True,
    ),
    _rule(
        "painless",
        r"\bpainless(?:ly)?\b|\bpain[- ]free\b|\bindolor[oa]s?\b|\bsin\s+(?:ningún\s+)?dolor\b|\bno\s+duele\b",
        "Promises a painless treatment; most people feel something.",
        "Say what patients usually feel, e.g. 'most people feel only mild discomfort'.",
        figurative=True,
    ),
    _rule(
        "permanent",
        r"\bpermanent(?:ly)?\s+(?:results?|fix(?:es|ed)?|cure[sd]?|relief|solution|remov\w*|eliminat\w*|gone|resolv\w*"
        r"|restor\w*|correct\w*|reliev\w*|ends?|reduc\w*|repair\w*)\b"
        rf"|\b(?:fix|cure|eliminat|remov|reliev|end|reverse|resolv|correct|restor|repair|heal|eras)\w*{_GAP}"
        r"\bpermanently\b|\b(?:results?|effects?|outcomes?|fix|relief|it|restoration|removal|reduction|correction"
        r"|implants?|fillers?)\s+(?:are|is|will be|stays?)\s+permanent\b"
        r"|\band permanent\b(?=\s*[.!?✨]|\s*$)|\bresultados?\s+permanentes?\b|\bpermanentemente\b",
        "Promises permanent results; outcomes vary and can change.",
        "Say 'long-lasting for many patients' and cite the evidence.",
    ),
    _rule(
        "forever",
        r"\b(?:fix\w*|cure[sd]?|eliminat\w*|remov\w*|end(?:s|ed)?|gone|stop(?:s|ped)?|banish\w*|beat|kick\w*"
        r"|ditch\w*|rid of|goodbye(?: to)?|bye(?: bye)?(?: to)?|free (?:of|from)|reverse[sd]?|heal(?:s|ed)?|vanish\w*"
        r"|disappear\w*|adiós a|elimin\w*|olvíde\w*)"
        rf"{_GAP}\b(?:forever|for good|once and for all|for life|para siempre|de por vida|definitivamente)\b"
        r"|\b(?:implants?|fillings?|crowns?|veneers?|results?|replacements?|repairs?|braces|lasik|treatments?"
        r"|procedures?|resultados?|implantes?|tratamientos?)\s+(?:that\s+|will\s+|which\s+|que\s+)?(?:lasts?"
        r"|duran?)\s+(?:a\s+lifetime|forever|toda\s+la\s+vida|para\s+siempre)\b",
        "Promises the problem is gone for good; results vary and problems can return.",
        "Describe typical results and how long they last, with a source.",
    ),
    _rule(
        "never_again",
        r"\bnever\s+(?:\w+\s+)?(?:need|have|suffer|feel|take|use|wear|worry about|get|be)\b[^.!?\n]{0,40}?\bagain\b"
        r"|\b(?:nunca|jamás)\s+(?:más\s+)?(?:\w+\s+)?(?:necesitará|tendrá|sufrirá|sentirá|usará)\b[^.!?\n]{0,40}"
        r"|\b(?:say\s+)?(?:goodbye|good-bye|bye[- ]bye)\s+to\s+(?:your\s+|those\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+"
        r"|\bkiss\s+(?:your\s+)?(?:[\w'-]+\s+){0,2}?goodbye\b|\b(?:diga\s+)?adiós\s+a\s+(?:la\s+|las\s+|los\s+|el\s+|sus?\s+)?"
        r"(?:[\wáéíóúñ'-]+\s+){0,2}?[\wáéíóúñ'-]+",
        "Promises the problem is gone for good; results vary and problems can return.",
        "Describe typical results and how long they last, with a source.",
        needs_medical=True,
    ),
    _rule(
        "absolute_success",
        r"\bworks\s+(?:for\s+)?(?:everyone|everybody|every\s+(?:single\s+)?(?:patient|person|body|time))\b"
        r"|\b(?:results?|success|relief)\W+(?:\w+\W+){0,3}?every\s+(?:single\s+)?(?:time|patient)\b"
        r"|\b(?:safe|effective|works|suitable|right)\s+(?:\w+\s+)?for\s+(?:everyone|everybody|every\s+(?:patient|body"
        r"|person))\b|\b(?:safe|effective)\s+for\s+(?![^.!?\n]{0,40}?\b(?:almost|nearly|most|virtually|many)\b)"
        r"[^.!?\n]{0,40}?\b(?:everyone|everybody|all\s+ages|anyone)\b|\b(?:seguro|segura|eficaz|efectiv[oa]|funciona)\s+para\s+todos\b"
        r"|\bkills?\s+(?:every|all|any)\s+(?:\w+\s+)?(?:virus(?:es)?|germs?|bacteria|infections?|cancer\s+cells?)\b"
        r"|\bnever\s+fails?\b|\bnever\s+(?:cracks?|stains?|breaks?|wears?\s+out)\b|\bfunciona\s+(?:para\s+todos"
        r"|siempre)\b|\bnunca\s+falla\b",
        "Promises the same result for everyone; responses differ from person to person.",
        "Say 'many patients' or give the real success rate with its source.",
    ),
    _rule(
        "efficacy",
        r"\brevers(?:e|es|ed|ing)\s+(?:the\s+)?(?:signs\s+of\s+)?(?:(?:sun\s+)?damage|scarring|fine\s+lines|dark\s+spots"
        r"|gr[ae]y\s+hair|hearing\s+loss|" + MEDICAL_WORD + r")\b"
        r"|\b(?:melts?|burns?|blasts?|torch(?:es)?|dissolves?|zaps?)\s+(?:away\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:fat|cellulite|pounds)\b|\bregenerat\w*\s+(?:your\s+|damaged\s+|worn\s+)?(?:\w+\s+)?(?:joints?|cartilage"
        r"|tissue|nerves?|discs?|cells|teeth|bone)\b|\bregrows?\s+(?:\w+\s+)?(?:cartilage|teeth|bone|nerves?|tissue"
        r"|joints?|discs?)\b|\brestor(?:e|es|ing)\s+(?:your\s+|perfect\s+|full\s+|youthful\s+)?"
        r"(?:youth\w*|energy|libido|hearing|vision|eyesight|memory|fertility|hair)\b|\bregrows?\s+(?:\w+\s+)?hair\b|\b(?:look|feel)\s+(?:\d+|ten|twenty)\s+years"
        r"\s+younger\b|\bunlimited energy\b|\benerg[ií]a ilimitada\b|\binstant(?:ly)?\s+(?:relief|results)\b"
        r"|\b(?:quema|queman|derrite|derriten)\s+(?:la\s+)?grasa\b|\brevierte(?:n)?\s+(?:el\s+)?envejecimiento\b"
        r"|\beliminat(?:es|e)\s+(?:\w+\s+){0,2}?(?:" + MEDICAL_WORD + r")(?:\s+(?:" + MEDICAL_WORD + r"))?\b"
        r"|\b(?:lowers?|reduces?|cures?|reverses?|treats?|heals?|balances?|eliminates?|relieves?|fix(?:es)?|correct(?:s)?"
        r"|stops?|ends?|erases?|beats?"
        r"|straightens?)\s+(?:\w+\s+){1,3}?"
        r"(?:naturally|without\s+(?:medication|medicine|drugs|pills|surgery|prescriptions?)|sin\s+(?:medicamentos"
        r"|cirugía|pastillas))\b",
        "Makes an unproven health claim about what a treatment does.",
        "Say 'may help' and cite a source, or describe the treatment without promising an outcome.",
        sourced_ok=True,
    ),
    _rule(
        "timed_promise",
        r"\b(?:heal|fix|cure|eliminate|end|banish|beat|reverse|erase|get\s+rid\s+of|goodbye\s+to|lose|drop|melt|shed"
        r"|heals|fixes|cures|eliminates|ends|reverses|erases|elimine|cure|pierda|baje|elimina|quita|clears?|smooths?"
        r"|removes?|flush(?:es)?)\s+"
        r"(?:your\s+|the\s+|their\s+|su\s+|sus\s+|el\s+|la\s+|up\s+to\s+|hasta\s+|\d+\s*)?(?:[\w'-]+\s+){0,3}?"
        r"(?:in|within|en)\s+(?:just\s+|only\s+|solo\s+)?(?:\d+|one|two|three|a|an|una?|dos|tres)\s+(?:single\s+)?"
        r"(?:days?|weeks?"
        r"|months?|sessions?|visits?|treatments?|días|semanas|meses|sesiones)\b|\bovernight\s+results\b"
        r"|\bresults\s+overnight\b",
        "Promises a result by a set time; outcomes and timelines vary.",
        "Describe typical results and timelines with a source, e.g. 'many patients notice a change within weeks'.",
        needs_medical=True,
        sourced_ok=True,
    ),
    _rule(
        "study_claim",
        r"\b(?:clinically|scientifically|medically)\s+(?:proven|tested and proven)\b|\bproven\s+to\b"
        r"|\bproven\s+(?:results?|treatments?|solutions?|method|formula|to\s+work)\b|\bresults?\s+(?:are\s+)?proven\b"
        r"|\b(?:studies|research|science|evidence|trials?)\s+(?:\w+\s+)?(?:shows?|proves?|found|finds|confirms?|suggests?"
        r"|indicates?|reveals?|links?|concluded)\b"
        r"|\b(?:study|trial|survey|analysis)\s+(?:\w+\s+)?(?:shows?|showed|proves?|proved|found|finds|confirms?"
        r"|confirmed|suggests?|suggested|reveals?|revealed|concluded)\b|\bestudio\s+(?:demuestra|muestra|encontró|revela)\b"
        r"|\bthe\s+numbers\s+don'?t\s+lie\b|\b(?:los\s+)?estudios\s+(?:demuestran|muestran|prueban)\b"
        r"|\b(?:científica|clínica)mente\s+(?:comprobad[oa]|probad[oa])\b|\bestá\s+comprobado\b",
        "Cites study results without naming the study or source.",
        "Name the study or source (e.g. '(CDC)' or the journal and year), or remove the claim.",
        sourced_ok=True,
    ),
    _rule(
        "percent_statistic",
        r"(?!100\b)\d{1,3}(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|por ciento\b)"
        r"(?!\s*(?:off|discount|de descuento|descuento|apr|interest|cash ?back|back|tip|of\s+(?:the\s+)?(?:proceeds"
        r"|profits|sales|donations)|of\s+(?:our|the)\s+goal|abv|battery|humidity|chance of rain|cotton|recycled)\b)"
        r"(?!\s*(?:\w+\s+)?(?:match|raise|differential|bonus|increase in pay|pay|salary|tuition|reimbursement"
        r"|employer)\b)",
        "States a statistic without a source.",
        "Name the source next to the figure, e.g. '(CDC)' or '(our 2024 quality report)'.",
        sourced_ok=True,
    ),
    _rule(
        "ratio_statistic",
        rf"\s(?:out\s+of|in|of\s+every|de\s+cada)\s+{_NUM_WORD}\b(?=\s+(?:of\s+)?(?:our\s+|nuestr[oa]s\s+)?"
        r"(?!(?:days?|weeks?|months?|years?|hours?|minutes?|días|semanas|meses|años|horas|minutos|am|pm|a\.m|p\.m)\b)"
        r"[^\W\d_])",
        "States a statistic without a source.",
        "Name the source next to the figure, e.g. '(CDC)' or '(patient survey, 2024)'.",
        sourced_ok=True,
    ),
    _rule(
        "multiplier_statistic",
        r"(?:\d+\s?(?:x|times)|(?:two|three|four|five|ten)\s+times)\s+(?:more|less|fewer|faster|lower|higher"
        r"|as\s+(?:likely|fast|effective))\b"
        r"|\b(?:twice|half|three\s+times)\s+as\s+(?:likely|fast|quickly|effective|many|much)\b"
        r"|\b(?:cut|slashed|reduced|cuts)\s+in\s+half\b|\bhalved\b"
        r"|\b(?:doubles?|triples?|halves|cuts?)\s+(?:your\s+|the\s+|their\s+)?"
        r"(?:\w+\s+)?(?:chances?|risk|odds|survival|rates?)\b|\bcut\s+(?!your\b|their\b)(?:\w+\s+){1,3}?(?:in|by)\s+half\b"
        r"|\b(?:down|up|fell|dropped|rose|improved|reduced|increased|decreased)\s+(?:by\s+)?(?:more than\s+)?"
        r"(?:half|a third|a quarter|threefold|twofold)\b",
        "States a comparison or change without a source.",
        "Name the source of the figure, e.g. '(CDC)' or '(our 2024 quality report)'.",
        sourced_ok=True,
    ),
    _rule(
        "number_one",
        r"(?<![\w&])(?:#\s?1|no\.\s?1|number[- ]one|n[º°o]\.?\s?1|número\s+uno)(?![\d,.]\d)\b"
        r"(?!\s+(?:priority|goal|fan|fans|question|tip|rule|job|concern|recommendation|pick|choice|favou?rite|request"
        r"|reason|prioridad|pregunta|consejo|recomendación)\b)",
        "Calls the organisation #1 without saying who ranked it.",
        "Name who ranked it and when (e.g. 'ranked #1 by U.S. News, 2024'), or drop the ranking.",
        sourced_ok=True,
    ),
    _rule(
        "superlative_place",
        r"\b(?:best|finest|greatest|safest|fastest|quickest|lowest|highest|shortest|top[- ](?:rated|ranked)|leading"
        r"|premier|highest[- ]rated|most\s+(?:advanced|experienced|trusted|accurate|effective|successful|skilled"
        r"|respected|awarded|innovative|comprehensive|qualified))\b(?:\s+" + _NOT_RANKED + r"[\w'-]+){0,3}?"
        r"\s+(?:in|of)\s+"
        r"(?:any\s+|all\s+)?" + _PLACE + r"\b",
        "An unattributed superlative: says the organisation beats all others without a source.",
        "Name who rated it (e.g. 'named a top hospital by Healthgrades, 2024') or describe the service instead.",
        sourced_ok=True,
    ),
    _rule(
        "superlative_possessive",
        r"['’]s\s+(?:leading|top|premier|most\s+trusted|most\s+advanced|most\s+experienced|finest|best|safest"
        r"|favou?rite|#\s?1|number\s+one)\s+(?:[\w-]+\s+)?" + _PROVIDER + r"\b",
        "An unattributed superlative: says the organisation beats all others without a source.",
        "Name who rated it (e.g. 'named a top hospital by Healthgrades, 2024') or describe the service instead.",
        sourced_ok=True,
    ),
    _rule(
        "superlative",
        r"\b(?:best|finest|safest|fastest|top[- ](?:rated|ranked)|highest[- ]rated|most\s+(?:advanced|experienced"
        r"|trusted|successful))\s+(?:[\w-]+\s+)?" + _PROVIDER + r"\b"
        r"|\b(?:lowest|highest|best|fastest|shortest)\s+(?:\w+\s+)?(?:mortality|infection|complication"
        r"|readmission|survival|success|cure|recovery|wait|death)\w*(?:\s+(?:rates?|times?))?\b"
        r"|\b(?:el|la|los|las)\s+mejor(?:es)?\s+(?:\w+\s+)?(?:hospital(?:es)?|médic[oa]s?|doctor(?:es|as?)?"
        r"|dentistas?|cirujan[oa]s?|clínicas?|atención|resultados|tratamientos?|especialistas|cuidados?)\b"
        r"|\bel\s+más\s+rápido\b"
        r"|\b(?:simply|truly|hands\s+down|by\s+far|quite\s+simply|officially|undeniably)\s+the\s+(?:best|finest|greatest"
        r"|safest)\b|\bvoted\s+(?:the\s+)?(?:[\w']+\s+){0,2}?(?:best|favou?rite|#\s?1|number\s+one|top)\b",
        "An unattributed superlative: says the organisation beats all others without a source.",
        "Name who rated it (e.g. 'named a top hospital by Healthgrades, 2024') or describe the service instead.",
        sourced_ok=True,
    ),
    _rule(
        "comparative_outcome",
        r"\b(?:live|lives|living|recover|recovers|heal|heals|walk|walks|go\s+home|get\s+back|return|survive|survives)"
        r"\s+(?:\w+\s+)?(?:longer|faster|sooner|quicker|better)\b|\bse\s+recuperan\s+más\s+rápido\b"
        r"|\bviven\s+más\b",
        "Claims better outcomes for the organisation's patients without evidence.",
        "Give the measured outcome with its source, or describe the service instead.",
        sourced_ok=True,
        needs_own=True,
    ),
    _rule(
        "off_label",
        r"\b(?:isn'?t|is\s+not|aren'?t|are\s+not|not|no\s+es|no\s+son)\s+(?:just|only|solo|sólo|solamente)\s+"
        r"(?:for|para)\b|\boff[- ]label\b|\buso\s+fuera\s+de\s+(?:la\s+)?indicación\b"
        rf"|\b(?:ask\s+(?:us|about)|try)\s+(?:about\s+)?(?:using|taking|trying)\s+(?:\w+\s+)?{DRUG}\s+(?:for|to)\b",
        "Promotes a medicine for uses it may not be approved for (off-label promotion).",
        "Describe only the approved uses, or say 'talk with your clinician about treatment options'.",
        negatable=False,
    ),
)
