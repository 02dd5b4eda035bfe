"""The shape of a plan: which week is base, build, peak, taper or race, and which recover.

Rules and sources:
- Periods base -> build -> peak -> taper -> race (Friel, The Triathlete's Training Bible,
  4th ed. 2016, ch. 7; the Cyclist's and Runner's editions use the same periods). With
  the weeks that are left before the taper: peak is 2 weeks from 12 weeks on, 1 from 6,
  none below; build takes 35 % (beginner), 45 % (intermediate) or 50 % (advanced) of
  the rest; base takes what remains (beginners need the most aerobic foundation).
- Taper 0-2 weeks before the race week by distance, so the whole unload is ~1-3 weeks
  (Bosquet et al. 2007: 8-14 days optimal; longer events the longer end). A B race gets
  one week less, a C race none (Friel: train through C races). With very little time
  the taper shrinks to at most a third of the plan.
- Loading/recovery: 3 loading weeks + 1 recovery (2 + 1 from age 50 or when asked;
  Friel, Fast After 50, 2015). A fresh plan loads for a full cycle before its first
  recovery week (loading that happened in the plan, not before it); after that the
  runs are even and the week before the taper is a loading week where the count allows.
- General fitness: rolling blocks of 3+1 (or 2+1) weeks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot.coach.planning.model import Notice, NoticeCode, Phase, monday
from bot.coach.planning.races import RaceProfile
from bot.coach.planning.request import Experience, PlanRequest, Priority, RecoveryCadence

MASTERS_AGE = 50
BUILD_SHARE = {Experience.BEGINNER: 0.35, Experience.INTERMEDIATE: 0.45, Experience.ADVANCED: 0.5}


@dataclass(frozen=True, slots=True)
class WeekSpec:
    index: int
    start: date
    phase: Phase
    is_recovery: bool
    taper_position: int = -1  # 0.. for taper weeks, == taper length for the race week


def recovery_every(request: PlanRequest) -> int:
    """Loading weeks per recovery week: as asked, else 2 from age 50, else 3."""
    if request.recovery_cadence is not None:
        return int(request.recovery_cadence)
    masters = request.age >= MASTERS_AGE
    return int(RecoveryCadence.TWO_ONE if masters else RecoveryCadence.THREE_ONE)


def weeks_until(start: date, race_day: date) -> int:
    """Calendar weeks from the week of ``start`` to the week of the race, both included."""
    return (monday(race_day) - monday(start)).days // 7 + 1


def taper_length(profile: RaceProfile, priority: Priority, weeks: int) -> int:
    by_priority = {Priority.A: profile.taper_weeks, Priority.B: profile.taper_weeks - 1}
    wanted = max(0, by_priority.get(priority, 0))
    return min(wanted, max(0, (weeks - 1) // 3))


def split_periods(weeks: int, experience: Experience) -> tuple[int, int, int]:
    """(base, build, peak) weeks for the ``weeks`` before the taper."""
    peak = 0 if weeks < 6 else (1 if weeks < 12 else 2)
    rest = weeks - peak
    build = int(rest * BUILD_SHARE[experience] + 0.5)  # half up, not Python's half-even
    return rest - build, build, peak


def recovery_flags(weeks: int, every: int, streak: int = 0) -> list[bool]:
    """Which of ``weeks`` loading-period weeks recover, given ``streak`` loading weeks
    already done before them.

    Runs of loading weeks never exceed ``every``. A fresh plan (``streak == 0``) loads for
    ``every`` weeks before its first recovery week (at least two when that is what keeps
    the week before the taper a loading week): a recovery week must follow loading that
    happened in the plan. The later runs are as even as they can be and the last week
    stays a loading week where the count allows it, with as few recovery weeks as the
    rule needs."""
    lead_max = max(0, every - streak)
    if weeks <= lead_max:
        return [False] * weeks
    lead_min = min(2, lead_max) if streak == 0 else 0
    fallback: list[bool] | None = None
    for lead in range(lead_max, lead_min - 1, -1):
        flags = [False] * lead + [True] + _tail(weeks - lead - 1, every)
        if not flags[-1]:
            return flags
        fallback = fallback or flags
    assert fallback is not None
    return fallback


def _tail(weeks: int, every: int) -> list[bool]:
    """``weeks`` after a recovery week: loading runs of 1..``every`` weeks split by single
    recovery weeks, as few as possible, the longer runs last (nearest the race)."""
    if weeks <= 0:
        return []
    recoveries = max(0, -(-(weeks - every) // (every + 1)))
    loading = weeks - recoveries
    runs = recoveries + 1
    sizes = [loading // runs + (1 if i >= runs - loading % runs else 0) for i in range(runs)]
    flags: list[bool] = []
    for i, size in enumerate(sizes):
        if i:
            flags.append(True)
        flags.extend([False] * size)
    return flags


def layout(
    request: PlanRequest,
    profile: RaceProfile,
    *,
    start: date,
    first_index: int = 0,
    loading_streak: int = 0,
) -> tuple[list[WeekSpec], list[Notice]]:
    """Week specs from the week of ``start`` to race day (or one fitness block)."""
    every = recovery_every(request)
    first = monday(start)
    notes: list[Notice] = []
    goal = request.goal
    if goal.date is None:
        weeks = every + 1
        flags = recovery_flags(weeks, every, loading_streak)
        if loading_streak == 0:
            # A fresh block ends on its recovery week: L L L R (or L L R).
            flags = [False] * every + [True]
        phase = Phase.BASE if request.experience is Experience.BEGINNER else Phase.BUILD
        specs = [
            WeekSpec(first_index + i, first + timedelta(weeks=i), phase, flags[i])
            for i in range(weeks)
        ]
        return specs, notes
    total = weeks_until(start, goal.date)
    taper = taper_length(profile, goal.priority, total)
    if goal.priority is Priority.A and taper < profile.taper_weeks:
        notes.append(
            Notice.of(NoticeCode.TAPER_SHORTENED, weeks=taper, recommended=profile.taper_weeks)
        )
    loading = total - taper - 1
    base, build, peak = split_periods(loading, request.experience)
    phases = [Phase.BASE] * base + [Phase.BUILD] * build + [Phase.PEAK] * peak
    flags = recovery_flags(loading, every, loading_streak)
    specs = [
        WeekSpec(first_index + i, first + timedelta(weeks=i), phases[i], flags[i])
        for i in range(loading)
    ]
    for position in range(taper + 1):
        i = loading + position
        phase = Phase.TAPER if position < taper else Phase.RACE
        specs.append(WeekSpec(first_index + i, first + timedelta(weeks=i), phase, False, position))
    return specs, notes
