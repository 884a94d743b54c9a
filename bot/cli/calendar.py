"""`python -m bot calendar`: the next 7 days or a month as text, or the calendar as iCalendar (RFC 5545)."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from bot.calendar import Calendar, CalendarError
from bot.calendar_commands import run_calendar_command
from bot.calendar_ics import export_ics
from bot.calendar_text import render_view
from bot.config import ConfigError, load_settings
from bot.observances import ObservanceDataError
from bot.policy import PolicyError
from bot.services import build_services

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("calendar", help="the content calendar: the next 7 days, a month, or iCalendar")
    parser.add_argument(
        "--month", nargs="?", const="", metavar="MONTH", help="a month instead of 7 days: this one, March, or 2026-03"
    )
    parser.add_argument(
        "--ics",
        nargs="?",
        const="-",
        metavar="FILE",
        help="write the calendar as iCalendar to FILE (or standard output) for Google Calendar or Outlook",
    )
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run(args: argparse.Namespace) -> int:
    try:
        services = build_services(load_settings())
        calendar = Calendar.from_services(services)
    except (ConfigError, PolicyError) as exc:
        return _fail(str(exc))
    except (sqlite3.Error, OSError) as exc:
        return _fail(f"cannot open the database: {exc}")
    try:
        if args.ics is not None:
            return _write_ics(calendar, args.ics)
        command = "month " + args.month if args.month is not None else ""
        result = run_calendar_command(calendar, command, actor="cli")
        if not result.ok or result.view is None:
            return _fail(result.message)
        print(render_view(result.view))
        return EXIT_OK
    except (CalendarError, ObservanceDataError) as exc:
        return _fail(str(exc))
    finally:
        services.store.close()


def _write_ics(calendar: Calendar, target: str) -> int:
    data = export_ics(calendar)
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    try:
        with open(target, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        return _fail(f"cannot write {target}: {exc.strerror or exc}")
    print(f"Wrote {target} ({data.count(b'BEGIN:VEVENT')} events).", file=sys.stderr)
    return EXIT_OK
