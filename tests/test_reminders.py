"""The daily reminder: once per channel per day across restarts, instances and retries; catch-up; failures."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.approvals import ApprovalService
from bot.calendar import Calendar
from bot.calendar_digest import Digest
from bot.calendar_posts import PostBridge
from bot.calendar_text import render_digest
from bot.policy import Policy
from bot.reminders import Reminders
from bot.store import Store

NEW_YORK = ZoneInfo("America/New_York")
CHANNEL = "C0REMIND"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Recorder:
    """A sender that records digests; `fail` makes the next n sends raise like a Slack outage."""

    def __init__(self, fail: int = 0) -> None:
        self.sent: list[tuple[str, Digest]] = []
        self.fail = fail
        self.attempts = 0
        self.lock = threading.Lock()

    def __call__(self, channel: str, digest: Digest) -> str:
        with self.lock:
            self.attempts += 1
            if self.fail:
                self.fail -= 1
                raise ConnectionError("Slack is unreachable")
            self.sent.append((channel, digest))
            return f"ts-{len(self.sent)}"


def ny(*args: int) -> datetime:
    return datetime(*args, tzinfo=NEW_YORK).astimezone(UTC)


def reminders_on(
    path: Path, clock: Clock, sender: Recorder, *, policy: Policy | None = None, sleeps: list[float] | None = None
) -> Reminders:
    """A fresh Store on `path`, as a restarted process or a second instance would open it."""
    store = Store(path)
    policy = policy or Policy()
    posts = PostBridge(ApprovalService(store, policy, clock=clock))
    calendar = Calendar(store, policy, NEW_YORK, posts=posts, clock=clock)
    return Reminders(
        store, calendar, CHANNEL, sender, send_time=time(9, 0), clock=clock,
        sleep=(sleeps.append if sleeps is not None else lambda _: None),
    )  # fmt: skip


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "carepost.db"


def test_due_from_nine_in_the_team_zone_winter_and_summer(db_path: Path) -> None:
    clock = Clock(ny(2026, 1, 14, 8, 59))
    reminders = reminders_on(db_path, clock, Recorder())
    assert not reminders.is_due(datetime(2026, 1, 14, 13, 59, tzinfo=UTC))
    assert reminders.is_due(datetime(2026, 1, 14, 14, 0, tzinfo=UTC))  # 09:00 EST
    assert not reminders.is_due(datetime(2026, 7, 14, 12, 59, tzinfo=UTC))
    assert reminders.is_due(datetime(2026, 7, 14, 13, 0, tzinfo=UTC))  # 09:00 EDT
    assert reminders.send_if_due().status == "not_due"


def test_sent_once_and_never_again_that_day_even_after_a_restart(db_path: Path) -> None:
    clock, sender = Clock(ny(2026, 1, 14, 9, 0)), Recorder()
    first = reminders_on(db_path, clock, sender)
    assert first.send_if_due().status == "sent"
    clock.now += timedelta(hours=3)
    assert first.send_if_due().status == "already_sent"
    first.store.close()
    restarted = reminders_on(db_path, clock, sender)  # the process restarts; its catch-up runs
    assert restarted.send_if_due().status == "already_sent"
    assert len(sender.sent) == 1
    clock.now = ny(2026, 1, 15, 9, 0)  # the next day is a new digest
    assert restarted.send_if_due().status == "sent"
    assert len(sender.sent) == 2


def test_two_instances_on_one_database_send_once(db_path: Path) -> None:
    clock = Clock(ny(2026, 7, 14, 9, 0))
    sender = Recorder()
    instances = [reminders_on(db_path, clock, sender) for _ in range(4)]
    barrier = threading.Barrier(len(instances))
    outcomes: list[str] = []

    def run(reminders: Reminders) -> None:
        barrier.wait()
        outcomes.append(reminders.send_if_due().status)

    threads = [threading.Thread(target=run, args=(r,)) for r in instances]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(sender.sent) == 1
    assert sorted(outcomes).count("sent") == 1
    assert set(outcomes) <= {"sent", "already_sent", "in_flight"}


def test_catch_up_after_downtime_sends_the_same_day_but_not_the_next(db_path: Path) -> None:
    clock, sender = Clock(ny(2026, 3, 2, 15, 30)), Recorder()  # down at 09:00; back at 15:30
    assert reminders_on(db_path, clock, sender).send_if_due().status == "sent"
    assert sender.sent[0][1].day.isoformat() == "2026-03-02"
    clock.now = ny(2026, 3, 4, 8, 0)  # down all of 3 March; back before 09:00 on the 4th
    later = reminders_on(db_path, clock, sender)
    assert later.send_if_due().status == "not_due"
    assert later.claim_row(datetime(2026, 3, 3).date()) is None
    assert len(sender.sent) == 1


def test_a_failed_send_is_retried_with_backoff(db_path: Path) -> None:
    clock, sender, sleeps = Clock(ny(2026, 1, 14, 9, 0)), Recorder(fail=2), []
    reminders = reminders_on(db_path, clock, sender, sleeps=sleeps)
    outcome = reminders.send_if_due()
    assert outcome.status == "sent"
    assert sleeps == [2.0, 4.0]
    row = reminders.claim_row(clock.now.astimezone(NEW_YORK).date())
    assert row["state"] == "sent" and row["attempts"] == 3 and row["last_error"] is None
    rows = reminders.store.db.query("SELECT action FROM audit_log WHERE action LIKE 'reminder.%' ORDER BY id")
    actions = [r["action"] for r in rows]
    assert actions == ["reminder.failed", "reminder.failed", "reminder.sent"]


def test_a_failure_is_left_for_a_later_try_then_given_up_and_logged(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock, sender = Clock(ny(2026, 1, 14, 9, 0)), Recorder(fail=100)
    reminders = reminders_on(db_path, clock, sender)
    day = clock.now.astimezone(NEW_YORK).date()
    with caplog.at_level(logging.WARNING, logger="bot.reminders"):
        assert reminders.send_if_due().status == "failed"
    row = reminders.claim_row(day)
    assert row["state"] == "failed" and row["attempts"] == 3 and row["last_error"].startswith("ConnectionError")
    assert "gave up for now" in caplog.text
    # Another instance (or the periodic check) takes the failed claim; Slack is back.
    sender.fail = 0
    other = reminders_on(db_path, clock, sender)
    assert other.send_if_due().status == "sent"
    assert len(sender.sent) == 1

    clock.now = ny(2026, 1, 15, 9, 0)
    sender.fail = 100
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.reminders"):
        for _ in range(3):
            reminders.send_if_due()
        assert reminders.send_if_due().status == "abandoned"
    assert reminders.claim_row(clock.now.astimezone(NEW_YORK).date())["state"] == "abandoned"
    assert sender.attempts == 1 + 3 + 9  # three tries, one success, then nine failed tries in all
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "gave up after 9 attempts" in errors[0].getMessage()
    assert "Slack is unreachable" in errors[0].getMessage()  # the error, never the digest


def test_a_send_interrupted_by_a_crash_is_not_repeated_automatically(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock, sender = Clock(ny(2026, 1, 14, 9, 0)), Recorder()
    crashed = reminders_on(db_path, clock, sender)
    crashed._claim(clock.now.astimezone(NEW_YORK).date())  # claimed, then the process died mid-send
    crashed.store.close()
    restarted = reminders_on(db_path, clock, sender)
    with caplog.at_level(logging.WARNING, logger="bot.reminders"):
        assert restarted.send_if_due().status == "in_flight"
        assert restarted.send_if_due().status == "in_flight"  # the next periodic check
    assert sender.sent == [] and "--force" in caplog.text
    assert len([r for r in caplog.records if "--force" in r.getMessage()]) == 1  # said once, not every check
    assert restarted.send_now(force=True).status == "sent"  # a person decides
    assert len(sender.sent) == 1
    assert restarted.claim_row(clock.now.astimezone(NEW_YORK).date())["state"] == "sent"


def test_send_now_respects_the_daily_claim(db_path: Path) -> None:
    clock, sender = Clock(ny(2026, 1, 14, 7, 0)), Recorder()  # before REMINDER_TIME
    reminders = reminders_on(db_path, clock, sender)
    assert reminders.send_now().status == "sent"
    clock.now = ny(2026, 1, 14, 9, 0)
    assert reminders.send_if_due().status == "already_sent"  # the 09:00 job does not repeat it
    assert reminders.send_now().status == "already_sent"
    assert len(sender.sent) == 1


def test_an_empty_digest_is_one_line(db_path: Path) -> None:
    clock = Clock(ny(2026, 8, 11, 9, 0))  # a quiet week: no observance starts 11-17 August
    reminders = reminders_on(db_path, clock, Recorder())
    digest = reminders.preview()
    assert digest.empty
    text = render_digest(digest)
    assert "\n" not in text
    assert text.startswith("CarePost daily digest for Tuesday, Aug 11: nothing on the calendar today")


def test_the_digest_lists_today_due_soon_gaps_and_observances(db_path: Path) -> None:
    clock, sender = Clock(ny(2026, 11, 26, 8, 0)), Recorder()  # Thursday 26 Nov 2026
    policy = Policy.model_validate({"cadence": {"linkedin": 2}})
    reminders = reminders_on(db_path, clock, sender, policy=policy)
    calendar, approvals = reminders.calendar, reminders.calendar.posts.approvals
    approved = approvals.submit("Our clinics are open on Friday.", "U0AUTHOR", platform="linkedin")
    approvals.approve(approved.id, "U0APPROVER", text_hash=approved.text_hash)
    approvals.set_card_ref(approved.id, {"channel": "C0APPROVALS", "ts": "1.000100"})
    waiting = approvals.submit("Flu shots are available at every clinic.", "U0AUTHOR", platform="facebook")
    calendar.add("today 11am", "linkedin", "Clinic hours", "U0PLANNER", post_id=approved.id)
    calendar.add("tomorrow 10am", "facebook", "Flu shots", "U0PLANNER", post_id=waiting.id)
    calendar.add("Nov 27 2pm", "instagram", "Staff spotlight", "U0PLANNER")
    calendar.add("Dec 3 9am", "x", "Too far ahead for the 48 hours", "U0PLANNER")

    digest = reminders.preview()
    sections = {s.key: s for s in digest.sections}
    assert [i.text for i in sections["today"].items] == ["11:00 AM · LinkedIn · Clinic hours (#1): approved"]
    assert sections["today"].items[0].card_ref == {"channel": "C0APPROVALS", "ts": "1.000100"}
    assert [i.text for i in sections["due_soon"].items] == [
        "Fri 10:00 AM · Facebook · Flu shots (#2): waiting for approval",
        "Fri 2:00 PM · Instagram · Staff spotlight (#3): no post yet",
    ]
    assert [i.text for i in sections["gaps"].items] == ["LinkedIn: 1 of 2 planned for the week of Nov 23"]
    assert "World AIDS Day is Tuesday (Dec 1): nothing is planned." in [i.text for i in sections["observances"].items]
    assert all(item.action.startswith("/calendar") for s in digest.sections for item in s.items)
    text = render_digest(digest)
    assert "the approval card" in text and "(act on it: /calendar" in text
