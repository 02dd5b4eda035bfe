"""When a push is due: a local wall-clock time in an IANA zone, turned into UTC instants.

Pure functions over ``zoneinfo`` (PEP 495 ``fold``; https://peps.python.org/pep-0495/):

* a wall time that does not exist on its day (spring forward: 02:30 in Berlin on the last
  Sunday of March) is due at the first valid moment after it, the end of the gap (03:00);
* a wall time that happens twice (fall back: 01:30 in New York on the first Sunday of
  November) is due once, at its first occurrence (``fold=0``); the outbox's unique key
  (recipient, kind, local date) is what makes it once, whatever ticks.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain.deliveries import DeliveryKind, ScheduleEntry

log = logging.getLogger(__name__)

# A push missed by more than this (the process was down, or retries ran long) is dropped
# and recorded as expired rather than sent at a silly hour.
GRACE = timedelta(hours=3)
# How far back the tick looks for occurrences without a row: a day, so a brief missed
# while the process was down is recorded as expired instead of silently never existing.
LOOKBACK = timedelta(hours=24)


@lru_cache(maxsize=1024)
def zone_for(name: str) -> ZoneInfo:
    """The zone called ``name``; UTC (logged) for a name this system does not know."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown timezone %r: scheduling in UTC", name)
        return ZoneInfo("UTC")


def _wall(instant: datetime, zone: ZoneInfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None)


def local_occurrence(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall time ``at`` on local date ``day`` in ``zone``."""
    wall = datetime.combine(day, at.replace(tzinfo=None))
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if _wall(first, zone) == wall:
        return first  # exists; fold=0 is the first of two occurrences on a fall-back day
    # In a gap. fold=1 reads the wall time with the offset after the transition, which
    # lands before it; fold=0 with the offset before, which lands after it. The end of the
    # gap is the first instant in between whose wall time is not earlier than ``wall``.
    low = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    high = first
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if _wall(middle, zone) >= wall:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def occurrences_between(
    start: datetime, end: datetime, zone: ZoneInfo, at: time
) -> list[tuple[date, datetime]]:
    """Every (local date, UTC instant) of wall time ``at`` with start < instant ≤ end."""
    first_day = start.astimezone(zone).date() - timedelta(days=1)
    last_day = end.astimezone(zone).date() + timedelta(days=1)
    found = []
    day = first_day
    while day <= last_day:
        instant = local_occurrence(day, at, zone)
        if start < instant <= end:
            found.append((day, instant))
        day += timedelta(days=1)
    return found


def next_occurrence(
    after: datetime, zone: ZoneInfo, at: time, quiet_weekdays: Iterable[int] = ()
) -> tuple[date, datetime] | None:
    """The first (local date, UTC instant) strictly after ``after`` on a day that is not
    quiet; None when every day of the week is quiet."""
    quiet = set(quiet_weekdays)
    if len(quiet) >= 7:
        return None
    day = after.astimezone(zone).date() - timedelta(days=1)
    for _ in range(10):  # two days of slack around the seven a week holds
        instant = local_occurrence(day, at, zone)
        if instant > after and day.weekday() not in quiet:
            return day, instant
        day += timedelta(days=1)
    raise AssertionError("a non-quiet day occurs within any ten consecutive days")


# The evening reminder ("How did it go?") and the weekly review (Sunday evening) go out at
# fixed local times: late enough for the day's session to be done, early enough to answer
# before bed. The review comes after the reminder, so Sunday's answer counts in it.
EVENING_REMINDER_AT = time(19, 0)
WEEKLY_REVIEW_AT = time(20, 30)
REVIEW_WEEKDAY = 6  # Sunday


@dataclass(frozen=True, slots=True)
class DuePush:
    kind: DeliveryKind
    athlete_id: int
    chat_id: int
    local_date: date
    due_at: datetime
    expired: bool  # missed by more than the grace window


def _wanted(entry: ScheduleEntry) -> Iterator[tuple[DeliveryKind, time]]:
    yield DeliveryKind.MORNING_BRIEF, entry.brief_time
    if entry.evening_reminder:
        yield DeliveryKind.EVENING_REMINDER, EVENING_REMINDER_AT
    yield DeliveryKind.WEEKLY_REVIEW, WEEKLY_REVIEW_AT


def _on_day(kind: DeliveryKind, day: date, entry: ScheduleEntry) -> bool:
    """Quiet days silence the daily pushes; the weekly review comes on Sundays whatever
    (it is what adapts next week)."""
    if kind is DeliveryKind.WEEKLY_REVIEW:
        return day.weekday() == REVIEW_WEEKDAY
    return day.weekday() not in entry.quiet_weekdays


def due_pushes(
    entries: Iterable[ScheduleEntry],
    now: datetime,
    *,
    lookback: timedelta = LOOKBACK,
    grace: timedelta = GRACE,
) -> Iterator[DuePush]:
    """Pushes whose time came in (now − lookback, now]: the morning brief, the evening
    reminder (when wanted) and the Sunday review, skipping quiet days and anything due
    before the athlete's schedule began. Athletes who share a zone and a time share one
    computation (a club is mostly one zone and a handful of times)."""
    start = now - lookback
    cache: dict[tuple[str, time], list[tuple[date, datetime]]] = {}
    for entry in entries:
        for kind, at in _wanted(entry):
            key = (entry.timezone, at)
            found = cache.get(key)
            if found is None:
                found = cache[key] = occurrences_between(start, now, zone_for(entry.timezone), at)
            for day, instant in found:
                if not _on_day(kind, day, entry) or instant < entry.since:
                    continue
                yield DuePush(
                    kind,
                    entry.athlete_id,
                    entry.chat_id,
                    day,
                    instant,
                    expired=now - instant > grace,
                )
