"""The patterns of the `consent` check: what makes a post a patient's story, and what states permission.

English and Spanish. They describe how patient stories are written (a testimonial, an outcome, a photo
or video, "Meet <name>" with their care), never particular people.
"""

from __future__ import annotations

import re

from bot.guardrails.disclosure_scan import Rule, Scanner

_NAME_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:['’-][A-Za-záéíóúñü]{2,})?"
NAME = rf"{_NAME_WORD}(?:[ -]{_NAME_WORD})?(?!\w)"
_HONORIFIC = (
    r"(?:(?:\d+[- ](?i:year|month|week|day)s?[- ](?i:old)\s+)?"
    r"(?i:baby|little|lil|sweet|young|brave|grandma|grandpa|abuel[oa]|mr|mrs|ms|miss|beb[ée]|peque[ñn][oa]|don|doña|"
    r"señora?|sra|sr)\.?\s+|\d+[- ](?i:year|month|week|day)s?[- ](?i:old)\s+)"
)

# A greeting or celebration aimed at a named person: the name still has to pass the staff and care tests.
NAMED_TRIGGER = re.compile(
    r"(?i:\b(?:meet|say\s+(?:hi|hello)\s+to|congrats(?:\s+to)?|congratulations(?:\s+to)?|(?:so\s+)?proud\s+of|"
    r"shout[- ]?out\s+to|welcome\s+home|cheers\s+to|hats\s+off\s+to|way\s+to\s+go|kudos\s+to|celebrating|"
    r"happy\s+(?:\d+\w*\s+)?birthday(?:\s+to)?|feliz\s+cumplea[ñn]os|remember|this\s+is|"
    r"conozca\s+a|conozcan\s+a|conoce\s+a|felicidades|felicitaciones|orgullos[oa]s?\s+de|"
    r"bienvenid[oa]\s+a\s+casa))[,!:]?\s+(?:(?i:a|to)\s+)?" + _HONORIFIC + r"?(?P<name>" + NAME + r")"
)
# "our patient Ana", "our NICU graduate Leo", "nuestra paciente Ana": a named patient.
_PATIENT_NOUN = r"(?i:patient|graduate|grad|preemie|warrior|survivor|fighter|paciente|guerrer[oa])"
NAMED_PATIENT = re.compile(
    r"(?i:\b(?:our|my|this|nuestr[oa]|est[ea])\s+(?:former\s+|little\s+|youngest\s+|oldest\s+|brave\s+|sweet\s+|"
    r"pequeñ[oa]\s+|valiente\s+)?(?:[\w-]+\s+)?)" + _PATIENT_NOUN + r",?\s+" + _HONORIFIC + r"?"
    r"(?P<name>" + NAME + r"|[A-Z]\.?(?=[\s,.!]))"
)
NAMED_TRIGGER_ANCHORS = (
    "meet", "say hi", "say hello", "congrat", "proud of", "shout", "welcome home", "cheers to", "hats off",
    "way to go", "kudos", "celebrating", "conozc", "conoce a", "felicidades", "felicitaciones", "orgullos",
    "bienvenid", "birthday", "cumplea", "remember", "this is",
)
_CARE_PLACE = r"(?i:clinic|office|ER|emergency|hospital|unit|practice|pharmacy|NICU|ICU|department|center|centre)"

# A named person in a care story: "that patient was Ana Ruiz", "Ana's story", "Ana came to our ER".
NAMED_STORY_RULES: list[Rule] = [
    Rule("named", ("patient", "grad", "preemie", "warrior", "survivor", "fight", "pacient", "guerrer"), NAMED_PATIENT,
         before=50, after=40),
    Rule("named", ("patient",), re.compile(r"(?i:\bpatient\s+(?:was|is|named|called)\s+)(?P<name>" + NAME + r")\b"),
         before=10, after=50),
    Rule("named", ("\"", "”"),
         re.compile(r"[\"”]\s*[—–-]+\s*" + _HONORIFIC + r"?(?P<name>" + NAME + r"|[A-Z]\.\s?[A-Z]\.)"),
         before=2, after=40),
    Rule("named", ("story", "journey", "recovery", "fight", "battle"),
         re.compile(r"\b(?P<name>" + NAME + r")(?:'s|’s)\s+(?i:story|journey|recovery|fight|battle)\b"),
         before=50, after=20),
    Rule("named", ("first step", "first word"),
         re.compile(r"\b(?P<name>" + NAME + r")(?:'s|’s)\s+(?i:first\s+(?:steps|words))\b"), before=50, after=20),
    Rule("named", ("going home", "went home", "go home", "discharged", "cancer-free", "cancer free", "remission",
                   "off the ventilator"),
         re.compile(r"\b(?P<name>" + NAME + r")\s+(?i:is\s+going\s+home|went\s+home|got\s+to\s+go\s+home|"
                    r"(?:was|is|has\s+been)\s+discharged|is\s+(?:officially\s+)?cancer[- ]free|is\s+in\s+remission|"
                    r"is\s+off\s+the\s+ventilator)\b"), before=50, after=10),
    Rule("named_strong", ("couldn't", "couldn’t", "could not", "could barely", "unable to", "able to"),
         re.compile(r"\b(?P<name>" + NAME + r")\s+(?i:couldn't|couldn’t|could\s+not|could\s+barely|was\s+unable\s+to|"
                    r"wasn't\s+able\s+to|wasn’t\s+able\s+to)\s+(?i:walk|climb|breathe|eat|speak|talk|lift|stand|sit|"
                    r"swallow|sleep|see|hear|move|hold|bend|run|drive|remember|feel)\b"), before=50, after=40),
    Rule("named", ("meet the",),
         re.compile(r"(?i:\bmeet\s+the\s+)(?P<name>" + NAME + r")\s+(?i:family|twins|triplets|kids|crew)\b"),
         before=5, after=50),
    Rule("named", ("came", "arrived", "rushed", "brought", "admitted"),
         re.compile(r"\b(?P<name>" + NAME + r")(?:,[^,.!?\n]{1,80},)?\s+(?i:came|arrived|was\s+rushed|was\s+brought|"
                    r"was\s+admitted)\s+(?i:to|into)\s+(?i:our|the)\s+(?:[\w-]+\s+){0,2}?" + _CARE_PLACE + r"\b"),
         before=130, after=60),
    Rule("named", ("diagnosed",), re.compile(r"(?i:\bwhen\s+)(?P<name>" + NAME + r")\s+(?i:was\s+diagnosed)\b"),
         before=50, after=10),
    Rule("named", ("historia",), re.compile(r"(?i:\bla\s+historia\s+de\s+)(?P<name>" + NAME + r")\b"),
         before=5, after=50),
    Rule("named", ("swipe",),
         re.compile(r"(?i:\bswipe\s+(?:to\s+see|for)\s+)(?P<name>" + NAME + r")(?:'s|’s)"), before=5, after=60),
    Rule("named", ("patient of ours",),
         re.compile(r"(?i:\bpatient\s+of\s+ours,?\s+)" + _HONORIFIC + r"?(?P<name>" + NAME + r")"), before=5, after=40),
    Rule("named", ("photo", "pic", "video", "snapshot", "foto"),
         re.compile(r"\b(?i:photos?|pics?|pictures?|videos?|snapshots?|fotos?)\s+(?i:of|from|de)\s+"
                    r"(?P<name>" + NAME + r")(?:'s|’s)"),
         before=5, after=60),
]

_STORY_RULES: list[tuple[tuple[str, ...], str, int, int]] = [
    # a testimonial: "One of our patients told us", "patients keep telling us", "another happy patient"
    (("patient", "client", "customer"),
     r"\b(?:one\s+of\s+our|a|our|this|another|one)\s+(?:[\w-]+\s+){0,3}?(?:patient|client|customer)s?\s+"
     r"(?:just\s+|recently\s+|once\s+)?(?:told|tells|said|says|wrote|writes|shared|shares|texted|emailed|messaged|"
     r"described|left\s+us|sent\s+us)\b"
     r"|\bpatients?\s+(?:keep|kept)\s+(?:calling|telling|saying|raving)\b"
     r"|\bwhat\s+our\s+patients\s+(?:are\s+)?say(?:ing)?\b"

     r"|\b(?:another|a|one\s+more|our|this|one)\s+(?:very\s+|super\s+)?(?:happy|satisfied|grateful|thrilled|"
     r"delighted)\s+(?:patient|client|customer)s?\b", 60, 40),
    # "the mom who told us"
    (("who told", "who wrote", "who said", "who shared", "who tells", "who sent"),
     r"\b(?:the|a|one|this)\s+(?:[\w-]+\s+)?(?:mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|wife|"
     r"husband|daughter|son|man|woman|lady|gentleman|teen|teenager|girl|boy|kiddo|veteran|family|parent|caregiver)"
     r"\s+who\s+(?:told|wrote|said|shared|tells|sent)\s+us\b", 40, 20),
    # an outcome: "our patient finished her last session", "our 80-year-old patient walked out"
    (("patient", "little one", "preemie", "nicu", "warrior", "fight", "recipient", "survivor"),
     r"\b(?:our|one\s+of\s+our|this|a|an)\s+(?:[\w-]+\s+){0,3}?(?:patient|little\s+one|preemie|NICU\s+(?:grad|"
     r"graduate|baby)|warrior|fighter|recipient|survivor)\s+(?:(?:who\s+)?(?:just|finally|officially|proudly)\s+)?(?:finished|completed|"
     r"graduated|rang|beat|walked|ran|danced|went\s+home|headed\s+home|is\s+heading\s+home|was\s+discharged|"
     r"got\s+to\s+go\s+home|celebrated|returned|is\s+back|came\s+back|took\s+(?:his|her|their)\s+first|lost|ditched|"
     r"threw|reached|shimmied|stood|climbed|rode|left|got|earned|received|won|hit|made|shared|is\s+now|"
     r"is\s+finally)\b", 60, 50),
    # "one of our NICU babies", "our patient's daughter": a specific patient
    (("one of our", "patient's", "patient’s", "patients'"),
     r"\bone\s+of\s+our\s+(?:[\w-]+\s+){0,2}?(?:patients|babies|preemies|little\s+ones|kiddos|moms|families)\b"
     r"|\bour\s+patient(?:'s|’s)\s+(?:[\w-]+\s+)?(?:daughter|son|wife|husband|mom|mother|dad|father|family|parents|"
     r"grandchildren|granddaughter|grandson|sister|brother)\b", 5, 60),
    (("sent us", "shared us", "emailed us", "texted us", "shared with us"),
     r"\b(?:sent|emailed|texted|shared\s+with)\s+us\s+(?:this|these|a)\s+(?:sweet\s+|great\s+|amazing\s+|lovely\s+)?"
     r"(?:photos?|pics?|pictures?|videos?|selfies?|update)\b", 40, 40),
    # a described person's outcome: "this brave girl was diagnosed ...", "look who's back"
    (("girl", "boy", "bab", "man", "guy", "gal", "lady", "gentleman", "kid", "mama", "mom", "dad", "grandpa",
      "grandma", "teen", "champ", "cutie", "superstar", "trooper", "twins"),
     r"\b(?:this|our|these)\s+(?:(?:sweet|brave|little|tiny|amazing|strong|young|incredible|beautiful|special|lovely|"
     r"awesome)\s+)?(?:girl|boy|babies|baby|man|woman|guy|gal|lady|gentleman|kiddo|kid|mama|mom|dad|grandpa|grandma|"
     r"teen|champ|cutie|superstar|trooper|twins)\s+(?:was\s+diagnosed|came\s+(?:in|to)|arrived|was\s+born|"
     r"spent\s+\d+|beat|finished|completed|rang|walked|went\s+home|is\s+going\s+home|celebrated|survived|"
     r"just\s+(?:finished|completed|rang|walked|celebrated|graduated|took))\b", 60, 90),
    (("here's what", "here’s what", "here is what"),
     r"\bhere(?:'s|’s|\s+is)\s+what\s+(?:our\s+)?(?:patients?|they|she|he)\s+(?:said|had\s+to\s+say|told\s+us)\b",
     5, 50),
    (("look who",), r"\blook\s+who(?:'s|’s|\s+is)\s+(?:back|home|walking|running|standing|up|going\s+home)\b", 5, 30),
    (("patient spotlight", "patient success", "patient testimonial", "patient update", "patient of the",
      "testimonio"),
     r"\bpatient\s+(?:spotlight|success\s+stor(?:y|ies)|testimonial|update|of\s+the\s+(?:week|month|day|year))\b"
     r"|\btestimonio\s+de\b", 5, 40),
    (("⭐", "★", "5-star", "5 star", "five-star", "five star"),
     r"(?:⭐\ufe0f?\s?){4,5}\s*[\"“]|★{4,5}\s*[\"“]|\b(?:5|five)[- ]star\s+review\s+from\b", 5, 40),
    (("bell",), r"\b(?:rang|rings|ringing|ring)\s+the\s+(?:chemo|cancer|victory|radiation|treatment|last|"
     r"end-of-treatment|celebration)?\s*bell\b(?=[^.!?\n]{0,60}\b(?:chemo\w*|radiation|treatment|cancer|"
     r"infusion|therapy)\b)|\brang\s+the\s+(?:[\w-]+\s+)?bell\b", 30, 70),
    (("versary",), r"\b\w+-?i?versary\b(?<!anniversary)", 20, 10),
    # a photo or video of patients
    (("photo", "pic", "video", "snapshot", "footage", "clip", "selfie"),
     r"\b(?:photos?|pics?|pictures?|snapshots?|videos?|footage|clips?|selfies?)\s+(?:of|from|with)\s+"
     r"(?:one\s+of\s+)?(?:our|these|this|the|a)?\s*(?:[\w'-]+\s+){0,3}?(?:patients?|little\s+ones|preemies|"
     r"NICU\s+(?:grads|graduates|babies|families))\b", 5, 70),
    (("photo", "pic", "video", "snapshot"),
     r"\b(?:photos?|pics?|pictures?|snapshots?|videos?)\s+(?:of|from)\s+[^.!?\n]{0,40}?\b(?:reunion|party|celebration|"
     r"graduation|parade|visit|picnic|day|event|gala|prom)\b[^\n]{0,100}?\b(?:our|former)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:patients|preemies|little\s+ones|NICU\s+(?:grads|graduates|babies|families))\b", 5, 200),
    (("watch",), r"\bwatch\s+(?:as\s+)?(?:one\s+of\s+)?(?:our|this|a)\s+(?:[\w-]+\s+){0,3}?patients?\b", 5, 70),
    (("smiles", "faces"),
     r"\b(?:smiles|faces)\s+(?:from|of|on)\s+(?:all\s+)?(?:our|these|the)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:patients|little\s+ones)\b", 5, 60),
    (("before",),
     r"\bbefore[\s-]*(?:and|&|/|\+)[\s-]*after\s+(?:photos?|pics?|pictures?|shots?|results?|images?|smiles?)\b", 5, 40),
    (("swipe",), r"\bswipe\s+(?:to\s+see|for)\s+(?:the\s+|(?:his|her|their)\s+)?(?:before|results|transformation)\b",
     5, 40),
    # Spanish
    (("pacient",),
     r"\buno\s+de\s+nuestros\s+pacientes\s+(?:nos\s+)?(?:dijo|cont[oó]|escribi[oó]|comparti[oó])\b"
     r"|\bun[a]?\s+paciente\s+nos\s+(?:dijo|cont[oó]|escribi[oó])\b"
     r"|\botr[oa]\s+paciente\s+(?:feliz|satisfech[oa])\b|\bpacientes?\s+(?:felices|satisfech[oa]s)\b"
     r"|\b(?:nuestr[oa]|un[oa]?|est[ea])\s+(?:pequeñ[oa]\s+)?paciente\s+(?:de\s+\d+\s+años\s+)?(?:termin[oó]|"
     r"complet[oó]|camin[oó]|venci[oó]|sali[oó]|regres[oó]|celebr[oó]|se\s+fue\s+a\s+casa|toc[oó]\s+la\s+campana)\b"
     r"|\b(?:fotos?|im[aá]genes|v[ií]deos?)\s+(?:de|con)\s+(?:uno\s+de\s+|una\s+de\s+)?(?:nuestr[oa]s\s+)?"
     r"(?:[\w-]+\s+){0,2}?pacientes?\b"
     r"|\b(?:sonrisas|caritas)\s+de\s+(?:tod[oa]s\s+)?nuestr[oa]s\s+(?:[\w-]+\s+){0,2}?pacientes\b", 60, 50),
    (("guerrer", "bebé", "bebe", "niñ", "campe", "pequeñ", "valiente"),
     r"\b(?:est[ea]|nuestr[oa])\s+(?:pequeñ[oa]\s+|valiente\s+|querid[oa]\s+)?(?:guerrer[oa]|beb[ée]|niñ[oa]|"
     r"campe[oó]n(?:a)?|pequeñ[oa]|paciente)\s+(?:pas[oó]|termin[oó]|complet[oó]|sali[oó]|venci[oó]|celebr[oó]|"
     r"cumpli[oó]|camin[oó]|regres[oó]|se\s+va\s+a\s+casa|se\s+fue\s+a\s+casa|ya\s+camina|toc[oó])\b", 40, 60),
    (("antes y", "campana"), r"\bantes\s+y\s+despu[eé]s\b|\btoc[oó]\s+la\s+campana\b", 10, 20),
]
STORY_RULES: list[Rule] = [
    Rule("story", anchors, re.compile(pattern, re.IGNORECASE), before=before, after=after)
    for anchors, pattern, before, after in _STORY_RULES
]
STORIES = Scanner(
    [*STORY_RULES, Rule("named_trigger", NAMED_TRIGGER_ANCHORS, NAMED_TRIGGER, before=0, after=70), *NAMED_STORY_RULES]
)

# A quoted first-person account ("I came in with chest pain ...") attributed to or thanked by name: a testimonial.
# Unattributed quotes are often myths ("I feel fine, so I don't need a checkup"), so they do not count.
FIRST_PERSON_QUOTE = re.compile(r"[\"“](?=[^\"”\n]{0,300}?\b(?:I|I'm|I’m|I've|I’ve|my|me)\b)[^\"”\n]{12,300}[\"”]")
QUOTE_ATTRIBUTION_AFTER = re.compile(
    r"[\s,.!]*(?:[—–-]+\s*|(?i:said|says|shares|shared|wrote|writes|told\s+us|tells\s+us)\s+)" + _HONORIFIC + r"?"
    r"(?P<name>" + NAME + r")"
    r"|[^\n]{0,120}?\b(?i:thank\s+you|thanks|gracias),?\s+" + _HONORIFIC + r"?(?P<thanked>" + NAME + r")"
)
QUOTE_ATTRIBUTION_BEFORE = re.compile(
    r"\b(?P<name>" + NAME + r")\s+(?i:said|says|told\s+us|tells\s+us|wrote|shared|nos\s+dijo|dijo)[:,]?\s*$"
)

# Patient care words that turn "Meet Ana" or "Congrats to Ana" into a patient's story.
CARE = re.compile(
    r"\b(?:patients?|diagnos\w*|surgery|surgical|surgeries|procedure|transplant\w*|donor|kidney|heart|lungs?|cancer|"
    r"chemo\w*|radiation|tumou?r|rehab\w*|therapy|therapies|treatment|treated|discharged?|admitted|hospitali[sz]ed|"
    r"ICU|NICU|ER|emergency|oxygen|CPAP|disease|condition|syndrome|disorder|injur\w*|stroke|fracture|broken|"
    r"recover\w*|remission|premature|preemie|weeks?\s+early|born\s+at|ounces|lbs|pounds|ventilator|dialysis|"
    r"pneumonia|infection|sepsis|symptoms?|depression|anxiety|diabetes|insulin|prosthe\w*|amputat\w*|wheelchair|"
    r"crutches|first\s+steps|walk(?:ed|ing)?\s+again|sessions?|survivor|survived|cured|healed|healing|"
    r"\w+(?:itis|omas?|emia|osis|ectomy|plasty|otomy|ostomy|scopy)|leuka?emia|asthma|epilepsy|seizures?|COPD|"
    r"autism|apnea|coma|cardiac|bypass|replacement|paraly\w+|concussion|burns?|trauma|birth|born|labor|"
    r"delivery|pregnan\w+|weeks|ounces|grams|feeding\s+tube|trach|transfusion|"
    r"leucemia|asma|epilepsia|convulsiones|infarto|derrame|parto|prematur\w+|semanas|UCI|UCIN|quir[oó]fano|"
    r"paciente|terapia|cirug[ií]a|tratamiento|diagn[oó]stic\w*|enfermedad|rehabilitaci[oó]n|hospitalizad[oa]|"
    r"quimio\w*|c[aá]ncer|trasplante|recuper\w*|sesi[oó]n|sesiones)\b",
    re.IGNORECASE,
)

_ROLE = (
    r"(?:nurse|doctor|physician|surgeon|therapist|pharmacist|tech|technician|hygienist|dentist|assistant|coordinator|"
    r"manager|director|educator|volunteer|receptionist|chaplain|scheduler|specialist|provider|midwife|paramedic|EMT|"
    r"sonographer|phlebotomist|dietitian|nutritionist|social\s+worker|scribe|housekeeper|custodian|chef|cook|engineer|"
    r"security\s+officer|interpreter|navigator|member|employee|colleague|resident|fellow|intern|student|founder|CEO|"
    r"president|dog|pup|puppy|cat|mascot|"
    r"enfermer[oa]|doctor[a]?|m[eé]dic[oa]|terapeuta|farmac[eé]utic[oa]|educador[a]?|voluntari[oa])s?"
)
# Words right after a name that show a staff member, a clinician, an organisation or a pet, not a patient.
NOT_PATIENT_AFTER_NAME = re.compile(
    r"\s*,?\s*(?:(?:MD|DO|RN|BSN|MSN|NP|FNP|APRN|PA|PA-C|PharmD|RPh|DPT|OTR|SLP|CCC|DDS|DMD|RDH|CNA|LPN|LVN|CRNA|"
    r"CNM|DNP|PhD|MBA|MPH|FACC|FACS|CWS|CDE|CDCES|RD|LCSW|EMT|CM)\b"
    r"|(?i:our|the|nuestr[oa])\s+(?i:new\s+|newest\s+|own\s+|amazing\s+|wonderful\s+|beloved\s+|nueva?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?i:" + _ROLE + r")"
    r"|in\s+(?!(?i:room|bed|suite|habitaci[oó]n|cama)\b)(?:[A-Z][\w&-]*\s*){1,3}(?=[\s,.!])"
    r"|(?i:of|from)\s+(?:our\s+)?(?:[A-Z][\w&-]*\s+){0,3}?(?i:services|department|team|office|unit|staff|lab)\b"
    r"|(?i:clinic|hospital|medical|center|centre|health|healthcare|pharmacy|dental|foundation|association|society|"
    r"university|college|school|club|department|unit|services|group|pediatrics|regional|county|team|family\s+clinic|"
    r"PT|physical\s+therapy|dermatology|cardiology|orthopedics|urgent\s+care|inc|llc)\b"
    r"|(?i:who|on|for)\s+(?:(?i:his|her|their|being)\s+)?(?i:joins|joined|is\s+joining|has\s+(?:worked|served)|"
    r"retire\w*|promotion|new\s+role|years\s+(?:at|with|of))"
    r")"
)
# Staff said of a name in the sentences after it: "Meet Ana! She's a labor and delivery nurse ..."
STAFF_AFTER_NAME = re.compile(
    r"\b(?:she|he|they)(?:'s|’s|\s+is|\s+are|\s+has\s+been|\s+was|\s+became)\s+(?:a|an|our|the|one\s+of\s+our)\s+"
    r"(?:[\w-]+\s+){0,4}?" + _ROLE + r"\b"
    r"|\b(?:she|he|they|who)\s+(?:now\s+|also\s+|still\s+)?(?:works|worked|has\s+worked|have\s+worked|leads|led|"
    r"manages|joined|joins|trains|trained|teaches|precepts|volunteers|has\s+volunteered|serves|has\s+served)\s+"
    r"(?:in|on|at|as|with|our|for|the|here)\b"
    r"|\b(?:years?|decades?)\s+(?:at|with|on\s+our|of\s+service|in\s+our)\b"
    r"|\b(?:es|fue)\s+(?:un[oa]?|nuestr[oa])\s+(?:[\w-]+\s+){0,3}?" + _ROLE + r"\b|\btrabaja\s+(?:en|con|como)\b",
    re.IGNORECASE,
)
STAFF_AFTER_WINDOW = 160

# Whole-post signs of a staff feature, an award or a hiring post.
STAFF_POST = re.compile(
    r"\bstaff\s+spotlight\b|\bemployee\s+(?:of|spotlight)\b|\bteam\s+member\s+spotlight\b|\bof\s+the\s+(?:month|"
    r"year|quarter)\b|\bnew\s+hire\b|\byears?\s+of\s+service\b|\bwork\s+anniversary\b|\bnow\s+hiring\b|"
    r"\bjoin(?:s|ed|ing)?\s+(?:our|the)\s+(?:\w+\s+)?team\b|\bwelcome\s+(?:to\s+the\s+team|dr\.?|our\s+new)\b|"
    r"\bretire(?:s|ment)\b|\bretiring\b|\bawards?\b|\bnurses?\s+week\b|\bse\s+une\s+a\s+nuestro\s+equipo\b",
    re.IGNORECASE,
)
# Words that look like a name at the start of a sentence but are not one.
NOT_A_NAME = frozenset(
    [
        "our", "the", "this", "that", "these", "those", "team", "dr", "doctor", "nurse", "everyone", "all", "staff",
        "day", "week", "month", "you", "we", "us", "them", "everybody", "class", "graduates", "graduate", "st", "saint",
        "national", "world", "international", "happy", "new", "free", "good", "great", "big", "little", "baby",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "spring", "summer",
        "fall", "autumn", "winter", "nuestro", "nuestra", "nuestros", "nuestras", "todos", "equipo", "el", "la",
        "los", "las", "mis", "own", "every", "each", "another", "one", "two", "three", "first", "last", "today",
        "tonight", "she", "he", "they", "it", "i", "her", "his", "their", "ella", "él", "ellos", "usted",
    ]
)

# Statements that the patient (or family) gave permission.
PERMISSION = re.compile(
    r"\bpermission\b|\bpermiso\b|\bconsent(?:ed|s)?\b|\bconsentimiento\b|\bblessing\b|\bbendici[oó]n\b"
    r"|\bagreed\s+to\s+(?:share|let|be\s+(?:featured|photographed|filmed|interviewed)|tell)\b"
    r"|\b(?:asked|wanted)\s+(?:us\s+)?to\s+share\b|\b(?:gave|given|give|gives|granted)\s+(?:us\s+)?(?:the\s+)?"
    r"(?:ok|okay|go-ahead|green\s+light)\b|\bshared\s+with\s+(?:(?:his|her|their)\s+)?(?:ok|okay|approval)\b"
    r"|\bwith\s+(?:(?:his|her|their|the\s+(?:family|patient|parents)(?:'s|’s)?|[a-z]+(?:'s|’s))\s+)?"
    r"(?:full\s+|written\s+|kind\s+)?(?:ok|okay|approval)\b"
    r"|\b(?:letting|let|allowing|allowed)\s+us\s+(?:to\s+)?(?:share|post|feature|tell|use)\b"
    r"|\b(?:said|says|agreed)\s+(?:that\s+)?we\s+(?:could|can|may)\s+(?:share|post)\b|\bhappy\s+for\s+us\s+to\s+"
    r"(?:share|post)\b|\b(?:media|photo|video|patient)\s+release\b|\brelease\s+form\b|\bsigned\s+a\s+release\b"
    r"|\bautoriz(?:ó|aron|ación|ado|ada)\b|\bacept[oó]\s+compartir\b|\bnos\s+(?:permiti[oó]|dio\s+permiso)\b",
    re.IGNORECASE,
)
NEGATION_BEFORE = re.compile(r"\b(?:without|no|not|never|sin|nunca)\b[^.!?\n]{0,20}$", re.IGNORECASE)
