"""`/calendar`, the Schedule modal, entry menus, the App Home section and the digest, against the fake Slack."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from slack_sdk import WebClient

from bot.calendar import Calendar
from bot.calendar_digest import Digest, DigestItem, DigestSection
from bot.cli import main
from handlers.slack import calendar as calendar_feature
from handlers.slack import home
from handlers.slack.calendar_blocks import DATE_BLOCK, SCHEDULE_ACTION, digest_blocks, schedule_button
from tests.fakes.slack_api import FakeSlackApi
from tests.slack_harness import SlackHarness, start_harness
from tests.slack_limits import assert_message_blocks, assert_modal

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def app(tmp_path: Path) -> SlackHarness:
    harness = start_harness(tmp_path, features=(calendar_feature,), reminder_tz="America/New_York")
    yield harness
    harness.stop()


def tomorrow() -> date:
    return datetime.now(NEW_YORK).date() + timedelta(days=1)


def calendar_of(app: SlackHarness) -> Calendar:
    return Calendar.from_services(app.services)


def schedule_values(day: date, hhmm: str, platform: str | None = None, title: str | None = None) -> dict:
    values: dict = {
        "calendar_date": {"date": {"type": "datepicker", "selected_date": day.isoformat()}},
        "calendar_time": {"time": {"type": "timepicker", "selected_time": hhmm}},
    }
    if platform is not None:
        values["calendar_platform"] = {"platform": {"type": "static_select", "selected_option": {"value": platform}}}
    if title is not None:
        values["calendar_title"] = {"title": {"type": "plain_text_input", "value": title}}
    return values


def submit(app: SlackHarness, view: dict, values: dict, user: str = "U0PLANNER"):
    payload = {
        "type": "view_submission",
        "user": {"id": user, "username": user.lower()},
        "view": {**view, "id": "V0MODAL", "state": {"values": values}},
    }
    return app.sender.interaction(payload)


def test_calendar_add_then_list_replies_only_to_the_person(app: SlackHarness) -> None:
    app.sender.command("/calendar", "add tomorrow 9am linkedin Flu clinic hours", user="U1", channel="C9")
    added = app.fake.wait_for("chat.postEphemeral")[0]
    assert added.params["user"] == "U1" and added.params["channel"] == "C9"
    assert added.params["text"].startswith("Added #1 for ")
    app.sender.command("/calendar", "", user="U1", channel="C9")
    listing = app.fake.wait_for("chat.postEphemeral", 2)[1]
    blocks = listing.json_param("blocks")
    assert_message_blocks(blocks)
    entry = next(b for b in blocks if b["type"] == "section" and "`#1`" in b["text"]["text"])
    assert "Flu clinic hours" in entry["text"]["text"] and "9:00 AM" in entry["text"]["text"]
    assert "no post yet" in entry["text"]["text"]
    assert entry["accessory"]["type"] == "overflow"


def test_a_bad_add_is_a_plain_answer_and_stores_nothing(app: SlackHarness) -> None:
    app.sender.command("/calendar", "add yesterday x Old news", user="U1")
    reply = app.fake.wait_for("chat.postEphemeral")[0]
    assert "in the past" in reply.params["text"]
    assert app.store.db.execute("SELECT COUNT(*) FROM calendar_entries").fetchone()[0] == 0


def test_the_schedule_button_opens_pickers_and_schedules_the_approved_post(app: SlackHarness) -> None:
    approvals = app.services.approvals
    post = approvals.submit("Our walk-in clinic is open Saturday mornings.", "U0AUTHOR", platform="facebook")
    approvals.approve(post.id, "U0APPROVER", text_hash=post.text_hash)
    assert schedule_button(post.id)["action_id"] == SCHEDULE_ACTION

    app.sender.block_action(SCHEDULE_ACTION, str(post.id), user="U0PLANNER", channel="C0APPROVALS")
    view = app.fake.wait_for("views.open")[0].json_param("view")
    assert_modal(view)
    kinds = {b["block_id"]: b["element"]["type"] for b in view["blocks"]}
    assert kinds["calendar_date"] == "datepicker" and kinds["calendar_time"] == "timepicker"
    platform = next(b for b in view["blocks"] if b["block_id"] == "calendar_platform")
    assert platform["element"]["initial_option"]["value"] == "facebook"

    response = submit(app, view, schedule_values(tomorrow(), "10:30", "facebook", f"Post #{post.id}"))
    assert response.status_code == 200 and response.text == ""
    expected = datetime.combine(tomorrow(), datetime.min.time().replace(hour=10, minute=30), tzinfo=NEW_YORK)
    assert approvals.get_post(post.id).scheduled_for == expected.astimezone(UTC)
    entry = calendar_of(app).entry_for_post(post.id)
    assert entry is not None and entry.when == expected.astimezone(UTC)
    confirmation = app.fake.wait_for("chat.postEphemeral")[0]
    assert confirmation.params["channel"] == "C0APPROVALS" and "Scheduled #" in confirmation.params["text"]


def test_a_past_time_in_the_modal_is_shown_on_the_form(app: SlackHarness) -> None:
    app.sender.block_action("calendar_add", "", user="U0PLANNER")
    view = app.fake.wait_for("views.open")[0].json_param("view")
    yesterday = datetime.now(NEW_YORK).date() - timedelta(days=1)
    response = submit(app, view, schedule_values(yesterday, "09:00", "x", "Old news"))
    body = response.json()
    assert body["response_action"] == "errors" and "in the past" in body["errors"][DATE_BLOCK]
    missing_title = submit(app, view, schedule_values(tomorrow(), "09:00", "x", "  ")).json()
    assert "calendar_title" in missing_title["errors"]
    assert app.store.db.execute("SELECT COUNT(*) FROM calendar_entries").fetchone()[0] == 0


def test_entry_menu_reschedules_and_removes(app: SlackHarness) -> None:
    calendar = calendar_of(app)
    entry = calendar.add("tomorrow 9am", "x", "Holiday hours", "U0PLANNER")

    def choose(value: str) -> None:
        app.sender.interaction(
            {
                "type": "block_actions",
                "user": {"id": "U0PLANNER"},
                "channel": {"id": "C0GENERAL"},
                "container": {"type": "message", "channel_id": "C0GENERAL"},
                "actions": [
                    {"action_id": "calendar_entry_menu", "type": "overflow", "selected_option": {"value": value}}
                ],
            }
        )

    choose(f"move:{entry.id}")
    view = app.fake.wait_for("views.open")[0].json_param("view")
    assert json.loads(view["private_metadata"])["entry_id"] == entry.id
    assert {b["block_id"] for b in view["blocks"]} == {"calendar_date", "calendar_time"}
    assert submit(app, view, schedule_values(tomorrow(), "15:00")).text == ""
    assert calendar.get(entry.id).when.astimezone(NEW_YORK).hour == 15

    choose(f"remove:{entry.id}")
    removed = app.fake.wait_for("chat.postEphemeral", 2)[1]
    assert removed.params["text"] == f"Removed #{entry.id} (Holiday hours) from the calendar."
    assert calendar.next_days().slots == []


def test_the_app_home_gets_this_weeks_calendar(tmp_path: Path) -> None:
    harness = start_harness(tmp_path, features=(home, calendar_feature), reminder_tz="America/New_York")
    try:
        calendar_of(harness).add("tomorrow 9am", "linkedin", "Flu clinic hours", "U0PLANNER")
        harness.sender.event({"type": "app_home_opened", "user": "U0PLANNER", "channel": "D0", "tab": "home"})
        blocks = harness.fake.wait_for("views.publish")[0].json_param("view")["blocks"]
        headers = [b["text"]["text"] for b in blocks if b["type"] == "header"]
        assert "This week's calendar" in headers
        assert "Flu clinic hours" in json.dumps(blocks)
        assert_message_blocks(blocks, max_blocks=100)
    finally:
        harness.stop()


def test_the_digest_links_to_the_approval_card_and_fits_slack() -> None:
    fake = FakeSlackApi().start()
    try:
        sender = calendar_feature.digest_sender(WebClient(token="xoxb-test", base_url=fake.url))
        item = DigestItem("9:00 AM · LinkedIn · Flu <shots> (#1): approved", card_ref={"channel": "C0A", "ts": "1.2"})
        many = [DigestItem(f"Item {n} " + "x" * 200) for n in range(60)]
        digest = Digest(date(2026, 11, 26), NEW_YORK, [DigestSection("today", "Today", [item, *many])])
        assert sender("C0DIGEST", digest)
        call = fake.calls_to("chat.postMessage")[0]
        blocks = call.json_param("blocks")
        assert_message_blocks(blocks)
        text = json.dumps(blocks)
        assert re.search(r"<https://example\.slack\.com/archives/C0A/p\d+\|approval card>", text)
        assert "Flu &lt;shots&gt;" in text and "`/calendar`" in text
        assert fake.calls_to("chat.getPermalink")[0].params["message_ts"] == "1.2"
        empty = digest_blocks(Digest(date(2026, 8, 11), NEW_YORK, []))
        assert len(empty) == 1 and "\n" not in empty[0]["text"]["text"]
    finally:
        fake.stop()


def test_remind_now_posts_through_the_web_api_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeSlackApi().start()
    pauses: list[float] = []
    monkeypatch.setattr("bot.reminders._pause", pauses.append)
    try:
        for name, value in {
            "SLACK_BOT_TOKEN": "xoxb-test-token",
            "SLACK_API_URL": fake.url,
            "DATABASE_PATH": str(tmp_path / "carepost.db"),
            "REMINDER_CHANNEL": "C0DIGEST",
            "REMINDER_TZ": "America/New_York",
        }.items():
            monkeypatch.setenv(name, value)
        assert main(["remind", "--now", "--dry-run"]) == 0
        assert "CarePost daily digest for" in capsys.readouterr().out and fake.calls_to("chat.postMessage") == []
        assert main(["remind", "--now"]) == 0
        assert "Sent today's digest to C0DIGEST" in capsys.readouterr().out
        call = fake.calls_to("chat.postMessage")[0]
        assert call.params["channel"] == "C0DIGEST" and call.token == "xoxb-test-token"
        assert main(["remind", "--now"]) == 0
        assert "already went to C0DIGEST" in capsys.readouterr().out
        assert len(fake.calls_to("chat.postMessage")) == 1
        assert main(["remind", "--now", "--force", "--channel", "C0OTHER"]) == 0
        assert fake.calls_to("chat.postMessage")[-1].params["channel"] == "C0OTHER"
        fake.respond("chat.postMessage", {"ok": False, "error": "channel_not_found"}, times=10)
        assert main(["remind", "--now", "--channel", "C0GONE"]) == 1
        assert "SlackApiError: channel_not_found" in capsys.readouterr().err
        assert pauses == [2.0, 4.0]  # retried with backoff before giving up
    finally:
        fake.stop()
