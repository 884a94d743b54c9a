"""Care vocabulary (English and Spanish): what ties a name, a date, a handle or a place to someone's care.

`CARE` finds care words anywhere (procedures, tests, devices, symptoms, drugs by their endings, births and
deaths); `PERSONAL_CARE` finds care that belongs to one person: a possessive before a care word ("your sleep
study", "her third round of chemo", "Theo's visit", "su revisión"), and the phrases that confirm a visit
("good seeing you at your adjustment", "you skipped 6 of your 10 sessions", "nos vemos en tu control").
Word classes are listed once and shared by both.
"""

from __future__ import annotations

import re

from bot.guardrails.phi_text import Lexicon, word_ending_in, words

# Endings of procedure and condition names: tonsillectomy, angioplasty, colonoscopy, bronchitis, anemia (and the
# Spanish rinoplastia, apendicectomía).
MEDICAL_SUFFIXES = tuple(
    words("ectomy ectomies otomy ostomy plasty scopy itis osis emia algia graphy ectomía ectomia plastia scopia "
          "otomía otomia")
)
# Endings of drug names: lisinopril, metoprolol, losartan, atorvastatin, metformin, ibuprofen, amoxicillin,
# omeprazole, sertraline, apixaban, semaglutide, adalimumab, prednisone, oxycodone, alprazolam.
DRUG_SUFFIXES = tuple(
    words("pril olol sartan statin formin profen cillin mycin cycline floxacin prazole azole tidine oxetine "
          "traline triptan gliptin glutide xaban parin dipine semide thiazide codone morphine azepam zolam "
          "isone olone umab imab inib ovir tropin")
)
_EN_CARE = (
    "surgery surgeries surgical operation procedure transplant donor kidney biopsy chemo* radiation dialysis "
    "infusion infusions injection injections diagnos* treatment treatments treated therapy rehab* recover* "
    "discharge discharged admitted admission icu nicu er ed emergency_room emergency_department stroke "
    "heart_attack cancer tumor tumour leukemia diabetes disease syndrome disorder fracture fractured broken "
    "pneumonia infection seizure seizures pregnan* delivered delivery born c_section oxygen cpap ventilator "
    "wheelchair prosthe* cast stitches suture sutures pain rash fever allerg* testing test_results lab_results inr "
    "a1c glucose blood_sugar blood_work bloodwork mri ct x_ray x_rays xray scan ultrasound mammogram colonoscopy "
    "prescription prescriptions rx refill refills medication medications meds insulin dose doses "
    "prior_authorization prior_authorisation chart medical_record appointment appointments follow_up followup "
    "visit visits in_our_care under_our_care checkup check_up cleaning filling crown root_canal extraction braces "
    "implant implanted teeth tooth "
    "orthotics brace splint hospice palliative passed_away died death prognosis symptoms sick illness ambulance "
    "numbing anesthesia bedside hospitalized came_to_our came_to_the ortho oncology maternity labor_and_delivery "
    "step_down gave_birth birthing birth_suite water_birth had_her_baby came_to_us come_to_us came_in "
    "came_to_see_us prior_auth splints crutches sling lb lbs oz pounds weight_loss weight_management bariatric "
    "new_baby "
    "l&d get_well feel_better feeling_better speedy_recovery picu ccu pacu rsv covid flu "
    # tests, visits, devices and cosmetic care
    "evaluation eval re_eval exam audiogram hearing_test hearing_aid hearing_aids ecg ekg echocardiogram holter "
    "cath_lab catheter stent sleep_study adjustment adjustments aligners retainer dentures veneers hearing_loss "
    "cochlear walker cane iv facelift botox filler fillers lipo* tummy_tuck before_and_after before_&_after "
    "cared_for caring_for valve bypass herniat* cardiac cardiology neurology pulmonary renal "
    "sober sobriety relapse overdose fainted collapsed stabilized intubated resuscitated cpr "
    "pill pills headaches headache migraine migraines cough dizziness nausea concussion sprain sprained injured injury "
    "injuries wound wounds burns stitched "
    # the end of treatment marked by a bell, tonsils and other parts taken out, shots
    "rang_the_bell rang_our_bell ring_the_bell rings_the_bell ringing_the_bell ringing_our_bell tonsils adenoids "
    "appendix gallbladder vaccinated immunized shots accident car_crash amputat* spinal_fusion "
    # conditions that no ending gives away
    "sepsis septic anaphylaxis lupus ulcer ulcers hernia cyst clot clots aneurysm embolism dementia measles mumps "
    "shingles croup whooping_cough hiv copd afib arrhythmia palsy lymphoma melanoma carcinoma sarcoma glioma myeloma "
    "frostbite heatstroke dehydration hypothermia overdosed near_drowning drowning cardiac_arrest "
    # devices, tests and care that no other word here names
    "pacemaker defibrillator inhaler nebulizer epipen vaccine vaccines vaccination pap_smear blood_draw labs "
    "counseling counselling therapist miscarriage epidural postpartum went_into_labor in_labor sedation sedated "
    "trach tracheostomy feeding_tube cataract cataracts glaucoma lasik tinnitus vertigo ptsd addiction cavity "
    "cavities sealants acne eczema physiotherapy acupuncture eyeglasses new_glasses hearing_aids braille"
)
_ES_CARE = (
    "cirugía cirugia operación operacion trasplante diagnóstico diagnostico diagnosticad* tratamiento terapia "
    "rehabilitación rehabilitacion recuperación recuperacion urgencias emergencias uci derrame infarto cáncer "
    "cancer enfermedad fractura embarazo embarazada parto nació nacio oxígeno oxigeno dolor dolido duele alergia "
    "resultados análisis analisis glucosa receta medicamento medicamentos insulina dosis cita consulta visita "
    "ucin expediente quimio* diálisis dialisis habitación habitacion hospitalizado hospitalizada dado_de_alta "
    "dada_de_alta mejórate mejorate pronta_recuperación pronta_recuperacion dio_a_luz cesárea cesarea "
    "extracción extraccion endodoncia limpieza revisión revision chequeo control_prenatal prenatal implante "
    "audífonos audifonos marcapasos férula ferula yeso puntos herida quemadura vacuna inyección inyeccion "
    "fiebre tos pastillas antes_y_después antes_y_despues ecografía ecografia sesión sesiones"
)
# Care and health words: a name or date in the same sentence as one of these is tied to someone's care.
CARE = Lexicon.of_phrases(
    _EN_CARE + " " + _ES_CARE,
    MEDICAL_SUFFIXES + DRUG_SUFFIXES,
    # "our cancer center", "the rehab gym": a place or a programme of the organisation, not someone's care
    not_before=r"center|centre|institute|program|programme|department|clinic|wing|gym|building|foundation|team|"
    r"nurses?|staff|awareness|month|week|walk|run|research|services|society|association|fund|drive|ward|"
    r"specialists?|doctors?|cards?",
)
_BODY_WORDS = (
    "knee hip back neck shoulder elbow wrist ankle heel foot feet hand arm leg spine disc disk jaw tooth teeth gum "
    "gums eye eyes ear ears skin heart lung lungs thyroid liver kidney kidneys bladder prostate breast colon stomach "
    "tonsils adenoids appendix gallbladder hamstring "
    "rotator acl meniscus tennis blood sugar level levels numbers rodilla cadera espalda cuello hombro muñeca "
    "tobillo pie pies mano brazo pierna diente dientes muela muelas encía ojo ojos oído oídos oido piel corazón "
    "corazon pulmones presión presion azúcar azucar"
)
_BODY = (
    r"(?:knee|hip|back|neck|shoulder|elbow|wrist|ankle|heel|foot|feet|hand|arm|leg|spine|disc|disk|jaw|tooth|teeth|"
    r"tonsils|adenoids|appendix|gallbladder|hamstring|"
    r"gums?|eyes?|ears?|skin|heart|lungs?|thyroid|liver|kidneys?|bladder|prostate|breast|colon|stomach|"
    r"rotator\s+cuff|ACL|meniscus|tennis\s+elbow|blood\s+pressure|sugar|levels?|numbers|rodillas?|cadera|espalda|"
    r"cuello|hombro|muñeca|tobillo|pies?|mano|brazo|pierna|dientes?|muelas?|encías?|ojos?|o[íi]dos?|piel|"
    r"coraz[óo]n|pulmones|presi[óo]n|az[úu]car)"
)
# Things only a person who had care has: "your chart", "her allergy testing", "his stroke".
_CARE_NOUN = (
    r"(?:surgery|procedure|treatment|therapy|referral|authori[sz]ation|pacemaker|CPAP|inhaler|mammogram|"
    r"colonoscopy|ultrasound|pregnancy|delivery|infusion|prior\s+auth|shin\s+splints|splint|crutches|sling|inserts|"
    + word_ending_in(words("ectomy otomy ostomy plasty plastia scopy scopia itis osis emia algia"))
    + r"|prescription|refill|medication|"
    r"meds|dose|insulin|chart|records?|results|labs?|INR|A1c|glucose|scan|MRI|x-?rays?|biopsy|diagnosis|"
    r"appointment|visit|follow-?up|stay|admission|discharge|recovery|rehab|sessions?|exercises|injections?|filling|"
    r"crown|cleaning|root\s+canal|implants?|braces|orthotics|cast|stitches|testing|tests?|pain|condition|symptoms|"
    r"bill|claim|ER\s+visit|chemo\w*|radiation|transplant|stroke|heart\s+attack|cancer|replacement|ER\s+stay|"
    r"hospital\s+stay|wait\s+in\s+(?:our|the)\s+ER|crash|accident|injury|injuries|fall|burns?|wounds?|sciatica|"
    r"arthritis|asthma|diabetes|migraines?|headaches?|depression|anxiety|allergies|eczema|psoriasis|acne|hernia|"
    r"concussion|sprain|tear|fracture|infection|UTI|blood\s+clot|heart\s+failure|COPD|dementia|Alzheimer's|"
    r"seizures?|epilepsy|ADHD|autism|pregnan\w+|miscarriage|evaluation|eval|re-?eval|exam|check-?up|check|physical|"
    r"screening|assessment|consult(?:ation)?|(?:sleep\s+)?study|audiogram|hearing\s+(?:test|aids?)|aids|devices?|"
    r"ECG|EKG|echo|Holter(?:\s+monitor)?|monitor|pump|CGM|meter|glasses|lenses|contacts|progressives|aligners|"
    r"retainer|dentures|veneers|IV|port|stent|catheter|walker|cane|wheelchair|boot|adjustments?|fitting|cough|"
    r"fever|rash|reflux|GERD|scope|hot\s+flashes|dizziness|nausea|bleeding|swelling|blood\s*work|lab\s*work|panel|facelift|botox|"
    r"fillers?|lipo\w*|tummy\s+tuck|birth|labor|c-section|sobriety|counseling|(?:support\s+|therapy\s+)?group|"
    r"pills?|portal(?:\s+(?:account|password|login))?|ulcers?|wound\s+care|shots?|vaccines?|vaccinations?|immuni[sz]ations?|boosters?|"
    + word_ending_in(DRUG_SUFFIXES)
    + r"|"
    r"receta|cita|visita|glucosa|cirug[ií]a|tratamiento|insulina|dosis|resultados|quimio\w*|ca[íi]da|accidente|"
    r"enfermedad|embarazo|revisi[óo]n|control(?:\s+prenatal)?|chequeo|consulta|limpieza|extracci[óo]n|endodoncia|"
    r"implante|aud[íi]fonos|lentes|marcapasos|f[ée]rula|yeso|puntos|herida|vacuna|inyecci[óo]n|parto|ces[áa]rea|"
    r"dolor|fiebre|tos|pastillas|medicamentos?|terapia|sesi[óo]n|sesiones|ecograf[íi]a|an[áa]lisis)"
)
# Verbs that make "your ..." general advice or marketing ("book your screening", "protect your heart").
_GENERAL_VERBS = words(
    "book schedule get make bring ask reserve plan request keep skip miss check protect know love "
    "prepare track manage lower control monitor take reduce improve boost share bring_in send send_in upload fill "
    "pick_up drop_off renew update transfer have agende reserve programe pida lleve traiga saque cuide proteja"
)
# ("we have your follow-up on 12/3" confirms an appointment: a verb after "we" is not general)
_GENERAL_BEFORE = (
    r"(?<!we\s)(?<!we['’]ll\s)(?<!we['’]ve\s)\b(?:"
    + "|".join(verb.replace("_", r"\s+") for verb in _GENERAL_VERBS)
    + r")\s+$"
)
# A possessive before a care word, with up to two words between ("your 32-week visit", "her third round of chemo").
_POSSESSED = (
    r"(?:your|his|her|their|tu|tus|su|sus|(?!(?:Children|Women|Men|Kids|Today|Tomorrow|Mother|Father|"
    r"Parent|People|Valentine|Parkinson|Alzheimer|Crohn|Hashimoto|Huntington|Hodgkin|Graves|Addison|Cushing|Bell|"
    r"Tourette|Asperger|Raynaud|Sj[öo]gren|Lou|America|Nation|World|State|County|City|Town|Tonight|Yesterday|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Week|Month|Year)['’])"
    r"(?-i:[A-Z][a-z]+)['’]s)\s+"
    r"(?:(?!(?:for|to|at|and|or|with|in|on|is|are|was|the|a|an|y|de|en|para|about|from|by|during|when|if|"
    r"that|this|these|those|questions?|own|next|every|any|all|some|free|first|sobre|cada|próxima|proxima)\b)"
    r"[\w'’-]+\s+){0,2}?(?:(?:round|course|cycle|dose|set|week|day)s?\s+of\s+)?"
    r"(?:" + _BODY + "|" + _CARE_NOUN + r")\b"
    # "so glad your reflux settled", "happy to hear your ankle is healing"
    r"|(?:(?<=glad\s)|(?<=happy\s)|(?<=relieved\s)|(?<=thrilled\s)|(?<=that\s)|(?<=to\shear\s)|(?<=to\ssee\s))"
    r"your\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:settled|healed|cleared(?:\s+up)?|went\s+(?:well|smoothly|great)|is\s+(?:better|healing|gone|improving)|"
    r"feels?\s+(?:better|great)|worked|stopped|improved|resolved|responded|healing)\b"
)
_NUMBER_WORDS = "one two three four five six seven eight nine ten several many"
# Each part is tried only at its own first words: a large pattern tried at every "the" or "your" is slow.
PERSONAL_CARE = Lexicon.union(
    Lexicon(_POSSESSED, words("your his her their tu tus su sus"), possessives=True, reject_before=_GENERAL_BEFORE),
    Lexicon(r"(?:saved|saving|save)\s+(?:\w+['’]s|his|her|their|your)\s+life\b", words("saved saving save")),
    Lexicon(
        r"as\s+your\s+(?:PT|OT|doctor|nurse|dentist|pharmacist|therapist|provider|surgeon|physician|care\s+team|"
        r"chiropractor|dietitian|nutritionist|midwife|doula|hygienist|counselor|OB|OB-?GYN|pediatrician|trainer|"
        r"audiologist|" + word_ending_in(["ologist", "iatrist"]) + r")\b",
        ["as"],
    ),
    Lexicon(
        r"(?:cured|treated|fixed|healed|helped|repaired|reviewed|checked|reprogrammed|adjusted|fitted)\s+your\b",
        words("cured treated fixed healed helped repaired reviewed checked reprogrammed adjusted fitted"),
    ),
    # "you came in", "you were seen", "if you'd shown up on time"
    Lexicon(
        r"you\s+(?:came\s+(?:in|to)|were\s+(?:here|seen|treated|admitted|discharged|in\s+our)|visited\s+(?:us|our)|"
        r"had\s+your)\b|you(?:['’]d|\s+had|\s+have|['’]ve)?\s+(?:\w+\s+){0,2}?(?:shown\s+up|showed\s+up|no-?showed)\b",
        ["you"],
    ),
    # "after his surgery", "después de la UCIN", "congrats on finishing cardiac rehab"
    Lexicon(
        r"(?:after|before|since|despu[ée]s\s+de|antes\s+de|desde)\s+(?:(?:his|her|your|their|su|tu|la|el)\s+)?(?:\w+\s+)?"
        r"(?:surgery|transplant|stroke|procedure|ICU|NICU|PICU|UCI|UCIN|cirug[íi]a|trasplante|operaci[óo]n|parto)\b"
        r"|(?:congrats|congratulations|kudos|felicidades|well\s+done)\s+(?:on|for|por)\s+(?:finishing|completing|"
        r"graduating\s+from|terminar|completar)?\s*(?:your\s+|tu\s+|su\s+)?(?:[\w-]+\s+){0,2}?" + _CARE_NOUN + r"\b",
        words("after before since después despues antes desde congrats congratulations kudos felicidades well"),
    ),
    Lexicon(
        r"(?:custom\s+)?orthotics\b|home\s+exercises\b|" + _BODY + r"\s+(?:pain|surgery|replacement)\b",
        words("custom orthotics home " + _BODY_WORDS),
    ),
    Lexicon(
        r"(?:the|that|this)\s+new\s+(?:knee|hip|shoulder|heart|kidney|liver|lungs?|teeth|smile|hearing\s+aids?|glasses|"
        r"pacemaker|cast|brace|progressives|lenses|aligners)\b",
        words("the that this"),
    ),
    # "it was a pleasure caring for your mom", "the nurses taking care of him"
    Lexicon(
        r"(?:car(?:ing|ed)\s+for|tak(?:ing|e)\s+care\s+of|took\s+care\s+of|operat(?:ing|ed)\s+on)\s+"
        r"(?:your\s+(?:little\s+|sweet\s+|baby\s+)?(?:mom|mother|dad|father|son|daughter|baby|husband|wife|grandma|"
        r"grandpa|grandmother|grandfather|boy|girl|twins|brother|sister|partner)|him|her)\b",
        words("caring cared taking take took operating operated"),
    ),
    # "41 days in our NICU"
    Lexicon(
        r"(?:\d+|" + _NUMBER_WORDS.replace(" ", "|") + r")\s+(?:more\s+)?(?:days|weeks|months|nights)\s+(?:in|on|at)\s+"
        r"(?:our|the)\s+(?:\w+\s+){0,2}?(?:unit|floor|ward|ICU|NICU|PICU|CCU|ER|hospital|rehab|hospice)\b",
        words(_NUMBER_WORDS),
        numbers=True,
    ),
    # Phrases that confirm the reader was seen ("good seeing you yesterday", "see you Friday for your crown fitting",
    # "qué gusto verla ayer", "nos vemos en tu revisión").
    Lexicon(
        r"(?:good|great|nice|so\s+good|lovely)\s+(?:seeing|to\s+see)\s+you\s+(?:yesterday|today|"
        r"this\s+(?:morning|week)|last\s+(?:night|week))\b"
        r"|see\s+you\s+(?:\w+\s+){0,2}?(?:at|for)\s+(?:your\s+)?(?:next\s+)?(?:[\w-]+\s+){0,2}?" + _CARE_NOUN + r"\b"
        r"|qu[ée]\s+gusto\s+(?:verl[ao]|verte|saludarl[ao])\b|nos\s+vemos\s+en\s+(?:tu|su)\b",
        words("good great nice so lovely see qué que nos"),
    ),
)

# Words for an encounter that every reader of a reply has had ("your visit", "su última cita"): naming only these
# confirms nothing about someone's care; a clinical word ("your crown", "your biopsy", "your ER visit") does.
GENERIC_ENCOUNTER = frozenset(
    words("visit visits appointment appointments stay care experience wait bill claim check recent last latest "
          "next first visita visitas cita citas consulta atención atencion reciente última ultima")
)
_POSSESSIVES = frozenset(words("your his her their tu tus su sus"))
_DAY_AFTER = re.compile(
    r"\s+(?:yesterday|today|tonight|this\s+(?:morning|afternoon|week)|last\s+(?:night|week|month)|on\s+(?:mon|tue|"
    r"wed|thu|fri|sat|sun)\w*|on\s+\d|ayer|hoy|el\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado))\b"
)


def only_an_encounter(lower: str, start: int, end: int) -> bool:
    """Whether the care phrase at start:end of a lower-cased text is a possessive and generic encounter words only
    ('your visit'), with no day after it ('your appointment yesterday' confirms one)."""
    parts = lower[start:end].split()
    if len(parts) < 2 or parts[0] not in _POSSESSIVES or not all(part in GENERIC_ENCOUNTER for part in parts[1:]):
        return False
    return not _DAY_AFTER.match(lower, end)

# In a reply to one person, words that confirm we hold their care: "we'll have your refill ready", "we faxed your
# referral", "come back in if ...", "bring him back Friday". (Said to the public, "we'll have your prescription
# ready in 15 minutes" is marketing: only replies use these.)
REPLY_CONFIRMS = Lexicon(
    r"we(?:['’](?:ll|ve|re|d)|\s+(?:will|have|had|are|just|already|also))*\s+(?:\w+\s+)?(?:have|had|sent|send|faxed|"
    r"called|booked|scheduled|rescheduled|moved|filled|refilled|transferred|reviewed|checked|found|fixed|received|"
    r"ordered|updated|cancell?ed|processed|approved|submitted|resubmitted|mailed|released|uploaded|posted)\s+your\s+"
    r"(?:[\w'’-]+\s+){0,2}?" + _CARE_NOUN + r"\b"
    r"|(?:come|coming)\s+back\s+(?:in|to\s+see\s+us)\b|bring\s+(?:him|her|them|the\s+baby)\s+back\b",
    words("we come coming bring"),
)
