"""Care events and outcomes: what happened to the person in a patient story. English and Spanish.

Strong events say by themselves that someone received care and how it went ("went home", "rang the bell",
"after her hip replacement", "was born at 24 weeks"). Weak events are milestones or reported words ("turned 90",
"told us", "ran"): a story only beside a patient, or beside a person in a post about care. Each pattern is about
how such posts are written, never about particular people.
"""

from __future__ import annotations

import re

from bot.guardrails.disclosure_scan import Rule

_I = re.IGNORECASE

# Care words a strong event may follow ("finished her last round of chemo", "after his bypass").
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
    r"operaci[oó]n|trasplante|accidente|lesi[oó]n|parto|tratamiento|limpieza|quimio\w*|infarto|hospitali[sz]ation|"
    r"hospital\s+stay|pregnancy|hospitalizaci[oó]n|estancia|internaci[oó]n|embarazo|recuperaci[oó]n|shots?|"
    r"vaccines?|vaccination|check-?up|exam|filling|extraction|appointment|vacuna|chequeo|consulta|extracci[oó]n)"
    r"(?:s|es)?"  # "during her treatments", "sus consultas"
)
# What a person receives: "received a new heart", "underwent a lumpectomy", "got her first hearing aids".
_TREATMENT = (
    r"(?:transplants?|implants?|replacements?|bypass|stents?|valves?|pacemaker|defibrillator|surgery|surgeries|"
    r"procedure|amputation|c-section|operation|heart|kidney|liver|lungs?|cornea|bone\s+marrow|hearing\s+aids?|"
    r"glasses|lenses|braces|aligners|veneers|crowns?|dentures|prosthe\w+|cochlear|transfusion|diagnosis|"
    r"stitches|cast|[\w-]*(?:ectomy|plasty|otomy|ostomy|scopy))"
)
CARE_CAUSE = _CARE_CAUSE  # for the other consent modules
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)"
_OLD = r"(?:9\d|1[01]\d)"  # ages over 89: a post by a care organisation celebrating one is about a patient
# Strong events say on their own that a person got care and how it went: (anchors, pattern), one group each.
_STRONG_EVENTS: list[tuple[tuple[str, ...], str]] = [
    (("home",), r"\b(?:went|going|heading|headed|gets?\s+to\s+go|got\s+to\s+go|finally\s+going)\s+home\b"
     r"|\b(?:is|are)\s+(?:finally\s+|officially\s+)?(?:home|back\s+home)\b|\bwelcome\s+home\b"),
    (("discharged",), r"\b(?:was|were|been|got|being|is|are)\s+discharged\b"),
    (("walk",), r"\bwalk(?:ed|ing)\s+(?:out|again|on\s+" + _POSS + r"\s+own|the\s+halls|all\s+the\s+way|into|in\s+to|"
     r"unassisted|without)\b|\bwalk\s+again\b"),
    (("bell",), r"\b(?:rang|ring|rings|ringing)\s+(?:the|that|our|a|his|her|their)\s+(?:[\w-]+\s+)?bell\b"),
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
    (("got ", "gets ", "received", "underwent", "had ", "was given"),
     r"\b(?:got|received|gets)\s+(?:the\s+call|(?:a|her|his|their)\s+(?:new|donor)\s+\w+)"
     r"|\b(?:got|received|underwent|had|was\s+given)\s+(?:(?:a|an|her|his|their|the|both|two|three|new|first|"
     r"second)\s+)?(?:[\w-]+\s+){0,3}?" + _TREATMENT + r"(?:\s+(?:transplant|replacement|surgery))?\b"),
    (("was born", "was diagnosed", "was rushed", "was admitted", "airlifted", "flown in", "brought in", "intubated",
      "resuscitated", "revived", "was delivered"),
     r"\bwas\s+(?:born|diagnosed|rushed|admitted|airlifted|flown\s+in|brought\s+in|intubated|resuscitated|revived|"
     r"delivered)\b"),
    (("born",), r"\bborn\s+(?:at|weighing|in\s+our|here|on|with|this|last|yesterday|today|early|just|"
     r"(?-i:[A-Z][a-z]+\s+)?\d)"),
    (("broke", "fractured", "injured", "tore", "sprained", "burned", "dislocated"),
     r"\b(?:broke|fractured|injured|tore|sprained|burned|dislocated)\s+(?:" + _POSS + r"|both|a|an|two|three)\s+"
     r"(?:[\w-]+\s+)?"
     r"(?:arms?|legs?|wrists?|ankles?|hips?|knees?|back|neck|shoulders?|collarbone|hands?|foot|feet|elbows?|jaw|nose|"
     r"skull|ACL|pelvis|ribs?|femur|spine|vertebrae?)\b"),
    # arriving for care: "came into our ED with a fever", "came to me last fall", "arrived ... on March 3 with"
    (("came", "comes", "walked", "arrived", "showed up", "wheeled", "rolled"),
     r"\b(?:came|comes|walked|arrived|showed\s+up|was\s+wheeled|rolled)\s+(?:in(?:to)?|to|at)\b"
     r"(?=[^.!?\n]{0,70}?\b(?:with|after|because|complaining|in\s+(?:pain|labor)|for\s+(?:a|an|her|his|their)|"
     r"on\s+[A-Z][a-z]+\s+\d|ready\s+to|unable|barely|hardly|bone-on-bone)\b)|\bcame\s+(?:to|into)\s+(?:me|us)\b"),
    (("spent",), r"\bspent\s+(?:" + _POSS + r"\s+)?(?:first\s+|last\s+|final\s+)?" + _NUM
     + r"\s+(?:days?|weeks?|months?|nights?)\s+(?:of\s+(?:\w+\s+)?life\s+)?(?:in|at|on|with)\b"),
    (("after his", "after her", "after their", "since his", "since her", "since their", "following his",
      "following her", "following their", "during his", "during her", "during their"),
     r"\b(?:after|since|following|during)\s+" + _POSS + r"\s+(?:[\w-]+\s+){0,4}?" + _CARE_CAUSE + r"\b"),
    (("had his", "had her", "had their"),
     r"\bhad\s+" + _POSS + r"\s+(?:[\w-]+\s+){0,2}?(?:replaced|removed|repaired|surgery|transplant|baby|twins|out|"
     r"pulled|fixed|set|straightened|reattached|stitched|drained)\b"),
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
     r"|\bcumplea[ñn]os\s+(?:n[uú]mero\s+)?" + _OLD + r"\b|\b" + _OLD + r"\s+(?:years?\s+young|candles)\b"
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
     r"|\blleg[oó]\s+(?:a\s+\w+\s+)?con\s+(?:un|una|dolor|fiebre|mucho|mucha)\b"
     r"|\bpas[oó]\s+\d+\s+(?:d[ií]as|semanas|meses)\b|\bfue\s+diagnosticad[oa]\b"
     r"|\b(?:despu[eé]s\s+de|tras|durante)\s+(?:su|sus)\s+(?:[\w-]+\s+){0,2}?" + _CARE_CAUSE
     + r"\b|\b[uú]ltimos\s+d[ií]as\b"),
]
# More strong events, by class: care given to or through someone, outcomes, births, donations and stays.
_CARE_UNIT = (
    r"(?:NICU|ICU|PICU|CICU|SICU|ER|ED|unit|hospital|rehab|floor|ward|care|UCI|UCIN|UTI|hospital|terapia\s+intensiva|"
    r"cuidados\s+intensivos|emergency\s+(?:room|department)|trauma\s+(?:bay|center|centre)|burn\s+unit)"
)
_TIME_AFTER_ANCHORS = (
    "post-", "days post", "day post",
    *(f"{unit} {link}" for unit in ("day", "days", "week", "weeks", "month", "months", "year", "years", "días", "dias",
                                    "semanas", "meses", "años", "anos")
      for link in ("after", "post", "since", "following", "después", "despues", "tras")),
)
_CARE_GIVEN: list[tuple[tuple[str, ...], str]] = [
    # passive care: "was airlifted", "was treated", "was stung"; in a state only a patient is in
    (("treated", "transferred", "stabilized", "stabilised", "induced", "extubated", "hospitali", "operated on",
      "stung", "bitten", "released", "cleared", "fitted", "sent home", "septic", "cardiac arrest", "coma", "in labor",
      "in labour", "critical condition", "life support", "rescued", "saved"),
     r"\b(?:was|were|got|has\s+been|had\s+been|been)\s+(?:quickly\s+|safely\s+|successfully\s+|finally\s+|then\s+)?"
     r"(?:treated|transferred|stabili[sz]ed|induced|extubated|hospitali[sz]ed|operated\s+on|stung|bitten|released\s+from|"
     r"cleared\s+(?:to|for)|fitted|sent\s+home|rescued|saved)\b"
     r"|\b(?:was|were)\s+(?:in\s+)?(?:septic\s+shock|cardiac\s+arrest|a\s+coma|labou?r|critical\s+condition|"
     r"on\s+life\s+support)\b"),
    # outcomes: "got her vision back", "is pain-free", "left the ICU", "on her own two feet", "overcame"
    (("got his", "got her", "got their", "gets his", "gets her", "gets their", "has his", "has her", "has their",
      "have their", "regain"),
     r"\b(?:got|gets|has|have)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:vision|sight|eyesight|hearing|voice|smile|life|"
     r"independence|mobility|strength|confidence|appetite|memory|speech|balance)\s+back\b|\bregain(?:ed|ing)\b"),
    (("-free", "pain free", "seizure free", "tumor free", "tumour free", "symptom free", "migraine free",
      "infection free", "disease free", "leukemia free", "smoke free", "drug free", "alcohol free"),
     r"\b(?:pain|seizure|tumou?r|symptom|migraine|infection|disease|leukemia|smoke|drug|alcohol)[- ]free\b"),
    (("left ", "leaves ", "walked out", "released from"),
     r"\b(?:left|leaves|walked\s+out\s+of|released\s+from)\s+(?:the|our)\s+(?:[\w-]+\s+)?" + _CARE_UNIT + r"\b"
     r"|\bleft\s+(?:on\s+" + _POSS + r"\s+own|walking|smiling)\b"),
    (("two feet",), r"\bon\s+" + _POSS + r"\s+own\s+two\s+feet\b"),
    (("overcame", "conquered", "superó", "supero", "venció"),
     r"\b(?:overcame|conquered)\b|\bsuper[oó]\s+(?:su|sus|una|un|el|la)\b"),
    # arriving for care, said outright: "arrived at our ED", "was brought into our ER"
    (("arrived", "came in", "brought in", "brought to"),
     r"\b(?:arrived|came\s+in(?:to)?|was\s+brought\s+(?:in(?:to)?|to))\s+(?:at\s+|to\s+|in\s+)?our\s+(?:[\w-]+\s+)?"
     r"(?:ER|ED|emergency|ICU|NICU|clinic|hospital|unit|urgent\s+care|trauma|doors?|office|practice|center|centre)\b"),
    # births: "delivered healthy twins", "gave birth", "welcomed their fourth baby", "the arrival of their daughter"
    (("delivered", "gave birth", "welcomed", "arrival of", "it's a", "it’s a", "es una", "es un", "llegada de"),
     r"\bdelivered\s+(?:a\s+|her\s+|his\s+|their\s+)?(?:healthy\s+|beautiful\s+|baby\s+)?(?:bab(?:y|ies)|twins|"
     r"triplets|son|daughter|boy|girl)\b|\bgave\s+birth\b"
     r"|\bwelcomed\s+(?:a|an|their|her|his|baby)\s+(?:[\w-]+\s+){0,3}?(?:baby|son|daughter|boy|girl|twins|triplets|"
     r"bundle)\b|\barrival\s+of\s+(?:their|her|his|baby|little|sweet)\b|\bit['’]s\s+a\s+(?:girl|boy)\b|\bes\s+(?:una\s+niña|un\s+niño)\b"
     r"|\bllegada\s+de\s+(?:su|sus)\b"),
    # living donors: "donated a kidney to her brother"
    (("donated", "donó", "dono "),
     r"\bdonated\s+(?:a\s+|an\s+|one\s+of\s+|part\s+of\s+)?(?:" + _POSS + r"\s+)?(?:kidney|liver|lung|bone\s+marrow|"
     r"stem\s+cells|cornea)\b|\bdon[oó]\s+(?:un|una|su|parte\s+de\s+su)\s+(?:riñ[oó]n|h[ií]gado|m[eé]dula|pulm[oó]n)\b"),
    # a stay in a care unit: "after 94 days in our NICU", "tras tres semanas en terapia intensiva"
    (("days in", "days at", "days on", "weeks in", "weeks at", "weeks on", "months in", "months at", "nights in",
      "nights on", "días en", "dias en", "semanas en", "meses en"),
     r"\b" + _NUM + r"\s+(?:long\s+)?(?:days|weeks|months|nights|d[ií]as|semanas|meses)\s+(?:in|at|on|en)\s+"
     r"(?:the\s+|our\s+|la\s+|el\s+|nuestr[oa]\s+)?(?:[\w-]+\s+)?" + _CARE_UNIT + r"\b"),
    # a first or last step of care: "her last day of radiation", "first day without a feeding tube"
    (tuple(f"{edge} {unit}" for edge in ("first", "last", "final") for unit in (
        "day", "night", "week", "meal", "bath", "walk", "swim", "birthday", "christmas", "holiday", "session", "round",
        "dose", "treatment", "appointment", "cycle")),
     r"\b(?:first|last|final)\s+(?:day|night|week|meal|bath|walk|swim|birthday|christmas|holiday)\s+(?:without|home|"
     r"off|out\s+of|since|back)\b|\b(?:last|final)\s+(?:day|session|round|dose|treatment|appointment|cycle)\s+of\s+"
     r"(?:[\w-]+\s+){0,2}?" + _CARE_CAUSE + r"\b"),
    # a sudden illness or injury had: "had a heart attack at the gym", "suffered a stroke"
    (("had a", "had an", "suffered", "experienced", "sufrió", "sufrio", "tuvo un"),
     r"\b(?:had|suffered|experienced)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:heart\s+attack|stroke|seizure|cardiac\s+arrest|"
     r"aneurysm|blood\s+clot|miscarriage|overdose|breakdown|asthma\s+attack|allergic\s+reaction)\b"
     r"|\b(?:sufri[oó]|tuvo)\s+un\s+(?:infarto|derrame|paro\s+card[ií]aco|accidente|ataque)\b"),
    # a time after care: "three months after ACL surgery", "100 days post-transplant"
    (_TIME_AFTER_ANCHORS,
     r"\b(?:" + _NUM + r"|a\s+few|several|a|one)\s+(?:days?|weeks?|months?|years?|d[ií]as|semanas|meses|a[ñn]os)\s+"
     r"(?:after|post|since|following|despu[eé]s\s+de|tras)[\s-]+(?:(?:" + _POSS + r"|the|a|an|su|la|el)\s+)?"
     r"(?:[\w-]+\s+){0,3}?" + _CARE_CAUSE + r"\b|\bpost-(?:transplant|op|surgery|stroke|chemo)\b"
     r"|\b(?:day\s+\d+|\d+\s+days?)\s+post[- ]?[A-Za-z]{2,}\b"),
    # off a treatment, a condition under control, a new look to leave with, steps taken on one's own
    (("off her", "off his", "off their", "off of", "under control", "left with", "left wearing", "took "),
     r"\boff\s+(?:of\s+)?" + _POSS + r"\s+(?:[\w-]+\s+){0,2}?(?:meds|medications?|insulin|oxygen|ventilator|pills|"
     r"inhaler|dialysis|walker|crutches|wheelchair|cane|feeding\s+tube)\b"
     r"|\b(?:got|gets|has|have|brought)\s+" + _POSS + r"\s+(?:[\w-]+\s+){0,2}?under\s+control\b"
     r"|\bleft\s+(?:with|wearing)\s+(?:a\s+|" + _POSS + r"\s+)?(?:brand[- ]new|new|healthy|beautiful|bright)\s+\w+"
     r"|\btook\s+(?:\d+|" + _POSS + r")\s+(?:first\s+)?(?:\w+\s+)?steps?\b"),
    # a stretch of care, then the outcome: "Twelve weeks of pulmonary rehab later, she's hiking"
    (("later",),
     r"\b(?:" + _NUM + r"|a\s+few|several|a)\s+(?:days?|weeks?|months?|years?|sessions?|rounds?|visits?|treatments?|"
     r"surgeries|adjustments?)\s+(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:and\s+[^.!?\n]{0,30}?)?later\b"),
    # care that lets someone do something: "helped Mr. Walters see the ocean", "ayudamos a Sofía a caminar"
    (("helped", "ayudamos", "ayudaron", "ayudó", "ayudo"),
     r"\b(?:helped|ayud(?:amos|aron|[oó])\s+a)\s+(?:(?:little|baby|young|sweet|brave|Mr\.?|Mrs\.?|Ms\.?|Miss|Don|"
     r"Doña|la\s+pequeña|el\s+pequeño)\s+)?(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:to\s+|a\s+)?"
     r"(?:walk|breathe|talk|speak|eat|hear|see|sleep|stand|conquer|overcome|beat|get|go|return|feel|move|run|swallow|"
     r"reach|celebrate|meet|hold|caminar|respirar|hablar|comer|o[ií]r|ver|dormir|volver|regresar|superar)\b"),
    # a case presented, and a treatment someone now has: "presented with painless jaundice", "her new dentures"
    (("present", "new "),
     r"\bpresent(?:ed|s|ing)\s+(?:to\s+(?:our|the|us)\b|with\b)|\b(?:his|her|su)\s+new\s+(?:[\w-]+\s+)?" + _TREATMENT
     + r"\b"),
    # quitting a habit with the team's help: "quit smoking after 30 years", "dejó de fumar"
    (("quit", "dejó de", "dejo de"),
     r"\bquit\s+(?:smoking|drinking|vaping|tobacco|alcohol|cigarettes)\b|\bdej[oó]\s+de\s+(?:fumar|beber|tomar)\b"),
    # Spanish: leaving hospital, going back to school or work after care
    (("salió", "salio", "regresó", "regreso", "volvió", "volvio", "complet"),
     r"\bsali[oó]\s+del\s+(?:hospital|quir[oó]fano)\b|\bcomplet(?:ar|[oó])\s+(?:la|el|su|sus)\s+(?:[\w-]+\s+)?"
     + _CARE_OBJECT + r"\b"),
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
    (("finished", "completed", "won", "ran", "climbed", "swam", "hiked", "biked", "danced", "graduated", "rode",
      "walked"),
     r"\b(?:finished|completed|won|ran|climbed|swam|hiked|biked|danced|graduated|rode)\b"
     r"|\bwalked\s+(?:across|down|up|to|around|through|the)\b"),
    (("nicu", "picu", "icu", "cicu", " er", " ed", "emergency room", "trauma bay", "burn unit", "uci"),
     r"\b(?:in|from|out\s+of|left|en|de)\s+(?:the\s+|our\s+|la\s+|nuestra\s+)(?:[\w-]+\s+)?(?:NICU|PICU|ICU|CICU|ER|ED|"
     r"emergency\s+room|trauma\s+bay|burn\s+unit|UCI|UCIN)\b"),
    (("doing great", "doing well", "doing amazing", "doing beautifully", "doing so well", "regres", "volvi"),
     r"\b(?:is|are|and)\s+(?:both\s+)?doing\s+(?:great|well|amazing|beautifully|so\s+well)\b"
     r"|\b(?:regres[oó]|volvi[oó])\s+(?:a\s+(?:la\s+escuela|clases|trabajar|caminar|bailar|correr|jugar)|"
     r"al\s+(?:trabajo|colegio|campo|gimnasio))\b"),
    (("thanked", "to thank", "agradec"),
     r"\bthanked\s+(?:our|the|us|me)\b|\b(?:came|stopped|wrote|called|returned|back)\s+(?:by\s+|in\s+|back\s+)?to\s+thank\b"
     r"|\b(?:vino|regres[oó]|nos\s+visit[oó])\s+(?:a|para)\s+agradecer\b|\bagradeci[oó]\s+a\b"),
    (("down ",), r"\bdown\s+\d+\s*(?:pounds|lbs?|kilos|kg)\b"),
    (("hit ", "reached", "met ", "achieved", "made "),
     r"\b(?:hit|reached|met|achieved|made)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:goal|target|milestone)\b"),
    (("told us", "tells us", "said", "says", "wrote", "writes", "shared", "shares", "texted", "emailed", "messaged",
      "sent us", "sent me", "nos "),
     r"\b(?:told|tells)\s+us\b|\b(?:said|says|wrote|writes|shared|shares|texted|emailed|messaged)\b"
     r"|\bsent\s+(?:us|me)\b|\bnos\s+(?:dijo|cont[oó]|escribi[oó]|mand[oó]|envi[oó]|pidi[oó])\b"),
]
# A person with a condition: "a 15-year-old with cystic fibrosis", "Mr. T, 78, with heart failure", "una mujer con
# diabetes tipo 2". Beside one person, it makes them a patient; not when advice follows ("... should call 911").
_CONDITION = (
    r"(?:cancer|leukemia|leukaemia|lymphoma|[\w-]*oma|dementia|alzheimer['’]?s|parkinson['’]?s|diabetes|heart\s+failure|"
    r"heart\s+disease|cystic\s+fibrosis|autism|ALS|MS|multiple\s+sclerosis|COPD|asthma|epilepsy|kidney\s+(?:failure|"
    r"disease)|sickle\s+cell(?:\s+disease)?|spina\s+bifida|down\s+syndrome|cerebral\s+palsy|HIV|hepatitis\s+\w|"
    r"[\w-]*(?:itis|osis|emia|pathy)|[\w-]+\s+(?:syndrome|disorder|disease)|c[aá]ncer|leucemia|demencia|insuficiencia\s+"
    r"card[ií]aca|fibrosis\s+qu[ií]stica|autismo|esclerosis\s+m[uú]ltiple|epilepsia|enfermedad\s+de\s+\w+)"
)
_WITH_CONDITION = (
    r"\b(?:with|who\s+has|who\s+had|has|had|living\s+with|lives\s+with|diagnosed\s+with|battling|fighting|con|que\s+"
    r"(?:tiene|padece|vive\s+con)|padece)\s+(?:a\s+|an\s+|un\s+|una\s+)?(?:(?:advanced|severe|stage\s+\w+|type\s+\d|"
    r"rare|chronic|early-onset|terminal|metastatic|end-stage|congenital|avanzad[oa]|tipo\s+\d|rar[oa]|cr[oó]nic[oa])\s+)*"
    + _CONDITION + r"\b(?![^.!?\n]{0,30}\b(?:should|must|needs?\s+to|can|may|might|could|debe|puede)\b)"
)
# Wording that tells one person's story by itself: a life saved, a baby's arrival announced.
_STORY_EVENTS: list[tuple[tuple[str, ...], str]] = [
    # caring for someone in particular, and someone's last days
    (("honor to care", "honour to care", "honor of caring", "honour of caring", "privilege to care",
      "privilege of caring", "honor caring", "honour caring", "honor cuidar", "privilegio cuidar", "last days",
      "final days", "last weeks", "final weeks", "last hours", "final hours", "last moments", "final moments"),
     r"\b(?:honou?r|privilege)\s+(?:to\s+care|of\s+caring|caring)\s+for\s+(?:you|him|her)\b"
     r"|\b(?:honor|privilegio)\s+cuidar(?:te|lo|la)\b"
     r"|\b(?:his|her|their|(?-i:[A-Za-z]+)['’]s)\s+(?:last|final)\s+(?:days|weeks|hours|moments)\b"),
    (("saved", "for saving", "salvó", "salvo", "salvaron"),
     r"\b(?:for\s+saving|saved)\s+(?:his|her|their|my|our)\s+(?:[\w'’-]+\s+)?life\b"
     r"|\bsalv(?:[oó]|aron)\s+(?:la\s+vida\s+(?:de|a)\s+|a\s+)(?:mi|su|nuestr[oa])\b"),
    (("first baby", "1st baby", "new year's baby", "new year’s baby", "primer bebé", "primer bebe", "welcome, baby",
      "welcome baby", "bienvenida, bebé", "bienvenido, bebé"),
     r"\b(?:first|1st)\s+baby\s+(?:born\s+)?(?:of|in)\s+(?:the\s+)?(?:new\s+)?(?:year|20\d\d)\b"
     r"|\bnew\s+year['’]s\s+baby\b|\bprimer\s+beb[ée]\s+(?:del|de)\s+(?:a[ñn]o|20\d\d)\b"
     r"|\bwelcome,?\s+baby\s+(?:girl|boy)\b|\bbienvenid[oa],?\s+beb[ée]\b"),
]
_CONDITION_ANCHORS = ("with", "has ", "had ", "battling", "fighting", "con ", "tiene", "padece")
EVENT_RULES: list[Rule] = [
    Rule("condition", _CONDITION_ANCHORS, re.compile(_WITH_CONDITION, _I), before=10, after=70),
    *(Rule("strong", anchors, re.compile(pattern, _I), before=45, after=80) for anchors, pattern in _STRONG_EVENTS),
    *(Rule("strong", anchors, re.compile(pattern, _I), before=70, after=90) for anchors, pattern in _CARE_GIVEN),
    *(Rule("weak", anchors, re.compile(pattern, _I), before=45, after=50) for anchors, pattern in _WEAK_EVENTS),
    *(Rule("standalone", anchors, re.compile(pattern, _I), before=30, after=60) for anchors, pattern in _STORY_EVENTS),
]
