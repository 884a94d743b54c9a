"""The calendar as iCalendar (RFC 5545) through the icalendar library, to subscribe from Google or Outlook.

Each slot is a 30-minute event at its UTC time (UID stable across exports, so a subscribed calendar
updates the event rather than adding another); each health observance is an all-day event.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar

from bot import observances
from bot.calendar import PLATFORM_NAMES, Calendar
from bot.calendar_when import zone_name

PRODID = "-//CarePost//Content calendar//EN"
UID_DOMAIN = "carepost.invalid"
SLOT_LENGTH = timedelta(minutes=30)
PAST_DAYS, FUTURE_DAYS = 30, 365


def export_ics(calendar: Calendar, first_day: date | None = None, last_day: date | None = None) -> bytes:
    """Slots and observances from `first_day` to `last_day` (default: 30 days back to a year ahead)."""
    today = calendar.today()
    first_day = first_day or today - timedelta(days=PAST_DAYS)
    last_day = last_day or today + timedelta(days=FUTURE_DAYS)
    stamp = calendar.now().replace(microsecond=0)

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "CarePost content calendar")
    cal.add("x-wr-timezone", zone_name(calendar.zone))

    for slot in calendar.slots(calendar.entries_on_days(first_day, last_day)):
        entry = slot.entry
        event = icalendar.Event()
        event.add("uid", f"calendar-entry-{entry.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.when.astimezone(UTC))
        event.add("dtend", entry.when.astimezone(UTC) + SLOT_LENGTH)
        event.add("summary", f"[{PLATFORM_NAMES.get(entry.platform, entry.platform)}] {entry.title}")
        event.add("description", f"Calendar entry #{entry.id}. Approval: {slot.state_label}.")
        event.add("categories", [entry.platform])
        event.add("status", "CONFIRMED" if slot.approved else "TENTATIVE")
        event.add("last-modified", datetime.fromisoformat(entry.updated_at).astimezone(UTC).replace(microsecond=0))
        cal.add_component(event)

    for occurrence in observances.between(first_day, last_day):
        event = icalendar.Event()
        event.add("uid", f"observance-{occurrence.start:%Y%m%d}-{_slug(occurrence.name)}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", occurrence.start)
        event.add("dtend", occurrence.end + timedelta(days=1))  # all-day DTEND is exclusive
        event.add("summary", occurrence.name)
        event.add("categories", ["observance", occurrence.observance.by])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
