"""Financial ties that need an endorsement beside them to matter, and the endorsement itself.

A role with a company (ambassador, key opinion leader, advisory board, speaker, consultant, partner), a
vendor paying for travel or a meal, or industry funding is a tie; it needs a disclosure when the post also
promotes that company's product: it names the company again, endorses ("the best valve on the market",
"the only one I recommend") or sells (a code, a link, "grab yours"). Some ties stand alone: a free
product in exchange for a review. English and Spanish; about how such posts are written, never about brands.
"""

from __future__ import annotations

import re

from bot.guardrails.disclosure_scan import Rule, Scanner

_I = re.IGNORECASE
# A company or product name: one to four capitalised words ("Meridian Valve Co.", "RegenaCell").
BRAND = (
    r"(?P<brand>(?-i:[A-Z][\w&'’.-]*[A-Za-z0-9])(?:\s+(?-i:[A-Z][\w&'’.-]*[A-Za-z0-9])){0,3}"
    r"(?:\s+(?-i:Co|Inc|Corp|Ltd|LLC)\.)?)"
)
# Names that are charities, public bodies or schools: no commercial tie.
NOT_COMMERCIAL = re.compile(
    r"\b(?:foundation|association|society|rotary|lions|kiwanis|club|fund|county|city|state|department|coalition|"
    r"united\s+way|ymca|alliance|institute|university|college|school|church|auxiliary|council|volunteers?|"
    r"hospital|health\s+system|red\s+cross|heart\s+association|cancer\s+society|academy|network|march\s+of\s+dimes|"
    r"fundaci[oó]n|asociaci[oó]n|sociedad|iglesia|universidad|municipio|condado|cruz\s+roja|national|federal|government|"
    r"ministry|agency|NIH|NSF|CDC|HRSA|AHRQ|PCORI|FDA|WHO|NHS|CMS|USDA|PAHO|OMS|ministerio|gobierno)\b",
    _I,
)

# A role with a company: "As a Pellucid Key Opinion Leader", "I sit on the RegenaCell Advisory Circle".
_ROLE_TIES: list[tuple[tuple[str, ...], str]] = [
    (("opinion leader", "kol"),
     r"(?:\b" + BRAND + r"\s+)?\b(?:(?i:key\s+opinion\s+leader)|KOL)s?\b(?:\s+(?i:for|with|at)\s+(?P<brand2>"
     r"(?-i:[A-Z][\w&-]*)))?"),
    (("advisory", "board", "panel", "council", "circle", "committee", "faculty"),
     r"(?i:\b(?:sit|sits|sat|sitting|serve|serves|served|serving|member|seat|joined|join)\s+(?:on|of)\s+(?:the\s+|a\s+)?)"
     + BRAND + r"(?:\s+(?i:physician|clinical|medical|scientific|expert|advisory|speakers?|faculty))*\s+"
     r"(?i:advisory\s+)?(?i:board|panel|council|circle|committee|faculty)\b"
     r"|(?i:\badvisory\s+(?:board|panel|council|circle|committee)\s+(?:for|of|at|with)\s+(?:the\s+)?)(?P<brand2>"
     r"(?-i:[A-Z][\w&-]*))"),
    (("speak", "spoke", "present", "lectur", "bureau"),
     r"(?i:\b(?:speak(?:ing|s)?|spoke|present(?:ing|ed)?|lectur(?:ing|ed))\s+(?:at|for)\s+(?:last\s+night['’]s\s+|tonight['’]s\s+|yesterday['’]s\s+|the\s+|a\s+|an\s+)?)"
     + BRAND + r"\s+(?i:dinner|lunch|breakfast|reception|program|dinner\s+program|roundtable|speaker\s+program)\b"
     r"|(?:" + BRAND.replace("brand", "brand2") + r"\s+)?(?i:\bspeakers?['’]?\s+bureau\b)"
     r"(?:(?i:\s+(?:for|of|at|with)\s+)" + BRAND.replace("brand", "brand3") + r")?"),
    (("consult", "advisor", "adviser", "spokes", "partnered", "partnership with", "teamed up", "worked", "working",
      "collaborat", "speaker", "trainer", "collab", "me and @", "i and @"),
     r"(?i:\b(?:consultant|consulting|I\s+consult|consulted|advisor|adviser|spokesperson|spokesmodel|speaker|trainer)"
     r"\s+(?:for|to|with)\s+"
     r"(?:the\s+)?)" + BRAND + r"|(?i:\b(?:partnered|teamed\s+up|in\s+partnership|worked|working|collaborat\w+)\s+"
     r"(?:closely\s+)?with\s+(?:the\s+(?:team|folks|people)\s+at\s+|the\s+)?)(?:" + BRAND.replace("brand", "brand2")
     + r"|@[\w.]+)"
     r"|(?i:\bcollab\w*\b)[^.!?\n]{0,40}?@[\w.]+|(?i:\b(?:me|I)\s+and\s+)@[\w.]+"),
    (("influencer", "ambassador", "embajador"),
     r"(?i:\b(?:our|nuestr[oa]|their|su)\s+(?:brand\s+)?(?:influencer|ambassador|embajador[a]?)\b)"),
    # a title held with a company: "a Thermia Clinical Educator", "asesora de Nutrimax"
    (("educator", "trainer", "faculty", "advisor", "adviser", "consultant", "ambassador", "spokes", "partner",
      "influencer", "speaker", "champion", "expert", "rep", "asesor", "consultor", "educador", "ponente"),
     r"(?i:\b(?:a|an|the|as|official)\s+)" + BRAND + r"\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?i:educator|trainer|faculty|"
     r"advisor|adviser|consultant|ambassador|spokesperson|partner|influencer|speaker|champion|expert|representative|"
     r"rep)s?\b"
     r"|(?i:\b(?:asesor[a]?|consultor[a]?|educador[a]?|ponente|embajador[a]?|portavoz)\s+(?:de|para)\s+)"
     + BRAND.replace("brand", "brand2")),
]
# A vendor paying for travel, a meal or a trip: "thank you to the Aurevia team for treating our unit to dinner".
_HOSPITALITY: list[tuple[tuple[str, ...], str]] = [
    (("flying", "treating", "hosting", "taking", "sending", "inviting", "covering", "paying for", "buying",
      "bringing", "catering", "providing"),
     r"(?i:\b(?:thanks|thank\s+you|grateful|shout[- ]?out|kudos)\b[^.!?\n]{0,12}?(?:\s+to)?\s+(?:the\s+)?)" + BRAND
     + r"(?:\s+(?i:team|folks|crew|reps?))?\s+(?i:for\s+(?:flying|treating|hosting|taking|sending|inviting|covering|"
     r"paying\s+for|buying|bringing|catering|providing)\s+(?:us|me|our|my|lunch|dinner|breakfast|coffee|food|drinks)\b)"),
    (("flew", "treated", "hosted us", "took us", "paid for our", "paid for my", "covered our", "covered my"),
     BRAND + r"\s+(?i:flew|treated|hosted|took|paid\s+for|covered)\s+(?i:us|me|our|my)\b"),
]
# Thanks to a company for a free product: "Huge thanks to BioStride for the free pair of running shoes!"
_FREE_PRODUCT: list[tuple[tuple[str, ...], str]] = [
    (("free", "complimentary", "gratis"),
     r"(?i:\b(?:thanks|thank\s+you|grateful|shout[- ]?out|gracias)\b[^.!?\n]{0,12}?(?:\s+(?:to|a))?\s+(?:the\s+)?)"
     + BRAND + r"(?:\s+(?i:team|folks|crew|reps?))?\s+(?i:for|por)\s+(?i:the|our|my|these|this|a|an|los|las|el|la)\s+"
     r"(?i:free|complimentary|gratis)\b"),
]
# Thanks to a company or a handle for what it sent: "Thank you @purepeakskin for the goodies!", "Gracias a @vitasol
# por enviarme sus vitaminas".
_GIFT_THANKS: list[tuple[tuple[str, ...], str]] = [
    (("goodies", "gift", "package", " pr ", "sample", "swag", " box", "treats", "haul", "sending", "enviarme",
      "enviarnos", "mandarme", "mandarnos", "regalo", "muestras", "paquete"),
     r"(?i:\b(?:thanks|thank\s+you|grateful|shout[- ]?out|kudos|gracias)\b[^.!?\n]{0,12}?(?:\s+(?:to|a))?\s+"
     r"(?:the\s+)?)(?:@[\w.]+|" + BRAND + r")(?:\s+(?i:team|folks|crew|reps?))?\s+(?i:for|por)\s+"
     r"(?i:the\s+|this\s+|these\s+|my\s+|our\s+|all\s+the\s+|el\s+|la\s+|los\s+|las\s+|sus\s+)?(?:[\w-]+\s+){0,2}?(?i:goodies|gifts?|package|PR|"
     r"samples?|swag|box|treats|haul|sending|enviarme|enviarnos|mandarme|mandarnos|regalos?|muestras|paquete)\b"),
]
# Industry money behind the content: "funded by an educational grant from Novalin".
_FUNDING: list[tuple[tuple[str, ...], str]] = [
    (("funded by", "grant from", "courtesy of", "financiado por", "patrocinio de"),
     r"(?i:\b(?:funded\s+by\s+(?:an?\s+)?(?:educational\s+|unrestricted\s+)?grant\s+from|funded\s+by|"
     r"(?:an?\s+)?(?:educational\s+|unrestricted\s+)?grant\s+from|courtesy\s+of|"
     r"financiad[oa]\s+por|patrocinio\s+de)\s+(?:the\s+|la\s+|el\s+)?)" + BRAND),
]
# Stand-alone ties: a free product received, or a reward for a review.
GIFT_OR_INCENTIVE = re.compile(
    r"\b(?:received|receives|got|recibi[oó]|recib[ií]|recibimos|recibieron)\s+[^.!?\n]{0,40}?\b(?:for\s+free|free\s+of\s+"
    r"charge|at\s+no\s+cost|gratis|de\s+regalo|sin\s+costo)\b"
    r"|\b(?:leave|write|post|give|deja|d[eé]janos|escribe)\s+(?:us\s+|nos\s+)?(?:a\s+|an\s+|una\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:review|rating|reseña|opini[oó]n)\b[^.!?\n]{0,70}?\b(?:get|receive|we['’]ll\s+send|send\s+you|win|enter|free|"
    r"gift|discount|recib\w+|te\s+enviamos|gratis|regalo|descuento)\b"
    r"|\bin\s+exchange\s+for\s+(?:a|an|your)\s+(?:honest\s+)?(?:review|post|video|shout-?out|mention)\b"
    r"|\b(?:free|win|get|discount|\d+\s?%\s+off|\$\d+\s+off|gratis)\b[^.!?\n]{0,50}?\b(?:tags?|leaves?|writes?|posts?|"
    r"shares?|gives?)\s+(?:us\s+)?(?:in\s+)?(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:review|rating|reseña)\b"
    r"|\ba\s+cambio\s+de\s+(?:una|tu|su)\s+(?:reseña|opini[oó]n|publicaci[oó]n)\b",
    _I,
)
_GIFT_ANCHORS = ("received", "receives", "got", "recib", "review", "rating", "reseña", "opinión", "opinion",
                 "in exchange", "a cambio")

TIES = Scanner(
    [
        *(Rule("role", anchors, re.compile(pattern, _I), before=80, after=60) for anchors, pattern in _ROLE_TIES),
        *(Rule("hospitality", anchors, re.compile(pattern, _I), before=90, after=40)
          for anchors, pattern in _HOSPITALITY),
        *(Rule("funding", anchors, re.compile(pattern, _I), before=50, after=60) for anchors, pattern in _FUNDING),
        *(Rule("free_product", anchors, re.compile(pattern, _I), before=90, after=40)
          for anchors, pattern in _GIFT_THANKS),
        *(Rule("free_product", anchors, re.compile(pattern, _I), before=90, after=20)
          for anchors, pattern in _FREE_PRODUCT),
        Rule("gifted", _GIFT_ANCHORS, GIFT_OR_INCENTIVE, before=60, after=110),
    ]
)

# Promotion of a product: an endorsement, or a superlative about it.
ENDORSING = re.compile(
    r"\brecommend\w*|\bswear\s+by\b|\bmy\s+(?:favou?rite|go-to)\b|\bour\s+(?:favou?rite|go-to|top\s+pick|#1|"
    r"number\s+one)\b|\b#1\s+(?:recommendation|pick|choice)\b|\bhands\s+down\b|\bobsessed\s+with\b"
    r"|\bthe\s+only\s+(?:[\w-]+\s+){0,3}?(?:I|we)\s+(?:use|recommend|trust|let|keep|wear|buy)\b"
    r"|\b(?:best|safest|most\s+effective|most\s+advanced|most\s+accurate|gold\s+standard|top)\b[^.!?\n]{0,40}?"
    r"\b(?:on\s+the\s+market|out\s+there|available|in\s+the\s+(?:world|business|industry))\b"
    r"|\bevery\s+(?:one\s+of\s+)?my\s+(?:[\w-]+\s+)?patients\s+(?:gets?|uses?|goes\s+home\s+with)\b"
    r"|\bis\s+the\s+future\b|\bgame[- ]changer\b|\bthe\s+best\s+for\b|\b\w+est\s+(?:[\w-]+\s+){0,2}?ever\b"
    r"|\b(?:love|loves|loving)\s+(?:it|them|this|these|their)\b"
    r"|\b(?:I|we)\s+use\s+[^.!?\n]{0,40}?\b(?:on|with|for)\s+(?:every|all\s+(?:my|our))\b"
    r"|\brecomiend\w*|\bmi\s+(?:[\w-]+\s+){0,3}?favorit[oa]\b|\b(?:el|la|lo)\s+mejor\s+(?:del\s+mundo|del\s+mercado)\b",
    _I,
)


# Liking or trying a product, said of something received: weaker than an endorsement, enough beside a gift.
ENJOYING = re.compile(
    r"\b(?:loving|love|obsessed|favou?rite|go-to|can['’]t\s+wait\s+to\s+try|trying|tried|part\s+of\s+my|"
    r"recommend\w*|impressed|me\s+encantan?|favorit[oa]s?|recomiend\w*|probar|prob[eé]|ask\s+(?:us|me)\s+about|"
    r"preg[uú]ntenos\s+por)\b",
    _I,
)


# A place to buy a product: "Get it at floramax.com", "available on Amazon", "Cómprelo en ...".
PURCHASE_PATH = re.compile(
    r"\b(?:buy|order|shop|grab|get|pick\s+up|find)\s+(?:it|them|one|yours|a\s+(?:pair|set|bottle|box|tube|pack))\s+"
    r"(?:at|on|from|here|through|via|online)\b|\bavailable\s+(?:at|on|from)\b|\b(?:add\s+to\s+cart|shop\s+now|buy\s+now|"
    r"order\s+now)\b|\bc[oó]mpr(?:alo|ala|elo|ela|enlo|enla|enlos|enlas)\b|\bcons[ií]g(?:alo|uelo|anlo|ala|uela)\b"
    r"|\bde\s+venta\s+en\b|\bdisponible\s+en\b",
    _I,
)
# An endorsement in the author's own voice ("I recommend", "my go-to", "the only X we use").
_OWN_VOICE = re.compile(r"\b(?:I|I've|I’ve|I'd|I’d|we|we've|we’ve|my|our|mi|mis|nuestr[oa]s?|yo|personally)\b", _I)


def own_endorsement(text: str) -> re.Match[str] | None:
    """An endorsement said in the author's own voice, not a third party's ("the AAO recommends")."""
    for match in ENDORSING.finditer(text):
        if _OWN_VOICE.search(match.group()) or _OWN_VOICE.search(text, max(0, match.start() - 30), match.start()):
            return match
    return None


def brand_named_again(text: str, brand: str | None, start: int, end: int) -> bool:
    """Whether the company in a tie is named again outside it, i.e. the post talks about its products."""
    if not brand:
        return False
    head = brand.split()[0].strip(".'’")
    if len(head) < 3 or NOT_COMMERCIAL.search(brand):
        return False
    return text.find(head, 0, start) != -1 or text.find(head, end) != -1
