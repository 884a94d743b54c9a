"""Everyday lexicons for the misinfo knowledge table: habits, exposures, foods, family life, aging, COVID-19.

Same format as misinfo_lexicon (see there).
"""

from __future__ import annotations

EVERYDAY: dict[str, tuple[str, str]] = {
    # --- Everyday exposures and habits -------------------------------------------------------------------
    "cold_exposure": (
        "cold weather or wet hair",
        "wet hair | damp hair | cold weather | cold air | being cold | getting chilled"
        " | going out without a coat | without a jacket | without a coat | walking barefoot | pelo mojado"
        " | cabello mojado | el frío | aire frío | corriente* de aire | andar descalz* | caminar descalz*"
        " | el sereno | sleeping with the fan",
    ),
    "knuckles": (
        "knuckle cracking",
        "crack* your knuckles | crack* knuckles | knuckle crack* | tronarse los dedos | tronar los dedos"
        " | crujir los nudillos",
    ),
    "dim_light": (
        "reading in dim light or sitting close to screens",
        "reading in dim light | reading in the dark | reading in low light | dim light | poor light"
        " | leer con poca luz | leer en la oscuridad | sitting close to the tv | sitting too close"
        " | sentarse cerca de la tele | screen time | screens | pantallas | blue light | luz azul",
    ),
    "carrots": ("carrots", "carrot* | zanahoria*"),
    "sugar": ("sugar", "sugar | sugary | azúcar | sweets | dulces | candy | golosinas"),
    "deficiency": (
        "vitamin or mineral deficiency",
        "vitamin deficienc* | mineral deficienc* | nutritional deficienc* | nutrient deficienc*"
        " | calcium deficienc* | falta de vitaminas | deficiencia* de vitaminas | deficiencia* nutricional*",
    ),
    "deodorant": (
        "deodorants, bras and phones",
        "deodorant* | antiperspirant* | desodorante* | underwire* | bras | cell phone* | cellphone*"
        " | mobile phone* | celular* | microwav* | microondas | hair dye*",
    ),
    "aluminum": ("aluminum", "aluminum | aluminium | aluminio | aluminum pans | aluminum foil"),
    "gmo": ("GMO foods", "gmo | gmos | genetically modified | transgénic* | bioengineered"),
    "msg": ("MSG", "msg | monosodium glutamate | glutamato monosódico"),
    "red_wine": (
        "alcohol",
        "red wine | vino tinto | a drink a day | a glass of wine | una copa de vino | alcohol | beer"
        " | cerveza",
    ),
    "coffee": ("coffee", "coffee | café | caffeine | cafeína"),
    "running": (
        "running or exercise",
        "running | correr | jogging | exercise | ejercicio | working out | lifting weights",
    ),
    "bed_rest": ("bed rest", "bed rest | reposo en cama | rest in bed | staying in bed"),
    "vaping": (
        "vaping and light cigarettes",
        "vaping | vape* | e-cig* | juul* | cigarrillo* electrónico* | vapeo | light cigarettes | hookah"
        " | shisha | smokeless tobacco | chewing tobacco | social smoking | a few cigarettes",
    ),
    "tanning": (
        "tanning",
        "tanning bed* | tanning salon* | base tan | a tan | sunbed* | camas de bronceado | cama* solar*"
        " | bronceado",
    ),
    "marijuana": ("marijuana", "marijuana | cannabis | weed | pot | thc | mariguana | marihuana"),
    "alcohol_pregnancy": (
        "drinking during pregnancy",
        "drinking while pregnant | drinking during pregnancy | alcohol during pregnancy"
        " | alcohol while pregnant | a glass of wine while pregnant | beber durante el embarazo"
        " | alcohol en el embarazo",
    ),
    "dental_xray": ("dental X-rays", "dental x-ray* | dental xray* | radiografía* dental* | x-ray* | xray* | rayos x"),
    "amalgam": (
        "root canals and fillings",
        "root canal* | amalgam* | silver filling* | mercury filling* | endodoncia* | tratamiento de conducto*"
        " | amalgama*",
    ),
    "baby_teeth": ("baby teeth", "baby teeth | primary teeth | dientes de leche | milk teeth"),
    "bleeding_gums": (
        "bleeding gums",
        "bleeding gums | gums bleed | encías sangrantes | sangrado de encías | sangran las encías",
    ),
    "brushing_hard": (
        "brushing harder",
        "brushing harder | brush harder | scrubbing harder | cepillarse más fuerte | cepillar más fuerte",
    ),
    "suicide_talk": (
        "asking about suicide",
        "ask* about suicide | ask* ~ about suicide | ask* ~ ~ about suicide | ask* if they're suicidal"
        " | ask* ~ if they're suicidal | talk* about suicide | mention* suicide | hablar del suicidio"
        " | preguntar por el suicidio | pregunt* ~ sobre el suicidio",
    ),
    "violence": ("violence", "violent | violence | violent crime | violentos | violencia"),
    "suicide_idea": (
        "suicidal thoughts",
        "the idea | an idea | ideas | suicidal thoughts | suicide | suicidio | la idea | ideas suicidas",
    ),
    "willpower": (
        "willpower",
        "willpower | will power | a choice | a phase | just a phase | una etapa | weakness | laziness | lazy"
        " | attitude | mindset | voluntad | debilidad | flojera | actitud | all in your head | in your head"
        " | moral failing | character flaw",
    ),
    "rock_bottom": ("hitting rock bottom", "rock bottom | tocar fondo"),
    "sober_up": (
        "sobering up fast",
        "cold shower* | black coffee | strong coffee | ducha fría | café cargado | café negro",
    ),
    "drunk": (
        "being drunk",
        "sobers you up | sober you up | sober up | sobers up | sober someone up | hangover* | resaca"
        " | la cruda | la borrachera | se le pasa la borrachera",
    ),
    "alcohol_sleep": (
        "alcohol at bedtime",
        "nightcap | a drink before bed | alcohol before bed | una copa antes de dormir",
    ),
    "sleep": ("sleep", "sleep | sleeping | dormir | sueño | insomnia | insomnio"),
    "peanut": ("peanuts for babies", "peanut* | cacahuate* | maní | mantequilla de maní"),
    "egg_allergy": ("egg allergy", "egg allerg* | allergic to eggs | alergia al huevo | alérgic* al huevo"),
    "baby_sleep": (
        "how babies sleep",
        "on their stomach | on their tummy | on their side | on the stomach | boca abajo | de lado"
        " | crib bumper* | bumper pad* | blankets in the crib | pillows in the crib | protectores de cuna",
    ),
    "baby_walker": ("baby walkers", "baby walker* | andadera* | andador* para bebé*"),
    "rice_cereal": (
        "rice cereal in a bottle",
        "rice cereal | cereal de arroz | cereal in the bottle | cereal en el biberón",
    ),
    "juice_baby": (
        "juice for babies",
        "juice for babies | juice to babies | juice for infants | jugo para bebés | jugo a los bebés",
    ),
    "fever": ("fever", "fever* | fiebre* | calentura* | temperatura alta"),
    "teething": ("teething", "teething | dentición | salen los dientes | echando dientes"),
    "warm_climate": (
        "heat",
        "hot weather | heat | summer | hot bath* | hot shower* | sunshine | calor | verano | baño caliente"
        " | sol",
    ),
    "masks": ("masks", "mask | masks | face mask* | mascarilla* | cubrebocas | tapabocas"),
    "oxygen": ("oxygen", "oxygen | o2 | co2 | carbon dioxide | oxígeno | hypoxia"),
    "five_g": ("5G and wifi", "5g | cell towers | antenas 5g | wifi | wi-fi | wireless radiation"),
    "covid": ("COVID-19", "covid* | coronavirus | sars-cov-2"),
    "glasses_weaken": ("glasses", "glasses | eyeglasses | lentes | anteojos | gafas | reading glasses"),
    "eye_exercise": ("eye exercises", "eye exercises | eye yoga | ejercicios para los ojos | ejercicios oculares"),
    "joints": ("joints", "knees | knee | joints | joint | rodillas | articulaciones | cartilage | cartílago"),
    "back_pain": ("back pain", "back pain | dolor de espalda | sciatica | ciática | lumbago"),
    "osteoporosis": ("osteoporosis", "osteoporosis | bone loss | brittle bones | pérdida ósea"),
    "eating_disorder": (
        "eating disorders",
        "eating disorder* | anorexia | bulimia | trastorno* alimentari*"
        " | trastorno* de la conducta alimentaria",
    ),
    "ptsd": ("PTSD", "ptsd | estrés postraumático | trauma"),
    "naloxone_use": ("drug use", "drug use | more drug use | using more | enables | consumo de drogas"),
    "pulling_out": (
        "pulling out",
        "pulling out | pull out | withdrawal method | coitus interruptus | marcha atrás | método del retiro",
    ),
    "exercise_pregnancy": (
        "exercise in pregnancy",
        "exercise while pregnant | exercising while pregnant | exercise during pregnancy"
        " | working out while pregnant | ejercicio durante el embarazo | hacer ejercicio embarazada",
    ),
    "breast_size": ("breast size", "small breasts | breast size | flat nipples | senos pequeños | pechos pequeños"),
    "breastfeeding": (
        "breastfeeding",
        "breastfeed* | breast-feed* | nursing | lactancia | amamant* | dar pecho | dar el pecho",
    ),
    "stress_spicy": ("stress or spicy food", "stress | spicy food* | comida picante | estrés"),
    "ulcers": ("ulcers", "ulcer* | úlcera*"),
    "hyperactivity": (
        "hyperactivity and ADHD",
        "hyper | hyperactiv* | hiperactiv* | bouncing off the walls | adhd | tdah",
    ),
    "growth": ("growth", "stunt* | growth | crecimiento | crecer"),
    "dementia_normal": (
        "dementia and memory loss",
        "dementia | demencia | alzheimer* | memory loss | pérdida de memoria | senility | senilidad",
    ),
    "depression_age": (
        "depression in older age",
        "depression in older adults | depression in old age | depresión en la vejez | depression in seniors",
    ),
    "incontinence": ("incontinence", "incontinence | bladder leaks | leaking urine | incontinencia"),
    "quit_smoking_late": (
        "quitting smoking",
        "too late to quit | too old to quit | demasiado tarde para dejar de fumar",
    ),
    "hand_sanitizer": (
        "drinking disinfectants",
        "drinking bleach | drink bleach | beber cloro | beber lejía | tomar cloro | tomar dióxido de cloro"
        " | drink hydrogen peroxide | drinking hydrogen peroxide",
    ),
    "abortion": ("abortion", "abortion* | abortion pill* | aborto* | abortiv*"),
    "parenting": (
        "parenting",
        "bad parenting | poor parenting | cold mothers | refrigerator mothers | mala crianza"
        " | permissive parenting",
    ),
    "dna": ("your DNA", "dna | adn | genes | genetic code | código genético | genoma | genome"),
    "natural_immunity": (
        "natural immunity",
        "natural immunity | natural infection | catching it naturally | getting sick naturally"
        " | inmunidad natural | chickenpox parties | measles parties",
    ),
    "organs": (
        "your organs",
        "your liver | the liver | your kidneys | your colon | your blood | your lymph* | your body"
        " | your system | your gut | el hígado | su hígado | tu hígado | los riñones | sus riñones | el colon"
        " | la sangre | el cuerpo | su cuerpo | tu cuerpo | el organismo | su organismo",
    ),
    "everything": (
        "any disease",
        "everything | all disease* | any disease | every disease | what ails you | whatever ails you"
        " | todo mal | todas las enfermedades | cualquier enfermedad | mil males",
    ),
    "flossing": ("flossing", "floss* | dental floss | hilo dental | usar hilo dental"),
    "adhd_meds": (
        "ADHD medicine",
        "adhd med* | adhd medication* | adhd drug* | stimulant* | ritalin | adderall | vyvanse | concerta"
        " | methylphenidate | metilfenidato | medicamento* para el tdah",
    ),
    "immunity_enough": (
        "a strong immune system",
        "strong immune system is all you need | healthy immune system is all you need | all you need is a strong immune"
        " | natural immunity is all you need | un sistema inmune fuerte es todo lo que necesita*",
    ),
    "acetaminophen": ("acetaminophen", "tylenol | acetaminophen | paracetamol | acetaminofén"),
    "dairy": ("dairy", "dairy | milk | leche | lácteos | cheese | queso"),
    "mucus": ("mucus", "mucus | phlegm | mocos | flema | congestion | congestión"),
    "generic_drugs": (
        "generic medicines",
        "generic drugs | generic medicines | generic medications | generics | genéricos | medicamentos genéricos",
    ),
}
