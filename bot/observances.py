"""Health awareness days, weeks and months from the curated `bot/data/observances.yaml`.

Dates come from rules, computed with dateutil's relativedelta: a fixed date, "the third Thursday
of November", "the last day of February", each optionally shifted ("the last week of April" is the
last day minus six). `between(start, end)` lists the occurrences that overlap a range of days, and
`suggestions()` names the ones coming up that nothing in the calendar is about yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

DATA_PATH = Path(__file__).with_name("data") / "observances.yaml"
_WEEKDAYS = {
    "monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH, "friday": FR, "saturday": SA, "sunday": SU,
}  # fmt: skip
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}


class ObservanceDataError(ValueError):
    """The observances file is malformed; the message names the entry."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Strict):
    """`{month, weekday, nth}` (nth -1 is the last) or `{month, day: last}`."""

    month: int = Field(ge=1, le=12)
    weekday: str | None = None
    nth: int | None = None
    day: Literal["last"] | None = None

    @model_validator(mode="after")
    def _one_form(self) -> Rule:
        if self.day == "last":
            if self.weekday or self.nth:
                raise ValueError("use either day: last or weekday and nth")
            return self
        if self.weekday not in _WEEKDAYS:
            raise ValueError(f"weekday must be one of {list(_WEEKDAYS)}")
        if self.nth not in _ORDINALS:
            raise ValueError("nth must be 1 to 5, or -1 for the last")
        return self

    def date_in(self, year: int) -> date:
        first = date(year, self.month, 1)
        if self.day == "last":
            return first + relativedelta(day=31)
        weekday = _WEEKDAYS[self.weekday or ""]
        if self.nth == -1:
            return first + relativedelta(day=31, weekday=weekday(-1))
        found = first + relativedelta(weekday=weekday(+(self.nth or 1)))
        if found.month != self.month:
            raise ValueError(f"there is no {_ORDINALS[self.nth or 1]} {self.weekday} in {first:%B %Y}")
        return found


class Observance(_Strict):
    name: str = Field(min_length=1)
    kind: Literal["day", "week", "month"]
    by: Literal["WHO", "UN", "US", "global"]
    starts: str | Rule | None = None  # "MM-DD" or a rule; none for a month
    month: int | None = Field(default=None, ge=1, le=12)
    offset_days: int = Field(default=0, ge=-31, le=31)
    days: int | None = Field(default=None, ge=1, le=31)
    keywords: list[str] = Field(default_factory=list)

    @field_validator("starts")
    @classmethod
    def _month_day(cls, value: str | Rule | None) -> str | Rule | None:
        if isinstance(value, str):
            try:
                date(2024, int(value[:2]), int(value[3:]))  # a leap year, so 02-29 would pass: refuse it below
            except ValueError:
                raise ValueError(f"{value!r} is not a date as MM-DD") from None
            if len(value) != 5 or value[2] != "-" or value == "02-29":
                raise ValueError(f"{value!r} must be MM-DD and exist every year")
        return value

    @model_validator(mode="after")
    def _shape(self) -> Observance:
        if self.kind == "month":
            if self.month is None or self.starts is not None or self.days is not None:
                raise ValueError("a month gives `month` only")
        elif self.starts is None or self.month is not None:
            raise ValueError("a day or week gives `starts`, not `month`")
        return self

    def span(self, year: int) -> tuple[date, date]:
        """First and last day of this observance in `year` (the year it starts in)."""
        if self.kind == "month":
            first = date(year, self.month or 1, 1)
            return first, first + relativedelta(day=31)
        if isinstance(self.starts, Rule):
            start = self.starts.date_in(year)
        else:
            start = date(year, int(str(self.starts)[:2]), int(str(self.starts)[3:]))
        start += relativedelta(days=self.offset_days)
        length = self.days or (7 if self.kind == "week" else 1)
        return start, start + relativedelta(days=length - 1)

    @property
    def _patterns(self) -> list[re.Pattern[str]]:
        words = [self.name, *self.keywords]
        return [re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE) for word in words]

    def is_about(self, title: str) -> bool:
        """Whether a planned post's title is about this observance (its name or one of its keywords)."""
        return any(pattern.search(title) for pattern in self._patterns)


@dataclass(frozen=True)
class Occurrence:
    observance: Observance
    start: date
    end: date

    @property
    def name(self) -> str:
        return self.observance.name


@dataclass(frozen=True)
class Suggestion:
    occurrence: Occurrence
    text: str


@cache
def load_observances(path: Path = DATA_PATH) -> tuple[Observance, ...]:
    """The curated list, validated once; a malformed entry is an ObservanceDataError naming it."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise ObservanceDataError(f"cannot read {path}: {exc}") from None
    if not isinstance(raw, list):
        raise ObservanceDataError(f"{path} must be a list of observances")
    result = []
    for number, item in enumerate(raw, start=1):
        try:
            result.append(Observance.model_validate(item))
        except ValidationError as exc:
            name = item.get("name", f"entry {number}") if isinstance(item, dict) else f"entry {number}"
            raise ObservanceDataError(f"{path}: {name}: {exc.errors()[0]['msg']}") from None
    return tuple(result)


def between(start: date, end: date, observances: Iterable[Observance] | None = None) -> list[Occurrence]:
    """Occurrences overlapping the days start..end (inclusive), by start date then name."""
    found = []
    for observance in observances if observances is not None else load_observances():
        for year in range(start.year - 1, end.year + 1):
            first, last = observance.span(year)
            if first <= end and last >= start:
                found.append(Occurrence(observance, first, last))
    return sorted(found, key=lambda o: (o.start, o.name))


def when_phrase(day: date, today: date) -> str:
    """`today`, `tomorrow`, `Monday` within the week, otherwise `on Dec 1`."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if 1 < delta < 7:
        return f"{day:%A} ({day:%b} {day.day})"
    return f"on {day:%b} {day.day}"


def suggestions(
    today: date,
    planned: Iterable[tuple[date, str]],
    days: int = 7,
    observances: Iterable[Observance] | None = None,
) -> list[Suggestion]:
    """Observances starting in the next `days` days (today included) that no planned title is about.

    `planned` holds (local day, title) for the calendar's entries; an entry counts for an
    observance when it falls within the observance's span and its title mentions it.
    """
    planned = list(planned)
    window_end = today + timedelta(days=days - 1)
    result = []
    for occurrence in between(today, window_end, observances):
        if occurrence.start < today:
            continue  # already under way: suggested when it started
        covered = any(
            occurrence.start <= day <= occurrence.end and occurrence.observance.is_about(title)
            for day, title in planned
        )
        if covered:
            continue
        verb = "is" if occurrence.observance.kind == "day" else "starts"
        text = f"{occurrence.name} {verb} {when_phrase(occurrence.start, today)}: nothing is planned."
        result.append(Suggestion(occurrence, text))
    return result
