"""Ages over 89, however they are written: "92-year-old", "92 years young", "aged 93", "turned 90", "97 candles",
"her 101st birthday", "cumpleaños número 91", "de 95 años", "ninety-four", "a centenarian", "born in 1931".

HIPAA lets ages up to 89 stand. An age about a population ("adults 90 and older", "ages 90+") is not a
person's, and neither is a volunteer's or employee's birthday when no care is in the sentence.
"""

from __future__ import annotations

import re
from datetime import date

from bot.guardrails.phi_care import PERSONAL_CARE
from bot.guardrails.phi_lexicon import ICASE, PATIENT_NOUN
from bot.guardrails.phi_patterns import STAFF_NEARBY
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex, words

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "uno": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
}
# A number written with digits or in words, from ninety up ("ninety-two", "one hundred and one", "noventa y un").
_NUMBER = (
    r"(?:\d{2,3}|(?:ninety|noventa)(?:[\s-]+(?:y\s+)?(?:one|two|three|four|five|six|seven|eight|nine|uno|un|dos|tres|"
    r"cuatro|cinco|seis|siete|ocho|nueve))?|one\s+hundred(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|cien|ciento\s+(?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))"
)
_ORDINAL = r"\d{2,3}(?:st|nd|rd|th|º|°)"
_AGE = Lexicon(
    r"(?:" + _NUMBER + r"(?:[\s-]*(?:years?|yrs?|year)[\s-]*(?:old|young|of\s+age)|[\s-]*(?:yo|y/o)\b|\s+candles|"
    r"\s+(?:años|añitos)(?:\s+de\s+edad)?|\s+cumpleaños)"
    r"|(?:age|aged|edad\s+de)\s+" + _NUMBER
    + r"|" + _ORDINAL + r"\s+(?:birthday|bday|cumpleaños)"
    r"|(?:turn(?:s|ed|ing)?|cumpli[óo]|cumple|cumplir[áa]?|celebrat(?:es|ed|ing)\s+(?:his|her|their))\s+"
    + _NUMBER
    + r"|cumpleaños\s+(?:n[úu]mero\s+)?" + _NUMBER
    + r"|(?:super)?centenarian|nonagenarian|centenari[oa]|nonagenari[oa])\b",
    words("age aged edad turn turns turned turning cumplió cumplio cumple cumplir cumplirá cumplira celebrates "
          "celebrated celebrating cumpleaños centenarian supercentenarian nonagenarian centenario centenaria "
          "nonagenario nonagenaria ninety noventa one cien ciento"),
    numbers=True,
)
# "Mary Ellen, 97, ..." and "At 96, she ...": an age with no 'years old' (the text before the number).
_BARE_AGE_BEFORE = re.compile(r"(?:[a-záéíóúñ], |(?<!\w)(?:At|A\s+los|a\s+los) )$")
# "who at 91 just finished", "and at 93 she still": a person's age with no comma after it.
_AT_AGE_BEFORE = re.compile(r"\b(?:who|she|he|and|que|ella|él)\s+(?:is\s+|was\s+)?(?:at|a\s+los)\s+$", ICASE)
_NINETY_UP = frozenset(words("ninety noventa hundred cien ciento"))
# "Margit is ninety-six and still ...", "she was 101 when ...": a person's age after is/was, with no unit after it.
_IS_AGE = re.compile(
    r"\b(?:she|he|who|(?-i:[A-Z][a-z]+))\s+(?:is|was)\s+(?:now\s+|just\s+|only\s+)?(?P<age>" + _NUMBER + r")\b"
    r"(?![\s-]*(?:%|percent|minutes|hours|days|weeks|months|feet|ft|pounds|lbs?|kg|miles|steps|mg|beds|patients|"
    r"people|of|out|in|/|years?\s+(?:since|ago)))",
    ICASE,
)
_POPULATION_AGE = re.compile(r"(?:\s*\+|\s+(?:and|or|y)\s+(?:older|over|up|m[áa]s|mayores)|\s*and\s+above)", ICASE)
_POPULATION_BEFORE = re.compile(
    r"\b(?:ages|over|adults|people|those|anyone|everyone|patients|residents|mayores\s+de|m[áa]s\s+de)\s*$", ICASE
)
_BORN_IN = Lexicon(r"(?:born\s+in|naci[óo]\s+en)\s+(?P<y>(?:18|19)\d{2})\b", words("born nació nacio"))


_SPOKEN_WORD = re.compile(r"\d{2,3}|[a-z]+")


def _value(spoken: str) -> int:
    """The number in an age phrase: digits, words ("ninety-two", "ciento un") or a word for 90+ ("centenarian")."""
    total = 0
    for part in _SPOKEN_WORD.findall(spoken.lower()):
        if part.isdigit():
            return int(part)
        if part in ("ninety", "noventa"):
            total = 90
        elif part in ("hundred", "cien", "ciento") or part.startswith(("centenari", "supercentenari")):
            total = 100
        elif part.startswith("nonagenari"):
            return 90
        elif total and part in _UNITS:
            return total + _UNITS[part]
    return total


def ages(ix: TextIndex, patients: list[PhiSpan]) -> list[PhiSpan]:
    """Ages over 89 of a person; '90 and older' about a population is fine. `patients` are the names and rooms
    found: a volunteer word next to a named patient does not make the age a volunteer's."""
    text = ix.text
    spans = _bare_ages(ix, patients)
    for start, end in ix.hits(_AGE):
        value = _value(text[start:end])
        if value < 90 or value > 125:
            continue
        if _POPULATION_AGE.match(text, end, min(len(text), end + 15)) or _POPULATION_BEFORE.search(
            text, max(0, start - 20), start
        ):
            continue
        if _someone_on_staff(ix, start, patients):
            continue  # a volunteer's or employee's birthday
        spans.append(PhiSpan(start, end, "age"))
    this_year = date.today().year
    for start, end in ix.hits(_BORN_IN):
        year = int(_BORN_IN.regex.match(text, start).group("y"))
        if this_year - year > 89 and not _someone_on_staff(ix, start, patients):
            spans.append(PhiSpan(start, end, "age"))
    return spans


def _someone_on_staff(ix: TextIndex, start: int, patients: list[PhiSpan]) -> bool:
    """A staff word in the sentence and no patient, named patient or personal care in it."""
    sentence = ix.sentence(start)
    if not STAFF_NEARBY.search(ix.text, *sentence):
        return False
    if any(sentence[0] <= p.start < sentence[1] for p in patients):
        return False
    return not (ix.has(PATIENT_NOUN, *sentence) or ix.has(PERSONAL_CARE, *sentence))


def _an_age_in_digits(ix: TextIndex) -> bool:
    """Whether a word of two or three digits from 90 to 125 is in the text (a cheap test before the patterns)."""
    text = ix.text
    for start in ix.number_starts():
        if text[start] in "91":
            end = start + 1
            while end < len(text) and text[end].isdigit():
                end += 1
            if 90 <= int(text[start:end]) <= 125 and end - start <= 3:
                return True
    return False


def _bare_ages(ix: TextIndex, patients: list[PhiSpan]) -> list[PhiSpan]:
    text = ix.text
    spans = []
    if ("is " in text or "was " in text) and (_NINETY_UP & ix.vocabulary or _an_age_in_digits(ix)):
        for match in _IS_AGE.finditer(text):
            if 90 <= _value(match.group("age")) <= 125 and not _someone_on_staff(ix, match.start(), patients):
                spans.append(PhiSpan(match.start("age"), match.end("age"), "age"))
    for start in ix.number_starts():
        end = start + 2 if text[start] == "9" else start + 3
        if end <= len(text) and text[start:end].isdigit() and (end == len(text) or not text[end].isalnum()):
            value = int(text[start:end])
            if not 90 <= value <= 119:
                continue
            if (
                text[end : end + 2].lstrip().startswith((",", ")"))
                and _BARE_AGE_BEFORE.search(text, max(0, start - 12), start)
            ) or _AT_AGE_BEFORE.search(text, max(0, start - 20), start):
                spans.append(PhiSpan(start, end, "age"))
    return spans
