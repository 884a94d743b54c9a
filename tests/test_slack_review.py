"""`/review`, its modal and the "Review with guardrails" shortcut, end to end in HTTP mode (no LLM)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.slack_harness import SlackHarness, start_harness
from tests.slack_limits import assert_message_blocks, assert_modal

POLICY = """
terms:
  - term: miracle cure
    severity: block
    reason: Promises a cure.
  - term: suffers from
    replacement: lives with
"""


@pytest.fixture
def app(tmp_path: Path) -> SlackHarness:
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    harness = start_harness(tmp_path, policy_path=policy)
    yield harness
    harness.stop()


def texts_of(blocks: list[dict]) -> str:
    parts: list[str] = []
    for block in blocks:
        if block["type"] in ("section", "header"):
            parts.append(block["text"]["text"])
        elif block["type"] == "context":
            parts.extend(e["text"] for e in block["elements"])
        elif block["type"] == "actions":
            parts.extend(e["text"]["text"] for e in block["elements"])
    return "\n".join(parts)


def view_submission(callback_id: str, values: dict, *, user: str = "U0AUTHOR", metadata: str = "") -> dict:
    return {
        "type": "view_submission",
        "user": {"id": user, "username": user.lower()},
        "view": {
            "id": "V0MODAL",
            "type": "modal",
            "callback_id": callback_id,
            "private_metadata": metadata,
            "state": {"values": values},
        },
    }


def test_review_acks_at_once_and_replies_ephemerally_with_the_report(app: SlackHarness) -> None:
    started = time.monotonic()
    response = app.sender.command("/review", "Our clinic is a miracle cure for back pain.", user="U1", channel="C9")
    assert response.status_code == 200 and time.monotonic() - started < 1.0
    assert response.text == ""  # nothing shown in the channel
    call = app.fake.wait_for("chat.postEphemeral")[0]
    assert call.params["channel"] == "C9" and call.params["user"] == "U1"
    blocks = call.json_param("blocks")
    assert_message_blocks(blocks)
    assert "Blocked" in blocks[0]["text"]["text"]
    text = texts_of(blocks)
    assert "*miracle cure*" in text and "Organisation policy" in text
    assert "guardrail engine alone" in text  # no LLM configured
    assert "Submit for approval" not in text  # a blocked post cannot be submitted
    assert "miracle" not in call.params["text"]  # the notification text never carries the post


def test_platform_option_picks_the_platform_and_a_clean_post_can_be_submitted(app: SlackHarness) -> None:
    app.sender.command("/review", "platform:linkedin Flu shots are in at every clinic this week.")
    blocks = app.fake.wait_for("chat.postEphemeral")[0].json_param("blocks")
    text = texts_of(blocks)
    assert "Length on linkedin" in text and "of 3,000 characters" in text
    submit = blocks[-1]["elements"][0]
    assert submit["action_id"] == "submit_for_approval"
    assert json.loads(submit["value"]) == {
        "text": "Flu shots are in at every clinic this week.",
        "platform": "linkedin",
    }


def test_unknown_platform_is_a_short_private_message(app: SlackHarness) -> None:
    app.sender.command("/review", "platform:myspace Hello there")
    call = app.fake.wait_for("chat.postEphemeral")[0]
    assert call.params["text"].startswith("Cannot review that: unknown platform 'myspace'")
    assert "Traceback" not in call.params["text"]


def test_review_alone_opens_a_modal_and_its_submission_replies_in_the_channel(app: SlackHarness) -> None:
    app.sender.command("/review", "", channel="C7", trigger_id="trig-42")
    opened = app.fake.wait_for("views.open")[0]
    assert opened.params["trigger_id"] == "trig-42"
    view = opened.json_param("view")
    assert_modal(view)

    values = {
        "review_text": {"text": {"type": "plain_text_input", "value": "He suffers from asthma & still runs."}},
        "review_platform": {"platform": {"type": "static_select", "selected_option": {"value": "x"}}},
    }
    response = app.sender.interaction(
        view_submission("review_modal", values, metadata=view["private_metadata"])
    )
    assert response.status_code == 200 and response.text == ""  # the modal closes
    call = app.fake.wait_for("chat.postEphemeral")[0]
    assert call.params["channel"] == "C7"
    text = texts_of(call.json_param("blocks"))
    assert "Revise" in text and "*suffers from*" in text and "lives with" in text and "Length on x" in text


def test_modal_with_no_text_asks_again(app: SlackHarness) -> None:
    values = {"review_text": {"text": {"type": "plain_text_input", "value": "   "}}}
    response = app.sender.interaction(view_submission("review_modal", values, metadata='{"channel": "C1"}'))
    assert response.status_code == 200
    assert response.json() == {"response_action": "errors", "errors": {"review_text": "Paste the post to review."}}
    time.sleep(0.2)
    assert app.fake.calls_to("chat.postEphemeral") == []


def test_shortcut_sends_the_report_by_direct_message(app: SlackHarness) -> None:
    payload = {
        "type": "message_action",
        "callback_id": "review_message",
        "user": {"id": "U2", "username": "u2"},
        "channel": {"id": "C5"},
        "message": {"type": "message", "ts": "1.2", "user": "U3", "text": "Try our miracle cure &amp; feel great"},
        "response_url": "https://hooks.slack.invalid/1",
    }
    response = app.sender.interaction(payload)
    assert response.status_code == 200
    opened = app.fake.wait_for("conversations.open")[0]
    assert opened.params["users"] == "U2"
    post = app.fake.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "DU2"
    blocks = post.json_param("blocks")
    assert_message_blocks(blocks)
    text = texts_of(blocks)
    assert "Blocked" in blocks[0]["text"]["text"]
    assert "Try our *miracle cure* &amp; feel great" in text  # the reviewed message is quoted
    assert app.fake.calls_to("chat.postEphemeral") == []


def test_shortcut_on_a_message_without_text(app: SlackHarness) -> None:
    payload = {
        "type": "message_action",
        "callback_id": "review_message",
        "user": {"id": "U2"},
        "channel": {"id": "C5"},
        "message": {"type": "message", "ts": "1.2", "text": "", "files": [{"id": "F1"}]},
    }
    app.sender.interaction(payload)
    post = app.fake.wait_for("chat.postMessage")[0]
    assert "no text to review" in post.params["text"]


def test_where_the_bot_cannot_post_ephemerally_the_report_goes_by_dm(app: SlackHarness) -> None:
    app.fake.respond("chat.postEphemeral", {"ok": False, "error": "channel_not_found"})
    app.sender.command("/review", "Flu shots are in.", user="U4", channel="G0PRIVATE")
    post = app.fake.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "DU4"
    assert "Pass" in post.json_param("blocks")[0]["text"]["text"]


def test_slack_rate_limit_is_retried_after_the_pause_it_asks_for(app: SlackHarness) -> None:
    app.fake.respond("chat.postEphemeral", {"ok": False, "error": "ratelimited"}, status=429,
                     headers={"Retry-After": "1"})
    started = time.monotonic()
    app.sender.command("/review", "Flu shots are in.")
    calls = app.fake.wait_for("chat.postEphemeral", 2)
    assert time.monotonic() - started >= 0.9
    assert calls[0].params == calls[1].params


def test_an_unexpected_failure_is_a_short_apology_not_a_traceback(app: SlackHarness, caplog) -> None:
    app.fake.respond("chat.postEphemeral", {"ok": False, "error": "invalid_blocks"})
    app.sender.command("/review", "Our miracle cure works", user="U5", channel="C1")
    calls = app.fake.wait_for("chat.postEphemeral", 2)
    assert "problem on our side" in calls[1].params["text"]
    assert "blocks" not in calls[1].params or not calls[1].params["blocks"]
    assert "miracle" not in caplog.text
