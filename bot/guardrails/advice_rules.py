"""The `advice` check's patterns, English and Spanish.

Two kinds of advice block a post:
- individual: a diagnosis, a dose change or "skip the MRI" said in public to one person
  (a reply to @someone, "Loretta, ...", "Señora Paredes, ...", "as your PT", "your INR came back ...");
- public medication changes: telling everyone to stop, taper, skip or swap a prescribed medicine.
"""

from __future__ import annotations

import re

from bot.guardrails.advice_lexicon import DOSE_FRACTION, DOSE_UNIT, DRUG, FREQUENCY, MEDICAL_WORD, MEDICINE
from bot.guardrails.claim_text import Dual

_FLAGS = re.I
_GAP = r"[^.!?\n]{0,40}?"
_CLINICIAN = (
    r"(?:doctors?|providers?|prescribers?|pharmacists?|clinicians?|physicians?|care team|nurses?|dentists?|specialists?"
    r"|cardiologists?|pediatricians?|médic[oa]s?|doctor(?:es|as?)?|farmacéutic[oa]s?|proveedor(?:es)?|enfermer[oa]s?)"
)

# --- Who the post speaks to --------------------------------------------------------------------------
AUDIENCE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "parents friends folks everyone everybody team colleagues patients neighbors neighbours seniors families"
        " students ladies gentlemen moms mums dads athletes runners reminder note tip update alert news hey today"
        " tonight attention psa fyi wow congrats congratulations thanks yes no ok okay hello hi hola important new"
        " breaking summer winter spring fall autumn heads caregivers teachers nurses doctors clinicians providers"
        " pharmacists dentists readers followers all y'all amigos familias padres pacientes vecinos"
        " atención recordatorio aviso hoy mamás papás",
    )
)
ADDRESSEE_HANDLE = re.compile(r"^\W{0,3}@[\w.]+|^[^\n]{0,80}?(?<![\w@])@[A-Za-z0-9_][\w.]*[A-Za-z0-9_]")
ADDRESSEE_TITLE = re.compile(
    r"^\W{0,3}(?:(?:hi|hello|hey|dear|hola|estimad[oa]|querid[oa])[,!]?\s+@?[A-ZÁÉÍÓÚÑ][\w'-]+"
    r"|(?:mr|mrs|ms|miss|mx|sr|sra|srta|señor|señora|señorita|don|doña)\.?\s+[A-ZÁÉÍÓÚÑ][\w'-]+)",
    re.I,
)
# "To the mom who messaged us ...", "Para la señora que nos preguntó ...": a reply to one person, unnamed.
# "Q: my son has ... A: ...", "A reader asks ...", "Ask the pharmacist": one person's question answered in public.
ADDRESSEE_QUESTION_LINE = re.compile(r"^\W{0,3}(?:q|p|pregunta)\s*[:.]", re.I | re.M)
# Each alternative opens with an uncommon word (the anchored scan tries it only there); a look-behind keeps the
# words before it ("from your photo", "you mentioned") without making "you", "the" or "que" anchors.
_QUESTION_WORDS = (
    r"\bquestion\s+from\b|\b(?:reader|follower|patient|mom|dad|parent|viewer|listener)s?\s+(?:asks|asked|wrote|writes"
    r"|messaged|dm'?d|sent)\b|(?<=\byou\s)asked\b|\bask\s+(?:the|a|our)\s+(?:nurse|doctor|pharmacist|dentist|midwife"
    r"|dr\.?)\b|\bdm\s+of\s+the\s+(?:day|week)\b|\b(?:seguidora?|lectora?|paciente|mamá|papá)\s+(?:nos\s+)?(?:pregunta"
    r"|preguntó|escribió|escribe)\b"
)
# "Sorry to hear about your knee!", "Thanks for reaching out": the openings of a reply to one person.
ADDRESSEE_REPLY = re.compile(
    r"^\W{0,3}(?:(?:so\s+|very\s+|really\s+)?sorry\s+(?:to\s+hear|you(?:'re|\s+are)|about\s+your|for\s+your)|oh\s+no\b"
    r"|(?:in\s+)?reply(?:ing)?\s+to\b|respondiendo\s+a\b|en\s+respuesta\s+a\b"
    r"|thanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:reaching\s+out|your\s+(?:question|message|comment|dm)|asking"
    r"|writing)|(?:great|good|excellent)\s+question|hi\s+there|hey\s+there|hello\s+there|lo\s+sentimos|lamentamos"
    r"|gracias\s+por\s+(?:escribir|su\s+pregunta|tu\s+pregunta|preguntar|su\s+mensaje|tu\s+mensaje)|buena\s+pregunta"
    r"|qué\s+pena)",
    re.I,
)
# '"My toddler has a 102 fever, what do I do?" Give her ...', "Your son's rash sounds like eczema", "To Dana: ...":
# a question quoted and answered, a specific person's body described, a note headed with a name.
ADDRESSEE_SPECIFIC = re.compile(
    r"^\W{0,3}[\"“](?:my|i|i'm|i've|is\s+it|can\s+i|should\s+i|do\s+i|mi|tengo|¿)\b"
    r"|^\W{0,3}(?:your|tu|su)\s+(?:\w+\s+)?(?:son|daughter|baby|toddler|kid|child|husband|wife|partner|mom|dad|mother"
    r"|father|knee|back|shoulder|ankle|rash|cough|fever|mole|lump|symptoms|results|labs|hijo|hija|bebé|esposo|esposa"
    r"|rodilla|espalda|tos|fiebre)(?:'s)?\s+(?:[\w'-]+\s+){0,5}?(?:is|are|sounds?|looks?|seems?|came|es|parece|suena)\b"
    r"|^\W{0,3}(?:to|for|para|re)\s+@?[A-ZÁÉÍÓÚÑ][\w'-]+\s*[:—–-]",
    re.I,
)
# Words only a reply to one person uses, wherever they sit: "you mentioned", "the photo you sent", "feel better soon".
_REPLY_MARKERS = (
    r"(?<=\byou\s)(?:mentioned|described|said|wrote|told\s+us|sent\s+us)\b"
    r"|\bbased\s+on\s+(?:your|the)\s+(?:photos?|pictures?|pics?|description|message|comment|dm)\b"
    r"|(?<=\bfrom\syour\s)(?:photos?|pictures?|pics?|description|message|comment|dm)\b"
    r"|(?<=\bfrom\sthe\s)(?:photos?|pictures?|pics?|description)\b"
    r"|(?:photos?|pictures?|pics?)\s+you\s+sent\b|(?<=\bfeel\s)better\s+soon\b|(?<=\bget\s)well\s+soon\b"
    r"|\bhope\s+(?:you|she|he|they|your\s+\w+)\s+(?:feels?|is|are)\s+(?:feeling\s+)?better\b"
    r"|(?<=\bque\sse\s)mejore\b|\bmejórate\s+pronto\b|(?<=\blo\sque\s)(?:cuenta|describe|dice)\b"
    r"|(?<=\bque\snos\s)(?:cuenta|describe|dice)\b"
)
# Reader questions and reply words, found anywhere in the post: one anchored scan for both.
ADDRESSEE_ANYWHERE = Dual(_QUESTION_WORDS + "|" + _REPLY_MARKERS)
ADDRESSEE_DESCRIBED = re.compile(
    r"^\W{0,3}(?:to|for|@?re:?)\s+(?:the|our|that)\s+(?:\w+\s+){0,2}?(?:mom|mum|mother|dad|father|parent|person|lady"
    r"|gentleman|woman|man|guy|patient|commenter|follower|reader|friend|grandma|grandpa|caregiver|someone|one)\s+who\b"
    r"|^\W{0,3}(?:para|a)\s+(?:la|el|nuestr[oa])\s+(?:\w+\s+)?(?:señora|señor|mamá|papá|madre|padre|persona|seguidor[a]?"
    r"|paciente|abuel[oa]|amig[oa]|joven|muchach[oa])\s+que\b|^\W{0,3}para\s+quien\b",
    re.I,
)
ADDRESSEE_NAME = re.compile(r"^\W{0,3}([A-ZÁÉÍÓÚÑ][a-záéíóúñ'-]+)(?:\s[A-ZÁÉÍÓÚÑ][a-záéíóúñ'-]+)?\s*,")
# "Great question, Jen!", "So sorry you're dealing with this, Mike.": a given name closing the opening sentence.
ADDRESSEE_NAME_LAST = re.compile(r"^[^\n.!?]{0,70}?,\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ'-]+)\s*[!.,]")
PERSONAL_DATA = Dual(
    r"\bas\s+your\s+(?:pt|physical therapist|doctor|physician|pharmacist|nurse|dentist|provider|surgeon|therapist"
    r"|clinician|np|pa)\b|\byour\s+(?:\w+\s+)?(?:inr|a1c|glucose|blood sugar|labs?|lab results|test results|results"
    r"|scan|mri|x-?ray|biopsy|levels?|numbers|ekg|ecg|blood work|bloodwork|culture)\s+(?:came\s+back|is|are|was"
    r"|were|showed?|shows)\b|\bsu\s+(?:glucosa|azúcar|presión|inr|resultado|análisis|nivel|a1c)\s+(?:estaba|está"
    r"|salió|es|fue)\b"
)

# --- Individual advice ----------------------------------------------------------------------------------
DOSE_CHANGE = Dual(
    r"\b(?:take|cut|reduce|lower|increase|raise|up|bump|double|halve|hold|skip|stop|drop|switch|start|add|decrease"
    r"|give|giving|use|apply|try|keep\s+taking|continue|alternate|put|rub|go\s+back\s+to|get)"
    rf"\b{_GAP}(?:{DOSE_UNIT}|{DOSE_FRACTION}|{FREQUENCY}|(?:your|the|tonight'?s|today'?s|tomorrow'?s|that)"
    rf"\s+(?:\w+\s+)?dose|{DRUG}\b)"
    r"|\b(?:póngase|ponga|póngale|ponle|tome|tómese|toma|tómate|aplíquese|aplique|aplícale|inyéctese|deje|suspenda"
    r"|baje|suba|aumente|reduzca|duplique|salte|omita|cambie|dele|denle|dale|dales|déle|use|usa|úsela|alterne|alterna"
    rf"|siga|sigue)\b{_GAP}(?:{DOSE_UNIT}|{DOSE_FRACTION}|{FREQUENCY}|{DRUG}\b|medicamentos?\b|dosis\b)"
)
DIAGNOSIS = Dual(
    rf"\b(?:sounds?|looks?|seems?)\s+like\s+(?:(?:you(?:'ve|\s+have)|your|it'?s|it\s+is|an?)\s+)?{_GAP}\b"
    rf"(?:{MEDICAL_WORD}|dose|dosage|strain|sprain|tear|fracture)\b"
    rf"|\b(?:your|the)\s+(?:\w+\s+)?\w+\s+(?:is|are)\s+(?:probably|likely|definitely|just|almost\s+certainly|classic"
    rf"|textbook|a\s+classic|typical)\s+(?:an?\s+)?(?:\w+\s+){{0,2}}(?:{MEDICAL_WORD}|strain|sprain|infection|virus|tear"
    rf"|fracture|syndrome)\b"
    r"|\byou(?:'re|\s+are)\s+(?:probably\s+|definitely\s+|clearly\s+)?(?:pre-?diabetic|diabetic|anemic|dehydrated"
    r"|hypothyroid|allergic\s+to|lactose\s+intolerant|\w+\s+deficient|deficient)\b"
    rf"|\byou(?:'ve|\s+have)\s+(?:got\s+)?(?:an?\s+)?(?:\w+\s+)?(?:{MEDICAL_WORD}|strain|sprain|infection|tear|fracture)\b"
    r"|\byour\s+(?:\w+\s+){0,2}(?:dose|dosage|levels?|inr|a1c|glucose|sugar|pressure|thyroid|numbers|heart rate)"
    r"\s+(?:is|are|was|seems?|looks?|came\s+back)\s+(?:\w+\s+)?(?:too\s+)?(?:high|low|fine|normal|elevated|off)\b"
    r"|\b(?:your|the)\s+(?:\w+\s+){0,2}(?:is|are)\s+(?:totally\s+|perfectly\s+)?fine\s+to\s+\w+"
    r"|\byou\s+(?:probably|definitely|likely|clearly|almost certainly)\s+have\b"
    rf"|\byour\s+(?:\w+\s+)?(?:pain|rash|cough|symptoms?|headaches?|swelling|spot|lump|knee|back|shoulder|hip|ankle"
    rf"|wrist|stomach|throat|ear|eye|skin)\s+(?:pain\s+)?(?:is|are)\s+(?:an?\s+)?(?:\w+\s+)?(?:\w+(?:itis|osis|algia)"
    rf"|arthritis|tendinitis|sciatica|a\s+sprain|a\s+strain|an?\s+infection|eczema|psoriasis|shingles|gout|reflux"
    rf"|allerg\w+|a\s+migraine|migraines)\b"
    rf"|\b(?:that'?s|it'?s|this\s+is)\s+(?:probably|definitely|likely|almost certainly|just)\s+(?:just\s+)?(?:an?\s+)?"
    rf"(?:\w+\s+)?(?:{MEDICAL_WORD}|strain|sprain|infection|virus|tear|fracture)\b"
    r"|\b(?:usted\s+)?(?:probablemente|seguramente)\s+tiene\b|\bparece\s+que\s+(?:usted\s+)?tiene\b"
    r"|\bes\s+(?:solo|sólo|solamente|probablemente|seguramente|claramente)\s+(?:un|una)\s+\w+"
    r"|\b(?:(?:from|based\s+on)\s+what\s+(?:you(?:'ve)?|you\s+have)\s+(?:describe[ds]?|told\s+us|said|shared)"
    r"|(?:por|según)\s+lo\s+que\s+(?:me\s+|nos\s+)?(?:describe|describes|cuenta|cuentas|dice|dices|comenta)),?\s+"
    r"(?:\w+\s+){0,6}?(?:it'?s|that'?s|this\s+is|you(?:'ve|\s+have|'re|\s+are)|(?:is|are)\s+(?:just|probably|likely)"
    r"|es|tiene|parece|sounds|looks)\s+(?!best|important|a\s+good\s+idea|worth|better|mejor|importante)"
    r"|\b(?:your|that|this|the)\s+(?:[\w-]+\s+){1,5}?(?:is|are)\s+(?:just|probably|likely|definitely|almost\s+certainly"
    r"|most\s+likely)\s+(?:an?\s+)?(?:\w+\s+)?(?:\w+(?:wax|itis|osis|emia|algia)|infection|allerg\w+|virus|strain"
    r"|sprain|bug|reflux|dehydration|stress|anxiety|a\s+cold|the\s+flu|nothing)\b"
)
# "that mole looks benign": the regex starts at the verb; LOOKS_BENIGN_LEAD must end the text just before it.
LOOKS_BENIGN = Dual(
    r"\s(?:looks?|seems?|sounds?|is|are)\s+(?:totally\s+|completely\s+|perfectly\s+)?(?:benign|harmless|normal|fine"
    r"|healthy|nothing\s+to\s+worry\s+about)\b"
)
LOOKS_BENIGN_LEAD = re.compile(
    rf"\b(?:mole|rash|spot|lump|bump|cut|wound|bruise|swelling|lesion|x-?ray|scan|results|numbers|levels?|{MEDICAL_WORD})"
    r"(?:\s+\w+)?$",
    _FLAGS,
)
SKIP_CARE = Dual(
    r"\bno\s+need\s+to\s+(?:come\s+(?:in|back)|wait\s+for\s+(?:the|your|a)\s+\w+|be\s+seen|book|schedule)\b"
    r"|\bskip\s+(?:coming\s+in|seeing\s+(?:a|the|your)\s+\w+)\b"
    r"|\bno\s+(?:hace\s+falta|necesita\w*|tiene\s+que)\s+(?:venir|ir\s+al\s+médico|ir\s+a\s+urgencias|volver)\b"
    r"|\bno\s+need\s+to\s+(?:see|visit|call|go\s+to)\s+(?:a|an|the|your)\s+(?:\w+\s+)?(?:doctor|dermatologist|specialist"
    r"|dentist|clinician|physician|pediatrician|urgent\s+care|er|emergency\s+room|provider)\b|"
    r"\b(?:skip|cancel|forget(?:\s+about)?|no\s+need\s+for|don'?t\s+need|won'?t\s+need)\s+(?:the|your|that|an?)\s+"
    r"(?:\w+\s+)?(?:mri|scan|ct|x-?rays?|follow[- ]?up(?:\s+(?:visit|appointment))?|visit|appointment|biopsy|tests?"
    r"|labs?|surgery|er|referral|specialist|colonoscopy|mammogram|ultrasound|check-?up)\b"
    r"|\b(?:sáltese|cancele|olvide)\s+(?:la|su|el)\s+(?:cita|consulta|resonancia|radiografía|biopsia|análisis)\b"
    r"|\bno\s+(?:necesita|necesitas|le\s+hace\s+falta|te\s+hace\s+falta)\s+(?:la|el|una|un|su|tu)\s+(?:resonancia"
    r"|radiografía|biopsia|cita|consulta|análisis|estudio|tomografía|ultrasonido|cirugía|mamografía|colonoscopia)\b"
)
SUGGEST_TREATMENT = Dual(
    r"\b(?:you\s+should|you\s+need\s+to|i'?d|i\s+would|just)\s+(?:\w+\s+)?(?:take|taking|try|trying|use|using"
    rf"|start|starting|increase|double)\b{_GAP}(?:{DOSE_UNIT}|{DRUG}\b)"
    rf"|\b(?:you'?ll|you\s+will|you'?re\s+going\s+to)\s+need\s+(?:an?\s+|some\s+)?{DRUG}\b"
)

# --- Public medication changes --------------------------------------------------------------------------
_STOP_VERB = (
    r"(?:stop(?!\s+(?:by|in|at)\b)|stopping|quit|quitting|drop(?!\s+(?:off|by|in)\b)|dropping|ditch|ditching|skip"
    r"|skipping|discontinue|discontinuing|cut\s+out|come\s+off|coming\s+off|get\s+off|getting\s+off|go\s+off"
    r"|going\s+off|give\s+up|lay\s+off|pause|halt|toss|throw\s+out)"
)
_DETERMINER = r"(?:taking\s+|using\s+)?(?:your|the|their|his|her|those|these|that|this|all|any|my|of)?\s*"
_MODIFIERS = r"(?:(?!off\b|by\b|in\b|at\b|to\b|for\b)[\w'-]+\s+){0,2}?"
STOP_MEDICINE = Dual(rf"\b{_STOP_VERB}\s+{_DETERMINER}{_MODIFIERS}{MEDICINE}\b(?!\s+(?:off|by|at\s+(?:the|our))\b)")
# "If you're taking X, stop.", "take them until you feel better, then stop": a bare stop after a medicine.
STOP_AFTER_MEDICINE = Dual(
    r"(?:\bthen|\band\s+then|,)\s+(?:just\s+)?(?:stop|quit|ditch|drop)(?:\s+(?:it|them|now|today))?(?=\s*(?:[.!,;]|$))"
)
# "Had stopped", "has been skipping", "he quit": a story about someone, not a directive.
NARRATIVE_BEFORE = re.compile(
    r"\b(?:had|has|have|was|were|been|he|she|they|who|he'd|she'd|they'd|i|we|i've|we've|i'd)\s+(?:\w+ly\s+)?$", re.I
)
STOP_PRONOUN = Dual(
    rf"\b{_STOP_VERB}\s+(?:taking\s+)?(?:it|them)\b(?!\s+(?:off|into|at|by|here|there)\b|\s+in\s+(?:the|a|an|our|your)\b)"
)
TAPER_OFF = Dual(r"\b(?:taper|wean)\w*\s+(?:yourself|themselves|them|him|her|your\s+\w+)\s+off\b")
MEDICINE_BREAK = Dual(
    rf"\b(?:vacation|break|holiday|time\s+off|day\s+off|rest|pause)\s+from\s+(?:their|your|his|her|the)\s+"
    rf"(?:\w+\s+)?{MEDICINE}\b|\bvacaciones\s+de\s+(?:su|sus)\s+(?:\w+\s+)?(?:medicamentos?|medicinas?|pastillas)\b"
)
SPANISH_STOP = Dual(
    r"\b(?:dej(?:e|ar|en|a)|suspend(?:a|er|an|e)|abandon(?:e|ar|en)|par(?:e|ar)|quít(?:e|ese)|quitar(?:se)?"
    r"|olvíde(?:se)?\s+de)\s+(?:de\s+(?:tomar|usar|ponerse|aplicarse)\s+)?(?:su|sus|el|la|los|las|tu|tus)\s+"
    rf"(?:\w+\s+){{0,2}}?{MEDICINE}\b"
    rf"|\bya\s+no\s+(?:necesita|necesitas|necesitan|le\s+hace\s+falta|te\s+hace\s+falta)\s+(?:su|sus|tu|tus|el|la|los"
    rf"|las)\s+(?:\w+\s+)?(?:{DRUG}|medicamentos?|medicinas?|pastillas?|píldoras?|tratamiento|inhalador\w*)\b"
)
# "Done with your statin? Stopping is fine": permission for a medicine named just before.
STOP_PERMISSION = Dual(
    r"\b(?:stopping|quitting|coming\s+off|going\s+off|skipping|dropping|ditching)\s+(?:it\s+|them\s+)?(?:is|'s)\s+"
    r"(?:totally\s+|perfectly\s+|completely\s+|usually\s+)?(?:fine|ok|okay|safe|no\s+big\s+deal)\b"
    r"|\b(?:you\s+can|feel\s+free\s+to|it'?s\s+(?:fine|ok|okay|safe)\s+to)\s+(?:go\s+off|come\s+off|stop|quit|skip|drop)"
    r"\s+(?:it|them|cold\s+turkey)\b"
)
# "Deje de tomarlas", "déjalo", "suspéndalo": a pronoun for a medicine named in the sentence before.
SPANISH_STOP_PRONOUN = Dual(
    r"\b(?:dej(?:e|a|en|ar)|suspend(?:a|e|an|er))\s+de\s+(?:tomar|usar|poner)(?:l[oa]s?|se(?:l[oa]s?)?)\b"
    r"|\b(?:déj(?:al[oa]s?|el[oa]s?|enl[oa]s?)|suspénd(?:al[oa]s?|el[oa]s?)|quít(?:al[oa]s?|esel[oa]s?)|cámbi(?:al[oa]s?"
    r"|el[oa]s?))\b"
)
# Public dose changes said as what people do: "a lot of folks cut their pill in half", "skip it on weekends".
DOSE_HABIT = Dual(
    r"\b(?:cut|split|halve|break)\w*\s+(?:their|your|the|a|his|her)\s+(?:\w+\s+){0,3}?(?:pills?|tablets?|doses?)\s+in"
    r"\s+half\b"
    r"|\b(?:take|taking|tomar|tome|toma|puede\s+tomar|pueden\s+tomar)\s+(?:only\s+|just\s+|solo\s+)?"
    rf"{DOSE_FRACTION}"
    r"|\b(?:cut|go|drop)\w*\s+(?:back|down)\s+to\s+(?:half|a\s+half|a\s+quarter|half\s+of)\s+(?:your|their|the)\b"
    r"|\b(?:switch|go|move|cambiar|pasar)\w*\s+(?:to|a)\s+(?:taking\s+(?:it|them)\s+)?(?:every\s+other\s+day|día\s+por"
    r"\s+medio|once\s+a\s+week|half)\b"
    r"|\b(?:skip|skipping|omit|salt(?:e|ar|arse))\s+(?:it|them|their\s+\w+|your\s+\w+|la\s+dosis)\s+(?:on|los)\s+"
    r"(?:weekends|fines\s+de\s+semana|\w+\s+days)\b"
)
DOSE_CHANGE_PUBLIC = Dual(
    r"\b(?:double|halve|cut|reduce|lower|increase|raise|skip)\s+(?:up\s+on\s+)?(?:your|their)\s+(?:\w+\s+)?"
    r"(?:dose|dosage|doses|medication|meds)\b(?:\s+(?:in\s+half|back))?"
    r"|\b(?:duplique|reduzca|baje|aumente|suba)\s+(?:su|sus|la)\s+(?:\w+\s+)?(?:dosis|medicamentos?)\b"
)
SKIP_COURSE = Dual(
    r"\b(?:no\s+need|(?:don'?t|do\s+not)\s+(?:need|have))\s+to\s+(?:finish|complete|keep\s+taking|keep\s+using)\s+"
    rf"(?:your\s+|the\s+|all\s+|those\s+|these\s+|that\s+)?(?:\w+\s+)?{MEDICINE}\b"
    r"|\bno\s+(?:hace\s+falta|necesita|tiene\s+que|es\s+necesario)\s+(?:terminar|completar|seguir\s+tomando)\s+"
    r"(?:su|sus|el|la|los|las)"
    rf"\s+(?:\w+\s+)?{MEDICINE}\b"
)
NO_LONGER_NEEDED = Dual(
    rf"\bno\s+need\s+(?:for|to\s+(?:take|use|keep\s+taking|keep\s+using))\s+(?:your|the|those|these)\s+(?:\w+\s+)?"
    rf"(?:{DRUG}|meds|medications?|medicines?|pills)\b|"
    rf"\b(?:don'?t|do\s+not)\s+need\s+(?:your\s+|those\s+|these\s+|the\s+)?(?:\w+\s+)?{MEDICINE}"
    r"\s+(?:anymore|any\s+more|any\s+longer)\b"
    rf"|\bno\s+longer\s+need\s+(?:your\s+|those\s+|these\s+|the\s+)?(?:\w+\s+)?{MEDICINE}\b"
)
NO_LONGER_NEEDED_PRONOUN = Dual(
    r"\b(?:don'?t|do\s+not|no\s+longer)\s+need\s+(?:them|it)\s+(?:anymore|any\s+more|any\s+longer)\b"
)
SWAP_MEDICINE = Dual(
    rf"\b(?:replac|swap|switch|trad|substitut)\w*\s+(?:out\s+)?(?:your|their)\s+(?:\w+\s+){{0,2}}?{MEDICINE}\s+"
    rf"(?:for|with)\b|\binstead\s+of\s+(?:your|their)\s+(?:\w+\s+)?{MEDICINE}\b"
    rf"|\ben\s+(?:lugar|vez)\s+de\s+(?:su|sus)\s+(?:\w+\s+)?{MEDICINE}\b"
    r"|\b(?:nobody|no\s+one)\s+needs\s+(?:a|their|your)\s+(?:daily\s+)?(?:pill|meds?|medications?|medicines?)\b"
)
HEDGE = re.compile(
    r"\b(?:ask|talk|speak|check|consult|call|discuss|contact|consulte|hable|pregunte|llame)\b[^.!?\n]{0,40}?\b"
    + _CLINICIAN
    + r"|\b(?:before|antes\s+de)\s+(?:you\s+)?(?:stop|stopping|change|changing|quit|dejar|suspender|cambiar)\b"
    r"|\b(?:if|when|only\s+if|unless|until|si|solo\s+si)\s+(?:your|su|tu)\s+" + _CLINICIAN
    + r"|\bas\s+(?:directed|prescribed)\b|\bcomo\s+(?:se\s+)?(?:lo\s+)?(?:indic\w+|recet\w+)\b",
    _FLAGS,
)
ANTI_HEDGE = re.compile(
    r"\b(?:no\s+need\s+to|without|don'?t\s+(?:need|have)\s+to|no\s+(?:hace\s+falta|necesita|tiene\s+que)|sin)\s+"
    r"(?:\w+\s+){0,2}$",
    _FLAGS,
)
# "Most people can take acetaminophen safely": said of people in general, not to the person addressed.
GENERIC_SUBJECT = re.compile(
    r"\b(?:most|many|some)\s+(?:people|adults|kids|children|patients|folks)\b|\bin\s+general\b|\bgenerally\b"
    r"|\busually\b|\btypically\b|\banyone\b|\beveryone\b|\b(?:la\s+)?mayoría\b|\ben\s+general\b",
    _FLAGS,
)
# "If you're ...", "should you ..." (not "moms should stop ..."): the verb is a condition, not a directive.
CONDITIONAL_BEFORE = re.compile(
    r"\b(?:(?:if|when|whether|in\s+case|si|cuando)\s+(?:you(?:'re|\s+are)?|they(?:'re|\s+are)?|your\s+\w+)?"
    r"|should\s+(?:you|they|your\s+\w+))\s*$",
    _FLAGS,
)

# Trigger stems (see claim_triggers): a regex runs only when a word of the post starts with one of its stems.
STOP_TRIGGERS = (
    "stop", "quit", "drop", "ditch", "skip", "discontinu", "cut", "come", "coming", "get", "getting", "go", "going",
    "give", "lay", "pause", "halt", "toss", "throw",
)
SPANISH_STOP_TRIGGERS = (
    "dej", "déj", "suspend", "suspénd", "abandon", "pare", "parar", "quít", "quitar", "olvíd", "ya", "cámbi",
)
DOSE_HABIT_TRIGGERS = (
    "half", "halve", "split", "mitad", "media", "medio", "quarter", "third", "every", "weekend", "fines", "día",
    "double", "doble", "back", "down",
)
BREAK_TRIGGERS = ("vacation", "break", "holiday", "off", "rest", "pause", "vacaciones")
DOSE_PUBLIC_TRIGGERS = ("dose", "dosage", "medication", "meds", "dosis", "medicament")
SWAP_TRIGGERS = ("replac", "swap", "switch", "trad", "substitut", "instead", "lugar", "vez", "needs")
TAPER_TRIGGERS = ("taper", "wean")
STOP_PERMISSION_TRIGGERS = (
    "stopping", "quitting", "coming", "going", "skipping", "dropping", "ditching", "stop", "quit",
)
SKIP_COURSE_TRIGGERS = ("finish", "complete", "keep", "terminar", "completar", "seguir")
NO_LONGER_TRIGGERS = ("need",)
PERSONAL_DATA_TRIGGERS = (
    "inr", "a1c", "glucose", "sugar", "lab", "result", "scan", "mri", "x", "xray", "biops", "level", "numbers",
    "ekg", "ecg", "blood", "bloodwork", "culture", "glucosa", "azúcar", "presión", "resultado", "análisis",
    "nivel", "pt", "physical", "doctor", "physician", "pharmacist", "nurse", "dentist", "provider", "surgeon",
    "therapist", "clinician", "np", "pa",
)
