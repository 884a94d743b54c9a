"""The daily reminder: one digest per channel per day, sent through whatever the front end passes in.

Exactly once, with a claim row in SQLite (`reminder_claims`, UNIQUE(channel, day)):

1. The digest is built first (reading only), so the claim is held only around the send itself.
2. Claim: in one IMMEDIATE transaction, insert the (channel, day) row as `sending`, or take over a
   row left `failed`. Any other row means someone else has it: `sent` (done), `sending` (another
   instance is sending right now), `abandoned` (given up). Two schedulers on one database file, a
   restart, the catch-up and the cron job racing: only one of them ever wins the claim.
3. Send. Success: the row becomes `sent` with the message's reference. An exception: the row
   becomes `failed` with the error's type (never the digest's words), and `attempts` counts it.
4. A `failed` row is fair game for the next try: this call retries with backoff (`retries` times),
   then the scheduler's periodic check takes it again, until `max_attempts` in the day, after which
   the row is `abandoned` and the give-up is logged at ERROR.

A row left `sending` means a process died during the send, when nobody can know whether Slack
posted the message. It is never retaken automatically (that could post twice); a warning says so,
and `python -m bot remind --now --force` sends it again on a person's decision. Treating a timeout
as a failure has the opposite risk (Slack may have posted before the timeout): accepted, as Slack's
client only times out after 15 seconds and the alternative is to lose the day's reminder.

The reminder is due from REMINDER_TIME until midnight in the team's zone: a reminder missed while
CarePost was down is sent when it starts again that day; the next day it is simply the next day's.
"""

from __future__ import annotations

import logging
import os
import socket
import time as time_module
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from bot.calendar import Calendar
from bot.calendar_digest import Digest, build_digest
from bot.store import Store, utc_now

log = logging.getLogger(__name__)

Sender = Callable[[str, Digest], str | None]  # (channel, digest) -> a reference to the sent message; raises on failure
SYSTEM_ACTOR = "carepost"
MAX_ERROR_CHARS = 200


@dataclass(frozen=True)
class Outcome:
    """What a reminder attempt did: sent, already_sent, in_flight, failed, abandoned, not_due, dry_run."""

    status: str
    channel: str
    day: date
    detail: str = ""
    digest: Digest | None = None

    @property
    def sent(self) -> bool:
        return self.status == "sent"


def instance_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _error_summary(exc: BaseException) -> str:
    """The error's type and its code or first line, short: Slack's error codes, never anyone's text."""
    response = getattr(exc, "response", None)
    code = response.get("error") if hasattr(response, "get") else None
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {code or first}"[:MAX_ERROR_CHARS]


def _pause(seconds: float) -> None:
    """The backoff between tries (a module function, so tests of the command line can skip the wait)."""
    time_module.sleep(seconds)


class Reminders:
    """The daily digest for one channel. `clock` and `sleep` are injectable so tests control time."""

    def __init__(
        self,
        store: Store,
        calendar: Calendar,
        channel: str,
        sender: Sender,
        *,
        send_time: time = time(9, 0),
        clock: Callable[[], datetime] | None = None,
        sleep: Callable[[float], None] | None = None,
        retries: int = 3,
        backoff_seconds: float = 2.0,
        max_attempts: int = 9,
        instance: str | None = None,
    ) -> None:
        self.store = store
        self.calendar = calendar
        self.channel = channel
        self.sender = sender
        self.send_time = send_time
        self.clock = clock or calendar.clock
        self.sleep = sleep or _pause
        self.retries = max(1, retries)
        self.backoff_seconds = backoff_seconds
        self.max_attempts = max(self.retries, max_attempts)
        self.instance = instance or instance_id()
        self._warned: set[date] = set()

    @property
    def zone(self):
        return self.calendar.zone

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def local_day(self, now: datetime) -> date:
        return now.astimezone(self.zone).date()

    def is_due(self, now: datetime) -> bool:
        """From REMINDER_TIME to midnight, in the team's zone."""
        return now.astimezone(self.zone).time().replace(tzinfo=None) >= self.send_time

    def claim_row(self, day: date) -> dict[str, Any] | None:
        return next(
            iter(
                self.store.db.query(
                    "SELECT * FROM reminder_claims WHERE channel = ? AND day = ?", [self.channel, day.isoformat()]
                )
            ),
            None,
        )

    # ---- the scheduler's entry point

    def send_if_due(self, now: datetime | None = None) -> Outcome:
        """The cron job, the catch-up at start and the periodic retry all call this; it sends at most once a day."""
        now = now or self.now()
        day = self.local_day(now)
        if not self.is_due(now):
            return Outcome("not_due", self.channel, day)
        row = self.claim_row(day)
        if row is not None and row["state"] == "sent":  # the usual case of the periodic check: nothing to build
            return Outcome("already_sent", self.channel, day, f"sent at {row['sent_at']}")
        return self._send_with_retries(now, day)

    def send_now(self, *, force: bool = False) -> Outcome:
        """`remind --now`: today's digest whatever the hour; still once a day unless `force`."""
        now = self.now()
        day = self.local_day(now)
        if not force:
            return self._send_with_retries(now, day)
        digest = build_digest(self.calendar, now)
        try:
            reference = self.sender(self.channel, digest)
        except Exception as exc:
            log.error("reminder for %s on %s failed when forced: %s", self.channel, day, type(exc).__name__)
            return Outcome("failed", self.channel, day, _error_summary(exc), digest)
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO reminder_claims (channel, day, state, claimed_by, claimed_at, attempts, sent_at, "
                "message_ref) VALUES (?, ?, 'sent', ?, ?, 1, ?, ?) ON CONFLICT (channel, day) DO UPDATE SET "
                "state = 'sent', claimed_by = excluded.claimed_by, attempts = attempts + 1, "
                "sent_at = excluded.sent_at, message_ref = excluded.message_ref, last_error = NULL",
                [self.channel, day.isoformat(), self.instance, utc_now(), utc_now(), reference],
            )
            self._audit("reminder.sent", day, {"forced": True, "items": digest.counts(), "message_ref": reference})
        return Outcome("sent", self.channel, day, "sent again on request", digest)

    def preview(self, now: datetime | None = None) -> Digest:
        """The digest as it would be sent now (`--dry-run`): nothing claimed, nothing sent."""
        return build_digest(self.calendar, now or self.now())

    # ---- the claim protocol (see the module's docstring)

    def _send_with_retries(self, now: datetime, day: date) -> Outcome:
        outcome = Outcome("failed", self.channel, day)
        for attempt in range(self.retries):
            if attempt:
                self.sleep(self.backoff_seconds * 2 ** (attempt - 1))
            outcome = self._attempt(now if attempt == 0 else self.now(), day)
            if outcome.status != "failed":
                return outcome
        if outcome.status == "failed":
            self._give_up_if_exhausted(day, outcome)
        return outcome

    def _attempt(self, now: datetime, day: date) -> Outcome:
        digest = build_digest(self.calendar, now)
        refusal = self._claim(day)
        if refusal is not None:
            return refusal
        try:
            reference = self.sender(self.channel, digest)
        except Exception as exc:
            summary = _error_summary(exc)
            self._record_failure(day, summary)
            log.warning("reminder for %s on %s: send failed (%s)", self.channel, day, type(exc).__name__)
            return Outcome("failed", self.channel, day, summary, digest)
        self._record_sent(day, reference, digest)
        log.info("reminder for %s on %s sent: %s", self.channel, day, digest.counts() or "empty")
        return Outcome("sent", self.channel, day, reference or "", digest)

    def _claim(self, day: date) -> Outcome | None:
        """None when this instance now holds the day's claim; otherwise the Outcome saying who does."""
        with self.store.transaction() as db:
            row = self.claim_row(day)
            if row is None:
                db.execute(
                    "INSERT INTO reminder_claims (channel, day, state, claimed_by, claimed_at, attempts) "
                    "VALUES (?, ?, 'sending', ?, ?, 1)",
                    [self.channel, day.isoformat(), self.instance, utc_now()],
                )
                return None
            if row["state"] == "failed" and row["attempts"] < self.max_attempts:
                db.execute(
                    "UPDATE reminder_claims SET state = 'sending', claimed_by = ?, claimed_at = ?, "
                    "attempts = attempts + 1 WHERE channel = ? AND day = ? AND state = 'failed'",
                    [self.instance, utc_now(), self.channel, day.isoformat()],
                )
                return None
        if row["state"] == "sent":
            return Outcome("already_sent", self.channel, day, f"sent at {row['sent_at']}")
        if row["state"] == "sending":
            if row["claimed_by"] != self.instance and day not in self._warned:
                self._warned.add(day)  # once a day per process, not at every periodic check
                log.warning(
                    "reminder for %s on %s is marked as being sent by %s since %s; if that process stopped, whether "
                    "Slack received it is unknown, so it is not sent again (`python -m bot remind --now --force` does)",
                    self.channel, day, row["claimed_by"], row["claimed_at"],
                )  # fmt: skip
            return Outcome("in_flight", self.channel, day, f"being sent by {row['claimed_by']}")
        if row["state"] == "failed":
            self._abandon(day, row["attempts"], row["last_error"])
        return Outcome("abandoned", self.channel, day, row["last_error"] or "")

    def _record_sent(self, day: date, reference: str | None, digest: Digest) -> None:
        with self.store.transaction() as db:
            db.execute(
                "UPDATE reminder_claims SET state = 'sent', sent_at = ?, message_ref = ?, last_error = NULL "
                "WHERE channel = ? AND day = ? AND claimed_by = ?",
                [utc_now(), reference, self.channel, day.isoformat(), self.instance],
            )
            self._audit("reminder.sent", day, {"items": digest.counts(), "message_ref": reference})

    def _record_failure(self, day: date, summary: str) -> None:
        with self.store.transaction() as db:
            db.execute(
                "UPDATE reminder_claims SET state = 'failed', last_error = ? WHERE channel = ? AND day = ? "
                "AND claimed_by = ?",
                [summary, self.channel, day.isoformat(), self.instance],
            )
            self._audit("reminder.failed", day, {"error": summary})

    def _give_up_if_exhausted(self, day: date, outcome: Outcome) -> None:
        row = self.claim_row(day)
        if row is not None and row["state"] == "failed" and row["attempts"] >= self.max_attempts:
            self._abandon(day, row["attempts"], row["last_error"])
        else:
            log.warning(
                "reminder for %s on %s: gave up for now after %d tries (%s); the next check retries it",
                self.channel, day, self.retries, outcome.detail,
            )  # fmt: skip

    def _abandon(self, day: date, attempts: int, last_error: str | None) -> None:
        with self.store.transaction() as db:
            changed = db.execute(
                "UPDATE reminder_claims SET state = 'abandoned' WHERE channel = ? AND day = ? AND state = 'failed'",
                [self.channel, day.isoformat()],
            ).rowcount
            if changed:
                self._audit("reminder.abandoned", day, {"attempts": attempts, "error": last_error})
        if changed:
            log.error(
                "reminder for %s on %s: gave up after %d attempts (%s)", self.channel, day, attempts, last_error
            )

    def _audit(self, action: str, day: date, details: dict[str, Any]) -> None:
        subject = f"reminder:{self.channel}:{day.isoformat()}"
        self.store.audit(SYSTEM_ACTOR, action, subject=subject, details={**details, "by": self.instance})
