"""Masking PHI excerpts for display in a channel."""

from __future__ import annotations

from bot.guardrails.findings import Finding, PlatformInfo, Readability, Report, verdict_for
from bot.masking import mask_excerpt, mask_report, mask_text


def _report(text: str, findings: list[Finding]) -> Report:
    return Report(
        verdict=verdict_for(findings),
        findings=tuple(findings),
        readability=Readability(grade=6.0, target=8.0),
        platform=PlatformInfo(name=None, length=len(text), limit=None),
        text=text,
    )


def _phi(text: str, excerpt: str, kind: str | None = None) -> Finding:
    start = text.index(excerpt)
    return Finding("phi", "block", start, start + len(excerpt), excerpt, "This identifies a patient.", None, kind)


def test_names_keep_their_initials() -> None:
    assert mask_excerpt("Jane Smith", "name") == "J*** S****"
    assert mask_excerpt("Mary-Ann O'Neil") == "M***-A** O'N***"


def test_phone_numbers_keep_their_last_two_digits() -> None:
    assert mask_excerpt("(555) 123-4444", "phone") == "(***) ***-**44"
    assert mask_excerpt("MRN 00482913") == "M** ******13"


def test_short_numbers_and_dates_are_masked_whole() -> None:
    assert mask_excerpt("room 12") == "r*** **"
    assert mask_excerpt("03/14/1962") == "**/**/****"
    assert mask_excerpt("19620314", "date") == "********"
    assert mask_excerpt("95th birthday", "age") == "**** b*******"


def test_masking_keeps_length_and_hides_every_letter_but_initials() -> None:
    for excerpt in ("José Núñez", "jane.doe@mail.example", "the only child in our county with a rare disease"):
        masked = mask_excerpt(excerpt)
        assert len(masked) == len(excerpt)
        assert masked != excerpt


def test_mask_report_masks_text_excerpts_and_quotes() -> None:
    text = "Get well soon Jane Smith! Call her at (555) 123-4444. We shared Jane Smith's story."
    name = _phi(text, "Jane Smith", "name")
    phone = _phi(text, "(555) 123-4444", "phone")
    consent_start = text.index("We shared")
    consent = Finding(
        "consent", "block", consent_start, len(text), text[consent_start:],
        "A patient story needs the patient's permission.", "Ask Jane Smith for written consent.",
    )
    report = _report(text, [name, phone, consent])

    masked = mask_report(report)

    assert "Jane" not in masked.text and "123-4444" not in masked.text
    assert len(masked.text) == len(text)
    assert masked.findings[0].excerpt == "J*** S****"
    assert masked.findings[1].excerpt == "(***) ***-**44"
    # The consent finding's excerpt is the text itself: still shown, only its PHI masked (the
    # second mention of the name is not a PHI finding but the same words, masked as a quote).
    assert masked.findings[2].excerpt.startswith("We shared ")
    assert "Jane" not in masked.findings[2].suggestion
    assert masked.findings[2].suggestion == "Ask J*** S**** for written consent."
    assert masked.verdict == report.verdict
    # the original is untouched
    assert report.findings[0].excerpt == "Jane Smith"


def test_a_report_without_phi_is_returned_as_it_is() -> None:
    text = "Flu shots are in!"
    report = _report(text, [])
    assert mask_report(report) is report
    assert mask_text("anything", report) == "anything"


def test_mask_text_masks_quotes_in_other_text() -> None:
    text = "Thanks, Ravi Patel, for visiting."
    report = _report(text, [_phi(text, "Ravi Patel", "name")])
    assert mask_text("about RAVI PATEL today", report) == "about R*** P**** today"
    assert mask_text(text, report) == "Thanks, R*** P****, for visiting."


def test_quotes_are_matched_as_whole_words() -> None:
    text = "Nora is home. Noradrenaline is a hormone."
    report = _report(text, [_phi(text, "Nora", "name")])
    assert mask_report(report).text == "N*** is home. Noradrenaline is a hormone."
