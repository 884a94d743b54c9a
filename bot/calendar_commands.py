"""`/calendar ...` as typed in any front end: parsed and run against the calendar, with one result shape.

    /calendar                              the next 7 days
    /calendar month [March | 2026-03]      a month
    /calendar add <when> <platform> <title | post:ID>
    /calendar move <#entry> <when>         (also: reschedule)
    /calendar remove <#entry>              (also: delete, cancel)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.calendar import Calendar, CalendarError, CalendarView, Entry, normalise_platform, parse_entry_id

USAGE = (
    "Use: /calendar (the next 7 days), /calendar month, /calendar add <when> <platform> <title>, "
    "/calendar move <#> <when>, /calendar remove <#>. For example: /calendar add tomorrow 9am linkedin Flu clinic hours"
)
_POST_REF = re.compile(r"(?:^|\s)post[:#]?\s*#?(\d+)\b", re.IGNORECASE)
_MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], start=1)}  # fmt: skip
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


@dataclass(frozen=True)
class CommandResult:
    """kind: view | added | moved | removed | help | error. `message` is plain words for the person."""

    kind: str
    message: str = ""
    view: CalendarView | None = None
    entry: Entry | None = None

    @property
    def ok(self) -> bool:
        return self.kind != "error"


def run_calendar_command(calendar: Calendar, text: str, actor: str) -> CommandResult:
    """Do what `/calendar <text>` asks; never raises for bad input (the result is kind `error`)."""
    words = (text or "").split()
    verb = words[0].lower() if words else ""
    rest = words[1:]
    try:
        if verb in ("", "week", "list"):
            return CommandResult("view", view=calendar.next_days())
        if verb == "month":
            year, month = _month(rest, calendar.today())
            return CommandResult("view", view=calendar.month(year, month))
        if verb == "add":
            return _add(calendar, rest, actor)
        if verb in ("move", "reschedule"):
            if len(rest) < 2:
                return CommandResult("error", "Say which entry and when: /calendar move 12 tomorrow 3pm")
            entry = calendar.move(parse_entry_id(rest[0]), " ".join(rest[1:]), actor)
            return CommandResult("moved", f"Moved #{entry.id} to {calendar.describe(entry.when)}.", entry=entry)
        if verb in ("remove", "delete", "cancel"):
            if len(rest) != 1:
                return CommandResult("error", "Say which entry: /calendar remove 12")
            entry = calendar.remove(parse_entry_id(rest[0]), actor)
            return CommandResult("removed", f"Removed #{entry.id} ({entry.title}) from the calendar.", entry=entry)
        if verb == "help":
            return CommandResult("help", USAGE)
    except CalendarError as exc:
        return CommandResult("error", str(exc))
    return CommandResult("error", f"I do not know /calendar {verb}. {USAGE}")


def _add(calendar: Calendar, words: list[str], actor: str) -> CommandResult:
    """`<when> <platform> <title>`: the first word that names a platform splits the time from the title."""
    for index, word in enumerate(words):
        if index == 0:
            continue
        try:
            platform = normalise_platform(word)
        except CalendarError:
            continue
        when, title = " ".join(words[:index]), " ".join(words[index + 1 :])
        post_id = None
        match = _POST_REF.search(title)
        if match:
            post_id = int(match.group(1))
            title = (title[: match.start()] + " " + title[match.end() :]).strip()
        if not title and post_id is None:
            return CommandResult("error", f"Give the post a title: /calendar add {when} {word} Flu clinic hours")
        entry = calendar.add(when, platform, title, actor, post_id=post_id)
        return CommandResult("added", f"Added #{entry.id} for {calendar.describe(entry.when)}.", entry=entry)
    return CommandResult(
        "error",
        "Say when, the platform and a title: /calendar add tomorrow 9am linkedin Flu clinic hours "
        "(platforms: x, threads, instagram, facebook, linkedin, tiktok)",
    )


def _month(words: list[str], today: date) -> tuple[int, int]:
    if not words:
        return today.year, today.month
    text = " ".join(words).strip().lower()
    match = _YEAR_MONTH.match(text)
    if match and 1 <= int(match.group(2)) <= 12:
        return int(match.group(1)), int(match.group(2))
    parts = text.split()
    for name, number in _MONTHS.items():
        if parts[0] in (name, name[:3]):
            if len(parts) > 1 and parts[1].isdigit() and len(parts[1]) == 4:
                return int(parts[1]), number
            year = today.year if number >= today.month else today.year + 1  # the next such month
            return year, number
    raise CalendarError(f"{' '.join(words)!r} is not a month: try /calendar month, /calendar month March or 2026-03.")
