"""The cues of a patient story, as classes: who (a person who received care), what happened to them
(a care event or an outcome), media of them, and testimonial wording.

A story is built from these in bot/guardrails/consent.py: a person plus a care event, media of a person,
or a patient's attributed words. Each cue is a pattern about how such posts are written, never about
particular people. English and Spanish.
"""

from __future__ import annotations

import re

from bot.guardrails.consent_events import EVENT_RULES
from bot.guardrails.consent_people import HONORIFIC, NAME, TITLED_NAME
from bot.guardrails.disclosure_scan import Rule, Scanner

_I = re.IGNORECASE

# --- who ---------------------------------------------------------------------------------------------------
# Nouns for someone in care. PATIENT nouns say so by themselves; PERSON nouns need a care event next to them.
_PATIENT_NOUN = (
    r"(?-i:pts?)|patients?|clients?|customers?|preemies?|warriors?|fighters?|survivors?|recipients?|newborns?|bab(?:y|ies)|little\s+ones?|"
    r"twins|triplets|NICU\s+(?:grads?|graduates?|bab(?:y|ies))|pacientes?|beb[ée]s?|bebit[oa]s?|guerrer[oa]s?|"
    r"reci[eé]n\s+nacid[oa]s?|gemel[oa]s|cuates"
)
_AGE_NOUN = (
    r"(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month|week|day)s?[- ]old"
    r"|\d{1,3}\s?(?:y/?o|yo|y\.o\.)(?![\w/]))"
)
_PERSON_NOUN = (
    _AGE_NOUN + r"|mom|mother|mama|mamá|dad|father|papá|papa|parents?|(?:great-)?grand(?:mother|father|ma|pa)|granny|"
    r"(?:bis)?abuel[oa]|girl|boy|guy|gal|kid|kiddo|toddler|teen|teenager|man|woman|lady|gentleman|veteran|champ|"
    r"champion|superstar|trooper|hero|friend|son|daughter|wife|husband|couple|athlete|runner|student|member|"
    r"family|families|"
    r"graduate|grad|ni[ñn][oa]|señor[a]?|hombre|mujer|joven|chic[oa]|pequeñ[oa]|campe[oó]n(?:a)?|mam[aá]|pap[aá]"
)
PATIENT_WORD = re.compile(r"(?:" + _PATIENT_NOUN + r")", _I)
PERSON_WORD = re.compile(r"(?:" + _PERSON_NOUN + r"|child|children|person|people|men|women)(?:s|es)?", _I)
_DET = (
    r"(?P<det>one\s+of\s+(?:our|my|the)|uno\s+de\s+(?:nuestros|los|mis)|una\s+de\s+(?:nuestras|las|mis)|a|an|one|our|my|"
    r"this|that|the|another|nuestr[oa]|mi|est[ea]|un|una|el|la)"
)
# Nouns that turn a person word into a modifier: "our patient portal", "baby formula", "our student nurses".
_MODIFIED = (
    r"portal|care|experience|advocates?|advocacy|safety|education|services?|relations|access|satisfaction|rooms?|"
    r"information|records?|privacy|navigators?|financial|representatives?|coordinators?|liaisons?|transport|support|"
    r"lifts?|monitors?|gowns?|parking|lounge|forms?|surveys?|feedback|reviews?|stories|story|spotlight|update|success|"
    r"testimonials?|centered|population|volume|load|visits?|outcomes?|registration|intake|line|app|billing|bills?|"
    r"accounts?|ids?|identifiers?|data|questions?|concerns?|shower|formula|food|teeth|tooth|boomers?|gear|clothes|"
    r"bottles?|wipes|blues|fat|aspirin|oil|powder|shampoo|sign|talk|proof|friendly|nurses?|doctors?|staff|medicine|"
    r"volunteers?|groups?|classes|class|program|programs|week|month|day|health|wellness|fair|event|events|guide|"
    r"handbook|checklist|tips?|safe|items|supplies|products?"
)
DESCRIBED = re.compile(
    r"\b" + _DET + r"\s+(?:[\w'’“”\"#-]+\s+){0,3}?(?:(?P<patient>" + _PATIENT_NOUN + r")|(?P<person>(?:" + _PERSON_NOUN
    + r")(?:s|es)?))(?![\w-])(?!\s+(?:" + _MODIFIED + r")\b)",
    _I,
)
# A patient noun that opens a sentence with no determiner: "Tiny fighter, huge heart 💙 Born at 25 weeks ...".
OPENING_PATIENT = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=[^\w\s#@'’.,:;!?()\-])\s*)(?P<det>)(?:(?:tiny|little|brave|sweet|strong|mighty|"
    r"our|pequeñ[oa]|valiente)\s+){0,2}(?P<patient>fighter|warrior|survivor|preemie|miracle|champ|trooper|newborn|"
    r"little\s+one|guerrer[oa]|luchador[a]?)\b(?![\w-])(?!\s+(?:" + _MODIFIED + r")\b)",
    _I,
)
# The same with a patient noun only, so that a person word before it does not hide it ("nuestro pequeño guerrero").
DESCRIBED_PATIENT = re.compile(
    r"\b" + _DET + r"\s+(?:(?![\w-]*ing\b|(?:his|her|their|its|the|a|an|and|with|of|for|to|in|on|at|is|was|are|were|"
    r"who|that|su|sus|y|con|de|que)\b)[\w'’“”\"#-]+\s+){0,3}?(?P<patient>" + _PATIENT_NOUN + r")(?![\w-])(?!\s+(?:"
    + _MODIFIED
    + r")\b)",
    _I,
)
_PATIENT_ANCHORS = (
    "patient", "pt", "client", "customer", "preemie", "warrior", "fighter", "survivor", "recipient", "newborn", "baby",
    "babies", "little one", "twins", "triplets", "nicu", "pacient", "bebé", "bebe", "bebit", "guerrer", "recién",
    "recien", "gemel", "cuates",
)
_PERSON_ANCHORS = (
    "year-old", "year old", "month-old", "month old", "week-old", "week old", "day-old", "mom", "mother", "mama",
    "mamá", "dad", "father", "papá", "papa", "parent", "grand", "granny", "abuel", "girl", "boy", "guy", "gal", "kid",
    "toddler", "teen", "man", "woman", "lady", "gentleman", "veteran", "champ", "superstar", "trooper", "hero",
    "friend", "son", "daughter", "wife", "husband", "couple", "athlete", "runner", "student", "member", "grad",
    "famil",
    "niñ", "nin", "señor", "hombre", "mujer", "joven", "chic", "pequeñ", "campe",
)
# A clinical case presentation: an age and a sex, with no determiner ("67 y/o M presented with ...").
CASE = re.compile(
    r"\b(?P<patient>\d{1,3}\s?(?:y/?o|yo|y\.o\.|-year-old|[- ]year[- ]old)\s*,?\s*(?:(?-i:M|F)|male|female|man|woman|"
    r"boy|girl|gentleman|lady|mujer|hombre|var[oó]n|niñ[oa]))(?![\w/])",
    _I,
)
# A name with an age or a patient word beside it: "Sofia, 15,", "Mila, de 8 meses", "68-year-old Gloria",
# "patient Derek", "Dwayne, one of our cardiac patients".
NAMED_WITH_AGE = re.compile(
    r"\b(?P<name>" + NAME + r"),\s+(?:(?:a|an)\s+)?(?:\d{1,3}(?=[,\s])|" + _AGE_NOUN
    + r"|de\s+\d{1,3}\s+(?i:años|meses))"
    r"|\b(?i:" + _AGE_NOUN + r")\s+(?P<name2>" + NAME + r")"
)
NAMED_PATIENT = re.compile(
    r"(?i:\b(?:patient|client|paciente)s?(?:\s+of\s+the\s+(?:month|week|year))?)[,:]?\s+" + HONORIFIC + r"?(?P<name>"
    + NAME + r")"
    r"|\b(?P<name2>" + NAME + r"),\s+(?i:one\s+of\s+our|uno\s+de\s+nuestros|una\s+de\s+nuestras)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:patients|clients|pacientes)\b"
)
# A named person's story or milestone: "Carlos's story", "Ana's recovery", "la historia de Ana".
NAMED_STORY = re.compile(
    r"\b(?P<name>" + NAME + r")(?:'s|’s)\s+(?:[\"“][^\"”\n]{1,30}[\"”]\s+)?(?i:story|journey|recovery|fight|battle|"
    r"first\s+(?:steps|words)|party|celebration|homecoming|graduation|send-off|big\s+day)\b"
    r"|(?i:\b(?:la\s+)?historia\s+de\s+)(?P<name2>" + NAME + r")"
)
# A detail only one person has: "the only Olympic curler from Glenmere", "our NICU's tiniest-ever graduate".
UNIQUE_PERSON = re.compile(
    r"\bthe\s+only\s+(?:[\w-]+\s+){0,3}?(?!hospital|clinic|center|centre|practice|program|place|one\b)[\w-]+\s+"
    r"(?:in|from|at|on|with)\s+(?:[A-Z]|our|the|this)"
    r"|\b(?:our|the)\s+(?:[\w'’-]+\s+){0,2}?(?:tiniest|smallest|oldest|youngest|first)(?:-ever)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + _PATIENT_NOUN + r"|" + _PERSON_NOUN + r")\b",
    _I,
)

# A patient presented by name: "the story of our patient Leon", "nuestra paciente Elena".
PATIENT_CALLED = re.compile(
    r"\b(?:our|my|nuestr[oa]|mi)\s+(?:[\w-]+\s+)?(?-i:patient|client|paciente)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Don|"
    r"Doña)\.?\s+)?(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+))\b",
    _I,
)
# Greeting or celebrating a named person: the name still has to pass the staff tests, and the post has to be
# about care. "Meet Ana", "Congrats to Ana", "Welcome to the world, baby Ana", "Happy 102nd birthday to Ana".
NAMED_GREETING = re.compile(
    r"(?i:\b(?:meet|say\s+(?:hi|hello)\s+to|congrats(?:\s+to)?|congratulations(?:\s+to)?|(?:so\s+)?proud\s+of|"
    r"shout[- ]?out\s+to|welcome\s+home|welcome\s+to\s+the\s+world|cheers\s+to|hats\s+off\s+to|way\s+to\s+go|"
    r"kudos\s+to|celebrating|get\s+well\s+soon|hear\s+from|go\s+get\s+(?:'em|em|them)|happy\s+(?:\d+\w*\s+)?birthday(?:\s+to)?|"
    r"feliz\s+cumplea[ñn]os(?:\s+n[uú]mero\s+\d+)?(?:\s+a)?|remember|this\s+is|ring\s+(?:that|the)\s+bell|sober\s+today|"
    r"conozca\s+a|conozcan\s+a|conoce\s+a|miren\s+a|mira\s+a|felicidades(?:\s+a)?|felicitaciones(?:\s+a)?|"
    r"orgullos[oa]s?\s+de|despedimos\s+(?:con\s+\w+\s+)?a|bienvenid[oa]s?\s+(?:a\s+casa|al\s+mundo)))[,!:]?\s+"
    r"(?:(?i:a|to)\s+)?" + HONORIFIC + r"?(?P<name>" + NAME + r")"
)
_GREETING_ANCHORS = (
    "meet", "say hi", "say hello", "congrat", "proud of", "shout", "welcome home", "welcome to the world", "cheers to",
    "hats off", "way to go", "kudos", "celebrating", "get well", "hear from", "go get", "birthday", "cumplea",
    "remember", "this is", "bell", "sober today", "conozc", "conoce a", "miren a", "mira a", "felicidades",
    "felicitaciones", "orgullos", "despedimos", "bienvenid",
)

# --- media, testimonials, and wording that is a story by itself ------------------------------------------
MEDIA = re.compile(
    r"📸|📷|🎥|📹|🎬|🤳|\bspotted\s*:|\b(?:caught\s+)?on\s+(?:camera|video)\b|\bunretouched\b|\bno\s+filter\b|\bsin\s+filtro\b"
    r"|\b(?:photos?|pics?|pictures?|videos?|clips?|reels?|footage|selfies?|snapshots?|fotos?|v[ií]deos?|im[aá]genes)\b"
    r"(?!\s+(?:visits?|chats?|chatting|calls?|booth|ID|appointments?|consults?|consultations?|conferenc\w*|"
    r"of\s+your\s+(?:insurance|card|id|license)|visitas?|llamadas?|consultas?))"
    r"|\bswipe\b(?!\s+up\b)|\bdesliza\b|\bwatch\s+(?:the\s+moment|as\b|how\b|him\b|her\b|them\b|this\s+\w+\s+|our\b|one\b|a\b|an\b|"
    r"\d|[A-Z][a-z])|\bmir(?:en|e|a)(?:la|lo|los|las)?\s+(?:a\s+|la\s+|el\s+|c[oó]mo\b)|\bm[ií]renl[ao]s?\b"
    r"|\bbefore[\s-]*(?:&|and|\+|/|➡️|➡|→|->|to)?[\s-]*after\b|\bantes\s+y\s+despu[eé]s\b"
    r"|\b(?:see|look\s+at)\s+(?:that|this|those|his|her|their)\s+(?:grin|smile|face|faces|smiles|reaction|new)\b"
    r"|\bcheck\s+out\s+(?:this|these|those|that|their|his|her)\b|\blook\s+how\s+(?:big|much|far|tall|strong)\b",
    _I,
)
_MEDIA_ANCHORS = (
    "📸", "📷", "🎥", "📹", "🎬", "🤳", "on camera", "on video", "spotted", "unretouched", "no filter", "sin filtro",
    "photo", "pic", "video", "vídeo", "clip", "reel", "footage", "selfie",
    "snapshot", "foto", "imagen", "imágen", "swipe", "desliza", "watch", "mir", "before", "antes y", "see ", "look at",
    "check out", "look how",
)
STANDALONE = re.compile(
    r"\bpatient\s+(?:spotlight|success\s+stor(?:y|ies)|testimonials?|update|stor(?:y|ies))\b"
    r"|\b(?:patient|graduate|grad|warrior|survivor|fighter|miracle)\s+of\s+the\s+(?:week|month|day|year)\b"
    r"|\bpaciente\s+del\s+mes\b|\btestimonios?\s+de\b|\breal\s+(?:patients?|clients?)\b|\bpacientes?\s+reales?\b"
    r"|\b(?:hear|reviews?|testimonials?)\s+from\s+(?:our\s+|real\s+)?(?:patients|clients|families)\b"
    r"|\bwhat\s+(?:our\s+)?(?:patients|clients|families)\s+(?:are\s+)?say(?:ing)?\b"
    r"|\breview\s+of\s+the\s+(?:week|month|day)\b"
    r"|\bin\s+(?:his|her|their)\s+own\s+words\b|\ben\s+sus\s+propias\s+palabras\b"
    r"|\bguest\s+post\s+(?:from|by)\s+(?:a|one\s+of\s+our|our)\s+(?:[\w-]+\s+)?(?:patients?|families|family|moms?|dads?)\b"

    r"|\b(?:note|message|letter|card|email|text|review|words)\s+from\s+(?:a|one\s+of\s+our|our)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:patient|patient['’]s\s+[\w-]+|family|mom|dad|parent|client)\b"
    r"|\b(?:another|a|one\s+more|our|this)\s+(?:very\s+|super\s+)?(?:happy|satisfied|grateful|thrilled|delighted)\s+"
    r"(?:patient|client|customer)\b|\bpatients?\s+(?:keep|kept)\s+(?:calling|telling|saying|raving)\b"
    r"|\b[\w-]+-?i?versary\b(?<!anniversary)(?<!aniversary)"
    r"|\b(?:rang|rings|ringing)\s+the\s+(?:chemo|cancer|victory|radiation|treatment|end-of-treatment|celebration)\s+bell\b"
    r"|\blook\s+who(?:'s|’s|\s+is)?\s+(?:back|home|came\s+back|walking|running|standing|up|going\s+home|visiting|"
    r"came\s+to\s+visit|stopped\s+by)\b"
    r"|\bwelcome\s+to\s+the\s+world,?\s+(?:little\s+ones?|baby|babies|sweet\s+\w+|lil)\b"
    r"|\bbienvenid[oa]s?\s+al\s+mundo,?\s+(?:beb[ée]s?|pequeñ[oa]s?|peque)\b"
    r"|(?:⭐\ufe0f?\s?){4,5}\s*[\"“]|★{4,5}\s*[\"“]|\b(?:5|five)[- ]star\s+review\s+from\b",
    _I,
)
_STANDALONE_ANCHORS = (
    "patient spotlight", "patient success", "patient testimonial", "patient update", "patient stor", "of the week",
    "of the month", "of the day", "of the year",
    "paciente del mes", "testimonio", "real patient", "real client", "reales", "own words", "propias palabras",
    "guest post",
    "hear from", "review", "testimonial", "what our", "what patients", "note from",
    "message from", "letter from", "card from", "email from", "text from", "words from",
    "what clients", "what families", "happy patient", "happy client", "happy customer", "satisfied", "grateful patient",
    "grateful client", "thrilled patient", "delighted patient", "patients keep", "patients kept", "versary", "bell",
    "look who", "welcome to the world", "al mundo", "⭐", "★", "5-star", "5 star", "five-star", "five star",
)

SCANNER = Scanner(
    [
        # a described person's noun always follows a space: anchoring on " son" skips "reason" and "season"
        Rule("patient", tuple(" " + stem for stem in _PATIENT_ANCHORS), DESCRIBED_PATIENT, before=70, after=25),
        Rule("patient", ("fighter", "warrior", "survivor", "preemie", "miracle", "champ", "trooper", "newborn",
                         "little one", "guerrer", "luchador"), OPENING_PATIENT, before=30, after=15),
        Rule("person", tuple(stem if "old" in stem else " " + stem for stem in _PERSON_ANCHORS), DESCRIBED,
             before=70, after=25),
        Rule("named", ("patient", "client", "pacient"), NAMED_PATIENT, before=60, after=50),
        Rule("named", ("year-old", "year old", "month-old", "month old", ", de ", *(f", {d}" for d in range(1, 10))),
             NAMED_WITH_AGE, before=30, after=40),
        Rule("named", ("mr", "mrs", "ms", "miss", "mx", "sr", "srta", "don", "doña", "señor", "baby", "little", "lil",
                               "grandma", "grandpa", "granny", "nana", "abuel", "coach", "our sweet", "our brave",
                               "our little", "our tiny", "our amazing", "our strong", "our own", "nuestr"),
             TITLED_NAME, before=2, after=45),
        Rule("named_story", ("story", "journey", "recovery", "fight", "battle", "first step", "first word", "historia",
                             "party", "celebration", "homecoming", "graduation", "send-off", "big day"),
             NAMED_STORY, before=45, after=30),
        Rule("case", ("y/o", "yo ", "yo,", "y.o.", "year-old", "year old"), CASE, before=8, after=12),
        Rule("unique", ("the only", "tiniest", "smallest", "oldest", "youngest", "first"), UNIQUE_PERSON,
             before=40, after=70),
        Rule("greeting", _GREETING_ANCHORS, NAMED_GREETING, before=30, after=70),
        *EVENT_RULES,
        Rule("media", _MEDIA_ANCHORS, MEDIA, before=25, after=30),
        Rule("standalone", _STANDALONE_ANCHORS, STANDALONE, before=40, after=60),
        Rule("patient_called", ("patient ", "client ", "paciente "), PATIENT_CALLED, before=40, after=30),
    ]
)

# Patient-care words: they make "Meet Ana" a patient's story, and a person plus a milestone a care story.
# Looked up as a set of the post's words (much cheaper than one big case-insensitive pattern).
CARE_WORDS = frozenset(
    [
        "patient", "patients", "surgery", "surgical", "surgeries", "procedure", "donor", "kidney", "heart", "lung",
        "lungs", "cancer", "radiation", "tumor", "tumour", "therapy", "therapies", "treatment", "treated",
        "discharge", "discharged", "admitted", "hospitalized", "hospitalised", "icu", "nicu", "picu", "er", "ed",
        "emergency", "oxygen", "cpap", "disease", "condition", "syndrome", "disorder", "stroke", "fracture", "broken",
        "remission", "premature", "preemie", "born", "ounces", "oz", "lb", "lbs", "pounds", "ventilator", "dialysis",
        "pneumonia", "infection", "sepsis", "symptom", "symptoms", "depression", "anxiety", "diabetes", "insulin",
        "wheelchair", "crutches", "walker", "cane", "session", "sessions", "survivor", "survived", "cured", "healed",
        "healing", "leukemia", "leukaemia", "asthma", "epilepsy", "seizure", "seizures", "copd", "autism", "apnea",
        "coma", "cardiac", "bypass", "replacement", "replaced", "concussion", "burn", "burns", "trauma", "birth",
        "labor", "delivery", "trach", "transfusion", "stent", "stents", "hip", "knee", "spine", "spinal", "sober",
        "sobriety", "overdose", "addiction", "glasses", "lenses", "implant", "braces", "aligner", "aligners",
        "veneers", "cleaning", "filling", "fillings", "stitches", "cast", "checkup", "pain", "vaccine", "vaccines",
        "vaccinated", "vaccination", "shot", "flu", "vacuna", "vacunas", "leucemia", "asma", "epilepsia",
        "convulsiones", "infarto", "derrame", "parto", "partos", "semanas", "uci", "ucin", "quirófano", "quirofano",
        "paciente", "terapia", "cirugía", "cirugia", "tratamiento", "enfermedad", "rehabilitación", "rehabilitacion",
        "hospitalizado", "hospitalizada", "cáncer", "trasplante", "sesión", "sesion", "sesiones", "chequeo",
        "implante", "limpieza", "camilla", "dolor",
    ]
)
# Dental, eye, hearing and aesthetic care, hospice and medicines: care too, in the clinics that post about them.
CARE_WORDS = CARE_WORDS | frozenset(
    [
        "dentist", "dental", "teeth", "tooth", "crown", "crowns", "extraction", "denture", "dentures", "eyesight",
        "botox", "filler", "fillers", "microneedling", "injectable", "injectables", "liposuction", "facelift", "acne",
        "scars", "melasma", "wrinkles", "hospice", "palliative", "meds", "medication", "medications", "prescription",
        "stent", "pacemaker", "prosthetic", "rehabilitation", "therapist", "dientes", "brackets", "medicamentos",
    ]
)
CARE_PREFIXES = ("diagnos", "transplant", "chemo", "rehab", "injur", "recover", "prosthe", "amputat", "paraly",
                 "pregnan", "prematur", "diagnóstic", "diagnostic", "quimio", "recuper", "pediatr", "oncolog",
                 "cardiolog", "neonat", "hospitaliz", "hospitalis", "internaci", "embaraz")
CARE_SUFFIXES = ("itis", "oma", "omas", "emia", "osis", "ectomy", "plasty", "otomy", "ostomy", "scopy")
CARE_PHRASES = ("weeks early", "week early", "first steps", "walked again", "walking again", "walk again",
                "feeding tube", "hearing aid", "check-up", "weight loss", "weight-loss")
# Hashtags run words together ("#NICUgrad", "#ChemoDone", "#StrokeSurvivor"): care shows in a stem inside them.
_HASHTAG = re.compile(r"#(\w+)")
CARE_TAG_STEMS = ("nicu", "picu", "chemo", "cancer", "transplant", "stroke", "rehab", "surviv", "recover", "preemie",
                  "surgery", "cardiac", "heart", "kidney", "dialysis", "oncolog", "hospice", "therapy", "bmt", "ostomy",
                  "diabet", "asthma", "autism", "epilep", "sobri", "sober", "quimio", "trasplante", "cirug")
_CARE_PLACE = re.compile(r"\b(?:room|bed|bay|chair|habitaci[oó]n)\s+\d+", _I)
_WORD = re.compile(r"[^\W\d_]+")
_CACHE_KEY = "consent_care"


def care_context(text: str, lower: str, cache: dict | None = None) -> bool:
    """True when the post speaks of patient care: a condition, a treatment, a care place, a care milestone."""
    if cache is not None and _CACHE_KEY in cache and cache[_CACHE_KEY][0] is text:
        return cache[_CACHE_KEY][1]
    words = set(_WORD.findall(lower))
    words.update([word[:-1] for word in words if word.endswith("s")])  # "knees", "hips"
    found = (
        not words.isdisjoint(CARE_WORDS)
        or any(word.startswith(CARE_PREFIXES) or word.endswith(CARE_SUFFIXES) for word in words)
        or any(phrase in lower for phrase in CARE_PHRASES)
        or _CARE_PLACE.search(text) is not None
        or ("#" in text and any(stem in tag for tag in _HASHTAG.findall(lower) for stem in CARE_TAG_STEMS))
    )
    if cache is not None:
        cache[_CACHE_KEY] = (text, found)
    return found
