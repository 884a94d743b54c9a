"""Slots that only a person's name fills, so that a capitalised word there is a name even when it is not in the
first-name list, and what the slot says about the person.

- "story": "Meet Winifred", "Watch 68-year-old Gloria", "Sofia, 15, ...", "Mila, de 8 meses", "Ana (7)",
  "Coach Dellinger", "our dialysis buddy Eustace";
- "celebration": "Welcome to the world, Marigold", "Welcome back, X", "Congratulations, X", "Happy birthday, X";
- "family": "the Ferreira-Mbeki family", "the Nguyen twins", "Ortiz's family";
- "care": the object of care ("we saw Joaquín", "vimos a Joaquín", "we treated X", "cared for X") or the name
  on a patient's papers ("a Medicare card for X", "X, MRN 0042...");
- "care" also: the signature under a testimonial ('"Best visit ever!" — Kayla M.');
- "vocative": a name addressed at the end of a clause ("It isn't, Gary.", "we love you, Xiomara!");
- "story" also: a name followed by a verb only a person does, with he or she after it ("Walt Brenner spent thirty
  years driving a school bus. ... he").

Each test looks at the word before the name first, so that a regular expression runs only where a slot can be.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from bot.guardrails.phi_common_words import is_common_word
from bot.guardrails.phi_lexicon import ICASE
from bot.guardrails.phi_text import TextIndex, words

# Words that can end the text before a slot (a cheap test before the patterns below).
_SLOT_LAST_WORDS = frozenset(
    words("meet watch a saw treated delivered for world home back welcome congratulations congrats felicidades "
          "felicitaciones bienvenida bienvenido bienvenidos casa birthday cumpleaños soon old de of for to nombre "
          "coach officer deputy captain capt sergeant sgt chef principal aunt uncle grandma grandpa nana abuela "
          "abuelo tía tia tío tio buddy warrior fighter champ sweetheart friend neighbor neighbour guy gal lady "
          "gentleman kiddo labeled labelled marked engraved name own from spotlight story highlight feature hero win "
          "is was about llama es")
)
_STORY_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?:meet|watch|conozcan\s+a|conoce\s+a|miren\s+a|mira\s+a|(?:his|her)\s+name\s+(?:is|was)|"
    r"(?:a\s+)?story\s+about|se\s+llama|su\s+nombre\s+es)"
    r"|\d{1,3}[\s-]*(?:years?|yrs?|months?|weeks?|days?)[\s-]*old(?:\s+[\w-]+){0,2}?,?"
    # a title or a family word ("Coach Dellinger", "Aunt Ruby") and words for a person ("our dialysis buddy Eustace")
    r"|(?-i:\b(?:Coach|Officer|Deputy|Captain|Capt\.|Sergeant|Sgt\.|Chef|Principal|Aunt|Uncle|Grandma|Grandpa|"
    r"Nana|Abuela|Abuelo|T[íi]a|T[íi]o))"
    r"|(?-i:\b(?:buddy|warrior|fighter|champ|sweetheart|friend|neighbou?r|guy|gal|lady|gentleman|kiddo)))\s+$",
    ICASE,
)
_CELEBRATION_BEFORE = re.compile(
    r"(?<![\w'’])(?:welcome(?:\s+(?:home|back|to\s+the\s+world))?|congratulations|congrats|felicidades|"
    r"felicitaciones|bienvenid[oa]s?(?:\s+a\s+casa|\s+al\s+mundo)?|happy\s+birthday|feliz\s+cumpleaños|"
    r"get\s+well\s+soon|(?:so\s+)?proud\s+of|"
    # "Congrats to Zephyrine", "Big hugs to", "Prayers for", "Felicidades a"
    r"(?:congrats|congratulations|kudos|shout-?out|hugs|cheers|prayers|thoughts|love|felicidades|abrazos)\s+"
    r"(?:to|for|a|para)(?:\s+our(?:\s+own)?)?)\s*,?\s+$",
    ICASE,
)
_CARE_BEFORE = re.compile(
    r"(?<![\w'’])(?:we\s+(?:saw|treated|delivered)|(?:we|who)\s+cared\s+for|(?:vimos|atendimos|operamos|recibimos)\s+a)"
    r"\s+$",
    ICASE,
)
# After a name: its age ("Sofia, 15,", "Ana (7)", "Mila, de 8 meses", ", a 67-year-old") or a family word.
_STORY_AFTER = re.compile(
    r",\s*\d{1,3}\s*[,)]|\s*\(\d{1,2}\)|,\s*(?:de\s+)?\d{1,2}\s+(?:años|meses|semanas)\b|,\s+an?\s+\d{1,3}-year-old"
)
# A name on a patient's papers: "a Medicare card for X", "a wallet belonging to X", "X, MRN ...", "X (DOB ...)".
_RECORD_BEFORE = re.compile(
    r"\b(?:(?:card|wallet|bracelet|wristband|band|badge|license|licence|prescription|bottle|paperwork|records?|chart|"
    r"file|tarjeta|receta|expediente)\s+(?:for|of|belonging\s+to|issued\s+to|with\s+the\s+name|de|a\s+nombre\s+de)|"
    r"(?:labeled|labelled|marked|engraved|with\s+the\s+name|a\s+nombre\s+de)\s+[\"'“‘]?(?:[A-Z]\.\s+)?)\s*$",
    ICASE,
)
_RECORD_AFTER = re.compile(
    r"(?:,\s*|\s*\(\s*)(?:MRN|MBI|DOB|D\.O\.B\.|SSN|Rx|ID|member|acct|account|claim|policy|date\s+of\s+birth|"
    r"Rm\.?\s*\d+|Room\s+\d+|Bed\s+\d+|"
    r"born|fecha\s+de\s+nacimiento)\b",
    ICASE,
)
# After a name (and maybe a surname): a verb only a person is the subject of, in a story told about them ("Walt
# Brenner spent thirty years driving a school bus", "Odalys grew up in ..."): a slot when he or she follows.
_PERSON_VERB_AFTER = re.compile(
    r"(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:-[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)?\s+(?:\w+ly\s+)?(?:spent|walked|arrived|grew\s+up|"
    r"was\s+born|turned|told|loves|loved|started|smiled|laughed|asked|wanted|decided|learned|remembers|remembered|"
    r"came\s+(?:in|to|back|home)|went\s+home|"
    r"worked|retired|raised|drove|coached|taught|married|moved|dreamed|dreams|had\s+(?:just\s+)?(?:turned|retired|"
    r"finished)|never\s+(?:expected|thought|missed))\b"
)
# After a name: care only a person undergoes, as theirs ("Fenella's heart transplant", "Ike's third round of chemo"),
# not an organisation's service ("Sonavi's hearing aid demo", "Redcliff Group's structural heart team").
_OWN_CARE_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:surgery|transplant|chemo\w*|recovery|diagnosis|stroke|heart\s+attack|cancer|"
    r"birth|delivery|rehab|fracture|injury|injuries|accident|overdose|\w+ectomy|\w+plasty|\w+otomy|\w+ostomy)\b"
    r"(?!\s+(?:team|program|programme|center|centre|day|demo|unit|department|services|sessions|clinic|research))",
    ICASE,
)
# "Quenlix was SO nervous for his first cleaning": a sentence opened by a name and was/is/has/had, with he or she.
_IS_AFTER_OPENING = re.compile(r"\s+(?:was|is|has|had)\b(?!\s+(?:a|an|the)\s+(?:new|great|good|free|big)\b)", ICASE)
# After a name: one of our patients, or a room or bed ("Quenlix, one of our cardiac patients", "from Apt 3B").
_PATIENT_NOUN_AFTER = re.compile(
    r",\s*(?:a|an|our|one\s+of\s+our)\s+(?:[\w-]+\s+){0,3}?(?:patients?|clients?|customers?|residents?|"
    r"pacientes?)\b(?!\s+(?:advocate|relations|experience|access|navigator|liaison|representative|coordinator|care|"
    r"services|safety|financial))",
    ICASE,
)
_ROOM_AFTER = re.compile(
    r"\s+(?:in|from|of|de\s+la|en\s+la)\s+(?:room|rm|bed|apt|apartment|unit|chair|bay|habitaci[óo]n|cama)\.?\s*#?\s*"
    r"[A-Z]?\d",
    ICASE,
)
_HE_OR_SHE = frozenset(words("he she him her his hers él ella"))
# A testimonial's source before a name: "Review of the week from Odile:", "a note from", "patient spotlight:".
_TESTIMONIAL_FROM = re.compile(
    r"\b(?:(?:review|reviews|message|note|letter|card|words|story|testimonial|shout-?out)\s+(?:of\s+the\s+\w+\s+)?from|"
    r"(?:patient|client|customer|paciente)\s+(?:spotlight|story|highlight|feature|hero|win)\s*:?)\s+$",
    ICASE,
)
# A closing quote, maybe an emoji, and a dash before a name: the signature of a patient's testimonial.
_DASHES = frozenset("—–-")
TESTIMONIAL_SIGNATURE = re.compile(r"[”\"’']\s*(?:[^\w\s]{1,8}\s*)?(?:[—–]|--?)\s*$")
_FAMILY_AFTER = re.compile(
    r"(?:['’]s\s+(?:family|mom|mother|dad|father|parents|wife|husband|caregivers?)|\s+(?:family|twins|triplets|"
    r"quadruplets|household|sisters|brothers|kids|children|boys|girls))\b"
)
_FAMILY_BEFORE = re.compile(r"(?<![\w'’])(?:the|la\s+familia|los)\s+$", ICASE)
# A clause that ends just before the name: "It isn't, Gary.", "we love you, Xiomara!".
_VOCATIVE_BEFORE = re.compile(r"(?:\b(?:you|ya|ti|te)\b[^.!?\n,]{0,40}|\w)\s*,\s*$", ICASE)
_ENDS_ADDRESS = re.compile(r"\s*(?:[!.?]|[^\w\s,'’]|$)")


def previous_word(ix: TextIndex, start: int) -> str:
    """The word before `start`, lower case ("" at the start of the text)."""
    index = bisect_left(ix.word_starts, start) - 1
    return ix.words[index][1] if index >= 0 else ""


def from_a_testimonial(ix: TextIndex, start: int) -> bool:
    """Whether the name at `start` signs or sources a testimonial ('" ... " — Kayla M.', "Review from Odile:")."""
    text = ix.text
    return bool(
        TESTIMONIAL_SIGNATURE.search(text, max(0, start - 14), start)
        or _TESTIMONIAL_FROM.search(text, max(0, start - 45), start)
    )


def slot_before(ix: TextIndex, start: int) -> str:
    """The slot the text before `start` opens for a name ("story", "celebration", "care", "family") or ""."""
    if _DASHES.intersection(ix.text[max(0, start - 4) : start]) and TESTIMONIAL_SIGNATURE.search(
        ix.text, max(0, start - 14), start
    ):
        return "care"  # '"Best visit ever!" — Kayla M.': the patient who gave the testimonial
    previous = previous_word(ix, start)
    if len(previous) == 1 and ix.text[max(0, start - 3) : start].startswith("."):  # an initial: "labeled 'H. Cruz'"
        previous = previous_word(ix, start - 3)
    if previous not in _SLOT_LAST_WORDS and not ix.text[max(0, start - 2) : start].startswith(","):
        return ""
    text = ix.text
    begin = max(0, start - 45)
    if _STORY_BEFORE.search(text, begin, start):
        return "story"
    if _CELEBRATION_BEFORE.search(text, begin, start):
        return "celebration"
    if (
        _CARE_BEFORE.search(text, begin, start)
        or _RECORD_BEFORE.search(text, begin, start)
        or _TESTIMONIAL_FROM.search(text, begin, start)
    ):
        return "care"
    return ""


def slot_after(ix: TextIndex, start: int, end: int) -> str:
    """The slot the text after a name at start:end shows ("story", "family", "vocative") or ""."""
    text = ix.text
    following = text[end : end + 1]
    if following in (",", "(", " ") and _STORY_AFTER.match(text, end):
        return "story"
    if following in (",", "(", " ") and _RECORD_AFTER.match(text, end):
        return "care"
    if following in ("'", "’") and _OWN_CARE_AFTER.match(text, end):
        return "care"  # "Fenella's heart transplant": care the name owns
    if (
        following in (" ", "'", "’")
        and _FAMILY_AFTER.match(text, end)
        and (following != " " or _FAMILY_BEFORE.search(text, max(0, start - 15), start))
    ):
        return "family"
    if _ENDS_ADDRESS.match(text, end) and _VOCATIVE_BEFORE.search(text, max(0, start - 50), start):
        return "vocative"
    if following == "," and _PATIENT_NOUN_AFTER.match(text, end):
        return "care"  # "Quenlix, one of our cardiac patients,"
    if following == " " and _ROOM_AFTER.match(text, end):
        return "care"  # "Quenlix from Apt 3B"
    if following != " ":
        return ""
    if _PERSON_VERB_AFTER.match(text, end):
        reach = ix.sentence(start, after=1)[1]  # "Walt Brenner spent thirty years ... . He ..."
    elif _IS_AFTER_OPENING.match(text, end) and not is_common_word(text[start:end], given=True):
        reach = ix.sentence(start)[1]  # "Quenlix was SO nervous for his first cleaning": he or she in the sentence
    else:
        return ""
    return "story" if any(word in _HE_OR_SHE for _, word in ix.words_between(end, reach)) else ""
