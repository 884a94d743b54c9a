"""Treatment results shown for one person: "Transformation Tuesday ✨ this smile is ready for prom",
"Results after 3 sessions of microneedling 😍 Her scars have faded", "Mira esta transformación",
"Resultados de nuestra clienta después de 4 sesiones".

A result word (transformation, glow-up, results, reveal, makeover) in a post about care, with someone's result
pointed at ("this", "her", "our client's") next to it, shows a patient's outcome: a before-and-after in words.
Results in general ("results vary", "your results", "lab results", "results are in") are not anyone's story.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
RESULT = re.compile(
    r"\b(?:transformations?|glow[- ]?ups?|results?|reveal|makeovers?|transformaci[oó]n|resultados?)\b"
    r"|\bbefore\s*(?:&|and|\+|/|➡️|➡|→|->|to)\s*after\b|\bantes\s+y\s+despu[eé]s\b"
    r"|#\w*(?:transformation|glowup|beforeandafter|antesydespues)\w*",
    _I,
)
_HINTS = ("transform", "glow", "result", "reveal", "makeover", "beforeandafter", "antesydespues", "after", "despu")
# Someone's result pointed at: a pronoun, a demonstrative, or the client or patient whose result it is.
_POINTED = re.compile(
    r"\b(?:her|his|their|this|these|esta|este|estos|estas|that\s+(?:smile|grin|face|glow|skin|confidence)|"
    r"our\s+(?:client|patient|customer)s?['’]?s?|"
    r"nuestr[oa]s?\s+(?:cliente|clienta|paciente)s?)\b",
    _I,
)
_REACH = 60
# A course of treatment, which makes a post about care even without a care word: "nine months of Invisalign".
COURSE_OF_CARE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)\s+(?:days?|weeks?|"
    r"months?|years?|sessions?|rounds?|treatments?|visits?|appointments?|d[ií]as|semanas|meses|sesiones)\s+"
    r"(?:of|with|in|de|con)\b",
    _I,
)
# Results that are nobody's in particular.
_GENERAL = re.compile(
    r"\b(?:your|you|tus?|sus\s+propios)\s+(?:[\w-]+\s+)?$|\b(?:individual|typical|lab|test|survey|study|search|election)\s+$",
    _I,
)
_GENERAL_AFTER = re.compile(
    r"^\s*(?:may\s+|can\s+|will\s+)?(?:vary|varían|pueden\s+variar|are\s+in|of\s+(?:the|our|a))\b", _I
)


def shown_results(text: str, lower: str) -> list[tuple[int, int]]:
    """Spans of result words pointed at one person's treatment (the caller checks the post is about care)."""
    if not any(hint in lower for hint in _HINTS):
        return []
    spans = []
    for match in RESULT.finditer(text):
        start, end = match.span()
        if _GENERAL.search(text, max(0, start - 25), start) or _GENERAL_AFTER.match(text[end : end + 25]):
            continue
        if _POINTED.search(text, max(0, start - _REACH), min(len(text), end + _REACH)):
            spans.append((start, end))
    return spans
