"""The daily digest's content: today's posts, posts due soon and not approved, cadence gaps, observances.

Front ends render a `Digest` (Block Kit in Slack, text in the console); each item carries where it
can be acted on: the post's approval card when it has one, otherwise a command such as /calendar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from bot import observances
from bot.calendar import PLATFORM_NAMES, Calendar, Slot
from bot.calendar_when import clock_time

DUE_SOON = timedelta(hours=48)
EMPTY_DIGEST = (
    "nothing on the calendar today, nothing due in the next 48 hours waiting for approval, "
    "the posting plan is on track, and no health observances this week."
)


@dataclass(frozen=True)
class DigestItem:
    text: str  # plain words: renderers escape and format it
    action: str = "/calendar"  # the command that acts on it
    card_ref: dict[str, Any] | None = None  # the post's approval card, when there is one
    entry_id: int | None = None


@dataclass(frozen=True)
class DigestSection:
    key: str  # today | due_soon | gaps | observances
    title: str
    items: list[DigestItem]


@dataclass(frozen=True)
class Digest:
    day: date
    zone: tzinfo
    sections: list[DigestSection] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any(section.items for section in self.sections)

    @property
    def headline(self) -> str:
        return f"CarePost daily digest for {self.day:%A}, {self.day:%b} {self.day.day}"

    @property
    def empty_line(self) -> str:
        """The whole digest when there is nothing in it: one line, not an empty list."""
        return f"{self.headline}: {EMPTY_DIGEST}"

    def counts(self) -> dict[str, int]:
        """Items per section: what the logs and the audit record say about a digest (never its words)."""
        return {section.key: len(section.items) for section in self.sections}


def _slot_text(slot: Slot, zone: tzinfo, with_day: bool) -> str:
    local = slot.entry.when.astimezone(zone)
    when = (f"{local:%a} " if with_day else "") + clock_time(local)
    platform = PLATFORM_NAMES.get(slot.entry.platform, slot.entry.platform)
    return f"{when} · {platform} · {slot.entry.title} (#{slot.entry.id}): {slot.state_label}"


def _slot_item(slot: Slot, zone: tzinfo, with_day: bool) -> DigestItem:
    action = "/calendar" if slot.entry.post_id is None else f"/calendar move {slot.entry.id} <when>"
    return DigestItem(_slot_text(slot, zone, with_day), action, slot.card_ref, slot.entry.id)


def build_digest(calendar: Calendar, now: datetime | None = None) -> Digest:
    """The digest for the team's day holding `now` (default: the calendar's clock)."""
    now = now or calendar.now()
    zone = calendar.zone
    today = now.astimezone(zone).date()
    week_end = today + timedelta(days=6)
    window = calendar.slots(calendar.entries_on_days(today, week_end))
    todays = [s for s in window if s.entry.when.astimezone(zone).date() == today]
    soon = [
        s
        for s in window
        if s.entry.when.astimezone(zone).date() > today and s.entry.when <= now + DUE_SOON and not s.approved
    ]
    gaps = calendar.cadence_gaps(today)
    planned = [(s.entry.when.astimezone(zone).date(), s.entry.title) for s in window]
    unplanned = {(s.occurrence.name, s.occurrence.start) for s in observances.suggestions(today, planned, days=7)}
    coming = [o for o in observances.between(today, week_end) if o.start >= today]

    sections = [
        DigestSection("today", "Today", [_slot_item(s, zone, with_day=False) for s in todays]),
        DigestSection(
            "due_soon", "Due in the next 48 hours, not approved yet", [_slot_item(s, zone, with_day=True) for s in soon]
        ),
        DigestSection(
            "gaps",
            "Gaps against the posting plan",
            [DigestItem(gap.describe(), f"/calendar add <when> {gap.platform} <title>") for gap in gaps],
        ),
        DigestSection(
            "observances", "Health observances this week", [_observance_item(o, today, unplanned) for o in coming]
        ),
    ]
    return Digest(today, zone, [s for s in sections if s.items])


def _observance_item(occurrence: observances.Occurrence, today: date, unplanned: set[tuple[str, date]]) -> DigestItem:
    verb = "is" if occurrence.observance.kind == "day" else "starts"
    when = observances.when_phrase(occurrence.start, today)
    status = "nothing is planned" if (occurrence.name, occurrence.start) in unplanned else "a post is planned"
    return DigestItem(f"{occurrence.name} {verb} {when}: {status}.", "/calendar add <when> <platform> <title>")
