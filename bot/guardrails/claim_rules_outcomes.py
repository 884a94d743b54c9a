"""More `claim` rules: superlatives about a product or the market, comparisons with proven treatment,
average outcomes, results for every patient, natural normalisation, and off-label promotion by shape.

Same fields and clearing context as claim_rules (see ClaimRule); kept apart so each file stays readable.
"""

from __future__ import annotations

from bot.guardrails.advice_lexicon import DRUG
from bot.guardrails.claim_rules import ClaimRule
from bot.guardrails.claim_text import Dual
from bot.guardrails.claim_triggers import register

_SUPERLATIVE_MESSAGE = "An unattributed superlative: says the organisation or product beats all others, unsourced."
_SUPERLATIVE_SUGGESTION = "Name who rated it and when, or describe what the product or service does instead."
_COMPARISON_MESSAGE = "Claims to work better than, or as well as, proven treatment without evidence."
_COMPARISON_SUGGESTION = "Drop the comparison, or cite the study that measured it (journal and year)."
_STAT_MESSAGE = "States an outcome figure without a source."
_STAT_SUGGESTION = "Name the source next to the figure, e.g. '(our 2024 program audit)' or the published study."
_EFFICACY_MESSAGE = "Makes an unproven health claim about what a product or treatment does."
_EFFICACY_SUGGESTION = "Say 'may help' and cite a source, or describe the treatment without promising an outcome."
_OFF_LABEL_MESSAGE = "Promotes a medicine for a use it is not approved for (off-label promotion)."
_OFF_LABEL_SUGGESTION = "Describe only the approved uses, or say 'talk with your clinician about treatment options'."

_PLACE_ES = (
    r"(?:todo\s+el\s+|toda\s+la\s+)?(?:el\s+|la\s+)?(?:condado|estado|país|ciudad|región|área|valle|mundo|zona|pueblo"
    r"|comunidad)"
)
_PROVEN = (
    r"(?:any\s+|every\s+|all\s+|other\s+|traditional\s+|conventional\s+|regular\s+|standard\s+|the\s+|your\s+)?"
    r"(?:\w+\s+)?(?:prescription\w*|medications?|medicines?|drugs?|pills?|antibiotics?|surgery|chemo\w*|vaccines?"
    r"|mmr|shots?|insulin|statins?|sleep\s+aids?|treatments?|therap(?:y|ies)|injections?|steroids?|inhalers?"
    rf"|medicamentos?|cirugía|vacunas?|antibióticos?|tratamientos?|{DRUG})"
)
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "superlative_market": (
        "market", "available", "world", "planet", "there", "mercado", "mundo", "most", "best", "safest", "strongest",
        "fastest", "only", "más", "mejor", "mejores",
    ),
    "superlative_es": ("mejor", "mejores", "más", "primer", "número"),
    "only_that_works": ("only", "único", "única"),
    "comparison_treatment": ("better", "faster", "stronger", "safer", "effective", "well", "good", "mejor", "más"),
    "average_outcome": ("average", "lose", "lost", "drop", "dropped", "promedio", "pierden", "bajan", "perdieron"),
    "every_patient": (
        "every", "each", "never", "all", "todos", "todas", "cada", "siempre", "nunca", "100",
    ),
    "natural_normalisation": (
        "bring", "brings", "normaliz", "normalis", "steadies", "stabiliz", "stabilis", "balanc", "flush", "regulat",
        "restor", "lower", "lowers", "controls", "regula", "normaliza", "equilibra", "baja",
    ),
    "off_label_shape": ("approved", "aprobad", "label", "fda"),
    "quick_results": (
        "result", "resultado", "relief", "alivio", "improvement", "feel", "look", "see", "notice", "sleep", "move",
        "walk", "breathe",
    ),
    "only_provider": ("only", "first", "único", "única", "primer", "primera"),
    "superlative_any": (
        "fastest", "safest", "best", "lowest", "highest", "shortest", "top", "leading", "finest", "greatest", "most",
        "gold", "more", "better", "than", "nobody", "no", "choice", "lead",
    ),
    "off_label_use": ("even", "not", "also", "just"),
    "absolute_safety": ("completely", "totally", "perfectly", "absolutely", "entirely"),
    "money_back": ("money", "dinero"),
    "comparison": (
        "nobody", "one", "other", "second", "beats", "better", "nadie", "average", "benchmark", "norm", "unmatched",
        "unrival", "unparal", "unbeatable", "inigualable", "igual", "ningún", "ninguna",
    ),
    "share_statistic": (
        "lower", "reduc", "cut", "raise", "increas", "boost", "improv", "half", "third", "thirds", "quarter",
        "quarters", "mitad", "tercio", "tercios", "cuarta", "every",
    ),
}
present_outcome_triggers = register("claim_outcomes", _TRIGGERS)


def _rule(name: str, regex: str, message: str, suggestion: str, **flags: bool) -> ClaimRule:
    return ClaimRule(name, Dual(regex), message, suggestion, _TRIGGERS[name], **flags)


OUTCOME_RULES: tuple[ClaimRule, ...] = (
    _rule(
        "comparison",
        r"\b(?:nobody|no\s+one|no\s+other\s+\w+)\b[^.!?\n]{0,60}?\b(?:comes?\s+close|compares?|can\s+match|matches"
        r"|does\s+it\s+better|beats\s+us)\b|\b(?:nobody|no\s+one)\s+(?:does|treats|cares\s+for|knows|handles)\b"
        r"[^.!?\n]{0,40}?\blike\s+(?:us|we\s+do|our)\b"
        r"|\b(?:below|above|better\s+than|lower\s+than|higher\s+than|beats?|half|twice|double|triple)\s+(?:the\s+)?"
        r"(?:national|state|u\.s\.|industry|regional)\s+(?:average|benchmark|rate|norm)s?\b"
        r"|\b(?:nobody|no\s+one|no\s+other\s+\w+)\s+(?:beats|tops|outperforms)\s+(?:us|our)\b"
        r"|\b(?:unmatched|unrivall?ed|unparall?eled|unbeatable|inigualables?|sin\s+igual)\s+(?:\w+\s+)?(?:outcomes|results"
        r"|care|success|expertise|quality|safety|recovery|resultados|atención|calidad)\b"
        r"|\b(?:ningún|ninguna)\s+otr[oa]\s+\w+[^.!?\n]{0,40}?\bse\s+(?:compara|iguala)\b"
        r"|\bsecond\s+to\s+none\b|\bbeats\s+(?:everything|every|any|all)"
        r"(?:\s+\w+)?\s+(?:else|other)\b|\bbetter\s+than\s+(?:any|every|all)\s+(?:other\s+)?(?:hospitals?|doctors?"
        r"|clinics?|dentists?|practices?|providers?|treatments?|options?|products?)\b|\bnadie\s+se\s+compara\b",
        "An unattributed comparison: claims to beat everyone else without evidence.",
        "Drop the comparison or name the source that measured it.",
        sourced_ok=True,
        negatable=False,
    ),
    _rule(
        "share_statistic",
        r"\b(?:lowers?|reduces?|cuts?|raises?|increases?|boosts?|improves?)\s+(?:\w+\s+){0,6}?by\s+(?:up\s+to\s+)?(?:half"
        r"|a\s+third|a\s+quarter|two[- ]thirds|\d+\s?(?:%|percent))"
        r"|\b(?:half|thirds?|quarters?)\s+of\s+(?:all\s+|our\s+|the\s+|u\.?s\.?\s+)?(?:\w+\s+)?"
        r"(?:adults|people|patients|kids|children|women|men|americans|teens|cases|deaths|seniors|babies|smokers)\b"
        r"|\b(?:mitad|tercios?|cuarta\s+parte)\s+de\s+(?:los|las|nuestros|nuestras)\s+"
        r"(?:\w+\s+)?(?:adultos|personas|pacientes|niños|mujeres|hombres|casos)\b"
        r"|\bevery\s+\d+\s+(?:seconds|minutes|hours)\s*,?\s+(?:someone|a\s+person|an?\s+\w+)\b",
        _STAT_MESSAGE,
        _STAT_SUGGESTION,
        sourced_ok=True,
    ),
    _rule(
        "superlative_any",
        r"\b(?:fastest|safest|best|lowest|highest|shortest|top|leading|finest|greatest|most\s+\w+)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:around|anywhere|in\s+the\s+(?:nation|country|state|region|area|world|valley|city"
        r"|county))\b|\bgold\s+standard\s+(?:in|for|of)\b"
        r"|\bthan\s+any\s+other\b"
        r"|\b(?:better|faster|safer)\s+(?:outcomes|results|care|recovery)\s+than\s+(?:any|every|all)\b"
        r"|\bnobody\s+(?:\w+\s+){1,4}?better\s+than\s+(?:us|we|our)\b|(?<=\bno\s)one\s+(?:\w+\s+){1,4}?better\s+than"
        r"\s+(?:us|we|our)\b|\b(?:number[- ]one|first|top)\s+choice\s+(?:for|in)\b|(?<=#1\s)choice\s+(?:for|in)\b"
        r"|(?<=#\s1\s)choice\s+(?:for|in)\b"
        r"|\bleading\s+the\s+(?:nation|country|state|region|world)\s+in\b"
        r"|\b(?:safest|best|top)\s+(?:place|choice|option|destination|hands)\s+(?:to|for|in)\b"
        r"|\bmost\s+(?:trusted|experienced|advanced|respected|recommended)\s+(?:\w+\s+){0,2}?(?:name|choice"
        r"|place|option|destination)\b",
        _SUPERLATIVE_MESSAGE,
        _SUPERLATIVE_SUGGESTION,
        sourced_ok=True,
    ),
    _rule(
        "off_label_use",
        r"\b(?:even\s+(?:without|if\s+you\s+(?:don'?t|do\s+not)\s+have)|also\s+(?:great|good|works?|helps?)\s+(?:for"
        r"|with))\b",
        _OFF_LABEL_MESSAGE,
        _OFF_LABEL_SUGGESTION,
        negatable=False,
    ),
    _rule(
        "absolute_safety",
        r"\b(?:completely|totally|perfectly|absolutely|entirely)\s+safe\b",
        "Calls a treatment completely safe; every treatment has some risk.",
        "Say what the risks are, or 'low risk for most people', and point to a source.",
    ),
    _rule(
        "money_back",
        r"(?<=\byour\s)money\s+back\b|\bmoney[- ]back\s+guarantee\b"
        r"|\ble\s+devolvemos\s+su\s+dinero\b",
        "Promises a refund if the treatment fails; results can't be guaranteed.",
        "Drop the money-back promise and describe typical results, with a source.",
    ),
    _rule(
        "only_provider",
        r"\b(?:first\s+and\s+only|only|first)\s+(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?|practices?|cent(?:er|re)s?"
        r"|providers?|programs?|health\s+systems?|surgeons?|dentists?|offices?|teams?)\s+(?:in|across|to\s+offer"
        r"|offering|that\s+offers?|with)\b(?!\s+(?:(?:the\s+)?(?:building|lobby|campus|parking|area\s+open)|town\s+open))"
        r"|\b(?:primer[oa]?|únic[oa])\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:hospital|clínica|centro|consultorio)\s+"
        r"(?:en|de|que\s+ofrece)\b",
        _SUPERLATIVE_MESSAGE,
        _SUPERLATIVE_SUGGESTION,
        sourced_ok=True,
    ),
    _rule(
        "superlative_market",
        r"\b(?:the\s+)?(?:best|safest|strongest|fastest|most\s+(?:effective|advanced|powerful|trusted|accurate)"
        r"|only|#\s?1|number\s+one)\s+(?!(?:[\w-]+\s+){0,2}?(?:seats|deals|prices?|tacos|pizza|coffee|food|views|parking"
        r"|tickets|swag|prizes)\b)(?:[\w-]+\s+){0,3}?(?:on\s+the\s+market|available(?:\s+(?:today|anywhere|now))?"
        r"|out\s+there|in\s+the\s+(?:world|country|industry)|on\s+the\s+planet|money\s+can\s+buy|del\s+mercado"
        r"|en\s+el\s+mercado)\b",
        _SUPERLATIVE_MESSAGE,
        _SUPERLATIVE_SUGGESTION,
        sourced_ok=True,
    ),
    _rule(
        "superlative_es",
        rf"\b(?:el|la|los|las)\s+(?:\w+\s+){{0,3}}?(?:mejor(?:es)?|más\s+\w+|primer(?:o|a)?|número\s+uno)\s+"
        rf"(?:[\wáéíóúñ]+\s+){{0,4}}?(?:de(?:l)?|en)\s+{_PLACE_ES}\b"
        r"|\bmás\s+(?:segur[oa]s?|rápid[oa]s?|efectiv[oa]s?|eficaz(?:es)?|expert[oa]s?|confiables?)\s+que\s+cualquier"
        r"\b|\bsiempre\s+(?:aciertan|acierta|curan|cura|funciona|funcionan)\b",
        _SUPERLATIVE_MESSAGE,
        _SUPERLATIVE_SUGGESTION,
        sourced_ok=True,
    ),
    _rule(
        "only_that_works",
        r"\b(?:the\s+)?only\s+(?:[\w-]+\s+){0,3}?(?:treatment|cure|option|solution|therap(?:y|ies)|product|procedure"
        r"|program|method|clinic|supplement|thing|fix)s?\s+(?:that\s+|which\s+)?(?:actually\s+|really\s+|truly\s+)?"
        r"(?:works?|helps?|lasts?|delivers?)\b|\b(?:el|la)\s+únic[oa]\s+(?:\w+\s+){0,2}?que\s+(?:realmente\s+)?funciona\b",
        "Claims to be the only treatment that works; that dismisses proven options without evidence.",
        "Describe what the treatment does and for whom, with a source.",
        sourced_ok=True,
    ),
    _rule(
        "comparison_treatment",
        rf"\b(?:better|faster|stronger|safer|more\s+effective(?:ly)?|more\s+safely|mejor|más\s+rápido|más\s+efectiv[oa])"
        rf"\s+(?:than|que)\s+{_PROVEN}\b(?:\s+(?:ever\s+)?(?:could|can|do|does))?"
        rf"|\b(?:just\s+)?as\s+(?:well|good|effective(?:ly)?|safe|strong)\s+as\s+{_PROVEN}\b"
        rf"|\btan\s+(?:bien|efectiv[oa]s?|segur[oa]s?)\s+como\s+{_PROVEN}\b"
        r"|\b\d+\s?(?:x|times)\s+(?:better|stronger|more\s+effective|safer)\b",
        _COMPARISON_MESSAGE,
        _COMPARISON_SUGGESTION,
        sourced_ok=True,
    ),
    _rule(
        "average_outcome",
        r"\b(?:an\s+|on\s+)?average\s+(?:of\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent|pounds|lbs|kg|kilos|points|inches|days"
        r"|sizes)\b|\b(?:lose|lost|drop|dropped|shed)\s+(?:an\s+average\s+of\s+|up\s+to\s+|over\s+|more\s+than\s+)?"
        r"\d+(?:[.,]\d+)?\s*(?:pounds|lbs|kg|kilos)\b|\b(?:pierden|bajan|perdieron|bajaron)\s+(?:en\s+promedio\s+|hasta\s+)?"
        r"\d+\s*(?:kilos|kg|libras)\b|\bun\s+promedio\s+de\s+\d+",
        _STAT_MESSAGE,
        _STAT_SUGGESTION,
        sourced_ok=True,
    ),
    _rule(
        "every_patient",
        r"\b(?:in|for)\s+every\s+(?:single\s+)?(?:patient|client|person|case|woman|man|child)\s+(?:who|that|we)\b"
        r"|\b(?:shr[ua]nk|cured|healed|reversed|fixed|helped|worked\s+for|cleared)\s+(?:\w+\s+){0,3}?(?:every|all|each)"
        r"\s+(?:single\s+)?(?:one\s+of\s+our\s+)?(?:patients?|clients?|people|cases?)\b"
        r"|\bnever\s+(?:once\s+)?(?:seen|had)\s+(?:a|one)\s+(?:single\s+)?(?:patient|client|case)\s+(?:fail|relapse"
        r"|not\s+improve|that\s+didn'?t)|\b100\s?%\s+(?:of\s+)?(?:our\s+)?(?:patients|clients)\s+(?:see|get|are|were"
        r"|report|feel)\b|\b(?:tod[oa]s\s+(?:nuestr[oa]s\s+)?(?:pacientes|clientes)\s+(?:mejoran|se\s+curan|sanan))\b",
        "Promises the same result for everyone; responses differ from person to person.",
        "Say 'many patients' or give the real success rate with its source.",
        sourced_ok=True,
    ),
    _rule(
        "natural_normalisation",
        r"\b(?:brings?|bringing)\s+(?:\w+\s+){0,3}?back\s+(?:to\s+normal|into\s+(?:the\s+)?(?:normal|healthy)\s+range)"
        r"|\b(?:normali[sz]es?|steadies|stabili[sz]es?|balances?|regulates?|controls?|lowers?|restores?|normaliza|equilibra"
        r"|regula|baja)\s+(?:your\s+|the\s+|su\s+|el\s+|la\s+)?(?:blood\s+(?:sugar|pressure)|cholesterol|hormones|thyroid"
        r"|a1c|glucosa|azúcar|presión|colesterol|hormonas)\b[^.!?\n]{0,30}?\b(?:naturally|(?:all\s+)?on\s+(?:its|their)"
        r"\s+own|by\s+itself|without\s+(?:meds|medication|pills|drugs)|de\s+forma\s+natural|naturalmente|por\s+s[ií]\s+sol[oa])"
        r"|\bflush(?:es|ing)?\s+(?:it|them|\w+)\s+out\s+of\s+your\s+(?:system|body|blood)\b",
        _EFFICACY_MESSAGE,
        _EFFICACY_SUGGESTION,
        sourced_ok=True,
    ),
    _rule(
        "quick_results",
        r"(?<!\blab\s)(?<!\btest\s)(?<!\bblood\s)(?<!\bscan\s)(?<!\byour\s)(?<!\bexam\s)\b(?:results?|relief|improvement"
        r"|resultados|alivio)\s+(?:in|within|after|en|desde)\s+(?:as\s+little\s+as\s+|just\s+|only\s+|solo\s+)?"
        r"(?:one|a|1|\d+|una|dos)\s+(?:single\s+)?(?:visits?|sessions?|treatments?|days?|weeks?|sesi[oó]n(?:es)?"
        r"|días|semanas|visitas?)\b"
        r"|\b(?:feel|look|see|notice|sleep|move|walk|breathe)\s+(?:\w+\s+)?(?:better|younger|great|results|relief|"
        r"a\s+difference|normal(?:ly)?|pain-free)\s+(?:in|within|after)\s+(?:as\s+little\s+as\s+|just\s+|only\s+)?"
        r"(?:one|a|1|\d+|two|three)\s+(?:single\s+)?(?:visits?|sessions?|treatments?|days?|weeks?)\b",
        "Promises a result by a set time; outcomes and timelines vary.",
        "Describe typical results and timelines with a source.",
        sourced_ok=True,
    ),
    _rule(
        "off_label_shape",
        r"\b(?:fda[- ])?approved\s+(?:only\s+)?for\s+[^.!?\n]{1,40}?,?\s+(?:is|are|it'?s)?\s*also\s+(?:a\s+)?"
        r"(?:great|good|excellent|effective|perfect|an?\s+option|used|works|helps|useful)\b"
        r"|\b(?:fda[- ])?approved\s+only\s+for\s+[^.!?\n]{1,60}"
        r"|\b(?:aprobad[oa]\s+(?:solo\s+|sólo\s+)?(?:para|por\s+la\s+fda\s+para))\s+[^.!?\n]{1,40}?\s+también\b"
        rf"|\b(?:also|great|good)\s+(?:\w+\s+)?for\s+(?:\w+\s+)?(?:weight\s+loss|anti-?aging|longevity)\b(?=[^.!?\n]*\b{DRUG})",
        _OFF_LABEL_MESSAGE,
        _OFF_LABEL_SUGGESTION,
        negatable=False,
    ),
)
