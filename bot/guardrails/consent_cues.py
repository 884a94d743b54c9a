"""The cues of a patient story, as classes: who (a person who received care), what happened to them
(a care event or an outcome), media of them, and testimonial wording.

A story is built from these in bot/guardrails/consent.py: a person plus a care event, media of a person,
or a patient's attributed words. Each cue is a pattern about how such posts are written, never about
particular people. English and Spanish.
"""

from __future__ import annotations

import re

from bot.guardrails.consent_people import HONORIFIC, NAME, TITLED_NAME
from bot.guardrails.disclosure_scan import Rule, Scanner

_I = re.IGNORECASE

# --- who ---------------------------------------------------------------------------------------------------
# Nouns for someone in care. PATIENT nouns say so by themselves; PERSON nouns need a care event next to them.
_PATIENT_NOUN = (
    r"patients?|clients?|preemies?|warriors?|fighters?|survivors?|recipients?|newborns?|bab(?:y|ies)|little\s+ones?|"
    r"twins|triplets|NICU\s+(?:grads?|graduates?|bab(?:y|ies))|pacientes?|beb[ée]s?|bebit[oa]s?|guerrer[oa]s?|"
    r"reci[eé]n\s+nacid[oa]s?|gemel[oa]s|cuates"
)
_AGE_NOUN = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month|week|day)s?[- ]old"
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
    r"(?P<det>one\s+of\s+(?:our|my|the)|uno\s+de\s+(?:nuestros|los|mis)|una\s+de\s+(?:nuestras|las|mis)|a|an|our|my|"
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
_PATIENT_ANCHORS = (
    "patient", "client", "preemie", "warrior", "fighter", "survivor", "recipient", "newborn", "baby", "babies",
    "little one", "twins", "triplets", "nicu", "pacient", "bebé", "bebe", "bebit", "guerrer", "recién", "recien",
    "gemel", "cuates",
)
_PERSON_ANCHORS = (
    "year-old", "year old", "month-old", "month old", "week-old", "week old", "day-old", "mom", "mother", "mama",
    "mamá", "dad", "father", "papá", "papa", "parent", "grand", "granny", "abuel", "girl", "boy", "guy", "gal", "kid",
    "toddler", "teen", "man", "woman", "lady", "gentleman", "veteran", "champ", "superstar", "trooper", "hero",
    "friend", "son", "daughter", "wife", "husband", "couple", "athlete", "runner", "student", "member", "grad",
    "famil",
    "niñ", "nin", "señor", "hombre", "mujer", "joven", "chic", "pequeñ", "campe",
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

# --- what happened: care events and outcomes ---------------------------------------------------------------
_POSS = r"(?:his|her|their|su|sus)"
_CARE_OBJECT = (
    r"(?:round|session|dose|cycle|treatment|chemo\w*|radiation|infusion|rehab\w*|therapy|physical\s+therapy|PT|OT|"
    r"program|course|dialysis|cleaning|quimio\w*|radiaci[oó]n|terapia|tratamiento|rehabilitaci[oó]n|sesi[oó]n|"
    r"di[aá]lisis)"
)
_CARE_CAUSE = (
    r"(?:surgery|surgeries|replacement|transplant|stroke|heart\s+attack|accident|crash|injury|fall|diagnosis|"
    r"treatment|procedure|repair|bypass|amputation|overdose|fracture|c-section|delivery|birth|fitting|implant|"
    r"infusion|chemo\w*|radiation|visit|cleaning|adjustments?|tummy\s+tuck|stay|rehab|tear|break|burns?|illness|"
    r"cancer|concussion|seizure|infection|pneumonia|covid|fusion|reconstruction|graft|ablation|biopsy|"
    r"[\w-]*(?:ectomy|plasty|otomy|ostomy|scopy|itis|oma|osis|emia)|ortodoncia|di[aá]lisis|"
    + _CARE_OBJECT + r"|cirug[ií]a|derrame(?:\s+cerebral)?|"
    r"operaci[oó]n|trasplante|accidente|lesi[oó]n|parto|tratamiento|limpieza|quimio\w*|infarto)"
)
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)"
_OLD = r"(?:9\d|1[01]\d)"  # ages over 89: a post by a care organisation celebrating one is about a patient
# Strong events say on their own that a person got care and how it went: (anchors, pattern), one group each.
_STRONG_EVENTS: list[tuple[tuple[str, ...], str]] = [
    (("home",), r"\b(?:went|going|heading|headed|gets?\s+to\s+go|got\s+to\s+go|finally\s+going)\s+home\b"
     r"|\b(?:is|are)\s+(?:finally\s+|officially\s+)?(?:home|back\s+home)\b|\bwelcome\s+home\b"),
    (("discharged",), r"\b(?:was|were|been|got|being|is|are)\s+discharged\b"),
    (("walk",), r"\bwalk(?:ed|ing)\s+(?:out|again|on\s+" + _POSS + r"\s+own|the\s+halls|all\s+the\s+way|into|in\s+to|"
     r"unassisted|without)\b|\bwalk\s+again\b"),
    (("bell",), r"\b(?:rang|ring|rings|ringing)\s+(?:the|that)\s+(?:[\w-]+\s+)?bell\b"),
    (("first step", "first word", "first breath", "took his first", "took her first", "took their first",
      "primeros pasos"),
     r"\bfirst\s+(?:steps?|words?|breaths?)\b|\btook\s+" + _POSS + r"\s+first\b|\bprimeros\s+pasos\b"),
    (("feet", "ventilator", "on his own", "on her own", "on their own"),
     r"\bback\s+on\s+" + _POSS + r"\s+feet\b|\boff\s+the\s+ventilator\b"
     r"|\b(?:breathing|standing|walking|eating)\s+on\s+" + _POSS + r"\s+own\b"),
    (("cancer-free", "cancer free", "remission", "beat "),
     r"\bcancer[- ]free\b|\bin\s+remission\b"
     r"|\bbeat\s+(?:[\w-]+\s+)?(?:cancer|leukemia|[\w-]*omas?|covid|sepsis|the\s+odds)\b"),
    (("finish", "complet", "wrapped up", "graduat"),
     r"\b(?:finished|completed|wrapped\s+up|finishing|completing|graduated\s+from|graduating\s+from)\s+"
     r"(?:" + _POSS + r"\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}?" + _CARE_OBJECT + r"\b"),
    (("got the call", "gets the call", "received", "got a", "got her", "got his", "got their", "underwent"),
     r"\b(?:got|received|gets)\s+(?:the\s+call|(?:a|her|his|their)\s+(?:new|donor)\s+\w+)"
     r"|\b(?:got|received|underwent|had)\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:transplant|implant|"
     r"replacement|bypass|stents?|valve|pacemaker|surgery|procedure|amputation|c-section)\b"),
    (("was born", "was diagnosed", "was rushed", "was admitted", "airlifted", "flown in", "brought in", "intubated",
      "resuscitated", "revived", "was delivered"),
     r"\bwas\s+(?:born|diagnosed|rushed|admitted|airlifted|flown\s+in|brought\s+in|intubated|resuscitated|revived|"
     r"delivered)\b"),
    (("born",), r"\bborn\s+(?:at|weighing|in\s+our|here|on|with|(?-i:[A-Z][a-z]+\s+)?\d)"),
    (("broke", "fractured", "injured", "tore", "sprained", "burned", "dislocated"),
     r"\b(?:broke|fractured|injured|tore|sprained|burned|dislocated)\s+" + _POSS + r"\s+(?:[\w-]+\s+)?"
     r"(?:arm|leg|wrist|ankle|hip|knee|back|neck|shoulder|collarbone|hand|foot|elbow|jaw|nose|skull|ACL|pelvis)\b"),
    # arriving for care: "came into our ED with a fever", "came to me last fall", "arrived ... on March 3 with"
    (("came", "comes", "walked", "arrived", "showed up", "wheeled", "rolled"),
     r"\b(?:came|comes|walked|arrived|showed\s+up|was\s+wheeled|rolled)\s+(?:in(?:to)?|to|at)\b"
     r"(?=[^.!?\n]{0,70}?\b(?:with|after|because|complaining|in\s+(?:pain|labor)|for\s+(?:a|an|her|his|their)|"
     r"on\s+[A-Z][a-z]+\s+\d|ready\s+to|unable|bone-on-bone)\b)|\bcame\s+(?:to|into)\s+(?:me|us)\b"),
    (("spent",), r"\bspent\s+(?:" + _POSS + r"\s+)?(?:first\s+|last\s+|final\s+)?" + _NUM
     + r"\s+(?:days?|weeks?|months?|nights?)\s+(?:of\s+(?:\w+\s+)?life\s+)?(?:in|at|on|with)\b"),
    (("after his", "after her", "after their", "since his", "since her", "since their", "following his",
      "following her", "following their", "during his", "during her", "during their"),
     r"\b(?:after|since|following|during)\s+" + _POSS + r"\s+(?:[\w-]+\s+){0,4}?" + _CARE_CAUSE + r"\b"),
    (("had his", "had her", "had their"),
     r"\bhad\s+" + _POSS + r"\s+(?:[\w-]+\s+){0,2}?(?:replaced|removed|repaired|surgery|transplant|baby|twins)\b"),
    (("recovering", "survived", "woke up"),
     r"\b(?:is|was)\s+recovering\b|\brecovering\s+(?:from|on|in|at)\b|\bsurvived\b|\bwoke\s+up\s+from\b"),
    (("sober", "years clean", "year clean", "months clean", "in recovery"),
     r"\b" + _NUM + r"\s+(?:years?|months?|days?)\s+(?:sober|clean|cancer[- ]free|in\s+recovery)\b"
     r"|\bsober\s+(?:today|for)\b"),
    (("couldn", "could not", "could barely", "unable to", "able to", "no podía", "no podia"),
     r"\b(?:couldn't|couldn’t|could\s+not|could\s+barely|was\s+unable\s+to|wasn't\s+able\s+to|wasn’t\s+able\s+to|"
     r"no\s+pod[ií]a)\s+(?:even\s+)?(?:walk|climb|breathe|eat|speak|talk|lift|stand|sit|swallow|sleep|see|hear|move|"
     r"hold|bend|run|drive|remember|feel|caminar|respirar|comer|hablar|dormir|ver|o[ií]r|moverse)\b"),
    (("moved in",), r"\bmoved\s+in(?:to)?\s+(?:our|apt|apartment|room|unit|hospice|assisted|memory)\b"),
    (("stopped", "started", "skipping", "skipped", "quit"),
     r"\b(?:stopped|started|skipping|skipped|quit)\s+(?:taking\s+)?(?:\w+\s+of\s+)?" + _POSS + r"\s+(?:[\w-]+\s+){0,3}?"
     r"(?:medicines?|medications?|meds|pills|insulin|inhaler|dialysis|chemo)\b"),
    (("turned", "turns", "cumpli", "cumple", "birthday", "candles", "young", "años", "anos", "years old",
      *(f"at {d}" for d in range(1, 10))),
     r"\b(?:turned|turns|cumpli[oó]|cumple)\s+" + _OLD + r"\b|\b" + _OLD + r"(?:st|nd|rd|th)\s+birthday\b"
     r"|\bcumplea[ñn]os\s+n[uú]mero\s+" + _OLD + r"\b|\b" + _OLD + r"\s+(?:years?\s+young|candles)\b"
     r"|\bat\s+" + _OLD + r",\s|\b" + _OLD + r"\s+(?:a[ñn]os|years\s+old)\b"),
    # Spanish
    (("casa", "alta", "campana"),
     r"\bse\s+(?:fue|va|van|fueron)\s+a\s+casa\b|\b(?:regres[oó]|volvi[oó]|vuelve|regresa)\s+a\s+casa\b"
     r"|\b(?:est[aá]n?)\s+(?:por\s+fin\s+)?en\s+casa\b|\b(?:recibi[oó]|le\s+dieron|dad[oa]\s+de)\s+(?:el\s+)?alta\b"
     r"|\bbienvenid[oa]s?\s+a\s+casa\b|\btoc[oó]\s+la\s+campana\b"),
    (("termin", "complet"),
     r"\b(?:termin[oó]|complet[oó]|al\s+terminar)\s+(?:su|sus)\s+(?:[\w-]+\s+){0,2}?" + _CARE_OBJECT + r"\b"),
    (("venci", "salió", "salio", "caminó", "camino", "dio a luz", "nació", "nacio", "llegó", "llego", "ingresó",
      "ingreso", "pasó", "paso", "diagnosticad", "después de", "despues de", "últimos", "ultimos", "tras su",
      "tras sus", "durante su"),
     r"\bvenci[oó]\b|\bsali[oó]\s+(?:caminando|de\s+(?:la|el|nuestr))|\bcamin[oó]\b|\bdio\s+a\s+luz\b|\bnaci[oó]\b"
     r"|\blleg[oó]\s+(?:a|al)\s+(?:nuestr|la\s+cl|el\s+hosp|urgencias|su\s+(?:cita|chequeo|consulta))|\bingres[oó]\b"
     r"|\bpas[oó]\s+\d+\s+(?:d[ií]as|semanas|meses)\b|\bfue\s+diagnosticad[oa]\b"
     r"|\b(?:despu[eé]s\s+de|tras|durante)\s+(?:su|sus)\s+(?:[\w-]+\s+){0,2}?" + _CARE_CAUSE
     + r"\b|\b[uú]ltimos\s+d[ií]as\b"),
]
# Weak events are milestones or reported words: a story only beside a patient, or a person in a care post.
_WEAK_EVENTS: list[tuple[tuple[str, ...], str]] = [
    (("first time", "primera vez", "clearly"),
     r"\b(?:for\s+the\s+(?:very\s+)?first\s+time|por\s+primera\s+vez)\b"
     r"|\b(?:sees|saw|hears|heard|hear|see)\s+[^.!?\n]{0,40}?(?:first\s+time|clearly)\b"),
    (("back on the", "back at", "back to", "back coaching", "back in the", "back on his", "back on her", "back in his",
      "back in her"),
     r"\bback\s+(?:on|at|in|to)\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w-]+|\bback\s+coaching\b"),
    (("turned", "turns", "cumpli", "cumple", "birthday", "young", "candles", *(f"at {d}" for d in range(1, 10))),
     r"\b(?:turned|turns|cumpli[oó]|cumple)\s+\d{1,3}\b|\b\d{1,3}(?:st|nd|rd|th)\s+birthday\b"
     r"|\bcumplea[ñn]os\s+n[uú]mero\s+\d+|\b\d{1,3}\s+(?:years?\s+young|candles)\b|\bat\s+\d{2,3},\s"),
    (("lost", "losing", "dropped", "went from"),
     r"\b(?:lost|losing|dropped)\s+(?:\d+|\w+)\s+(?:pounds|lbs|kilos|kg|teeth)\b|\bwent\s+from\s+[^.!?\n]{1,40}?\s+to\b"),
    (("finish line", "celebrat", "celebr", "is back", "came back"),
     r"\bcrossed\s+the\s+finish\s+line\b|\bcelebrated\b|\bcelebr[oó]\b|\bis\s+back\b|\bcame\s+back\b"),
    (("finished", "completed", "won", "ran", "climbed", "swam", "hiked", "biked", "danced", "graduated", "rode"),
     r"\b(?:finished|completed|won|ran|climbed|swam|hiked|biked|danced|graduated|rode)\b"),
    (("told us", "tells us", "said", "says", "wrote", "writes", "shared", "shares", "texted", "emailed", "messaged",
      "sent us", "sent me", "nos "),
     r"\b(?:told|tells)\s+us\b|\b(?:said|says|wrote|writes|shared|shares|texted|emailed|messaged)\b"
     r"|\bsent\s+(?:us|me)\b|\bnos\s+(?:dijo|cont[oó]|escribi[oó]|mand[oó]|envi[oó]|pidi[oó])\b"),
]
EVENT_RULES: list[Rule] = [
    *(Rule("strong", anchors, re.compile(pattern, _I), before=45, after=80) for anchors, pattern in _STRONG_EVENTS),
    *(Rule("weak", anchors, re.compile(pattern, _I), before=45, after=50) for anchors, pattern in _WEAK_EVENTS),
]

# --- media, testimonials, and wording that is a story by itself ------------------------------------------
MEDIA = re.compile(
    r"📸|📷|🎥|📹|🎬|🤳"
    r"|\b(?:photos?|pics?|pictures?|videos?|clips?|reels?|footage|selfies?|snapshots?|fotos?|v[ií]deos?|im[aá]genes)\b"
    r"(?!\s+(?:visits?|chats?|chatting|calls?|booth|ID|appointments?|consults?|consultations?|conferenc\w*|"
    r"of\s+your\s+(?:insurance|card|id|license)|visitas?|llamadas?|consultas?))"
    r"|\bswipe\b|\bdesliza\b|\bwatch\s+(?:the\s+moment|as\b|how\b|him\b|her\b|them\b|this\s+\w+\s+|our\b|one\b|a\b|an\b|"
    r"\d|[A-Z][a-z])|\bmir(?:en|e|a)(?:la|lo|los|las)?\s+(?:a\s+|la\s+|el\s+|c[oó]mo\b)|\bm[ií]renl[ao]s?\b"
    r"|\bbefore[\s-]*(?:&|and|\+|/|➡️|➡|→|->|to)?[\s-]*after\b|\bantes\s+y\s+despu[eé]s\b"
    r"|\b(?:see|look\s+at)\s+(?:that|this|those|his|her|their)\s+(?:grin|smile|face|faces|smiles|reaction|new)\b",
    _I,
)
_MEDIA_ANCHORS = (
    "📸", "📷", "🎥", "📹", "🎬", "🤳", "photo", "pic", "video", "vídeo", "clip", "reel", "footage", "selfie",
    "snapshot", "foto", "imagen", "imágen", "swipe", "desliza", "watch", "mir", "before", "antes y", "see ", "look at",
)
STANDALONE = re.compile(
    r"\bpatient\s+(?:spotlight|success\s+stor(?:y|ies)|testimonials?|update|stor(?:y|ies))\b"
    r"|\b(?:patient|graduate|grad|warrior|survivor|fighter|miracle)\s+of\s+the\s+(?:week|month|day|year)\b"
    r"|\bpaciente\s+del\s+mes\b|\btestimonios?\s+de\b"
    r"|\b(?:hear|reviews?|testimonials?)\s+from\s+(?:our\s+|real\s+)?(?:patients|clients|families)\b"
    r"|\bwhat\s+(?:our\s+)?(?:patients|clients|families)\s+(?:are\s+)?say(?:ing)?\b"
    r"|\breview\s+of\s+the\s+(?:week|month|day)\b"
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
    "paciente del mes", "testimonio", "hear from", "review", "testimonial", "what our", "what patients", "note from",
    "message from", "letter from", "card from", "email from", "text from", "words from",
    "what clients", "what families", "happy patient", "happy client", "happy customer", "satisfied", "grateful patient",
    "grateful client", "thrilled patient", "delighted patient", "patients keep", "patients kept", "versary", "bell",
    "look who", "welcome to the world", "al mundo", "⭐", "★", "5-star", "5 star", "five-star", "five star",
)

SCANNER = Scanner(
    [
        # a described person's noun always follows a space: anchoring on " son" skips "reason" and "season"
        Rule("patient", tuple(" " + stem for stem in _PATIENT_ANCHORS), DESCRIBED, before=70, after=25),
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
        Rule("unique", ("the only", "tiniest", "smallest", "oldest", "youngest", "first"), UNIQUE_PERSON,
             before=40, after=70),
        Rule("greeting", _GREETING_ANCHORS, NAMED_GREETING, before=30, after=70),
        *EVENT_RULES,
        Rule("media", _MEDIA_ANCHORS, MEDIA, before=25, after=30),
        Rule("standalone", _STANDALONE_ANCHORS, STANDALONE, before=40, after=60),
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
CARE_PREFIXES = ("diagnos", "transplant", "chemo", "rehab", "injur", "recover", "prosthe", "amputat", "paraly",
                 "pregnan", "prematur", "diagnóstic", "diagnostic", "quimio", "recuper")
CARE_SUFFIXES = ("itis", "oma", "omas", "emia", "osis", "ectomy", "plasty", "otomy", "ostomy", "scopy")
CARE_PHRASES = ("weeks early", "week early", "first steps", "walked again", "walking again", "walk again",
                "feeding tube", "hearing aid", "check-up", "weight loss", "weight-loss")
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
    )
    if cache is not None:
        cache[_CACHE_KEY] = (text, found)
    return found
