"""Masking patient details for display where others can read them (a channel, a shared thread).

A PHI excerpt is masked character by character, so its length and shape stay and the reader can
still see where the problem is: "Jane Smith" -> "J*** S****", "(555) 123-4444" -> "(***) ***-**44".
Because masking keeps every offset, a masked Report renders with any renderer that reads offsets.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.guardrails.findings import Finding, Report

MASK = "*"
# Numbers this long (phone, record and account numbers) keep their last two digits, as a receipt does;
# shorter ones (ages, room numbers) and dates are masked whole.
KEEP_TAIL_FROM_DIGITS = 7
TAIL_DIGITS = 2
_DATE_LIKE = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}")
_DATE_KINDS = frozenset({"date", "dob", "birth_date", "age"})


def mask_excerpt(excerpt: str, kind: str | None = None) -> str:
    """The excerpt with each word reduced to its first letter and its digits hidden; same length."""
    digits = sum(ch.isdigit() for ch in excerpt)
    keep_tail = (
        digits >= KEEP_TAIL_FROM_DIGITS
        and (kind or "").lower() not in _DATE_KINDS
        and not _DATE_LIKE.search(excerpt)
    )
    digits_seen = 0
    out: list[str] = []
    previous_is_letter = False
    for ch in excerpt:
        if ch.isdigit():
            digits_seen += 1
            out.append(ch if keep_tail and digits_seen > digits - TAIL_DIGITS else MASK)
            previous_is_letter = True  # "95th": the letters after digits are the same word
        elif ch.isalpha():
            out.append(MASK if previous_is_letter else ch)
            previous_is_letter = True
        else:
            out.append(ch)
            previous_is_letter = False
    return "".join(out)


def phi_findings(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.check == "phi"]


def mask_text(text: str, report: Report) -> str:
    """`text` (the reviewed text, or a message quoting it) with every PHI excerpt masked."""
    phi = phi_findings(report)
    if not phi:
        return text
    if text == report.text:
        text = _mask_spans(text, phi)
    return _mask_quotes(text, phi)


def mask_report(report: Report) -> Report:
    """The same report with PHI masked in the text, in every excerpt, message and suggestion.

    Excerpts of other checks (a consent finding quoting the patient's name, say) are masked where they
    overlap a PHI span; messages and suggestions have any quoted PHI masked.
    """
    phi = phi_findings(report)
    if not phi:
        return report
    masked_text = _mask_quotes(_mask_spans(report.text, phi), phi)  # every mention, not only the flagged one
    findings = []
    for finding in report.findings:
        if 0 <= finding.start <= finding.end <= len(report.text) and report.text[finding.start : finding.end] == (
            finding.excerpt
        ):
            excerpt = masked_text[finding.start : finding.end]
        else:
            excerpt = _mask_quotes(finding.excerpt, phi)
        findings.append(
            replace(
                finding,
                excerpt=excerpt,
                message=_mask_quotes(finding.message, phi),
                suggestion=_mask_quotes(finding.suggestion, phi) if finding.suggestion else finding.suggestion,
            )
        )
    return replace(report, findings=tuple(findings), text=masked_text)


def _mask_spans(text: str, phi: list[Finding]) -> str:
    chars = list(text)
    for finding in phi:
        start, end = max(0, finding.start), min(len(text), finding.end)
        if end <= start:
            continue
        chars[start:end] = mask_excerpt(text[start:end], finding.kind)
    return "".join(chars)


def _mask_quotes(text: str, phi: list[Finding]) -> str:
    """Mask each PHI excerpt wherever it is quoted in free text (longest first, any case, whole words)."""
    excerpts = sorted({(f.excerpt, f.kind) for f in phi if f.excerpt.strip()}, key=lambda item: -len(item[0]))
    for excerpt, kind in excerpts:
        lead = r"(?<!\w)" if excerpt[0].isalnum() else ""
        tail = r"(?!\w)" if excerpt[-1].isalnum() else ""
        pattern = re.compile(lead + re.escape(excerpt) + tail, re.IGNORECASE)
        text = pattern.sub(lambda match, kind=kind: mask_excerpt(match.group(), kind), text)
    return text
