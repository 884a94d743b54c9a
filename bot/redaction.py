"""PHI redaction for everything CarePost sends to an LLM.

Every `phi` finding of the guardrail engine is replaced by a typed placeholder (`[PATIENT_NAME_1]`,
`[PHONE_1]`, ...). Within one call the same original always gets the same placeholder, and every
other occurrence of a flagged original (in any text of the call, in any case) is replaced too, so a
name flagged once is not sent where the engine did not flag it again. The texts' reports are
required: without one (or with one for another text) nothing is redacted and `PrivacyCheckError`
is raised, so the caller sends nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.guardrails.findings import Report
from bot.llm_errors import PrivacyCheckError

# kind (as the phi check labels it) -> (placeholder label, what the person is told was withheld)
_TYPES: dict[str, tuple[str, str]] = {
    "name": ("PATIENT_NAME", "a patient's name"),
    "phone": ("PHONE", "a phone number"),
    "fax": ("PHONE", "a phone number"),
    "email": ("EMAIL", "an email address"),
    "date": ("DATE", "a date tied to a patient"),
    "age": ("AGE", "a patient's age"),
    "address": ("ADDRESS", "an address"),
    "location": ("LOCATION", "a place that could identify a patient"),
    "record": ("RECORD_NUMBER", "a record, account or plan number"),
    "ssn": ("SSN", "a Social Security number"),
    "room": ("ROOM", "a room or bed number"),
    "device": ("DEVICE_ID", "a device serial number"),
    "vehicle": ("VEHICLE_ID", "a licence plate or vehicle number"),
    "license": ("LICENSE_NUMBER", "a licence or certificate number"),
    "handle": ("HANDLE", "a social media handle"),
    "url": ("URL", "a web address tied to a patient"),
    "ip": ("IP_ADDRESS", "an IP address"),
    "photo": ("PHOTO", "a photo or biometric detail"),
    "unique": ("UNIQUE_DETAIL", "a detail that could identify a patient"),
    "care": ("CARE_DETAIL", "a detail of someone's care"),
}
_FALLBACK = ("IDENTIFIER", "a patient identifier")
# Words that may appear in a kind's label, checked in order, for labels not in _TYPES as they are.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("ssn", "ssn"), ("social_security", "ssn"), ("email", "email"), ("phone", "phone"), ("fax", "phone"),
    ("ip", "ip"), ("url", "url"), ("link", "url"), ("web", "url"), ("handle", "handle"), ("user", "handle"),
    ("social", "handle"), ("name", "name"), ("birth", "date"), ("death", "date"), ("date", "date"),
    ("age", "age"), ("address", "address"), ("street", "address"), ("zip", "address"), ("postal", "address"),
    ("place", "location"), ("town", "location"), ("city", "location"), ("geo", "location"),
    ("location", "location"), ("room", "room"), ("bed", "room"), ("serial", "device"), ("device", "device"),
    ("plate", "vehicle"), ("vehicle", "vehicle"), ("licen", "license"), ("certificate", "license"),
    ("mrn", "record"), ("record", "record"), ("account", "record"), ("plan", "record"), ("member", "record"),
    ("insurance", "record"), ("photo", "photo"), ("image", "photo"), ("face", "photo"), ("biometric", "photo"),
    ("unique", "unique"), ("characteristic", "unique"), ("rare", "unique"), ("condition", "unique"),
    ("care", "care"), ("confirm", "care"), ("patient", "care"), ("visit", "care"),
)
_PHRASES = {label: phrase for label, phrase in (*_TYPES.values(), _FALLBACK)}
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_\d+\]")
_MIN_PROPAGATED_LENGTH = 2  # one-character originals are replaced where flagged, not everywhere


def placeholder_type(kind: str | None) -> tuple[str, str]:
    """(label, phrase) for a phi finding's kind; an unknown kind is a generic identifier."""
    key = re.sub(r"[\s-]+", "_", (kind or "").strip().lower())
    if key in _TYPES:
        return _TYPES[key]
    for word, kind_key in _KEYWORDS:
        if word in key:
            return _TYPES[kind_key]
    return _FALLBACK


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    placeholder: str


def _normalise(original: str) -> str:
    return " ".join(original.casefold().split())


class _OriginalMatcher:
    """Finds every flagged original as a whole word, any case, any whitespace; longest first."""

    def __init__(self, placeholders: Mapping[str, str]) -> None:
        self._labels: list[str] = []
        alternatives: list[str] = []
        for placeholder, original in sorted(placeholders.items(), key=lambda item: len(item[1]), reverse=True):
            words = original.split()
            if len(original.strip()) < _MIN_PROPAGATED_LENGTH or not words:
                continue
            alternatives.append("(" + r"\s+".join(re.escape(word) for word in words) + ")")
            self._labels.append(placeholder)
        self.pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE) if alternatives else None
        )

    def placeholder(self, match: re.Match[str]) -> str:
        return self._labels[(match.lastindex or 1) - 1]

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(self.pattern.finditer(text)) if self.pattern is not None and text else []

    def sub(self, text: str) -> str:
        return self.pattern.sub(self.placeholder, text) if self.pattern is not None and text else text


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that cuts a word in two is widened to the whole word, so no fragment of it is sent."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def _render(text: str, spans: Sequence[_Span], lo: int, hi: int) -> str:
    """text[lo:hi] with the spans inside it replaced; a span that overlaps the window widens it."""
    for span in spans:
        if span.start < hi and span.end > lo:
            lo, hi = min(lo, span.start), max(hi, span.end)
    out: list[str] = []
    position = lo
    for span in spans:
        if span.end <= lo or span.start >= hi:
            continue
        out.append(text[position : span.start])
        out.append(span.placeholder)
        position = span.end
    out.append(text[position:hi])
    return "".join(out)


@dataclass(frozen=True)
class Redaction:
    """The texts as they may be sent, what was withheld, and how to put the originals back."""

    originals: tuple[str, ...] = field(repr=False)
    texts: tuple[str, ...] = field(repr=False)
    placeholders: Mapping[str, str] = field(repr=False, default_factory=dict)  # placeholder -> original
    withheld: tuple[str, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)  # placeholder label -> distinct originals
    _spans: tuple[tuple[_Span, ...], ...] = field(repr=False, default=())
    _matcher: _OriginalMatcher | None = field(repr=False, default=None)

    @property
    def redacted(self) -> bool:
        return bool(self.placeholders)

    def scrub(self, text: str) -> str:
        """Any other string of the same call (a finding's message...) with every known original replaced."""
        return self._matcher.sub(text) if self._matcher is not None else text

    def excerpt(self, index: int, start: int, end: int) -> str:
        """The redacted form of `originals[index][start:end]` (widened to whole placeholders)."""
        text = self.originals[index]
        start, end = max(0, start), min(len(text), end)
        if not self._spans:
            return self.scrub(text[start:end])
        return self.scrub(_render(text, self._spans[index], start, end))

    def restore(self, text: str) -> str:
        """Put the originals back in place of this call's placeholders (for the person, never the LLM)."""
        return PLACEHOLDER.sub(lambda m: self.placeholders.get(m.group(), m.group()), text)

    def summary(self) -> str | None:
        """'Withheld from the writing assistant: a patient's name and a phone number.' or None."""
        if not self.withheld:
            return None
        items = list(self.withheld)
        listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
        return f"Withheld from the writing assistant: {listed}."


def _checked(texts: Sequence[str], reports: Sequence[Report | None]) -> list[Report]:
    if len(texts) != len(reports):
        raise PrivacyCheckError()
    checked: list[Report] = []
    for text, report in zip(texts, reports, strict=True):
        if report is None or not isinstance(report, Report) or report.text != text:
            raise PrivacyCheckError()
        for finding in report.by_check("phi"):
            if not 0 <= finding.start < finding.end <= len(text):
                raise PrivacyCheckError()
        checked.append(report)
    return checked


def redact(texts: Sequence[str], reports: Sequence[Report | None], *, phi_safe: bool = False) -> Redaction:
    """Replace every phi finding's span (and every repeat of it) with a typed placeholder.

    Raises PrivacyCheckError when a report is missing or belongs to another text. With `phi_safe`
    (an endpoint under a business associate agreement) the texts go as they are.
    """
    checked = _checked(texts, reports)
    if phi_safe:
        return Redaction(originals=tuple(texts), texts=tuple(texts))
    taken = {m.group() for text in texts for m in PLACEHOLDER.finditer(text)}
    counters: dict[str, int] = {}
    by_original: dict[str, str] = {}
    placeholders: dict[str, str] = {}
    withheld: list[str] = []
    raw_spans: list[list[tuple[int, int, str]]] = []  # (start, end, label) per text

    for text, report in zip(texts, checked, strict=True):
        spans = sorted(
            (*_widen_to_words(text, f.start, f.end), placeholder_type(f.kind)[0]) for f in report.by_check("phi")
        )
        merged: list[tuple[int, int, str]] = []
        for start, end, label in spans:
            if merged and start < merged[-1][1]:
                last = merged[-1]
                keep = label if end - start > last[1] - last[0] else last[2]
                merged[-1] = (last[0], max(last[1], end), keep)
            else:
                merged.append((start, end, label))
        raw_spans.append(merged)

    def assign(original: str, label: str) -> str:
        key = _normalise(original)
        if key in by_original:
            return by_original[key]
        number = counters.get(label, 0)
        while True:
            number += 1
            candidate = f"[{label}_{number}]"
            if candidate not in taken:
                break
        counters[label] = number
        by_original[key] = candidate
        placeholders[candidate] = original
        phrase = _PHRASES[label]
        if phrase not in withheld:
            withheld.append(phrase)
        return candidate

    final_spans: list[list[_Span]] = []
    for text, merged in zip(texts, raw_spans, strict=True):
        final_spans.append([_Span(s, e, assign(text[s:e], label)) for s, e, label in merged])

    matcher = _OriginalMatcher(placeholders)
    for text, spans in zip(texts, final_spans, strict=True):  # every other occurrence of a flagged original
        for match in matcher.finditer(text):
            if not any(match.start() < s.end and match.end() > s.start for s in spans):
                spans.append(_Span(match.start(), match.end(), matcher.placeholder(match)))
        spans.sort(key=lambda s: s.start)

    spans_tuple = tuple(tuple(spans) for spans in final_spans)
    redacted = tuple(_render(text, spans, 0, len(text)) for text, spans in zip(texts, spans_tuple, strict=True))
    counts: dict[str, int] = {}
    for placeholder in placeholders:
        label = placeholder[1:].rsplit("_", 1)[0]
        counts[label] = counts.get(label, 0) + 1
    return Redaction(
        originals=tuple(texts),
        texts=redacted,
        placeholders=placeholders,
        withheld=tuple(withheld),
        counts=counts,
        _spans=spans_tuple,
        _matcher=matcher,
    )
