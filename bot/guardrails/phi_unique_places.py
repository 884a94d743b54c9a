"""Named places that single one patient out without a role word: the school of a child whose care is told ("This
12-year-old plays cello in the Ridgeview Middle School orchestra and spent six weeks in our NICU") and the business
a patient owns or runs ("owns the Harbor Street Bakery, and after her knee replacement ...").

Either counts only with one person in the sentence and care in it or next to it; a school visited for an event or a
class ("our nurses taught CPR at Ridgeview Middle School to 200 students") is no one's.
"""

from __future__ import annotations

import re

from bot.guardrails.phi_care import CARE, PERSONAL_CARE
from bot.guardrails.phi_lexicon import EVENT_NEAR_DATE, ICASE, THANKS_CONTEXT
from bot.guardrails.phi_patterns import STAFF_NEARBY
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex, words

_CAP = r"(?-i:[A-ZÁÉÍÓÚÑ])[\w'’&.-]*"
_SCHOOL = re.compile(
    r"(?:" + _CAP + r"\s+){1,3}(?:Elementary|Middle|High|Academy|Preparatory|Prep|Montessori|Preschool)"
    r"(?:\s+School)?\b|(?:" + _CAP + r"\s+){1,3}School\b"
)
_SCHOOL_WORDS = frozenset(words("elementary middle high academy preparatory prep montessori preschool school"))
_OWNED = Lexicon(
    r"(?:owns|owned|co-owns|runs|ran|manages|managed|coaches|coached|pastors|founded)\s+(?P<place>(?:the\s+)?"
    + _CAP + r"(?:\s+(?:" + _CAP + r"|of|de|&)){0,4})",
    words("owns owned co runs ran manages managed coaches coached pastors founded"),
)
# One young person in the sentence: "this 12-year-old", "a third grader", "she", "our son".
_ONE_CHILD = re.compile(
    r"\b(?:\d{1,2}[-\s]year[-\s]old|grader|kid|child|girl|boy|son|daughter|student|teen|teenager|he|she|his|her|"
    r"niñ[oa]|hij[oa]|él|ella)\b",
    ICASE,
)
_ONE_PERSON = re.compile(r"\b(?:he|she|his|her|him|él|ella|patient|customer|client|paciente)\b", ICASE)


def places_of_one_person(ix: TextIndex) -> list[PhiSpan]:
    """Schools and businesses tied to one patient whose care is told next to them."""
    spans = []
    text = ix.text
    for match in _schools(ix):
        sentence = ix.sentence(match.start())
        if _ONE_CHILD.search(text, *sentence) and _about_their_care(ix, match.start()):
            spans.append(PhiSpan(match.start(), match.end(), "unique_characteristic"))
    for start, _ in ix.hits(_OWNED):
        match = _OWNED.regex.match(text, start)
        sentence = ix.sentence(start)
        if _ONE_PERSON.search(text, *sentence) and _about_their_care(ix, start):
            spans.append(PhiSpan(match.start("place"), match.end("place"), "unique_characteristic"))
    return spans


def _schools(ix: TextIndex) -> list[re.Match[str]]:
    """School names, searched only just before a capitalised school word ("... Middle School")."""
    text = ix.text
    found: list[re.Match[str]] = []
    for word in _SCHOOL_WORDS.intersection(ix.vocabulary):
        for start in ix.positions[word]:
            if not text[start].isupper() or (found and start < found[-1].end()):
                continue
            match = _SCHOOL.search(text, max(0, start - 60), start + len(word) + 8)
            if match and match.start() <= start < match.end() and not any(m.span() == match.span() for m in found):
                found.append(match)
    return sorted(found, key=lambda m: m.start())


def _about_their_care(ix: TextIndex, start: int) -> bool:
    """Care in the sentence or the next (someone's own, or any care with no clinician or staff in the sentence), and
    no event, class or thanks in the sentence."""
    sentence = ix.sentence(start)
    if ix.has(EVENT_NEAR_DATE, *sentence) or ix.has(THANKS_CONTEXT, *sentence):
        return False
    window = ix.sentence(start, after=1)
    if ix.has(PERSONAL_CARE, *window):
        return True
    # "Dr. Reyes coaches the Lincoln High Eagles and leads our cardiac rehab": a clinician's life, not a patient's
    return ix.has(CARE, *window) and not STAFF_NEARBY.search(ix.text, *sentence)
