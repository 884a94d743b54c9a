"""Which capitalised words in a post are a person's name: the candidates phi_names then sorts into patients,
staff and others.

A candidate is a courtesy title and a name (Mr. K, Sra. Beatriz Salinas), a known given name and the
surname after it, any capitalised word in a slot only a name fills (a greeting, "baby Maisie", "Meet X",
"X, 15,", "the X family", "Welcome to the world, X": see phi_name_slots), or a word joined by "and" to
a candidate ("Whitney and Cal Ferrante").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from bot.guardrails import phi_name_shapes as shapes
from bot.guardrails import phi_name_slots as slots
from bot.guardrails.phi_lexicon import (
    CALENDAR_WORDS,
    GREETING,
    HONORIFIC,
    ORG_SUFFIX,
    PATIENT_BEFORE,
    PATIENT_NOUN_WORDS,
    PLACE_SUFFIX,
    STREET_SUFFIX,
    VOCATIVE_WORDS,
)
from bot.guardrails.phi_text import TextIndex, fold, words

_UPPER = "A-ZÁÉÍÓÚÑÜ"
_LOWER = "a-záéíóúñüß"
# A capitalised word: Nora, McCrae, O'Brien, Smith-Jones (a possessive 's is not part of it).
TOKEN = (
    rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+"
    rf"(?:['’][{_LOWER}]{{2,}}|-[{_UPPER}][{_LOWER}]+|[{_UPPER}][{_LOWER}]+)*"
)
_TOKEN = re.compile(TOKEN)
_HONORIFIC_NAME = re.compile(
    rf"(?<![\w.])(?:{HONORIFIC})\s+(?:{TOKEN}|[{_UPPER}]\.?(?![\w]))(?:\s+(?:[{_UPPER}]\.\s+)?{TOKEN}){{0,2}}"
)
# Words a courtesy title can be (a cheap test before the pattern).
_HONORIFIC_WORDS = frozenset(
    words("mr mrs ms mx miss sr sra srta sres señor senor señora senora señorita senorita doña dona don mister missus "
          "madam")
)
_STREET_WORD = re.compile("(?:" + STREET_SUFFIX + "|" + PLACE_SUFFIX + r")\.?$")
_ORG_WORD = re.compile(ORG_SUFFIX.pattern.replace(r"^(?:\s+[A-Z][\w'’&.-]*){0,3}?\s+", "^"))
_GREETING_START = re.compile(rf"^\W*(?:{GREETING})\s*,?\s+(?=[{_UPPER}])", re.IGNORECASE)
_REPLY_START = re.compile(
    rf"^[^\w@]*(?:@[\w.]+\s+)?((?:[{_UPPER}]\.\s)?{TOKEN})(?:\s+{TOKEN})?\s*[,:—–]\s*(?=(?i:we|we're|we’re|we've|we’ve|our|you|your|"
    rf"you're|you’re|thank|thanks|sorry|glad|so|just|good|great|happy|hope|usted|su|le|te|tu|ya|vi|nos|hemos|gracias|"
    rf"lamentamos|sentimos)\b)"
)
# Given names that are also English words: names only inside a sentence, never when they open one.
_NAMES_THAT_ARE_WORDS = frozenset(words("frank grace will mark bill dawn drew chase pat"))
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\n])[\W_]*$")
# "Thank you, X!", "we're rooting for you, X.": a person addressed at the end of a clause.
_ADDRESSED_AFTER_YOU = re.compile(r"\b(?:you|ya|ti|te)\b[^.!?\n,]{0,40},\s*$", re.IGNORECASE)
_ENDS_ADDRESS = re.compile(r"\s*(?:[!.?]|[^\w\s,]|$)")
# "Cal" after "Whitney and": a name joined to a candidate.
_AND_AFTER = re.compile(rf",?\s+(?:and|&|y)\s+({TOKEN}(?:\s+{TOKEN})?)")
_AND_BEFORE = re.compile(rf"({TOKEN})\s+(?:and|&|y)\s+$")
# A capital inside a word that is not a name's (McCrae, DeShawn, LaToya, O'Brien): a brand such as "ArcGlide".
_PRODUCT_NAME = re.compile(r"(?!Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]+[A-Z]")
# Last words of the phrases PATIENT_BEFORE accepts ("patient", "named", "little", "familia", ...).
_PATIENT_SLOT_WORDS = frozenset(
    word.rstrip("*")
    for phrase in words(PATIENT_NOUN_WORDS + " named called was is llamado llamada nombre little pequeño pequeña "
                        "pequeno pequena familia baby grandma grandpa grandmother grandfather")
    for word in phrase.split("_")
)
# Words before a capital letter that make it part of a term, not an initial ("Vitamin D. Take", "Plan B. Call").
_LETTER_TERMS = frozenset(
    words("vitamin vitamina plan type tipo hepatitis group grupo part parte section building wing tower level lot "
          "pod unit suite option grade class strep appendix exhibit schedule form zone gate door floor")
)
# Capitalised words that may stand right before an initial ("Meet T. Okafor", "Hi J. Whitcombe").
_BEFORE_A_NAME = frozenset(
    words("meet hi hello hey dear thanks congrats congratulations welcome patient hola querido querida felicidades")
)
# At a line's start, an initial and a surname that address someone ("J. Whitcombe, your results ...").
_ADDRESSED_AFTER_INITIAL = re.compile(rf"{TOKEN}(?:\s+{TOKEN})?\s*[,:—–]")
# Capitalised words that are never a name: after a letter and a full stop ("B. The ...") or in a name's slot.
_NOT_NAMES = frozenset(
    words("the this that these those we our us it its if for and but or so you your they their he she his her "
          "i a an in on at to of please call take ask see join come get be do not no yes el la los las nos por "
          "who everyone everybody someone somebody nobody one mom dad mum grandma grandpa nana papa mama coach officer "
          "deputy captain sergeant chef principal aunt uncle sister brother pastor father")
)
# Words before a name that make it a place or an organisation ("St. Elian", "Team Bluestem").
_PLACE_PREFIX_WORDS = frozenset(words("st ste saint san santa mount mt lake fort port team camp club hotel"))


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    tokens: tuple[str, ...]  # folded name tokens, without the courtesy title
    honorific: bool = False
    strong_slot: bool = False  # a slot only a name fills (greeting, "baby X", "named X")
    role: str = ""  # "patient", "staff" or "" (undecided)
    slot: str = ""  # "reply", or one of phi_name_slots' slots
    joined_to: int = -1  # the candidate this one is joined to by "and" (its index), which it follows in role


def _extend(text: str, matches: list[re.Match[str]], index: int) -> tuple[int, list[re.Match[str]]] | None:
    """The name starting at token `index` with up to two following capitalised tokens (a surname)."""
    parts = [matches[index]]
    for following in matches[index + 1 : index + 3]:
        gap = text[parts[-1].end() : following.start()]
        if gap != " ":
            break
        parts.append(following)
    for part in parts[1:]:
        word = part.group()
        if _STREET_WORD.match(word) or _ORG_WORD.match(word):
            return None  # "Tanner Road", "Willow Creek", "Maple Grove Family Clinic": a place or an organisation
    while len(parts) > 1 and fold(parts[-1].group()) in CALENDAR_WORDS:
        parts.pop()
    return parts[-1].end(), parts


def find_candidates(ix: TextIndex, names: frozenset[str]) -> list[Candidate]:
    text = ix.text
    found: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    honorifics = _HONORIFIC_WORDS & ix.vocabulary
    for match in _HONORIFIC_NAME.finditer(text) if honorifics else ():
        if ORG_SUFFIX.match(text[match.end() : match.end() + 60]) or _ORG_WORD.match(match.group().split()[-1]):
            continue  # "Mr. Rogers Neighborhood Day", "the Mrs. Lane Fund": an event or an organisation
        words = _TOKEN.findall(match.group())[1:] or [match.group().split()[-1].rstrip(".")]
        found.append(Candidate(match.start(), match.end(), tuple(fold(w) for w in words), honorific=True))
        taken.append(match.span())
    titled = list(taken)  # the courtesy-title names, in order: a token inside one is part of it
    matches = list(_TOKEN.finditer(text))
    greeting = _GREETING_START.match(text)
    reply = _REPLY_START.match(text)
    skip_until = -1
    for index, match in enumerate(matches):
        start = match.start()
        if start < skip_until or _inside(titled, start):
            continue
        word = fold(_without_possessive(match.group()))
        if word in CALENDAR_WORDS or (len(word) <= 3 and text.startswith(".", match.end())):
            continue  # a month, a weekday, or an abbreviation (St., Dr., Mt.)
        if text.startswith("-", match.end()) and text[match.end() + 1 : match.end() + 2].islower():
            continue  # "Brush-a-thon": part of a compound word
        strong = bool(
            (greeting and start == greeting.end()) or (reply and start == reply.start(1) and word not in VOCATIVE_WORDS)
        )
        initial = _initial_before(ix, start, word) if text[start - 2 : start] == ". " else -1
        if initial >= 0 and reply and initial == reply.start(1):
            strong = True  # "J. Whitcombe, your results are in"
        known = word in names or word.split("-")[0] in names or initial >= 0
        if not known and word in _NAMES_THAT_ARE_WORDS and not _SENTENCE_OPENING.search(text, 0, start):
            known = True  # "Frank", "Grace" inside a sentence; "Frank talk ..." opening one is a word
        if not known and (word in VOCATIVE_WORDS or word in _NOT_NAMES or _PRODUCT_NAME.match(match.group())):
            continue  # "The", "Parents", "Meet ArcGlide, our new robotic system": a word or a brand, not a person
        slot = "reply" if strong else slots.slot_before(ix, initial if initial >= 0 else start)
        if not known:
            # An unknown capitalised word is a name only in a slot a name fills: "Hi Xiomara", "baby Xiomara",
            # "Meet Xiomara", "Xiomara, 15,", "the Xiomara family", "we love you, Xiomara!".
            if not slot:
                slot = slots.slot_after(ix, start, match.end())
            if _lowercase_patient_before(ix, start):
                strong = True
            elif not (
                strong
                or (slot and slot != "vocative")
                or _addressed(text, start, match.end())
                or _full_name_at(ix, matches, index)
            ):
                continue
        if slots.previous_word(ix, start) in _PLACE_PREFIX_WORDS:
            continue  # "St. Elian", "Team Bluestem", "Lake Harriet": a place or an organisation
        extended = _extend(text, matches, index)
        if extended is None:
            continue
        end, parts = extended
        if ORG_SUFFIX.match(text[end : end + 60].removeprefix(".")):
            continue  # "Maple Grove Family Clinic", "Martin Luther King Jr. Day"
        if not slot:
            slot = slots.slot_after(ix, start, end)
        skip_until = end
        tokens = tuple(fold(_without_possessive(p.group())) for p in parts)
        first = initial if initial >= 0 else match.start()
        found.append(Candidate(first, end, tokens, strong_slot=strong or bool(slot), slot=slot))
        taken.append((first, end))
    taken.sort()
    return found + _joined_by_and(text, found, taken)


_NO_END = 1 << 62  # larger than any offset


def _full_name_at(ix: TextIndex, matches: list[re.Match[str]], index: int) -> bool:
    """Whether the token at `index` and the next one are shaped like a full name ("Quenlix Willoughby")."""
    if index + 1 >= len(matches):
        return False
    second = matches[index + 1]
    if second.start() != matches[index].end() + 1 or ix.text[matches[index].end()] != " ":
        return False  # a cheap test first: the two words are one space apart
    if fold(second.group()) in _NOT_NAMES or _STREET_WORD.match(second.group()) or _ORG_WORD.match(second.group()):
        return False
    third = matches[index + 2] if index + 2 < len(matches) else None
    return shapes.is_full_name(ix, matches[index], second, third)


def _initial_before(ix: TextIndex, start: int, word: str) -> int:
    """Where the initial before a surname at `start` begins ("E. Vasquez", "J. Whitcombe"), or -1: not after
    another letter and full stop ("U.S. Army", "P.S. We") nor after a word that takes a letter ("Vitamin D.")."""
    text = ix.text
    if start < 3 or text[start - 1] != " " or text[start - 2] != "." or not text[start - 3].isupper():
        return -1
    begin = start - 3
    if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in ".'’-"):
        return -1
    if word in _NOT_NAMES or word in VOCATIVE_WORDS:
        return -1
    index = bisect_left(ix.word_starts, begin) - 1
    if index >= 0:
        word_start, previous = ix.words[index]
        if previous in _LETTER_TERMS:
            return -1
        if word_start + len(previous) == begin - 1 and text[word_start].isupper() and previous not in _BEFORE_A_NAME:
            return -1  # "Room A. Lunch is ...", "Gate B. Free shuttles": a letter naming a place
    line_start = begin == 0 or text[begin - 1] == "\n"
    if line_start and not _ADDRESSED_AFTER_INITIAL.match(text, start):
        return -1  # "A. Bring your card": a lettered list
    return begin


def _inside(taken: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls inside one of the sorted, non-overlapping spans in `taken`."""
    index = bisect_right(taken, (position, _NO_END)) - 1
    return index >= 0 and taken[index][0] <= position < taken[index][1]


def _without_possessive(word: str) -> str:
    """'Ella's' -> 'Ella', 'Jesus'' -> 'Jesus'."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def _joined_by_and(text: str, found: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    """Names joined to a candidate by 'and' ("Whitney and Cal Ferrante", "Ivo and Pia"), in the same slot."""
    joined: list[Candidate] = []
    by_start = {cand.start: cand for cand in found}
    for index, cand in enumerate(found):
        spans = []
        after = _AND_AFTER.match(text, cand.end)
        if after:
            spans.append(after.span(1))
        before = _AND_BEFORE.search(text, max(0, cand.start - 40), cand.start)
        if before:
            spans.append(before.span(1))
        for start, end in spans:
            partner = by_start.get(start)
            if partner is not None:
                if cand.slot and not partner.slot and partner.joined_to < 0:
                    partner.slot, partner.joined_to = cand.slot, index  # "Congratulations, Tess and Rowan!"
                continue
            if _inside(taken, start) or _inside(taken, end - 1):
                continue
            words = [fold(_without_possessive(w)) for w in text[start:end].split()]
            if words[0] in CALENDAR_WORDS or words[0] in VOCATIVE_WORDS or ORG_SUFFIX.match(text[end : end + 60]):
                continue
            if any(_STREET_WORD.match(w) or _ORG_WORD.match(w) for w in text[start:end].split()):
                continue
            insort(taken, (start, end))
            joined.append(
                Candidate(start, end, tuple(words), strong_slot=cand.strong_slot, slot=cand.slot, joined_to=index)
            )
    return joined


def _addressed(text: str, start: int, end: int) -> bool:
    """'Thank you, Xiomara!': a word addressed after 'you' and a comma, ending the clause."""
    if not text[max(0, start - 3) : start].rstrip().endswith(","):
        return False  # a cheap test first: an addressed name follows a comma
    return bool(_ENDS_ADDRESS.match(text, end) and _ADDRESSED_AFTER_YOU.search(text, max(0, start - 60), start))


def _lowercase_patient_before(ix: TextIndex, start: int) -> bool:
    """'baby Xiomara', 'patient Odalys': a patient noun in lower case (not a title such as 'Patient Access')."""
    index = bisect_left(ix.word_starts, start) - 1
    if index < 0 or ix.words[index][1] not in _PATIENT_SLOT_WORDS:
        return False  # a cheap test first: the word before must be one a patient slot can end with
    match = PATIENT_BEFORE.search(ix.text, max(0, start - 40), start)
    if not match:
        return False
    # "Little Corwin's first haircut", "Baby Rhea": capitalised only because it opens the sentence
    if match.group()[:1].islower():
        return True
    # "Little Corwin's first haircut", "Baby Rhea, 6 lb 2 oz": capitalised only because it opens the sentence (not
    # "Little League sign-ups")
    if match.group().split()[0].lower() not in ("little", "baby"):
        return False
    name = _TOKEN.match(ix.text, start)
    return bool(
        name
        and ix.text.startswith(("'s", "’s", ","), name.end())
        and _SENTENCE_OPENING.search(ix.text, 0, match.start())
    )
