"""The approval card and App Home stay within Block Kit's limits and show exactly the text approved."""

from __future__ import annotations

import html

from bot.approvals import ApprovalService
from bot.approvals_model import Provenance
from bot.policy import Policy
from bot.store import Store
from handlers.slack.approval_blocks import (
    APPROVE_ACTION,
    MAX_TEXT_SECTIONS,
    card_blocks,
    card_fallback,
    decision_message,
    text_sections,
)
from tests.slack_limits import assert_message_blocks

POLICY = Policy.model_validate({"approvals": {"approvers": ["U0ALICE", "U0BOB"], "required": 2}})


def service(store: Store) -> ApprovalService:
    return ApprovalService(store, POLICY)


def shown_text(sections: list[dict]) -> str:
    """The text the sections show, quote marks removed and mrkdwn escapes undone."""
    lines = []
    for section in sections:
        for line in section["text"]["text"].split("\n"):
            lines.append(line[2:] if line.startswith("> ") else line.removeprefix(">"))
    return html.unescape("\n".join(lines))


def test_a_long_text_is_shown_whole_across_sections() -> None:
    text = "\n".join(f"Line {i}: flu shots & boosters <at> every clinic, " + "x" * 180 for i in range(60))
    sections = text_sections(text)
    assert len(sections) > 1
    assert all(len(s["text"]["text"]) <= 3000 for s in sections)
    assert shown_text(sections).replace("\n", "") == text.replace("\n", "")


def test_one_very_long_line_is_split_too() -> None:
    text = "word " * 2000
    sections = text_sections(text.strip())
    assert all(len(s["text"]["text"]) <= 3000 for s in sections)
    assert shown_text(sections).replace("\n", "") == text.strip()


def test_a_card_is_valid_block_kit_and_never_pings_the_channel(store: Store) -> None:
    post = service(store).submit("Come by <!channel> & meet our nurses.", "U0AUTHOR",
                                 provenance=Provenance(model="gpt-test", prompt_version="v7"))
    blocks = card_blocks(post)
    assert_message_blocks(blocks)
    joined = "\n".join(b["text"]["text"] for b in blocks if b["type"] in ("section", "header"))
    assert "<!channel>" not in joined and "&lt;!channel&gt; &amp; meet" in joined
    assert "model `gpt-test`, prompt `v7`" in str(blocks)
    assert "0 of 2 approvals" in joined
    assert "Come by" not in card_fallback(post)


def test_a_text_too_long_to_show_cannot_be_approved_from_the_card(store: Store) -> None:
    text = ("A long update about our clinics. " * 60 + "\n") * 40  # ~80,000 characters
    post = service(store).submit(text[:99_000], "U0AUTHOR")
    blocks = card_blocks(post)
    assert_message_blocks(blocks)
    assert sum(1 for b in blocks if b["type"] == "section" and b["text"]["text"].startswith(">")) == MAX_TEXT_SECTIONS
    assert APPROVE_ACTION not in str(blocks)
    assert "too long to show here in full" in str(blocks)


def test_decision_messages_say_who_and_how_far(store: Store) -> None:
    approvals = service(store)
    post = approvals.submit("Flu shots are in this week.", "U0AUTHOR")
    once = approvals.approve(post.id, "U0ALICE", text_hash=post.text_hash)
    assert decision_message(once, "U0ALICE") == (
        f":thumbsup: <@U0ALICE> approved your post #{post.id}: 1 of 2 approvals so far."
    )
    done = approvals.approve(post.id, "U0BOB", text_hash=post.text_hash)
    assert "is approved by <@U0ALICE>, <@U0BOB>" in decision_message(done, "U0BOB")
    assert "Approved by <@U0ALICE>, <@U0BOB>" in str(card_blocks(done))


def test_app_home_stays_within_100_blocks_with_many_posts(store: Store) -> None:
    from types import SimpleNamespace

    from handlers.slack import home

    approvals = service(store)
    for i in range(30):
        approvals.submit(f"Clinic update number {i}: flu shots this week.", "U0AUTHOR")
        approvals.submit(f"Alice's update number {i}: walk-in hours.", "U0ALICE")
    many = [lambda services, user: [home.context("extra")] * 30] * 3
    services = SimpleNamespace(approvals=approvals)
    original = list(home.home_sections)
    home.home_sections[:] = many
    try:
        view = home.home_view(services, "U0ALICE")
    finally:
        home.home_sections[:] = original
    assert view["type"] == "home"
    assert_message_blocks(view["blocks"], max_blocks=100)
    text = str(view["blocks"])
    assert "…and" in text and "more in the approvals channel" in text
    assert "more than fits here" in text


def test_an_approved_card_and_the_authors_message_offer_scheduling(store: Store) -> None:
    from handlers.slack.approval_blocks import decision_blocks
    from handlers.slack.calendar_blocks import SCHEDULE_ACTION

    approvals = service(store)
    post = approvals.submit("Flu shots are in at every clinic this week.", "U0AUTHOR", platform="facebook")
    pending_actions = [e["action_id"] for b in card_blocks(post) if b["type"] == "actions" for e in b["elements"]]
    assert SCHEDULE_ACTION not in pending_actions
    approvals.approve(post.id, "U0ALICE", text_hash=post.text_hash)
    post = approvals.approve(post.id, "U0BOB", text_hash=post.text_hash)
    assert post.state == "approved"
    for blocks in (card_blocks(post), decision_blocks(post, "U0BOB")):
        buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
        assert [(e["action_id"], e["value"]) for e in buttons] == [(SCHEDULE_ACTION, str(post.id))]
