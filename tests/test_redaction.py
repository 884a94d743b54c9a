"""PHI redaction before any LLM call: typed placeholders, consistency, repeats, fail closed."""

from __future__ import annotations

import dataclasses

import pytest

from bot.guardrails import review
from bot.guardrails.findings import Finding, Report
from bot.llm_errors import PrivacyCheckError
from bot.redaction import placeholder_type, redact


def report_with_phi(text: str, *spans: tuple[str, str]) -> Report:
    """The engine's report on `text`, with phi findings for the given (substring, kind) pairs."""
    findings = []
    for excerpt, kind in spans:
        start = text.index(excerpt)
        end = start + len(excerpt)
        findings.append(Finding("phi", "block", start, end, excerpt, "identifies a patient", None, kind))
    base = review(text)
    return dataclasses.replace(base, findings=tuple(findings) + base.findings, verdict="block")


def test_each_phi_span_becomes_a_typed_placeholder_and_the_person_is_told() -> None:
    text = "Get well soon Maria Lopez! Call her at 555-201-7788 or email maria.l@example.com."
    report = report_with_phi(text, ("Maria Lopez", "name"), ("555-201-7788", "phone"), ("maria.l@example.com", "email"))
    redaction = redact([text], [report])
    assert redaction.texts[0] == "Get well soon [PATIENT_NAME_1]! Call her at [PHONE_1] or email [EMAIL_1]."
    assert redaction.withheld == ("a patient's name", "a phone number", "an email address")
    assert redaction.summary() == (
        "Withheld from the writing assistant: a patient's name, a phone number and an email address."
    )
    assert redaction.restore(redaction.texts[0]) == text


def test_the_same_original_gets_the_same_placeholder_across_the_texts_of_one_call() -> None:
    first = "Sam Reyes was discharged on 3/14."
    second = "Thank you, sam reyes, and thanks to Ana Diaz too."
    reports = [
        report_with_phi(first, ("Sam Reyes", "name"), ("3/14", "date")),
        report_with_phi(second, ("sam reyes", "name"), ("Ana Diaz", "name")),
    ]
    redaction = redact([first, second], reports)
    assert redaction.texts == (
        "[PATIENT_NAME_1] was discharged on [DATE_1].",
        "Thank you, [PATIENT_NAME_1], and thanks to [PATIENT_NAME_2] too.",
    )
    assert redaction.counts == {"PATIENT_NAME": 2, "DATE": 1}


def test_an_original_flagged_once_is_replaced_everywhere_it_appears() -> None:
    text = "Nora is doing great. We love you, NORA!"
    other = "Say hi to Nora for us"
    redaction = redact([text, other], [report_with_phi(text, ("Nora", "name")), review(other)])
    assert "nora" not in " ".join(redaction.texts).lower()
    assert redaction.texts[1] == "Say hi to [PATIENT_NAME_1] for us"
    assert redaction.scrub("a finding about Nora") == "a finding about [PATIENT_NAME_1]"
    assert redaction.scrub("Noralee is another word") == "Noralee is another word"  # whole words only


def test_a_span_cutting_a_word_is_widened_and_overlapping_spans_merge() -> None:
    text = "Room 12B patient Jonathan Q. Public says hi"
    start = text.index("Jonathan")
    findings = (
        Finding("phi", "block", start + 2, start + 8, "nathan", "m", None, "name"),
        Finding("phi", "block", start, start + 18, "Jonathan Q. Public", "m", None, "name"),
        Finding("phi", "block", 0, 8, "Room 12B", "m", None, "room"),
    )
    report = dataclasses.replace(review(text), findings=findings)
    redaction = redact([text], [report])
    assert redaction.texts[0] == "[ROOM_1] patient [PATIENT_NAME_1] says hi"
    assert redaction.excerpt(0, start + 3, start + 5) == "[PATIENT_NAME_1]"


def test_existing_placeholders_in_a_text_are_not_reused_for_new_originals() -> None:
    text = "Version one thanked [PATIENT_NAME_1]; now thank Lee Park"
    redaction = redact([text], [report_with_phi(text, ("Lee Park", "name"))])
    assert redaction.texts[0] == "Version one thanked [PATIENT_NAME_1]; now thank [PATIENT_NAME_2]"


@pytest.mark.parametrize(
    ("kind", "label"),
    [("name", "PATIENT_NAME"), ("phone", "PHONE"), ("date", "DATE"), ("handle", "HANDLE"), ("mrn", "RECORD_NUMBER"),
     ("date_of_birth", "DATE"), ("street-address", "ADDRESS"), ("social_handle", "HANDLE"), (None, "IDENTIFIER"),
     ("something new", "IDENTIFIER")],
)
def test_kinds_map_to_placeholder_types(kind: str | None, label: str) -> None:
    assert placeholder_type(kind)[0] == label


def test_phi_safe_sends_the_original() -> None:
    text = "Get well soon Maria Lopez!"
    redaction = redact([text], [report_with_phi(text, ("Maria Lopez", "name"))], phi_safe=True)
    assert redaction.texts == (text,)
    assert redaction.withheld == ()


def test_no_report_or_a_report_for_another_text_fails_closed() -> None:
    text = "Get well soon Maria Lopez!"
    with pytest.raises(PrivacyCheckError):
        redact([text], [None])
    with pytest.raises(PrivacyCheckError):
        redact([text], [review("some other text")])
    broken = dataclasses.replace(review(text), findings=(Finding("phi", "block", 20, 90, "x", "m", None, "name"),))
    with pytest.raises(PrivacyCheckError):
        redact([text], [broken])
    with pytest.raises(PrivacyCheckError):
        redact([text], [None], phi_safe=True)  # a report is required either way
