"""Known health myths beyond vaccines and infections: cancer, dental, reproductive, mental health, everyday."""

from __future__ import annotations

from bot.guardrails.misinfo_myths import CAUSE, CURE, G, Myth, myth

_CANCER = r"(?:cancer|cáncer|tumou?rs?|tumores)"
_CANCER_REMEDY = (
    r"(?:baking\s+soda|bicarbonat\w*|alkaline\s+(?:diet|water)|juice\s+(?:cleanses?|fasts?|diets?)|juicing"
    r"|cannabis\s+oil|cbd(?:\s+oil)?|rick\s+simpson\s+oil|essential\s+oils?|high[- ]dose\s+vitamin\s+c"
    r"|vitamin\s+c\s+(?:infusions?|drips?|iv)|turmeric|curcumin|mistletoe|shark\s+cartilage|black\s+salve"
    r"|hydrogen\s+peroxide|coffee\s+enemas?|gerson\s+therapy|ozone\s+therapy|frankincense|soursop|graviola"
    r"|aceite\s+de\s+cannabis|guanábana|dieta\s+alcalina|apricot\s+(?:kernels?|seeds?|pits?)|(?:vitamin|vitamina)"
    r"\s+b-?17|laetrile|amygdalin|semillas?\s+de\s+(?:albaricoque|chabacano|damasco))"
)

GENERAL_MYTHS: tuple[Myth, ...] = (
    myth(
        "cancer_remedy",
        "cancer|cáncer|tumo",
        rf"\b{_CANCER_REMEDY}\b{G}\b{CURE}\b{G}\b{_CANCER}"
        rf"|\b{_CANCER}\s+(?:can\s+be\s+|is\s+)?(?:cured|treated|beaten|reversed|se\s+cura|se\s+quita)\s+(?:naturally\s+)?"
        rf"(?:with|by|con)\s+(?:\w+\s+)?{_CANCER_REMEDY}\b|\bcancer\s+is\s+(?:just\s+)?(?:a|caused\s+by\s+a)\s+fung(?:us|al)",
        "Promotes an unproven remedy as a cancer cure; it doesn't work and can delay real treatment.",
        "No herb, diet, supplement or 'vitamin B17' cures cancer; some, like apricot kernels, are poisonous (NCI).",
        remedy=True,
    ),
    myth(
        "chemo_poison",
        "chemo|quimio",
        r"\b(?:chemo(?:therapy)?|quimio(?:terapia)?)\b" + G
        + r"\b(?:is\s+(?:just\s+)?poison|kills\s+more\s+(?:people\s+)?"
        r"than\s+(?:it\s+(?:cures|saves)|(?:the\s+)?cancer|the\s+disease)|(?P<neg>doesn'?t|does\s+not|never)\s+work|does\s+more\s+harm\s+than\s+good"
        r"|es\s+(?:un\s+)?veneno|mata\s+más)",
        "Says chemotherapy is poison or doesn't work; it cures or controls many cancers.",
        "Chemotherapy cures or controls many cancers and its side effects can be managed (NCI).",
    ),
    myth(
        "cancer_causes",
        "cancer|cáncer|tumo",
        r"\b(?:deodorants?|antiperspirants?|underwire|bras|microwav\w+|cell\s?phones?|mobile\s+phones|root\s+canals?"
        rf"|(?:dental\s+)?x-?rays?|desodorantes?|microondas)\b{G}\b{CAUSE}{G}\b{_CANCER}"
        r"|\b(?:mammograms?|mamografías?|biops(?:y|ies)|biopsias?|surgery)\b" + G + r"\b(?:spreads?|cause[sd]?|causing"
        rf"|propaga|causa)\b{G}\b{_CANCER}|\bsugar\s+(?:feeds|fuels)\s+cancer\b|\bel\s+azúcar\s+alimenta\s+el\s+cáncer\b"
        r"|\bcancer\s+(?:feeds|thrives|grows)\s+on\s+sugar\b|\bstarve\s+(?:your|the|a)\s+(?:cancer|tumou?r)\b"
        r"|\b(?:cutting|opening|exposing)\s+(?:\w+\s+)?(?:cancer|tumou?rs?)\s+(?:to\s+(?:the\s+)?air\s+)?(?:makes?|lets?)"
        r"\s+(?:it\s+)?spread",
        "Repeats a myth about what causes or spreads cancer.",
        "Deodorant, bras, microwaves, dental X-rays, mammograms and biopsies do not cause or spread cancer "
        "(American Cancer Society).",
    ),
    myth(
        "cavities_cause",
        "cavit|decay|caries",
        r"\b(?:cavities|tooth\s+decay|caries)\b" + G + r"\b(?:caused|cause[sd]?)\s+by\s+(?:a\s+)?(?:\w+\s+)?(?:vitamin"
        r"|mineral|nutrient|nutritional|calcium)\s+deficienc\w*|\b(?:cavities|tooth\s+decay)\s+(?P<neg>aren'?t|are\s+not"
        r"|isn'?t|is\s+not)\s+caused\s+by\s+(?:bacteria|sugar|germs)|\b(?:cavities|caries)\s+(?:are|is|son)\s+"
        r"(?:\w+\s+)?(?:genetic|hereditary|hereditari[oa]s?|genétic[oa]s?)\b|\b(?:las\s+)?caries\s+(?:son\s+)?causadas"
        r"\s+por\s+(?:la\s+)?(?:falta|deficiencia)\s+de\s+vitaminas?",
        "Gets the cause of tooth decay wrong; cavities come from mouth bacteria feeding on sugars.",
        "Cavities are caused by bacteria that feed on sugars; fluoride, brushing and fewer sugary snacks prevent "
        "them (ADA).",
    ),
    myth(
        "fluoride_toxic",
        "fluor|flúor",
        r"\bfluorid\w*(?:\s+in\s+(?:\w+\s+){0,2}(?:water|toothpaste))?\s+(?:is|are)\s+(?:a\s+)?(?:\w+\s+)?"
        r"(?:poison|toxic|toxin|neurotoxin)\b|\bfluorid\w*\b" + G + r"\b(?:lowers?|reduces?|damag\w*|cause[sd]?"
        r"|causing|rots?)\s+(?:\w+\s+)?(?:iq|cancer|brain|autism|adhd|bone\s+cancer)\b|\bfl[uú]or\w*(?:\s+en\s+el\s+agua)?\s+(?:es|son)\s+"
        r"(?:un\s+)?(?:veneno|tóxico)|\bfl[uú]or\w*\b" + G + r"\b(?:causa|baja|reduce)\s+(?:el\s+)?(?:cáncer"
        r"|coeficiente)",
        "Calls fluoride at the levels used in water and toothpaste poisonous or harmful.",
        "Fluoride in community water and toothpaste is safe and prevents cavities (CDC, ADA).",
    ),
    myth(
        "baby_teeth_dont_matter",
        "baby|dientes",
        r"\bbaby\s+teeth\s+(?P<neg>don'?t|do\s+not)\s+(?:really\s+)?(?:matter|need\s+(?:fillings|care|brushing|"
        r"treatment))|\b(?:it'?s|it\s+is)\s+(?:fine|okay|ok)\s+to\s+(?:ignore|skip)\s+(?:\w+\s+){0,2}baby\s+teeth"
        r"|\blos\s+dientes\s+de\s+leche\s+(?P<neg2>no)\s+(?:importan|necesitan)",
        "Says baby teeth don't matter; decay in baby teeth causes pain, infection and problems for adult teeth.",
        "Baby teeth need brushing, checkups and fillings; they hold space for adult teeth (AAPD).",
    ),
    myth(
        "root_canal_fillings",
        "root|amalgam|silver|mercury",
        r"\b(?:root\s+canals?|amalgam|silver\s+fillings?|mercury\s+fillings?)\b" + G + rf"\b(?:{CAUSE}|poison\w*)"
        + G + r"\b(?:disease|illness|ms|multiple\s+sclerosis|autism|alzheimer'?s|you|arthritis|heart\s+disease)\b",
        "Repeats a debunked claim that root canals or amalgam fillings cause disease.",
        "Root canals and amalgam fillings are safe and don't cause disease elsewhere in the body (ADA, FDA).",
    ),
    myth(
        "breastfeeding_contraception",
        "pregnan|embaraz|birth|contracept",
        r"\b(?P<neg>can'?t|cannot|can\s+not|won'?t|unable\s+to|impossible\s+to)\s+(?:get|become)\s+pregnant\s+(?:while"
        r"|when|if|during)\s+(?:you'?re\s+|you\s+are\s+)?(?:breast\s?feeding|nursing|on\s+your\s+period|having\s+your"
        r"\s+period)|\b(?:breast\s?feeding|nursing)\s+(?:is|works\s+as)\s+(?:a\s+)?(?:reliable|foolproof|100%"
        r"|guaranteed|natural)\s+(?:birth\s+control|contracepti\w+)|\bperiod\b" + G
        + r"\b(?P<neg4>can'?t|cannot)\s+get\s+pregnant"
        r"|\b(?P<neg2>no)\s+(?:puede|puedes|pueden)\s+(?:quedar|quedarse|salir)\s+"
        r"embarazadas?\s+(?:mientras|durante|si)\s+(?:\w+\s+){0,2}(?:amamant\w*|lactancia|da\s+(?:el\s+)?pecho"
        r"|tiene\s+(?:la\s+)?regla)|\b(?P<neg3>can'?t|cannot)\s+get\s+pregnant\s+(?:the\s+)?first\s+time",
        "Says you can't get pregnant while breastfeeding (or on your period); you can.",
        "You can get pregnant while breastfeeding; talk with your clinician about birth control after birth (ACOG).",
    ),
    myth(
        "antidepressants_placebo",
        "antidepress|antidepresiv|ssri",
        r"\b(?:antidepressants?|ssris?|antidepresivos?)\b" + G
        + r"\b(?:are|is|son|es)\s+(?:just|only|(?P<neg2>nothing\s+but|no\s+more\s+than)|basically|merely"
        r"|solo|sólo|simplemente)?\s*(?:an?\s+|unos?\s+)?(?:placebos?|sugar\s+pills?)\b"
        r"|\bantidepressants?\s+(?P<neg>don'?t|do\s+not|never)\s+(?:really\s+)?work\b",
        "Says antidepressants are placebos or don't work; they help many people with depression.",
        "Antidepressants are effective for many people with moderate to severe depression; changes should be made "
        "with a prescriber (NIMH).",
    ),
    myth(
        "mental_illness_choice",
        "depress|depresión|anxiety|mental|adhd|ansiedad|tdah",
        r"\b(?:depression|anxiety|mental\s+illness|depresión|ansiedad)\s+(?:is|es)\s+(?:just\s+|only\s+|simply\s+)?"
        r"(?:a\s+choice|weakness|a\s+sign\s+of\s+weakness|all\s+in\s+your\s+head|laziness|una\s+elección|debilidad)"
        r"|\b(?:adhd|tdah)\s+(?P<neg>isn'?t|is\s+not|no\s+es)\s+(?:a\s+)?real\b|\badhd\s+is\s+(?:caused\s+by|just)\s+"
        r"(?:bad\s+parenting|sugar|laziness)",
        "Treats mental illness as a choice or weakness; these are medical conditions.",
        "Depression, anxiety and ADHD are real medical conditions that respond to treatment (NIMH).",
    ),
    myth(
        "autism_cure",
        "autis",
        r"\b(?:cures?|cured|curing|reverses?|reversed|heals?|eliminates?|recover\w*\s+from|cura|curan|revierte)\s+"
        r"(?:\w+\s+)?autis\w*|\bautis\w*\s+(?:can\s+be|is)\s+(?:cured|reversed|healed)\b",
        "Says autism can be cured or reversed; there is no cure, and 'cures' sold for it can be harmful.",
        "Autism has no cure; early support and therapies help children build skills (CDC, AAP).",
        remedy=True,
    ),
    myth(
        "autism_causes",
        "autis",
        r"\b(?:bad\s+parenting|cold\s+mothers?|refrigerator\s+mothers?|wi-?fi|screens?|mala\s+crianza)\b" + G
        + rf"\b{CAUSE}{G}\bautis\w*",
        "Repeats a false claim about what causes autism.",
        "Autism is a developmental condition with strong genetic roots; parenting does not cause it (CDC).",
    ),
    myth(
        "detox",
        "detox|toxin|toxinas|impurities|parasites|poison|heavy|metales|wax|cera|desintox",
        r"\b(?:detox\w*|cleanses?|foot\s+pads?|juice\s+fasts?|colon\s+cleans\w*|liver\s+flush\w*|desintox\w*|ear\s+"
        r"candl\w*)\b" + G + r"\b(?:flush(?:es)?|removes?|eliminat\w*|draws?|pulls?|sucks?|purg\w*|rids?\s+"
        r"(?:your|the)\s+body\s+of|clears?\s+out|cleans?\s+out|elimina\w*|expulsa\w*|saca\w*)\b" + G
        + r"\b(?:toxins?|toxinas|heavy\s+metals|impurities|parasites|poisons?|metales\s+pesados|wax|cera)\b",
        "Says a detox or cleanse removes toxins; your liver and kidneys already do that, and detox products don't.",
        "Detox teas, cleanses, foot pads and ear candles don't remove toxins; the liver and kidneys do (NCCIH).",
        remedy=True,
    ),
    myth(
        "sun_protection",
        "sunscreen|sunblock|spf|protector|bloqueador|sunburn|tan|tanning|bronceado",
        r"\b(?:sunscreens?|sunblock|protector(?:es)?\s+solar(?:es)?|bloqueador(?:es)?)\b" + G + r"\b(?:causes?|causing"
        r"|gives?\s+you|causa|provoca)\b" + G + r"\b(?:cancer|cáncer|melanoma)\b|\b(?:dark(?:er)?\s+skin|black\s+people"
        r"|people\s+of\s+colou?r|brown\s+skin|piel\s+oscura)\b" + G + r"\b(?P<neg>don'?t|doesn'?t|do\s+not|does\s+not"
        r"|never|no)\s+(?:need|necesita)\w*\s+(?:\w+\s+)?(?:sunscreen|spf|sun\s+protection|protector\s+solar)"
        r"|\b(?P<neg2>can'?t|cannot|won'?t)\s+(?:get\s+)?(?:a\s+)?sunburn(?:ed)?\s+on\s+(?:a\s+)?(?:cloudy|overcast)"
        r"|\b(?:a\s+)?(?:base\s+)?tan\s+(?:protects|prevents)\b|\btanning\s+beds?\s+(?:are|is)\s+(?:\w+\s+)?"
        r"(?:safe|safer|healthy)\b",
        "Repeats a sun-safety myth.",
        "Everyone, whatever their skin tone, needs broad-spectrum SPF 30+ sunscreen, even on cloudy days; "
        "tans and tanning beds don't protect (AAD).",
    ),
    myth(
        "diabetes_myths",
        "diabet|insulin",
        r"\btype\s+1\s+diabetes\s+(?:is\s+)?caused\s+by\s+(?:eating\s+)?(?:too\s+much\s+)?sugar"
        rf"|\b(?:cinnamon|okra|bitter\s+melon|canela|nopal)\b{G}\b{CURE}\b{G}\bdiabet\w*"
        r"|\binsulin\w*\b" + G + r"\b(?:causes?|leads?\s+to|causa|deja)\s+(?:\w+\s+)?(?:blindness|amputations?"
        r"|kidney\s+failure|ceguera|ciegos?|amputaciones?)",
        "Repeats a diabetes myth.",
        "Type 1 diabetes isn't caused by sugar, no food cures diabetes, and insulin prevents complications "
        "rather than causing them (ADA).",
        remedy=True,
    ),
    myth(
        "infant_safety",
        "teething|sleep|sleeping|stomach|tummy|vitamin",
        r"\bteething\s+(?:causes|can\s+cause|brings?\s+on)\s+(?:a\s+)?(?:high\s+)?(?:fevers?|diarrh\w+)"
        r"|\b(?:sleep|sleeping)\s+on\s+(?:their|his|her|its|the)\s+(?:stomachs?|tumm(?:y|ies)|sides?)\b" + G
        + r"\b(?:safer|safest|best|better|prevents?\s+(?:choking|sids))\b|\b(?:babies|infants|newborns)\s+sleep\s+"
        r"(?:safest|safer|best|better)\s+on\s+(?:their|the)\s+(?:stomachs?|tumm(?:y|ies)|sides?)\b|\bvitamin\s+k\s+(?:shots?|injections?)\b"
        + G + rf"\b{CAUSE}\s*(?:leukemia|cancer)",
        "Repeats an infant-health myth.",
        "Babies sleep safest alone on their backs in a crib, teething doesn't cause high fevers, and the newborn "
        "vitamin K shot is safe (AAP).",
    ),
    myth(
        "everyday_myths",
        "knuckle|cracking|sugar|shav|ulcer|brain|generic|cigarette|vaping|vape|vapes|cig|raw|feed",
        r"\bcracking\s+(?:your\s+)?knuckles\s+(?:causes|gives\s+you|leads\s+to)\s+arthritis|\bsugar\s+makes\s+"
        r"(?:kids|children)\s+hyper(?:active)?\b|\bshaving\s+makes\s+(?:\w+\s+)?hair\s+grow\s+(?:back\s+)?(?:thicker"
        r"|darker|faster)|\b(?:stomach\s+)?ulcers\s+are\s+caused\s+by\s+(?:stress|spicy\s+food)"
        r"|\b(?:stress|spicy\s+food)\s+causes\s+(?:stomach\s+)?ulcers|\bwe\s+only\s+use\s+"
        r"10\s?%\s+of\s+our\s+brains?|\bgeneric\s+(?:drugs|medicines|medications)\s+(?:are\s+)?(?:weaker|less\s+"
        r"effective|not\s+as\s+(?:good|effective|strong))|\b(?:light|low[- ]tar)\s+cigarettes\s+(?:are\s+)?(?:safer"
        r"|healthier)|\b(?:vaping|vapes?|e-cig(?:arette)?s?)\s+(?:is|are)\s+(?:completely\s+|totally\s+|100%\s+)?"
        r"(?:harmless|safe|just\s+water\s+vapou?r)\b|\braw\s+milk\b" + G + r"\b(?:cures?|prevents?|treats?|is\s+safer"
        r"|is\s+healthier)\b|\bfeed\s+a\s+cold,?\s+starve\s+a\s+fever\b",
        "Repeats a common health myth.",
        "Check the claim against a trusted source (CDC, NIH, a professional society) and state the evidence instead.",
    ),
    myth(
        "heart_myths",
        "heart|stroke|strokes|women|men",
        r"\b(?:heart\s+attacks?|heart\s+disease|strokes?)\s+only\s+(?:happen\s+to|affect)\s+(?:men|older\s+people|the"
        r"\s+elderly|seniors)|\bwomen\s+(?P<neg>don'?t|do\s+not|can'?t|cannot|rarely)\s+(?:have|get)\s+heart\s+attacks"
        r"|\bmen\s+(?P<neg2>can'?t|cannot|don'?t|do\s+not)\s+get\s+breast\s+cancer",
        "Repeats a myth about who gets heart disease, stroke or breast cancer.",
        "Heart disease is the leading killer of women too, strokes happen at any age, and men can get breast "
        "cancer (CDC).",
    ),
)
