"""Dates of a patient's care, birth or death: full dates ("March 4", "9/14", "12 de febrero"), weekdays ("your
Tuesday group"), a month alone tied to someone's care ("your first pellet in March") and, next to an identified
patient, a relative day ("went home today", "This morning Dr. X implanted ... in a retired ferry captain").

A public event's date is left alone: a date with event words in its sentence ("class", "fair", "join us"),
after "starting", "until" or a calendar emoji, or followed by a time ("March 6 at 7pm") is an event's, unless
the sentence speaks of someone's own care ("your colonoscopy has been moved to Oct 14 at 7:00am").
"""

from __future__ import annotations

import re

from bot.guardrails.phi_care import CARE, PERSONAL_CARE
from bot.guardrails.phi_lexicon import EVENT_NEAR_DATE, ICASE, MONTHS, PATIENT_NOUN, TIME_OF_DAY, WEEKDAYS
from bot.guardrails.phi_patterns import STAFF_NEARBY, patient_in
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex, words

# Identifiers that say who the patient is (a date near them is theirs); rooms, dates and ages do not.
_WHO_KINDS = frozenset(("name", "handle", "unique_characteristic", "record_number", "ssn", "username", "device",
                        "plate", "email", "phone", "url", "ip"))
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
    r"|" + _WEEKDAY + r"(?!\w)"
    r"|(?<=\bthe\s)" + _DAY.replace("(?:st|nd|rd|th)?", "(?:st|nd|rd|th)") + r"\b(?!\s+(?:of\s+)?(?:floor|grade|"
    r"percentile|century|time|birthday|anniversary|annual|year|week|street|avenue)))",
    (MONTHS + " " + WEEKDAYS).split(),
    numbers=True,
)
_WEEKDAY_ONLY = re.compile(_WEEKDAY + r"$", ICASE)
# A month with no day ("in March"): a date only after a word that makes it a point in time.
_MONTH_ALONE = Lexicon(r"(?-i:[A-Z])?" + _MONTH + r"\b(?![\s.,]*\d)", words(MONTHS))
_MONTH_CUE_BEFORE = re.compile(r"\b(?:in|since|until|early|late|mid|last|this|en|desde|hasta|de)[\s-]+$", ICASE)
# A day named relative to the post: a date of care only next to an identified patient.
_RELATIVE_DAY = Lexicon(
    r"(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|hoy|ayer|anoche|"
    r"esta\s+(?:mañana|tarde|noche))\b",
    words("today tonight yesterday this last hoy ayer anoche esta"),
)
_DOB_BEFORE = re.compile(
    r"\b(?:DOB|D\.O\.B\.?|date\s+of\s+(?:birth|death)|born(?:\s+on)?|birthday|died(?:\s+on)?|passed\s+away(?:\s+on)?|"
    r"fecha\s+de\s+nacimiento|naci[óo](?:\s+el)?|falleci[óo](?:\s+el)?)\W{0,3}$",
    ICASE,
)
# A birth, death or delivery earlier in the same clause ("Born in our birth suite on February 2 at 4:12am").
_BIRTH_IN_CLAUSE = re.compile(
    r"\b(?:born|delivered|died|passed\s+away|naci[óo]|naci[óo]|falleci[óo]|dio\s+a\s+luz)\b[^.!?\n;]{0,45}$", ICASE
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


# A date that owns the next noun ("This Friday's support group meets in the cafeteria") names a day's event, unless a
# person owns it ("your Tuesday's session").
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_OWNER_BEFORE = re.compile(r"\b(?:your|his|her|their|(?-i:[A-Z])\w+['’]s)\s+$", ICASE)


def dates(ix: TextIndex, patients: list[PhiSpan]) -> list[PhiSpan]:
    """Dates of birth, death, admission, discharge or a visit; a public event's date is skipped. `patients` are
    the identifiers found so far (names, handles, unique characteristics, record numbers): a date near them with
    a care word is theirs."""
    text = ix.text
    spans = []
    for start, end in ix.hits(_DATE):
        before = text[max(0, start - 45) : start]
        sentence = ix.sentence(start)
        if _DOB_BEFORE.search(before) or _BIRTH_IN_CLAUSE.search(text, sentence[0], start):
            # A founder's or colleague's date of death is not a patient's.
            if not (STAFF_NEARBY.search(text, *sentence) and not ix.has(PATIENT_NOUN, *sentence)):
                spans.append(PhiSpan(start, end, "date"))
            continue
        personal = ix.has(PERSONAL_CARE, *sentence)
        if (_EVENT_BEFORE_DATE.search(before) or _TIME_AFTER.match(text, end)) and not personal:
            continue
        if _POSSESSIVE_AFTER.match(text, end) and not _OWNER_BEFORE.search(before) and not personal:
            continue  # "This Friday's support group", "Saturday's fair": a day's public event
        named = any(sentence[0] <= p.start < sentence[1] and p.kind == "name" for p in patients)
        if ix.has(EVENT_NEAR_DATE, *sentence) and not named:
            # An event's date unless it sits inside the care phrase itself ("your April 17 filling").
            if any(s <= start and end <= e for s, e in ix.hits(PERSONAL_CARE)):
                spans.append(PhiSpan(start, end, "date"))
            continue
        if personal or _tied_to_a_patient(ix, start, end, patients) or _in_their_story(ix, start, patients):
            spans.append(PhiSpan(start, end, "date"))
    return spans + _months_alone(ix, patients) + _relative_days(ix, patients)


def _tied_to_a_patient(ix: TextIndex, start: int, end: int, patients: list[PhiSpan]) -> bool:
    """A care word in the date's sentence and a patient in view: named in it or next to it, or he/she."""
    sentence = ix.sentence(start)
    window = ix.sentence(start, before=1, after=1)
    people = [p for p in patients if p.kind in _WHO_KINDS]
    named = any(sentence[0] <= p.start < sentence[1] for p in people)
    near = named or any(window[0] <= p.start < window[1] for p in people)
    in_a_bed = any(p.kind == "room" and sentence[0] <= p.start < sentence[1] for p in patients)
    # "Sorry for the wait last Friday, Clarissa. ... your infusion appointment": the care is the named person's
    their_care = named and ix.has(PERSONAL_CARE, *window)
    if not (in_a_bed or their_care or ix.has(CARE, *sentence)):
        return False
    someone = named or any(w in _SINGULAR_THIRD for _, w in ix.words_between(*sentence))
    if _WEEKDAY_ONLY.match(ix.text, start, end):
        return someone or near
    return named or near or patient_in(ix, *sentence)


def _in_their_story(ix: TextIndex, start: int, patients: list[PhiSpan]) -> bool:
    """In a story about a patient named or described in the post, a date in a sentence about him or her ("On
    December 12 she called to tell us ...") is a date of their care."""
    if not any(p.kind in ("name", "unique_characteristic") for p in patients):
        return False
    sentence = ix.sentence(start)
    if any(sentence[0] <= p.start < sentence[1] and p.kind in _WHO_KINDS for p in patients):
        return True
    return any(word in _SINGULAR_THIRD for _, word in ix.words_between(*sentence))


def _months_alone(ix: TextIndex, patients: list[PhiSpan]) -> list[PhiSpan]:
    text = ix.text
    spans = []
    for start, end in ix.hits(_MONTH_ALONE):
        if not text[start].isupper() or not _MONTH_CUE_BEFORE.search(text, max(0, start - 12), start):
            continue
        sentence = ix.sentence(start)
        named = any(sentence[0] <= p.start < sentence[1] for p in patients)
        # "your first pellet in March", "her surgery in May", "she's been coming to our wound clinic since August";
        # not "their new serum this April"
        personal = any(
            sentence[0] <= s < sentence[1] and not ix.lower.startswith("their", s) for s, _ in ix.hits(PERSONAL_CARE)
        )
        someone = named or any(word in _SINGULAR_THIRD for _, word in ix.words_between(*sentence))
        if personal or (someone and ix.has(CARE, *sentence)):
            spans.append(PhiSpan(start, end, "date"))
    return spans


def _relative_days(ix: TextIndex, patients: list[PhiSpan]) -> list[PhiSpan]:
    """'went home today', 'This morning ... implanted ... in a retired ferry captain': the day of care of a
    patient identified in the same sentence."""
    if not patients:
        return []
    spans = []
    for start, end in ix.hits(_RELATIVE_DAY):
        sentence = ix.sentence(start)
        if not any(sentence[0] <= p.start < sentence[1] and p.kind in _WHO_KINDS for p in patients):
            continue
        if ix.has(EVENT_NEAR_DATE, *sentence):
            continue
        if ix.has(CARE, *sentence) or ix.has(PERSONAL_CARE, *sentence):
            spans.append(PhiSpan(start, end, "date"))
    return spans
