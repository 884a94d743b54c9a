"""Testimonials in a patient's own words: a quote signed by a patient, thanked to one, or told by one.

"I came in with chest pain and left with my life." Thank you, Robert ...; "..." — one of our sleep clinic
patients; "..." — Jason T. (how reviews are signed); Rosalind told us after her hip replacement: "...".
Quotes introduced as someone's review, testimonial, words or note ("5 stars from Linda: '...'", "Gracias, Carmen,
por tus palabras: «...»") count when a patient (a name that is not staff's, or a patient word) is named there.
Unsigned quotes are often myths ("I feel fine, so I don't need a checkup"), so they do not count.
"""

from __future__ import annotations

import re

from bot.guardrails.consent_people import NAME, is_patient_name
from bot.guardrails.phi_lexicon import first_names
from bot.guardrails.phi_text import fold

_FIRST_PERSON_QUOTE = re.compile(
    r"[\"“](?=[^\"”\n]{0,300}?\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Mm]i)\b)[^\"”\n]{12,300}[\"”]"
)
# Quotes in single marks or guillemets: an apostrophe inside a word ("I'll") neither opens nor closes one.
_OTHER_QUOTE = re.compile(r"(?<!\w)[‘'«](?=\S)[^\n]{12,300}?(?<=\S)[’'»](?!\w)")
# Words of someone speaking for themselves, or to the team ("You gave Dad his dignity back").
_SPEAKER_WORDS = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]y|[Mm]e|[Mm]i|[Mm]is|[Ww]e|[Oo]ur|[Yy]ou|[Yy]our|[Uu]sted(?:es)?)\b"
)
# A quote introduced as someone's words: "5 stars from Linda:", "Tom's testimonial:", "palabras de doña Inés:".
_INTRODUCED = re.compile(
    r"(?i:\b(?:reviews?|testimonials?|words|note|letter|card|message|e-?mail|stars?|rese[ñn]as?|palabras|testimonios?|"
    r"nota|carta|mensaje|tarjeta|says?|said|put\s+it|wrote|writes|told\s+us|tells\s+us|dijo|escribi[oó]|cont[oó])\b)"
    r"[^\"“‘'«\n]{0,70}$"
)
# Reviews and testimonials are patients' words by what they are: no patient need be named beside them.
_REVIEW_INTRO = re.compile(
    r"(?i:\b(?:reviews?|testimonials?|rese[ñn]as?|testimonios?|ratings?)\b|⭐|★)[^\"“‘'«\n]{0,70}$"
)
_PATIENT_WORD = re.compile(
    r"\b(?:patients?|clients?|families|family|mom|dad|mother|father|daughter|son|wife|husband|parents?|pacientes?|"
    r"familia|mam[aá]|pap[aá]|hij[oa])\b",
    re.IGNORECASE,
)
_SINGULAR_SPEAKER = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]y|[Mm]e|[Mm]i|[Mm]is)\b")
_INTRO_HINTS = ("review", "testimonial", "words", "note", "letter", "card", "message", "mail", "star", "reseñ",
                "palabra", "testimonio", "nota", "carta", "mensaje", "tarjeta", "say", "said", "put it", "wrote",
                "writes", "told us", "tells us", "dijo", "escribi", "contó", "rating", "⭐", "★")
_CAPITALISED = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+\b")
_SIGNED_AFTER = re.compile(
    r"[^\w\n]{0,12}?(?:[—–]+|-{1,2}|(?i:said|says|shares|shared|wrote|writes|told\s+us|tells\s+us))\s*"
    r"(?:(?P<described>(?i:one\s+of\s+our|a|an|our)\s+(?:[\w-]+\s+){0,3}?(?:patients?|clients?|moms?|dads?|parents?|"
    r"families|family|pacientes?))|(?:(?i:baby|little|mr|mrs|ms|miss|don|doña)\.?\s+)?(?P<name>" + NAME + r"))"
    r"|[^\n]{0,120}?\b(?i:thank\s+you|thanks|gracias),?\s+(?P<thanked>" + NAME + r")"
)
_ANY_QUOTE = re.compile(r"[\"“][^\"”\n]{12,300}[\"”]")
_PATIENT_SIGNATURE = re.compile(
    r"[^\w\n]{0,12}?[—–-]+\s*(?:[^\n]{0,60}?\b(?i:patient|paciente|client|clienta?|mom\s+of|dad\s+of|mam[aá]\s+de|"
    r"pap[aá]\s+de|review|reviewer|rese[ñn]a|testimonial)\b|" + NAME + r"\s+[A-Z]\.(?!\w))"  # or "— Jason T."
)
_SIGNED_BEFORE = re.compile(
    r"\b(?P<name>" + NAME + r")\s+(?i:said|says|told\s+us|tells\s+us|wrote|shared|nos\s+dijo|dijo)\b[^.!?\"“\n]{0,50}"
    r"[:,]?\s*$"
)
_TOLD_AFTER = re.compile(
    r"[^\n]{0,60}?\b(?i:(?:a|one\s+of\s+our|our)\s+(?:[\w-]+\s+){0,2}?(?:patient|client|mom|dad|parent|paciente)s?\s+"
    r"(?:shared|said|told|wrote|sent|nos\s+dijo))\b"
)


def _introduced_by_patient(text: str, start: int) -> bool:
    """Whether the words just before a quote introduce it as a patient's review, testimonial, words or note."""
    line_start = text.rfind("\n", 0, start) + 1
    low = max(line_start, start - 130)
    if _REVIEW_INTRO.search(text, low, start) and _SINGULAR_SPEAKER.search(text, start, start + 300):
        return True  # a review quoted in the reviewer's own voice
    intro = _INTRODUCED.search(text, low, start)
    if intro is None:
        return False
    window = max(line_start, intro.start() - 60)
    if _PATIENT_WORD.search(text, window, start):
        return True
    return any(
        fold(name.group()) in first_names() and is_patient_name(text, name.start(), name.end())
        for name in _CAPITALISED.finditer(text, window, start)
    )


def _signed_by_patient(text: str, end: int) -> bool:
    """Whether the words after a quote sign it as a patient's: "— Don Felipe, 72", "— one of our patients"."""
    if _PATIENT_SIGNATURE.match(text, end, end + 120):
        return True
    after = _SIGNED_AFTER.match(text, end, end + 160)
    if after is None:
        return False
    if after.group("described"):
        return True
    group = "thanked" if after.group("thanked") else "name"
    return is_patient_name(text, after.start(group), after.end(group))


# A testimonial written in the patient's own voice without quote marks, signed at the end: "... Thank you, Dr. Kim!
# — Teresa M.", "... — Walter, 71", "- A grateful mom". The body speaks of the writer's own care.
_TRAILING_SIGNATURE = re.compile(r"(?:^|\s)[—–-]{1,2}\s*(?P<who>[^\n—–\-]{2,50}?)[\s.!]*$")
_CLINICIAN_SIGNATURE = re.compile(
    r"\b(?:Dr|Dra|MD|DO|RN|NP|PA|PharmD|DDS|DMD|DPT|PhD|MSN|BSN|LCSW|team|staff|our|nuestr[oa])\b", re.IGNORECASE
)
_OWN_CARE = re.compile(
    r"\b(?:my|mi)\s+(?:[\w-]+\s+){0,2}?(?:surgery|surgeon|diagnosis|recovery|stroke|transplant|chemo\w*|treatment|"
    r"doctor|oncologist|cardiologist|therapist|nurses?|care\s+team|replacement|heart\s+attack|cancer|cirug[ií]a|"
    r"tratamiento|recuperaci[oó]n|doctora?|enfermer[oa]s?)\b"
    r"|\bI\s+(?:was|got)\s+diagnosed\b|\bI\s+(?:had|underwent|received|got)\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:surgery|transplant|replacement|procedure|stent|bypass)\b|\bme\s+diagnosticaron\b",
    re.IGNORECASE,
)
_MY_PATIENTS = re.compile(r"\bmy\s+(?:[\w-]+\s+)?patients\b|\bmis\s+pacientes\b", re.IGNORECASE)


def signed_testimonial(text: str) -> list[tuple[int, int]]:
    """An unquoted first-person testimonial about the writer's own care, signed by someone who is not staff."""
    signature = _TRAILING_SIGNATURE.search(text)
    if signature is None or _CLINICIAN_SIGNATURE.search(signature.group("who")):
        return []
    body_end = signature.start()
    own = _OWN_CARE.search(text, 0, body_end)
    if own is None or _MY_PATIENTS.search(text, 0, body_end):
        return []
    return [(signature.start("who"), signature.end("who"))]


def patient_quotes(text: str, lower: str) -> list[tuple[int, int]]:
    """First-person quotes signed by or thanked to a patient, or told by one in the sentence after; any quote
    signed as a patient's ("— Héctor, paciente de nuestra clínica"); quotes introduced as a patient's words."""
    spans: list[tuple[int, int]] = []
    double = '"' in text or "“" in text
    other = "‘" in text or "«" in text or ("'" in text and any(hint in lower for hint in _INTRO_HINTS))
    if not double and not other:
        return spans
    if other:
        spans.extend(
            quote.span()
            for quote in _OTHER_QUOTE.finditer(text)
            if _PATIENT_SIGNATURE.match(text, quote.end(), quote.end() + 120)
            or (
                _SPEAKER_WORDS.search(quote.group())
                and (_introduced_by_patient(text, quote.start()) or _signed_by_patient(text, quote.end()))
            )
        )
    if double:
        spans.extend(_double_quoted(text))
    return spans


def _double_quoted(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for quote in _ANY_QUOTE.finditer(text):
        if _PATIENT_SIGNATURE.match(text, quote.end(), quote.end() + 120) or (
            _SPEAKER_WORDS.search(quote.group()) and _introduced_by_patient(text, quote.start())
        ):
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
