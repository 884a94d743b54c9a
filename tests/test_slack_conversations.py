"""Conversations over HTTP: signed message and app_mention events, the fake Slack Web API and the fake LLM."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bot.guardrails.findings import Finding, verdict_for
from bot.threads import DraftThreads
from handlers.slack import conversations, watch
from tests.fakes.llm_server import FakeLLMServer
from tests.fakes.slack_api import BOT_ID, BOT_USER_ID
from tests.slack_harness import SlackHarness, start_harness

DM = "D0AUTHOR"
CHANNEL = "C0TEAM"
AUTHOR = "U0AUTHOR"
POLICY = """
terms:
  - term: synergy
    replacement: working together
    severity: warn
"""
_ts = iter(range(1, 1_000_000))


def new_ts() -> str:
    return f"{int(time.time())}.{next(_ts):06d}"


def dm(text: str, *, user: str = AUTHOR, thread_ts: str | None = None, **extra) -> dict:
    ts = new_ts()
    event = {"type": "message", "channel": DM, "channel_type": "im", "user": user, "text": text, "ts": ts,
             "event_ts": ts, **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def mention(text: str, *, user: str = AUTHOR, thread_ts: str | None = None, channel: str = CHANNEL) -> dict:
    ts = new_ts()
    event = {"type": "app_mention", "channel": channel, "user": user, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts,
             "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def channel_reply(text: str, thread_ts: str, *, user: str = AUTHOR) -> dict:
    ts = new_ts()
    return {"type": "message", "channel": CHANNEL, "channel_type": "channel", "user": user, "text": text, "ts": ts,
            "event_ts": ts, "thread_ts": thread_ts}


def blocks_text(call) -> str:
    return json.dumps(call.json_param("blocks") or []) + (call.params.get("text") or "")


def _harness(tmp_path: Path, llm: FakeLLMServer | None = None) -> SlackHarness:
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    settings = {"policy_path": policy}
    if llm is not None:
        settings.update(openai_base_url=llm.url, openai_api_key="test", llm_max_retries=0)
    return start_harness(tmp_path, features=(watch, conversations), **settings)


@pytest.fixture
def slack_only(tmp_path: Path):
    harness = _harness(tmp_path)
    yield harness
    harness.stop()


@pytest.fixture
def llm():
    server = FakeLLMServer().start()
    yield server
    server.stop()


@pytest.fixture
def with_llm(tmp_path: Path, llm: FakeLLMServer):
    harness = _harness(tmp_path, llm)
    yield harness
    harness.stop()


def post(text: str, **extra) -> dict:
    return {"post": text, "hashtags": [], "sources": ["CDC: https://www.cdc.gov/diabetes"], **extra}


def wait_until(check, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.02)


# --- reviews ------------------------------------------------------------------------------------


def test_a_review_in_a_direct_message_is_answered_in_its_thread(slack_only: SlackHarness) -> None:
    event = dm("review: Our teams bring synergy to flu season.")
    assert slack_only.sender.event(event).status_code == 200
    [reply] = slack_only.fake.wait_for("chat.postMessage")
    assert (reply.params["channel"], reply.params["thread_ts"]) == (DM, event["ts"])
    shown = blocks_text(reply)
    assert "working together" in shown
    assert "guardrail engine alone" in shown  # no LLM configured, and the report says so


def test_is_this_ok_to_post_is_a_review(slack_only: SlackHarness) -> None:
    event = dm("is this OK to post on X? Flu shots are in at the main clinic this week.")
    slack_only.sender.event(event)
    [reply] = slack_only.fake.wait_for("chat.postMessage")
    assert reply.params["thread_ts"] == event["ts"]
    assert "Length on x" in blocks_text(reply)


def _with_patient_name(harness: SlackHarness, name: str) -> None:
    real_review = harness.services.review

    def review(text: str, platform: str | None = None):
        report = real_review(text, platform)
        start = text.find(name)
        if start < 0:
            return report
        finding = Finding("phi", "block", start, start + len(name), name, "This names a patient.", None, "name")
        findings = (finding, *report.findings)
        return replace(report, findings=findings, verdict=verdict_for(findings))

    harness.services.review = review


def test_a_mention_in_a_channel_masks_patient_details_and_whispers_them(slack_only: SlackHarness) -> None:
    _with_patient_name(slack_only, "Jane Smith")
    event = mention("is this ok to post? Get well soon Jane Smith, from the whole fourth floor!")
    slack_only.sender.event(event)
    [reply] = slack_only.fake.wait_for("chat.postMessage")
    assert (reply.params["channel"], reply.params["thread_ts"]) == (CHANNEL, event["ts"])
    assert "Jane" not in blocks_text(reply) and "J*** S****" in blocks_text(reply)
    [private] = slack_only.fake.wait_for("chat.postEphemeral")
    assert (private.params["user"], private.params["channel"]) == (AUTHOR, CHANNEL)
    assert "Jane Smith" in blocks_text(private)


def test_in_a_direct_message_nothing_is_masked(slack_only: SlackHarness) -> None:
    _with_patient_name(slack_only, "Jane Smith")
    slack_only.sender.event(dm("review: Get well soon Jane Smith!"))
    [reply] = slack_only.fake.wait_for("chat.postMessage")
    assert "Jane Smith" in blocks_text(reply)
    time.sleep(0.2)
    assert slack_only.fake.calls_to("chat.postEphemeral") == []


def test_review_it_in_a_thread_reviews_the_message_that_started_it(slack_only: SlackHarness) -> None:
    root = new_ts()
    slack_only.fake.respond("conversations.replies", {"ok": True, "messages": [
        {"type": "message", "user": "U0COLLEAGUE", "ts": root, "text": "Synergy is our word of the year!"}]})
    slack_only.sender.event(mention("review it", thread_ts=root))
    [reply] = slack_only.fake.wait_for("chat.postMessage")
    assert reply.params["thread_ts"] == root
    assert "working together" in blocks_text(reply)
    [read] = slack_only.fake.calls_to("conversations.replies")
    assert (read.params["channel"], read.params["ts"]) == (CHANNEL, root)


# --- help, questions, and what is left alone ---------------------------------------------------


def test_help_and_an_empty_mention(slack_only: SlackHarness) -> None:
    slack_only.sender.event(dm("help"))
    slack_only.sender.event(mention(""))
    replies = slack_only.fake.wait_for("chat.postMessage", 2)
    assert all("draft a LinkedIn post" in blocks_text(r) for r in replies)


def test_an_unclear_request_gets_one_short_question(slack_only: SlackHarness) -> None:
    event = dm("Flu shots are free this week at all clinics! #FluSeason")
    slack_only.sender.event(event)
    [reply] = slack_only.fake.wait_for("chat.postMessage")
    assert reply.params["thread_ts"] == event["ts"]
    assert "review" in reply.params["text"] and "draft" in reply.params["text"]
    assert len(reply.params["text"]) < 200


def test_thanks_gets_a_reaction_not_a_reply(slack_only: SlackHarness) -> None:
    event = dm("thanks!")
    slack_only.sender.event(event)
    [reaction] = slack_only.fake.wait_for("reactions.add")
    assert (reaction.params["timestamp"], reaction.params["name"]) == (event["ts"], "+1")
    assert slack_only.fake.calls_to("chat.postMessage") == []


def test_bots_edits_and_slacks_retries_are_left_alone(slack_only: SlackHarness) -> None:
    ignored = [
        dm("review: from another bot", bot_id="B0OTHER"),
        dm("review: from CarePost", user=BOT_USER_ID, bot_id=BOT_ID),
        {**dm("review: edited"), "subtype": "message_changed"},
        {"type": "message", "channel": CHANNEL, "channel_type": "channel", "user": AUTHOR, "ts": new_ts(),
         "text": "review: a plain channel message in a channel nobody watches"},
        channel_reply("shorter", new_ts()),  # a thread CarePost has no draft in
    ]
    for event in ignored:
        assert slack_only.sender.event(event).status_code == 200
    once = dm("help")
    slack_only.sender.event(once, event_id="EvDM1")
    retry = slack_only.sender.event(once, event_id="EvDM1", headers={"x-slack-retry-num": "1",
                                                                     "x-slack-retry-reason": "http_timeout"})
    assert retry.status_code == 200
    slack_only.fake.wait_for("chat.postMessage")
    time.sleep(0.3)
    assert len(slack_only.fake.calls_to("chat.postMessage")) == 1


def test_a_draft_request_without_an_llm_says_how_to_get_one(slack_only: SlackHarness) -> None:
    slack_only.sender.event(dm("draft a LinkedIn post for World Diabetes Day for caregivers"))
    [reply] = slack_only.fake.wait_for("chat.postMessage")
    assert "OPENAI_API_KEY" in reply.params["text"]


# --- drafts and their threads -------------------------------------------------------------------


def _draft_context(request) -> dict:
    data = json.loads(request.messages[-1]["content"].split("\n\n", 1)[1])
    return data


def test_a_draft_in_plain_words_is_written_shown_in_its_thread_and_refined_there(
    with_llm: SlackHarness, llm: FakeLLMServer
) -> None:
    llm.answer(post("World Diabetes Day is November 14. Learn the signs of diabetes and how to support "
                    "someone you care for."))
    request = dm("draft a LinkedIn post for World Diabetes Day for caregivers")
    with_llm.sender.event(request)
    [working] = with_llm.fake.wait_for("chat.postMessage")
    assert (working.params["channel"], working.params["thread_ts"]) == (DM, request["ts"])
    [shown] = with_llm.fake.wait_for("chat.update")
    assert "Draft for LinkedIn" in blocks_text(shown)
    sent = _draft_context(llm.requests[0])
    assert sent["context"] == {"platform": "linkedin", "audience": "caregivers"}
    assert sent["topic"] == "World Diabetes Day"
    [held] = wait_until(lambda: DraftThreads(with_llm.store).drafts_in(DM, request["ts"]))
    first = with_llm.services.drafting.get(held.draft_id)
    assert (first.version, first.platform, first.author) == (1, "linkedin", AUTHOR)

    llm.answer(post("World Diabetes Day is November 14. Know the signs."))
    with_llm.sender.event(dm("shorter", thread_ts=request["ts"]))
    with_llm.fake.wait_for("chat.update", 2)
    refined = wait_until(lambda: with_llm.services.drafting.get(held.draft_id).version == 2)
    assert refined
    second = with_llm.services.drafting.get(held.draft_id)
    assert (second.origin, second.instruction, second.text.startswith("World Diabetes Day is November 14. Know"))\
        == ("refined", "shorter", True)
    refine_sent = _draft_context(llm.requests[-1])
    assert refine_sent["instruction"] == "shorter" and "version_1" in refine_sent
    replies = with_llm.fake.calls_to("chat.postMessage")
    assert all(r.params.get("thread_ts") == request["ts"] for r in replies), "never a new top-level message"
    assert "v2" in blocks_text(with_llm.fake.calls_to("chat.update")[-1])


def test_in_a_channel_only_the_author_or_a_mention_refines(with_llm: SlackHarness, llm: FakeLLMServer) -> None:
    llm.answer(post("Hand washing stops germs. Wash for 20 seconds with soap."))
    request = mention("write an Instagram post about hand washing")
    with_llm.sender.event(request)
    [held] = wait_until(lambda: DraftThreads(with_llm.store).drafts_in(CHANNEL, request["ts"]))
    with_llm.fake.wait_for("chat.update")
    calls_before = len(llm.requests)

    with_llm.sender.event(channel_reply("I love this one", request["ts"], user="U0COLLEAGUE"))
    time.sleep(0.4)
    assert len(llm.requests) == calls_before, "a colleague chatting in the thread starts nothing"

    llm.answer(post("Wash your hands for 20 seconds with soap. It stops germs."))
    with_llm.sender.event(channel_reply("friendlier", request["ts"]))
    assert wait_until(lambda: with_llm.services.drafting.get(held.draft_id).version == 2)

    llm.answer(post("Clean hands stop germs. Wash for 20 seconds with soap and water."))
    with_llm.sender.event(mention("add a source", thread_ts=request["ts"], user="U0COLLEAGUE"))
    assert wait_until(lambda: with_llm.services.drafting.get(held.draft_id).version == 3)
    assert with_llm.services.drafting.get(held.draft_id).actor == "U0COLLEAGUE"


def test_a_reply_under_a_draft_sent_by_the_draft_command_refines_it(
    with_llm: SlackHarness, llm: FakeLLMServer
) -> None:
    from bot.drafting import parse_draft_options
    from handlers.slack.draft_blocks import draft_blocks

    llm.answer(post("Our flu clinic is open Saturday from 9 to 1."))
    [made] = with_llm.services.drafting.create(parse_draft_options("platform:facebook flu clinic"), AUTHOR)
    draft_message_ts = new_ts()
    with_llm.fake.respond("conversations.replies", {"ok": True, "messages": [
        {"type": "message", "bot_id": BOT_ID, "user": BOT_USER_ID, "ts": draft_message_ts, "text": "Your draft",
         "blocks": draft_blocks(made)}]})
    llm.answer(post("Flu clinic: Saturday, 9 to 1. Walk in!"))
    with_llm.sender.event(dm("make it punchier", thread_ts=draft_message_ts))
    assert wait_until(lambda: with_llm.services.drafting.get(made.id).version == 2)
    [held] = DraftThreads(with_llm.store).drafts_in(DM, draft_message_ts)
    assert held.draft_id == made.id


def test_a_request_for_every_platform_then_one_platform_named(with_llm: SlackHarness, llm: FakeLLMServer) -> None:
    request = dm("draft a post about flu shots for all platforms")
    with_llm.sender.event(request)
    held = wait_until(lambda: len(DraftThreads(with_llm.store).drafts_in(DM, request["ts"])) == 6
                      and DraftThreads(with_llm.store).drafts_in(DM, request["ts"]))
    assert held, "one draft a platform (this policy plans no cadence: all six)"
    platforms = {with_llm.services.drafting.get(h.draft_id).platform: h.draft_id for h in held}
    assert set(platforms) == {"x", "threads", "instagram", "facebook", "linkedin", "tiktok"}

    with_llm.sender.event(dm("make the Instagram one shorter", thread_ts=request["ts"]))
    assert wait_until(lambda: with_llm.services.drafting.get(platforms["instagram"]).version == 2)
    time.sleep(0.3)
    assert all(with_llm.services.drafting.get(platforms[p]).version == 1 for p in platforms if p != "instagram")


def test_the_llm_down_keeps_the_request_and_offers_retry(with_llm: SlackHarness, llm: FakeLLMServer) -> None:
    llm.fail(500, times=4)
    with_llm.sender.event(dm("draft an X post about sunscreen"))
    update = wait_until(lambda: [c for c in with_llm.fake.calls_to("chat.update") if "draft_retry" in blocks_text(c)])
    assert update, "the progress message becomes a failure with a Retry button"
    buttons = [e for b in update[-1].json_param("blocks") if b["type"] == "actions" for e in b["elements"]]
    value = json.loads(buttons[0]["value"])
    stored = with_llm.services.drafting.request(value["request"])
    assert stored.status == "failed" and value["ts"]


def test_an_unclear_request_goes_to_the_llm_without_the_patient(with_llm: SlackHarness, llm: FakeLLMServer) -> None:
    _with_patient_name(with_llm, "Bertha Quimby")
    llm.answer({"kind": "review", "request_words": ""})
    event = dm("Bertha Quimby says thanks to the night nurses, thoughts before this goes out")
    with_llm.sender.event(event)
    [reply] = with_llm.fake.wait_for("chat.postMessage")
    assert reply.params["thread_ts"] == event["ts"]
    first_request = llm.requests[0].message_text()
    assert "Bertha" not in first_request and "[PATIENT_NAME_1]" in first_request
    assert "Quimby" not in llm.all_sent_text()


def test_in_a_draft_thread_a_plain_new_request_is_that_request(with_llm: SlackHarness, llm: FakeLLMServer) -> None:
    llm.answer(post("Sunscreen protects your skin. Use SPF 30 or higher."))
    request = dm("draft an X post about sunscreen")
    with_llm.sender.event(request)
    [held] = wait_until(lambda: DraftThreads(with_llm.store).drafts_in(DM, request["ts"]))
    with_llm.fake.wait_for("chat.update")

    with_llm.sender.event(dm("review: Our teams bring synergy to flu season.", thread_ts=request["ts"]))
    report = wait_until(lambda: [c for c in with_llm.fake.calls_to("chat.postMessage") if "working together"
                                 in blocks_text(c)])
    assert report and report[0].params["thread_ts"] == request["ts"]

    llm.answer(post("Stay cool: drink water and rest in the shade."))
    with_llm.sender.event(dm("draft a new X post about heat safety", thread_ts=request["ts"]))
    both = wait_until(lambda: len(DraftThreads(with_llm.store).drafts_in(DM, request["ts"])) == 2)
    assert both
    assert with_llm.services.drafting.get(held.draft_id).version == 1, "the first draft is left as it was"


def test_with_every_feature_registered_messages_reach_watching_and_conversations(tmp_path: Path) -> None:
    harness = start_harness(tmp_path, watch_channels=["C0WATCHED"])  # the app's own FEATURES, in their order
    try:
        watched = {"type": "message", "channel": "C0WATCHED", "channel_type": "channel", "user": AUTHOR,
                   "text": "Flu shots are in at the main clinic this week.", "ts": new_ts()}
        assert harness.sender.event(watched).status_code == 200
        [reaction] = harness.fake.wait_for("reactions.add")
        assert reaction.params["timestamp"] == watched["ts"]
        request = dm("help")
        assert harness.sender.event(request).status_code == 200
        [reply] = harness.fake.wait_for("chat.postMessage")
        assert reply.params["thread_ts"] == request["ts"]
        elsewhere = {"type": "message", "channel": "C0OTHER", "channel_type": "channel", "user": AUTHOR,
                     "text": "lunch?", "ts": new_ts()}
        assert harness.sender.event(elsewhere).status_code == 200
    finally:
        harness.stop()


def test_answering_the_question_in_its_thread_reviews_the_first_message(slack_only: SlackHarness) -> None:
    pasted = dm("Synergy is our word of the year! #Teamwork")
    slack_only.sender.event(pasted)
    [question] = slack_only.fake.wait_for("chat.postMessage")
    assert question.params["thread_ts"] == pasted["ts"]
    slack_only.fake.respond("conversations.replies", {"ok": True, "messages": [
        {"type": "message", "user": AUTHOR, "ts": pasted["ts"], "text": pasted["text"]}]})
    slack_only.sender.event(dm("review it", thread_ts=pasted["ts"]))
    [_, report] = slack_only.fake.wait_for("chat.postMessage", 2)
    assert report.params["thread_ts"] == pasted["ts"]
    assert "working together" in blocks_text(report)
