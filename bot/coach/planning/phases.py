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
  Friel, Fast After 50, 2015). Recovery weeks are aligned back from the taper so the
  week before it is a loading week; a plan never opens with a recovery week.
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
    already done. Aligned back from the taper, then repaired forward so no run of
    loading weeks exceeds ``every``."""
    flags = [(weeks - i) % (every + 1) == 0 for i in range(weeks)]
    if weeks >= 2 and flags[0] and streak == 0:
        # Recovering before any loading is pointless: load first, recover in week two.
        flags[0], flags[1] = False, True
    run = streak
    for i in range(weeks):
        if not flags[i] and run >= every:
            flags[i] = True
        run = 0 if flags[i] else run + 1
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
