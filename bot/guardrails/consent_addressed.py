"""Posts addressed to a patient about their care: "Congratulations on your last chemo treatment, Rob!",
"We're cheering you on, Jack! Two more rounds and you ring that bell", "You fought so hard, little one".

Talking to a named patient (or a child by an endearment) about the care they received, to celebrate them,
tells their story in public as surely as talking about them. It needs all three: someone addressed by a given
name or an endearment, that is not staff's; their own care in the second person; and celebration. A reply
about a bill or a reminder has no celebration; a staff birthday has no care of theirs.
"""

from __future__ import annotations

import re

from bot.guardrails.consent_events import CARE_CAUSE
from bot.guardrails.consent_people import is_patient_name
from bot.guardrails.phi_lexicon import first_names
from bot.guardrails.phi_text import fold

_I = re.IGNORECASE
# A name in the place of an address: after a comma or a greeting word, before punctuation or an emoji.
_VOCATIVE = re.compile(
    r"(?:^|[,.!?:;]\s*|\b(?i:go|congrats|congratulations|way\s+to\s+go|love\s+you|miss\s+you|proud\s+of\s+you|"
    r"cheering\s+(?:for\s+)?you(?:\s+on)?|happy\s+[\w-]+(?:\s+[\w-]+)?|felicidades|vamos|bravo)[,!]?\s+)"
    r"(?:(?:Mr|Mrs|Ms|Miss|Don|Doña|Sr|Sra)\.?\s+)?(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)(?=\s*(?:[!.,?]|$|[^\w\s]))",
    re.MULTILINE,
)
_ENDEARMENT = re.compile(
    r"\b(?:little\s+(?:one|man|lady|warrior|fighter|guy|miss)|sweet\s+(?:girl|boy|pea|one)|champ|superstar|"
    r"peque(?:ñ[oa])?|campe[oó]n(?:a)?|guerrer[oa])\b(?=\s*[!.,?])",
    _I,
)
# The addressed person's own care: after "your" / "tu" (matched where those words are), or said outright.
_YOUR_CARE_AT = re.compile(
    r"(?:your|tu)\s+(?:[\w-]+\s+){0,3}?(?:" + CARE_CAUSE + r"|recovery|nurses|care\s+team|nicu|icu|rounds?|"
    r"diagnosis|journey|fight|battle|bell|discharge|cirug[ií]a|recuperaci[oó]n|enfermeras)\b",
    _I,
)
_CARE_SAID = re.compile(
    r"\b(?:caring\s+for|treating|cheering)\s+(?:for\s+)?you\b|\bte\s+(?:cuidamos|cuidaron|extra[ñn]aremos)\b"
    r"|\byou\s+(?:ring|rang|beat|fought|survived|made\s+it|did\s+it|walked|got\s+to\s+go\s+home|are\s+(?:going|heading)"
    r"\s+home)\b|\bpost-(?:transplant|op|surgery|stroke)\b|\bgo\s+home\b",
    _I,
)
_CARE_SAID_HINTS = ("caring for you", "treating you", "cheering", "te cuid", "te extra", "you ring", "you rang",
                    "you beat", "you fought", "you survived", "you made it", "you did it", "you walked",
                    "you got to go", "you are going", "you are heading", "post-", "go home")
_FELLOW = ("your fellow", "your colleague", "your coworker", "your co-worker", "your team mate", "your teammate",
           "tus compañer")
_CELEBRATING = ("congrat", "happy", "proud", "welcome", "cheer", "love", "way to go", "so glad", "felicidades", "feliz",
                "orgullos", "bienvenid", "te queremos", "🎉", "🎂", "🥳", "🎈", "💙", "💛", "💜", "❤️", "💪")
_POSSESSIVES = ("your ", "tu ")


def addressed_patients(text: str, lower: str) -> list[tuple[int, int]]:
    """Spans of a patient addressed about their own care, in a celebrating post (the caller rules out staff posts)."""
    if not any(word in lower for word in _CELEBRATING) or any(word in lower for word in _FELLOW):
        return []
    care = _own_care(text, lower)
    if care is None:
        return []
    spans = []
    for match in _VOCATIVE.finditer(text):
        name = match.group("name")
        if fold(name) in first_names() and is_patient_name(text, match.start("name"), match.end("name")):
            spans.append(match.span("name"))
    spans.extend(match.span() for match in _ENDEARMENT.finditer(text))
    return [care, *spans] if spans else []


def _own_care(text: str, lower: str) -> tuple[int, int] | None:
    """Where the post speaks of the reader's own care, tried only where its words are."""
    for possessive in _POSSESSIVES:
        at = lower.find(possessive)
        while at != -1:
            if (at == 0 or not lower[at - 1].isalpha()) and (care := _YOUR_CARE_AT.match(text, at)):
                return care.span()
            at = lower.find(possessive, at + 1)
    if any(hint in lower for hint in _CARE_SAID_HINTS) and (said := _CARE_SAID.search(text)):
        return said.span()
    return None
