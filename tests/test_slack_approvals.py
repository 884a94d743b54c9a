"""Approvals in Slack, end to end in HTTP mode: signed commands, shortcuts, button clicks and form
submissions against the fake Slack Web API, and the state they leave in SQLite."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from bot.store import text_hash
from handlers.slack import approvals, home
from handlers.slack.approval_blocks import (
    APPROVE_ACTION,
    CHANGES_ACTION,
    CHANGES_MODAL,
    EDIT_ACTION,
    EDIT_BLOCK,
    EDIT_INPUT,
    REASON_BLOCK,
    REASON_INPUT,
)
from tests.fakes.slack_api import SlackCall
from tests.slack_harness import SlackHarness, start_harness
from tests.slack_limits import assert_message_blocks, assert_modal

AUTHOR, ALICE, BOB, STRANGER = "U0AUTHOR", "U0ALICE", "U0BOB", "U0STRANGER"
CHANNEL = "C0APPROVALS"
CLEAN = "Flu shots are in at our clinic this week. Walk in any weekday from 9 to 5."
BLOCKED = "Our new tonic is a miracle fix for every cough."
POLICY = f"""
terms:
  - term: miracle fix
    severity: block
approvals:
  approvers: [{ALICE}, {BOB}]
  required: 1
"""


@pytest.fixture
def app(tmp_path: Path) -> SlackHarness:
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    harness = start_harness(tmp_path, features=(approvals, home), policy_path=policy)
    yield harness
    harness.stop()


def wait_until(condition, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def all_text(blocks: list[dict]) -> str:
    parts: list[str] = []
    for block in blocks:
        for key in ("text",):
            if isinstance(block.get(key), dict):
                parts.append(block[key]["text"])
        for element in block.get("elements", []):
            parts.append(element["text"] if isinstance(element.get("text"), str) else element["text"]["text"])
        if "accessory" in block:
            parts.append(block["accessory"]["text"]["text"])
    return "\n".join(parts)


def ephemerals_to(app: SlackHarness, user: str, count: int = 1) -> list[SlackCall]:
    return wait_until(
        lambda: [c for c in app.fake.calls_to("chat.postEphemeral") if c.params["user"] == user][:count]
        if len([c for c in app.fake.calls_to("chat.postEphemeral") if c.params["user"] == user]) >= count
        else None
    )


def dms(app: SlackHarness) -> list[SlackCall]:
    return [c for c in app.fake.calls_to("chat.postMessage") if str(c.params["channel"]).startswith("D")]


def submit(app: SlackHarness, text: str = CLEAN, user: str = AUTHOR) -> int:
    """/submit as `user`; returns the stored post's id once its card is posted (or its answer sent)."""
    before = len(app.fake.calls_to("chat.postEphemeral"))
    started = time.monotonic()
    response = app.sender.command("/submit", text, user=user, channel="C0GENERAL")
    assert response.status_code == 200 and time.monotonic() - started < 1.5
    assert response.text == ""
    app.fake.wait_for("chat.postEphemeral", before + 1)
    return app.store.db.execute("SELECT MAX(id) FROM posts").fetchone()[0]


def card_of(app: SlackHarness, post_id: int) -> dict:
    """The latest blocks of the post's card: posted, then updated in place."""
    calls = [
        c for c in app.fake.calls if c.method in ("chat.postMessage", "chat.update") and c.params["channel"] == CHANNEL
    ]
    mine = [c for c in calls if f"post #{post_id}" in c.params["text"]]
    return {"blocks": mine[-1].json_param("blocks"), "calls": mine}


def button_value(blocks: list[dict], action_id: str) -> str:
    for block in blocks:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return element["value"]
    raise AssertionError(f"no {action_id} button")


def click(app: SlackHarness, action_id: str, value: str, user: str, channel: str = CHANNEL):
    response = app.sender.block_action(action_id, value, user=user, channel=channel)
    assert response.status_code == 200
    return response


def state_of(app: SlackHarness, post_id: int) -> str:
    return app.services.approvals.get_post(post_id).state


def decisions(app: SlackHarness) -> int:
    return app.store.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]


def view_submission(callback_id: str, values: dict, metadata: str, user: str) -> dict:
    return {
        "type": "view_submission",
        "user": {"id": user, "username": user.lower()},
        "view": {"id": "V0M", "type": "modal", "callback_id": callback_id, "private_metadata": metadata,
                 "state": {"values": values}},
    }


def test_submit_posts_a_card_and_approve_updates_it_and_tells_the_author(app: SlackHarness) -> None:
    post_id = submit(app)
    assert "submitted for approval in <#C0APPROVALS>" in ephemerals_to(app, AUTHOR)[0].params["text"]
    card = card_of(app, post_id)["blocks"]
    assert_message_blocks(card)
    text = all_text(card)
    assert "Flu shots are in at our clinic" in text and f"<@{AUTHOR}>" in text
    assert "Guardrails:" in text and "Written by a person" in text
    value = button_value(card, APPROVE_ACTION)
    assert value == f"{post_id}:{text_hash(CLEAN)}"
    assert CLEAN not in card_of(app, post_id)["calls"][0].params["text"]  # the notification never carries the post

    click(app, APPROVE_ACTION, value, ALICE)
    wait_until(lambda: app.fake.calls_to("chat.update"))
    updated = card_of(app, post_id)["blocks"]
    assert "Approved by <@U0ALICE>" in all_text(updated)
    decided_actions = [e["action_id"] for b in updated if b["type"] == "actions" for e in b["elements"]]
    assert decided_actions == ["schedule_post"]  # no approving once decided; the post can now be scheduled
    dm = wait_until(lambda: dms(app))[0]
    assert dm.params["channel"] == f"D{AUTHOR}" and "is approved by <@U0ALICE>" in dm.params["text"]
    assert state_of(app, post_id) == "approved"


def test_a_non_approver_clicking_approve_is_told_and_nothing_changes(app: SlackHarness) -> None:
    post_id = submit(app)
    click(app, APPROVE_ACTION, button_value(card_of(app, post_id)["blocks"], APPROVE_ACTION), STRANGER)
    [answer] = ephemerals_to(app, STRANGER)
    assert answer.params["channel"] == CHANNEL
    assert "Only the approvers the policy names can approve posts" in answer.params["text"]
    assert state_of(app, post_id) == "pending" and decisions(app) == 0
    assert app.fake.calls_to("chat.update") == [] and dms(app) == []


def test_the_author_approving_their_own_post_is_refused(app: SlackHarness) -> None:
    post_id = submit(app, user=ALICE)  # Alice is an approver, but not of her own post
    click(app, APPROVE_ACTION, button_value(card_of(app, post_id)["blocks"], APPROVE_ACTION), ALICE)
    answer = ephemerals_to(app, ALICE, 2)[1]
    assert "You wrote this post, so you cannot approve it" in answer.params["text"]
    assert state_of(app, post_id) == "pending" and decisions(app) == 0


def test_a_blocked_text_is_kept_gets_no_card_and_cannot_be_approved(app: SlackHarness) -> None:
    post_id = submit(app, BLOCKED)
    assert "saved but not sent for approval: the guardrails block it" in ephemerals_to(app, AUTHOR)[0].params["text"]
    assert [c for c in app.fake.calls_to("chat.postMessage") if c.params["channel"] == CHANNEL] == []
    # a forged (or stale) Approve click for it
    click(app, APPROVE_ACTION, f"{post_id}:{text_hash(BLOCKED)}", ALICE)
    assert "The guardrails block this text" in ephemerals_to(app, ALICE)[0].params["text"]
    assert state_of(app, post_id) == "blocked" and decisions(app) == 0


def test_an_edited_text_needs_approving_again_and_an_old_card_cannot_approve_it(app: SlackHarness) -> None:
    post_id = submit(app)
    old_value = button_value(card_of(app, post_id)["blocks"], APPROVE_ACTION)
    click(app, CHANGES_ACTION, old_value, ALICE)
    modal = app.fake.wait_for("views.open")[0].json_param("view")
    assert_modal(modal)
    reason = {REASON_BLOCK: {REASON_INPUT: {"type": "plain_text_input", "value": "Add the clinic's address."}}}
    app.sender.interaction(view_submission(CHANGES_MODAL, reason, modal["private_metadata"], ALICE))
    dm = wait_until(lambda: dms(app))[0]
    assert "asked for changes" in dm.params["text"] and "Add the clinic's address." in dm.params["text"]
    assert state_of(app, post_id) == "changes_requested"

    # the author edits from the DM's Edit button: a new version
    click(app, EDIT_ACTION, button_value(dm.json_param("blocks"), EDIT_ACTION), AUTHOR, channel=f"D{AUTHOR}")
    edit_view = app.fake.wait_for("views.open", 2)[1].json_param("view")
    assert_modal(edit_view)
    new_text = CLEAN + " We are at 12 Main Street."
    values = {EDIT_BLOCK: {EDIT_INPUT: {"type": "plain_text_input", "value": new_text}}}
    app.sender.interaction(view_submission(edit_view["callback_id"], values, edit_view["private_metadata"], AUTHOR))
    wait_until(lambda: "*Version* 2" in all_text(card_of(app, post_id)["blocks"]))
    assert "Waiting for approval: 0 of 1" in all_text(card_of(app, post_id)["blocks"])
    assert state_of(app, post_id) == "pending"

    click(app, APPROVE_ACTION, old_value, BOB)  # the card as it was before the edit
    assert "edited after you saw it (it is now version 2)" in ephemerals_to(app, BOB)[0].params["text"]
    assert state_of(app, post_id) == "pending"

    click(app, APPROVE_ACTION, button_value(card_of(app, post_id)["blocks"], APPROVE_ACTION), BOB)
    wait_until(lambda: state_of(app, post_id) == "approved")
    post = app.services.approvals.get_post(post_id)
    assert [(d.actor, d.decision, d.version_number) for d in post.decisions] == [
        (ALICE, "request_changes", 1),
        (BOB, "approve", 2),
    ]
    assert post.approvals[0].text_hash == text_hash(new_text)


def test_two_approvers_racing_record_one_approval(app: SlackHarness) -> None:
    post_id = submit(app)
    value = button_value(card_of(app, post_id)["blocks"], APPROVE_ACTION)
    barrier = threading.Barrier(2)

    def race(user: str) -> None:
        barrier.wait()
        click(app, APPROVE_ACTION, value, user)

    threads = [threading.Thread(target=race, args=(user,)) for user in (ALICE, BOB)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    loser_answer = wait_until(
        lambda: [c for c in app.fake.calls_to("chat.postEphemeral") if c.params["user"] in (ALICE, BOB)]
    )
    time.sleep(0.3)  # let the winner's lazy listener finish too
    post = app.services.approvals.get_post(post_id)
    assert post.state == "approved" and len(post.approvals) == 1 and decisions(app) == 1
    [loser] = loser_answer
    assert loser.params["user"] != post.approvers[0]
    assert "already approved" in loser.params["text"] or "at the same moment" in loser.params["text"]
    assert len([d for d in dms(app) if "is approved" in d.params["text"]]) == 1


def test_a_deleted_approvals_channel_keeps_the_submission_and_says_so(app: SlackHarness) -> None:
    app.fake.respond("chat.postMessage", {"ok": False, "error": "channel_not_found"})
    post_id = submit(app)
    answer = ephemerals_to(app, AUTHOR)[0].params["text"]
    assert f"Post #{post_id} is saved and waiting for approval" in answer
    assert "could not post it in the approvals channel" in answer and "channel_not_found" in answer
    post = app.services.approvals.get_post(post_id)
    assert post.state == "pending" and post.text == CLEAN and post.card_ref is None
    # approvers still find it in the Home tab
    app.sender.event({"type": "app_home_opened", "user": ALICE, "channel": "D0", "tab": "home"})
    view = app.fake.wait_for("views.publish")[0].json_param("view")
    assert "Waiting for your approval" in all_text(view["blocks"]) and f"*#{post_id}*" in all_text(view["blocks"])


def test_request_changes_needs_a_reason(app: SlackHarness) -> None:
    post_id = submit(app)
    click(app, CHANGES_ACTION, button_value(card_of(app, post_id)["blocks"], CHANGES_ACTION), ALICE)
    modal = app.fake.wait_for("views.open")[0].json_param("view")
    empty = {REASON_BLOCK: {REASON_INPUT: {"type": "plain_text_input", "value": "  "}}}
    response = app.sender.interaction(view_submission(CHANGES_MODAL, empty, modal["private_metadata"], ALICE))
    assert response.json()["response_action"] == "errors" and REASON_BLOCK in response.json()["errors"]
    time.sleep(0.2)
    assert state_of(app, post_id) == "pending"


def test_the_author_cannot_open_request_changes_on_their_own_post(app: SlackHarness) -> None:
    post_id = submit(app)
    click(app, CHANGES_ACTION, button_value(card_of(app, post_id)["blocks"], CHANGES_ACTION), AUTHOR)
    assert "edit it instead" in ephemerals_to(app, AUTHOR, 2)[1].params["text"]
    assert app.fake.calls_to("views.open") == []


def test_the_message_shortcut_submits_someone_elses_text_and_its_writer_cannot_approve(app: SlackHarness) -> None:
    payload = {
        "type": "message_action",
        "callback_id": "submit_for_approval",
        "user": {"id": AUTHOR, "username": "author"},
        "channel": {"id": "C0GENERAL"},
        "message": {"type": "message", "user": ALICE, "ts": "1.2", "text": "Flu shots are in &amp; free this week."},
        "response_url": "https://hooks.slack.invalid/1",
    }
    assert app.sender.interaction(payload).status_code == 200
    ephemerals_to(app, AUTHOR)
    post = app.services.approvals.get_post(app.store.db.execute("SELECT MAX(id) FROM posts").fetchone()[0])
    assert (post.author, post.written_by, post.text) == (AUTHOR, ALICE, "Flu shots are in & free this week.")
    click(app, APPROVE_ACTION, button_value(card_of(app, post.id)["blocks"], APPROVE_ACTION), ALICE)
    assert "You wrote this post" in ephemerals_to(app, ALICE)[0].params["text"]


def test_the_submit_button_on_a_review_report(app: SlackHarness) -> None:
    value = json.dumps({"text": CLEAN, "platform": "linkedin"})
    click(app, "submit_for_approval", value, AUTHOR, channel="C0GENERAL")
    assert "submitted for approval" in ephemerals_to(app, AUTHOR)[0].params["text"]
    post = app.services.approvals.get_post(1)
    assert (post.platform, post.source) == ("linkedin", "submit button")
    click(app, "submit_for_approval", "not json", AUTHOR, channel="C0GENERAL")
    assert "This button no longer works" in ephemerals_to(app, AUTHOR, 2)[1].params["text"]


def test_submit_alone_opens_a_form(app: SlackHarness) -> None:
    app.sender.command("/submit", "", user=AUTHOR)
    assert_modal(app.fake.wait_for("views.open")[0].json_param("view"))


def test_app_home_lists_my_posts_and_what_waits_for_me_with_added_sections(app: SlackHarness, monkeypatch) -> None:
    monkeypatch.setattr(home, "home_sections", [lambda services, user: [home.header("This week")], _broken])
    mine = submit(app)
    app.sender.event({"type": "app_home_opened", "user": AUTHOR, "channel": "D0", "tab": "home"})
    author_view = app.fake.wait_for("views.publish")[0]
    assert author_view.params["user_id"] == AUTHOR
    text = all_text(author_view.json_param("view")["blocks"])
    assert "Your posts" in text and f"*#{mine}*" in text and "Waiting for approval" in text
    assert "Waiting for your approval" not in text  # the author is not an approver
    assert "This week" in text and "could not load" in text

    app.sender.event({"type": "app_home_opened", "user": ALICE, "channel": "D0", "tab": "home"})
    alice_view = app.fake.wait_for("views.publish", 2)[1].json_param("view")
    assert_message_blocks(alice_view["blocks"], max_blocks=100)
    value = button_value(alice_view["blocks"], APPROVE_ACTION)
    response = app.sender.interaction(
        {
            "type": "block_actions",
            "user": {"id": ALICE},
            "view": {"id": "VHOME", "type": "home"},
            "container": {"type": "view", "view_id": "VHOME"},
            "actions": [{"action_id": APPROVE_ACTION, "block_id": "b", "value": value, "type": "button"}],
        }
    )
    assert response.status_code == 200
    wait_until(lambda: len(app.fake.calls_to("views.publish")) >= 3)  # Alice's home, refreshed
    assert state_of(app, mine) == "approved"
    assert "Approved by <@U0ALICE>" in all_text(card_of(app, mine)["blocks"])


def _broken(services, user):
    raise RuntimeError("a section that fails")


def test_a_post_expired_by_the_scheduler_has_its_card_redrawn(app: SlackHarness) -> None:
    from datetime import UTC, datetime, timedelta

    post_id = submit(app)
    card_of(app, post_id)
    now = datetime.now(UTC)
    app.services.approvals.set_schedule(post_id, now + timedelta(minutes=1), AUTHOR)
    assert "*Scheduled*" in all_text(card_of(app, post_id)["blocks"])
    assert app.services.approvals.expire_overdue(now + timedelta(minutes=2)) == [post_id]
    card = card_of(app, post_id)["blocks"]
    assert "Expired" in all_text(card) and not any(b["type"] == "actions" for b in card)
