"""`/draft` end to end in HTTP mode: the fake Slack Web API and the fake OpenAI-compatible server."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.drafting_options import DraftOptions
from tests.fakes.llm_server import FakeLLMServer
from tests.slack_harness import SlackHarness, start_harness, start_llm_harness
from tests.slack_limits import assert_message_blocks, assert_modal
from tests.test_slack_review import POLICY, texts_of, view_submission

DRAFT = {
    "post": "Flu shots are free at all our clinics this week. Walk in, no appointment needed.",
    "hashtags": ["#FluSeason"],
    "sources": ["CDC: https://www.cdc.gov/flu"],
    "image_alt_text": "A nurse giving a flu shot.",
}


@pytest.fixture
def llm() -> Iterator[FakeLLMServer]:
    server = FakeLLMServer(lambda body: DRAFT).start()
    yield server
    server.stop()


@pytest.fixture
def app(tmp_path: Path, llm: FakeLLMServer) -> Iterator[SlackHarness]:
    harness = start_llm_harness(tmp_path, llm.url, POLICY)
    yield harness
    harness.stop()


def dm_blocks(app: SlackHarness, count: int = 1) -> list[list[dict]]:
    return [call.json_param("blocks") for call in app.fake.wait_for("chat.postMessage", count)]


def actions_of(blocks: list[dict]) -> dict[str, dict]:
    return {e["action_id"]: e for b in blocks if b["type"] == "actions" for e in b["elements"]}


def test_draft_acks_at_once_and_the_draft_arrives_by_dm(app: SlackHarness, llm: FakeLLMServer) -> None:
    started = time.monotonic()
    response = app.sender.command("/draft", "platform:x audience:caregivers Free flu shots this week", user="U1")
    assert response.status_code == 200 and time.monotonic() - started < 1.0
    assert "Drafting a post for X" in response.text
    post = app.fake.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "DU1"
    blocks = post.json_param("blocks")
    assert_message_blocks(blocks)
    text = texts_of(blocks)
    assert blocks[0]["text"]["text"] == "Draft for X"
    assert "Flu shots are free at all our clinics" in text and "#FluSeason" in text
    assert "CDC: https://www.cdc.gov/flu" in text and "A nurse giving a flu shot." in text
    assert "Pass" in text or "Revise" in text  # its review
    buttons = actions_of(blocks)
    assert set(buttons) == {"draft_regenerate", "draft_edit", "submit_for_approval"}
    draft_id = buttons["draft_regenerate"]["value"]
    assert json.loads(buttons["submit_for_approval"]["value"]) == {"draft_id": draft_id}
    stored = app.services.drafting.get(draft_id)
    assert stored.author == "U1" and stored.platform == "x" and stored.options.audience == "caregivers"
    assert stored.model == "fake-model" and stored.prompt_version
    assert "Free flu shots this week" in llm.all_sent_text()


def test_draft_for_all_platforms_sends_one_draft_each(app: SlackHarness) -> None:
    app.sender.command("/draft", "platform:all Kidney Day screenings")
    count = len(DraftOptions(topic="t").platforms(app.services.policy))  # the policy's cadence, or all six
    headers = {b[0]["text"]["text"] for b in dm_blocks(app, count)}
    assert len(headers) == count


def test_bad_options_are_answered_in_the_acknowledgement(app: SlackHarness, llm: FakeLLMServer) -> None:
    response = app.sender.command("/draft", "platform:myspace Flu shots")
    assert "Unknown platform 'myspace'" in response.text
    time.sleep(0.3)
    assert llm.requests == [] and app.fake.calls_to("chat.postMessage") == []


def test_draft_alone_opens_the_options_modal(app: SlackHarness) -> None:
    app.sender.command("/draft", "", channel="C2", trigger_id="trig-draft")
    opened = app.fake.wait_for("views.open")[0]
    view = opened.json_param("view")
    assert_modal(view)
    assert opened.params["trigger_id"] == "trig-draft"
    assert [b["block_id"] for b in view["blocks"]] == [
        "draft_topic", "draft_platform", "draft_audience", "draft_tone", "draft_cta", "draft_source",
    ]
    values = {
        "draft_topic": {"value": {"type": "plain_text_input", "value": "Free flu shots"}},
        "draft_platform": {"value": {"type": "static_select", "selected_option": {"value": "linkedin"}}},
        "draft_audience": {"value": {"type": "static_select", "selected_option": {"value": "clinicians"}}},
        "draft_tone": {"value": {"type": "plain_text_input", "value": "upbeat"}},
        "draft_cta": {"value": {"type": "plain_text_input", "value": None}},
        "draft_source": {"value": {"type": "plain_text_input", "value": "CDC"}},
    }
    response = app.sender.interaction(view_submission("draft_modal", values, metadata=view["private_metadata"]))
    assert response.status_code == 200 and response.text == ""
    blocks = dm_blocks(app)[0]
    assert blocks[0]["text"]["text"] == "Draft for LinkedIn"
    draft = app.services.drafting.get(actions_of(blocks)["draft_edit"]["value"])
    assert (draft.options.audience, draft.options.tone, draft.options.source) == ("clinicians", "upbeat", "CDC")


def test_options_modal_without_a_topic_asks_for_one(app: SlackHarness) -> None:
    values = {"draft_topic": {"value": {"type": "plain_text_input", "value": "  "}}}
    response = app.sender.interaction(view_submission("draft_modal", values, metadata='{"channel": "C1"}'))
    body = response.json()
    assert body["response_action"] == "errors" and "draft_topic" in body["errors"]


def test_regenerate_updates_the_message_in_place(app: SlackHarness, llm: FakeLLMServer) -> None:
    app.sender.command("/draft", "platform:x Flu shots", user="U1")
    first = dm_blocks(app)[0]
    draft_id = actions_of(first)["draft_regenerate"]["value"]
    llm.answer({**DRAFT, "post": "A second take: flu shots are free this week at every clinic."})
    app.sender.block_action("draft_regenerate", draft_id, user="U1", channel="DU1", message_ts="5.000001")
    updates = app.fake.wait_for("chat.update", 2)
    assert all(u.params["channel"] == "DU1" and u.params["ts"] == "5.000001" for u in updates)
    assert "Writing a new version" in texts_of(updates[0].json_param("blocks"))
    assert "draft_regenerate" not in actions_of(updates[0].json_param("blocks"))  # no double clicks meanwhile
    final = updates[1].json_param("blocks")
    assert final[0]["text"]["text"] == "Draft for X (regenerated)" and "A second take" in texts_of(final)
    assert app.services.drafting.get(draft_id).version == 2


def test_edit_opens_a_modal_and_the_edit_is_reviewed_again(app: SlackHarness) -> None:
    app.sender.command("/draft", "platform:x Flu shots", user="U1")
    draft_id = actions_of(dm_blocks(app)[0])["draft_edit"]["value"]
    app.sender.block_action("draft_edit", draft_id, user="U1", channel="DU1", message_ts="6.000001")
    opened = app.fake.wait_for("views.open")[0]
    view = opened.json_param("view")
    assert_modal(view)
    assert view["blocks"][0]["element"]["initial_value"].startswith("Flu shots are free")

    edited = {"draft_text": {"value": {"type": "plain_text_input", "value": "Our miracle cure for flu is here."}}}
    app.sender.interaction(view_submission("draft_edit_modal", edited, user="U1", metadata=view["private_metadata"]))
    update = app.fake.wait_for("chat.update")[0]
    assert (update.params["channel"], update.params["ts"]) == ("DU1", "6.000001")
    blocks = update.json_param("blocks")
    assert blocks[0]["text"]["text"] == "Draft for X (edited by you)"
    assert "Blocked" in texts_of(blocks) and "*miracle cure*" in texts_of(blocks)
    assert "submit_for_approval" not in actions_of(blocks)  # a blocked text cannot be submitted
    draft = app.services.drafting.get(draft_id)
    assert draft.version == 2 and draft.origin == "edited" and draft.blocked


def test_empty_edit_is_refused_in_the_form(app: SlackHarness) -> None:
    edited = {"draft_text": {"value": {"type": "plain_text_input", "value": ""}}}
    response = app.sender.interaction(view_submission("draft_edit_modal", edited, metadata='{"draft_id": "dr_x"}'))
    assert response.json()["response_action"] == "errors"


@pytest.mark.parametrize("trouble", ["down", "slow", "rate_limited", "nonsense", "not_json"])
def test_llm_trouble_is_a_short_message_with_retry_and_the_request_is_kept(
    app: SlackHarness, llm: FakeLLMServer, trouble: str, caplog: pytest.LogCaptureFixture
) -> None:
    if trouble == "down":
        llm.fail(503)
    elif trouble == "slow":
        llm.slow(3.0)
    elif trouble == "rate_limited":
        llm.fail(429)
    elif trouble == "nonsense":
        llm.answer({"unexpected": "shape"})
    else:
        llm.malformed()
    app.sender.command("/draft", "platform:x Flu shots for Mr. Doe", user="U1", channel="C1")
    failure = app.fake.wait_for("chat.postEphemeral")[0]
    assert failure.params["channel"] == "C1" and failure.params["user"] == "U1"
    blocks = failure.json_param("blocks")
    assert "Traceback" not in json.dumps(blocks) and "Retry" in texts_of(blocks)
    retry = actions_of(blocks)["draft_retry"]
    request_id = json.loads(retry["value"])["request"]
    assert app.services.drafting.request(request_id).status == "failed"
    assert app.fake.calls_to("chat.postMessage") == []

    app.sender.block_action("draft_retry", retry["value"], user="U1", channel="C1")
    blocks = dm_blocks(app)[0]
    assert blocks[0]["text"]["text"] == "Draft for X"
    assert app.services.drafting.request(request_id).status == "done"
    assert "Mr. Doe" not in caplog.text and "Flu shots are free" not in caplog.text


def test_other_work_goes_on_while_the_llm_is_down(app: SlackHarness, llm: FakeLLMServer) -> None:
    llm.fail(500, times=10)
    app.sender.command("/draft", "platform:x Flu shots", user="U1", channel="C1")
    app.fake.wait_for("chat.postEphemeral")
    app.sender.command("/review", "Flu shots are in.", user="U2", channel="C1")
    reports = app.fake.wait_for("chat.postEphemeral", 2)
    assert reports[1].params["user"] == "U2" and "Pass" in reports[1].json_param("blocks")[0]["text"]["text"]


def test_without_an_llm_drafting_says_what_it_needs(tmp_path: Path) -> None:
    harness = start_harness(tmp_path)
    try:
        response = harness.sender.command("/draft", "platform:x Flu shots")
        assert "OPENAI_API_KEY" in response.text and "/review" in response.text
        empty = harness.sender.command("/draft", "")
        assert "OPENAI_API_KEY" in empty.text
        time.sleep(0.3)
        assert harness.fake.calls_to("views.open") == [] and harness.fake.calls_to("chat.postMessage") == []
    finally:
        harness.stop()


def test_retry_after_a_partial_failure_sends_only_the_missing_drafts(app: SlackHarness, llm: FakeLLMServer) -> None:
    count = len(DraftOptions(topic="t").platforms(app.services.policy))
    llm.fail(503)  # one platform's call fails, the others are answered
    app.sender.command("/draft", "platform:all Kidney Day screenings", user="U1", channel="C1")
    failure = app.fake.wait_for("chat.postEphemeral")[0]
    app.fake.wait_for("chat.postMessage", count - 1)
    assert f"The {count - 1} drafts already written are above" in texts_of(failure.json_param("blocks"))
    retry = actions_of(failure.json_param("blocks"))["draft_retry"]["value"]

    app.sender.block_action("draft_retry", retry, user="U1", channel="C1")
    posts = app.fake.wait_for("chat.postMessage", count)
    time.sleep(0.3)
    assert len(app.fake.calls_to("chat.postMessage")) == count  # the missing one only
    assert len({p.json_param("blocks")[0]["text"]["text"] for p in posts}) == count

    app.sender.block_action("draft_retry", retry, user="U1", channel="C1")  # a second click, once done
    done = app.fake.wait_for("chat.postEphemeral", 2)[1]
    assert "already done" in done.params["text"]
    assert len(app.fake.calls_to("chat.postMessage")) == count
