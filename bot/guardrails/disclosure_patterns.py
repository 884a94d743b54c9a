"""The patterns of the `disclosure` check: what signals a financial tie, and what discloses one.

English and Spanish. Every pattern is about how promotional posts are written (codes, referral links,
ambassador roles, sponsor mentions), never about particular brands.
"""

from __future__ import annotations

import re

from bot.guardrails.disclosure_scan import Rule, Scanner

# A promo code token: upper-case letters and digits, at least four characters ("SAVE20", "DRJONES").
# Hospital emergency codes ("code BLUE", "CODE STEMI") are not promo codes.
_NOT_A_CODE = (
    r"(?!(?:BLUE|RED|GRAY|GREY|PINK|SILVER|ORANGE|WHITE|BLACK|GREEN|YELLOW|PURPLE|BROWN|AMBER|LAVENDER|STEMI|STROKE|"
    r"SEPSIS|TRAUMA|HELP|TRIAGE|ZERO|RAPID|LILY|ADAM)\b)"
)
_TOKEN = _NOT_A_CODE + r"(?:[A-Z][A-Z0-9_-]{3,}|[A-Z0-9]*\d[A-Z0-9]*[A-Z][A-Z0-9]*)"
_OFF = r"(?:\d{1,3}\s?%|\$\s?\d+)\s*(?:off|de\s+descuento|descuento)"

# "use code SAVE20", "with code X", "code: X", "código X": the token after the word "code" must look like a code.
PROMO_CODE = re.compile(
    r"(?i:\b(?:use|using|with|enter|apply|mention|redeem|my|our|his|her|their|promo|discount|coupon|checkout|usa|"
    r"usar|usen|con|ingrese|ingresa|ingresen|aplique|aplica|mi|su|nuestro|por)\s+"
    r"(?:(?:el|mi|my|the|this|his|her|their|su|nuestro|(?-i:[A-Z][a-z]+)['’]s)\s+)?"
    r"(?:(?:promo|discount|coupon|partner|affiliate|referral|creator|ambassador)\s+)?"
    r"(?:code|c[oó]digo|cup[oó]n)\b\s*[:\-]?\s*[\"“'‘]?)(?:" + _TOKEN + r")\b"
    r"|(?i:\b(?:promo|discount|coupon)\s+code|\bc[oó]digo\s+(?:de\s+)?descuento)\s*[:\-]?\s*[\"“'‘]?"
    r"(?:" + _TOKEN + r")\b"
)
# Codes typed in lower case, as informal posts do: any token after "my code" / "mi cupón" / "promo code", or a
# token with a digit after "use code" ("use code kelsey15", "usa mi cupón enfermeraluz").
_LOWER_TOKEN = r"(?!(?i:blue|red|gray|grey|pink|silver|orange|white|black|green|yellow|purple|brown|amber|stemi|stroke|"
_LOWER_TOKEN += r"sepsis|trauma|help|triage|zero|rapid|postal|zip|area|of|is|was|for|de|del|para|es|fue|que)\b)"
LOWER_CODE = re.compile(
    r"(?i:\b(?:my|mi|promo|discount|coupon|referral|affiliate|creator|partner|de\s+descuento)\s+(?:code|c[oó]digo|"
    r"cup[oó]n)\s*[:\-]?\s*[\"“'‘]?)" + _LOWER_TOKEN + r"[A-Za-z][A-Za-z0-9_-]{3,}"
    r"|(?i:\b(?:use|using|enter|apply|usa|usar|usen|with|con)\s+(?:the\s+|el\s+)?(?:code|c[oó]digo|cup[oó]n)\s*[:\-]?\s*"
    r"[\"“'‘]?)[A-Za-z]+\d+[A-Za-z0-9]*\b"
    r"|(?i:\b(?:mi|my)\s+(?:code|c[oó]digo|cup[oó]n)\s*[:\-]?\s*)" + _LOWER_TOKEN + r"[A-Za-z][A-Za-z0-9_-]{3,}"
)
# "Code JENNYRN saves you 20%": a code-like token after "code", with a discount in the same sentence.
CODE_WITH_DISCOUNT = re.compile(
    r"(?i:\bcode)\s*[:\-]?\s*[\"“'‘]?(?:" + _TOKEN + r")\b(?=[^.!?\n]{0,60}(?i:\d\s?%|\$\s?\d|\bsave|\boff\b|"
    r"\bdiscount|\bdescuento))"
)
# A code without the word "code", tied to a discount: "Save 20% with DRJONES", "use KIDS10 for 20% off".
BARE_CODE = re.compile(
    r"(?i:\b(?:save|get|take|ahorre|ahorra)\s+(?:\d{1,3}\s?%|\$\s?\d+)[^.!?\n]{0,25}?\b(?:with|using|con)\s+)"
    r"(?:" + _TOKEN + r")\b"
    r"|(?i:\b(?:use|enter|apply|usa|usar|ingresa|ingrese)\s+)(?:" + _TOKEN + r")"
    r"(?i:\s+(?:at|en\s+el)\s+(?:checkout|pago)\b)"
    r"|(?i:\b(?:use|enter|apply|mention|usa|usar)\s+)(?:" + _TOKEN + r")"
    r"(?i:\s+(?:for|to\s+get|and\s+save|at\s+checkout|para)[^.!?\n]{0,25}?" + _OFF + r")"
    r"|(?i:" + _OFF + r"\s+(?:with|using|con)\s+)(?:" + _TOKEN + r")\b"
    r"|(?i:\b(?:with|using|use|con|usa|usen)\s+)(?:" + _TOKEN + r")(?i:\s+(?:at|on|en)\s+[\w-]+(?:\.[\w-]+)*\."
    r"(?:com|co|shop|store|net|mx|es|us|io)\b)"
)

# A URL (with or without scheme) that carries a referral, affiliate or partner marker.
URL = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s]*)?", re.IGNORECASE)
AFFILIATE_URL_MARK = re.compile(
    r"[?&](?:ref|tag|aff|affid|aff_id|affiliate|affiliate_id|referral|refer|referrer|rfsn|irclickid|partner|"
    r"discount|coupon|promo|code|via|sca_ref|ref_id|referralcode|invite)=|/(?:ref|refer|referral|partner|affiliate|aff|"
    r"discount|r)/"
    r"|utm_(?:medium|source)=(?:affiliate|influencer|partner|ambassador)"
    r"|^(?:https?://)?(?:www\.)?(?:amzn\.to|rstyle\.me|liketk\.it|shopltk\.com|howl\.me|shopmy\.us|bitly\.ws)\b",
    re.IGNORECASE,
)

URL_ANCHORS = (
    "ref=", "/ref/", "tag=", "aff=", "aff_", "affid", "affiliate", "/aff/", "/partner/", "/referral",
    "referral=", "refer=", "rfsn", "irclickid", "utm_", "amzn.to", "rstyle.me", "liketk.it", "shopltk", "howl.me",
    "shopmy.us", "/discount/", "discount=", "coupon=", "promo=", "code=", "via=", "sca_ref", "invite=", "/r/",
)

# Phrases for a personal or partner shopping link. STRONG ones stand alone; the others need a purchase nearby.
STRONG_LINK = re.compile(
    r"\b(?:my|our)\s+(?:partner|referral|discount|ambassador|creator)\s+(?:link|code)\b"
    r"|\breferral\s+link\b"
    r"|\bshop(?:ping)?\s+link\b|\bshop\s+my\b|\b(?:my|our)\s+(?:amazon\s+)?storefront\b"
    r"|\b(?:mi|nuestro)\s+(?:enlace|link)\s+(?:de\s+)?(?:afiliad[oa]|socio|descuento|referido)\b"
    r"|\b(?:dm|message|ask|email|text)\s+(?:me|us)\s+for\s+(?:my|our|a|the)\s+(?:discount\s+|promo\s+)?code\b",
    re.IGNORECASE,
)
# An offer to the author's own audience: "discount for my followers", "descuento para mis seguidoras".
FOLLOWER_OFFER = re.compile(
    r"\b(?:for|to)\s+(?:all\s+)?my\s+(?:followers|viewers|readers|subscribers|community|fam)\b"
    r"|\bmy\s+(?:followers|viewers|readers|subscribers)\s+(?:get|save|can\s+get|receive)\b"
    r"|\b(?:para|a)\s+(?:todos\s+|todas\s+)?mis\s+seguidor(?:es|as)\b|\bmis\s+seguidor(?:es|as)\s+(?:tienen|obtienen|reciben)\b",
    re.IGNORECASE,
)
# Something a company sent the author: a tie when the post sells it or the sender is a company.
SENT_BY_COMPANY = re.compile(
    r"(?:@[\w.]+|(?-i:[A-Z][\w&.-]+)|\bthe\s+(?:company|brand|manufacturer|team\s+at\s+\S+)|\bthey)\s+(?:\w+\s+)?"
    r"(?:sent|gave|mailed|shipped|gifted)\s+(?:me|us|our\s+(?:[\w-]+\s+){0,2}?(?:team|staff|office|clinic|nurses|unit|"
    r"practice))\b"
    r"|\b(?:for\s+)?sending\s+(?:me|us|our\s+(?:[\w-]+\s+){0,2}?(?:team|staff|office|clinic|nurses|unit|practice))\s+"
    r"(?:a|an|some|these|this|their|its|free)\b"
    r"|\b(?:me|nos)\s+(?:(?:lo|la|los|las)\s+)?(?:mandaron|enviaron|regalaron|mand[oó]|envi[oó]|regal[oó])\b"
    r"|\bpor\s+(?:enviarme|enviarnos|mandarme|mandarnos|regalarme)\b",
    re.IGNORECASE,
)
# The organisation's own link in its profile: a tie only when it sells a discounted product.
OUR_PROFILE_LINK = re.compile(
    r"\b(?:link|enlace)\s+(?:is\s+)?(?:in|en)\s+(?:our|nuestro)\s+(?:bio|perfil|profile)\b"
    r"|\b(?:el\s+)?enlace\s+de\s+nuestro\s+(?:perfil|bio)\b",
    re.IGNORECASE,
)
DISCOUNT = re.compile(r"\d\s?%|\$\s?\d+\s+off|\b(?:discount|save|descuento|ahorr\w+|off)\b", re.IGNORECASE)
# "Link in bio": a tie when it sells a discounted product that the post endorses.
BIO_LINK = re.compile(r"\blinks?\s+(?:is\s+)?in\s+(?:the\s+)?bio\b|\benlace\s+en\s+(?:la\s+)?bio\b", re.IGNORECASE)
PERSONAL_LINK = re.compile(
    r"\b(?:through|via|with|using|from|at|use)\s+(?:my|our)\s+link\b|\bmy\s+link\b"
    r"|\bmy\s+(?:amazon|shop|store|affiliate|ltk|discount|referral|partner|creator|favou?rites?)\s+link\b"
    r"|\bshop\s+(?:the|my)\s+links?\b"
    r"|\blink(?:ed)?\s+(?:is\s+)?in\s+my\s+bio\b"
    r"|\b(?:con|en|por)\s+(?:mi|nuestro)\s+(?:enlace|link)\b|\bmi\s+enlace\b"
    r"|\b(?:enlace|link)\s+(?:en|de)\s+(?:mi\s+)?(?:bio|perfil)\b",
    re.IGNORECASE,
)
PURCHASE = re.compile(
    r"\b(?:buy|buying|order|ordering|shop|shopping|purchase|grab|get\s+(?:yours|one|it|them|these|this)|pick\s+(?:one|it|"
    r"them)\s+up|checkout|discount|deal|sale|save|off|code|coupon|c[oó]mpr\w*|cons[ií]g\w*|pid\w*|orden\w*|tienda|descuento|"
    r"oferta|c[oó]digo)\b|\d\s?%",
    re.IGNORECASE,
)

# An ambassador, partner or spokesperson role for a brand (a financial tie).
BRAND_ROLE = re.compile(
    r"\b(?:brand|product|company|paid|industry|affiliate)\s+(?:ambassador|spokesperson|spokesmodel|partner|"
    r"influencer|rep|representative)s?\b|\bembajador[a]?\s+de\s+(?:la\s+)?marca\b|\bsocio\s+de\s+marca\b",
    re.IGNORECASE,
)
AMBASSADOR = re.compile(
    r"(?i:\b(?:clinical|official)\s+(?:ambassador|spokesperson|partner|influencer)\b)|\b(?i:as|I'm|I’m|I\s+am)\s+(?:a|an|the)\s+(?:proud\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:[Aa]mbassador|[Ss]pokesperson|[Ii]nfluencer)\b|\bembajador[a]?\s+de\s+(?:la\s+)?marca\b"
    r"|(?i:\b(?:como|soy)\s+(?:embajador[a]?|portavoz|asesor[a]?|consultor[a]?|educador[a]?|ponente)\b)"
    r"|(?i:\b(?:ambassador|spokesperson|influencer|embajador[a]?)\s+(?:for|with|of|de)\s+)(?:the\s+)?[A-Z][\w-]*",
)
GIFTED = re.compile(
    r"\b(?:was|were|been|got|get)\s+gifted\b|\bgifted\s+(?:me|us|to\s+(?:me|us))\b|\bPR\s+(?:package|box)\b"
    r"|\b(?:sent|sending|gave|giving|gifted|gifting)\s+(?:me|us|our\s+(?:team|staff|office|clinic|nurses|hygienists))\s+"
    r"[^.!?\n]{0,50}?\bto\s+(?:try|test|review)\b"
    r"|\b(?:free|complimentary)\s+(?:samples?|products?)\s+(?:from|courtesy\s+of)\b"
    r"|\bme\s+(?:regalaron|enviaron)\b",
    re.IGNORECASE,
)

# What counts as a clear disclosure. Thanks for sponsoring, said openly, is one too.
DISCLOSED = re.compile(
    r"(?<![\w#])#(?:ad|ads|advert|advertisement|sponsored|spon|paidpartnership|paidpartner|paid|partner|brandpartner|"
    r"affiliate|affiliatelink|commissionearned|commissionsearned|gifted|publicidad|patrocinado|anuncio|colaboracionpagada)\b"
    r"|\bpaid\s+(?:partnership|partner|promotion|post|endorsement|advisory|consultant|spokesperson|ambassador)\b"
    r"|\bsponsored\s+(?:post|content|ad)\b"
    r"|\b(?:this|today's|today’s)\s+(?:post|video|reel|story|content|episode|giveaway)\s+(?:is|was)\s+"
    r"(?:sponsored|paid|brought)\b"
    r"|\bdisclosures?\s*:|\bfull\s+disclosure\b|\bdivulgaci[oó]n\b"
    r"|\b(?:I|we)\s+(?:may\s+)?(?:receive|earn|get|make|will\s+earn|will\s+receive)\s+(?:a\s+)?(?:small\s+)?"
    r"(?:commission|fee|payment|compensation)\b|\bcommission\s+(?:on|from)\s+(?:purchases|sales|orders)\b"
    r"|\b(?:thanks|thank\s+you|grateful|gracias)\b[^.!?\n]{0,80}\bfor\s+(?:sponsoring|their\s+sponsorship|"
    r"the\s+sponsorship|patrocinar)\b|\bour\s+sponsors?\b"
    r"|\bsponsored\s+by\b[^.!?\n]{0,80}\b(?:thank|thanks|gracias|grateful)\b"
    r"|\b(?:thank|thanks|gracias|grateful)\b[^.!?\n]{0,80}\bsponsored\s+by\b"
    r"|\bpatrocinad[oa]\b|\bpublicidad\b|\b(?:recibo|gano|recibimos|ganamos)\s+una\s+comisi[oó]n\b"
    r"|\((?:ad|paid\s+ad|paid|sponsored|gifted|paid\s+partnership|publicidad|patrocinado)\)"
    r"|\bcolaboraci[oó]n\s+pagada\b|\baffiliate\s+links?\b|\benlaces?\s+de\s+afiliad[oa]s?\b"
    # funding, gifts and sponsors said openly, and a stated absence of any tie
    r"|\b(?:supported|made\s+possible|funded|underwritten)\s+(?:in\s+part\s+)?by\s+(?:an?\s+)?(?:unrestricted\s+|"
    r"independent\s+)?(?:educational\s+)?(?:grant|funding|support|sponsorship)\s+from\b"
    r"|\b(?:provided|supplied|donated|gifted)\s+(?:to\s+(?:me|us)\s+)?(?:free\s+of\s+charge\s+|at\s+no\s+cost\s+)?by\b"
    r"|\b(?:title|event|proud|official|presenting|gold|silver|platinum|our)\s+sponsors?\b|\bsponsorship\s+(?:of|from)\b"
    r"|\b(?:I|we)\s+(?:have|has|hold)\s+no\s+(?:financial|commercial)\s+(?:relationship|ties?|interest|connection)s?\b"
    r"|\bcon\s+el\s+(?:apoyo|patrocinio)\s+de\b|\bno\s+tengo\s+(?:ninguna\s+)?relaci[oó]n\s+comercial\b"
    r"|\b(?:sponsored|patrocinad[oa])\s+(?:by|por)\b|\bpaid\s+sponsor\b"
    r"|\b(?:I|we)\s+(?:receive|received|get|accept)\s+(?:consulting\s+fees|honorari\w+|speaking\s+fees|royalties)\b"
    r"|\b(?:consulting|speaking)\s+fees\s+from\b|\b(?:hold|own|have)\s+(?:equity|stock|shares)\s+in\b"
    r"|\b(?:pays|paid)\s+(?:us|me)\b|\bsponsored\s*:|\b(?:brought\s+to\s+you|paid\s+for)\s+by\b"
    r"|\b(?:free\s+of\s+charge|at\s+no\s+cost)\s+(?:from|by)\b|\b(?:provided|gave|sent|gifted)\s+(?:to\s+)?(?:me|us)\b"
    r"[^.!?\n]{0,40}\b(?:free\s+of\s+charge|at\s+no\s+cost|for\s+free)\b"
    r"|\bI\s+(?:was|am|'m)\s+(?:paid|compensated)\b|\bI’m\s+(?:paid|compensated)\b"
    r"|\b(?:financial|paid)\s+(?:tie|relationship|interest)\b|\bconflicts?\s+of\s+interest\b",
    re.IGNORECASE,
)
DISCLOSED_ANCHORS = (
    "#", "paid", "pays", "sponsor", "disclos", "divulg", "commission", "comisi", "thank", "grateful", "gracias",
    "patrocin", "publicidad", "(", "compensated", "financial", "conflict", "colaboraci", "affiliate link",
    "free of charge", "at no cost", "for free", "enlace", "fees", "honorari", "royalties", "equity", "stock in",
    "shares in", "brought to you", "supported", "made possible", "funded", "underwritten", "provided", "supplied",
    "donated", "gifted", "no financial", "no commercial", "apoyo", "relación comercial", "relacion comercial",
)
# Words that turn a disclosure around: "not sponsored", "no ads", "never paid".
NEGATED = re.compile(r"\b(?:not|no|non|never|un|isn't|isn’t|wasn't|wasn’t|nor)[\s-]*$", re.IGNORECASE)
# A code that belongs to a person: "my code", "her code", "Dr. Shah's code", "mi código".
PERSONAL_CODE = re.compile(
    r"\b(?:my|his|her|their|mi|su|[A-Z][a-z]+['’]s)\s+(?:[\w-]+\s+)?(?:code|c[oó]digo|cup[oó]n)\b", re.IGNORECASE
)
# The organisation's own offer: its own product ("our new BrightSmile whitening kit", "nuestro Kit Sonrisa"),
# or a discount redeemed at its own counter ("at our pharmacy", "at the front desk", "en recepción").
_PRODUCT_NOUN = (
    r"(?:tea|kit|serum|cream|lotion|gel|gumm(?:y|ies)|vitamins?|supplements?|drops|spray|balm|oil|powder|shakes?|"
    r"bars?|mask|wash|rinse|toothpaste|brush|line|collection|formula|blend|bundle|box|t[eé]|crema|suero|vitaminas|"
    r"suplementos?|gotas|aceite|polvo)"
)
OWN_OFFER = re.compile(
    r"\b(?i:our|nuestr[oa]s?)\s+(?:(?i:new|nuev[oa])\s+)?(?:[\d-]+[- ]?\w*\s+)?[A-Z][\w-]*\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:" + _PRODUCT_NOUN + r")\b"
    r"|\b(?i:nuestr[oa]s?\s+(?:nuev[oa]\s+)?" + _PRODUCT_NOUN + r")\s+[A-Z]"
    r"|(?i:\b(?:at|in|from)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:pharmacy|clinic|office|front\s+desk|store|shop|"
    r"practice|gift\s+shop|lobby|reception|counter|locations?|centers?|centres?|spa|kiosks?|caf[eé]|cafeteria|gym|lab|"
    r"department|hospital)\b|\ben\s+(?:nuestr[oa]\s+|la\s+)?(?:recepci[oó]n|"
    r"farmacia|cl[ií]nica|consultorio|tienda)\b)"
)
# "Ad: ..." or "[Sponsored]" opening a line.
DISCLOSED_LABEL = re.compile(r"^[ \t]*[\[(]?(?:ad|advertisement|sponsored|publicidad)[\])]?[ \t]*[:|\-]",
                             re.IGNORECASE | re.MULTILINE)

# Signs of a financial tie, each found near the anchors that any match must contain.
SIGNAL_RULES: list[Rule] = [
    Rule("code", ("code", "digo", "cupon", "cupón"), PROMO_CODE, before=50, after=40),
    Rule("code", ("code",), CODE_WITH_DISCOUNT, before=0, after=100),
    Rule("code", ("code", "digo", "cupon", "cupón"), LOWER_CODE, before=40, after=40),
    Rule("code", ("%", "$", "checkout", "pago", ".com", ".co", ".shop", ".store", ".net", ".mx", ".es", ".us", ".io"),
         BARE_CODE, before=70, after=70),
    Rule("url", URL_ANCHORS, URL, before=160, after=160),
    Rule("link", ("link", "code", "shop", "storefront", "enlace"), STRONG_LINK, before=40, after=40),
    Rule("personal_link", ("link", "enlace"), PERSONAL_LINK, before=30, after=30),
    Rule("follower_offer", ("my followers", "my viewers", "my readers", "my subscribers", "my community", "my fam",
                            "mis seguidor"), FOLLOWER_OFFER, before=20, after=30),
    Rule("sent", ("sent", "gave", "mailed", "shipped", "gifted", "sending", "mandaron", "enviaron", "regalaron",
                  "mandó", "mando", "envió", "envio", "regaló", "regalo", "enviarme", "enviarnos", "mandarme",
                  "mandarnos", "regalarme"), SENT_BY_COMPANY, before=60, after=60),
    Rule("our_link", ("link", "enlace"), OUR_PROFILE_LINK, before=30, after=30),
    Rule("bio_link", ("link", "enlace"), BIO_LINK, before=20, after=30),
    Rule("ambassador", ("ambassador", "spokes", "influencer", "partner", "embajador", "portavoz"), AMBASSADOR,
         before=70, after=30),
    Rule("brand_role", ("ambassador", "spokes", "influencer", "partner", "rep", "embajador", "socio"), BRAND_ROLE,
         before=20, after=30),
    Rule("gifted", ("gifted", "gifting", "pr package", "pr box", "to try", "to test", "to review", "free sample",
                    "free product", "complimentary", "regalaron", "enviaron"), GIFTED, before=90, after=70),
]
SIGNALS = Scanner(SIGNAL_RULES)
DISCLOSURES = Scanner([Rule("disclosed", DISCLOSED_ANCHORS, DISCLOSED, before=100, after=100)], shared=False)
