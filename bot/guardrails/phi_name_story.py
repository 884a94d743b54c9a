"""A patient named early in a story whose care is told sentences later: "Walt Brenner drove a school bus for thirty
years. He coached Little League. Last spring he was diagnosed with ..." The care is tied to the name through
he/she, so it counts only while no other person has been named in between.
"""

from __future__ import annotations

from bisect import bisect_right

from bot.guardrails.phi_care import PERSONAL_CARE
from bot.guardrails.phi_text import Lexicon, TextIndex, words

# He or she as the one cared for: "she was diagnosed", "he underwent", "she came to us", "él fue operado".
_THEIR_CARE = Lexicon(
    r"(?:he|she|él|ella)\s+(?:(?:was|had\s+been)\s+(?:diagnosed|rushed|airlifted|flown|brought\s+(?:in|to)|"
    r"transferred|intubated|hospitali[sz]ed|resuscitated|admitted\s+(?:to\s+(?:our|the)\s+(?:\w+\s+)?(?:ICU|NICU|"
    r"PICU|hospital|unit|floor|ER)|with|for|after))|had\s+(?:a\s+|an\s+)?(?:stroke|heart\s+attack|seizure|"
    r"(?:\w+\s+)?surgery|(?:\w+\s+)?transplant|cardiac\s+arrest)|underwent|went\s+into\s+(?:labor|cardiac\s+arrest)|"
    r"came\s+to\s+(?:us|our)|arrived\s+(?:at|in)\s+our|arrived\s+by\s+(?:helicopter|ambulance)|needed\s+(?:a|an)\s+"
    r"(?:\w+\s+)?(?:surgery|transplant|bypass|amputation|stent|pacemaker)|spent\s+\w+\s+(?:days|weeks|months)\s+in\s+our|"
    r"fue\s+(?:diagnosticad[oa]|operad[oa]|hospitalizad[oa]|trasladad[oa])|lleg[óo]\s+a\s+nuestr[oa])\b",
    words("he she él ella"),
)
_THIRD_PERSON_OWNER = ("his ", "her ", "su ")
_REACH = 6  # sentences after the name's own that may tell its care
_REACH_BACK = 4  # sentences before a name that closes a story


def cared_for_later(ix: TextIndex, start: int, people: list[int]) -> bool:
    """Whether one of the few sentences after the name at `start` tells his or her care ("her chemo", "he was
    rushed in"), with no other person named before that sentence ends (`people`: where the names start, sorted)."""
    first = bisect_right(ix.sentence_starts, start) - 1
    last = min(len(ix.sentences) - 1, first + _REACH)
    after = bisect_right(people, start)
    next_person = people[after] if after < len(people) else len(ix.text)
    for index in range(first + 1, last + 1):
        begin, end = ix.sentences[index]
        if next_person < end:
            return False
        if _tells_their_care(ix, begin, end):
            return True
    return False


def cared_for_earlier(ix: TextIndex, start: int, people: list[int]) -> bool:
    """Whether one of the few sentences before the name at `start` tells his or her care, when the story names
    the patient only at its end ("... Three weeks later she walked out. Her name is Odile."), with no other person
    named in between."""
    first = bisect_right(ix.sentence_starts, start) - 1
    before = bisect_right(people, start - 1) - 1
    previous_person = people[before] if before >= 0 and people[before] < start else -1
    for index in range(first - 1, max(-1, first - 1 - _REACH_BACK), -1):
        begin, end = ix.sentences[index]
        if previous_person >= begin:
            return False
        if _tells_their_care(ix, begin, end):
            return True
    return False


def _tells_their_care(ix: TextIndex, begin: int, end: int) -> bool:
    """'she was rushed in', 'he underwent', 'her chemo' between begin and end."""
    if ix.has(_THEIR_CARE, begin, end):
        return True
    hit = ix.first(PERSONAL_CARE, begin, end)
    while hit is not None:
        if ix.lower.startswith(_THIRD_PERSON_OWNER, hit[0]):
            return True
        hit = ix.first(PERSONAL_CARE, hit[0] + 1, end)
    return False
