"""Due times from local wall clocks: DST gaps and repeats, odd offsets, quiet days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.briefs.schedule import (
    due_briefs,
    local_occurrence,
    next_occurrence,
    occurrences_between,
    zone_for,
)
from bot.domain.deliveries import ScheduleEntry

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
    found = {(d.athlete_id, d.local_date): d.expired for d in due_briefs(entries, now)}
    tuesday = date(2026, 3, 3)
    assert found[1, tuesday] is True  # 4 h 30 late
    assert found[2, tuesday] is False  # 3 h late: within the grace window
    assert (3, tuesday) not in found
    assert not [key for key in found if key[0] == 4]


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
