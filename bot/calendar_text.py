"""The calendar and the daily digest as plain text, for the command line and the local console."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from typing import TextIO

from bot.calendar import PLATFORM_NAMES, Calendar, CalendarView
from bot.calendar_commands import run_calendar_command
from bot.calendar_digest import Digest
from bot.calendar_when import clock_time, zone_name

ADD_EXAMPLE = "/calendar add tomorrow 9am linkedin Flu clinic hours"


def _day(day: date) -> str:
    return f"{day:%a %b} {day.day}"


def _span(first: date, last: date) -> str:
    return _day(first) if first == last else f"{_day(first)} to {_day(last)}"


def render_view(view: CalendarView, *, every_day: bool | None = None) -> str:
    """The calendar for people: one heading a day, one line a slot, then gaps, observances, suggestions.

    Every day of a short range is listed (an empty day says so); a month lists only the days with posts.
    """
    every_day = (view.last_day - view.first_day).days < 7 if every_day is None else every_day
    lines = [f"Calendar {_span(view.first_day, view.last_day)} ({zone_name(view.zone)})"]
    by_day: dict[date, list[str]] = {}
    for slot in view.slots:
        local = view.local(slot.entry.when)
        platform = PLATFORM_NAMES.get(slot.entry.platform, slot.entry.platform)
        line = f"  #{slot.entry.id:<4} {clock_time(local):>8}  {platform:<9} {slot.entry.title}  [{slot.state_label}]"
        by_day.setdefault(local.date(), []).append(line)
    day = view.first_day
    while day <= view.last_day:
        if day in by_day or every_day:
            marker = " (today)" if day == view.today else ""
            lines.append("")
            lines.append(f"{_day(day)}{marker}")
            lines.extend(by_day.get(day, ["  nothing planned"]))
        day += timedelta(days=1)
    if not view.slots:
        lines.append("")
        lines.append(f"Nothing is planned in these days. Add a post: {ADD_EXAMPLE}")
    if view.gaps:
        lines += ["", "Gaps against the posting plan:"] + [f"  {gap.describe()}" for gap in view.gaps]
    if view.occurrences:
        lines += ["", "Health observances:"] + [f"  {o.name}: {_span(o.start, o.end)}" for o in view.occurrences]
    if view.suggestions:
        lines += ["", "Suggestions:"] + [f"  {s.text}" for s in view.suggestions]
    return "\n".join(lines)


def calendar_reply(calendar: Calendar, text: str, actor: str) -> str:
    """`/calendar <text>` answered as text (the console's reply)."""
    result = run_calendar_command(calendar, text, actor)
    return render_view(result.view) if result.view is not None else result.message


def render_digest(digest: Digest) -> str:
    """The digest as text; with nothing in it, one line."""
    if digest.empty:
        return digest.empty_line
    lines = [digest.headline]
    for section in digest.sections:
        lines += ["", f"{section.title}:"]
        for item in section.items:
            where = "the approval card" if item.card_ref else item.action
            lines.append(f"  - {item.text} (act on it: {where})")
    return "\n".join(lines)


def printing_sender(out: TextIO | None = None) -> Callable[[str, Digest], str | None]:
    """A reminder sender for the console and `--dry-run`: prints the digest."""

    def send(channel: str, digest: Digest) -> str | None:
        print(render_digest(digest), file=out or sys.stdout, flush=True)
        return None

    return send
