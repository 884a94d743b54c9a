"""The background jobs: the daily digest at REMINDER_TIME in REMINDER_TZ, and approvals' expiry.

APScheduler 3's BackgroundScheduler runs them in threads beside whichever front end runs:

- `daily-digest`: a CronTrigger at REMINDER_TIME in the team's zone (09:00 New York is 14:00 UTC in
  January and 13:00 UTC in July: the trigger follows the zone's clock changes);
- `digest-check`: at start (the catch-up: a reminder missed while CarePost was down goes out that
  day), then every few minutes, which retries a failed send and covers a machine that slept through
  the cron time. Both call `Reminders.send_if_due`, whose claim sends at most once a day;
- `expire-overdue`: every few minutes, marks posts not approved by their scheduled time as expired.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, time, tzinfo
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.calendar import Calendar
from bot.calendar_posts import bridge_for
from bot.reminders import Reminders, Sender

log = logging.getLogger(__name__)

CHECK_MINUTES = 15
EXPIRE_MINUTES = 5
CONSOLE_CHANNEL = "console"


def daily_trigger(send_time: time, zone: tzinfo) -> CronTrigger:
    return CronTrigger(hour=send_time.hour, minute=send_time.minute, second=0, timezone=zone)


def build_scheduler(
    reminders: Reminders | None,
    expire_overdue: Callable[[datetime], Any] | None,
    *,
    zone: tzinfo,
    clock: Callable[[], datetime] | None = None,
    check_minutes: int = CHECK_MINUTES,
    expire_minutes: int = EXPIRE_MINUTES,
) -> BackgroundScheduler:
    """The scheduler with its jobs added (not started)."""
    clock = clock or (lambda: datetime.now(UTC))
    scheduler = BackgroundScheduler(
        timezone=zone, job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600}
    )
    if reminders is not None:

        def digest() -> None:
            _run_logged("daily digest", lambda: reminders.send_if_due(clock()))

        scheduler.add_job(digest, daily_trigger(reminders.send_time, zone), id="daily-digest", name="daily digest")
        # First run at start (the catch-up), then every few minutes. (An interval job rather than a one-off
        # date job: APScheduler 3 can fail to remove a one-off job when shut down right after starting.)
        scheduler.add_job(
            digest,
            IntervalTrigger(minutes=check_minutes, timezone=zone),
            id="digest-check",
            name="digest catch-up and check",
            next_run_time=datetime.now(zone),
        )
    if expire_overdue is not None:

        def expire() -> None:
            _run_logged("expire overdue posts", lambda: expire_overdue(clock()))

        scheduler.add_job(
            expire, IntervalTrigger(minutes=expire_minutes, timezone=zone), id="expire-overdue", name="expire overdue"
        )
    return scheduler


def _run_logged(name: str, job: Callable[[], Any]) -> None:
    """A job's failure is logged by type and never kills the scheduler's thread."""
    try:
        job()
    except Exception as exc:
        log.error("%s failed: %s", name, type(exc).__name__, exc_info=exc)


def start_scheduler(
    services: Any, sender: Sender | None, *, channel: str | None = None, clock: Callable[[], datetime] | None = None
) -> BackgroundScheduler:
    """Start the jobs for these services. No sender or no channel: no digest, with a line in the log saying so."""
    calendar = Calendar.from_services(services, clock=clock)
    settings = services.settings
    channel = channel or settings.reminder_channel
    reminders = None
    if sender is not None and channel:
        reminders = Reminders(services.store, calendar, channel, sender, send_time=settings.reminder_time)
        log.info(
            "daily digest to %s at %s %s", channel, settings.reminder_time.strftime("%H:%M"), _zone_label(calendar.zone)
        )
    else:
        log.info("no daily digest: set REMINDER_CHANNEL to the channel that should get it")
    posts = bridge_for(services)
    expire = posts.expire_overdue if posts.available else None
    scheduler = build_scheduler(reminders, expire, zone=calendar.zone, clock=clock)
    scheduler.start()
    return scheduler


def stop_scheduler(scheduler: BackgroundScheduler | None) -> None:
    if scheduler is not None and scheduler.running:
        scheduler.shutdown(wait=False)


def _zone_label(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or str(zone)
