"""Causal claims against the consensus: "X causes / cures / prevents Y" where what X and Y are is known.

A myth table lists sentences; this module lists *topics*. Each link names a subject lexicon (vaccines,
antibiotics, unproven remedies, fluoride, sunscreen, birth control ...), a relation (causes, cures,
works as well as ...) and an object lexicon (autism, viral illnesses, cancer and other serious disease
...), for pairs where the evidence says the link is false. Any sentence that joins a subject to an
object by that relation, in either voice ("antibiotics cure the flu", "la gripe se trata con
antibióticos"), asserts the myth unless it is negated or framed as a myth (see misinfo_frames).

Pairs whose myth is told in many ways ("stop cracking your knuckles ... that's how arthritis
starts") are found by co-occurrence within a sentence or two: see `Pair`.
"""

from __future__ import annotations

import re

from bot.guardrails.context import ReviewContext
from bot.guardrails.misinfo_myths import VAX, Myth, myth

G = r"[^.!?\n]{0,70}?"  # a gap inside one sentence
W = r"(?:[\w'’-]+\s+)"  # one word and its space


def alt(*parts: str) -> str:
    return "(?:" + "|".join(parts) + ")"


_ANTIBIOTIC_ENDINGS = (
    "cillin", "cilina", "mycin", "micina", "cycline", "ciclina", "floxacin", "floxacino", "floxacina",
)

_ANTIBIOTIC_ENDING = re.compile("|".join(_ANTIBIOTIC_ENDINGS))

# --- Subjects -------------------------------------------------------------------------------------------
ANTIBIOTIC = alt(
    r"antibiotic\w*", r"antibiótic\w*", r"z-?paks?", r"zpacks?", r"augmentin", r"keflex", r"cipro\b",
    r"\w+\b(?:" + "|".join(f"(?<={end})" for end in _ANTIBIOTIC_ENDINGS) + ")",
)
# Products and practices sold as cures without evidence. Only joined to serious disease (below).
REMEDY = alt(
    r"natural\s+(?:remed\w+|cures?|treatments?|protocols?|therap\w+|medicine|approach|alternatives?|solutions?)",
    r"all[- ]natural\s+\w+", r"herbs?", r"herbal\s+\w+", r"hierbas?", r"essential\s+oils?",
    r"aceites?\s+esenciales?", r"homeopath\w*", r"homeopát\w*", r"homeopatía", r"nosodes?", r"alka\w*",
    r"alcalin\w*", r"baking\s+soda", r"bicarbonat\w*", r"juic(?:e|es|ing)", r"jugos?", r"cleanses?", r"detox\w*",
    r"colloidal\s+silver", r"plata\s+coloidal", r"cbd", r"cannabis\s+oil", r"turmeric", r"cúrcuma", r"curcumin",
    r"garlic(?:\s+cloves?)?", r"ajo", r"ginger", r"jengibre", r"cinnamon", r"canela", r"apple\s+cider\s+vinegar",
    r"vinagre(?:\s+de\s+manzana)?", r"oregano\s+oil", r"aceite\s+de\s+orégano", r"elderberr\w*", r"echinacea",
    r"equinácea", r"megados\w*", r"high[- ]dose\s+vitamin\s+\w+", r"vitamin\s+drips?", r"iv\s+(?:drips?|therapy)",
    r"drips?", r"sueros?", r"supplements?", r"suplementos?", r"coq10",
    r"ozone", r"ozono", r"hydrogen\s+peroxide", r"agua\s+oxigenada", r"bleach", r"mms", r"chlorine\s+dioxide",
    r"dióxido\s+de\s+cloro", r"(?:chiropractic\s+|spinal\s+|pediatric\s+)?adjustments?", r"chiropract\w*",
    r"quiropráct\w*", r"ajustes?\s+quiropráctic\w*", r"cupping", r"magnets?", r"magnetic\s+\w+", r"imanes",
    r"crystals?", r"cristales", r"coffee\s+enemas?", r"raw\s+(?:milk|garlic)", r"apricot\s+(?:seeds?|kernels?)",
    r"laetrile", r"mistletoe", r"soursop", r"graviola", r"guanábana", r"moringa", r"noni", r"sea\s+moss",
    r"black\s+seed\s+oil", r"kratom", r"remedios?\s+caseros?", r"home\s+remed\w+", r"tónicos?", r"tonics?",
    r"gummies", r"tinctures?", r"tinturas?", r"cleanse\s+\w+", r"(?:foot|detox)\s+pads?",
    r"cold\s+(?:showers?|plunges?)", r"ice\s+baths?", r"saunas?", r"infrared\s+\w+", r"red[- ]light\s+therap\w*",
    r"hyperbaric\s+\w+", r"coconut\s+oil", r"aceite\s+de\s+coco",
)
FLUORIDE = alt(r"fluorid\w*", r"fluorur\w*", r"flúor", r"fluor\b")
SUNSCREEN = alt(
    r"sunscreens?", r"sunblock", r"spf", r"protector(?:es)?\s+solar(?:es)?", r"bloqueador(?:es)?(?:\s+solar)?",
)
BIRTH_CONTROL = alt(
    r"birth\s+control(?:\s+pills?)?", r"the\s+pill", r"contraceptiv\w+", r"anticonceptiv\w+", r"la\s+píldora",
    r"iuds?", r"\bdiu\b", r"depo(?:-provera)?(?:\s+shots?)?", r"plan\s+b", r"morning[- ]after\s+pills?",
    r"píldora\s+del\s+día\s+siguiente",
)
GMO = alt(r"gmos?", r"genetically\s+modified\s+\w+", r"transgénic\w+", r"bioengineered\s+\w+")
VITAMIN_K = alt(r"vitamin\s+k(?:\s+(?:shots?|injections?))?", r"vitamina\s+k")

# A vaccine, not the virus it is named after: "HPV causes cervical cancer" is a fact.
VAX_STRICT = VAX.replace("|mmr|hpv|gardasil", "|mmr|gardasil")

# --- Objects -------------------------------------------------------------------------------------------
VACCINE_HARM = alt(
    r"autis\w*", r"sids", r"sudden\s+infant\s+death", r"muerte\s+súbita", r"infertil\w*", r"steril\w*",
    r"estéril\w*", r"miscarr\w*", r"abortos?", r"(?:turbo\s+)?cancers?", r"cáncer", r"leukemia", r"leucemia",
    r"(?:chronic|autoimmune)\s+(?:illness|disease)\w*", r"enfermedades\s+crónicas", r"multiple\s+sclerosis",
    r"(?:\w+\s+)?outbreaks?", r"brotes?",
    r"paraly\w+", r"parálisis", r"brain\s+damage", r"daño\s+cerebral", r"adhd", r"tdah", r"type\s+1\s+diabetes",
)
VIRAL = alt(
    r"colds?", r"common\s+cold", r"flu", r"influenza", r"virus(?:es)?", r"viral\s+\w+", r"covid(?:-19)?",
    r"coronavirus", r"rsv", r"gripe", r"resfriad\w+", r"resfríos?", r"catarros?", r"stomach\s+bug", r"sniffles",
)
SERIOUS = alt(
    r"cancers?", r"cáncer", r"tumou?rs?", r"tumores", r"leukemia", r"leucemia", r"diabet\w+", r"autis\w*",
    r"hiv", r"vih", r"aids", r"sida", r"alzheimer'?s", r"dementia", r"demencia", r"multiple\s+sclerosis",
    r"esclerosis\s+múltiple", r"parkinson'?s", r"heart\s+disease", r"enfermedad\s+(?:cardíaca|del\s+corazón)",
    r"(?:arterial\s+)?plaque", r"(?:clogged\s+)?arteries", r"arterias", r"hypertension", r"hipertensión",
    r"covid(?:-19)?", r"coronavirus", r"measles", r"sarampión", r"polio", r"flu", r"influenza", r"gripe",
    r"colds?", r"resfriad\w+", r"(?:group\s+b\s+)?strep(?:\s+throat)?", r"gbs", r"ear\s+infections?",
    r"infecci[oó]n(?:es)?\s+de\s+oído", r"otitis", r"utis?", r"urinary\s+tract\s+infections?",
    r"infecci[oó]n(?:es)?\s+urinarias?", r"pneumonia", r"neumonía", r"infections?", r"infecci[oó]n(?:es)?",
    r"hepatitis", r"lyme(?:\s+disease)?", r"tuberculosis", r"stds?", r"stis?", r"herpes", r"hpv", r"sepsis",
    r"rabies", r"rabia", r"malaria", r"tetanus", r"tétanos", r"whooping\s+cough", r"tos\s+ferina",
    r"chicken\s?pox", r"varicela", r"asthma", r"asma", r"lupus", r"crohn'?s", r"kidney\s+disease", r"epilep\w+",
    r"seizures", r"endometriosis", r"pcos", r"hypothyroid\w*", r"adhd", r"tdah", r"schizophren\w+", r"bipolar",
    r"cataracts?", r"cataratas", r"glaucoma", r"macular\s+degeneration", r"osteoporosis", r"cavities", r"caries",
)
PROVEN = alt(
    r"(?:the\s+)?(?:\w+\s+)?vaccin\w*", r"(?:the\s+)?mmr", r"(?:la\s+)?vacunas?", r"antibiotic\w*",
    r"antibiótic\w*", r"chemo\w*", r"quimio\w*", r"insulin", r"insulina", r"statins?", r"estatinas?",
    r"(?:prescription|prescribed)\s+\w+", r"(?:any\s+|your\s+)?(?:medications?|medicines?|meds|drugs|pills)",
    r"medicamentos?", r"surgery", r"cirugía", r"radiation", r"radioterapia", r"shots",
)

# --- Relations -----------------------------------------------------------------------------------------
CAUSE = alt(
    r"caus\w*", r"lead(?:s|ing)?\s+to", r"led\s+to", r"linked\s+to", r"tied\s+to", r"connected\s+to",
    r"trigger\w*", r"results?\s+in", r"responsible\s+for", r"gives?\s+(?:\w+\s+)?", r"gave\s+(?:\w+\s+)?",
    r"brings?\s+on", r"is\s+how", r"provoca\w*", r"causa\w*", r"produce\w*", r"genera\w*", r"ocasiona\w*",
    r"relacionad[oa]s?\s+con", r"vinculad[oa]s?\s+(?:con|a)",
)
HARM = alt(
    CAUSE, r"lowers?", r"lowering", r"reduc\w+", r"weaken\w*", r"damag\w*", r"ruin\w*", r"harm\w*", r"rots?",
    r"destroys?", r"erodes?", r"poison\w*", r"baja\w*", r"debilita\w*", r"daña\w*", r"destruye\w*",
    r"(?:is|are)\s+(?:a\s+)?(?:\w+\s+)?(?:neuro)?toxi[nc]\w*", r"(?:es|son)\s+(?:un\s+)?(?:veneno|tóxic\w+)",
)
CURE = alt(
    r"cures?", r"cured", r"curing", r"revers\w+", r"eliminat\w+", r"heals?", r"healed", r"kills?", r"killed",
    r"destroys?", r"shrinks?", r"shrunk", r"shrank", r"dissolv\w+", r"clears?(?:\s+up)?", r"cleared",
    r"gets?\s+rid\s+of", r"wipes?\s+out", r"knocks?\s+out", r"fix(?:es)?", r"beats?", r"fights?\s+off",
    r"prevents?", r"protects?", r"works?\s+(?:for|against|on)", r"treats?", r"stops?", r"starves?",
    r"(?:is|are)\s+(?:a|the)\s+(?:natural\s+|real\s+|only\s+)?(?:cure|treatment|answer|fix)\s+(?:for|to)",
    r"cura\w*", r"revierte\w*", r"elimina\w*", r"sana\w*", r"mata\w*", r"destruye\w*", r"previene\w*",
    r"protege\w*", r"combate\w*", r"desaparece\w*", r"quita\w*", r"trata\w*",
)
CURED_BY = alt(
    r"(?:can\s+be\s+|is\s+|are\s+|gets?\s+|be\s+)?(?:cured|treated|reversed|healed|beaten|cleared|eliminated"
    r"|prevented|fixed)\s+(?:\w+\s+)?(?:with|by|using|through)",
    r"se\s+(?:cura|curan|trata|tratan|quita|quitan|elimina|eliminan|previene|previenen|combate)\s+con",
)
AS_GOOD_AS = alt(
    r"(?:just\s+)?as\s+(?:well|good|effective(?:ly)?|safe|strong)\s+as", r"better\s+than", r"faster\s+than",
    r"instead\s+of", r"in\s+place\s+of", r"replaces?", r"(?:is|are)\s+(?:a\s+)?(?:natural\s+)?alternatives?\s+to",
    r"en\s+(?:lugar|vez)\s+de", r"mejor\s+que", r"tan\s+(?:bien|efectiv[oa]s?)\s+como", r"igual\s+que",
)
BOOST_IMMUNITY = alt(
    r"boost\w*\s+(?:your\s+|the\s+|their\s+|kids'?\s+|children'?s\s+)?(?:\w+\s+)?immun\w*",
    r"supercharg\w*\s+(?:your\s+)?immun\w*", r"refuerza\w*\s+(?:el\s+|su\s+|tu\s+)?sistema\s+inmun\w*",
    r"fortalece\w*\s+(?:el\s+|su\s+|tu\s+|las\s+)?(?:sistema\s+inmun\w*|defensas)",
)


def link(key: str, topic: str, forward: str, message: str, fact: str, backward: str = "", remedy: bool = False) -> Myth:
    """A causal link as a myth: `forward` (subject ... relation ... object), and optionally the passive voice.

    `topic` must name the first word of every way the link can start (it is anchored there).
    """
    return myth(key, topic, forward + (f"|{backward}" if backward else ""), message, fact, remedy, anchored=True)


REMEDY_MESSAGE = (
    "Says a remedy, supplement or practice cures or prevents disease, boosts immunity, or replaces proven "
    "treatment; the evidence doesn't support it."
)
REMEDY_FACT = (
    "No supplement, herb, drip, adjustment or home remedy cures or prevents diseases like cancer, diabetes "
    "or infections, or replaces vaccines and prescribed treatment (NIH, NCCIH)."
)
# First words of each lexicon: anchored links are tried only where one of these starts a word.
VAX_WORDS = (
    "flu|covid|hpv|mmr|measles|polio|tdap|rsv|shingles|chickenpox|vaccin|vax|immuni|jab|jabs|shot|shots|booster"
    "|gardasil|mrna|vacuna|vacunación|inyecci"
)
ANTIBIOTIC_WORDS = (
    "antibiot|antibiót|z|zpak|zpack|augmentin|keflex|cipro|amoxic|amoxil|penic|azithro|azitro|doxycy|doxic"
    "|cefalex|cephalex|clarithro|claritro|clinda|levoflox|erythro|eritro"
)
VIRAL_WORDS = (
    "cold|colds|common|flu|influenza|virus|viral|covid|coronavirus|rsv|gripe|resfriad|resfrío|resfríos|catarro"
    "|stomach|sniffles"
)
SERIOUS_WORDS = (
    "cancer|cáncer|tumor|tumour|tumores|leukemia|leucemia|diabet|autis|hiv|vih|aids|sida|alzheimer|dementia|demencia"
    "|multiple|esclerosis|parkinson|heart|enfermedad|arterial|plaque|clogged|arteries|arterias|hypertension"
    "|hipertensión|covid|coronavirus|measles|sarampión|polio|flu|influenza|gripe|cold|colds|resfriad|group|strep"
    "|gbs|ear|infecci|otitis|uti|utis|urinary|pneumonia|neumonía|infection|hepatitis|lyme|tuberculosis|std|stds"
    "|sti|stis|herpes|hpv|sepsis|rabies|rabia|malaria|tetanus|tétanos|whooping|tos|chicken|chickenpox|varicela"
    "|asthma|asma|lupus|crohn|kidney|epilep|seizures|endometriosis|pcos|hypothyroid|adhd|tdah|schizophren|bipolar"
    "|cataract|cataratas|glaucoma|macular|osteoporosis|cavities|caries"
)
REMEDY_TOPIC = (
    "natural|herb|hierba|essential|aceite|homeopat|homeopát|nosode|alka|alcalin|baking|bicarbonat|juic|jugo"
    "|cleanse|detox|colloidal|coloidal|cbd|cannabis|turmeric|cúrcuma|curcumin|garlic|ajo|ginger|jengibre|cinnamon"
    "|canela|vinegar|vinagre|oregano|orégano|elderberr|echinacea|equinácea|megados|dose|vitamin|iv|drip|drips"
    "|suero|sueros|supplement|suplement|coq10|ozone|ozono|hydrogen|oxigenada|bleach|mms|chlorine|dióxido"
    "|adjust|chiropract|quiropráct|ajuste|cupping|magnet|imanes|crystal|cristales|coffee|raw|apricot|laetrile"
    "|mistletoe|soursop|graviola|guanábana|moringa|noni|sea|black|kratom|remedio|tónico|tonic|gummies"
    "|tincture|tintura|foot|pads|remed|high|plata|apple|agua|spinal|pediatric|magnetic|cold|ice|sauna|saunas"
    "|infrared|red|hyperbaric|coconut"
)

LINKS: tuple[Myth, ...] = (
    link(
        "link_vaccine_harm",
        f"{VAX_WORDS}|autis|regress|sids|leukemia|leucemia|paraly|after|since|following|después|tras",
        rf"\b{VAX_STRICT}\b{G}\b{CAUSE}{G}\b{VACCINE_HARM}\b",
        "Links vaccines to autism, infertility, SIDS, cancer or chronic disease; large studies found no such link.",
        "Vaccines do not cause autism, infertility, SIDS or cancer; their safety is monitored closely (CDC, WHO).",
        backward=rf"\b(?:autis\w*|regress\w*|sids|leukemia|leucemia|paraly\w+)\b{G}\b(?:(?:right|just|days|weeks"
        rf"|soon)\s+)?(?:after|since|following|después\s+de|tras)\s+{G}\b{VAX}\b"
        rf"|\b(?:after|since|following|después\s+de|tras)\s+(?:\w+\s+){{0,2}}?{VAX}\b{G}\b(?:developed|got|was\s+diagnosed"
        rf"|regress\w*|showed|started|desarroll\w*|empez\w*)\b{G}\b{VACCINE_HARM}\b",
    ),
    link(
        "link_vaccine_toxins",
        VAX_WORDS,
        rf"\b{VAX}\s+(?:are\s+|is\s+)?(?:full\s+of|loaded\s+with|packed\s+with|llen[oa]s\s+de)\s+(?:\w+\s+)?(?:toxins"
        r"|toxic|poisons?|chemicals|mercury|aluminum|aluminium|formaldehyde|mercurio|aluminio|tóxicos|toxinas|veneno)\b"
        rf"|\b{VAX}\b{G}\b(?:contain\w*|have|has|tienen|contienen|lleva\w*)\s+(?:\w+\s+){{0,4}}?(?:toxins|poisons?"
        r"|mercury|aluminum|aluminium|formaldehyde|mercurio|aluminio|toxinas|veneno)\b[^.!?\n]{0,40}?\b(?:that|which"
        r"|que)\s+(?:\w+\s+)?(?:damag\w*|build\w*\s+up|harm\w*|poison\w*|caus\w*|daña\w*|acumula\w*|envenena\w*"
        r"|destroy\w*|destruye\w*)",
        "Says vaccines are full of toxins that harm the body; the amounts of any ingredient are tiny and safe.",
        "Vaccine ingredients are used in tiny, safe amounts and are listed publicly (FDA, CDC).",
    ),
    link(
        "link_antibiotic_virus",
        f"{ANTIBIOTIC_WORDS}|{VIRAL_WORDS}",
        rf"\b{ANTIBIOTIC}\b{G}\b{CURE}\b{G}\b{VIRAL}\b",
        "Says antibiotics treat colds, flu or other viruses; they work only against bacteria.",
        "Antibiotics don't work on viruses like colds and flu, and taking them when not needed causes harm (CDC).",
        backward=rf"\b{VIRAL}\b{G}\b(?:{CURED_BY}|needs?|requires?|necesita\w*)\s+(?:an?\s+|unos?\s+|la\s+|el\s+)?"
        rf"(?:\w+\s+)?{ANTIBIOTIC}\b",
    ),
    link(
        "link_remedy",
        REMEDY_TOPIC,
        rf"\b{REMEDY}\b{G}\b(?:{CURE}\b{G}\b{SERIOUS}\b|{AS_GOOD_AS}\s+{G}\b{PROVEN}\b|{BOOST_IMMUNITY})",
        REMEDY_MESSAGE,
        REMEDY_FACT,
        remedy=True,
    ),
    link(
        "link_remedy_passive",
        SERIOUS_WORDS,
        rf"\b{SERIOUS}\b{G}\b{CURED_BY}\s+(?:\w+\s+){{0,2}}?{REMEDY}\b",
        REMEDY_MESSAGE,
        REMEDY_FACT,
        remedy=True,
    ),
    link(
        "link_fluoride_harm",
        "fluor|flúor",
        rf"\b{FLUORIDE}\b{G}\b{HARM}\s+{G}\b(?:iq|coeficiente|brains?|cerebro|cancers?|cáncer|osteosarcoma|autism\w*"
        r"|adhd|thyroid|tiroides|enamel|esmalte|teeth|dientes|bones?|huesos|dementia|pineal|kids|children|niños"
        r"|neurotoxin\w*|veneno|poison)\b",
        "Calls fluoride at the levels used in water and toothpaste harmful.",
        "Fluoride in community water and toothpaste is safe and strengthens enamel (CDC, ADA).",
    ),
    link(
        "link_sunscreen_cancer",
        "sunscreen|sunblock|spf|protector|bloqueador",
        rf"\b{SUNSCREEN}\b{G}\b{CAUSE}{G}\b(?:cancers?|cáncer|melanoma)\b",
        "Says sunscreen causes cancer; it prevents skin cancer.",
        "Broad-spectrum sunscreen lowers the risk of skin cancer, including melanoma (AAD).",
    ),
    link(
        "link_birth_control_harm",
        "birth|pill|contracept|anticoncept|píldora|iud|iuds|diu|depo|plan|morning",
        rf"\b{BIRTH_CONTROL}\b{G}\b(?:caus\w*|gives?\s+(?:you\s+)?|makes?\s+(?:you\s+)?|leads?\s+to|provoca\w*"
        r"|causa\w*|deja\w*)\s*(?:\w+\s+)?(?:infertil\w*|steril\w*|estéril\w*|cancers?|cáncer|birth\s+defects"
        r"|abortions?|abortos?|miscarr\w*)\b(?![^.!?\n]{0,40}\b(?:risk|riesgo)s?\b)",
        "Repeats a myth about birth control causing infertility, cancer or abortion.",
        "Birth control doesn't cause infertility or abortion, and fertility returns after stopping (ACOG).",
    ),
    link(
        "link_gmo_harm",
        "gmo|gmos|genetically|transgénic|bioengineered",
        rf"\b{GMO}\b{G}\b(?:{CAUSE}|(?:are|is)\s+(?:\w+\s+)?(?:poison|toxic))\s*{G}\b(?:cancers?|cáncer|autism|allerg\w*"
        r"|infertil\w*|tumou?rs?|diseases?|enfermedad\w*|poison|toxic)\b",
        "Says GMO foods cause cancer or other disease; approved GMO foods are as safe as others.",
        "Approved genetically modified foods are as safe to eat as conventional foods (National Academies, FDA).",
    ),
    link(
        "link_vitamin_k_harm",
        "vitamin|vitamina",
        rf"\b{VITAMIN_K}\b{G}\b{CAUSE}\s*{G}\b(?:leukemia|leucemia|cancers?|cáncer)\b",
        "Links the newborn vitamin K shot to leukemia or cancer; that link was disproven.",
        "The newborn vitamin K shot is safe and prevents dangerous bleeding (AAP).",
    ),
    link(
        "link_weather_colds",
        "wet|damp|cold|chill|draft|draught|walking|sleeping|being|getting|going|frío|aire|pelo|cabello|corriente"
        "|andar|caminar|sereno|salir|without|catch|get|pescar|agarr",
        r"\b(?:(?:going\s+out(?:side)?\s+with\s+)?(?:wet|damp)\s+hair|cold\s+(?:weather|air|temperatures)|being\s+cold"
        r"|getting\s+chilled|chills?|drafts?|draughts?|walking\s+barefoot|sleeping\s+with\s+(?:a|the)\s+(?:fan|window)"
        r"\s+\w+|(?:going\s+out(?:side)?\s+)?without\s+(?:a\s+)?(?:coat|jacket|hat|scarf|socks|shoes)|frío|aire\s+frío"
        r"|(?:salir\s+con\s+el\s+)?(?:pelo|cabello)\s+mojado|corrientes?\s+de\s+aire"
        r"|(?:andar|caminar)\s+descalz\w+|sereno)\b"
        r"[^.!?\n]{0,50}?\b(?:caus\w*|gives?\s+you|will\s+give\s+you|makes?\s+you|way\s+to\s+(?:catch|get)|leads?\s+to"
        r"|brings?\s+on|(?:you'?ll|you\s+will|you\s+can|can)\s+(?:catch|get)|da|causa|provoca|te\s+(?:da|enferma|resfría))"
        r"\s+(?:\w+\s+){0,2}?(?:colds?|the\s+flu|flu|pneumonia|sick|ill|resfriad\w+|gripe|neumonía|pulmonía|catarro"
        r"|enferm\w+)\b",
        "Says cold weather or wet hair causes colds or flu; viruses do.",
        "Colds and flu are caused by viruses, not by cold air or wet hair; handwashing and vaccines help (CDC).",
        backward=r"\b(?:catch|get|pescar|agarrar)\w*\s+(?:a\s+|un\s+)?(?:cold|the\s+flu|flu|pneumonia|resfriado|gripe)\s+"
        r"(?:from|by|de|por)\s+(?:\w+\s+){0,3}?(?:wet|damp|cold|without|being|going|sleeping|walking|no\s+coat"
        r"|mojad\w*|frío|salir|andar)\b",
    ),
)


def names_antibiotic_by_suffix(ctx: ReviewContext) -> bool:
    """True when a word ends like an antibiotic's name (-cillin, -mycin ...): trigger stems see only beginnings."""
    return _ANTIBIOTIC_ENDING.search(ctx.lower) is not None
