"""The curated health observances: rules computed right, ranges, and suggestions of what is not planned."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.observances import (
    Observance,
    ObservanceDataError,
    between,
    load_observances,
    suggestions,
)


def by_name(name: str) -> Observance:
    return next(o for o in load_observances() if o.name == name)


def test_the_curated_list_is_substantial_and_covers_us_and_who() -> None:
    catalogue = load_observances()
    assert len(catalogue) >= 40
    assert {o.by for o in catalogue} >= {"WHO", "US"}
    assert {o.kind for o in catalogue} == {"day", "week", "month"}
    assert len({o.name for o in catalogue}) == len(catalogue)


@pytest.mark.parametrize(
    ("name", "year", "first", "last"),
    [
        ("World AIDS Day", 2026, date(2026, 12, 1), date(2026, 12, 1)),
        ("World Health Day", 2026, date(2026, 4, 7), date(2026, 4, 7)),
        ("Breast Cancer Awareness Month", 2026, date(2026, 10, 1), date(2026, 10, 31)),
        ("Great American Smokeout", 2026, date(2026, 11, 19), date(2026, 11, 19)),  # third Thursday
        ("Great American Smokeout", 2025, date(2025, 11, 20), date(2025, 11, 20)),
        ("World Kidney Day", 2026, date(2026, 3, 12), date(2026, 3, 12)),  # second Thursday of March
        ("Rare Disease Day", 2028, date(2028, 2, 29), date(2028, 2, 29)),  # the last day of a leap February
        ("Rare Disease Day", 2026, date(2026, 2, 28), date(2026, 2, 28)),
        ("World Immunization Week", 2026, date(2026, 4, 24), date(2026, 4, 30)),  # the last week of April
        ("Men's Health Week", 2026, date(2026, 6, 15), date(2026, 6, 21)),  # ends on Father's Day
        ("National Women's Health Week", 2026, date(2026, 5, 10), date(2026, 5, 16)),  # from Mother's Day
        ("American Heart Month", 2028, date(2028, 2, 1), date(2028, 2, 29)),
    ],
)
def test_rules_give_the_right_days(name: str, year: int, first: date, last: date) -> None:
    assert by_name(name).span(year) == (first, last)


def test_every_entry_computes_for_a_run_of_years() -> None:
    for observance in load_observances():
        for year in range(2024, 2036):
            first, last = observance.span(year)
            assert first <= last
            assert (last - first).days <= 31


def test_range_holds_what_overlaps_it_across_a_new_year() -> None:
    found = between(date(2026, 12, 28), date(2027, 1, 5))
    names = [o.name for o in found]
    assert "Cervical Health Awareness Month" in names  # January 2027
    assert all(o.start <= date(2027, 1, 5) and o.end >= date(2026, 12, 28) for o in found)
    assert "World AIDS Day" not in names


def test_suggestion_names_the_day_and_says_nothing_is_planned() -> None:
    # Thursday 26 November 2026: World AIDS Day is the coming Tuesday.
    found = suggestions(date(2026, 11, 26), planned=[])
    texts = [s.text for s in found]
    assert "World AIDS Day is Tuesday (Dec 1): nothing is planned." in texts
    assert not any("Influenza" in t for t in texts)  # starts Monday Dec 7, beyond the week


def test_a_week_that_starts_soon_is_suggested_as_starting() -> None:
    texts = [s.text for s in suggestions(date(2026, 12, 3), planned=[])]
    assert "National Influenza Vaccination Week starts Monday (Dec 7): nothing is planned." in texts


def test_a_planned_post_about_it_silences_the_suggestion() -> None:
    planned = [(date(2026, 12, 1), "Free HIV testing at our clinics")]
    texts = [s.text for s in suggestions(date(2026, 11, 26), planned)]
    assert not any("World AIDS Day" in t for t in texts)


def test_a_post_on_another_subject_that_day_does_not_count() -> None:
    planned = [(date(2026, 12, 1), "Parking garage closed for repairs")]
    texts = [s.text for s in suggestions(date(2026, 11, 26), planned)]
    assert any("World AIDS Day" in t for t in texts)


def test_today_and_tomorrow_are_said_so() -> None:
    assert any(s.text == "World AIDS Day is today: nothing is planned." for s in suggestions(date(2026, 12, 1), []))
    assert any(s.text == "World AIDS Day is tomorrow: nothing is planned." for s in suggestions(date(2026, 11, 30), []))


def test_a_malformed_file_names_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- {name: Made-up Day, kind: day, starts: '13-45', by: US}\n", encoding="utf-8")
    with pytest.raises(ObservanceDataError, match="Made-up Day"):
        load_observances(path)
