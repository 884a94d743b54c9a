"""The content calendar: slots (time, platform, title, optionally a post), their approval state,
the policy's cadence against what is planned, and upcoming health observances.

Times are stored in UTC and shown in the team's zone (REMINDER_TZ, else the server's). Every
change is in the audit log (the title only as its hash). A removed entry keeps its row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from dateutil.relativedelta import relativedelta

from bot import observances
from bot.calendar_posts import PostBridge, PostInfo, PostLinkError, bridge_for
from bot.calendar_when import WhenError, describe, local_day_bounds, parse_when, team_zone, week_start
from bot.policy import PLATFORMS, Policy
from bot.store import Store, utc_now

MAX_TITLE_CHARS = 200
PLATFORM_ALIASES = {"twitter": "x", "ig": "instagram", "insta": "instagram", "fb": "facebook", "li": "linkedin"}
PLATFORM_NAMES = {
    "x": "X", "threads": "Threads", "instagram": "Instagram", "facebook": "Facebook", "linkedin": "LinkedIn",
    "tiktok": "TikTok",
}  # fmt: skip
STATE_LABELS = {
    "unplanned": "no post yet",
    "pending": "waiting for approval",
    "changes_requested": "changes requested",
    "approved": "approved",
    "expired": "expired: not approved in time",
    "blocked": "blocked by the guardrails",
    "unknown": "approval state unknown",
}
# Entries in these states will not go out, so they do not count towards the cadence.
NOT_GOING_OUT = ("expired", "blocked")


class CalendarError(ValueError):
    """A calendar request that cannot be done; the message is plain words for the person who asked.

    `field` names the input at fault when one is (when, platform, title), so a form can show it there.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Entry:
    id: int
    when: datetime  # UTC
    platform: str
    title: str
    post_id: int | None
    created_by: str
    created_at: str
    updated_at: str
    removed_at: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Entry:
        return cls(
            id=int(row["id"]),
            when=datetime.fromisoformat(row["when_utc"]).astimezone(UTC),
            platform=row["platform"],
            title=row["title"],
            post_id=row["post_id"],
            created_by=row["created_by"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            removed_at=row["removed_at"],
        )


@dataclass(frozen=True)
class Slot:
    """An entry with its post's approval state (`unplanned` when no post is attached yet)."""

    entry: Entry
    state: str
    card_ref: dict[str, Any] | None = None

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    @property
    def approved(self) -> bool:
        return self.state == "approved"


@dataclass(frozen=True)
class Gap:
    """A platform with fewer slots this week than the policy's cadence asks for."""

    platform: str
    week_start: date
    planned: int
    target: int

    @property
    def missing(self) -> int:
        return self.target - self.planned

    def describe(self) -> str:
        name = PLATFORM_NAMES.get(self.platform, self.platform)
        week = f"{self.week_start:%b} {self.week_start.day}"
        return f"{name}: {self.planned} of {self.target} planned for the week of {week}"


@dataclass(frozen=True)
class CalendarView:
    """What `/calendar` shows: a range of local days, its slots, cadence gaps, observances and suggestions."""

    zone: tzinfo
    today: date
    first_day: date
    last_day: date
    slots: list[Slot]
    gaps: list[Gap]
    occurrences: list[observances.Occurrence]
    suggestions: list[observances.Suggestion] = field(default_factory=list)

    def local(self, when: datetime) -> datetime:
        return when.astimezone(self.zone)


def normalise_platform(name: str) -> str:
    key = (name or "").strip().lower().lstrip("#")
    key = PLATFORM_ALIASES.get(key, key)
    if key not in PLATFORMS:
        raise CalendarError(f"{name!r} is not a platform: use one of {', '.join(PLATFORMS)}.", "platform")
    return key


def parse_entry_id(text: str) -> int:
    raw = (text or "").strip().lstrip("#")
    if not raw.isdigit():
        raise CalendarError(f"{text!r} is not an entry number (the # numbers in /calendar).")
    return int(raw)


def _clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not title:
        raise CalendarError("Give the post a title, for example: Flu shot clinic hours.", "title")
    if len(title) > MAX_TITLE_CHARS:
        raise CalendarError(f"That title is {len(title)} characters; keep it under {MAX_TITLE_CHARS}.", "title")
    return title


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


class Calendar:
    """The calendar use case. `clock` returns the aware current time (tests pass their own)."""

    def __init__(
        self,
        store: Store,
        policy: Policy,
        zone: tzinfo,
        *,
        posts: PostBridge | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.policy = policy
        self.zone = zone
        self.posts = posts or PostBridge(None)
        self.clock = clock or (lambda: datetime.now(UTC))

    @classmethod
    def from_services(cls, services: Any, clock: Callable[[], datetime] | None = None) -> Calendar:
        zone = team_zone(services.settings.reminder_tz)
        return cls(services.store, services.policy, zone, posts=bridge_for(services), clock=clock)

    # ---- time

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def today(self) -> date:
        return self.now().astimezone(self.zone).date()

    def resolve_when(self, when: str | datetime) -> datetime:
        """A typed `<when>` or an aware datetime, as UTC; CalendarError for the past or unreadable text."""
        if isinstance(when, datetime):
            if when.tzinfo is None:
                raise CalendarError("A time needs a zone.")
            when = when.astimezone(UTC)
            if when < self.now() - timedelta(minutes=1):
                raise CalendarError(f"{describe(when, self.zone)} is in the past; give a later time.")
            return when
        try:
            return parse_when(when, self.zone, self.now())
        except WhenError as exc:
            raise CalendarError(str(exc)) from None

    def describe(self, when: datetime) -> str:
        return describe(when, self.zone)

    # ---- changes

    def add(
        self, when: str | datetime, platform: str, title: str, actor: str, *, post_id: int | None = None
    ) -> Entry:
        """A new slot. With a post, the post's own schedule is set too (through approvals)."""
        when_utc = self.resolve_when(when)
        platform = normalise_platform(platform)
        title = _clean_title(title) if title or post_id is None else f"Post #{post_id}"
        if post_id is not None:
            self._check_post(post_id)
            if self.entry_for_post(post_id) is not None:
                raise CalendarError(f"Post #{post_id} is already on the calendar: move that entry instead.")
            self._set_post_schedule(post_id, when_utc, actor)
        now = utc_now()
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO calendar_entries (when_utc, platform, title, post_id, created_by, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [_iso(when_utc), platform, title, post_id, actor, now, now],
            )
            entry_id = int(cursor.lastrowid)
            self.store.audit(
                actor,
                "calendar.add",
                subject=f"calendar_entry:{entry_id}",
                text=title,
                details={"when_utc": _iso(when_utc), "platform": platform, "post_id": post_id},
            )
        return self.get(entry_id)

    def move(self, entry_id: int, when: str | datetime, actor: str) -> Entry:
        """Reschedule a slot (and its post, if it has one)."""
        entry = self.get(entry_id)
        when_utc = self.resolve_when(when)
        if entry.post_id is not None:
            self._set_post_schedule(entry.post_id, when_utc, actor)
        with self.store.transaction() as db:
            db.execute(
                "UPDATE calendar_entries SET when_utc = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL",
                [_iso(when_utc), utc_now(), entry.id],
            )
            self.store.audit(
                actor,
                "calendar.move",
                subject=f"calendar_entry:{entry.id}",
                details={"from_utc": _iso(entry.when), "to_utc": _iso(when_utc), "post_id": entry.post_id},
            )
        return self.get(entry.id)

    reschedule = move

    def remove(self, entry_id: int, actor: str) -> Entry:
        """Take a slot off the calendar (the row stays, marked removed); its post is no longer scheduled."""
        entry = self.get(entry_id)
        if entry.post_id is not None:
            self._set_post_schedule(entry.post_id, None, actor)
        with self.store.transaction() as db:
            db.execute(
                "UPDATE calendar_entries SET removed_at = ?, removed_by = ?, updated_at = ? "
                "WHERE id = ? AND removed_at IS NULL",
                [utc_now(), actor, utc_now(), entry.id],
            )
            self.store.audit(
                actor,
                "calendar.remove",
                subject=f"calendar_entry:{entry.id}",
                details={"when_utc": _iso(entry.when), "platform": entry.platform, "post_id": entry.post_id},
            )
        return entry

    def schedule_post(
        self, post_id: int, when: str | datetime, actor: str, *, platform: str | None = None, title: str | None = None
    ) -> Entry:
        """Put a post on the calendar, or move it if it is there already (the Schedule button)."""
        existing = self.entry_for_post(post_id)
        if existing is not None:
            return self.move(existing.id, when, actor)
        info = self._check_post(post_id)
        chosen = platform or info.platform
        if not chosen:
            raise CalendarError(f"Say which platform post #{post_id} is for.")
        return self.add(when, chosen, title or f"Post #{post_id}", actor, post_id=post_id)

    # ---- reading

    def get(self, entry_id: int) -> Entry:
        row = self._one("SELECT * FROM calendar_entries WHERE id = ? AND removed_at IS NULL", [entry_id])
        if row is None:
            raise CalendarError(f"There is no calendar entry #{entry_id} (see /calendar for the numbers).")
        return Entry.from_row(row)

    def entries_between(self, start_utc: datetime, end_utc: datetime) -> list[Entry]:
        """Entries with start_utc <= when < end_utc, in time order."""
        rows = self.store.db.query(
            "SELECT * FROM calendar_entries WHERE removed_at IS NULL AND when_utc >= ? AND when_utc < ? "
            "ORDER BY when_utc, id",
            [_iso(start_utc), _iso(end_utc)],
        )
        return [Entry.from_row(row) for row in rows]

    def entries_on_days(self, first_day: date, last_day: date) -> list[Entry]:
        start, _ = local_day_bounds(first_day, self.zone)
        _, end = local_day_bounds(last_day, self.zone)
        return self.entries_between(start, end)

    def slots(self, entries: Iterable[Entry]) -> list[Slot]:
        entries = list(entries)
        infos: dict[int, PostInfo] = self.posts.states({e.post_id for e in entries if e.post_id is not None})
        result = []
        for entry in entries:
            if entry.post_id is None:
                result.append(Slot(entry, "unplanned"))
            elif entry.post_id in infos:
                info = infos[entry.post_id]
                result.append(Slot(entry, info.state, info.card_ref))
            else:
                result.append(Slot(entry, "unknown"))
        return result

    def cadence_gaps(self, any_day_of_week: date, slots: Iterable[Slot] | None = None) -> list[Gap]:
        """Platforms below the policy's posts-a-week in the Monday-to-Sunday week holding the day."""
        monday = week_start(any_day_of_week)
        if slots is None:
            slots = self.slots(self.entries_on_days(monday, monday + timedelta(days=6)))
        counts = Counter(
            s.entry.platform
            for s in slots
            if s.state not in NOT_GOING_OUT and week_start(s.entry.when.astimezone(self.zone).date()) == monday
        )
        return [
            Gap(platform, monday, counts.get(platform, 0), target)
            for platform, target in self.policy.cadence.items()
            if target > 0 and counts.get(platform, 0) < target
        ]

    def view(self, first_day: date, last_day: date) -> CalendarView:
        """The days first_day..last_day: slots, gaps for each week from this one on, observances, suggestions."""
        today = self.today()
        slots = self.slots(self.entries_on_days(min(first_day, week_start(first_day)), last_day + timedelta(days=6)))
        in_range = [s for s in slots if first_day <= s.entry.when.astimezone(self.zone).date() <= last_day]
        gaps: list[Gap] = []
        monday = max(week_start(first_day), week_start(today))
        while monday <= last_day:
            gaps.extend(self.cadence_gaps(monday, slots))
            monday += timedelta(days=7)
        occurrences = observances.between(first_day, last_day)
        planned = [(s.entry.when.astimezone(self.zone).date(), s.entry.title) for s in slots]
        ahead = observances.suggestions(max(today, first_day), planned, days=7) if last_day >= today else []
        return CalendarView(self.zone, today, first_day, last_day, in_range, gaps, occurrences, ahead)

    def next_days(self, days: int = 7) -> CalendarView:
        today = self.today()
        return self.view(today, today + timedelta(days=days - 1))

    def month(self, year: int | None = None, month: int | None = None) -> CalendarView:
        today = self.today()
        first = date(year or today.year, month or today.month, 1)
        return self.view(first, first + relativedelta(day=31))

    # ---- posts (through approvals)

    def _check_post(self, post_id: int) -> PostInfo:
        try:
            return self.posts.check_schedulable(post_id)
        except PostLinkError as exc:
            raise CalendarError(str(exc)) from None

    def _set_post_schedule(self, post_id: int, when_utc: datetime | None, actor: str) -> None:
        try:
            self.posts.set_schedule(post_id, when_utc, actor)
        except PostLinkError as exc:
            raise CalendarError(str(exc)) from None

    def entry_for_post(self, post_id: int) -> Entry | None:
        """The post's slot on the calendar, if it has one."""
        row = self._one("SELECT * FROM calendar_entries WHERE post_id = ? AND removed_at IS NULL", [post_id])
        return Entry.from_row(row) if row else None

    def _one(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        return next(iter(self.store.db.query(sql, params)), None)
