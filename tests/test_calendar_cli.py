"""`python -m bot calendar` (text and iCalendar) and `/calendar ...` commands as any front end runs them."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from bot.calendar import Calendar
from bot.calendar_commands import run_calendar_command
from bot.calendar_ics import export_ics
from bot.calendar_text import render_view
from bot.cli import main
from bot.config import Settings
from bot.policy import Policy
from bot.services import build_services
from bot.store import Store

NEW_YORK = ZoneInfo("America/New_York")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def calendar(store: Store) -> Calendar:
    clock = Clock(datetime(2026, 11, 23, 15, 0, tzinfo=UTC))  # Monday 23 Nov 2026, 10:00 New York
    return Calendar(store, Policy.model_validate({"cadence": {"linkedin": 2}}), NEW_YORK, clock=clock)


def test_commands_add_move_remove_and_list(calendar: Calendar) -> None:
    added = run_calendar_command(calendar, "add tomorrow 9am linkedin Flu clinic hours", "U0PLANNER")
    assert added.kind == "added" and added.message == "Added #1 for Tue Nov 24, 2026, 9:00 AM."
    assert added.entry.title == "Flu clinic hours" and added.entry.platform == "linkedin"
    walk_in = run_calendar_command(calendar, "add next Thursday twitter Walk-in hours", "U0PLANNER")
    assert walk_in.entry.platform == "x" and walk_in.message == "Added #2 for Thu Nov 26, 2026, 9:00 AM."
    moved = run_calendar_command(calendar, "move #1 Nov 27 3pm", "U0PLANNER")
    assert moved.kind == "moved" and "Fri Nov 27, 2026, 3:00 PM" in moved.message
    week = run_calendar_command(calendar, "", "U0PLANNER")
    assert [s.entry.title for s in week.view.slots] == ["Walk-in hours", "Flu clinic hours"]
    removed = run_calendar_command(calendar, "remove 1", "U0PLANNER")
    assert removed.kind == "removed"
    assert [s.entry.id for s in run_calendar_command(calendar, "", "U0PLANNER").view.slots] == [2]


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("add tomorrow", "Say when, the platform and a title"),
        ("add linkedin Flu", "Say when, the platform and a title"),  # no time before the platform
        ("add yesterday x Old news", "in the past"),
        ("add someday x Maybe", "could not read"),
        ("move 1", "Say which entry and when"),
        ("move 99 tomorrow", "no calendar entry #99"),
        ("remove one", "not an entry number"),
        ("month Smarch", "not a month"),
        ("frobnicate", "I do not know /calendar frobnicate"),
        ("add tomorrow x post:42", "Posts cannot be scheduled yet"),  # no approvals behind this calendar
    ],
)
def test_bad_commands_get_a_plain_answer(calendar: Calendar, typed: str, says: str) -> None:
    result = run_calendar_command(calendar, typed, "U0PLANNER")
    assert result.kind == "error" and says in result.message


def test_month_names_and_numbers(calendar: Calendar) -> None:
    assert run_calendar_command(calendar, "month", "U").view.first_day == date(2026, 11, 1)
    assert run_calendar_command(calendar, "month march", "U").view.first_day == date(2027, 3, 1)
    assert run_calendar_command(calendar, "month Dec", "U").view.last_day == date(2026, 12, 31)
    assert run_calendar_command(calendar, "month 2026-02", "U").view.first_day == date(2026, 2, 1)


def test_text_view_lists_every_day_gaps_and_observances(calendar: Calendar) -> None:
    calendar.add("tomorrow 9am", "linkedin", "Flu clinic hours", "U0PLANNER")
    text = render_view(calendar.next_days())
    assert text.splitlines()[0] == "Calendar Mon Nov 23 to Sun Nov 29 (America/New_York)"
    assert "Mon Nov 23 (today)" in text and "Sun Nov 29" in text
    assert "  #1     9:00 AM  LinkedIn  Flu clinic hours  [no post yet]" in text
    assert "Wed Nov 25\n  nothing planned" in text
    assert "LinkedIn: 1 of 2 planned for the week of Nov 23" in text
    assert "National Diabetes Month" in text


def test_ics_parses_back_with_the_same_library(calendar: Calendar) -> None:
    calendar.add("tomorrow 9am", "linkedin", "Flu clinic hours; walk-ins, welcome", "U0PLANNER")
    calendar.add("Dec 1 10:30am", "instagram", "World AIDS Day: free testing", "U0PLANNER")
    parsed = icalendar.Calendar.from_ical(export_ics(calendar))
    assert str(parsed["VERSION"]) == "2.0" and "CarePost" in str(parsed["PRODID"])
    events = list(parsed.walk("VEVENT"))
    slots = {str(e["UID"]): e for e in events if str(e["UID"]).startswith("calendar-entry-")}
    first = slots["calendar-entry-1@carepost.invalid"]
    assert str(first["SUMMARY"]) == "[LinkedIn] Flu clinic hours; walk-ins, welcome"  # escaped and unescaped
    assert first.decoded("DTSTART") == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    assert first.decoded("DTEND") - first.decoded("DTSTART") == timedelta(minutes=30)
    assert str(first["STATUS"]) == "TENTATIVE"
    aids = next(e for e in events if str(e["SUMMARY"]) == "World AIDS Day")
    assert aids.decoded("DTSTART") == date(2026, 12, 1) and aids.decoded("DTEND") == date(2026, 12, 2)
    # A removed entry leaves the export; a second export keeps the same UIDs.
    calendar.remove(2, "U0PLANNER")
    again = {str(e["UID"]) for e in icalendar.Calendar.from_ical(export_ics(calendar)).walk("VEVENT")}
    assert "calendar-entry-1@carepost.invalid" in again and "calendar-entry-2@carepost.invalid" not in again


def test_the_command_line_prints_the_calendar_and_writes_ics(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "carepost.db"))
    monkeypatch.setenv("REMINDER_TZ", "America/Chicago")
    assert main(["calendar"]) == 0
    out = capsys.readouterr().out
    assert "(America/Chicago)" in out and "Nothing is planned in these days" in out
    assert main(["calendar", "--month", "2026-12"]) == 0
    assert "Calendar Tue Dec 1 to Thu Dec 31" in capsys.readouterr().out
    target = tmp_path / "carepost.ics"
    assert main(["calendar", "--ics", str(target)]) == 0
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(list(parsed.walk("VEVENT"))) > 40  # a year of observances
    assert main(["calendar", "--month", "Smarch"]) == 2
    assert "not a month" in capsys.readouterr().err
    assert main(["calendar", "--ics", str(tmp_path / "missing" / "dir" / "x.ics")]) == 2


def test_the_console_answers_calendar_commands(tmp_path: Path) -> None:
    from handlers.console import Console

    services = build_services(Settings(_env_file=None, database_path=tmp_path / "carepost.db"))
    out = io.StringIO()
    console = Console(services, out=out)
    console.handle("/calendar add tomorrow 9am linkedin Flu clinic hours")
    console.handle("/calendar")
    console.handle("/calendar add someday x Maybe")
    text = out.getvalue()
    assert "Added #1 for " in text
    assert "Flu clinic hours  [no post yet]" in text
    assert "I could not read 'someday' as a time" in text
    services.store.close()
