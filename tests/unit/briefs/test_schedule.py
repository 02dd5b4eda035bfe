"""Due times from local wall clocks: DST gaps and repeats, odd offsets, quiet days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.briefs.schedule import (
    due_pushes,
    local_occurrence,
    next_occurrence,
    occurrences_between,
    zone_for,
)
from bot.domain.deliveries import DeliveryKind, ScheduleEntry

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KATHMANDU = ZoneInfo("Asia/Kathmandu")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("day", "at", "zone", "expected"),
    [
        # An ordinary day: CET is UTC+1.
        (date(2026, 3, 28), time(6, 30), BERLIN, utc(2026, 3, 28, 5, 30)),
        # Spring forward (29 March 2026, 02:00 -> 03:00): 02:30 does not exist; it goes at
        # the first valid minute after, 03:00 CEST = 01:00 UTC.
        (date(2026, 3, 29), time(2, 30), BERLIN, utc(2026, 3, 29, 1, 0)),
        (date(2026, 3, 29), time(2, 0), BERLIN, utc(2026, 3, 29, 1, 0)),
        (date(2026, 3, 29), time(3, 0), BERLIN, utc(2026, 3, 29, 1, 0)),
        (date(2026, 3, 29), time(6, 30), BERLIN, utc(2026, 3, 29, 4, 30)),
        # Fall back (25 October 2026, 03:00 -> 02:00): 02:30 happens twice; the first,
        # still CEST (UTC+2), is the one.
        (date(2026, 10, 25), time(2, 30), BERLIN, utc(2026, 10, 25, 0, 30)),
        (date(2026, 10, 25), time(6, 30), BERLIN, utc(2026, 10, 25, 5, 30)),
        # New York springs forward on 8 March 2026 at 02:00 -> 03:00 …
        (date(2026, 3, 8), time(2, 30), NEW_YORK, utc(2026, 3, 8, 7, 0)),
        (date(2026, 3, 8), time(6, 30), NEW_YORK, utc(2026, 3, 8, 10, 30)),
        # … and falls back on 1 November 2026 at 02:00 -> 01:00: 01:30 EDT comes first.
        (date(2026, 11, 1), time(1, 30), NEW_YORK, utc(2026, 11, 1, 5, 30)),
        (date(2026, 11, 1), time(6, 30), NEW_YORK, utc(2026, 11, 1, 11, 30)),
        # Kathmandu is UTC+05:45, no DST.
        (date(2026, 3, 29), time(6, 30), KATHMANDU, utc(2026, 3, 29, 0, 45)),
        (date(2026, 3, 29), time(5, 0), KATHMANDU, utc(2026, 3, 28, 23, 15)),
    ],
)
def test_local_occurrence(day: date, at: time, zone: ZoneInfo, expected: datetime) -> None:
    assert local_occurrence(day, at, zone) == expected


def test_a_repeated_hour_is_due_once_and_a_skipped_one_is_not_lost() -> None:
    fall_back = occurrences_between(utc(2026, 10, 31), utc(2026, 11, 3), NEW_YORK, time(1, 30))
    assert [day for day, _ in fall_back] == [
        date(2026, 10, 31),
        date(2026, 11, 1),
        date(2026, 11, 2),
    ]
    spring = occurrences_between(utc(2026, 3, 28), utc(2026, 3, 31), BERLIN, time(2, 30))
    assert [day for day, _ in spring] == [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)]
    assert spring[1][1] == utc(2026, 3, 29, 1, 0)


def test_occurrences_are_in_the_half_open_window() -> None:
    at = time(6, 30)
    due = utc(2026, 3, 28, 5, 30)
    assert occurrences_between(due - timedelta(minutes=1), due, BERLIN, at) == [
        (date(2026, 3, 28), due)
    ]
    assert occurrences_between(due, due + timedelta(minutes=1), BERLIN, at) == []


def test_next_occurrence_skips_quiet_days_and_gives_up_on_a_quiet_week() -> None:
    friday_evening = utc(2026, 3, 27, 18, 0)
    weekend = (5, 6)
    assert next_occurrence(friday_evening, BERLIN, time(6, 30), weekend) == (
        date(2026, 3, 30),
        utc(2026, 3, 30, 4, 30),
    )
    assert next_occurrence(friday_evening, BERLIN, time(6, 30), range(7)) is None


def test_an_unknown_zone_is_scheduled_in_utc() -> None:
    assert zone_for("Mars/Olympus_Mons") == ZoneInfo("UTC")


def test_due_briefs_honour_quiet_days_the_start_and_the_grace_window() -> None:
    now = utc(2026, 3, 3, 10, 0)  # a Tuesday
    entries = [
        ScheduleEntry(1, 1, "Europe/Berlin", time(6, 30), (), utc(2026, 1, 1)),  # 05:30 UTC
        ScheduleEntry(2, 2, "Europe/Berlin", time(8, 0), (), utc(2026, 1, 1)),  # 07:00 UTC
        ScheduleEntry(3, 3, "Europe/Berlin", time(8, 0), (1,), utc(2026, 1, 1)),  # quiet Tue
        ScheduleEntry(4, 4, "Europe/Berlin", time(8, 0), (), utc(2026, 3, 3, 9, 0)),  # joined late
    ]
    found = {
        (d.athlete_id, d.local_date): d.expired
        for d in due_pushes(entries, now)
        if d.kind is DeliveryKind.MORNING_BRIEF
    }
    tuesday = date(2026, 3, 3)
    assert found[1, tuesday] is True  # 4 h 30 late
    assert found[2, tuesday] is False  # 3 h late: within the grace window
    assert (3, tuesday) not in found
    assert not [key for key in found if key[0] == 4]


def test_reminder_and_review_follow_their_own_rules() -> None:
    # Sunday 8 March 2026, 22:00 in Berlin (UTC+1): the reminder (19:00) and the review
    # (20:30) of the day are due, the brief (07:00) is more than the grace window late.
    now = utc(2026, 3, 8, 21, 0)
    since = utc(2026, 1, 1)
    entries = [
        ScheduleEntry(1, 1, "Europe/Berlin", time(7, 0), (), since),
        ScheduleEntry(2, 2, "Europe/Berlin", time(7, 0), (), since, evening_reminder=False),
        ScheduleEntry(3, 3, "Europe/Berlin", time(7, 0), (6,), since),  # quiet Sundays
        ScheduleEntry(4, 4, "Asia/Kathmandu", time(7, 0), (), since),  # Monday 02:45 there
    ]
    found = {
        (d.athlete_id, d.kind): d for d in due_pushes(entries, now, lookback=timedelta(hours=4))
    }
    sunday = date(2026, 3, 8)
    reminder = found[1, DeliveryKind.EVENING_REMINDER]
    assert (reminder.local_date, reminder.due_at) == (sunday, utc(2026, 3, 8, 18, 0))
    assert not reminder.expired
    review = found[1, DeliveryKind.WEEKLY_REVIEW]
    assert (review.local_date, review.due_at) == (sunday, utc(2026, 3, 8, 19, 30))
    assert (2, DeliveryKind.EVENING_REMINDER) not in found  # turned off
    assert (2, DeliveryKind.WEEKLY_REVIEW) in found
    assert (3, DeliveryKind.EVENING_REMINDER) not in found  # a quiet day
    assert (3, DeliveryKind.WEEKLY_REVIEW) in found  # the review is weekly, not daily
    # Kathmandu's Sunday 20:30 was 14:45 UTC: outside the four hours looked at.
    assert not [key for key in found if key[0] == 4]


def test_the_review_is_only_on_sundays() -> None:
    entry = ScheduleEntry(1, 1, "America/New_York", time(6, 0), (), utc(2026, 1, 1))
    week = list(due_pushes([entry], utc(2026, 3, 14, 12, 0), lookback=timedelta(days=7)))
    reviews = [d.local_date for d in week if d.kind is DeliveryKind.WEEKLY_REVIEW]
    assert reviews == [date(2026, 3, 8)]
    reminders = sorted(d.local_date for d in week if d.kind is DeliveryKind.EVENING_REMINDER)
    assert len(reminders) == 7


@given(
    zone=st.sampled_from(
        [
            "Europe/Berlin",
            "America/New_York",
            "Asia/Kathmandu",
            "Australia/Lord_Howe",
            "America/Santiago",
            "Pacific/Chatham",
            "UTC",
        ]  # fmt: skip
    ),
    day=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    hour=st.integers(0, 23),
    minute=st.sampled_from([0, 15, 30, 45, 59]),
)
def test_an_occurrence_is_on_its_day_at_or_just_after_its_wall_time(
    zone: str, day: date, hour: int, minute: int
) -> None:
    tz = ZoneInfo(zone)
    at = time(hour, minute)
    instant = local_occurrence(day, at, tz)
    wall = instant.astimezone(tz)
    assert wall.date() == day or (wall.date() == day + timedelta(days=1) and hour == 23)
    wanted = datetime.combine(day, at)
    shown = wall.replace(tzinfo=None)
    # Exactly the wall time, or (in a gap) no later than the gap's length after it.
    assert timedelta(0) <= shown - wanted <= timedelta(hours=1)
    # One occurrence per local date: consecutive days are 22 to 26 hours apart.
    following = local_occurrence(day + timedelta(days=1), at, tz)
    assert timedelta(hours=22) <= following - instant <= timedelta(hours=26)
