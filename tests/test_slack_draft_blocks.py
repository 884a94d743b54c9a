"""Block Kit for drafts: within Slack's limits whatever the draft, and the forms' fields."""

from __future__ import annotations

import json

import pytest

from bot.drafting import Draft, DraftOptions
from bot.drafting_options import DraftOptionsError
from bot.guardrails.findings import Finding, PlatformInfo, Readability, Report, verdict_for
from handlers.slack.draft_blocks import (
    AUDIENCE_BLOCK,
    CTA_BLOCK,
    TONE_BLOCK,
    TOPIC_BLOCK,
    draft_blocks,
    draft_fallback,
    draft_modal,
    edit_modal,
    failure_blocks,
    option_error_block,
    options_from_modal,
)
from tests.slack_limits import assert_message_blocks, assert_modal


def make_draft(text: str, findings: list[Finding] = (), **extra) -> Draft:
    report = Report(verdict_for(findings), tuple(findings), Readability(7.0, 8.0), PlatformInfo("x", len(text), 280),
                    text)
    values = dict(
        id="dr_1", version=1, platform="x", text=text, post=text, hashtags=(), sources=("CDC",),
        image_alt_text="A nurse.", report=report, topic="flu", options=DraftOptions(topic="flu", platform="x"),
        author="U1", actor="U1", model="m", prompt_version="draft@1", attempts=1,
    )
    values.update(extra)
    return Draft(**values)


def actions_of(blocks: list[dict]) -> list[str]:
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def test_a_draft_with_hundreds_of_findings_and_a_huge_text_stays_within_limits() -> None:
    text = "word " * 20_000
    findings = [Finding("tone", "warn", i * 5, i * 5 + 4, "word", "m" * 400, "s" * 400) for i in range(400)]
    draft = make_draft(text, findings, withheld=("a patient's name",), sources=tuple("s" * 900 for _ in range(20)))
    blocks = draft_blocks(draft)
    assert_message_blocks(blocks)
    assert "shortened here" in blocks[1]["text"]["text"]
    assert actions_of(blocks) == ["draft_regenerate", "draft_edit", "submit_for_approval"]


def test_blocked_draft_has_no_submit_and_says_what_was_withheld_and_what_to_fill_in() -> None:
    text = "Welcome home, [PATIENT_NAME_1]! Our miracle cure worked."
    start = text.index("miracle cure")
    draft = make_draft(text, [Finding("claim", "block", start, start + 12, "miracle cure", "Promises a cure.")],
                       withheld=("a patient's name",), attempts=2)
    blocks = draft_blocks(draft)
    flat = json.dumps(blocks, ensure_ascii=False)
    assert actions_of(blocks) == ["draft_regenerate", "draft_edit"]
    assert "Withheld from the writing assistant: a patient's name." in flat
    assert "[PATIENT_NAME_1]" in flat and "written permission" in flat
    assert "first attempt was blocked" in flat
    assert "blocked" in draft_fallback(draft) and "miracle" not in draft_fallback(draft)


def test_working_state_replaces_the_buttons() -> None:
    blocks = draft_blocks(make_draft("Flu shots are in."), working="Writing a new version…")
    assert actions_of(blocks) == [] and "Writing a new version…" in json.dumps(blocks, ensure_ascii=False)


def test_modals_are_within_limits_and_read_back() -> None:
    view = draft_modal("C1")
    assert_modal(view)
    assert_modal(edit_modal(make_draft("x" * 3000), channel="D1", ts="1.2"))
    submitted = {"state": {"values": {
        TOPIC_BLOCK: {"value": {"value": "Kidney Day"}},
        AUDIENCE_BLOCK: {"value": {"selected_option": {"value": "job seekers"}}},
        TONE_BLOCK: {"value": {"value": None}},
        CTA_BLOCK: {"value": {"value": "Apply now"}},
    }}}
    options = options_from_modal(submitted)
    assert (options.topic, options.platform, options.audience, options.tone, options.call_to_action) == (
        "Kidney Day", "all", "job seekers", None, "Apply now",
    )
    with pytest.raises(DraftOptionsError):
        options_from_modal({"state": {"values": {}}})


def test_option_errors_land_on_their_field() -> None:
    assert option_error_block("tone is too long; keep it under 80 characters.") == TONE_BLOCK
    assert option_error_block("call to action is too long") == CTA_BLOCK
    assert option_error_block("Say what the post is about") == TOPIC_BLOCK


def test_failure_message_keeps_the_request_for_retry() -> None:
    blocks = failure_blocks("The writing assistant is not answering right now.", "req_1", done=2)
    assert_message_blocks(blocks)
    assert "2 drafts already written" in blocks[0]["text"]["text"]
    assert blocks[1]["elements"][0] == {**blocks[1]["elements"][0], "action_id": "draft_retry", "value": "req_1"}
