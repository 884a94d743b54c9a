"""Watched channels and the per-message review state (bot/watching.py)."""

from __future__ import annotations

import json

from bot.config import Settings
from bot.guardrails import review
from bot.policy import Policy
from bot.store import Store, text_hash
from bot.watching import WatchedMessage, WatchLog, plan_follow_up, revision_key, watched_channels


def test_watched_channels_join_the_setting_and_the_policy_file(policy: Policy) -> None:
    settings = Settings(watch_channels="C1, C2,,", _env_file=None)
    with_policy = policy.model_copy(update={"watch_channels": ["C2", "C3"]})
    assert watched_channels(settings, with_policy) == {"C1", "C2", "C3"}
    assert watched_channels(Settings(_env_file=None), policy) == frozenset()


def _state(reaction: str | None, reply_id: str | None) -> WatchedMessage:
    return WatchedMessage("C1", "1.1", "U1", "1.1", "h", "revise", 1, reaction, reply_id, 1)


def test_a_first_review_adds_a_reaction_and_replies_unless_it_passes() -> None:
    first = plan_follow_up(None, "revise", "warning")
    assert (first.remove_reaction, first.add_reaction, first.reply) == (None, "warning", "post")
    clean = plan_follow_up(None, "pass", "white_check_mark")
    assert (clean.remove_reaction, clean.add_reaction, clean.reply) == (None, "white_check_mark", "none")


def test_after_an_edit_the_reaction_is_swapped_and_the_reply_updated() -> None:
    step = plan_follow_up(_state("warning", "9.9"), "block", "no_entry")
    assert (step.remove_reaction, step.add_reaction, step.reply) == ("warning", "no_entry", "update")
    same = plan_follow_up(_state("warning", "9.9"), "revise", "warning")
    assert (same.remove_reaction, same.add_reaction, same.reply) == (None, None, "update")
    now_passes = plan_follow_up(_state("warning", "9.9"), "pass", "white_check_mark")
    assert now_passes.reply == "update"
    # a reaction that never made it (Slack refused it) is added on the next review
    retry = plan_follow_up(_state(None, None), "revise", "warning")
    assert (retry.remove_reaction, retry.add_reaction, retry.reply) == (None, "warning", "post")


def test_revisions_compare_as_times_not_strings() -> None:
    assert revision_key("1700000000.000100") > revision_key("1700000000.000099")
    assert revision_key("1700000001.0") > revision_key("999999999.999999")
    assert revision_key("garbage") < revision_key("1.0")


def test_review_state_is_stored_without_the_text_and_audited(store: Store) -> None:
    watch_log = WatchLog(store)
    text = "Our teams utilize new tools."
    report = review(text)
    watch_log.record_review("C1", "1.000001", "U1", "1.000001", text, report)
    watch_log.set_reaction("C1", "1.000001", "warning")
    watch_log.set_reply("C1", "1.000001", "2.000001")

    state = watch_log.get("C1", "1.000001")
    assert state == WatchedMessage(
        "C1", "1.000001", "U1", "1.000001", text_hash(text), report.verdict, len(report.findings), "warning",
        "2.000001", 1,
    )
    dump = json.dumps([list(row) for row in store.db.execute("SELECT * FROM watched_messages").fetchall()])
    assert "utilize" not in dump
    audit = store.db.execute("SELECT actor, action, subject, text_hash, details FROM audit_log").fetchall()
    assert [(a, b, c, d) for a, b, c, d, _ in audit] == [("U1", "watch.review", "message:C1/1.000001", text_hash(text))]
    assert "utilize" not in audit[0][4]


def test_only_newer_changed_text_is_news(store: Store) -> None:
    watch_log = WatchLog(store)
    text = "Flu shots are in."
    assert watch_log.is_news("C1", "5.000001", "5.000001", text)
    watch_log.record_review("C1", "5.000001", "U1", "6.000001", text, review(text))
    assert not watch_log.is_news("C1", "5.000001", "7.000001", text), "same words"
    assert not watch_log.is_news("C1", "5.000001", "5.500000", "Older edit."), "older revision"
    assert watch_log.is_news("C1", "5.000001", "7.000001", "Flu shots are in, walk in today.")


def test_a_second_review_replaces_the_first_and_counts(store: Store) -> None:
    watch_log = WatchLog(store)
    watch_log.record_review("C1", "1.1", "U1", "1.1", "First words.", review("First words."))
    watch_log.set_reply("C1", "1.1", "3.3")
    watch_log.record_review("C1", "1.1", "U1", "2.2", "Second words here.", review("Second words here."))
    state = watch_log.get("C1", "1.1")
    assert (state.revision, state.reviews, state.reply_id) == ("2.2", 2, "3.3")
    assert state.text_hash == text_hash("Second words here.")
    assert watch_log.count() == 1 and watch_log.count("C1") == 1 and watch_log.count("C2") == 0
