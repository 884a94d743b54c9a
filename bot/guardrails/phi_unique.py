"""Unique characteristics: a description that points to one patient without naming them.

- a superlative with a qualifier: "the only kid in our county with X", "our NICU's tiniest-ever graduate",
  "the first patient in the state to receive Y", "one of only three people in the world with Z";
- a role or trade tied to a named place: "the Duskwood Tavern bartender", "the Wrenfield High head football
  coach", "the only Olympic curler from Glenmere", "a retired ferry captain from Port Amsel", "Glenmere's
  only curler" (roles come from data/phi_roles.txt; clinicians' titles are not in it).

A role points to a patient only when care is described next to it (the sentence, the one before or the one
after): the school principal who hosts a flu clinic, or a sponsor thanked for a gift, is not a patient.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.guardrails.phi_care import CARE, PERSONAL_CARE
from bot.guardrails.phi_lexicon import EVENT_NEAR_DATE, GIFT, ICASE, ONE_PATIENT, STAFF_AFTER
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex, words
from bot.guardrails.phi_unique_places import places_of_one_person

_PERSON = (
    r"(?:kid|child|baby|infant|newborn|preemie|patient|person|woman|man|girl|boy|teen|teenager|resident|mom|mother|"
    r"dad|father|twins?|triplets|quadruplets|survivor|recipient|veteran|centenarian|case|transplant\s+recipient|"
    r"graduate|grad|client|customer)"
)
_SUPERLATIVE = (
    r"(?:only|first|youngest|oldest|smallest|tiniest|largest|biggest|heaviest|lightest|tallest|earliest|"
    r"longest-surviving)"
)
# The rest of the clause, up to punctuation or a conjunction that starts a new one.
_CLAUSE_REST = (
    r"(?:(?!\s+(?:and|but|who|which|where|so|while|y|que|pero|is|was|are|were|went|goes|has|had|have|will|came|"
    r"comes|got|gets|just|finally|now|left|rang|turned|turns|celebrated|celebrates)\b)[^.!?\n,;:()])*"
)
_UNIQUE = Lexicon(
    r"(?:the|our|a|\w+['’]s)\s+(?:very\s+)?(?:"
    # "our NICU's tiniest-ever graduate": a superlative with 'ever' needs nothing more
    r"(?:" + _SUPERLATIVE + r"|\w+est)(?:-ever|\s+ever)\s+(?:[\w-]+\s+){0,2}?" + _PERSON + r"s?\b"
    r"|" + _SUPERLATIVE + r"\s+(?:[\w-]+\s+){0,2}?" + _PERSON + r"s?\b"
    r"(?=\s+(?:ever|in\s+(?:our|the|this|its)\s+(?:[\w-]+\s+){0,2}?(?:county|state|town|city|region|country|area|"
    r"world|hospital|nicu|unit|history|program|facility|home|center|practice|clinic|community|school|parish)|with|"
    r"to\s+(?:receive|undergo|get|have|be|survive)|born|who\s+(?:has|had|was|is)|"
    r"(?:diagnosed|treated|discharged|admitted))))" + _CLAUSE_REST + r"|(?:the|our)\s+(?:very\s+)?first\s+"
    r"(?:[\w-]+\s+){0,3}?(?:transplant|surgery|procedure|implant|operation|delivery|birth|case)\s+(?:ever\s+)?"
    r"(?:(?:performed|done)\s+)?(?:in|at)\s+(?:the|our|this)\s+(?:state|county|region|country|city|town|hospital|"
    r"area)\b"
    r"|one\s+of\s+(?:only\s+)?(?:\d+|two|three|four|five|a\s+handful\s+of)\s+(?:people|patients|kids|children|babies)"
    r"\s+(?:in|ever|with|to)\b" + _CLAUSE_REST
    + r"|(?:el|la)\s+(?:únic[oa]|unic[oa]|primer[oa]?)\s+(?:niñ[oa]|beb[ée]|paciente|persona|mujer|hombre)\b"
    + _CLAUSE_REST
    + r"|(?:el|la)\s+(?:niñ[oa]|beb[ée]|paciente|persona)\s+m[áa]s\s+(?:pequeñ[oa]|joven|anciano|anciana)\b"
    + _CLAUSE_REST,
    ["the", "our", "a", "one", "el", "la"],
    possessives=True,
)
_DATA = Path(__file__).with_name("data")
_CAP = r"(?-i:[A-ZÁÉÍÓÚÑ])[\w'’.&-]*"
# Before a role: "the Wrenfield High head football", "the only Olympic", "Glenmere's only", "a retired ferry".
_NAMED_PLACE_BEFORE = re.compile(
    r"\b(?:the|our|la|el)\s+(?:(?-i:[a-z])[\w-]*\s+)?(?P<place>(?:" + _CAP + r"\s+){1,4})"
    r"(?P<mods>(?:(?-i:[a-z])[\w-]*\s+){0,2})$",
    ICASE,
)
_SUPERLATIVE_BEFORE = re.compile(
    r"(?:(?:\b(?:the|our|a|an)|(?:\b(?:the|our)\s+)?\w+['’]s)\s+(?:very\s+)?(?:" + _SUPERLATIVE + r"|last|only\s+other)"
    r"|\b(?:el|la)\s+(?:[úu]nic[oa]|primer[oa]?|[úu]ltim[oa]))\s+(?:[\w-]+\s+){0,3}$",
    ICASE,
)
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|un|una)\s+(?:[\w-]+\s+){0,3}$", ICASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|el|la)\s+(?:(?!of\b)[\w-]+\s+){0,3}$", ICASE)
_TOWN_POSSESSIVE_BEFORE = re.compile(
    r"\b(?P<town>" + _CAP + r"(?:\s+" + _CAP + r")?)['’]s\s+(?:own\s+|beloved\s+|favou?rite\s+|only\s+|first\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
# Capitalised words before 's that are no town ("She's a third grader", "Our own").
_NOT_TOWNS = frozenset(words("our my the she he it that there what who here let everyone today"))
# After a role: a named place ("from Glenmere", "in Kessock County", "at Duskwood Tavern").
_PLACE_AFTER = re.compile(
    r"\s+(?:from|in|at|of|on|de|en)\s+(?:the\s+)?" + _CAP + r"(?:\s+(?:" + _CAP + r"|of|de)){0,3}"
)
# Modifier words that make a role a staff title ("the St. Elian chief medical officer").
_STAFF_MODIFIERS = frozenset(["medical", "nursing", "clinical", "chief", "health", "hospital", "pharmacy", "staff"])


@lru_cache(maxsize=1)
def roles() -> frozenset[str]:
    """Roles and trades, read once from data/phi_roles.txt."""
    lines = (_DATA / "phi_roles.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def unique_characteristics(ix: TextIndex) -> list[PhiSpan]:
    spans = [PhiSpan(s, e, "unique_characteristic") for s, e in ix.hits(_UNIQUE)]
    return spans + _roles_that_point_to_someone(ix) + places_of_one_person(ix)


def _roles_that_point_to_someone(ix: TextIndex) -> list[PhiSpan]:
    text = ix.text
    spans = []
    for word in roles().intersection(ix.positions):
        for start in ix.positions[word]:
            end = start + len(word)
            if end < len(text) and (text[end].isalnum() or text[end] == "-"):
                continue  # the role word must end here ("coach", not "coaches" or "coach-led")
            span = _described(ix, start, end)
            if span and _care_next_to(ix, start, end):
                first, last = span
                spans.append(PhiSpan(first, last - 1 if text[last - 1] == "." else last, "unique_characteristic"))
    return spans


def _described(ix: TextIndex, start: int, end: int) -> tuple[int, int] | None:
    """The span of a description around the role at start:end that singles one person out, or None."""
    text = ix.text
    window = max(0, start - 90)
    place_after = _PLACE_AFTER.match(text, end)
    superlative = _SUPERLATIVE_BEFORE.search(text, window, start)
    if superlative:
        return superlative.start(), place_after.end() if place_after else end
    named = _NAMED_PLACE_BEFORE.search(text, window, start)
    if (
        named
        and not _STAFF_MODIFIERS.intersection(named.group("mods").lower().split())
        and named.group("place").split()[0].lower() not in ("dr", "dr.", "st", "st.")
    ):
        return named.start(), end
    town = _TOWN_POSSESSIVE_BEFORE.search(text, window, start)
    if town and town.group("town").lower() not in _NOT_TOWNS:
        return town.start(), end
    if place_after:
        # "a retired ferry captain from Port Amsel", "the star quarterback at Granite Falls High"
        before = _INDEFINITE_BEFORE.search(text, window, start) or _DEFINITE_BEFORE.search(text, window, start)
        if before:
            return before.start(), place_after.end()
    return None


def _care_next_to(ix: TextIndex, start: int, end: int) -> bool:
    """Care described next to the person: in their sentence, the one before or the one after; not a sponsor, a
    speaker at an event or a staff member doing their job."""
    text = ix.text
    if STAFF_AFTER.match(text[end : end + 80]):
        return False
    begin, finish = ix.sentence(start, before=1, after=1)
    sentence = ix.sentence(start)
    if ix.has(GIFT, *sentence) or (ix.has(EVENT_NEAR_DATE, *sentence) and not ix.has(PERSONAL_CARE, *sentence)):
        return False
    return ix.has(CARE, begin, finish) or ix.has(PERSONAL_CARE, begin, finish) or ix.has(ONE_PATIENT, *sentence)
