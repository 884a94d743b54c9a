"""Testimonials in a patient's own words: a quote signed by a patient, thanked to one, or told by one.

"I came in with chest pain and left with my life." Thank you, Robert ...; "..." — one of our sleep clinic
patients; "..." — Jason T. (how reviews are signed); Rosalind told us after her hip replacement: "...".
Unsigned quotes are often myths ("I feel fine, so I don't need a checkup"), so they do not count.
"""

from __future__ import annotations

import re

from bot.guardrails.consent_people import NAME, is_patient_name

_FIRST_PERSON_QUOTE = re.compile(
    r"[\"“](?=[^\"”\n]{0,300}?\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Mm]i)\b)[^\"”\n]{12,300}[\"”]"
)
_SIGNED_AFTER = re.compile(
    r"[^\w\n]{0,12}?(?:[—–]+|-{1,2}|(?i:said|says|shares|shared|wrote|writes|told\s+us|tells\s+us))\s*"
    r"(?:(?P<described>(?i:one\s+of\s+our|a|an|our)\s+(?:[\w-]+\s+){0,3}?(?:patients?|clients?|moms?|dads?|parents?|"
    r"families|family|pacientes?))|(?:(?i:baby|little|mr|mrs|ms|miss|don|doña)\.?\s+)?(?P<name>" + NAME + r"))"
    r"|[^\n]{0,120}?\b(?i:thank\s+you|thanks|gracias),?\s+(?P<thanked>" + NAME + r")"
)
_ANY_QUOTE = re.compile(r"[\"“][^\"”\n]{12,300}[\"”]")
_PATIENT_SIGNATURE = re.compile(
    r"[^\w\n]{0,12}?[—–-]+\s*(?:[^\n]{0,60}?\b(?i:patient|paciente|client|clienta?|mom\s+of|dad\s+of|mam[aá]\s+de|"
    r"pap[aá]\s+de)\b|" + NAME + r"\s+[A-Z]\.(?!\w))"  # reviews are signed "— Jason T."
)
_SIGNED_BEFORE = re.compile(
    r"\b(?P<name>" + NAME + r")\s+(?i:said|says|told\s+us|tells\s+us|wrote|shared|nos\s+dijo|dijo)\b[^.!?\"“\n]{0,50}"
    r"[:,]?\s*$"
)
_TOLD_AFTER = re.compile(
    r"[^\n]{0,60}?\b(?i:(?:a|one\s+of\s+our|our)\s+(?:[\w-]+\s+){0,2}?(?:patient|client|mom|dad|parent|paciente)s?\s+"
    r"(?:shared|said|told|wrote|sent|nos\s+dijo))\b"
)


def patient_quotes(text: str) -> list[tuple[int, int]]:
    """First-person quotes signed by or thanked to a patient, or told by one in the sentence after; any quote
    signed as a patient's ("— Héctor, paciente de nuestra clínica")."""
    spans: list[tuple[int, int]] = []
    for quote in _ANY_QUOTE.finditer(text):
        if _PATIENT_SIGNATURE.match(text, quote.end(), quote.end() + 120):
            spans.append(quote.span())
    for quote in _FIRST_PERSON_QUOTE.finditer(text):
        after = _SIGNED_AFTER.match(text, quote.end(), quote.end() + 160)
        if after:
            if after.group("described"):
                spans.append(quote.span())
                continue
            group = "thanked" if after.group("thanked") else "name"
            if is_patient_name(text, after.start(group), after.end(group)):
                spans.append(quote.span())
                continue
        before = _SIGNED_BEFORE.search(text, max(0, quote.start() - 90), quote.start())
        signed_before = before is not None and is_patient_name(text, before.start("name"), before.end("name"))
        if signed_before or _TOLD_AFTER.match(text, quote.end(), quote.end() + 140):
            spans.append(quote.span())
    return spans
