"""PHI with a shape: phones, emails, URLs, IPs, SSNs, record, room, device and plate numbers, dates, ages, addresses.

Each detector finds candidates with a precompiled pattern, then keeps those tied to a patient or their care:
the organisation's own phone, address and website, and the dates of public events, are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.guardrails.phi_care import CARE, PERSONAL_CARE
from bot.guardrails.phi_lexicon import (
    EVENT_NEAR_DATE,
    ICASE,
    MONTHS,
    PATIENT_NOUN,
    STREET_SUFFIX,
    TIME_OF_DAY,
    WEEKDAYS,
)
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex, words


@dataclass(frozen=True, slots=True)
class OrgDetails:
    """The organisation's own contact details from the policy file, normalised for matching."""

    phones: frozenset[str] = frozenset()  # last ten digits
    emails: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    addresses: tuple[str, ...] = ()  # lower case
    names: tuple[str, ...] = ()


_THIRD_PERSON = frozenset(words("he she him his her hers they them their él ella"))
_SINGULAR_THIRD = frozenset(words("he she him his her hers él ella"))
_MONTH_ABBREVIATIONS = frozenset(words("jan feb mar apr jun jul aug sep sept oct nov dec"))
_MONTH = "(?:" + "|".join(
    m + r"\.?" if m in _MONTH_ABBREVIATIONS else m for m in sorted(words(MONTHS), key=len, reverse=True)
) + ")"
_WEEKDAY = r"(?:" + "|".join(sorted(WEEKDAYS.split(), key=len, reverse=True)) + r")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATE = Lexicon(
    r"(?:" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+(?:19|20)\d{2})?(?![\d:])"
    r"|" + _DAY + r"\s+(?:de\s+|of\s+)?" + _MONTH + r"(?:,?\s+(?:de\s+)?(?:19|20)\d{2})?"
    r"|" + _MONTH + r"\s+(?:de\s+)?(?:19|20)\d{2}"
    r"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/(?:19|20)?\d{2})?(?![\d/])"
    r"|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|1[0-2])[-.](?:0?[1-9]|[12]\d|3[01])[-.](?:19|20)\d{2}(?!\d)"
    r"|" + _WEEKDAY + r"(?!\w))",
    (MONTHS + " " + WEEKDAYS).split(),
    numbers=True,
)
_WEEKDAY_ONLY = re.compile(_WEEKDAY + r"$", ICASE)
_DOB_BEFORE = re.compile(
    r"\b(?:DOB|D\.O\.B\.?|date\s+of\s+(?:birth|death)|born(?:\s+on)?|birthday|died(?:\s+on)?|passed\s+away(?:\s+on)?|"
    r"fecha\s+de\s+nacimiento|naci[óo](?:\s+el)?|falleci[óo](?:\s+el)?)\W{0,3}$",
    ICASE,
)
# A time right after a date ("March 6 at 7pm", "Thursday, March 6, 6-7pm"): an event's schedule.
_TIME_AFTER = re.compile(
    r"[\s,·|–—(-]*(?:" + _MONTH + r"\s+" + _DAY + r"[\s,]*)?(?:(?:at|from|@|de|a\s+las|desde\s+las)\s+)?"
    + "(?:" + TIME_OF_DAY.pattern + ")",
    ICASE,
)
_EVENT_BEFORE_DATE = re.compile(
    r"(?:[📅🗓]\uFE0F?\s*|\b(?:starting|starts?|begins?|beginning|until|through|thru|by|every|opens?|reopens?|"
    r"closed|a\s+partir\s+del?|desde|hasta|cada)\s+(?:on\s+|el\s+)?)$",
    ICASE,
)
STAFF_NEARBY = re.compile(
    r"\b(?:volunteers?|employees?|staff|colleagues?|coworkers?|nurses?|doctors?|physicians?|years\s+of\s+service|"
    r"retir(?:es|ing|ement)|founder|founded|Dr\.|voluntari[oa]s?|emplead[oa]s?|fundador\w*)",
    ICASE,
)
_STREET_ADDRESS = re.compile(
    r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}" + STREET_SUFFIX + r"\b\.?"
    r"(?:,?\s*(?:Apt|Apartment|Unit|#)\.?\s*\w+)?"
    r"|\b(?:Calle|Avenida|Av\.|Camino|Paseo)\s+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*\s*){1,3}#?\s*\d{1,6}\b"
)
_ORG_ADDRESS_BEFORE = re.compile(
    r"(?:[📍🏥🗺]\uFE0F?\s*|\b(?:our|located|visit\s+us|moving|moved|move|find\s+us|address|office|building|"
    r"floor|suite|campus|clinic|center|centre|pharmacy|hospital|nuestra|nuestro|ubicad[oa])\b[^.!?\n]{0,60})$",
    ICASE,
)
_PATIENT_HOME = re.compile(
    r"\b(?:lives?|living|home|house|ramp|apartment|moved|neighbor|porch|yard|driveway|vive|casa|hogar)\b", ICASE
)


def _before(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width) : start]


def patient_in(ix: TextIndex, start: int, end: int) -> bool:
    """Whether a patient is in view between `start` and `end`: a patient noun, he/she, or someone's care."""
    if ix.has(PATIENT_NOUN, start, end) or ix.has(PERSONAL_CARE, start, end):
        return True
    return any(word in _THIRD_PERSON for _, word in ix.words_between(start, end))


def dates(ix: TextIndex, patients: list[PhiSpan]) -> list[PhiSpan]:
    """Dates of birth, death, admission, discharge or a visit; a public event's date is skipped.
    `patients` are the names and handles already found: a care word in their sentence ties a date to them."""
    text = ix.text
    spans = []
    for start, end in ix.hits(_DATE):
        before = _before(text, start, 30)
        sentence = ix.sentence(start)
        if _DOB_BEFORE.search(before):
            # A founder's or colleague's date of death is not a patient's.
            if not (STAFF_NEARBY.search(text, *sentence) and not ix.has(PATIENT_NOUN, *sentence)):
                spans.append(PhiSpan(start, end, "date"))
            continue
        if _EVENT_BEFORE_DATE.search(before) or _TIME_AFTER.match(text, end):
            continue
        personal = ix.has(PERSONAL_CARE, *sentence)
        if ix.has(EVENT_NEAR_DATE, *sentence):
            # An event's date unless it sits inside the care phrase itself ("your April 17 filling").
            if any(s <= start and end <= e for s, e in ix.hits(PERSONAL_CARE)):
                spans.append(PhiSpan(start, end, "date"))
            continue
        named = any(sentence[0] <= p.start < sentence[1] for p in patients)
        someone = named or any(w in _SINGULAR_THIRD for _, w in ix.words_between(*sentence))
        if _WEEKDAY_ONLY.match(text, start, end):
            tied = personal or (someone and ix.has(CARE, *sentence))
        else:
            tied = personal or (ix.has(CARE, *sentence) and (named or patient_in(ix, *sentence)))
        if tied:
            spans.append(PhiSpan(start, end, "date"))
    return spans


def street_addresses(ix: TextIndex, org: OrgDetails) -> list[PhiSpan]:
    """Numbered street addresses where a patient lives; the organisation's own address is skipped."""
    text = ix.text
    spans = []
    for match in _STREET_ADDRESS.finditer(text):
        address = match.group().lower()
        if any(address in known or known in address for known in org.addresses):
            continue
        if _ORG_ADDRESS_BEFORE.search(_before(text, match.start(), 80)):
            continue
        begin, end = ix.sentence(match.start())
        if patient_in(ix, begin, end) or _PATIENT_HOME.search(text, begin, end) or ix.has(CARE, begin, end):
            spans.append(PhiSpan(match.start(), match.end(), "address"))
    return spans
