"""Word lists and cue patterns the PHI detectors share (English and Spanish).

Cues say whose detail a thing is: a patient's (patient nouns, care words, a reply to a person), a
clinician's or staff member's (titles, credentials, departments), or the organisation's own (call us,
our address, event wording). Everything is compiled once at import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.guardrails.phi_text import Lexicon, words

_DATA = Path(__file__).with_name("data")
ICASE = re.IGNORECASE


def _alt(words: str) -> str:
    """A regex alternation from a space-separated list (underscores stand for spaces), longest first."""
    items = sorted((w.replace("_", r"\s+") for w in words.split()), key=len, reverse=True)
    return "(?:" + "|".join(items) + ")"


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names, folded (lower case, no accents), read once from data/phi_first_names.txt."""
    path = _DATA / "phi_first_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# Courtesy titles that, in a post by a care organisation, nearly always name a patient or customer.
HONORIFIC = r"(?:Mr|Mrs|Ms|Mx|Miss|Sr|Sra|Srta|Sres)\.?|(?i:se(?:ñ|n)or(?:a|ita)?|do(?:ñ|n)a)|Don|Mister|Missus|Madam"
# Titles and credentials of clinicians and staff: a name next to one is not a patient's.
CLINICIAN_PREFIX = re.compile(
    r"\b(?:Dr|Dra|Drs|Doctor|Doctora|Prof|Professor|Nurse|Enfermer[oa]|Pastor|Chaplain)\.?\s*$"
)
PUBLIC_PREFIX = re.compile(
    r"\b(?:Senator|Sen|Governor|Gov|Mayor|President|Rep|Representative|Congressman|Congresswoman|Secretary|"
    r"Commissioner|Councilmember|Councilman|Councilwoman|Judge|Justice|Sheriff|Saint|St|San|Santa|Pope|King|Queen|"
    r"Prince|Princess|Lord|Lady|Sir)\.?\s*$"
)
CREDENTIAL = (
    r"(?:RN|BSN|MSN|LPN|LVN|CNA|NP|FNP|FNP-C|APRN|CNM|CRNA|DNP|PA|PA-C|MD|DO|DDS|DMD|RDH|DPT|PT|OT|OTR|OTR/L|SLP|"
    r"CCC-SLP|PharmD|RPh|CPhT|PhD|PsyD|LCSW|LMFT|LPC|MSW|RD|RDN|CDE|CDCES|CWS|FACC|FACS|FACP|FAAP|FAAFP|MPH|MBA|MHA|"
    r"CM|CCM|EMT|EMT-P|NRP|DC|OD|IBCLC|CHES|ATC|CSCS|RRT|RT|MSc|MSPH|MSEd)"
)
# A credential after a name: a listed one ("RN", "PharmD"), or any short capitalised abbreviation after a comma
# ("Lily Chen, CPNP"): patients are not written that way.
FOLLOWED_BY_CREDENTIAL = re.compile(
    r"^(?:\s+(?:Jr|Sr|II|III)\.?)?(?:,?\s*" + CREDENTIAL
    + r"\b|,\s*[A-Z]{2,6}(?:-[A-Z]{1,3})?\b(?![a-z]|\s*[:#]?\s*[A-Z0-9-]*\d))"
)
_STAFF_WORDS = _alt(
    "recruiter advocate liaison representative handler board_chair chairman chairwoman chairperson trustee trustees "
    "manager director coordinator educator educadora educador lead "
    "supervisor chief ceo cfo coo cno cmo "
    "president vp founder owner administrator receptionist front_desk scheduler assistant aide tech technician "
    "nurse nurses hospitalist physician surgeon doctor doctora dentist hygienist pharmacist therapist counselor "
    "dietitian nutritionist chaplain volunteer navigator midwife doula fellow fellows intern interns student staff "
    "employee colleague coworker provider specialist paramedic emt medic clinician optometrist team_member "
    "enfermera enfermero farmacéutica farmacéutico terapeuta recepcionista coordinadora directora doctor_de "
    "cardiologist dermatologist pediatrician oncologist radiologist anesthesiologist audiologist psychologist "
    "psychiatrist podiatrist optician phlebotomist sonographer housekeeper custodian "
    "spotlight mvp star hero heroes"
)
# Verbs whose object is the person cared for ("our nurse visits Mr. Quill"): the name after them is not staff.
_CARE_VERBS = (
    r"(?:visits|visited|sees|saw|treats|treated|helps|helped|cares|cared|thanks|thanked|met|meets|called|calls|"
    r"checks|checked|drove|drives|brought|brings|sat|sits|gave|gives|took|takes|told|tells|asked|asks|loves|loved|"
    r"found|finds|caught|catches|walked|walks|fed|feeds|washed|bathed|dressed|moved|turned|lifted|carried|greeted)"
)
# A staff word in the few words before a name ("our recruiter, Janelle", "transport tech Miguel").
STAFF_BEFORE = re.compile(
    r"(?:\b" + _STAFF_WORDS + r"|(?<!patient\s)(?<!customer\s)(?<!client\s)(?<!resident\s)(?<!paciente\s)"
    r"\bof\s+the\s+(?:month|year|quarter|week))\b[\s,:]*(?:(?!" + _CARE_VERBS + r"\s)\S+\s+){0,1}$",
    ICASE,
)
# A staff title right before "of the month" ("Nurse of the Year", "Scheduler of the month").
STAFF_TITLE_BEFORE = re.compile(r"\b(?:" + _STAFF_WORDS + r"|employee|worker|member)\s+$", ICASE)
# After a name: a department or a staff verb ("Harold Jimenez of Environmental Services", "Lena launched our").
STAFF_AFTER = re.compile(
    r"^(?:,\s*(?:(?-i:[A-Z])[a-z]+\s+){0,3}(?i:advocate|manager|director|coordinator|nurse|pharmacist|therapist|"
    r"specialist|educator|officer|lead|supervisor|administrator|representative|liaison|navigator|assistant|technician|"
    r"physician|surgeon|dentist|hygienist|counselor|chaplain|dietitian|president|ceo|vp|founder)\b"
    r"|(?:['’]s)?,?\s*(?:(?:of|from|in)\s+(?:our\s+|the\s+)?(?:[\w&]+\s+){0,3}?"
    r"(?i:services|department|dept|team|office|pharmacy|radiology|nursing|billing|lab|laboratory|facilities|"
    r"security|dietary|nutrition|administration|marketing|finance|foundation|engineering|IT|HR|front\s+desk|"
    r"housekeeping|registration|scheduling|transport|transportation|admitting|access|relations|experience|"
    r"materials|supply|sterile\s+processing|central\s+supply|food\s+and\s+nutrition|volunteer\s+services)\b"
    r"|(?:who\s+)?(?:launched|trained|trains|leads|led|runs|joined|joins|will\s+(?:answer|lead|teach|host|present|speak|"
    r"perform|sing|play|read|emcee)|performs|sings|"
    r"teaches|taught|hosts|hosted|presented|precepts|organized|organised|noticed|caught|volunteers|works|worked|"
    r"celebrates|retires|is\s+retiring|has\s+worked|has\s+trained|has\s+been\s+with\s+us|answers|is\s+our|was\s+named|"
    r"for\s+(?:donating|their\s+gift|his\s+gift|her\s+gift|the\s+gift|their\s+generosity|sponsoring|organizing|"
    r"organising|hosting|leading|volunteering|\d+\s+years|\w+ing\s+(?:\w+\s+){0,2}?(?:our|every|all\s+our)\s+"
    r"(?:patients|families|residents|customers|riders|visitors|community|kids))|explains|answers|discusses|demonstrates|teaches|"
    r"shares\s+(?:tips|how|what|why|her|his)|shows\s+(?:you|us|how)|walks\s+(?:you|us)\s+through|will\s+discuss|"
    r"talks\s+(?:about|through)|breaks\s+down|helped|cared\s+for|comforted|stayed\s+with|sat\s+with|treated|"
    r"saved|assisted|spotted|calmed|rescued|went\s+above|explica|responde|comparte|ayud[óo]|cuid[óo])))",
)
# Words before a presenter's or instructor's name: "Join Sam for ...", "led by Ruth Ann".
PRESENTER_BEFORE = re.compile(
    r"\b(?:join|led\s+by|taught\s+by|hosted\s+by|presented\s+by|featuring|moderated\s+by|facilitated\s+by|ask|"
    # a staff member to ask for at the desk or on the phone ("ask for Renata", "pregunte por Inés")
    r"ask\s+for|ask\s+to\s+speak\s+(?:with|to)|speak\s+(?:with|to)|pregunte\s+por|hable\s+con|pida\s+hablar\s+con|"
    r"con\s+la\s+instructora|con\s+el\s+instructor|[úu]nase\s+a)\s+$",
    ICASE,
)
# Posts about staff (awards, anniversaries, hiring): a name in them is a patient's only on direct evidence.
STAFF_POST = Lexicon.of_phrases(
    "of_the_month of_the_year of_the_quarter years_of_service work_anniversary now_hiring we're_hiring we’re_hiring "
    "welcome_to_the_team welcome_aboard joins_our_team join_our_team nurses_week nurse_week spotlight retirement "
    "retiring retire retires happy_retirement new_grad new_graduate_nurse "
    "employee_of equipo_de_enfermería aniversario_laboral jubilación jubilacion "
    # trainees placed in their next post: medical students on Match Day, new residents and fellows
    "match_day matched_into matched_at matched_in residency_program residency_programs new_residents new_interns "
    "incoming_residents incoming_interns white_coat_ceremony medical_students nursing_students"
)
GIFT = Lexicon.of_phrases(
    "donat* gift gifts generosity sponsor* fundrais* benefactor donaci* donó dono donar* regalo"
)
# Sentences thanking staff, donors or sponsors: a name in them needs care tied to it ("her last chemo").
THANKS_CONTEXT = Lexicon.of_phrases(
    "staff employee employees team_member coworker colleague colleagues shoutout shout_out kudos props hats_off "
    "donat* gift generosity sponsor* fundrais* benefactor trustee board_member volunteer* shift night_shift crew "
    "donaci* donó dono voluntari* turno workshop webinar seminar lecture demo demonstration "
    "q&a podcast livestream facebook_live instagram_live clase taller charla seminario"
)
PET_AFTER = re.compile(
    r",?\s+(?:(?:is|was)\s+)?(?:our|the|a|his|her|their|nuestr[oa])\s+(?:\w+\s+)?(?:dog|cat|pup|puppy|kitten|pet|mascot|"
    r"horse|perro|perrita|gato|pooch|retriever|labrador|doodle|poodle|shepherd|terrier|spaniel|beagle|collie|corgi|"
    r"dachshund|husky|greyhound)\b",
    ICASE,
)
PET_BEFORE = re.compile(
    r"\b(?:dog|cat|pup|puppy|kitten|pet|mascot|horse|bunny|parrot|perro|gato|perrita|perrito)[\s,]*$", ICASE
)

# Nouns and phrases that put a patient in the sentence.
PATIENT_NOUN_WORDS = (
    "patient patients customer customers client clients resident residents caller reviewer baby babies infant "
    "newborn preemie toddler kiddo our_little little_one mom mother dad father son daughter grandma grandpa "
    "grandmother grandfather grandson granddaughter grandchild grandparent grandparents wife husband "
    "schoolteacher veteran survivor recipient graduate_of_our transplant paciente pacientes cliente clientes bebé "
    "bebe niño niña hijo hija mamá mama papá papa abuelo abuela"
)
PATIENT_NOUN = Lexicon.of_phrases(PATIENT_NOUN_WORDS)
# One patient, not patients in general ("our ICU patients").
ONE_PATIENT = Lexicon.of_phrases(
    " ".join(w for w in words(PATIENT_NOUN_WORDS) if w not in {"patients", "customers", "clients", "residents",
                                                               "babies", "grandparents", "pacientes", "clientes"})
)
_PATIENT_NOUN_RX = "(?:" + "|".join(
    w.replace("_", r"\s+").replace("*", r"\w*") for w in words(PATIENT_NOUN_WORDS)
) + ")"
# "patient Jane", "customers named Opal Jennings", "baby Maisie", "that patient was Eleanor Fairbanks".
PATIENT_BEFORE = re.compile(
    r"\b(?:" + _PATIENT_NOUN_RX + r"|(?:patient|customer|client|resident|paciente)\s+of\s+the\s+(?:month|week|year)|"
    r"little|peque(?:ñ|n)[oa]|familia|(?-i:Baby))"
    r"(?:\s+(?:named|called|was|is|llamad[oa]|de\s+nombre))?[\s,:]*$",
    ICASE,
)
# Event and announcement wording around a date: the date of a public event, not of someone's care.
EVENT_NEAR_DATE = Lexicon.of_phrases(
    "class classes event fair screening screenings workshop webinar seminar meeting lecture talk party drive day "
    "walk run 5k festival open_house hours holiday deadline registration register enroll* fundraiser radiothon bbq "
    "lunch breakfast dinner conference forum summit panel sessions starting starts start begins opens open closed "
    "join_us tune_in save_the_date rsvp sign_up apply launch launches clase evento feria taller charla reunión "
    "reunion a_partir_de a_partir_del desde hasta inscríb* inscrib* reserv* gratuito gratuita"
)
TIME_OF_DAY = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:[–-]\s*\d{1,2}(?::\d{2})?\s*)?(?:am|pm|a\.\s?m\.|p\.\s?m\.)|\bnoon\b|\bmidnight\b",
    ICASE,
)
# A statement that the person shown gave permission: names and stories in such a post are shared with consent.
PERMISSION = re.compile(
    r"\b(?:with\s+(?:(?:his|her|their|the|[A-Z][a-z]+(?:'s|’s))\s+)?(?:\w+(?:'s|’s)\s+)?"
    r"(?:(?:written|full|express|kind)\s+)?(?:permission|consent|blessing)|shared\s+with\s+permission|"
    r"(?:agreed|asked\s+us|asked|chose|wanted\s+us|wanted|is\s+happy\s+for\s+us|said\s+yes)\s+to\s+(?:share|sharing|tell)|"
    r"gave\s+(?:us\s+)?(?:(?:his|her|their)\s+)?(?:permission|consent|(?:the\s+)?ok|(?:the\s+)?okay)|"
    r"(?:has|have)\s+given\s+(?:us\s+)?(?:permission|consent)|for\s+letting\s+us\s+(?:share|tell)|"
    r"permission\s+to\s+share|consented|used\s+with\s+permission|at\s+(?:his|her|their|the\s+family['’]s)\s+request|"
    r"con\s+(?:el\s+)?(?:permiso|consentimiento|autorizaci[óo]n)|nos\s+(?:dio|dieron)\s+(?:su\s+)?permiso|"
    r"permiso\s+para\s+compartir|autoriz[óo]\s+(?:compartir|publicar))\b",
    ICASE,
)
# Words without which no permission statement can match (a cheap test before the pattern).
PERMISSION_HINTS = ("permis", "consent", "blessing", "shar", "autoriz", "request", "tell", " ok")
# A reply to a person: the post opens with a handle, a greeting, or a name and a comma.
GREETING = (
    r"(?:Hi|Hello|Hey|Dear|Hiya|Howdy|Good\s+(?:morning|afternoon|evening)|Thanks|Thank\s+you|Hola|Estimad[oa]|"
    r"Querid[oa]|Buenos\s+d[ií]as|Buenas\s+tardes|Gracias|To)"
)
# Capitalised words that open a post like a name would ("Parents, ...") but are not names.
VOCATIVE_WORDS = frozenset(
    words("parents friends folks everyone everybody team families moms dads neighbors neighbours patients colleagues "
    "nurses ladies gentlemen guys all hey attention reminder note update heads yes no thanks thank okay ok wow "
    "congrats congratulations welcome hello hi dear reminder psst fact myth truth tip question answer fun "
    "seniors students kids teens adults doctors providers clinicians members caregivers "
    # subject lines and labels that open a post with a colon ("Re: your question", "PSA: ...")
    "re fwd fw ps nb psa faq recap correction alert warning important asunto aviso "
    "padres amigos familias todos equipo pacientes hola gracias")
)
# Words that end an organisation's name: capitalised words before them are not a person's name.
ORG_SUFFIX = re.compile(
    r"^(?:\s+[A-Z][\w'’&.-]*){0,3}?\s+(?:Hospital|Hospitals|Clinic|Center|Centre|Pharmacy|Dental|Dentistry|Pediatrics|"
    r"Medical|Health|Healthcare|Regional|Physical|Therapy|Dermatology|Orthopedics|Cardiology|Foundation|Association|"
    r"Society|Network|Institute|College|University|School|Academy|Library|Club|Church|Company|Group|Partners|"
    r"Labs?|Care|Rehab|Wellness|Practice|Associates|Services|Hall|Park|Building|Tower|Pavilion|Plaza|Mall|Market|"
    r"Rotary|County|City|Township|Department|Unit|Wing|Campus|Day|Week|Month|Walk|Run|Awards?|Scholarship|Fund|"
    r"Lecture|Series|Prize|Cup|Classic|Gala|Memorial|Neighborhood|Trust|Program|Night|Fair|Festival|Party|"
    r"Screenings?|Challenge|Marathon|5K|Tournament|Camp|Elementary|Preschool|Montessori|Daycare|Kindergarten|Bakery|"
    r"Diner|Caf[eé]|Restaurant|Tavern|Grill|Brewery|Salon|Library|Garage|Hardware|Farms?|Ranch|Orchard|Winery)\b"
)
STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Court|Ct|Boulevard|Blvd|Way|Terrace|Ter|Place|Pl|Circle|Cir|"
    r"Parkway|Pkwy|Trail|Trl|Row|Loop|Highway|Hwy|Pike|Square|Sq|Crescent|Cres|Close|Alley|Path|Mews)"
)
# Last words of a town's or neighbourhood's name: "Willow Creek", "Ashby Falls", "Corrigan's Ford".
PLACE_SUFFIX = (
    r"(?:Creek|Falls|Hollow|Springs?|Heights|Valley|Ridge|Hills?|Grove|Bend|Ford|Junction|Crossing|Harbor|Harbour|"
    r"Point|Beach|Village|Township|Landing|Mills?|Station|Corners?|Meadows?|Woods|Glen|Commons|Bluffs?|Prairie|"
    r"Lakes?|Rapids|Shores?|Park|City|Town|Estates)"
)
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"
)
WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo"
)
CALENDAR_WORDS = frozenset(words(MONTHS + " " + WEEKDAYS))
US_STATES = frozenset(
    words(
        "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho "
        "illinois "
    "indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri "
    "montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington "
    "wisconsin wyoming america canada mexico méxico puerto rico")
)
