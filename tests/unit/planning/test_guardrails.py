"""check_plan catches every kind of violation: a good plan, mutated to break each rule."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta

import pytest

from bot.coach.planning import (
    Effort,
    Injuries,
    InjuryFlag,
    Phase,
    Plan,
    PlanRequest,
    SessionSport,
    SessionType,
    Step,
    StepKind,
    Target,
    TargetKind,
    ViolationCode,
    Workout,
    check_plan,
    generate_plan,
)
from tests.unit.planning.factories import (
    make_request,
    moved,
    replace_sessions,
    replace_week,
    week_of,
)

WEEKDAYS_BUT_THURSDAY = frozenset({0, 1, 2, 4, 5, 6})
Mutation = Callable[[Plan, PlanRequest], tuple[Plan, PlanRequest]]


@pytest.fixture(scope="module")
def good() -> tuple[Plan, PlanRequest]:
    request = make_request(available_weekdays=WEEKDAYS_BUT_THURSDAY)
    return generate_plan(request), request


def _loading_week(plan: Plan, phase: Phase = Phase.BUILD) -> int:
    return next(
        w.index
        for w in plan.weeks
        if w.phase is phase
        and not w.is_recovery
        and w.index > 0
        and not plan.weeks[w.index - 1].is_recovery
    )


def to_unavailable_day(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = _loading_week(plan)
    week = plan.weeks[i]
    wednesday = next(s for s in week.sessions if s.date.weekday() == 2)
    rest = [s for s in week.sessions if s is not wednesday]
    return replace_sessions(plan, i, [*rest, moved(wednesday, wednesday.date + timedelta(1))]), (
        request
    )


def outside_its_week(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = _loading_week(plan)
    first, *rest = plan.weeks[i].sessions
    return replace_sessions(plan, i, [*rest, moved(first, first.date + timedelta(weeks=1))]), (
        request
    )


def three_in_a_day(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = _loading_week(plan)
    sessions = list(plan.weeks[i].sessions)
    day = sessions[0].date
    others = [s for s in sessions if s.date != day][:2]
    crowded = [moved(s, day, order=3 + n) for n, s in enumerate(others)]
    return replace_sessions(plan, i, [*[s for s in sessions if s not in others], *crowded]), (
        request
    )


def swim_off_pool_day(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = _loading_week(plan)
    sessions = list(plan.weeks[i].sessions)
    swim = next(s for s in sessions if s.sport is SessionSport.SWIM)
    tuesday = plan.weeks[i].start + timedelta(days=1)
    sessions.remove(swim)
    return replace_sessions(plan, i, [*sessions, moved(swim, tuesday, order=3)]), request


def hard_days_back_to_back(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = _loading_week(plan)
    sessions = list(plan.weeks[i].sessions)
    first_hard = min((s for s in sessions if s.is_hard), key=lambda s: s.date)
    other = next(s for s in sessions if s.is_hard and s.date > first_hard.date + timedelta(1))
    sessions.remove(other)
    return replace_sessions(
        plan, i, [*sessions, moved(other, first_hard.date + timedelta(1), order=3)]
    ), request


def fewer_hours_available(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    return plan, dataclasses.replace(request, weekly_hours=6.0)


def _extra_ride(plan: Plan, i: int, hours: float) -> Plan:
    week = plan.weeks[i]
    ride = next(
        s
        for s in week.sessions
        if s.sport is SessionSport.BIKE and s.type is SessionType.ENDURANCE
    )
    long_ride = dataclasses.replace(ride, duration_s=ride.duration_s + int(hours * 3600))
    return replace_sessions(plan, i, [long_ride if s is ride else s for s in week.sessions])


def volume_jump(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    return _extra_ride(plan, 4, 1.5), request  # week 4 follows a recovery week


def load_spike(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = 4
    heavy = [dataclasses.replace(s, load=s.load * 3) for s in plan.weeks[i].sessions]
    return replace_sessions(plan, i, heavy), request


def recovery_skipped(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    first_recovery = week_of(plan, lambda w: w.is_recovery).index
    return replace_week(plan, first_recovery, is_recovery=False), request


def recovery_week_loaded(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = week_of(plan, lambda w: w.is_recovery).index
    copied = [moved(s, s.date + timedelta(weeks=1)) for s in plan.weeks[i - 1].sessions]
    return replace_sessions(plan, i, copied), request


def taper_as_big_as_peak(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = week_of(plan, lambda w: w.phase is Phase.TAPER).index
    copied = [moved(s, s.date + timedelta(weeks=1)) for s in plan.weeks[i - 1].sessions]
    return replace_sessions(plan, i, copied), request


def taper_gains_hard_sessions(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = week_of(plan, lambda w: w.phase is Phase.TAPER).index
    week = plan.weeks[i]
    peak_hard = [s for s in plan.weeks[i - 1].sessions if s.is_hard]
    easy = [s for s in week.sessions if not s.is_hard]
    swapped = [moved(h, e.date, e.order) for h, e in zip(peak_hard, easy, strict=False)]
    kept = [s for s in week.sessions if s not in easy[: len(swapped)]]
    return replace_sessions(plan, i, [*kept, *swapped]), request


def injured_runner(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    injuries = Injuries("shin splints", frozenset({InjuryFlag.RUN}))
    return plan, dataclasses.replace(request, injuries=injuries)


def all_threshold(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = _loading_week(plan)
    target = Target(TargetKind.POWER_FTP, 0.95, 1.05)

    def hard(seconds: int) -> Workout:
        return Workout((), (Step(StepKind.WORK, Effort.THRESHOLD, target, seconds),), ())

    sessions = [dataclasses.replace(s, workout=hard(s.duration_s)) for s in plan.weeks[i].sessions]
    return replace_sessions(plan, i, sessions), request


def no_easier_option(plan: Plan, request: PlanRequest) -> tuple[Plan, PlanRequest]:
    i = _loading_week(plan)
    sessions = [
        dataclasses.replace(s, alternative=None) if s.is_hard else s
        for s in plan.weeks[i].sessions
    ]
    return replace_sessions(plan, i, sessions), request


CASES: list[tuple[Mutation, ViolationCode]] = [
    (to_unavailable_day, ViolationCode.UNAVAILABLE_DAY),
    (outside_its_week, ViolationCode.OUTSIDE_PLAN),
    (three_in_a_day, ViolationCode.TOO_MANY_SESSIONS_IN_DAY),
    (swim_off_pool_day, ViolationCode.SWIM_NOT_ON_POOL_DAY),
    (hard_days_back_to_back, ViolationCode.HARD_DAYS_IN_A_ROW),
    (fewer_hours_available, ViolationCode.OVER_WEEKLY_HOURS),
    (volume_jump, ViolationCode.RAMP_TOO_STEEP),
    (load_spike, ViolationCode.FITNESS_RAMP_TOO_STEEP),
    (recovery_skipped, ViolationCode.RECOVERY_OVERDUE),
    (recovery_week_loaded, ViolationCode.RECOVERY_WEEK_TOO_HARD),
    (taper_as_big_as_peak, ViolationCode.TAPER_VOLUME_INCREASE),
    (taper_gains_hard_sessions, ViolationCode.TAPER_EXTRA_HARD),
    (injured_runner, ViolationCode.INJURY_CONFLICT),
    (all_threshold, ViolationCode.TOO_MUCH_INTENSITY),
    (no_easier_option, ViolationCode.MISSING_EASIER_OPTION),
]


def test_the_unmutated_plan_is_clean(good: tuple[Plan, PlanRequest]) -> None:
    plan, request = good
    assert check_plan(plan, request) == []


def test_every_rule_has_a_mutation() -> None:
    assert {code for _, code in CASES} == set(ViolationCode)


@pytest.mark.parametrize(("mutate", "code"), CASES, ids=[code.value for _, code in CASES])
def test_each_broken_rule_is_caught(
    good: tuple[Plan, PlanRequest], mutate: Mutation, code: ViolationCode
) -> None:
    plan, request = mutate(*good)

    found = check_plan(plan, request)

    assert code in {v.code for v in found}
    violation = next(v for v in found if v.code is code)
    assert violation.week_index is not None or violation.date is not None
    text = violation.describe()
    assert text and "{" not in text and text[0].isupper()


def test_violations_name_the_week_the_day_and_the_session(
    good: tuple[Plan, PlanRequest],
) -> None:
    plan, request = hard_days_back_to_back(*good)

    [violation] = [
        v for v in check_plan(plan, request) if v.code is ViolationCode.HARD_DAYS_IN_A_ROW
    ]

    session = plan.session(violation.session_id or "")
    assert session is not None and session.date == violation.date
    assert plan.weeks[violation.week_index or 0].start <= session.date
    assert dict(violation.params)["previous"] == (session.date - timedelta(1)).isoformat()


def test_numbers_travel_in_params_for_translation(good: tuple[Plan, PlanRequest]) -> None:
    plan, request = fewer_hours_available(*good)

    violation = next(
        v for v in check_plan(plan, request) if v.code is ViolationCode.OVER_WEEKLY_HOURS
    )

    params = dict(violation.params)
    assert params["limit"] == 6.0
    assert params["hours"] > 6.0
    assert f"{params['limit']} h" in violation.describe()


def test_the_past_is_not_reported(good: tuple[Plan, PlanRequest]) -> None:
    plan, request = load_spike(*good)
    after_the_spike = plan.weeks[6].start

    found = check_plan(plan, request, since=after_the_spike)

    assert ViolationCode.FITNESS_RAMP_TOO_STEEP not in {v.code for v in found}


def test_a_change_may_not_add_taper_work_the_plan_did_not_have(
    good: tuple[Plan, PlanRequest],
) -> None:
    plan, request = good
    taper = week_of(plan, lambda w: w.phase is Phase.TAPER)
    hard = [s for s in taper.sessions if s.is_hard]
    lighter = replace_sessions(plan, taper.index, [s for s in taper.sessions if s is not hard[0]])

    assert check_plan(lighter, request, previous=plan) == []
    codes = {v.code for v in check_plan(plan, request, previous=lighter)}
    assert ViolationCode.TAPER_EXTRA_HARD in codes
    assert ViolationCode.TAPER_VOLUME_INCREASE in codes
