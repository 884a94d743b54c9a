"""Patients' names: which capitalised words are a person, and whether that person is a patient.

A candidate is a courtesy title and a name (Mr. K, Sra. Beatriz Salinas), a known given name and the
surname after it, or any capitalised word in a slot only a name fills (a greeting, "baby Maisie",
"customers named ..."). A clinician's or staff member's name (Dr., RN, "our recruiter", "of
Environmental Services"), a public figure's and a pet's are not PHI. Other candidates are a patient
when the post ties them to care: a reply to them about their chart, a care word in their sentence or
the next one, a patient noun before them. A name seen once as staff (or patient) keeps that role
through the post ("Lena Hoffmann, PharmD ... Lena launched").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from bot.guardrails.phi_care import CARE, PERSONAL_CARE
from bot.guardrails.phi_lexicon import (
    CALENDAR_WORDS,
    CLINICIAN_PREFIX,
    FOLLOWED_BY_CREDENTIAL,
    GIFT,
    GREETING,
    HONORIFIC,
    ONE_PATIENT,
    ORG_SUFFIX,
    PATIENT_BEFORE,
    PATIENT_NOUN,
    PATIENT_NOUN_WORDS,
    PET_AFTER,
    PET_BEFORE,
    PLACE_SUFFIX,
    PRESENTER_BEFORE,
    PUBLIC_PREFIX,
    STAFF_AFTER,
    STAFF_BEFORE,
    STAFF_POST,
    STREET_SUFFIX,
    THANKS_CONTEXT,
    VOCATIVE_WORDS,
    first_names,
)
from bot.guardrails.phi_text import PhiSpan, TextIndex, fold, words

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
_STREET_WORD = re.compile("(?:" + STREET_SUFFIX + "|" + PLACE_SUFFIX + r")\.?$")
_ORG_WORD = re.compile(ORG_SUFFIX.pattern.replace(r"^(?:\s+[A-Z][\w'’&.-]*){0,3}?\s+", "^"))
_GREETING_START = re.compile(rf"^\W*(?:{GREETING})\s*,?\s+(?=[{_UPPER}])", re.IGNORECASE)
_REPLY_START = re.compile(
    rf"^[^\w@]*({TOKEN})(?:\s+{TOKEN})?\s*[,:—–]\s*(?=(?i:we|we're|we’re|you|your|you're|you’re|thank|thanks|"
    rf"sorry|glad|usted|su|le|vi|nos|hemos|gracias|lamentamos|sentimos)\b)"
)
_SECOND_PERSON = frozenset(words("you your you're yours usted su sus te tu"))
# Given names that are also English words: names only inside a sentence, never when they open one.
_NAMES_THAT_ARE_WORDS = frozenset(words("frank grace hope joy faith will mark bill dawn summer drew chase pat"))
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\n])[\W_]*$")
# "Thank you, X!", "we're rooting for you, X.": a person addressed at the end of a clause.
_ADDRESSED_AFTER_YOU = re.compile(r"\b(?:you|ya|ti|te)\b[^.!?\n,]{0,20},\s*$", re.IGNORECASE)
_ENDS_ADDRESS = re.compile(r"\s*(?:[!.?]|[^\w\s,]|$)")
# Last words of the phrases PATIENT_BEFORE accepts ("patient", "named", "little", "familia", ...).
_PATIENT_SLOT_WORDS = frozenset(
    word.rstrip("*")
    for phrase in words(PATIENT_NOUN_WORDS + " named called was is llamado llamada nombre little pequeño pequeña "
                        "pequeno pequena familia baby grandma grandpa grandmother grandfather")
    for word in phrase.split("_")
)
# A signature: "— Diane Ruiz", "-- Diane".
_SIGNED = re.compile(r"(?:[—–]|(?:^|\s)--?)\s*$")
_POSSESSIVE = re.compile(r"['’]s?$")
# Words before a name that make it a place or an organisation ("St. Elian", "Team Bluestem").
_PLACE_PREFIX = re.compile(r"\b(?:St|Ste|Saint|San|Santa|Mount|Mt|Lake|Fort|Port|Team|Camp|Club|Hotel)\.?\s*$")


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    tokens: tuple[str, ...]  # folded name tokens, without the courtesy title
    honorific: bool = False
    strong_slot: bool = False  # a slot only a name fills (greeting, "baby X", "named X")
    role: str = ""  # "patient", "staff" or "" (undecided)


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


def _candidates(ix: TextIndex, names: frozenset[str]) -> list[_Candidate]:
    text = ix.text
    found: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for match in _HONORIFIC_NAME.finditer(text):
        if ORG_SUFFIX.match(text, match.end()) or _ORG_WORD.match(match.group().split()[-1]):
            continue  # "Mr. Rogers Neighborhood Day", "the Mrs. Lane Fund": an event or an organisation
        words = _TOKEN.findall(match.group())[1:] or [match.group().split()[-1].rstrip(".")]
        found.append(_Candidate(match.start(), match.end(), tuple(fold(w) for w in words), honorific=True))
        taken.append(match.span())
    matches = list(_TOKEN.finditer(text))
    greeting = _GREETING_START.match(text)
    reply = _REPLY_START.match(text)
    skip_until = -1
    for index, match in enumerate(matches):
        start = match.start()
        if start < skip_until or any(s <= start < e for s, e in taken):
            continue
        word = fold(_POSSESSIVE.sub("", match.group()))
        if word in CALENDAR_WORDS or (len(word) <= 3 and text.startswith(".", match.end())):
            continue  # a month, a weekday, or an abbreviation (St., Dr., Mt.)
        strong = bool(
            (greeting and start == greeting.end()) or (reply and start == reply.start(1) and word not in VOCATIVE_WORDS)
        )
        known = word in names or word.split("-")[0] in names
        if not known and word in _NAMES_THAT_ARE_WORDS and not _SENTENCE_OPENING.search(text, 0, start):
            known = True  # "Frank", "Grace" inside a sentence; "Frank talk ..." opening one is a word
        if not known:
            # An unknown capitalised word is a name only in a slot a name fills: "Hi Xiomara", "baby Xiomara",
            # "we love you, Xiomara!".
            if word in VOCATIVE_WORDS:
                continue
            if strong or _lowercase_patient_before(ix, start):
                strong = True
            elif not _addressed(text, start, match.end()):
                continue
        before = text[max(0, start - 40) : start]
        if _PLACE_PREFIX.search(before):
            continue
        extended = _extend(text, matches, index)
        if extended is None:
            continue
        end, parts = extended
        if ORG_SUFFIX.match(text[end : end + 60]):
            continue
        skip_until = end
        tokens = tuple(fold(_POSSESSIVE.sub("", p.group())) for p in parts)
        found.append(_Candidate(match.start(), end, tokens, strong_slot=strong))
    return found


def _addressed(text: str, start: int, end: int) -> bool:
    """'Thank you, Xiomara!': a word addressed after 'you' and a comma, ending the clause."""
    return bool(_ADDRESSED_AFTER_YOU.search(text, max(0, start - 40), start) and _ENDS_ADDRESS.match(text, end))


def _lowercase_patient_before(ix: TextIndex, start: int) -> bool:
    """'baby Xiomara', 'patient Odalys': a patient noun in lower case (not a title such as 'Patient Access')."""
    index = bisect_left(ix.word_starts, start) - 1
    if index < 0 or ix.words[index][1] not in _PATIENT_SLOT_WORDS:
        return False  # a cheap test first: the word before must be one a patient slot can end with
    match = PATIENT_BEFORE.search(ix.text, max(0, start - 40), start)
    return bool(match and match.group()[:1].islower())


def _staff(text: str, cand: _Candidate) -> bool:
    """A clinician's or staff member's name: Dr. before it, a credential or a department after it, a job title."""
    before = text[max(0, cand.start - 45) : cand.start]
    after = text[cand.end : cand.end + 80]
    if CLINICIAN_PREFIX.search(before) or FOLLOWED_BY_CREDENTIAL.match(after) or _SIGNED.search(before):
        return True
    clause_before = re.split(r"[.!?;\n]", before)[-1]
    if STAFF_BEFORE.search(clause_before) or PRESENTER_BEFORE.search(clause_before):
        return True
    # "Mrs. Smith from our memory care unit" is a patient: a department after a courtesy title does not count.
    return not cand.honorific and bool(STAFF_AFTER.match(after))


def _thanked_for_a_gift(ix: TextIndex, cand: _Candidate) -> bool:
    """'Thank you to Mr. and Mrs. Lee for donating ...', 'la familia Rivera donó ...': donors, unless their own
    care is in the sentence."""
    begin, end = ix.sentence(cand.start)
    return ix.has(GIFT, begin, end) and not ix.has(PERSONAL_CARE, begin, end)


def _replies_about_care(ix: TextIndex) -> bool:
    if ix.has(PERSONAL_CARE):
        return True
    return ix.has(CARE) and any(word in _SECOND_PERSON for _, word in ix.words)


def _decide_by_context(ix: TextIndex, cand: _Candidate, staff_post: bool) -> str:
    """Patient or undecided, from the name's sentence and the next: care tied to a person ("her chemo") or one
    patient in the sentence is enough anywhere; a care word or patients in general are enough outside thanks to
    staff, donors or sponsors and outside classes and talks."""
    if staff_post:
        return ""
    begin, end = ix.sentence(cand.start)
    window_end = ix.sentence(cand.start, after=1)[1]
    if ix.has(PERSONAL_CARE, begin, window_end) or ix.has(ONE_PATIENT, begin, end):
        return "patient"
    if ix.has(THANKS_CONTEXT, begin, end):
        return ""
    if ix.has(PATIENT_NOUN, begin, end) or ix.has(CARE, begin, window_end):
        return "patient"
    return ""


def patient_names(ix: TextIndex, permission: bool) -> list[PhiSpan]:
    """Spans of patients' names (courtesy title included), none when the post states permission."""
    if permission:
        return []
    text = ix.text
    candidates = _candidates(ix, first_names())
    if not candidates:
        return []
    reply_care = _replies_about_care(ix)
    for cand in candidates:
        before = text[max(0, cand.start - 30) : cand.start]
        if PUBLIC_PREFIX.search(before) or PET_BEFORE.search(before) or PET_AFTER.match(text, cand.end):
            cand.role = "other"
        elif _staff(text, cand):
            cand.role = "staff"
        elif cand.honorific or PATIENT_BEFORE.search(before):
            cand.role = "other" if _thanked_for_a_gift(ix, cand) else "patient"
        elif cand.strong_slot and reply_care:
            cand.role = "patient"
    _propagate(candidates)
    staff_post = ix.has(STAFF_POST)
    for cand in candidates:
        if not cand.role:
            cand.role = _decide_by_context(ix, cand, staff_post)
    _propagate(candidates)
    return [PhiSpan(c.start, c.end, "name") for c in candidates if c.role == "patient"]


def _propagate(candidates: list[_Candidate]) -> None:
    """An undecided name that is part of a decided one takes its role, staff first: "Lena" after "Lena Hoffmann,
    PharmD" is staff; "Maria Gomez" after "Dr. Maria Lopez" stays undecided."""
    for role in ("staff", "patient"):
        known = [set(c.tokens) for c in candidates if c.role == role]
        for cand in candidates:
            if not cand.role and any(set(cand.tokens) <= tokens for tokens in known):
                cand.role = role
