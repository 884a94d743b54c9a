"""The calendar use case on a real SQLite file, with the real approvals service behind posts."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.approvals import ApprovalService
from bot.calendar import Calendar, CalendarError, normalise_platform, parse_entry_id
from bot.calendar_posts import PostBridge
from bot.policy import Policy
from bot.store import Store

NEW_YORK = ZoneInfo("America/New_York")
AUTHOR, APPROVER, PLANNER = "U0AUTHOR", "U0APPROVER", "U0PLANNER"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 23, 15, 0, tzinfo=UTC))  # Monday 23 Nov 2026, 10:00 in New York


@pytest.fixture
def team_policy() -> Policy:
    return Policy.model_validate(
        {"cadence": {"linkedin": 3, "instagram": 2}, "terms": [{"term": "miracle fix", "severity": "block"}]}
    )


@pytest.fixture
def approvals(store: Store, team_policy: Policy, clock: Clock) -> ApprovalService:
    return ApprovalService(store, team_policy, clock=clock)


@pytest.fixture
def calendar(store: Store, team_policy: Policy, clock: Clock, approvals: ApprovalService) -> Calendar:
    return Calendar(store, team_policy, NEW_YORK, posts=PostBridge(approvals), clock=clock)


def audit(store: Store, action_prefix: str) -> list[dict]:
    return list(store.db.query("SELECT * FROM audit_log WHERE action LIKE ? ORDER BY id", [action_prefix + "%"]))


def test_add_stores_utc_and_audits_without_the_title(calendar: Calendar, store: Store) -> None:
    entry = calendar.add("tomorrow 9am", "LinkedIn", "Flu shot clinic hours", PLANNER)
    assert entry.when == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    assert entry.platform == "linkedin" and entry.post_id is None
    rows = audit(store, "calendar.add")
    assert len(rows) == 1 and rows[0]["actor"] == PLANNER and rows[0]["subject"] == f"calendar_entry:{entry.id}"
    assert "Flu shot" not in rows[0]["details"] and rows[0]["text_hash"]
    assert json.loads(rows[0]["details"])["when_utc"] == "2026-11-24T14:00:00+00:00"


def test_bad_requests_are_refused_plainly_and_store_nothing(calendar: Calendar, store: Store) -> None:
    for when, platform, title, says in [
        ("yesterday", "x", "Old news", "in the past"),
        ("whenever", "x", "Soon", "could not read"),
        ("tomorrow", "myspace", "Retro", "not a platform"),
        ("tomorrow", "x", "   ", "title"),
        ("tomorrow", "x", "t" * 300, "under 200"),
    ]:
        with pytest.raises(CalendarError, match=says):
            calendar.add(when, platform, title, PLANNER)
    assert store.db.execute("SELECT COUNT(*) FROM calendar_entries").fetchone()[0] == 0


def test_move_and_remove_are_audited_and_removal_keeps_the_row(calendar: Calendar, store: Store) -> None:
    entry = calendar.add("tomorrow 9am", "x", "Holiday hours", PLANNER)
    moved = calendar.move(entry.id, "Dec 3 14:00", PLANNER)
    assert moved.when == datetime(2026, 12, 3, 19, 0, tzinfo=UTC)
    calendar.remove(entry.id, PLANNER)
    with pytest.raises(CalendarError, match="no calendar entry #"):
        calendar.get(entry.id)
    with pytest.raises(CalendarError):
        calendar.move(entry.id, "tomorrow", PLANNER)
    row = next(iter(store.db.query("SELECT * FROM calendar_entries WHERE id = ?", [entry.id])))
    assert row["removed_by"] == PLANNER and row["title"] == "Holiday hours"
    details = json.loads(audit(store, "calendar.move")[0]["details"])
    assert details["from_utc"] == "2026-11-24T14:00:00+00:00" and details["to_utc"] == "2026-12-03T19:00:00+00:00"
    assert len(audit(store, "calendar.remove")) == 1


def test_an_entry_shows_its_posts_approval_state(calendar: Calendar, approvals: ApprovalService) -> None:
    post = approvals.submit("Flu shots are available at every clinic this week.", AUTHOR, platform="linkedin")
    calendar.add("tomorrow 9am", "linkedin", "Flu shots", PLANNER, post_id=post.id)
    calendar.add("tomorrow 11am", "instagram", "Idea: staff spotlight", PLANNER)
    states = [(s.entry.title, s.state, s.state_label) for s in calendar.next_days().slots]
    assert states == [
        ("Flu shots", "pending", "waiting for approval"),
        ("Idea: staff spotlight", "unplanned", "no post yet"),
    ]
    approvals.approve(post.id, APPROVER, text_hash=post.text_hash)
    assert calendar.next_days().slots[0].state == "approved"


def test_scheduling_a_post_sets_its_time_in_approvals_and_moves_with_it(
    calendar: Calendar, approvals: ApprovalService, store: Store
) -> None:
    post = approvals.submit("Our walk-in clinic is open Saturday mornings.", AUTHOR, platform="facebook")
    approvals.approve(post.id, APPROVER, text_hash=post.text_hash)
    first = calendar.schedule_post(post.id, datetime(2026, 11, 27, 14, 0, tzinfo=UTC), PLANNER)
    assert first.platform == "facebook" and first.title == f"Post #{post.id}"
    assert approvals.get_post(post.id).scheduled_for == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)
    again = calendar.schedule_post(post.id, "Dec 1 10am", PLANNER)  # the same post: moved, not duplicated
    assert again.id == first.id
    assert approvals.get_post(post.id).scheduled_for == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    calendar.remove(first.id, PLANNER)
    assert approvals.get_post(post.id).scheduled_for is None
    assert [r["action"] for r in audit(store, "post.scheduled")] == ["post.scheduled"] * 3


def test_posts_that_cannot_be_scheduled_say_why(calendar: Calendar, approvals: ApprovalService) -> None:
    with pytest.raises(CalendarError, match="no post #999"):
        calendar.schedule_post(999, "tomorrow", PLANNER)
    blocked = approvals.submit("Try our miracle fix for back pain.", AUTHOR, platform="x")
    assert blocked.state == "blocked"
    with pytest.raises(CalendarError, match="block"):
        calendar.schedule_post(blocked.id, "tomorrow", PLANNER)
    post = approvals.submit("Flu shots are available at every clinic.", AUTHOR, platform="x")
    calendar.add("tomorrow", "x", "Flu", PLANNER, post_id=post.id)
    with pytest.raises(CalendarError, match="already on the calendar"):
        calendar.add("Dec 2", "x", "Flu again", PLANNER, post_id=post.id)


def test_cadence_gaps_for_a_week(calendar: Calendar, clock: Clock) -> None:
    # Week of Monday 23 Nov: LinkedIn 3 wanted, 2 planned (one of them next week does not count); Instagram 2 of 2.
    calendar.add("tomorrow 9am", "linkedin", "One", PLANNER)
    calendar.add("Nov 26 9am", "linkedin", "Two", PLANNER)
    calendar.add("Nov 30 9am", "linkedin", "Next week", PLANNER)
    calendar.add("Nov 25 9am", "instagram", "Three", PLANNER)
    calendar.add("Nov 29 9pm", "instagram", "Sunday evening, still this week", PLANNER)
    gaps = calendar.cadence_gaps(date(2026, 11, 25))
    assert [(g.platform, g.planned, g.target) for g in gaps] == [("linkedin", 2, 3)]
    assert gaps[0].describe() == "LinkedIn: 2 of 3 planned for the week of Nov 23"
    next_week = calendar.cadence_gaps(date(2026, 11, 30))
    assert [(g.platform, g.planned) for g in next_week] == [("linkedin", 1), ("instagram", 0)]


def test_the_seven_day_view_has_observances_and_suggestions(calendar: Calendar) -> None:
    view = calendar.next_days()
    assert (view.first_day, view.last_day) == (date(2026, 11, 23), date(2026, 11, 29))
    assert "World AIDS Day" not in [o.name for o in view.occurrences]
    assert "World AIDS Day is Tuesday (Dec 1): nothing is planned." not in [s.text for s in view.suggestions]
    calendar.clock.now += timedelta(days=3)  # Thursday 26 Nov
    texts = [s.text for s in calendar.next_days().suggestions]
    assert "World AIDS Day is Tuesday (Dec 1): nothing is planned." in texts


def test_the_month_view_covers_the_whole_month(calendar: Calendar) -> None:
    calendar.add("Dec 30 9am", "x", "Year in review", PLANNER)
    calendar.add("tomorrow 9am", "x", "This month", PLANNER)
    view = calendar.month(2026, 12)
    assert (view.first_day, view.last_day) == (date(2026, 12, 1), date(2026, 12, 31))
    assert [s.entry.title for s in view.slots] == ["Year in review"]
    assert "World AIDS Day" in [o.name for o in view.occurrences]


def test_people_type_platforms_and_numbers_loosely() -> None:
    assert normalise_platform("Twitter") == "x" and normalise_platform("#IG") == "instagram"
    assert parse_entry_id("#12") == 12
    with pytest.raises(CalendarError):
        parse_entry_id("twelve")
