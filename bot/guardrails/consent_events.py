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
