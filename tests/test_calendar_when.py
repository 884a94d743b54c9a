"""`<when>` as people type it, read in the team's zone with future dates preferred, and the bad cases."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.calendar_when import WhenError, describe, local_day_bounds, parse_when, team_zone

NEW_YORK = ZoneInfo("America/New_York")
# Tuesday 13 January 2026, 10:00 in New York.
TUESDAY_10AM = datetime(2026, 1, 13, 15, 0, tzinfo=UTC)


def ny(*args: int) -> datetime:
    return datetime(*args, tzinfo=NEW_YORK).astimezone(UTC)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("tomorrow 9am", ny(2026, 1, 14, 9, 0)),
        ("Tomorrow at 9", ny(2026, 1, 14, 9, 0)),
        ("Dec 3 14:00", ny(2026, 12, 3, 14, 0)),
        ("december 3rd at 2:30pm", ny(2026, 12, 3, 14, 30)),
        ("12/3 2pm", ny(2026, 12, 3, 14, 0)),
        ("next Tuesday", ny(2026, 1, 20, 9, 0)),  # a day alone gets the default 9:00
        ("next tuesday 10am", ny(2026, 1, 20, 10, 0)),
        ("tuesday", ny(2026, 1, 20, 9, 0)),  # said on a Tuesday: the next one
        ("this tuesday 3pm", ny(2026, 1, 13, 15, 0)),
        ("on Friday at 10", ny(2026, 1, 16, 10, 0)),
        ("sat", ny(2026, 1, 17, 9, 0)),
        ("Jan 3", ny(2027, 1, 3, 9, 0)),  # future preferred: next year's
        ("2026-02-01 09:00", ny(2026, 2, 1, 9, 0)),
        ("in 2 hours", ny(2026, 1, 13, 12, 0)),
        ("friday 3pm EST", ny(2026, 1, 16, 15, 0)),
    ],
)
def test_what_people_type_is_read_in_the_team_zone(typed: str, expected: datetime) -> None:
    assert parse_when(typed, NEW_YORK, TUESDAY_10AM) == expected


def test_summer_times_use_daylight_saving() -> None:
    july = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert parse_when("tomorrow 9am", NEW_YORK, july) == datetime(2026, 7, 2, 13, 0, tzinfo=UTC)


def test_the_same_words_in_another_zone_are_another_instant() -> None:
    tokyo = parse_when("tomorrow 9am", ZoneInfo("Asia/Tokyo"), TUESDAY_10AM)
    assert tokyo == datetime(2026, 1, 15, 0, 0, tzinfo=UTC)  # 14 Jan 09:00 JST, as it is already the 14th there


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "Say when"),
        ("   ", "Say when"),
        ("blah", "could not read 'blah'"),
        ("yesterday", "in the past"),
        ("this tuesday 8am", "in the past"),
        ("2026-13-01", "not a date"),
        ("32 jan", "not a single day"),
        ("next week", "not a single day"),
        ("1", "not a single day"),
        ("feb 29", "more than a year away"),
        ("Mar 8 2:30am", "does not exist"),  # the spring-forward gap in New York
        ("x" * 150, "too long"),
    ],
)
def test_bad_input_gets_one_plain_line(typed: str, says: str) -> None:
    with pytest.raises(WhenError) as caught:
        parse_when(typed, NEW_YORK, TUESDAY_10AM)
    message = str(caught.value)
    assert says in message
    assert "\n" not in message and "Traceback" not in message


def test_the_past_can_be_allowed_for_listing() -> None:
    assert parse_when("yesterday", NEW_YORK, TUESDAY_10AM, allow_past=True) == ny(2026, 1, 12, 9, 0)


def test_default_time_is_configurable() -> None:
    assert parse_when("Dec 3", NEW_YORK, TUESDAY_10AM, default_time=time(13, 30)) == ny(2026, 12, 3, 13, 30)


def test_times_are_shown_back_in_the_team_zone() -> None:
    assert describe(ny(2026, 12, 3, 14, 0), NEW_YORK) == "Thu Dec 3, 2026, 2:00 PM"


def test_a_clock_change_day_has_23_hours() -> None:
    start, end = local_day_bounds(datetime(2026, 3, 8).date(), NEW_YORK)
    assert (end - start).total_seconds() == 23 * 3600


def test_team_zone_falls_back_to_the_server_zone() -> None:
    assert team_zone("Europe/Paris") == ZoneInfo("Europe/Paris")
    assert team_zone(None) is not None
