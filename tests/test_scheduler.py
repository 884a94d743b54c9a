"""The scheduler's wiring: 09:00 in the team zone whatever the season, the catch-up at start, one send
across two running schedulers on one database file, and approvals' expiry run periodically."""

from __future__ import annotations

import io
import threading
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from apscheduler.schedulers.background import BackgroundScheduler

from bot.calendar import Calendar
from bot.calendar_posts import PostBridge
from bot.config import Settings
from bot.policy import Policy
from bot.reminders import Reminders
from bot.scheduler import build_scheduler, daily_trigger, start_scheduler, stop_scheduler
from bot.services import build_services
from bot.store import Store

NEW_YORK = ZoneInfo("America/New_York")


def fixed(now: datetime):
    return lambda: now


def test_nine_new_york_is_14_utc_in_january_and_13_utc_in_july() -> None:
    trigger = daily_trigger(time(9, 0), NEW_YORK)
    january = trigger.get_next_fire_time(None, datetime(2026, 1, 14, 12, 0, tzinfo=UTC))
    july = trigger.get_next_fire_time(None, datetime(2026, 7, 14, 12, 0, tzinfo=UTC))
    assert january.astimezone(UTC) == datetime(2026, 1, 14, 14, 0, tzinfo=UTC)
    assert july.astimezone(UTC) == datetime(2026, 7, 14, 13, 0, tzinfo=UTC)
    # The morning after the clocks spring forward (Sunday 8 March 2026) it is already 13:00 UTC.
    after_change = trigger.get_next_fire_time(None, datetime(2026, 3, 8, 15, 0, tzinfo=UTC))
    assert after_change.astimezone(UTC) == datetime(2026, 3, 9, 13, 0, tzinfo=UTC)


def test_the_jobs_a_scheduler_gets() -> None:
    store = Store(":memory:")
    calendar = Calendar(store, Policy(), NEW_YORK)
    reminders = Reminders(store, calendar, "C0", lambda c, d: None, send_time=time(9, 30))
    scheduler = build_scheduler(reminders, lambda now: 0, zone=NEW_YORK)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"daily-digest", "digest-check", "expire-overdue"}
    fire = jobs["daily-digest"].trigger.get_next_fire_time(None, datetime(2026, 1, 14, 12, 0, tzinfo=UTC))
    assert fire.astimezone(NEW_YORK).time() == time(9, 30)
    assert set(build_scheduler(None, None, zone=NEW_YORK).get_jobs()) == set()


class Sink:
    def __init__(self) -> None:
        self.sent: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, channel: str, digest) -> str:
        with self.lock:
            self.sent.append(channel)
            return "ts"


def run_catch_up(schedulers: list[BackgroundScheduler], timeout: float = 20.0) -> None:
    """Start the schedulers and wait until each one's catch-up job has run (no sleeping on the clock)."""
    done = threading.Semaphore(0)
    errors: list[BaseException] = []

    def listener(event) -> None:
        if event.job_id == "digest-check":
            if event.exception:
                errors.append(event.exception)
            done.release()

    for scheduler in schedulers:
        scheduler.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    for scheduler in schedulers:
        scheduler.start()
    try:
        for _ in schedulers:
            assert done.acquire(timeout=timeout), "the catch-up job did not run"
    finally:
        for scheduler in schedulers:
            scheduler.shutdown(wait=True)
    assert not errors


def scheduler_on(path: Path, now: datetime, sink: Sink) -> BackgroundScheduler:
    store = Store(path)
    clock = fixed(now)
    calendar = Calendar(store, Policy(), NEW_YORK, clock=clock)
    reminders = Reminders(store, calendar, "C0DIGEST", sink, send_time=time(9, 0), clock=clock, sleep=lambda _: None)
    return build_scheduler(reminders, None, zone=NEW_YORK, clock=clock)


def test_catch_up_at_start_sends_once_and_a_restart_does_not_repeat_it(tmp_path: Path) -> None:
    path, sink = tmp_path / "carepost.db", Sink()
    ten_am_july = datetime(2026, 7, 14, 14, 0, tzinfo=UTC)  # CarePost was down at 09:00
    run_catch_up([scheduler_on(path, ten_am_july, sink)])
    assert sink.sent == ["C0DIGEST"]
    run_catch_up([scheduler_on(path, ten_am_july, sink)])  # restarted the same day
    assert sink.sent == ["C0DIGEST"]


def test_two_schedulers_on_one_database_send_once(tmp_path: Path) -> None:
    path, sink = tmp_path / "carepost.db", Sink()
    nine_am_january = datetime(2026, 1, 14, 14, 0, tzinfo=UTC)
    run_catch_up([scheduler_on(path, nine_am_january, sink), scheduler_on(path, nine_am_january, sink)])
    assert sink.sent == ["C0DIGEST"]


def test_before_reminder_time_the_catch_up_sends_nothing(tmp_path: Path) -> None:
    sink = Sink()
    run_catch_up([scheduler_on(tmp_path / "carepost.db", datetime(2026, 1, 14, 13, 59, tzinfo=UTC), sink)])
    assert sink.sent == []


def test_start_scheduler_wires_the_services_and_expires_overdue_posts(tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,
        database_path=tmp_path / "carepost.db",
        reminder_channel="C0DIGEST",
        reminder_tz="America/New_York",
    )
    services = build_services(settings)
    post = services.approvals.submit("Flu shots are available at every clinic.", "U0AUTHOR", platform="x")
    services.approvals.set_schedule(post.id, datetime(2999, 1, 1, tzinfo=UTC), "U0PLANNER")
    sink = Sink()
    scheduler = start_scheduler(services, sink, clock=fixed(datetime(2999, 1, 2, tzinfo=UTC)))
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
        assert {"daily-digest", "digest-check", "expire-overdue"} <= set(jobs)
        assert str(scheduler.timezone) == "America/New_York"
        jobs["expire-overdue"].func()  # what the interval runs, called here rather than waited for
    finally:
        stop_scheduler(scheduler)
    assert services.approvals.get_post(post.id).state == "expired"
    assert isinstance(PostBridge(services.approvals).expire_overdue(datetime(2999, 1, 3, tzinfo=UTC)), int)


def test_no_channel_means_no_digest_jobs(tmp_path: Path) -> None:
    services = build_services(Settings(_env_file=None, database_path=tmp_path / "carepost.db"))
    scheduler = start_scheduler(services, Sink())
    try:
        assert {job.id for job in scheduler.get_jobs()} == {"expire-overdue"}
    finally:
        stop_scheduler(scheduler)


def test_the_console_front_end_runs_with_the_scheduler_and_stops_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app

    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "carepost.db"))
    monkeypatch.setenv("REMINDER_TZ", "America/New_York")
    from handlers.console import Console

    typed = Console.run
    monkeypatch.setattr(Console, "run", lambda self, source=None: typed(self, io.StringIO("/help\n/quit\n")))
    started: list[BackgroundScheduler] = []
    real_start = app.start_scheduler
    monkeypatch.setattr(app, "start_scheduler", lambda *a, **k: started.append(real_start(*a, **k)) or started[-1])
    assert app.main() == 0
    assert len(started) == 1 and not started[0].running
