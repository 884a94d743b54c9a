"""Patients' names: whether each name candidate (phi_name_candidates) is a patient, staff or someone else.

A clinician's or staff member's name (Dr., RN, "our recruiter", "of Environmental Services"), a public
figure's and a pet's are not PHI. Other candidates are a patient when the post ties them to care: a patient
noun before or after them ("Brenda, Keystone patient since spring"), a room or bed after them, care they own
("Theo's visit"), an identifier in the post, a reply to them about their own care, a care word in their
sentence or the next one. A name seen once as staff (or patient) keeps that role through the post ("Lena
Hoffmann, PharmD ... Lena launched").
"""

from __future__ import annotations

import re

from bot.guardrails import phi_name_others as others
from bot.guardrails import phi_name_slots as slots
from bot.guardrails import phi_name_story as story
from bot.guardrails.phi_care import CARE, GENERIC_ENCOUNTER, PERSONAL_CARE, REPLY_CONFIRMS, only_an_encounter
from bot.guardrails.phi_lexicon import (
    CLINICIAN_PREFIX,
    FOLLOWED_BY_CREDENTIAL,
    GIFT,
    ONE_PATIENT,
    PATIENT_BEFORE,
    PATIENT_NOUN,
    PRESENTER_BEFORE,
    PUBLIC_PREFIX,
    STAFF_AFTER,
    STAFF_BEFORE,
    STAFF_POST,
    STAFF_TITLE_BEFORE,
    THANKS_CONTEXT,
    first_names,
)
from bot.guardrails.phi_name_candidates import Candidate, find_candidates
from bot.guardrails.phi_text import PhiSpan, TextIndex, words

_SECOND_PERSON = frozenset(words("you your you're yours usted su sus te tu le"))
# Words a care phrase starts with when it is someone else's, not the reader's ("her chemo", "their screening").
_THIRD_PARTY = frozenset(words("his her their"))
# After a name: a patient noun or a bed ("Brenda, Keystone patient since spring", "Kyle in chair 3") but not a
# patient-facing job ("our patient advocate").
_PATIENT_AFTER = re.compile(
    r",\s*(?:a|an|our|one\s+of\s+our)?\s*(?:(?:(?-i:[A-Z])[\w&'’-]*|\d+-\w+|longtime|long-time|former|beloved|"
    r"favou?rite|new|youngest|oldest)\s+){0,3}?(?:patient|client|customer|resident|"
    r"paciente)\b(?!\s+(?:advocate|relations|experience|access|navigator|liaison|representative|coordinator|care|"
    r"services|safety|financial))"
    r"|\s+(?:in|from|on|de\s+la|del|en\s+la)\s+(?:room|bed|chair|bay|stretcher|habitaci[óo]n|cama|camilla|cuarto)\s+"
    r"[A-Z]?\d",
    re.IGNORECASE,
)
# A credential written before a name ("our NP Skye", "PT Lorena"): a staff member.
_CREDENTIAL_BEFORE = re.compile(r"\b(?:RN|NP|PA|PA-C|LPN|CNA|CMA|MA|DPT|PT|OT|SLP|RD|RDN|MD|DDS|PharmD|CRNA|APRN)\s+$")
_NAME_POSSESSIVE = re.compile(r"[A-Z][a-z]+['’]s\b")
# A signature: "— Diane Ruiz", "-- Diane".
_PATIENT_WORD_BEFORE = re.compile(r"\b(?:patient|client|customer|member)\s+$", re.IGNORECASE)
_SIGNED = re.compile(r"(?:[—–]|(?:^|\s)--?)\s*$")


def _staff(text: str, cand: Candidate) -> bool:
    """A clinician's or staff member's name: Dr. before it, a credential or a department after it, a job title."""
    before = text[max(0, cand.start - 45) : cand.start]
    after = text[cand.end : cand.end + 80]
    if CLINICIAN_PREFIX.search(before) or FOLLOWED_BY_CREDENTIAL.match(after):
        return True
    if _SIGNED.search(before):
        return True  # "— Diane Ruiz" signs a reply (a signature under a quoted testimonial is decided before)
    clause_before = re.split(r"[.!?;\n]", before)[-1]
    if STAFF_BEFORE.search(clause_before) or PRESENTER_BEFORE.search(clause_before):
        return True
    if _CREDENTIAL_BEFORE.search(clause_before):
        return True
    # "Mrs. Smith from our memory care unit" is a patient: a department after a courtesy title does not count.
    return not cand.honorific and bool(STAFF_AFTER.match(after))


def _titled(text: str, cand: Candidate) -> bool:
    """A title or credential before or after the name ("Dr. Ode", "Dana Whitfield, CEO", "Rosa Lind, RN")."""
    before = text[max(0, cand.start - 45) : cand.start]
    after = text[cand.end : cand.end + 80]
    return bool(CLINICIAN_PREFIX.search(before) or FOLLOWED_BY_CREDENTIAL.match(after) or STAFF_AFTER.match(after))


def _thanked_for_a_gift(ix: TextIndex, cand: Candidate) -> bool:
    """'Thank you to Mr. and Mrs. Lee for donating ...', 'la familia Rivera donó ...': donors, unless their own
    care is in the sentence."""
    begin, end = ix.sentence(cand.start)
    return ix.has(GIFT, begin, end) and not ix.has(PERSONAL_CARE, begin, end)


def _readers_care(ix: TextIndex, start: int = 0, end: int | None = None) -> bool:
    """Care that belongs to the person addressed: "your chart", "good seeing you yesterday", or a care word in a
    sentence that speaks to them ("we're sorry the extraction hurt you"); not "their screening" of people in general."""
    for hit_start, hit_end in ix.hits(PERSONAL_CARE):
        if start <= hit_start < (len(ix.text) if end is None else end):
            first = ix.lower[hit_start : hit_start + 6].split(" ")[0]
            if first in _THIRD_PARTY or _NAME_POSSESSIVE.match(ix.text, hit_start):
                continue
            if not only_an_encounter(ix.lower, hit_start, hit_end):
                return True
    if ix.has(REPLY_CONFIRMS, start, len(ix.text) if end is None else end):
        return True
    for care_start, care_end in ix.hits(CARE):
        if ix.lower[care_start:care_end] in GENERIC_ENCOUNTER:
            continue  # "we're sorry about your visit" confirms nothing
        if start <= care_start < (len(ix.text) if end is None else end):
            sentence = ix.sentence(care_start)
            if any(word in _SECOND_PERSON for _, word in ix.words_between(*sentence)):
                return True
    return False


def _owns_care(ix: TextIndex, cand: Candidate) -> bool:
    """'Theo Marchetti's fluoride varnish visit': care written as the candidate's own."""
    return any(cand.start <= start < cand.end + 3 for start, _ in ix.hits(PERSONAL_CARE))


def _decide_by_context(ix: TextIndex, cand: Candidate, staff_post: bool, people: list[int]) -> str:
    """Patient or undecided, from the name's sentence and its neighbours. Care the name owns is enough anywhere;
    a name addressed in a reply needs care that is the reader's; otherwise care tied to a person ("her chemo") or
    one patient in the sentence is enough, and a care word or patients in general are enough outside thanks to
    staff, donors or sponsors and outside classes and talks; in a story, care told of him or her a few sentences on
    is enough (`people`: where the candidates start, sorted)."""
    if _owns_care(ix, cand):
        return "patient"
    if staff_post:
        return ""
    begin, end = ix.sentence(cand.start)
    before = 1 if cand.slot in ("celebration", "vocative") else 0
    window_begin, window_end = ix.sentence(cand.start, before=before, after=1)
    if cand.slot == "reply":
        return "patient" if _readers_care(ix, window_begin, window_end) else ""
    if ix.has(PERSONAL_CARE, window_begin, window_end) or ix.has(ONE_PATIENT, begin, end):
        return "patient"
    if ix.has(THANKS_CONTEXT, begin, end):
        return ""
    if ix.has(PATIENT_NOUN, begin, end) or ix.has(CARE, window_begin, window_end):
        return "patient"
    if story.cared_for_later(ix, cand.start, people):
        return "patient"
    closes_a_story = cand.slot in ("vocative", "story", "celebration")
    return "patient" if closes_a_story and story.cared_for_earlier(ix, cand.start, people) else ""


def patient_names(ix: TextIndex, permission: bool, identified: bool = False) -> list[PhiSpan]:
    """Spans of patients' names (courtesy title included), none when the post states permission. `identified`
    says the post holds a patient's record, device or plate number: an undecided name in it is the patient's."""
    if permission:
        return []
    text = ix.text
    candidates = find_candidates(ix, first_names())
    if not candidates:
        return []
    reply_care = any(cand.slot == "reply" for cand in candidates) and _readers_care(ix)
    for cand in candidates:
        before = text[max(0, cand.start - 30) : cand.start]
        if others.is_pet(ix, cand) or others.in_an_organisation_name(ix, cand):
            cand.role = "other"
        elif PUBLIC_PREFIX.search(before):
            # a public figure is not a patient, unless the sentence speaks of their care ("Sheriff X, recovering
            # from knee surgery")
            cand.role = "" if ix.has(PERSONAL_CARE, *ix.sentence(cand.start)) else "other"
        elif _PATIENT_AFTER.match(text, cand.end):
            cand.role = "patient"
        elif cand.slot == "care" and slots.from_a_testimonial(ix, cand.start) and not _titled(text, cand):
            cand.role = "patient"  # "Review of the week from Odile:", '"..." — Kayla M.'
        elif _staff(text, cand):
            cand.role = "staff"
        elif others.is_community_member(ix, cand) or (not cand.honorific and others.is_author(ix, cand)):
            cand.role = "other"
        elif cand.honorific or PATIENT_BEFORE.search(before) or cand.slot == "care":
            cand.role = "other" if _thanked_for_a_gift(ix, cand) else "patient"
        elif cand.slot == "reply" and reply_care:
            cand.role = "patient"
    for cand in candidates:
        if not cand.role and cand.joined_to >= 0:
            cand.role = candidates[cand.joined_to].role
    _propagate(candidates)
    staff_post = any(_staff_post_hit(ix, start) for start, _ in ix.hits(STAFF_POST))
    starts = sorted(c.start for c in candidates)
    for cand in candidates:
        if not cand.role:
            cand.role = "patient" if identified and not staff_post else _decide_by_context(ix, cand, staff_post, starts)
    _propagate(candidates)
    return [PhiSpan(c.start, c.end, "name") for c in candidates if c.role == "patient"]


def _staff_post_hit(ix: TextIndex, start: int) -> bool:
    """A staff-post phrase; "of the month" only after a staff title ("Nurse of the Year", not "Baby #500 of the
    year" or "Patient of the Month"), and a spotlight not on a patient ("Patient spotlight: Tomasz")."""
    if ix.lower.startswith("spotlight", start):
        return not _PATIENT_WORD_BEFORE.search(ix.text, max(0, start - 12), start)
    if not ix.lower.startswith("of ", start):
        return True
    return bool(STAFF_TITLE_BEFORE.search(ix.text, max(0, start - 30), start))


def _propagate(candidates: list[Candidate]) -> None:
    """An undecided name that is part of a decided one takes its role, staff first: "Lena" after "Lena Hoffmann,
    PharmD" is staff; "Maria Gomez" after "Dr. Maria Lopez" stays undecided."""
    for role in ("staff", "patient"):
        by_token: dict[str, set[frozenset[str]]] = {}
        for cand in candidates:
            if cand.role == role and cand.tokens:
                names = frozenset(cand.tokens)
                for token in names:
                    by_token.setdefault(token, set()).add(names)
        if not by_token:
            continue
        for cand in candidates:
            if not cand.role and cand.tokens:
                mine = frozenset(cand.tokens)
                if any(mine <= names for names in by_token.get(cand.tokens[0], ())):
                    cand.role = role
