"""Families of myths, each a shape rather than a sentence: denying a proven treatment works, calling a
vaccine-preventable disease mild, "no need to vaccinate", "you can't get X if ...", conspiracy frames
("what your doctor won't tell you"), alternative vaccine schedules, mental illness as willpower.
"""

from __future__ import annotations

from bot.guardrails.misinfo_links import SUNSCREEN, VITAMIN_K, alt
from bot.guardrails.misinfo_myths import VAX, Myth, myth

_THERAPY = alt(
    r"statins?", r"estatinas?", VAX, r"chemo\w*", r"quimio\w*", r"antidepressants?", r"antidepresivos?", r"ssris?",
    r"insulin", r"insulina", r"blood\s+pressure\s+(?:meds|medications?|medicines?|pills)", r"fluorid\w*",
    r"sunscreens?", r"inhalers?", r"methadone", r"buprenorphine", r"suboxone", r"metadona", r"buprenorfina",
    r"birth\s+control", r"antiretrovirals?", r"prep",
)
_NOT_FOR_ALL = (
    r"(?!\s+(?:for\s+(?:every|all|some)|always|every|para\s+todos|en\s+todos|siempre"
    r"|(?:against|on|for)\s+(?:\w+\s+)?(?:virus\w*|viral|colds?|flu|bacteria)))"
)
_CLAUSE_GAP = r"[^.!?\n;:]{0,50}?"
# Medicines and vaccines said to ruin an organ: "blood pressure medicine damages your kidneys".
_ORGAN_HARM = (
    r"(?:damag\w*|destroy\w*|ruin\w*|rots?|fr(?:y|ies)|shut\w*\s+down|daña\w*|destruye\w*|arruina\w*)\s+(?:your\s+"
    r"|the\s+|their\s+|kids'?\s+|sus?\s+|tus?\s+|el\s+|los\s+|la\s+)?(?:kidneys?|liver|brain|heart|immune\s+system|gut"
    r"|riñones|hígado|cerebro|corazón|sistema\s+inmune)"
)
_PREVENTABLE = alt(
    r"measles", r"polio", r"whooping\s+cough", r"pertussis", r"chicken\s?pox", r"mumps", r"rubella", r"diphtheria",
    r"tetanus", r"hpv", r"hepatitis\s+b", r"the\s+flu", r"influenza", r"covid(?:-19)?", r"rotavirus", r"meningitis",
    r"el\s+sarampión", r"sarampión", r"la\s+polio", r"tos\s+ferina", r"la\s+varicela", r"varicela", r"paperas",
    r"rubéola", r"difteria", r"tétanos", r"la\s+gripe", r"la\s+influenza",
)
_RECOMMENDED = alt(
    VAX, VITAMIN_K, r"hep(?:atitis)?\s+b\s+(?:shots?|vaccines?|birth\s+dose)", r"eye\s+ointment",
    r"newborn\s+screening", r"prenatal\s+vitamins", r"folic\s+acid", SUNSCREEN, r"car\s+seats?", r"fluorid\w*",
)
# Conditions under which skipping a shot can be right ("no need for a booster if you had one this fall").
_LEGIT_CONDITION = (
    r"(?![^.!?\n]{0,60}\b(?:already|again|up\s+to\s+date|al\s+día|booster|refuerzo|second|another|otra|yet)\b)"
)
_INFECTION = alt(
    r"rabies", r"rabia", r"tetanus", r"tétanos", r"hiv", r"vih", r"aids", r"sida", r"stis?", r"stds?", r"its",
    r"ets", r"herpes", r"hpv", r"vph", r"hepatitis", r"lyme(?:\s+disease)?", r"measles", r"sarampión",
    r"(?:the\s+)?flu",
    r"(?:la\s+)?gripe", r"covid(?:-19)?", r"skin\s+cancer", r"cáncer\s+de\s+piel", r"(?:a\s+)?sunburn",
    r"quemaduras?", r"chlamydia", r"clamidia", r"gonorrh?\w+", r"syphilis", r"sífilis", r"salmonella",
    r"food\s+poisoning", r"listeria", r"pregnant", r"embarazad\w+",
)
_CANT = alt(
    r"can'?t", r"cannot", r"can\s+not", r"won'?t", r"will\s+not", r"impossible\s+to",
    r"no\s+(?:puede|puedes|pueden|se\s+pueden?)",
)

FAMILY_MYTHS: tuple[Myth, ...] = (
    myth(
        "proven_treatment_denied",
        "statin|estatina|vaccin|vacuna|shot|jab|chemo|quimio|antidepress|antidepresiv|ssri|insulin|blood|fluor"
        "|sunscreen|inhaler|methadone|buprenorph|suboxone|metadona|buprenorf|birth|antibiotic|antiretrovir|prep"
        "|mmr|hpv|flu|booster|mrna|immuniz",
        rf"\b{_THERAPY}\b{_CLAUSE_GAP}\b(?:{_ORGAN_HARM}|(?:do|does|hacen?)\s+more\s+harm\s+than\s+good"
        r"|hacen?\s+más\s+daño\s+que\s+bien"
        r"|(?:are|is)\s+(?:just\s+|nothing\s+but\s+)?(?:poison|a\s+scam|a\s+hoax|useless|worthless)\b"
        r"|(?:son|es)\s+(?:un\s+)?(?:veneno|estafa|inútil\w*)|kills?\s+more\s+(?:people\s+)?than\s+(?:it|they)\s+"
        rf"(?:saves?|helps?|cures?)|(?P<neg>don'?t|doesn'?t|do\s+not|does\s+not|never)\s+(?:really\s+|actually\s+)?work"
        rf"{_NOT_FOR_ALL}|(?P<neg2>no)\s+funcionan?{_NOT_FOR_ALL})",
        "Says a proven treatment or vaccine doesn't work or does more harm than good.",
        "This treatment is backed by large trials; decisions about it belong with a clinician (FDA, NIH).",
        anchored=True,
    ),
    myth(
        "preventable_disease_is_mild",
        "measles|polio|whooping|pertussis|chicken|chickenpox|mumps|rubella|diphtheria|tetanus|hpv|hepatitis|flu"
        "|influenza|covid|rotavirus|meningitis|sarampión|tos|varicela|paperas|rubéola|difteria|tétanos|gripe",
        rf"\b{_PREVENTABLE}\s+(?:is|are|es|son)\s+(?![^.!?\n]{{0,30}}\b(?:more\s+than|far\s+from|anything\s+but)\b)"
        r"[^.!?\n]{0,30}?\b(?:mild|harmless|benign|minor|(?P<neg>no)\s+big\s+deal|(?P<neg2>nothing)\s+to\s+worry\s+about"
        r"|leve|inofensiv\w*|benign\w*|(?P<neg3>nada)\s+grave|(?P<neg4>sin)\s+importancia|rite\s+of\s+passage)\b"
        r"(?![^.!?\n]{0,80}\b(?:but|pero|though|aunque|can\s+be|puede\s+ser|serious|severe|grave|dangerous|peligros\w*"
        r"|complicat\w*)\b)",
        "Plays down a vaccine-preventable disease as mild or harmless.",
        "Measles, whooping cough, flu and other vaccine-preventable diseases can be severe or deadly; "
        "vaccination is the safer way to immunity (CDC).",
        anchored=True,
    ),
    myth(
        "no_need_to_vaccinate",
        "no|don|do|doesn|skip",
        r"\b(?:(?P<neg>no)\s+need\s+(?:to\s+(?:get\s+)?|for\s+(?:an?\s+|the\s+|any\s+)?)|(?P<neg2>don'?t|do\s+not|doesn'?t)"
        r"\s+(?:really\s+)?need\s+(?:to\s+(?:get\s+|wear\s+|use\s+)?|an?\s+|the\s+|any\s+)?|(?P<neg3>no)\s+(?:hace\s+falta"
        r"|necesita\w*|es\s+necesario)\s+(?:la\s+|las\s+|una\s+|el\s+)?|skip\s+(?:the\s+|your\s+|their\s+)"
        r"|don'?t\s+bother\s+with\s+(?:the\s+)?)(?:\w+\s+)?(?:vaccinat\w*|vaccines?|vacunar\w*|vacunas?|immuniz\w*"
        r"|flu\s+shots?|mmr|shots\b|sunscreen|sunblock|spf|sun\s+protection|protector\s+solar|bloqueador)"
        + _LEGIT_CONDITION + r"(?![^.!?\n]{0,30}\b(?:at\s+night|indoors|after\s+(?:sunset|dark)|de\s+noche)\b)",
        "Tells people vaccines are unnecessary; they are recommended because these diseases are dangerous.",
        "Recommended vaccines protect children and adults from serious disease (CDC, AAP).",
        anchored=True,
    ),
    myth(
        "recommended_care_unnecessary",
        "vaccin|vax|vacuna|shot|jab|immuniz|booster|mmr|hpv|vitamin|vitamina|hep|eye|newborn|prenatal|folic"
        "|sunscreen|sunblock|spf|protector|bloqueador|car|fluor",
        rf"\b{_RECOMMENDED}\s+(?P<neg>isn'?t|is\s+not|aren'?t|are\s+not|no\s+(?:es|son))\s+(?:really\s+|even\s+|realmente\s+)?"
        r"(?:necessary|needed|important|worth\s+it|required|necesari\w+|important\w+)\b"
        r"(?!\s+(?:if|for|until|unless|again|every|each|yet|before|after|at|in|this|right|si|para|hasta))",
        "Says recommended preventive care is unnecessary.",
        "Follow the recommended schedule for vaccines, the newborn vitamin K shot and sun protection (CDC, AAP).",
        anchored=True,
    ),
    myth(
        "conditional_immunity",
        "can|cannot|won|will|impossible|no|there",
        rf"\b(?P<neg>{_CANT})\s+(?:\w+\s+)?(?:get|catch|contract|become|quedar\w*|contraer|pegar\w*|contagiar\w*"
        rf"|get\s+infected\s+with)\s+(?:\w+\s+){{0,2}}?{_INFECTION}\s+(?:\w+\s+)?(?:if|as\s+long\s+as|while|when|si|mientras"
        r"|cuando|siempre\s+que)\b(?![^.!?\n]{0,60}\bundetectable\b)"
        rf"|\b(?:there'?s\s+|there\s+is\s+)?(?P<neg2>no)\s+(?:(?:hay|existe)\s+)?(?:risk|riesgo)s?\s+(?:of|de)\s+"
        rf"(?:getting\s+|catching\s+|contraer\s+)?{_INFECTION}\b(?!\s+(?:from|de\s+la|por\s+la|with|con|through))",
        "Says you can't catch an infection (or get pregnant) under some condition; that protection isn't real.",
        "Say what lowers the risk and what to do after an exposure, with a source (CDC).",
        anchored=True,
    ),
    myth(
        "sti_transmission",
        "can|cannot|won|will|impossible|no|condom|condoms|condones|preservativ",
        rf"\b(?P<neg>{_CANT})\s+(?:\w+\s+)?(?:get|catch|contract|spread|pass\s+on|transmit|contagiar\w*|contraer"
        r"|transmitir|pegar\w*)\s+(?:an?\s+)?(?:\w+\s+)?(?:stis?|stds?|its|ets|sexually\s+transmitted\s+\w+|herpes|hpv"
        r"|chlamydia|clamidia|gonorrh?\w+|syphilis|sífilis|hiv|vih)\s+(?:through|from|via|by|during|with|por|con"
        r"|durante|mediante)\s+(?:\w+\s+)?(?:oral(?:\s+sex)?|sexo\s+oral|anal|sexo\s+anal|(?:someone|a\s+partner)\s+"
        r"(?:who|that)\s+(?:looks|seems|has\s+no)|the\s+first\s+time|la\s+primera\s+vez)"
        r"|\b(?:condoms?|condones|preservativos)\b[^.!?\n]{0,40}\b(?:only|just|solo|sólo)\s+(?:matter|needed|necessary"
        r"|count|importan|sirven|son\s+necesarios)\s+(?:for|during|en|para|durante)\s+(?:\w+\s+)?(?:intercourse|vaginal"
        r"|penetra\w+|el\s+coito)",
        "Gets STI transmission wrong; these infections spread through oral and other sex, often without symptoms.",
        "STIs can spread through oral, vaginal and anal sex; condoms and dental dams lower the risk (CDC).",
        anchored=True,
    ),
    myth(
        "pharma_conspiracy",
        "don|doesn|do|does|won|will|no|make|made|earn|profit|rake|gana|hid|hide|suppress|bur|cover|ocult|escond"
        "|what|lo",
        r"\b(?P<neg>don'?t|doesn'?t|do\s+not|does\s+not|won'?t|will\s+never|no)\s+(?:want|quiere\w*)\s+(?:you\s+to\s+"
        r"(?:know|find\s+out|hear\s+(?:about\s+)?this|learn)|que\s+(?:sepas|sepa|usted\s+sepa|lo\s+sepas))\b"
        r"|\b(?:makes?|made|earns?|profits?|rakes?\s+in|gana\w*)\s+(?:\w+\s+)?(?:billions|millions|a\s+fortune"
        r"|miles\s+de\s+millones|millones)\s+(?:\w+\s+){0,2}?(?:keeping|by\s+keeping|off\s+keeping|manteniendo)\s+"
        r"(?:you|us|people|patients|kids|a\s+la\s+gente|a\s+los\s+pacientes)\b"
        r"|\b(?:hid(?:e|es|ing|den)?|suppress\w*|bur(?:y|ies|ied)|cover\w*\s+up|ocult\w*|escond\w*)\s+(?:the\s+|a\s+|la\s+)?"
        r"(?:\w+\s+)?(?:cure|cura|truth\s+about\s+\w+)\b"
        r"|\bwhat\s+(?:your\s+|the\s+)?(?:doctors?|oncologists?|dentists?|pediatricians?|big\s+pharma)\s+(?P<neg2>won'?t"
        r"|don'?t|doesn'?t|will\s+never)\s+tell\s+you|\blo\s+que\s+(?:su|tu|los|sus|tus)\s+(?:médicos?|doctor\w*)\s+"
        r"(?P<neg3>no)\s+(?:le\s+|te\s+|les\s+)?(?:dice|dicen|quiere\w*\s+decir)",
        "Frames medicine as a conspiracy hiding the truth; that is a hallmark of health misinformation.",
        "Point to the evidence and to a clinician, without claims that doctors or industry hide cures.",
        anchored=True,
    ),
    myth(
        "vaccine_schedule",
        "vaccin|vacuna|shot|shots|mmr|immun|inmun|spread|space|delay|retras|espaci|too|demasiad|tantas",
        r"\b(?:spread\w*|space\w*|split\w*|espaciar|separar)\s+(?:out\s+|up\s+)?(?:the\s+|their\s+|your\s+|las\s+|sus\s+)?"
        r"(?:\w+\s+)?(?:vaccines|shots|vacunas|immuni[sz]ations|them)\s+(?:out\s+)?(?:over|across|a\s+lo\s+largo\s+de)\s+"
        r"(?:a\s+few\s+|several\s+|\d+\s+|varios\s+)?(?:years|months|años|meses)"
        r"|\b(?:delay\w*|postpon\w*|hold\w*\s+off\s+on|wait\w*\s+(?:on|with)|retrasar|posponer)\s+(?:the\s+|their\s+|your"
        r"\s+|las?\s+)?(?:\w+\s+)?(?:vaccines?|shots?|mmr|vacunas?)\s+(?:until|for|hasta)\s+(?:age|they|school"
        r"|kindergarten|(?:a\s+few|several|\d+|two|three)\s+(?:years|months)|los\s+\d|que)"
        r"|\b(?:immune\s+systems?|sistemas?\s+inmun\w+)\s+(?P<neg>can'?t|cannot|isn'?t\s+able\s+to|aren'?t\s+able\s+to|no"
        r"\s+puede\w*)\s+(?:\w+\s+)?(?:handle|cope\s+with|take|soportar|manejar|con)\s+(?:so|too|tantas|demasiadas)\s+many"
        r"|\btoo\s+many\s+(?:vaccines|shots|vacunas)\s+(?:at\s+once|too\s+(?:soon|early|young)|at\s+one\s+time)"
        r"|\b(?:demasiadas|tantas)\s+vacunas\s+(?:a\s+la\s+vez|al\s+mismo\s+tiempo|de\s+golpe|juntas)",
        "Recommends spreading out or delaying vaccines, or says babies can't handle them; that leaves children "
        "unprotected.",
        "The recommended schedule is tested as a whole and protects children when they are most at risk (CDC, AAP).",
        anchored=True,
    ),
    myth(
        "mental_health_willpower",
        "depress|anxiety|addict|ocd|adhd|bipolar|ptsd|mental|alcoholism|ansiedad|adicci|willpower|will|voluntad"
        "|mindset|snap|methadone|buprenorph|suboxone|metadona|buprenorf|mat|trade",
        r"\b(?:depression|anxiety|addiction|ocd|adhd|bipolar(?:\s+disorder)?|ptsd|mental\s+illness|alcoholism|depresión"
        r"|ansiedad|adicción|enfermedad\s+mental)\s+(?:is|es)\s+(?:just\s+|only\s+|simply\s+|all\s+|really\s+|solo\s+"
        r"|sólo\s+)?(?:about\s+|a\s+matter\s+of\s+|cuestión\s+de\s+)?(?:willpower|will\s+power|mindset|attitude|a\s+choice"
        r"|laziness|weakness|in\s+your\s+head|voluntad|actitud|flojera|debilidad)\b"
        r"|\b(?:beat|cure|fix|overcome|treat|get\s+over|superar|curar|vencer)\s+(?:your\s+|la\s+|tu\s+|su\s+)?"
        r"(?:depression|anxiety|addiction|depresión|ansiedad|adicción)\s+(?:with|through|by|con)\s+(?:\w+\s+)?"
        r"(?:willpower|positive\s+thinking|sheer\s+will|fuerza\s+de\s+voluntad)\b"
        r"|\b(?:willpower|will\s+power|fuerza\s+de\s+voluntad)\s+(?:instead|en\s+lugar)"
        r"|\b(?:methadone|buprenorphine|suboxone|metadona|buprenorfina|mat)\b[^.!?\n]{0,60}?\b(?:trades?|replaces?|swaps?"
        r"|substitutes?|cambia\w*)\s+(?:\w+\s+)?(?:one\s+addiction|una\s+adicción)",
        "Treats mental illness or addiction as a matter of willpower, or says treatment is 'another addiction'.",
        "Depression, anxiety and addiction are medical conditions; medicines like buprenorphine and methadone "
        "save lives (NIMH, SAMHSA).",
        anchored=True,
    ),
    myth(
        "everyday_health_myths",
        "lose|pierde|perdemos|diabetic|diabetics|people|diabéticos|only|solo|sólo|hpv|vph|flush|flushes|flushing"
        "|purg|sweat|draw|draws|drawing|pull|pulls|pulling|detoxif|cleans|limpia|elimina",
        r"\b(?:lose|loses|pierde\w*)\s+(?:most|half|\d+\s?%)\s+(?:of\s+)?(?:your\s+|the\s+|our\s+)?(?:body\s+)?heat\s+"
        r"(?:through|from|por)\s+(?:your\s+|the\s+|la\s+)?(?:head|cabeza)"
        r"|\b(?:diabetics|people\s+with\s+diabetes|diabéticos)\s+(?P<neg>can\s+never|can'?t\s+ever|must\s+never|cannot"
        r"|can'?t|no\s+pueden)\s+(?:eat|have|comer|tomar)\s+(?:any\s+)?(?:sugar|sweets|fruit|carbs|dessert|azúcar"
        r"|dulces|fruta)"
        r"|\bonly\s+(?:old|older|elderly)\s+(?:people|adults|folks)\s+(?:get|have)\s+(?:strokes?|heart\s+attacks?"
        r"|cancer|shingles)|\bsolo\s+(?:los\s+)?(?:ancianos|viejos|mayores)\s+(?:tienen|sufren)\s+(?:derrames|infartos)"
        r"|\b(?:hpv|vph)\s+(?:only|solo|sólo|just)\s+(?:affects|afecta|matters\s+for|infects)\s+(?:a\s+)?(?:women|girls"
        r"|las\s+mujeres|las\s+niñas|mujeres|niñas)"
        r"|(?<!kidneys\s)(?<!liver\s)(?<!body\s)(?<!lungs\s)(?<!organs\s)(?<!riñones\s)(?<!hígado\s)(?<!cuerpo\s)"
        r"\b(?:flush\w*|purg\w*|sweat\w*|draws?|drawing|pulls?|pulling|detoxif\w*|cleans\w*|limpia\w*|elimina\w*)\s+"
        r"(?:out\s+)?(?:all\s+|the\s+|those\s+|your\s+|las\s+|todas\s+las\s+)?(?:toxins|impurities|heavy\s+metals|toxinas"
        r"|impurezas|metales\s+pesados)\b",
        "Repeats a common health myth.",
        "Check the claim against a trusted source (CDC, NIH, a professional society) and state the evidence instead.",
        anchored=True,
    ),
    myth(
        "chemtrails",
        "chemtrail|chemtrails|estelas",
        r"\b(?:chemtrails?|estelas\s+químicas)\b",
        "Repeats the chemtrails conspiracy theory; airplane contrails are water vapour.",
        "Contrails are condensed water vapour; there is no secret spraying program (EPA, NASA).",
        anchored=True,
    ),
    myth(
        "snoring_harmless",
        "snor|ronc|loud",
        r"\b(?:loud\s+)?snor\w+\s+(?:just\s+|only\s+|simply\s+)?(?:means|is\s+a\s+sign\s+of|shows)\s+(?:that\s+)?"
        r"(?:you'?re\s+|you\s+are\s+)?(?:in\s+(?:a\s+)?)?(?:(?:deep|restful|good|sound|healthy),?\s+(?:and\s+)?)+sleep"
        r"|\b(?:loud\s+)?snor\w+\s+is\s+(?:always\s+|totally\s+|completely\s+)?(?:harmless|nothing\s+to\s+worry\s+about)"
        r"|\broncar\s+(?:es|significa)\s+(?:señal\s+de\s+)?(?:buen\s+sueño|sueño\s+profundo|inofensivo|normal)",
        "Says loud snoring is harmless or a sign of good sleep; it can signal sleep apnea.",
        "Loud snoring can be a sign of sleep apnea, which raises heart risks; a sleep study can tell (AASM).",
        anchored=True,
    ),
    myth(
        "acid_causes_disease",
        "acid|ácid|acidez|alka|alcalin|heartburn|reflux|gerd",
        r"\b(?:acid\w*|ácid\w*|acidez)\s+(?:(?:in|en)\s+(?:your|the|el|su)\s+(?:body|blood|cuerpo|sangre)\s+)?(?:that\s+|que\s+)?"
        r"(?:causes?|causa|provoca|is\s+the\s+(?:root\s+)?cause\s+of|es\s+la\s+causa\s+de)\s+(?:all\s+|most\s+|toda\s+)?"
        r"(?:\w+\s+)?(?:disease|diseases|illness|cancer|enfermedad\w*|cáncer)\b"
        r"|\b(?:heartburn|reflux|gerd|acidez)\b[^.!?\n]{0,40}?\b(?:caused\s+by|comes\s+from|means|due\s+to)\s+"
        r"(?:too\s+little|low|not\s+enough)\s+(?:stomach\s+)?acid",
        "Says acidity causes disease, or that heartburn comes from too little acid; neither is true.",
        "Your body keeps its pH in a narrow range whatever you eat or drink; reflux is treated with proven "
        "medicines (NIH).",
        anchored=True,
    ),
    myth(
        "newborn_care_myths",
        "healthy|babies|baby|bebés|newborn",
        r"\b(?:healthy\s+)?(?:babies|newborns|bebés)\s+(?:are\s+born\s+with|nacen\s+con)\s+everything\s+they\s+need",
        "Says newborns need no preventive care.",
        "Newborns need the vitamin K shot, hepatitis B vaccine and screening (AAP).",
        anchored=True,
    ),
)

