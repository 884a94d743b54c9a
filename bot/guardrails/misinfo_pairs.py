"""Myths found by co-occurrence: two specific things named together that only a myth joins.

"Stop cracking your knuckles! Every pop wears down the cartilage, and that's how arthritis starts."
No single phrasing covers how people tell these myths, but knuckle cracking and arthritis, an alcohol rub
and a child's fever, or an antibiotic offered for a cold, appear together almost only in the myth.
A pair matches when its `first` and `second` lexicons occur within `window` sentences of each other,
neither is negated or avoided in its clause, and the post is not correcting the myth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.guardrails.claim_text import NEGATION, Dual, clause_before, sentence_index, sentence_spans
from bot.guardrails.claim_triggers import register
from bot.guardrails.context import ReviewContext
from bot.guardrails.misinfo_frames import DEBUNK_FRAME, framed_as_myth
from bot.guardrails.misinfo_links import ANTIBIOTIC, VIRAL, names_antibiotic_by_suffix
from bot.guardrails.misinfo_myths import VAX


@dataclass(frozen=True, slots=True)
class Pair:
    key: str
    topic: tuple[str, ...]  # trigger stems for `first`
    first: Dual
    second: Dual
    message: str
    fact: str
    window: int = 0  # how many sentences apart the two may be (0: the same sentence)
    clear: re.Pattern[str] | None = None  # words in either sentence that show the post is the correction
    action: int = 0  # which side is something done (1 first, 2 second): "never", "avoid", "skip" before it clear it
    remedy: bool = False  # like Myth.remedy: a pair never promotes a product


def pair(key: str, topic: str, first: str, second: str, message: str, fact: str, window: int = 0,
         clear: str | None = None, action: int = 0) -> Pair:
    return Pair(
        key, tuple(topic.split("|")), Dual(first), Dual(second), message, fact, window,
        re.compile(clear, re.I) if clear else None, action,
    )


# "Skip the butter", "instead of ice", "evite el alcohol": the remedy is named to warn against it.
_AVOIDED = re.compile(
    r"\b(?:avoid\w*|skip|instead\s+of|rather\s+than|keep\s+\w+\s+away|away\s+from|out\s+of\s+reach"
    r"|evite\w*|evitar|en\s+(?:vez|lugar)\s+de|nunca|jamás)\b",
    re.I,
)
_VIRAL_USE = (
    r"(?:get|give|prescrib\w*|call\s+in|take|start|pick\s+up|ask\s+for|request|need|pida|tome|recet\w*|le\s+damos)"
)

PAIRS: tuple[Pair, ...] = (
    pair(
        "knuckles_arthritis",
        "crack|cracking|knuckle|knuckles|pop|pops|popping|tronar|tronarse|crujir|nudillos",
        r"\b(?:(?:crack|pop)\w*\s+(?:your\s+|their\s+|my\s+)?(?:knuckles|back|neck|joints|fingers)"
        r"|knuckle[- ]crack\w*"
        r"|(?:every|each)\s+(?:pop|crack)|tronar(?:se)?\s+los\s+dedos|crujir\s+los\s+nudillos|tronarse\s+los\s+nudillos)\b",
        r"\b(?:arthriti\w*|artritis|cartilage|cartílago|joint\s+damage|daño\s+articular|(?:ruin|damag|wreck|destroy)\w*"
        r"\s+(?:your\s+|the\s+)?(?:spine|joints?|back|neck))\b",
        "Says cracking your knuckles causes arthritis; studies found no link.",
        "Knuckle cracking doesn't cause arthritis (Harvard Health, Johns Hopkins).",
        window=1,
    ),
    pair(
        "dim_light_eyes",
        "read|reading|leer|lea|leyendo|sitting|sentarse|close|cerca",
        r"\b(?:(?:reading|read|leer|lea|leyendo)\s+(?:\w+\s+)?(?:in|with|under|con|en|a)\s+(?:dim|low|poor|bad|little|poca"
        r"|mala|baja|la\s+oscuridad|oscuras)|(?:sitting|sit)\s+(?:too\s+)?close\s+to\s+the\s+(?:tv|television|screen)"
        r"|sentarse\s+(?:muy\s+)?cerca\s+de\s+la\s+(?:tele|televisión|pantalla))\b",
        r"\b(?:(?:damag|ruin|hurt|harm|weaken|destroy)\w*\s+(?:\w+\s+)?(?:eyes|eyesight|vision)|(?:daña|arruina|debilita"
        r"|lastima|estropea)\w*\s+(?:\w+\s+)?(?:vista|ojos)|go(?:ing)?\s+blind|blindness|ceguera|quedar\w*\s+ciegos?"
        r"|permanent\s+(?:eye\s+)?damage|para\s+siempre)\b",
        "Says reading in dim light or sitting close to the screen damages your eyes; it tires them, no more.",
        "Dim light and screens can cause eye strain, not lasting damage (American Academy of Ophthalmology).",
    ),
    pair(
        "microwave_food",
        "microwav|microondas",
        r"\b(?:microwav\w*|microondas)\b",
        r"\b(?:radioactive|radiation\s+poisoning|radiactiv\w*|(?:destroys?|kills?|zaps?|destruye\w*)\s+(?:all\s+|the\s+"
        r"|todos\s+los\s+)?(?:\w+\s+)?(?:nutrients|vitamins|nutrientes|vitaminas))\b",
        "Says microwaving makes food radioactive or strips its nutrients; it does neither.",
        "Microwaving doesn't make food radioactive and keeps nutrients about as well as other cooking (FDA).",
    ),
    pair(
        "sugar_hyperactivity",
        "sugar|sweets|candy|azúcar|dulces|golosinas|soda",
        r"\b(?:sugar\w*|sweets|candy|azúcar|dulces|golosinas|soda)\b",
        r"\b(?:hyper(?:active|activity)?|bounc\w+\s+off\s+the\s+walls|hiperactiv\w*)\b",
        "Says sugar makes children hyperactive; controlled studies found no effect on behaviour.",
        "Sugar doesn't cause hyperactivity, though less sugar is better for teeth and health (AAP).",
    ),
    pair(
        "shaving_thicker",
        "shav|afeit|rasur",
        r"\b(?:shav\w+|afeit\w+|rasur\w+)\b",
        r"\b(?:grows?\s+back\s+)?(?:thicker|darker|coarser|más\s+(?:gruesos?|grueso|oscuros?|fuerte|rápido))\b",
        "Says shaving makes hair grow back thicker or darker; it doesn't.",
        "Shaving doesn't change hair's thickness, colour or growth (Mayo Clinic).",
    ),
    pair(
        "swallowed_gum",
        "swallow|tragar|tragas|traga",
        r"\b(?:swallow\w*\s+(?:\w+\s+)?gum|tragar(?:se|te)?\s+(?:el\s+)?chicle|tragas\s+(?:el\s+)?chicle)\b",
        r"\b(?:(?:7|seven)\s+years|siete\s+años|stays?\s+in\s+your\s+(?:stomach|gut)|se\s+queda\s+en\s+(?:el|tu)\s+estómago)\b",
        "Says swallowed gum stays in your stomach for years; it passes through in days.",
        "Swallowed gum passes through the digestive tract like other food (Mayo Clinic).",
    ),
    pair(
        "swim_after_eating",
        "eat|eating|comer|after|después",
        r"\b(?:(?:eat\w*|comer)\s+(?:right\s+)?(?:before|antes\s+de)\s+(?:swimming|you\s+swim|nadar|bañarse)"
        r"|(?:after|después\s+de)\s+(?:eating|a\s+meal|lunch|comer)\b[^.!?\n]{0,30}\b(?:swim\w*|nadar|bañarse|pool|piscina"
        r"|alberca))\b",
        r"\b(?:cramps?|drown\w*|calambres?|ahog\w*|congesti[oó]n)\b",
        "Says swimming after eating causes cramps or drowning; there's no evidence for that.",
        "It's safe to swim after eating; supervision and swim skills prevent drowning (American Red Cross).",
    ),
    pair(
        "fever_alcohol_rub",
        "alcohol|rubbing|rub|sponge|frot|frót|paño|paños|baño|baños",
        r"\b(?:(?:rubbing|isopropyl)\s+alcohol|alcohol\s+(?:rubs?|sponge\w*|baths?|wipes?\s+on\s+the\s+(?:skin|body))"
        r"|(?:rub|sponge|wipe)\w*\s+(?:\w+\s+){0,4}?(?:with|in)\s+alcohol|fr[oó]t\w*\s+(?:\w+\s+){0,4}?con\s+alcohol"
        r"|paños?\s+(?:\w+\s+)?con\s+alcohol|baños?\s+(?:de|con)\s+alcohol|alcohol\s+en\s+(?:el|la)\s+(?:cuerpo|piel|pecho))",
        r"\b(?:fever\w*|fiebre|calentura|temperatura)\b",
        "Recommends alcohol rubs for fever; alcohol can be absorbed through the skin and poison a child.",
        "Never use alcohol to bring down a fever; use the right dose of a fever reducer and call your clinician "
        "(AAP).",
        window=1,
        action=1,
    ),
    pair(
        "fever_brain_damage",
        "fever|fevers|fiebre|fiebres|calentura",
        r"\b(?:fevers?|fiebres?|calentura)\b",
        r"\b(?:brain\s+damage|damage\s+(?:the|your|their)\s+brain|daño\s+cerebral|dañ\w+\s+el\s+cerebro"
        r"|fry\s+(?:the|their|your)\s+brain)\b",
        "Says fever causes brain damage; fevers from infection don't harm the brain.",
        "Fever is the body fighting infection and doesn't cause brain damage; treat for comfort (AAP).",
    ),
    pair(
        "honey_infants",
        "honey|miel",
        r"\b(?:honey|miel)\b",
        r"\b(?:infants?|newborns?|babies|baby'?s?|under\s+(?:1|one|12\s+months)|bebés?|recién\s+nacidos?|menores\s+de\s+"
        r"(?:un|1)\s+año)\b",
        "Suggests honey for a baby under one; it can cause infant botulism.",
        "Never give honey to babies under 12 months (CDC, AAP).",
        clear=r"\b(?:over|older\s+than|after|at\s+least|mayores\s+de|después\s+de)\s+(?:1|one|12|el\s+primer)\b|botulism\w*",
        action=1,
    ),
    pair(
        "burn_home_remedy",
        "butter|toothpaste|ice|egg|mustard|mantequilla|pasta|hielo|clara|mostaza|aceite|oil",
        r"\b(?:butter|toothpaste|ice(?:\s+cubes?)?|egg\s+whites?|mustard|mantequilla|pasta\s+de\s+dientes|hielo"
        r"|claras?\s+de\s+huevo|mostaza|(?:cooking|coconut)\s+oil|aceite)\b",
        r"\b(?:burns?|burned\s+skin|quemaduras?|quemadas?)\b",
        "Recommends a home remedy for burns that can trap heat or damage skin.",
        "Cool a burn under cool running water for 20 minutes; no butter, ice or toothpaste (American Red Cross).",
        clear=r"\b(?:cool\s+(?:running\s+)?water|agua\s+(?:fría|fresca)\s+corriendo|sunburn|freezer\s+burn|ice\s+pack)\b",
        action=1,
    ),
    pair(
        "seizure_mouth",
        "seizure|convuls|fit|epilep|ataque",
        r"\b(?:seizures?|convulsi\w+|ataques?\s+epiléptic\w+)\b",
        r"\b(?:(?:put|place|stick|force|insert)\w*\s+(?:something|a\s+spoon|an\s+object|a\s+wallet|a\s+finger|anything)"
        r"|(?:hold|grab|pull)\w*\s+(?:their|his|her|the)\s+tongue|(?:poner|meter)\w*\s+(?:algo|una\s+cuchara|un\s+objeto)"
        r"|(?:sujetar|agarrar|jalar)\w*\s+(?:la|su)\s+lengua)\b",
        "Says to put something in the mouth or hold the tongue during a seizure; that causes injuries.",
        "During a seizure, never put anything in the person's mouth; turn them on their side and time it (CDC).",
        action=2,
    ),
    pair(
        "nosebleed_head_back",
        "nosebleed|nosebleeds|bloody|nose|sangrado|hemorragia|nariz|sangra",
        r"\b(?:nosebleeds?|bloody\s+nose|nose\s+bleeds?|sangrado\s+(?:de\s+)?nas\w+|hemorragia\s+nasal|sangra\s+la\s+nariz)\b",
        r"\b(?:tilt|lean|tip|put)\w*\s+(?:\w+\s+){0,2}?(?:head|chin)\s+back|(?:inclin|ech|ti)\w+\s+(?:\w+\s+){0,2}?cabeza\s+"
        r"(?:hacia\s+)?atrás\b",
        "Says to tilt the head back for a nosebleed; blood runs down the throat.",
        "For a nosebleed, lean forward and pinch the soft part of the nose for 10 minutes (AAO-HNS).",
        window=1,
        action=2,
    ),
    pair(
        "teething_alcohol",
        "whiskey|whisky|brandy|rum|bourbon|licor|ron|aguardiente|alcohol",
        r"\b(?:whiske?y|brandy|rum|bourbon|licor|ron|aguardiente|alcohol)\b",
        r"\b(?:teething|gums?|dentición|encías|salen\s+los\s+dientes)\b",
        "Suggests alcohol for teething; even small amounts are dangerous for babies.",
        "Never give babies alcohol; a clean, chilled teething ring helps (AAP).",
        clear=r"\b(?:sanitizer|wipes?|swab|antiséptic\w*|gel)\b",
        action=1,
    ),
    pair(
        "jellyfish_urine",
        "pee|urinat|urine|orin|orina|orinar",
        r"\b(?:pee\w*|urinat\w*|urine|orin\w*|orinar)\b",
        r"\b(?:jellyfish|medusas?|aguavivas?)\b",
        "Says to urinate on a jellyfish sting; it can make it worse.",
        "Rinse a jellyfish sting with vinegar or seawater and remove tentacles (American Red Cross).",
        action=1,
    ),
    pair(
        "poison_induce_vomiting",
        "induce|vomit|ipecac|throw|provocar|vómito|hacer|vomitar",
        r"\b(?:induc\w+\s+vomiting|make\s+(?:them|him|her|yourself|your\s+child)\s+(?:throw\s+up|vomit)|ipecac"
        r"|provocar\s+(?:el\s+)?vómito|hacer(?:le|lo|la)?\s+vomitar|hágalo\s+vomitar)\b",
        r"\b(?:poison\w*|swallow\w*|ingest\w*|intoxica\w*|envenena\w*|tragó|se\s+tomó)\b",
        "Says to make someone vomit after a poisoning; that can cause more harm.",
        "Don't induce vomiting; call Poison Control (1-800-222-1222) right away.",
        action=1,
    ),
    pair(
        "antibiotic_for_viral",
        "antibiot|antibiót|zpak|pak|augmentin|keflex|cipro|amoxic|amoxil|penic|azithro|azitro|doxycy|doxic|cefalex"
        "|cephalex|clarithro|claritro",
        rf"\b{_VIRAL_USE}\b[^.!?\n]{{0,40}}?\b{ANTIBIOTIC}\b|\b{ANTIBIOTIC}\b[^.!?\n]{{0,40}}?\b(?:so\s+you'?re\s+back"
        r"|to\s+get\s+(?:you\s+)?(?:better|over)|lo\s+antes\s+posible)",
        rf"\b{VIRAL}\b",
        "Offers antibiotics for a cold, flu or other viral illness; they don't work on viruses.",
        "Antibiotics don't treat colds or flu; rest, fluids and, for flu, antivirals do (CDC).",
        window=1,
        clear=r"\b(?:bacteri\w*|resistan\w*|stewardship|overuse|misuse|unnecessar\w*|innecesari\w*|not\s+needed"
        r"|won'?t\s+help|don'?t\s+(?:help|work)|only\s+work|solo\s+(?:funcionan|sirven)|strep|uti|ear\s+infection)\b",
        action=1,
    ),
    pair(
        "vaccines_spread_out",
        "spread|space|delay|split",
        r"\b(?:spread|space|split)\w*\s+(?:them|these|those|it|things)\s+out\b|\bdelay\w*\s+(?:them|these|it)\b",
        rf"\b{VAX}\b",
        "Recommends spreading out or delaying vaccines; that leaves children unprotected longer.",
        "The recommended schedule is tested as a whole and protects children when they are most at risk (CDC, AAP).",
        window=1,
    ),
    pair(
        "natural_substitute_for_medicine",
        "lower|lowers|control|controls|regulat|normaliz|balanc|stead|stabiliz|brings|baja|bajan|controla|regula"
        "|normaliza|equilibra|estabiliza",
        r"\b(?:lowers?|controls?|regulates?|normali[sz]es?|balances?|steadies|stabili[sz]es?|brings?|baja|bajan|controla"
        r"|controlan|regula|regulan|normaliza|normalizan|equilibra|estabiliza)\s+(?:\w+\s+){0,3}?(?:it|them|cholesterol|colesterol"
        r"|blood\s+(?:pressure|sugar)|presión|azúcar|glucos[ae]|a1c|thyroid|tiroides|mood|ánimo)\b[^.!?\n]{0,40}?"
        r"(?:naturally|de\s+forma\s+natural|de\s+manera\s+natural|naturalmente|(?:all\s+)?on\s+(?:its|their)\s+own"
        r"|por\s+s[ií]\s+sol[oa]s?|by\s+itself|without\s+(?:meds|medication|medicine|pills|drugs))",
        r"\b(?:stop\w*|quit\w*|skip\w*|ditch\w*|drop\w*|instead\s+of|replace\w*|swap\w*|switch\w*|deje\w*|dej[ae]\w*"
        r"|suspend\w*|en\s+(?:lugar|vez)\s+de|cambi\w+|no\s+(?:necesita\w*|need))\b",
        "Says something natural replaces a prescribed medicine's effect; that isn't supported.",
        "Natural measures can help alongside prescribed treatment, not instead of it; talk to your prescriber (NIH).",
        window=1,
    ),
)
_present = register("misinfo_pairs", {p.key: p.topic for p in PAIRS})


def find_pairs(ctx: ReviewContext) -> list[tuple[Pair, int, int]]:
    """Each asserted pair as (pair, start, end): `start`..`end` covers both mentions."""
    present = _present(ctx)
    if names_antibiotic_by_suffix(ctx):
        present = present | {"antibiotic_for_viral"}
    if not present:
        return []
    spans = sentence_spans(ctx)
    found: list[tuple[Pair, int, int]] = []
    for item in PAIRS:
        if item.key not in present:
            continue
        for first in item.first.scan(ctx):
            low, high = _window(ctx, spans, sentence_index(ctx, first.start()), item.window)
            second = _second_near(ctx, item, first, low, high)
            if second is None:
                continue
            start, end = min(first.start(), second.start()), max(first.end(), second.end())
            if _cleared(ctx, item, first, second, low, high):
                continue
            found.append((item, start, end))
            break
    return found


def _window(ctx: ReviewContext, spans: list[tuple[int, int]], index: int, count: int) -> tuple[int, int]:
    """From `count` sentences before `index` to `count` after; a run of emoji between them is no sentence."""
    low = high = index
    for step in (-1, 1):
        left, position = count, index
        while left and 0 <= position + step < len(spans):
            position += step
            start, end = spans[position]
            if any(char.isalpha() for char in ctx.text[start:end]):
                left -= 1
        if step < 0:
            low = position
        else:
            high = position
    return spans[low][0], spans[high][1]


def _second_near(ctx: ReviewContext, item: Pair, first: re.Match[str], low: int, high: int) -> re.Match[str] | None:
    for second in item.second.finditer(ctx, low, high):
        if second.end() <= first.start() or second.start() >= first.end():
            return second
    return None


def _cleared(ctx: ReviewContext, item: Pair, first: re.Match[str], second: re.Match[str], low: int, high: int) -> bool:
    """Negation before the action (or, for a cause and effect, before the effect), a myth frame, a clearing word."""
    text = ctx.text
    spans = sentence_spans(ctx)
    checked = second if item.action in (0, 2) else first
    other = first if checked is second else second
    if framed_as_myth(ctx, checked.start()):  # the other side may be a question ("Cold going around?")
        return True
    other_start, other_end = spans[sentence_index(ctx, other.start())]
    if DEBUNK_FRAME.search(text, other_start, other_end):
        return True
    sentence_start = spans[sentence_index(ctx, checked.start())][0]
    before = clause_before(text, checked.start(), 45, sentence_start)
    if NEGATION.search(before) or (item.action and _AVOIDED.search(before)):
        return True
    if sentence_index(ctx, first.start()) == sentence_index(ctx, second.start()):
        between = text[min(first.end(), second.end()) : max(first.start(), second.start())]
        if NEGATION.search(between):
            return True
    return item.clear is not None and item.clear.search(text, low, high) is not None
