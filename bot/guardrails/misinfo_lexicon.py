"""Topic lexicons for the misinfo knowledge table: what a post is talking about, in English and Spanish.

A lexicon is a list of terms. A term is one or more words; a word ending in `*` also matches any
longer word ("vaccin*": vaccine, vaccines, vaccination). Terms are matched on the lower-cased text as
whole words; "~" stands for any one word. The first word of a term that is not "the", "your", "la" ... is its
trigger stem (see claim_triggers): a lexicon is searched for only where such a word starts, so keep them
specific: a bare "shot" would wake the vaccine lexicon on every photo caption. Everyday topics are in
misinfo_lexicon_everyday.
"""

from __future__ import annotations

from bot.guardrails.misinfo_lexicon_everyday import EVERYDAY

# Each entry: name -> (label used in messages, "term | term | ...").
HEALTH: dict[str, tuple[str, str]] = {
    # --- Vaccines and preventive care ---------------------------------------------------------------
    "vaccine": (
        "vaccines",
        "vaccin* | vax* | unvaccinated | vacun* | immuniz* | immunis* | inmuniz* | jab | jabs | booster*"
        " | mmr | dtap | tdap | gardasil | mrna | flu shot* | covid shot* | hpv shot* | measles shot*"
        " | tetanus shot* | baby shots | childhood shots | shots for kids | la inyección | el pinchazo"
        " | refuerzo*",
    ),
    "flu_vaccine": (
        "the flu shot",
        "flu shot* | flu vaccin* | flu jab* | influenza vaccin* | vacuna contra la gripe | vacuna de la gripe"
        " | vacuna contra la influenza | vacuna antigripal | vacunas contra la gripe",
    ),
    "vitamin_k": ("the vitamin K shot", "vitamin k shot* | vitamin k injection* | vitamin k | vitamina k"),
    "sunscreen": (
        "sunscreen",
        "sunscreen* | sunblock* | spf | sun protection | protector solar | protectores solares | bloqueador*"
        " | filtro solar",
    ),
    "fluoride": ("fluoride", "fluorid* | fluoruro* | flúor | fluor | fluoridation | fluoridated"),
    "screening": (
        "screening",
        "mammogram* | mamografía* | colonoscop* | pap smear* | pap test* | papanicolau | papanicolaou"
        " | cancer screening* | screening* | tamizaje* | prostate exam* | psa test* | skin check* | eye exam*"
        " | dental checkup* | dental check-up* | checkup* | check-up* | chequeo* | biops* | biopsia*",
    ),
    "prenatal_care": (
        "prenatal care",
        "prenatal vitamin* | folic acid | ácido fólico | prenatal visit* | control prenatal",
    ),
    # --- Proven treatments -----------------------------------------------------------------------------
    "proven_treatment": (
        "proven treatment",
        "chemo* | quimio* | radiation therapy | radioterapia | insulin* | statin* | estatina*"
        " | antidepressant* | antidepresiv* | ssri* | antibiotic* | antibiótic* | blood pressure med*"
        " | blood pressure pill* | blood pressure medication* | inhaler* | inhalador* | methadone | metadona"
        " | buprenorphine | buprenorfina | suboxone | naloxone | narcan | antiretroviral* | antirretroviral*"
        " | prep | birth control | anticoncept* | contracept* | surgery | cirugía | prescription*"
        " | prescribed med* | medication* | medicine* | medicamento* | meds | vaccin* | vacuna* | epidural*"
        " | epipen* | thyroid med* | levothyroxine | metformin* | ozempic | blood thinner* | anticoagulant*"
        " | seizure med* | adhd med* | stimulant* | lithium | litio | acid blocker* | ppi | ppis | omeprazol*",
    ),
    "chemo": ("chemotherapy", "chemo* | quimio* | radiation therapy | radioterapia | cancer treatment*"),
    "antibiotic": (
        "antibiotics",
        "antibiotic* | antibiótic* | amoxicillin | amoxicilina | penicillin* | penicilina | azithromycin"
        " | azitromicina | z-pak* | zpak* | z-pack* | augmentin | keflex | cipro | doxycycline | doxiciclina"
        " | cephalexin | cefalexina | clindamycin | clindamicina",
    ),
    "statin": ("statins", "statin* | estatina* | lipitor | crestor | atorvastatin* | rosuvastatin*"),
    "antidepressant": (
        "antidepressants",
        "antidepressant* | antidepresiv* | ssri* | zoloft | prozac | lexapro | sertralin*",
    ),
    "insulin": ("insulin", "insulin* | insulina"),
    "bp_meds": (
        "blood pressure medicine",
        "blood pressure med* | blood pressure pill* | blood pressure medication* | blood pressure drug*"
        " | bp med* | bp pill* | hypertension med* | pastillas para la presión | medicamento* para la presión"
        " | lisinopril | amlodipin* | losartan | losartán",
    ),
    "mat": (
        "addiction medicine",
        "methadone | metadona | buprenorphine | buprenorfina | suboxone | mat | medication-assisted treatment"
        " | naltrexone | vivitrol",
    ),
    "naloxone": ("naloxone", "naloxone | narcan | naloxona"),
    "birth_control": (
        "birth control",
        "birth control | the pill | contracept* | anticoncept* | la píldora | iud | iuds | diu | depo-provera"
        " | depo shot* | implant* | nexplanon | plan b | morning-after pill* | morning after pill*"
        " | píldora del día siguiente | emergency contracepti*",
    ),
    "emergency_contraception": (
        "emergency contraception",
        "plan b | morning-after pill* | morning after pill* | emergency contracepti*"
        " | píldora del día siguiente | anticoncepción de emergencia",
    ),
    "epidural": ("epidurals", "epidural* | epidurales | anestesia epidural"),
    "conspiracy": (
        "a conspiracy",
        "big pharma doesn't want | big pharma does not want | big pharma won't | big pharma hides"
        " | big pharma is hiding | big pharma buries | big pharma suppress* | hidden cure* | suppressed cure*"
        " | the cure they | doctors don't want you to know | don't want you to know"
        " | doesn't want you to know | do not want you to know | won't tell you | will never tell you"
        " | they're hiding | they are hiding | what they're not telling you | what they aren't telling you"
        " | sheeple | no quieren que sepas | no quiere que sepas | no quieren que usted sepa"
        " | lo que no te dicen | lo que no le dicen | la industria farmacéutica oculta"
        " | las farmacéuticas ocultan | la cura que ocultan | profit off keeping you sick"
        " | profits from keeping you sick | keep you sick | mantenerte enfermo | mantenerlo enfermo",
    ),
    "cough_medicine": (
        "cough and cold medicine",
        "cough medicine* | cough syrup* | cold medicine* | cough and cold medicine* | jarabe* para la tos"
        " | medicina* para la tos | decongestant*",
    ),
    "aspirin": ("aspirin", "aspirin* | aspirina | baby aspirin"),
    "glasses": ("glasses", "glasses | eyeglasses | lentes | anteojos | gafas | contacts | contact lenses"),
    # --- Unproven remedies and practices --------------------------------------------------------------
    "remedy": (
        "an unproven remedy",
        "natural remed* | natural cure* | natural treatment* | natural protocol* | all-natural | all natural"
        " | herb | herbs | herbal* | hierba* | essential oil* | aceite* esencial* | homeopath* | homeopát*"
        " | homeopatía | nosode* | alkaline | alcalin* | baking soda | bicarbonat* | juice* | juicing | jugo*"
        " | cleanse* | detox* | desintox* | colloidal silver | plata coloidal | cbd | cannabis oil | turmeric"
        " | cúrcuma | curcumin | garlic | ajo | ginger | jengibre | cinnamon | canela | apple cider vinegar"
        " | vinagre* | oregano oil | oil of oregano | aceite de orégano | elderberr* | echinacea | equinácea"
        " | megadose* | high-dose vitamin* | vitamin drip* | iv drip* | iv therap* | iv vitamin* | drip"
        " | drips | supplement* | suplemento* | coq10 | ozone | ozono | hydrogen peroxide therap* | mms"
        " | chlorine dioxide | dióxido de cloro | drinking bleach | chiropract* | quiropráct* | adjustment*"
        " | ajuste* | cupping | magnet therap* | magnetic therap* | magnetic bracelet* | imanes | crystal*"
        " | cristales | coffee enema* | raw milk | leche cruda | apricot kernel* | apricot seed* | laetrile"
        " | amygdalin | mistletoe | soursop | graviola | guanábana | moringa | noni | sea moss"
        " | black seed oil | kratom | remedio* casero* | home remed* | tonic* | tónico* | tincture*"
        " | tintura* | foot pad* | ionic foot* | ear candl* | velas para los oídos | red light therap*"
        " | red-light therap* | infrared | coconut oil | aceite de coco | honey | miel | vitamin* | vitamina*"
        " | zinc | oil pulling | celery juice | jugo de apio | acupunct* | acupuntura | reiki"
        " | energy healing | cold plunge* | ice bath* | sauna* | black salve | red yeast rice | fish oil"
        " | aceite de pescado | st. john's wort | st john's wort | hierba de san juan | ginkgo | glucosamine"
        " | glucosamina | collagen | colágeno | bone broth | caldo de hueso | charcoal | carbón activado"
        " | activated charcoal | kombucha | probiotic* | probiótico* | vitamin d | vitamina d"
        " | alkaline water | agua alcalina | structured water | hydrogen water | borax | bórax | turpentine"
        " | trementina | urine therap* | naturopath* | naturópat* | chicken soup | caldo de pollo | onion*"
        " | cebolla* | lemon | limón | ketogenic | keto | fasting | ayuno | gerson | positive thinking"
        " | pensamiento positivo | prayer alone | willpower | fuerza de voluntad | sábila | aloe vera | aloe"
        " | green tea | té verde | herbal tea* | té de hierbas | vicks | vaporub | vapor rub | bitter melon"
        " | okra | nopal | milk thistle | cardo mariano",
    ),
    "detox_product": (
        "detoxes and cleanses",
        "detox* | desintox* | cleanse* | colon cleans* | colon hydrotherap* | liver flush* | liver cleans*"
        " | foot pad* | ionic foot* | juice fast* | juice cleans* | ear candl* | velas para los oídos"
        " | parasite cleans* | limpieza de colon | limpieza hepática | purga* | coffee enema*",
    ),
    "alkaline": ("alkaline water or diets", "alkaline* | alcalin* | ph water | agua alcalina"),
    "body_acid": (
        "acid in the body",
        "acid | acids | acidity | acidez | acidic | ácido | ácidos | ph balance | the ph",
    ),
    "chiropractic": (
        "chiropractic adjustments",
        "chiropract* | quiropráct* | adjustment* | ajuste* | spinal manipulation",
    ),
    # --- Conditions and outcomes ----------------------------------------------------------------------
    "autism": ("autism", "autis* | autismo | autista*"),
    "infertility": (
        "infertility",
        "infertil* | sterile | sterility | steriliz* | estéril* | esterilidad | miscarr*"
        " | aborto* espontáneo* | can't have kids | can't have children | fertility problems"
        " | problemas de fertilidad | ovarian failure | early menopause | menopausia precoz | infertilidad",
    ),
    "cancer": (
        "cancer",
        "cancer* | cáncer* | tumor* | tumour* | tumores | leukemia | leucemia | lymphoma | linfoma | melanoma"
        " | carcinogen* | cancerígen* | carcinógen* | turbo cancer",
    ),
    "breast_cancer": ("breast cancer", "breast cancer | cáncer de mama | cáncer de seno"),
    "skin_cancer": (
        "skin cancer",
        "skin cancer | melanoma | cáncer de piel | sunburn* | quemadura* de sol | quemadura* solar*",
    ),
    "sids": ("SIDS", "sids | sudden infant death | muerte súbita | crib death | cot death"),
    "chronic_disease": (
        "chronic disease",
        "autoimmun* | autoinmun* | chronic illness* | chronic disease* | enfermedad* crónica*"
        " | multiple sclerosis | esclerosis múltiple | type 1 diabetes | diabetes tipo 1 | allergies"
        " | alergias | asthma | asma | adhd | tdah | brain damage | daño cerebral | paraly* | parálisis"
        " | heart attack* | infarto* | stroke* | derrame* | sudden death* | died suddenly",
    ),
    "dementia": ("dementia", "dementia | demencia | alzheimer* | memory loss | pérdida de memoria"),
    "viral": (
        "viral illness",
        "cold | colds | common cold | flu | influenza | virus* | viral* | covid* | coronavirus | rsv | gripe"
        " | resfriad* | resfrío* | catarro* | stomach bug | sniffles | runny nose | sore throat"
        " | dolor de garganta | bronchitis | bronquitis | sinus infection* | sinusitis | mocos | cough"
        " | coughs | tos",
    ),
    "serious_disease": (
        "serious disease",
        "cancer* | cáncer* | tumor* | tumour* | tumores | leukemia | leucemia | diabet* | autis* | hiv | vih"
        " | aids | sida | alzheimer* | dementia | demencia | multiple sclerosis | esclerosis múltiple"
        " | parkinson* | heart disease | enfermedad* del corazón | enfermedad* cardíaca* | clogged arter*"
        " | arterial plaque | plaque in your arteries | arterias tapadas | hypertension | high blood pressure"
        " | hipertensión | presión alta | covid* | coronavirus | measles | sarampión | polio | flu"
        " | influenza | gripe | strep | group b strep | gbs | ear infection* | infección* de oído | otitis"
        " | uti | utis | urinary tract infection* | infección urinaria | infecciones urinarias | pneumonia"
        " | neumonía | infection* | infecci* | hepatitis | lyme | tuberculosis | std | stds | sti | stis"
        " | herpes | hpv | sepsis | rabies | rabia | malaria | tetanus | tétanos | whooping cough"
        " | tos ferina | chickenpox | chicken pox | varicela | asthma | asma | lupus | crohn*"
        " | kidney disease | endometriosis | pcos | hypothyroid* | hipotiroid* | adhd | tdah | schizophren*"
        " | esquizofren* | bipolar | cataract* | catarata* | glaucoma | macular degeneration | arthritis"
        " | artritis | depression | depresión | anxiety | ansiedad | infertil* | high cholesterol"
        " | colesterol alto | cholesterol | colesterol | heart failure | insuficiencia cardíaca | gout | gota"
        " | allergies | alergias | acid reflux | reflux | reflujo | cavities | caries | tooth decay",
    ),
    "infection": (
        "infections",
        "infection* | infecci* | strep | group b strep | gbs | pneumonia | neumonía | uti | utis | sepsis"
        " | ear infection* | otitis | measles | sarampión | covid* | flu | influenza | gripe | cold | colds"
        " | resfriad* | virus* | bacteria* | lyme | hepatitis | herpes | std | stds | sti | stis | pink eye"
        " | conjuntivitis",
    ),
    "preventable": (
        "a vaccine-preventable disease",
        "measles | sarampión | polio | whooping cough | pertussis | tos ferina | chickenpox | chicken pox"
        " | varicela | mumps | paperas | rubella | rubéola | diphtheria | difteria | tetanus | tétanos"
        " | rotavirus | meningitis | the flu | flu | influenza | gripe | covid* | hepatitis b | hpv | rsv",
    ),
    "heart": (
        "heart disease",
        "heart attack* | heart disease | cardiac arrest | stroke* | infarto* | ataque* al corazón"
        " | ataque* cardíaco* | derrame* cerebral* | enfermedad* del corazón | enfermedad* cardíaca*",
    ),
    "diabetes": ("diabetes", "diabet* | prediabet* | high blood sugar | azúcar alta"),
    "mental_illness": (
        "mental illness",
        "depression | depresión | anxiety | ansiedad | mental illness* | mental health condition*"
        " | enfermedad* mental* | ptsd | estrés postraumático | ocd | toc | bipolar | schizophren*"
        " | esquizofren* | eating disorder* | trastorno* alimentari* | anorexia | bulimia | adhd | tdah"
        " | postpartum depression | depresión posparto",
    ),
    "addiction": (
        "addiction",
        "addiction* | adicción | adicciones | opioid use disorder | alcoholism | alcoholismo | substance use",
    ),
    "arthritis": ("arthritis", "arthritis | artritis | osteoarthritis | artrosis"),
    "vision": (
        "vision",
        "eyesight | vision | vista | eyes | ojos | blind* | ciego* | ceguera | retina* | macular degeneration"
        " | nearsighted* | myopia | miopía | see in the dark",
    ),
    "cavities": ("cavities", "cavities | cavity | tooth decay | caries | decay | dientes picados"),
    "teeth": ("teeth", "teeth | tooth | dientes | muelas | enamel | esmalte | gums | encías"),
    "iq_brain": (
        "the brain",
        "iq | coeficiente* | brain* | cerebro* | neurotoxin* | neurotóxic* | pineal | intelligence"
        " | inteligencia | thyroid | tiroides",
    ),
    "toxins": (
        "toxins",
        "toxin* | toxinas | toxic* | tóxic* | heavy metals | metales pesados | impurities | impurezas"
        " | parasites | parásitos | poison* | veneno* | chemicals | químicos | waste | desechos | sludge"
        " | buildup | mucoid plaque",
    ),
    "immunity": (
        "the immune system",
        "immune system* | immunity | immune | sistema inmun* | sistema inmune | defensas | inmunidad",
    ),
    "hiv": ("HIV", "hiv | vih | aids | sida"),
    "sti": (
        "sexually transmitted infections",
        "std | stds | sti | stis | ets | sexually transmitted* | herpes | hpv | vph | chlamydia | clamidia"
        " | gonorrh* | gonorrea | syphilis | sífilis | hiv | vih",
    ),
    "pregnancy": ("pregnancy", "pregnan* | embaraz* | expecting | moms-to-be | mamás embarazadas | gestación"),
    "dental_work": (
        "dental care",
        "dental work | dental care | dentist | dentista | cleanings | limpiezas dentales | dental x-ray*",
    ),
    "warning_sign": (
        "a warning sign",
        "snor* | ronquido* | roncar | chest pain | dolor de pecho | dolor en el pecho | bleeding gums"
        " | encías sangrantes | sangrado de encías | blood in your stool | blood in the stool"
        " | sangre en las heces | changing mole* | memory loss | forgetfulness | pérdida de memoria"
        " | shortness of breath | falta de aire | headaches every | numbness | entumecimiento | fainting"
        " | desmayo* | high blood pressure | presión alta | heartburn every",
    ),
    "aging": ("aging", "aging | ageing | getting older | old age | envejec* | la edad | vejez"),
}

LEXICONS: dict[str, tuple[str, str]] = {**HEALTH, **EVERYDAY}

# Groups of people a myth may wrongly say are spared or alone at risk.
ONLY_GROUPS = (
    r"(?:old(?:er)?|elderly|senior|young|men|women|girls|boys|kids|children|gay|straight|overweight|fat|thin|skinny"
    r"|obese|smokers|athletes|white|black|dark[- ]skinned|people\s+of\s+colou?r|teens?|teenagers|adults|babies"
    r"|soldiers|veterans|military|ancian\w+|mayores|jóvenes|hombres|mujeres|niñ[oa]s|gordos|flacos|fumadores)"
)
