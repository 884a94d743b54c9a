"""The team's time zone, and `<when>` as people type it ("tomorrow 9am", "Dec 3 14:00", "next Tuesday").

dateparser reads the text; this module adds what a calendar needs around it: the team's zone
(REMINDER_TZ, else the server's), future dates preferred, a default time of day when only a day
was given, weekday names handled the same way whatever dateparser's version does with them, and
a plain one-line `WhenError` for text it cannot read, times in the past, or dates absurdly far away.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import tzlocal
from dateparser.date import DateDataParser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

DEFAULT_POST_TIME = time(9, 0)
MAX_WHEN_CHARS = 100
MAX_DAYS_AHEAD = 400
EXAMPLES = "tomorrow 9am, Dec 3 14:00, next Tuesday"

_WEEKDAYS = {
    "mon": MO, "monday": MO, "tue": TU, "tues": TU, "tuesday": TU, "wed": WE, "weds": WE, "wednesday": WE,
    "thu": TH, "thur": TH, "thurs": TH, "thursday": TH, "fri": FR, "friday": FR,
    "sat": SA, "saturday": SA, "sun": SU, "sunday": SU,
}  # fmt: skip
_WEEKDAY_PHRASE = re.compile(
    r"\b(?:(next|this|on|coming)\s+)?(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b\.?",
    re.IGNORECASE,
)
# "at 9" means 9:00; dateparser would otherwise ignore the bare number.
_BARE_HOUR = re.compile(r"\bat\s+(\d{1,2})\b(?![:.]\d|\s*(?:am|pm|a\.m|p\.m|h\b|o'?clock))", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")


class WhenError(ValueError):
    """The text is not a usable time; the message says why, in one line, for the person who typed it."""


def team_zone(name: str | None) -> tzinfo:
    """The IANA zone named (REMINDER_TZ), else the server's own zone (an IANA zone where it can be found)."""
    if name:
        return zoneinfo.ZoneInfo(name)
    try:
        return tzlocal.get_localzone()
    except Exception:  # a server with no usable zone configuration
        return UTC


def zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or str(zone)


def describe(when_utc: datetime, zone: tzinfo) -> str:
    """`Tue Jan 20, 9:00 AM` in the team's zone: how every front end shows a time back to people."""
    local = when_utc.astimezone(zone)
    return local.strftime("%a %b ") + str(local.day) + local.strftime(", %Y, ") + clock_time(local)


def clock_time(local: datetime) -> str:
    return local.strftime("%I:%M %p").lstrip("0")


def _weekday_date(qualifier: str | None, weekday_name: str, today: date) -> date:
    """`this X`: the first X from today on; `X`, `on X`, `next X`: the first X after today."""
    weekday = _WEEKDAYS[weekday_name.lower()]
    start = today if (qualifier or "").lower() == "this" else today + timedelta(days=1)
    return start + relativedelta(weekday=weekday(+1))


def _normalise(text: str, today: date) -> str:
    text = " ".join(text.split())
    text = _BARE_HOUR.sub(lambda m: f"at {m.group(1)}:00", text)

    def weekday(match: re.Match[str]) -> str:
        return " " + _weekday_date(match.group(1), match.group(2), today).isoformat() + " "

    return " ".join(_WEEKDAY_PHRASE.sub(weekday, text).split())


def _check_iso_dates(text: str) -> None:
    for match in _ISO_DATE.finditer(text):
        try:
            date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise WhenError(f"{match.group(0)} is not a date (year-month-day).") from None


def _localise(naive: datetime, zone: tzinfo) -> datetime:
    """The wall-clock time in the zone; a time skipped by a clock change is refused rather than shifted."""
    local = naive.replace(tzinfo=zone)
    if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        raise WhenError(
            f"{clock_time(naive)} does not exist on {naive:%b} {naive.day} in {zone_name(zone)} "
            "(the clocks change): pick another time."
        )
    return local


def parse_when(
    text: str,
    zone: tzinfo,
    now: datetime,
    *,
    default_time: time = DEFAULT_POST_TIME,
    allow_past: bool = False,
) -> datetime:
    """The moment `text` names, in UTC. `now` is aware; a day without a time gets `default_time`."""
    text = (text or "").strip()
    if not text:
        raise WhenError(f"Say when, for example: {EXAMPLES}.")
    if len(text) > MAX_WHEN_CHARS:
        raise WhenError(f"That is too long for a time; try something like: {EXAMPLES}.")
    local_now = now.astimezone(zone)
    _check_iso_dates(text)
    normalised = _normalise(text, local_now.date())
    parser = DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": local_now.replace(tzinfo=None, microsecond=0),
            "RETURN_TIME_AS_PERIOD": True,
            "DATE_ORDER": "MDY",
        },
    )
    try:
        data = parser.get_date_data(normalised)
    except Exception:  # dateparser raises assorted errors on odd input; all mean "cannot read it"
        data = None
    if data is None or data.date_obj is None:
        raise WhenError(f"I could not read {text!r} as a time. Try something like: {EXAMPLES}.")
    if data.period not in ("day", "time"):
        raise WhenError(f"{text!r} is not a single day; give a day and a time, for example: {EXAMPLES}.")
    parsed: datetime = data.date_obj
    if data.period == "day":
        parsed = datetime.combine(parsed.date(), default_time, tzinfo=parsed.tzinfo)
    if parsed.tzinfo is not None:
        when = parsed.astimezone(UTC)
    else:
        when = _localise(parsed.replace(second=0, microsecond=0), zone).astimezone(UTC)
    if not allow_past and when < now - timedelta(minutes=1):
        raise WhenError(f"{describe(when, zone)} is in the past; give a later time.")
    if when > now + timedelta(days=MAX_DAYS_AHEAD):
        raise WhenError(f"{describe(when, zone)} is more than a year away; check the date.")
    return when


def local_day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants at which the local day starts and the next one starts (23 or 25 hours on clock changes)."""
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())
