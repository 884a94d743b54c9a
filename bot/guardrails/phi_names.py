"""Patients' names: which capitalised words are a person, and whether that person is a patient.

A candidate is a courtesy title and a name (Mr. K, Sra. Beatriz Salinas), a known given name and the
surname after it, any capitalised word in a slot only a name fills (a greeting, "baby Maisie", "Meet X",
"X, 15,", "the X family", "Welcome to the world, X": see phi_name_slots), or a word joined by "and" to
a candidate ("Whitney and Cal Ferrante"). A clinician's or staff member's name (Dr., RN, "our recruiter",
"of Environmental Services"), a public figure's and a pet's are not PHI. Other candidates are a patient
when the post ties them to care: a patient noun before or after them ("Brenda, Keystone patient since
spring"), a room or bed after them, care they own ("Theo's visit"), an identifier in the post, a reply to
them about their own care, a care word in their sentence or the next one. A name seen once as staff (or
patient) keeps that role through the post ("Lena Hoffmann, PharmD ... Lena launched").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from bot.guardrails import phi_name_slots as slots
from bot.guardrails.phi_care import CARE, GENERIC_ENCOUNTER, PERSONAL_CARE, only_an_encounter
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
    STAFF_TITLE_BEFORE,
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
# Words a courtesy title can be (a cheap test before the pattern).
_HONORIFIC_WORDS = frozenset(
    words("mr mrs ms mx miss sr sra srta sres señor senor señora senora señorita senorita doña dona don mister missus "
          "madam")
)
_STREET_WORD = re.compile("(?:" + STREET_SUFFIX + "|" + PLACE_SUFFIX + r")\.?$")
_ORG_WORD = re.compile(ORG_SUFFIX.pattern.replace(r"^(?:\s+[A-Z][\w'’&.-]*){0,3}?\s+", "^"))
_GREETING_START = re.compile(rf"^\W*(?:{GREETING})\s*,?\s+(?=[{_UPPER}])", re.IGNORECASE)
_REPLY_START = re.compile(
    rf"^[^\w@]*(?:@[\w.]+\s+)?({TOKEN})(?:\s+{TOKEN})?\s*[,:—–]\s*(?=(?i:we|we're|we’re|we've|we’ve|our|you|your|"
    rf"you're|you’re|thank|thanks|sorry|glad|so|just|good|great|happy|hope|usted|su|le|te|tu|ya|vi|nos|hemos|gracias|"
    rf"lamentamos|sentimos)\b)"
)
_SECOND_PERSON = frozenset(words("you your you're yours usted su sus te tu le"))
# Words a care phrase starts with when it is someone else's, not the reader's ("her chemo", "their screening").
_THIRD_PARTY = frozenset(words("his her their"))
# Given names that are also English words: names only inside a sentence, never when they open one.
_NAMES_THAT_ARE_WORDS = frozenset(words("frank grace will mark bill dawn drew chase pat"))
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\n])[\W_]*$")
# "Thank you, X!", "we're rooting for you, X.": a person addressed at the end of a clause.
_ADDRESSED_AFTER_YOU = re.compile(r"\b(?:you|ya|ti|te)\b[^.!?\n,]{0,40},\s*$", re.IGNORECASE)
_ENDS_ADDRESS = re.compile(r"\s*(?:[!.?]|[^\w\s,]|$)")
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
# "Cal" after "Whitney and": a name joined to a candidate.
_AND_AFTER = re.compile(rf",?\s+(?:and|&|y)\s+({TOKEN}(?:\s+{TOKEN})?)")
_AND_BEFORE = re.compile(rf"({TOKEN})\s+(?:and|&|y)\s+$")
# A capital inside a word that is not a name's (McCrae, DeShawn, LaToya, O'Brien): a brand such as "ArcGlide".
_PRODUCT_NAME = re.compile(r"(?!Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]+[A-Z]")
_NAME_POSSESSIVE = re.compile(r"[A-Z][a-z]+['’]s\b")
# Last words of the phrases PATIENT_BEFORE accepts ("patient", "named", "little", "familia", ...).
_PATIENT_SLOT_WORDS = frozenset(
    word.rstrip("*")
    for phrase in words(PATIENT_NOUN_WORDS + " named called was is llamado llamada nombre little pequeño pequeña "
                        "pequeno pequena familia baby grandma grandpa grandmother grandfather")
    for word in phrase.split("_")
)
# A signature: "— Diane Ruiz", "-- Diane".
_SIGNED = re.compile(r"(?:[—–]|(?:^|\s)--?)\s*$")
# Words before a name that make it a place or an organisation ("St. Elian", "Team Bluestem").
_PLACE_PREFIX_WORDS = frozenset(words("st ste saint san santa mount mt lake fort port team camp club hotel"))


@dataclass(slots=True)
class _Candidate:
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


def _candidates(ix: TextIndex, names: frozenset[str]) -> list[_Candidate]:
    text = ix.text
    found: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    honorifics = _HONORIFIC_WORDS & ix.vocabulary
    for match in _HONORIFIC_NAME.finditer(text) if honorifics else ():
        if ORG_SUFFIX.match(text[match.end() : match.end() + 60]) or _ORG_WORD.match(match.group().split()[-1]):
            continue  # "Mr. Rogers Neighborhood Day", "the Mrs. Lane Fund": an event or an organisation
        words = _TOKEN.findall(match.group())[1:] or [match.group().split()[-1].rstrip(".")]
        found.append(_Candidate(match.start(), match.end(), tuple(fold(w) for w in words), honorific=True))
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
        slot = "reply" if strong else slots.slot_before(ix, start)
        known = word in names or word.split("-")[0] in names
        if not known and word in _NAMES_THAT_ARE_WORDS and not _SENTENCE_OPENING.search(text, 0, start):
            known = True  # "Frank", "Grace" inside a sentence; "Frank talk ..." opening one is a word
        if not known:
            # An unknown capitalised word is a name only in a slot a name fills: "Hi Xiomara", "baby Xiomara",
            # "Meet Xiomara", "Xiomara, 15,", "the Xiomara family", "we love you, Xiomara!".
            if word in VOCATIVE_WORDS or _PRODUCT_NAME.match(match.group()):
                continue  # "Meet ArcGlide, our new robotic system": a brand, not a person
            if not slot:
                slot = slots.slot_after(ix, start, match.end())
            if _lowercase_patient_before(ix, start):
                strong = True
            elif not (strong or (slot and slot != "vocative") or _addressed(text, start, match.end())):
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
        found.append(_Candidate(match.start(), end, tokens, strong_slot=strong or bool(slot), slot=slot))
        taken.append((match.start(), end))
    taken.sort()
    return found + _joined_by_and(text, found, taken)


_NO_END = 1 << 62  # larger than any offset


def _inside(taken: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls inside one of the sorted, non-overlapping spans in `taken`."""
    index = bisect_right(taken, (position, _NO_END)) - 1
    return index >= 0 and taken[index][0] <= position < taken[index][1]


def _without_possessive(word: str) -> str:
    """'Ella's' -> 'Ella', 'Jesus'' -> 'Jesus'."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def _joined_by_and(text: str, found: list[_Candidate], taken: list[tuple[int, int]]) -> list[_Candidate]:
    """Names joined to a candidate by 'and' ("Whitney and Cal Ferrante", "Ivo and Pia"), in the same slot."""
    joined: list[_Candidate] = []
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
                _Candidate(start, end, tuple(words), strong_slot=cand.strong_slot, slot=cand.slot, joined_to=index)
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
    if _CREDENTIAL_BEFORE.search(clause_before):
        return True
    # "Mrs. Smith from our memory care unit" is a patient: a department after a courtesy title does not count.
    return not cand.honorific and bool(STAFF_AFTER.match(after))


def _thanked_for_a_gift(ix: TextIndex, cand: _Candidate) -> bool:
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
            if not only_an_encounter(ix.lower[hit_start:hit_end]):
                return True
    for care_start, care_end in ix.hits(CARE):
        if ix.lower[care_start:care_end] in GENERIC_ENCOUNTER:
            continue  # "we're sorry about your visit" confirms nothing
        if start <= care_start < (len(ix.text) if end is None else end):
            sentence = ix.sentence(care_start)
            if any(word in _SECOND_PERSON for _, word in ix.words_between(*sentence)):
                return True
    return False


def _owns_care(ix: TextIndex, cand: _Candidate) -> bool:
    """'Theo Marchetti's fluoride varnish visit': care written as the candidate's own."""
    return any(cand.start <= start < cand.end + 3 for start, _ in ix.hits(PERSONAL_CARE))


def _decide_by_context(ix: TextIndex, cand: _Candidate, staff_post: bool) -> str:
    """Patient or undecided, from the name's sentence and its neighbours. Care the name owns is enough anywhere;
    a name addressed in a reply needs care that is the reader's; otherwise care tied to a person ("her chemo") or
    one patient in the sentence is enough, and a care word or patients in general are enough outside thanks to
    staff, donors or sponsors and outside classes and talks."""
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
    return ""


def patient_names(ix: TextIndex, permission: bool, identified: bool = False) -> list[PhiSpan]:
    """Spans of patients' names (courtesy title included), none when the post states permission. `identified`
    says the post holds a patient's record, device or plate number: an undecided name in it is the patient's."""
    if permission:
        return []
    text = ix.text
    candidates = _candidates(ix, first_names())
    if not candidates:
        return []
    reply_care = _readers_care(ix)
    for cand in candidates:
        before = text[max(0, cand.start - 30) : cand.start]
        if PET_BEFORE.search(before) or PET_AFTER.match(text, cand.end):
            cand.role = "other"
        elif PUBLIC_PREFIX.search(before):
            # a public figure is not a patient, unless the sentence speaks of their care ("Sheriff X, recovering
            # from knee surgery")
            cand.role = "" if ix.has(PERSONAL_CARE, *ix.sentence(cand.start)) else "other"
        elif _PATIENT_AFTER.match(text, cand.end):
            cand.role = "patient"
        elif _staff(text, cand):
            cand.role = "staff"
        elif cand.honorific or PATIENT_BEFORE.search(before) or cand.slot == "care":
            cand.role = "other" if _thanked_for_a_gift(ix, cand) else "patient"
        elif cand.slot == "reply" and reply_care:
            cand.role = "patient"
    for cand in candidates:
        if not cand.role and cand.joined_to >= 0:
            cand.role = candidates[cand.joined_to].role
    _propagate(candidates)
    staff_post = any(_staff_post_hit(ix, start) for start, _ in ix.hits(STAFF_POST))
    for cand in candidates:
        if not cand.role:
            cand.role = "patient" if identified and not staff_post else _decide_by_context(ix, cand, staff_post)
    _propagate(candidates)
    return [PhiSpan(c.start, c.end, "name") for c in candidates if c.role == "patient"]


def _staff_post_hit(ix: TextIndex, start: int) -> bool:
    """A staff-post phrase; "of the month" only after a staff title ("Nurse of the Year", not "Baby #500 of the
    year" or "Patient of the Month")."""
    if not ix.lower.startswith("of ", start):
        return True
    return bool(STAFF_TITLE_BEFORE.search(ix.text, max(0, start - 30), start))


def _propagate(candidates: list[_Candidate]) -> None:
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
