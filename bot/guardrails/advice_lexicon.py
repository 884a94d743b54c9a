"""Words for medicines, doses and care, in English and Spanish, as regex fragments.

Drug names are recognised by the stems of their international nonproprietary names (the WHO's
suffixes: -prazole, -statin, -pril ...), by a list of common names that no stem covers, and by
the words people use for a medicine ("meds", "inhaler", "blood thinner", "pastillas").
"""

from __future__ import annotations

import re

from bot.guardrails.claim_text import Dual
from bot.guardrails.claim_triggers import words
from bot.guardrails.context import ReviewContext

_DRUG_STEMS = (
    "prazole|tidine|opril|april|epril|ipril|sartan|statin|olol|dipine|pentin|purinol|farin|thyroxine|xetine|traline|oxetine|opram"
    "|azepam|zolam|zepam|apine|idone|peridol|cycline|mycin|micin|cillin|floxacin|conazole|azole|ciclovir|cyclovir"
    "|amivir|tegravir|mab|tinib|glutide|gliflozin|gliptin|formin|lukast|buterol|meterol|moterol|anterol|daterol|caterol|sonide|solone|olone|methasone"
    "|profen|fenac|triptan|setron|barbital|thiazide|semide|codone|morphone|xaban|gatran|grel|parin|dronate"
    "|azosin|ulosin|afil|trexate|phenidate|fetamine|hydramine|oxacin|sulfa|tadine|dopa|rizine|tropium"
    # the same stems as Spanish spells them (omeprazol, losartán, atorvastatina, ciprofloxacina, amoxicilina)
    "|prazol|tidina|sartán|statina|dipino|farina|xetina|tralina|apina|idona|ciclina|micina|cilina|floxacino"
    "|floxacina|conazol|formina|butero|sonida|solona|metasona|profeno|fenaco|triptán|semida|codona|morfona|xabán"
    "|parina|dronato|trexato|fenidato"
)
_DRUG_NAMES = (
    "insulin|insulina|aspirin|aspirina|metformina?|lithium|litio|warfarina?|prednison[ae]|ibuprofen|ibuprofeno"
    "|acetaminophen|acetaminofén|paracetamol|tylenol|advil|motrin|aleve|naproxen|lipitor|crestor|zoloft|prozac"
    "|lexapro|xanax|valium|ativan|klonopin|adderall|ritalin|vyvanse|concerta|synthroid|levothyroxine|eliquis"
    "|xarelto|coumadin|plavix|ozempic|wegovy|mounjaro|zepbound|lasix|digoxin|methotrexate|tamoxifen|keppra"
    "|lamictal|depakote|tegretol|dilantin|wellbutrin|bupropion|effexor|cymbalta|abilify|seroquel|risperdal"
    "|suboxone|buprenorphine|naloxone|narcan|naltrexone|methadone|ketamine|botox|minoxidil|finasteride|viagra"
    "|cialis|humira|enbrel|epipen|albuterol|ventolin|symbicort|advair|flovent|singulair|nexium|prilosec"
    "|zantac|pepcid|tums|benadryl|zyrtec|claritin|allegra|flonase|sudafed|plan b|ivermectin|ivermectina"
    "|keflex|augmentin|cipro|bactrim|zithromax|amoxil|levaquin|flagyl|macrobid|tamiflu|valtrex|diflucan"
    "|hydroxychloroquine|hidroxicloroquina|chemo|chemotherapy|quimio|quimioterapia|birth control|the pill"
    "|amoxicillin|amoxicilina|penicillin|penicilina|antibiotics?|antibióticos?|statins?|estatinas?"
    "|codeine|codeína|tramadol|oxycodone|morphine|morfina|melatonin|melatonina|famotidine|famotidina|ranitidine"
    "|colchicine|allopurinol|alopurinol|hydrocortisone|hidrocortisona|antihistamines?|antihistamínicos?"
    r"|acid\s(?:blockers?|reducers?)|ppis?|proton pump inhibitors?|sleeping pills?|sleep aids?|nasal sprays?"
    "|steroid (?:sprays?|creams?|inhalers?)|aerosol(?:es)? nasal(?:es)?|z-?pak|tylenol|motrin"
    "|steroids?|esteroides?|corticosteroids?|antidepressants?|antidepresivos?|antipsychotics?|antipsicóticos?"
    "|anticonvulsants?|anticonvulsivos?|antiepileptics?|anticoagulants?|anticoagulantes?|blood thinners?"
    "|beta[- ]blockers?|diuretics?|diuréticos?|water pills?|opioids?|opioides?|painkillers?|analgésicos?"
    "|inhalers?|inhaladores?|nebuli[sz]er|epinephrine|levothyroxine|thyroid (?:medicine|medication|pills?|meds)"
    "|(?:blood pressure|bp|cholesterol|diabetes|seizure|heart|thyroid|adhd|anxiety|depression|asthma|gout)"
    r"\s(?:medicines?|medications?|meds|pills?|drugs?|tablets?)"
)
_MED_NOUNS = (
    r"medications?|medicines?|meds|prescriptions?|rx|pills?|tablets?|capsules?|doses?|dosage|shots?"
    r"|medicamentos?|medicinas?|medicación|pastillas?|píldoras?|tabletas?|cápsulas?|dosis|recetas?|tratamiento"
    r"|aerosol(?:es)?|sprays?|inhalador(?:es)?|binders?|patch(?:es)?"
)
# A word ending in a stem, tested with one fixed-width look-behind per stem once the whole word is matched:
# far cheaper than `\w+(?:stems)`, which retries every stem at every split of every word.
_STEM_ENDINGS = "|".join(f"(?<={stem})" for stem in _DRUG_STEMS.split("|"))
DRUG = rf"(?:\w+\b(?:{_STEM_ENDINGS})(?<!\bapril)|(?:{_DRUG_NAMES})s?)"
MEDICINE = rf"(?:{DRUG}|{_MED_NOUNS})"
DOSE_UNIT = (
    r"\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|g|ml|mL|cc|units?|unidades|iu|ui|tabs?|tablets?|tabletas?|pills?|pastillas?"
    r"|puffs?|inhalaciones|drops?|gotas|capsules?|cápsulas?)\b"
)

# How often or how long: "twice a day", "every 2 hours", "for a week", "cada 8 horas", "por 5 días".
FREQUENCY = (
    r"(?:(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|per|each)\s+(?:day|night|week)"
    r"|every\s+(?:other\s+day|\d+(?:\s*(?:-|to)\s*\d+)?\s+hours|(?:two|three|four|four|six|eight|twelve)\s+hours|night"
    r"|morning|day)|(?:for|x)\s+(?:a|one|two|three|\d+)\s+(?:more\s+)?(?:days?|weeks?)|at\s+bedtime|before\s+bed"
    r"|cada\s+\d+\s+horas|(?:\d+|una|dos|tres)\s+veces\s+al\s+día|por\s+(?:\d+|una|dos|tres|cinco|siete)\s+"
    r"(?:días|semanas)(?:\s+más)?|día\s+por\s+medio|en\s+ayunas|antes\s+de\s+dormir|por\s+la\s+noche)"
)
# A fraction or multiple of a dose: "half a tablet", "la mitad de la dosis", "a quarter of a peanut", "double".
DOSE_FRACTION = (
    r"(?:half\s+(?:a\s+|of\s+(?:a\s+|the\s+|your\s+|their\s+)?)?(?:\w+\s+)?(?:dose|pill|tablet|tab|capsule)s?"
    r"|a\s+(?:quarter|third)\s+of\s+(?:a|the|an)\s+\w+|double\s+(?:the\s+|your\s+)?dose|(?:media|medio)\s+"
    r"(?:tableta|pastilla|píldora|dosis|comprimido)|la\s+mitad\s+de\s+(?:la|su|tu|una)\s+(?:\w+\s+)?(?:dosis|pastilla"
    r"|tableta|píldora)|el\s+doble\s+de\s+(?:la\s+)?dosis)"
)

DRUG_RE = re.compile(rf"\b{DRUG}\b", re.I)
MEDICINE_RE = re.compile(rf"\b{MEDICINE}\b", re.I)
DRUG_DUAL = Dual(rf"\b{DRUG}\b")
MEDICINE_DUAL = Dual(rf"\b{MEDICINE}\b")

# Conditions and body parts: "a medical word" for rules that need one nearby.
MEDICAL_WORD = (
    r"pain|aches?|migraines?|headaches?|arthritis|back|knees?|joints?|hips?|shoulders?|necks?|spine|discs?|glasses"
    r"|contacts|vision|eyes?|hearing|teeth|tooth|gums?|cavit(?:y|ies)|decay|skin|acne|wrinkles?|aging|ageing|hair"
    r"|baldness|fat|weight|pounds|lbs|kilos|kg|libras|cellulite|snoring|apnea|sleep|insomnia|reflux|heartburn|gerd"
    r"|ibs|bloating|gut|dolores|cabeza|cancer|tumou?rs?|diabetes|blood sugar|glucose|a1c|pressure|hypertension"
    r"|cholesterol|heart|asthma|copd|allerg(?:y|ies)|anxiety|depression|adhd|autism|dementia|alzheimer'?s|memory"
    r"|fatigue|energy|infections?|flu|colds?|covid|virus(?:es)?|inflammation|neuropathy|sciatica|tendonitis"
    r"|plantar|fibromyalgia|thyroid|hormones?|menopause|hot flashes|fertility|erectile|incontinence|bladder"
    r"|kidneys?|liver|stroke|seizures?|epilepsy|psoriasis|eczema|rosacea|varicose|veins?|scars?|obesity|symptoms?"
    r"|diseases?|conditions?|illness|injur(?:y|ies)|surgery|medications?|meds|pills?|insulin|inhalers?|cpap|dolor"
    r"|cáncer|artritis|espalda|rodillas?|piel|grasa|peso|arrugas|diabetes|azúcar|presión|ansiedad|depresión"
    r"|enfermedad(?:es)?|síntomas|cirugía|medicamentos?|pastillas|migrañas?|reflujo|energía|caries|dientes|cabello"
    r"|pelo|sueño|utis?|strep|sinus|concussion|sprains?|strains?|fractures?|mono|shingles|pink\s?eye|ringworm|lice"
    r"|rash(?:es)?|hives|gout|vertigo|ulcers?|hernia|cyst|gallstones?|kidney\s+stones?|sick|ill|illness|enferm[oa]s?"
    r"|plaque|arter(?:y|ies)|fine\s+lines|crow'?s\s+feet|dark\s+circles|pores|stretch\s+marks|leaks?|bladder"
)
# Condition names by their endings: tendinitis, scoliosis, fibromyalgia, neuropathy, giardiasis.
_CONDITION_ENDINGS = "|".join(f"(?<={ending})" for ending in ("itis", "osis", "algia", "opathy", "iasis"))
MEDICAL_WORD = rf"(?:{MEDICAL_WORD}|\w+\b(?:{_CONDITION_ENDINGS}))"
MEDICAL_WORD_RE = re.compile(rf"\b(?:{MEDICAL_WORD}|{DRUG})\b", re.I)
MEDICAL_WORD_DUAL = Dual(rf"\b(?:{MEDICAL_WORD}|{DRUG})\b")

# --- Finding medicines fast -----------------------------------------------------------------------------
# `MEDICINE_DUAL` tries `\w+` and every stem look-behind at each character, which costs a quarter of a
# millisecond on a long post. `medicine_spans` finds the same words once: names and nouns by a regex that
# opens with literals, stems by testing each word's ending.
def _top_level(alternation: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in alternation:
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += char == "("
        depth -= char == ")"
        current += char
    return [*parts, current]


def _word_forms(alternative: str) -> list[str] | None:
    """ "pills?" -> ["pill", "pills"]; None when the alternative is more than one plain word."""
    match = re.fullmatch(r"([a-záéíóúñ]+)(\?)?", alternative)
    if match is None:
        return None
    word, optional = match.groups()
    return [word[:-1], word] if optional else [word]


def _split_words(*alternations: str, plural: bool) -> tuple[frozenset[str], str]:
    words: set[str] = set()
    complex_parts: list[str] = []
    for alternation in alternations:
        for alternative in _top_level(alternation):
            forms = _word_forms(alternative)
            if forms is None:
                complex_parts.append(alternative)
            else:
                words.update(forms)
                if plural:
                    words.update(form + "s" for form in forms)
    return frozenset(words), "|".join(complex_parts)


_NAME_WORDS, _NAME_COMPLEX = _split_words(_DRUG_NAMES, plural=True)
_NOUN_WORDS, _NOUN_COMPLEX = _split_words(_MED_NOUNS, plural=False)
_SINGLE_WORDS = _NAME_WORDS | _NOUN_WORDS
_COMPLEX = Dual(rf"\b(?:(?:{_NAME_COMPLEX})s?|{_NOUN_COMPLEX})\b")
_STEM_SET = frozenset(_DRUG_STEMS.split("|"))
_STEM_LENGTHS = tuple(sorted({len(stem) for stem in _STEM_SET}))
_STEM_TAILS = frozenset(stem[-3:] for stem in _STEM_SET)  # a cheap first test: most words end otherwise


def medicine_spans(ctx: ReviewContext) -> list[tuple[int, int]]:
    """Every medicine word or name in the text, in order; cached on the context."""
    cached = ctx.extra.get("_medicine_spans")
    if cached is None:
        spans = {m.span() for m in _COMPLEX.scan(ctx)}
        for token, starts in words(ctx).items():
            if token in _SINGLE_WORDS or (
                token[-3:] in _STEM_TAILS
                and token != "april"
                and any(token[-size:] in _STEM_SET for size in _STEM_LENGTHS)
            ):
                spans.update((start, start + len(token)) for start in starts)
        ordered = sorted(spans, key=lambda span: (span[0], -span[1]))
        cached = []
        for span in ordered:  # "blood pressure meds", not also "meds"
            if not cached or span[0] >= cached[-1][1]:
                cached.append(span)
        ctx.extra["_medicine_spans"] = cached
    return cached
