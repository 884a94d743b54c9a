"""Watched channels over HTTP: signed message and message_changed events, against the fake Slack Web API."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from bot.guardrails.findings import Finding, verdict_for
from bot.watching import WatchLog
from handlers.slack import conversations, watch
from tests.fakes.slack_api import BOT_ID, BOT_USER_ID
from tests.slack_harness import SlackHarness, start_harness

WATCHED = "C0WATCHED"
OTHER = "C0ELSEWHERE"
POLICY = """
terms:
  - term: synergy
    replacement: working together
    severity: warn
  - term: miracle
    severity: block
    reason: Promises a cure.
"""
WARN_TEXT = "Our teams bring synergy to flu season."
BLOCK_TEXT = "This miracle tea fixes everything."
CLEAN_TEXT = "Flu shots are in at the main clinic this week."


@pytest.fixture
def watched(tmp_path: Path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    harness = start_harness(
        tmp_path, features=(watch, conversations), watch_channels=[WATCHED], policy_path=policy
    )
    yield harness
    harness.stop()


_ts = iter(range(1, 1_000_000))


def new_ts() -> str:
    return f"{int(time.time())}.{next(_ts):06d}"


def message(text: str, *, channel: str = WATCHED, user: str = "U0AUTHOR", ts: str | None = None, **extra) -> dict:
    ts = ts or new_ts()
    return {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts, "event_ts": ts,
            "channel_type": "channel", **extra}


def edit(original: dict, text: str, *, edited_ts: str | None = None) -> dict:
    edited_ts = edited_ts or new_ts()
    new = {**original, "text": text, "edited": {"user": original["user"], "ts": edited_ts}}
    new.pop("channel", None)
    return {"type": "message", "subtype": "message_changed", "hidden": True, "channel": original["channel"],
            "message": new, "previous_message": original, "ts": edited_ts, "event_ts": edited_ts}


def reactions(harness: SlackHarness, method: str = "reactions.add") -> list[tuple[str, str]]:
    return [(c.params["timestamp"], c.params["name"]) for c in harness.fake.calls_to(method)]


def wait_state(harness: SlackHarness, ts: str, done, channel: str = WATCHED):
    """The message's stored state once `done(state)` holds (the store is written after each Web API call)."""
    deadline = time.monotonic() + 10
    while True:
        state = WatchLog(harness.store).get(channel, ts)
        if (state is not None and done(state)) or time.monotonic() > deadline:
            return state
        time.sleep(0.02)


def settle(harness: SlackHarness, sentinel_text: str = CLEAN_TEXT) -> None:
    """Send a clean watched message and wait for its reaction: earlier events have been handled by then."""
    sentinel = message(sentinel_text)
    before = len(harness.fake.calls_to("reactions.add"))
    assert harness.sender.event(sentinel).status_code == 200
    harness.fake.wait_for("reactions.add", before + 1)
    time.sleep(0.2)


def test_a_message_that_needs_revising_gets_a_reaction_and_a_thread_reply(watched: SlackHarness) -> None:
    event = message(WARN_TEXT)
    assert watched.sender.event(event).status_code == 200
    [add] = watched.fake.wait_for("reactions.add")
    assert (add.params["channel"], add.params["timestamp"], add.params["name"]) == (WATCHED, event["ts"], "warning")
    [reply] = watched.fake.wait_for("chat.postMessage")
    assert reply.params["channel"] == WATCHED and reply.params["thread_ts"] == event["ts"]
    assert "working together" in json.dumps(reply.json_param("blocks"))
    state = wait_state(watched, event["ts"], lambda s: s.reply_id)
    assert state is not None and state.verdict == "revise" and state.reaction == "warning" and state.reply_id


def test_a_clean_message_gets_a_check_mark_and_no_reply(watched: SlackHarness) -> None:
    event = message(CLEAN_TEXT)
    watched.sender.event(event)
    [add] = watched.fake.wait_for("reactions.add")
    assert add.params["name"] == "white_check_mark"
    time.sleep(0.2)
    assert watched.fake.calls_to("chat.postMessage") == []


def test_an_edit_updates_the_reaction_and_the_reply_instead_of_repeating_them(watched: SlackHarness) -> None:
    original = message(WARN_TEXT)
    watched.sender.event(original)
    [reply] = watched.fake.wait_for("chat.postMessage")
    watched.fake.wait_for("reactions.add")
    posted_ts = wait_state(watched, original["ts"], lambda s: s.reply_id).reply_id

    watched.sender.event(edit(original, BLOCK_TEXT))
    [update] = watched.fake.wait_for("chat.update")
    assert update.params["channel"] == WATCHED
    assert update.params["ts"] == posted_ts
    assert "after the edit" in json.dumps(update.json_param("blocks"))
    watched.fake.wait_for("reactions.add", 2)
    assert reactions(watched, "reactions.remove") == [(original["ts"], "warning")]
    assert reactions(watched) == [(original["ts"], "warning"), (original["ts"], "no_entry")]

    watched.sender.event(edit(original, CLEAN_TEXT))
    watched.fake.wait_for("chat.update", 2)
    watched.fake.wait_for("reactions.add", 3)
    last_update = watched.fake.calls_to("chat.update")[-1]
    assert "Pass" in json.dumps(last_update.json_param("blocks"))
    assert reactions(watched, "reactions.remove")[-1] == (original["ts"], "no_entry")
    assert reactions(watched)[-1] == (original["ts"], "white_check_mark")
    assert len(watched.fake.calls_to("chat.postMessage")) == 1, "the reply is updated, never posted again"
    state = wait_state(watched, original["ts"], lambda s: s.reaction == "white_check_mark")
    assert (state.verdict, state.reaction, state.reviews) == ("pass", "white_check_mark", 3)
    assert reply.params["thread_ts"] == original["ts"]


def test_an_edit_that_leaves_the_words_alone_changes_nothing(watched: SlackHarness) -> None:
    original = message(WARN_TEXT)
    watched.sender.event(original)
    wait_state(watched, original["ts"], lambda s: s.reply_id)
    unfurl = edit(original, WARN_TEXT)
    unfurl["message"].pop("edited")
    watched.sender.event(unfurl)
    watched.sender.event(edit(original, WARN_TEXT))  # "edited" but the same words
    settle(watched)
    assert watched.fake.calls_to("chat.update") == []
    assert watched.fake.calls_to("reactions.remove") == []
    assert WatchLog(watched.store).get(WATCHED, original["ts"]).reviews == 1


def test_an_edit_of_a_message_from_before_watching_began_is_reviewed(watched: SlackHarness) -> None:
    original = message(CLEAN_TEXT)
    watched.sender.event(edit(original, BLOCK_TEXT))
    [add] = watched.fake.wait_for("reactions.add")
    assert add.params["name"] == "no_entry"
    [reply] = watched.fake.wait_for("chat.postMessage")
    assert reply.params["thread_ts"] == original["ts"]


def test_bots_carepost_thread_replies_mentions_and_other_channels_are_left_alone(watched: SlackHarness) -> None:
    parent = new_ts()
    ignored = [
        message(BLOCK_TEXT, user="U0OTHERBOT", bot_id="B0OTHER"),
        {**message(BLOCK_TEXT), "subtype": "bot_message", "bot_id": "B0OTHER", "user": None},
        message(BLOCK_TEXT, user=BOT_USER_ID, bot_id=BOT_ID),
        message(BLOCK_TEXT, thread_ts=parent),
        message(BLOCK_TEXT, thread_ts=parent, subtype="thread_broadcast"),
        message(f"<@{BOT_USER_ID}> {BLOCK_TEXT}"),
        message(BLOCK_TEXT, channel=OTHER),
        {**message(""), "subtype": "channel_join"},
    ]
    for event in ignored:
        response = watched.sender.event(event)
        assert response.status_code == 200, event
    settle(watched)
    assert reactions(watched) == [(reactions(watched)[-1][0], "white_check_mark")]  # only the sentinel
    assert watched.fake.calls_to("chat.postMessage") == []
    assert WatchLog(watched.store).count() == 1


def test_slack_retries_of_a_message_event_are_ignored(watched: SlackHarness) -> None:
    event = message(WARN_TEXT)
    first = watched.sender.event(event, event_id="EvWATCH1")
    retry = watched.sender.event(
        event, event_id="EvWATCH1", headers={"x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout"}
    )
    assert (first.status_code, retry.status_code) == (200, 200)
    settle(watched)
    assert [ts for ts, _ in reactions(watched)].count(event["ts"]) == 1
    assert len(watched.fake.calls_to("chat.postMessage")) == 1


def test_a_message_and_its_quick_edit_together_still_give_one_reply(watched: SlackHarness) -> None:
    for _ in range(5):
        original = message(WARN_TEXT)
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(watched.sender.event, [original, edit(original, BLOCK_TEXT)]))
        state = wait_state(
            watched, original["ts"], lambda s: s.verdict == "block" and s.reaction == "no_entry" and s.reply_id
        )
        assert state is not None and (state.verdict, state.reaction) == ("block", "no_entry")
    time.sleep(0.3)
    assert len(watched.fake.calls_to("chat.postMessage")) == 5


def test_a_burst_of_100_messages_is_reviewed_without_losing_one_despite_429s(watched: SlackHarness) -> None:
    # A stretch of 429s longer than the client's own retries: the pacer must wait them out too.
    watched.fake.respond("reactions.add", {"ok": False, "error": "ratelimited"}, status=429,
                         headers={"Retry-After": "0"}, times=12)
    watched.fake.respond("chat.postMessage", {"ok": False, "error": "ratelimited"}, status=429,
                         headers={"Retry-After": "0"}, times=3)
    events = [message(WARN_TEXT if i % 10 == 0 else CLEAN_TEXT) for i in range(100)]
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda e: watched.sender.event(e).status_code, events))
    assert statuses == [200] * 100
    calls = watched.fake.wait_for("reactions.add", 112, timeout=60)
    time.sleep(0.3)
    reacted = {c.params["timestamp"] for c in watched.fake.calls_to("reactions.add")}
    assert reacted == {e["ts"] for e in events}
    assert len(calls) == 112  # 100 reactions and the 12 refused attempts, no more
    log = WatchLog(watched.store)
    assert log.count(WATCHED) == 100
    assert all(log.get(WATCHED, e["ts"]).reaction for e in events)
    replies = watched.fake.wait_for("chat.postMessage", 13)
    assert {c.params["thread_ts"] for c in replies} == {e["ts"] for e in events[::10]}


def test_patient_details_are_masked_in_the_channel_and_shown_to_the_author_alone(watched: SlackHarness) -> None:
    real_review = watched.services.review

    def review_with_a_name(text: str, platform: str | None = None):
        report = real_review(text, platform)
        start = text.find("Jane Smith")
        if start < 0:
            return report
        name = Finding("phi", "block", start, start + 10, "Jane Smith", "This names a patient.", None, "name")
        findings = (name, *report.findings)
        return replace(report, findings=findings, verdict=verdict_for(findings))

    watched.services.review = review_with_a_name
    event = message("Get well soon Jane Smith, from all of us on the third floor!")
    watched.sender.event(event)
    [reply] = watched.fake.wait_for("chat.postMessage")
    shown = json.dumps(reply.json_param("blocks")) + reply.params["text"]
    assert "Jane" not in shown and "Smith" not in shown
    assert "J*** S****" in shown
    [private] = watched.fake.wait_for("chat.postEphemeral")
    assert private.params["user"] == "U0AUTHOR" and private.params["channel"] == WATCHED
    assert "Jane Smith" in json.dumps(private.json_param("blocks"))
    [add] = watched.fake.wait_for("reactions.add")
    assert add.params["name"] == "no_entry"


def test_the_engines_own_phi_findings_are_masked(watched: SlackHarness) -> None:
    event = message("Happy 95th birthday to our patient Maria Lopez in room 412! Call her daughter at (555) 123-4444.")
    watched.sender.event(event)
    [reply] = watched.fake.wait_for("chat.postMessage")
    shown = json.dumps(reply.json_param("blocks")) + reply.params["text"]
    for secret in ("Maria", "Lopez", "412", "123-4444", "95th"):
        assert secret not in shown
    assert "(***) ***-**44" in shown
    [private] = watched.fake.wait_for("chat.postEphemeral")
    assert "Maria Lopez" in json.dumps(private.json_param("blocks"))


def test_channels_from_the_policy_file_are_watched_too(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY + "watch_channels: [C0FROMPOLICY]\n")
    harness = start_harness(tmp_path, features=(watch, conversations), policy_path=policy)
    try:
        event = message(BLOCK_TEXT, channel="C0FROMPOLICY")
        harness.sender.event(event)
        [add] = harness.fake.wait_for("reactions.add")
        assert (add.params["channel"], add.params["name"]) == ("C0FROMPOLICY", "no_entry")
    finally:
        harness.stop()
