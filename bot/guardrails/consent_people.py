"""Who a consent cue is about: a patient (or their family), or staff, a clinician, an organisation, a pet.

A patient story needs a person who received care. Names are only considered next to a story cue,
and a name is not a patient's when it carries a credential ("Ana Ruiz, RN"), a staff title before it
("Dr.", "our nurse"), a staff role after it, or sits in a post that is a staff feature or an award.
English and Spanish.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.guardrails.phi_lexicon import first_names
from bot.guardrails.phi_text import fold

_NAME_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:['’-][A-Za-záéíóúñü]{2,})?"
NAME = rf"{_NAME_WORD}(?:[ -]{_NAME_WORD})?(?!\w)"
# Courtesy titles and endearments before a patient's name ("Mrs. Keeling", "doña Rosario", "baby Maisie").
HONORIFIC = (
    r"(?:(?:\d+[- ](?i:year|month|week|day)s?[- ](?i:old)\s+)?"
    r"(?i:baby|little|lil|sweet|young|brave|grandma|grandpa|abuel[oa]|mr|mrs|ms|miss|mx|beb[ée]|peque[ñn][oa]|don|"
    r"doña|señora?|sra|sr|srta)\.?\s+|\d+[- ](?i:year|month|week|day)s?[- ](?i:old)\s+)"
)
TITLED_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta)\.?|(?i:don|doña|señora?|baby|little|lil|grandma|grandpa|granny|nana|"
    r"abuel[oa]|coach|our\s+(?:sweet|brave|little|tiny|amazing|strong|own)|nuestr[oa]\s+(?:querid[oa]|valiente|"
    r"pequeñ[oa])))\s+(?P<name>"
    + NAME + r"|[A-Z]\.?(?=[\s,!?:;]))"  # or an initial: "Mr. K", "Mrs. B."
)

_ROLE = (
    r"(?:nurse|doctor|physician|surgeon|therapist|pharmacist|tech|technician|hygienist|dentist|assistant|coordinator|"
    r"manager|director|educator|volunteer|receptionist|chaplain|scheduler|specialist|provider|midwife|paramedic|EMT|"
    r"sonographer|phlebotomist|dietitian|nutritionist|social\s+worker|scribe|housekeeper|custodian|chef|cook|engineer|"
    r"security\s+officer|interpreter|navigator|member\s+of\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?team|team\s+member|employee|colleague|resident|"
    r"fellow|intern|student|founder|CEO|president|officer|leader|lead|aide|audiologist|optometrist|esthetician|"
    r"aesthetician|injector|counselor|clinician|practitioner|partera|dog|pup|puppy|cat|mascot|"
    r"enfermer[oa]|doctor[a]?|m[eé]dic[oa]|terapeuta|farmac[eé]utic[oa]|educador[a]?|voluntari[oa])s?"
)
ROLE_WORD = re.compile(r"\b" + _ROLE + r"\b", re.IGNORECASE)
# A title or staff role just before a name: "Dr. Obi", "our PT Lorena", "hygienist Leo", "Chaplain Keel".
STAFF_BEFORE_NAME = re.compile(
    r"(?:\b(?:Dr|Dra|Drs|Doctor|Doctora|Prof|Nurse|Chaplain|Pastor|Rev|Senator|Sen|Governor|Gov|Mayor|"
    r"Commissioner|Rep|Judge|Saint|St|San|Santa)\.?|\b" + _ROLE + r"|\b(?:PT|OT|NP|PA|RN|SLP|OD|MD))\s*,?\s*$",
    re.IGNORECASE,
)
_CREDENTIAL = (
    r"(?:MD|DO|RN|BSN|MSN|NP|FNP|APRN|PA|PA-C|PharmD|RPh|DPT|OTR|SLP|CCC|DDS|DMD|RDH|CNA|LPN|LVN|CRNA|CNM|DNP|PhD|"
    r"MBA|MPH|FACC|FACS|CWS|CDE|CDCES|RD|RDN|LCSW|EMT|CM|AuD|DC|OD|LE|CPRS|CCLS|IBCLC)"
)
# Words right after a name that show a staff member, a clinician, an organisation or a pet, not a patient.
NOT_PATIENT_AFTER_NAME = re.compile(
    r"\s*,\s*[A-Z]{2,6}(?:-[A-Z]{1,3})?\b(?![a-z])"
    r"|\s*,?\s*(?:" + _CREDENTIAL + r"\b"
    r"|(?i:our|the|nuestr[oa]|one\s+of\s+our)\s+(?i:new\s+|newest\s+|own\s+|amazing\s+|wonderful\s+|beloved\s+|"
    r"nueva?\s+)?(?:[\w-]+\s+){0,2}?(?i:" + _ROLE + r")"
    r"|in\s+(?!(?i:room|bed|suite|bay|chair|apt|habitaci[oó]n|cama)\b)(?:[A-Z][\w&-]*\s*){1,3}(?=[\s,.!])"
    r"|(?i:of|from)\s+(?:our\s+)?(?:[A-Z][\w&-]*\s+){0,3}?(?i:services|department|team|office|unit|staff|lab)\b"
    r"|(?i:clinic|hospital|medical|center|centre|health|healthcare|pharmacy|dental|foundation|association|society|"
    r"university|college|school|club|department|unit|services|group|pediatrics|regional|county|team|family\s+clinic|"
    r"recovery|hearing|skincare|labs?|co\.?|company|PT|physical\s+therapy|dermatology|cardiology|orthopedics|"
    r"urgent\s+care|inc|llc)\b"
    r"|(?i:who|on|for)\s+(?:(?i:his|her|their|being)\s+)?(?i:joins|joined|is\s+joining|has\s+(?:worked|served)|"
    r"retire\w*|promotion|new\s+role|years\s+(?:at|with|of))"
    r")"
)
# Staff said of a name in the sentences after it: "Meet Ana! She's a labor and delivery nurse ..."
STAFF_AFTER_NAME = re.compile(
    r"\b(?:she|he|they)(?:'s|’s|\s+is|\s+are|\s+has\s+been|\s+was|\s+became)\s+(?:a|an|our|the|one\s+of\s+our)\s+"
    r"(?:[\w-]+\s+){0,4}?" + _ROLE + r"\b"
    r"|\b(?:she|he|they|who)\s+(?:now\s+|also\s+|still\s+)?(?:works|worked|has\s+worked|have\s+worked|"
    r"manages|joined|joins|trains|trained|teaches|precepts|volunteers|has\s+volunteered|serves|has\s+served)\s+"
    r"(?:in|on|at|as|with|our|for|the|here)\b"
    r"|\b(?:she|he|they|who)\s+(?:now\s+|also\s+)?(?:leads|led|runs|ran)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:team|unit|department|program|clinic|effort|charge|project|nurses|staff|service)\b"
    r"|\b(?:years?|decades?)\s+(?:at|with|on\s+our|of\s+service|in\s+our)\b"
    r"|\b(?:es|fue)\s+(?:un[oa]?|nuestr[oa])\s+(?:[\w-]+\s+){0,3}?" + _ROLE + r"\b|\btrabaja\s+(?:en|con|como)\b",
    re.IGNORECASE,
)
STAFF_AFTER_WINDOW = 160

# Whole-post signs of a staff feature, an award, a retirement or a hiring post.
STAFF_POST = re.compile(
    r"\bstaff\s+spotlight\b|\bemployee\s+(?:of|spotlight)\b|\bteam\s+member\s+spotlight\b|\bnew\s+hire\b"
    r"|\b(?:employee|nurse|pharmacist|physician|doctor|provider|volunteer|clinician|optometrist|dentist|hygienist)"
    r"\s+of\s+the\s+(?:month|year|quarter)\b|\byears?\s+of\s+service\b|\bwork\s+anniversary\b|\bnow\s+hiring\b"
    r"|\bjoin(?:s|ed|ing)?\s+(?:our|the)\s+(?:\w+\s+)?team\b|\bwelcome\s+(?:to\s+the\s+team|dr\.?|our\s+new)\b"
    r"|\bretire(?:s|ment)\b|\bretiring\b|\bawards?\b|\bnurses?\s+week\b|\bse\s+une\s+a\s+nuestro\s+equipo\b"
    r"|\b(?:meet|welcome|say\s+(?:hi|hello)\s+to|introducing|conozcan\s+a|conoce\s+a)\s+(?:our|nuestr[oa])\s+"
    r"(?:new(?:est)?\s+|nuev[oa]\s+)?(?:[\w-]+\s+){0,2}?" + _ROLE + r"\b",
    re.IGNORECASE,
)
_STAFF_POST_HINTS = ("spotlight", "employee", " of the ", "new hire", "of service", "anniversary", "hiring", "join",
                     "welcome", "retir", "award", "nurses week", "nurse week", "se une", "meet", "say hi", "say hello",
                     "introducing", "conozcan", "conoce")


def is_staff_post(text: str, lower: str) -> bool:
    """A staff feature, an award, a retirement or a hiring post (a cheap word test first)."""
    return any(hint in lower for hint in _STAFF_POST_HINTS) and STAFF_POST.search(text) is not None


# Capitalised words that open a sentence or follow a cue like a name would, but are not names.
NOT_A_NAME = frozenset(
    [
        "our", "the", "this", "that", "these", "those", "team", "dr", "doctor", "nurse", "everyone", "all", "staff",
        "day", "week", "month", "you", "we", "us", "them", "everybody", "class", "graduates", "graduate", "st",
        "saint", "national", "world", "international", "happy", "new", "free", "good", "great", "big", "little",
        "baby", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "spring",
        "summer", "fall", "autumn", "winter", "nuestro", "nuestra", "nuestros", "nuestras", "todos", "equipo", "el",
        "la", "los", "las", "mis", "own", "every", "each", "another", "one", "two", "three", "first", "last", "today",
        "tonight", "yesterday", "she", "he", "they", "it", "i", "her", "his", "their", "ella", "él", "ellos", "usted",
        "hoy", "ayer", "después", "antes", "also", "and", "but", "so", "then", "now", "after", "before", "when",
        "while", "once", "here", "there", "what", "why", "how", "who", "where", "thanks", "thank", "welcome",
        "congrats", "congratulations", "proud", "meet", "look", "watch", "swipe", "shout", "shoutout", "huge",
        "tears", "mom", "dad", "mama", "papa", "mamá", "papá", "grandma", "grandpa", "family", "families", "patients",
        "patient", "sir", "ma'am", "madam", "ladies", "gentlemen", "folks", "friends", "parents", "kids", "hola",
        "gracias", "feliz", "felicidades", "miren", "mira", "to", "for", "with", "from", "in", "on", "at", "by", "of",
        "if", "as", "is", "are", "was", "were", "a", "an", "please", "yes", "no", "hey", "hi", "hello", "dear",
        "just", "still", "even", "only", "not", "because", "since", "until", "during", "which", "bold", "its", "para",
        "con", "por", "que", "una", "uno",
    ]
)


_COURTESY_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Miss|Sr|Sra|Srta|Don|Doña|Señora?|baby|little|grandma|grandpa|abuel[oa])\.?\s*$", re.IGNORECASE
)
_WORDS = re.compile(r"[A-Za-zÀ-ÿ]+")


def is_known_name(text: str, start: int, end: int) -> bool:
    """Whether a span holds a known given name, or a word after a courtesy title ("Mr. T", "Doña Rosario")."""
    for word in _WORDS.finditer(text, start, end):
        if fold(word.group()) in first_names():
            return True
        if _COURTESY_BEFORE.search(text, max(0, word.start() - 12), word.start()):
            return True
    return False


def is_patient_name(text: str, start: int, end: int) -> bool:
    """False for words that are not names, for names with a staff title before them, and for names followed
    by a credential, a staff role or an organisation word, here or where the post names them again
    ("Mary's note ... — Mary Chen, RN")."""
    name = text[start:end].split(maxsplit=1)[0]
    if name.split("-")[0].lower() in NOT_A_NAME or not _patient_here(text, start, end):
        return False
    other = text.find(name)
    for _ in range(MAX_MENTIONS_CHECKED):  # a name repeated more often than this is looked at no further
        if other == -1:
            break
        after = _SURNAMES.match(text, other + len(name)).end()
        if other != start and _word_at(text, other, other + len(name)) and not _patient_here(text, other, after):
            return False
        other = text.find(name, after)
    return True


MAX_MENTIONS_CHECKED = 20  # keeps hostile input (one word repeated thousands of times) linear

_SURNAMES = re.compile(r"(?:[ -][A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+)*")


def _word_at(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


@lru_cache(maxsize=4096)  # a post that names someone often asks about the same mention again and again
def _patient_here(text: str, start: int, end: int) -> bool:
    if STAFF_BEFORE_NAME.search(text, max(0, start - 40), start):
        return False
    if NOT_PATIENT_AFTER_NAME.match(text, end):
        return False
    return STAFF_AFTER_NAME.search(text, end, end + STAFF_AFTER_WINDOW) is None
