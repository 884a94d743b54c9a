"""Two capitalised words shaped like a person's full name ("seen Quenlix Willoughby?", "to our Patient of the Month,
Odile Brennerman!"), for given names the name list does not know. The pair is a candidate only; phi_names still
needs care next to it to call it a patient.

Not a full name: a run of three or more capitalised words or a title-cased line ("Community Blood Drive"), a pair
after a word that introduces a place or a thing ("at Sprout Smiles", "the Lumen Blanket", "from Ossory Creek"),
and, opening a sentence, a pair that no person's verb, possessive or comma follows ("Flu Season is here").
"""

from __future__ import annotations

import re

from bot.guardrails.phi_common_words import is_common_word
from bot.guardrails.phi_lexicon import CALENDAR_WORDS, ICASE
from bot.guardrails.phi_name_slots import previous_word
from bot.guardrails.phi_text import TextIndex, fold, words

# Words before a capitalised pair that make it a place, an organisation or a thing.
_THING_BEFORE = frozenset(
    words("the a an our your their his her its this that these at in into from on by with of near via visit visiting "
          "join call contact inside outside across around through toward towards el la los las del en de desde con "
          "nuestro nuestra su")
)
# After a pair that opens a sentence: a person's verb, a possessive or a comma ("Odile Brennerman has had ...").
_PERSON_AFTER_OPENING = re.compile(
    r"(?:['’]s\b|\s*,|\s+(?:has|had|is|was|came|walked|arrived|spent|turned|celebrated|finished|started|says|said|"
    r"just|still|never|always|first|recently|went|got|lost|rang|beat|survived|received|underwent|needed|loves|"
    r"loved|won|ran|climbed|danced|smiled|took|made|left|returned)\b)",
    ICASE,
)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\n])[\W_]*$")
_HEADING_WORDS = 3  # a line of at least this many words, most of them capitalised, is a heading


def is_full_name(ix: TextIndex, first: re.Match[str], second: re.Match[str], third: re.Match[str] | None) -> bool:
    """Whether capitalised tokens `first` and `second` form a full name (`third` is the token after them, if any)."""
    text = ix.text
    if text[first.end() : second.start()] != " ":
        return False
    if third is not None and text[second.end() : third.start()] == " ":
        return False  # "Tooth Fairy Hall of Fame", "New Tide Recovery Center": a run of capitalised words
    if first.start() >= 2 and text[first.start() - 1] == " " and text[first.start() - 2].isalpha():
        before = text[max(0, first.start() - 30) : first.start() - 1].split()
        if before and before[-1][:1].isupper() and before[-1].isalpha():
            return False  # the end of a run: "Keystone Spine Chiropractic"
    if is_common_word(first.group(), given=True) or is_common_word(second.group()):
        return False  # "Clinical Ambassador", "Plastic Surgery", "Sprout Smiles": words, not a name
    if fold(first.group()) in CALENDAR_WORDS or fold(second.group()) in CALENDAR_WORDS or second.group().isupper():
        return False
    if previous_word(ix, first.start()) in _THING_BEFORE or _heading(ix, first.start()):
        return False
    if _SENTENCE_OPENING.search(text, max(0, first.start() - 12), first.start()):
        return bool(_PERSON_AFTER_OPENING.match(text, second.end()))
    return True


def _heading(ix: TextIndex, start: int) -> bool:
    """Whether the line holding `start` is title-cased ("Free Flu Shot Clinic This Saturday")."""
    text = ix.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    tokens = [token for token in line.split() if token[:1].isalpha()]
    if len(tokens) < _HEADING_WORDS:
        return False
    capitalised = sum(token[0].isupper() for token in tokens)
    return capitalised * 4 >= len(tokens) * 3
