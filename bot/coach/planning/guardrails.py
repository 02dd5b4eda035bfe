"""One checkable function for every plan and every change to it: :func:`check_plan`.

The generator must produce zero violations; the coach agent, the LLM and athlete edits
are checked with the same function before a change is applied. Each rule cites why:

- availability / pool days / two sessions a day: the athlete's own constraints;
- weekly hours budget: never more than the hours the athlete said they have;
- ramp: loading weeks grow at most 10 % in hours over the last loading week, and the
  fitness (CTL) ramp stays at or under 8 points a week (domain.md; Gabbett 2016);
- hard-day spacing: no two hard days in a row (hard-easy principle; Friel ch. 9);
- recovery cadence: at most 3 (or 2) loading weeks before an unloading week, and a
  recovery week really unloads (<= 70 % of the last loading week; Friel);
- taper protection: taper weeks cut volume (<= 80 % of the last loading week, never
  increasing) and hold no more hard sessions than planned (Bosquet et al. 2007);
- injuries: no intensity in a flagged sport;
- intensity distribution: at most 25 % of a week's time at tempo or above (80/20,
  Seiler 2010), and every hard session offers an easier alternative.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.coach.planning.model import (
    HARD_EFFORT,
    HARD_TYPES,
    ParamValue,
    Phase,
    Plan,
    Session,
    SessionSport,
    SessionType,
    Week,
)
from bot.coach.planning.phases import recovery_every
from bot.coach.planning.request import InjuryFlag, PlanRequest
from bot.coach.planning.volume import CTL_GAIN, MAX_CTL_RAMP, MAX_WEEKLY_GROWTH

MAX_SESSIONS_PER_DAY = 2
MAX_HARD_SHARE = 0.25
RECOVERY_MAX_FRACTION = 0.7
TAPER_MAX_FRACTION = 0.8
TAPER_MAX_HARD = 2
RACE_WEEK_MAX_HARD = 1
LOADING_PHASES = frozenset({Phase.BASE, Phase.BUILD, Phase.PEAK})
_EPS_H = 0.01  # hours of slack for rounding (36 s)


class ViolationCode(StrEnum):
    UNAVAILABLE_DAY = "unavailable_day"
    OUTSIDE_PLAN = "outside_plan"
    TOO_MANY_SESSIONS_IN_DAY = "too_many_sessions_in_day"
    SWIM_NOT_ON_POOL_DAY = "swim_not_on_pool_day"
    HARD_DAYS_IN_A_ROW = "hard_days_in_a_row"
    OVER_WEEKLY_HOURS = "over_weekly_hours"
    RAMP_TOO_STEEP = "ramp_too_steep"
    FITNESS_RAMP_TOO_STEEP = "fitness_ramp_too_steep"
    RECOVERY_OVERDUE = "recovery_overdue"
    RECOVERY_WEEK_TOO_HARD = "recovery_week_too_hard"
    TAPER_VOLUME_INCREASE = "taper_volume_increase"
    TAPER_EXTRA_HARD = "taper_extra_hard"
    INJURY_CONFLICT = "injury_conflict"
    TOO_MUCH_INTENSITY = "too_much_intensity"
    MISSING_EASIER_OPTION = "missing_easier_option"


_ENGLISH: dict[ViolationCode, str] = {
    ViolationCode.UNAVAILABLE_DAY: "A session is planned on {weekday}, a day you are not "
    "available.",
    ViolationCode.OUTSIDE_PLAN: "A session falls outside its week or the plan.",
    ViolationCode.TOO_MANY_SESSIONS_IN_DAY: "{count} sessions on one day; at most {limit}.",
    ViolationCode.SWIM_NOT_ON_POOL_DAY: "A swim is planned on {weekday}, not a pool day.",
    ViolationCode.HARD_DAYS_IN_A_ROW: "Hard sessions on two days in a row ({previous} and "
    "this day).",
    ViolationCode.OVER_WEEKLY_HOURS: "The week holds {hours} h of training; you have {limit} h.",
    ViolationCode.RAMP_TOO_STEEP: "The week grows to {hours} h from {reference} h, more than "
    "{limit_pct} % in a week.",
    ViolationCode.FITNESS_RAMP_TOO_STEEP: "Fitness (CTL) would rise by {ramp} in a week; the "
    "safe limit is {limit}.",
    ViolationCode.RECOVERY_OVERDUE: "{streak} loading weeks in a row without a recovery week "
    "(at most {limit}).",
    ViolationCode.RECOVERY_WEEK_TOO_HARD: "The recovery week is too heavy: {hours} h against "
    "{reference} h, or it holds hard sessions.",
    ViolationCode.TAPER_VOLUME_INCREASE: "The taper week holds {hours} h; it may hold at most "
    "{limit} h.",
    ViolationCode.TAPER_EXTRA_HARD: "The taper week holds {count} hard sessions; at most {limit}.",
    ViolationCode.INJURY_CONFLICT: "Intensity in {sport} despite the injury flag.",
    ViolationCode.TOO_MUCH_INTENSITY: "{pct} % of the week is at tempo or harder; at most "
    "{limit_pct} %.",
    ViolationCode.MISSING_EASIER_OPTION: "A hard session has no easier alternative.",
}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Violation:
    """A broken rule, with where it happened and the numbers to explain it."""

    code: ViolationCode
    week_index: int | None = None
    date: date | None = None
    session_id: str | None = None
    params: tuple[tuple[str, ParamValue], ...] = ()

    def describe(self) -> str:
        """A default English sentence; the bot translates from ``code`` and ``params``."""
        text = _ENGLISH[self.code].format_map(defaultdict(str, self.params))
        where = f"Week {self.week_index + 1}" if self.week_index is not None else ""
        if self.date is not None:
            where = f"{where}, {self.date.isoformat()}" if where else self.date.isoformat()
        return f"{where}: {text}" if where else text


def _violation(
    code: ViolationCode,
    week: Week | None = None,
    session: Session | None = None,
    day: date | None = None,
    **params: ParamValue,
) -> Violation:
    return Violation(
        code,
        week.index if week else None,
        session.date if session else day,
        session.id if session else None,
        tuple(sorted(params.items())),
    )


INJURY_SPORTS = {
    InjuryFlag.RUN: frozenset({SessionSport.RUN}),
    InjuryFlag.BIKE: frozenset({SessionSport.BIKE}),
    InjuryFlag.SWIM: frozenset({SessionSport.SWIM}),
    InjuryFlag.NO_INTENSITY: frozenset({SessionSport.RUN, SessionSport.BIKE, SessionSport.SWIM}),
}


def injured_sports(request: PlanRequest) -> frozenset[SessionSport]:
    """Sports in which the athlete's injury flags forbid intensity."""
    return frozenset().union(*(INJURY_SPORTS[flag] for flag in request.injuries.flags))


def _training_s(sessions: list[Session]) -> int:
    return sum(s.duration_s for s in sessions if s.type is not SessionType.RACE)


def _is_loading(week: Week) -> bool:
    return week.phase in LOADING_PHASES and not week.is_recovery


def reference_hours(plan: Plan, index: int) -> float:
    """Hours of the last loading week before week ``index`` (the baseline when there is
    none, or when it is the plan's first, partial week)."""
    for week in reversed(plan.weeks[:index]):
        if _is_loading(week):
            return plan.baseline_hours if week.start < plan.start else week.training_hours
    return plan.baseline_hours


def _hours(value: float) -> float:
    return round(value, 2)


def check_plan(
    plan: Plan,
    request: PlanRequest,
    *,
    since: date | None = None,
    previous: Plan | None = None,
) -> list[Violation]:
    """Every rule broken by ``plan`` for this athlete, from ``since`` on (default: the
    plan's start; the past cannot change). ``previous`` is the plan before a change:
    taper weeks may not gain hours or hard sessions over it."""
    since = since or plan.start
    found: list[Violation] = []
    found += _check_sessions(plan, request, since)
    found += _check_hard_days(plan, since)
    found += _check_weeks(plan, request, since, previous)
    found += _check_fitness_ramp(plan, since)
    return found


def _check_sessions(plan: Plan, request: PlanRequest, since: date) -> list[Violation]:
    found: list[Violation] = []
    per_day: dict[date, int] = defaultdict(int)
    injured = injured_sports(request)
    for week in plan.weeks:
        start, end = week.start, min(week.end, plan.end)
        for s in week.sessions:
            per_day[s.date] += 1
            if s.date < since:
                continue
            race = s.type is SessionType.RACE
            if not start <= s.date <= end:
                found.append(_violation(ViolationCode.OUTSIDE_PLAN, week, s))
            if not race and s.date.weekday() not in request.available_weekdays:
                found.append(
                    _violation(
                        ViolationCode.UNAVAILABLE_DAY, week, s, weekday=_WEEKDAYS[s.date.weekday()]
                    )
                )
            if (
                not race
                and SessionSport.SWIM in s.sports
                and s.date.weekday() not in request.pool_weekdays
            ):
                found.append(
                    _violation(
                        ViolationCode.SWIM_NOT_ON_POOL_DAY,
                        week,
                        s,
                        weekday=_WEEKDAYS[s.date.weekday()],
                    )
                )
            if not race and injured:
                hurt = {
                    st.sport or s.sport
                    for st in s.workout.flat_steps()
                    if st.effort >= HARD_EFFORT
                } & injured
                if s.type in HARD_TYPES and s.sport in injured:
                    hurt.add(s.sport)
                for sport in sorted(hurt):
                    found.append(
                        _violation(ViolationCode.INJURY_CONFLICT, week, s, sport=sport.value)
                    )
            if s.type in HARD_TYPES and (
                s.alternative is None
                or s.alternative.type in HARD_TYPES
                or s.alternative.load >= s.load
            ):
                found.append(_violation(ViolationCode.MISSING_EASIER_OPTION, week, s))
        for day in sorted({s.date for s in week.sessions}):
            if day >= since and per_day[day] > MAX_SESSIONS_PER_DAY:
                found.append(
                    _violation(
                        ViolationCode.TOO_MANY_SESSIONS_IN_DAY,
                        week,
                        day=day,
                        count=per_day[day],
                        limit=MAX_SESSIONS_PER_DAY,
                    )
                )
    return found


def _check_hard_days(plan: Plan, since: date) -> list[Violation]:
    hard = {s.date: (w, s) for w in plan.weeks for s in w.sessions if s.makes_hard_day}
    found = []
    for day in sorted(hard):
        before = day - timedelta(days=1)
        if day >= since and before in hard:
            week, session = hard[day]
            found.append(
                _violation(
                    ViolationCode.HARD_DAYS_IN_A_ROW, week, session, previous=before.isoformat()
                )
            )
    return found


def _check_weeks(
    plan: Plan, request: PlanRequest, since: date, previous: Plan | None
) -> list[Violation]:
    found: list[Violation] = []
    every = plan.recovery_every or recovery_every(request)
    before = {w.start: w for w in previous.weeks} if previous else {}
    streak = 0
    for i, week in enumerate(plan.weeks):
        streak = streak + 1 if _is_loading(week) else 0
        if week.end < since:
            continue
        counted = [s for s in week.sessions if s.date >= since]
        hours = _training_s(counted) / 3600
        reference = reference_hours(plan, i)
        if hours > request.weekly_hours + _EPS_H:
            found.append(
                _violation(
                    ViolationCode.OVER_WEEKLY_HOURS,
                    week,
                    hours=_hours(hours),
                    limit=request.weekly_hours,
                )
            )
        if streak > every:
            found.append(
                _violation(ViolationCode.RECOVERY_OVERDUE, week, streak=streak, limit=every)
            )
        if _is_loading(week) and hours > reference * MAX_WEEKLY_GROWTH + _EPS_H:
            found.append(
                _violation(
                    ViolationCode.RAMP_TOO_STEEP,
                    week,
                    hours=_hours(hours),
                    reference=_hours(reference),
                    limit_pct=round((MAX_WEEKLY_GROWTH - 1) * 100),
                )
            )
        if week.is_recovery and (
            hours > reference * RECOVERY_MAX_FRACTION + _EPS_H
            or any(s.type in HARD_TYPES for s in counted)
        ):
            found.append(
                _violation(
                    ViolationCode.RECOVERY_WEEK_TOO_HARD,
                    week,
                    hours=_hours(hours),
                    reference=_hours(reference),
                )
            )
        if week.phase in (Phase.TAPER, Phase.RACE):
            found += _check_taper(
                plan,
                i,
                counted=counted,
                hours=hours,
                reference=reference,
                earlier=before.get(week.start),
            )
        # 80/20 is a share of the whole week (Seiler 2010), the days before ``since``
        # included; a week whose hard time all lies before ``since`` is history.
        whole = list(week.sessions)
        total = _training_s(whole)
        hard = sum(s.workout.hard_s for s in whole if s.type is not SessionType.RACE)
        ahead = any(s.workout.hard_s for s in counted if s.type is not SessionType.RACE)
        if total and ahead and hard > MAX_HARD_SHARE * total:
            found.append(
                _violation(
                    ViolationCode.TOO_MUCH_INTENSITY,
                    week,
                    pct=round(100 * hard / total),
                    limit_pct=round(MAX_HARD_SHARE * 100),
                )
            )
    return found


def _check_taper(
    plan: Plan,
    i: int,
    *,
    counted: list[Session],
    hours: float,
    reference: float,
    earlier: Week | None,
) -> list[Violation]:
    week = plan.weeks[i]
    found = []
    limit = reference * TAPER_MAX_FRACTION
    prior = plan.weeks[i - 1] if i else None
    if prior is not None and prior.phase in (Phase.TAPER, Phase.RACE):
        limit = min(limit, prior.training_hours)
    if earlier is not None and earlier.phase in (Phase.TAPER, Phase.RACE):
        limit = min(limit, earlier.training_hours)
    if hours > limit + _EPS_H:
        found.append(
            _violation(
                ViolationCode.TAPER_VOLUME_INCREASE, week, hours=_hours(hours), limit=_hours(limit)
            )
        )
    hard = sum(1 for s in counted if s.type in HARD_TYPES)
    cap = TAPER_MAX_HARD if week.phase is Phase.TAPER else RACE_WEEK_MAX_HARD
    if earlier is not None and earlier.phase in (Phase.TAPER, Phase.RACE):
        cap = min(cap, sum(1 for s in earlier.sessions if s.type in HARD_TYPES))
    if hard > cap:
        found.append(_violation(ViolationCode.TAPER_EXTRA_HARD, week, count=hard, limit=cap))
    return found


def weekly_ctl(plan: Plan) -> list[float]:
    """CTL at the end of each week, from ``plan.start_ctl`` on the plan's first day,
    with the planned loads (the same recursion as the PMC)."""
    loads: dict[date, float] = defaultdict(float)
    for session in plan.sessions():
        loads[session.date] += session.load
    ctl = plan.start_ctl
    day = plan.start
    ends = []
    one_day = timedelta(days=1)
    for week in plan.weeks:
        end = week.end
        while day <= end:
            ctl += CTL_GAIN * (loads.get(day, 0.0) - ctl)
            day += one_day
        ends.append(ctl)
    return ends


def _check_fitness_ramp(plan: Plan, since: date) -> list[Violation]:
    found = []
    previous = plan.start_ctl
    for week, ctl in zip(plan.weeks, weekly_ctl(plan), strict=True):
        ramp = ctl - previous
        previous = ctl
        # The race week is exempt: the race itself is the point, not training load.
        if week.end >= since and week.phase is not Phase.RACE and ramp > MAX_CTL_RAMP + 1e-6:
            found.append(
                _violation(
                    ViolationCode.FITNESS_RAMP_TOO_STEEP,
                    week,
                    ramp=round(ramp, 1),
                    limit=MAX_CTL_RAMP,
                )
            )
    return found
