"""Shared by the PHI detectors: the organisation's own details, whether a patient is in view, and numbered
street addresses (a patient's home, not the organisation's address or a business's).

The other identifiers live in their own modules: phi_contact (phones, emails, links, IPs), phi_ids (record,
member, claim and device numbers, plates, usernames, rooms), phi_dates, phi_ages, phi_names, phi_unique.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.guardrails.phi_care import PERSONAL_CARE
from bot.guardrails.phi_lexicon import (
    ICASE,
    ONE_PATIENT,
    PATIENT_NOUN,
    STREET_SUFFIX,
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
STAFF_NEARBY = re.compile(
    r"\b(?:volunteers?|employees?|staff|colleagues?|coworkers?|nurses?|doctors?|physicians?|years\s+of\s+service|"
    r"retir(?:es|ing|ement)|founder|founded|Dr\.|voluntari[oa]s?|emplead[oa]s?|fundador\w*)",
    ICASE,
)
_STREET_ADDRESS = Lexicon(
    r"\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}" + STREET_SUFFIX + r"\b\.?"
    r"(?:,?\s*(?:Apt|Apartment|Unit|#)\.?\s*\w+)?"
    r"|(?i:calle|avenida|av\.|camino|paseo)\s+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*\s*){1,3}#?\s*\d{1,6}\b",
    words("calle avenida av camino paseo"),
    flags=0,
    numbers=True,
)
_ORG_ADDRESS_BEFORE = re.compile(
    r"(?:[📍🏥🗺]\uFE0F?\s*|\b(?:our|located|visit\s+us|moving|moved|move|find\s+us|address|office|building|"
    r"floor|suite|campus|clinic|center|centre|pharmacy|hospital|nuestra|nuestro|ubicad[oa]|garage|parking|lot|"
    r"entrance|location|site|pavilion|tower|deck|annex|facility|lab|shuttle|drop-?off|open|opens|opening|"
    r"estacionamiento|entrada|sede)\b[^.!?\n]{0,60})$",
    ICASE,
)
# Whose home the address is: "his CPAP rental at", "lives at", "su casa en la".
_HOME_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|patient['’]s|family['’]s)\s+(?:[\w-]+\s+){0,3}(?:at|on|in)|"
    r"\b(?-i:[A-Z])\w+['’]s\s+(?:[\w-]+\s+){0,2}(?:home|house|apartment|farm|ranch|trailer|place|rental|porch|"
    r"driveway|yard|residence)\s+(?:at|on|in)|"
    r"\blives?\s+(?:at|on)|\bliving\s+(?:at|on)|\b(?:home|house)\s+(?:at|on)|\bcasa\s+(?:en|de)(?:\s+la)?|"
    r"\bvive\s+en(?:\s+la)?)\s*$",
    ICASE,
)
# A business name and a comma right before the address: "Mortar & Quill, 27 Copperleaf Row".
_ORG_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w&'’.-]*(?:\s+&?\s*(?-i:[A-Z])[\w&'’.-]*)*,\s*$")
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


def one_patient_in(ix: TextIndex, start: int, end: int) -> bool:
    """Whether one patient is in view: a singular patient noun, he/she, or someone's care (not "residents")."""
    if ix.has(ONE_PATIENT, start, end) or ix.has(PERSONAL_CARE, start, end):
        return True
    return any(word in _SINGULAR_THIRD for _, word in ix.words_between(start, end))


def street_addresses(ix: TextIndex, org: OrgDetails) -> list[PhiSpan]:
    """Numbered street addresses where a patient lives; the organisation's own address is skipped."""
    text = ix.text
    spans = []
    for start, finish in ix.hits(_STREET_ADDRESS):
        address = text[start:finish].lower()
        if any(address in known or known in address for known in org.addresses):
            continue
        before = _before(text, start, 80)
        if _HOME_BEFORE.search(before):
            spans.append(PhiSpan(start, finish, "address"))
            continue
        if _ORG_ADDRESS_BEFORE.search(before) or _ORG_NAME_BEFORE.search(before):
            continue
        begin, end = ix.sentence(start)
        if one_patient_in(ix, begin, end) or _PATIENT_HOME.search(text, begin, end):
            spans.append(PhiSpan(start, finish, "address"))
    return spans
