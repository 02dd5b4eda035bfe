"""Property: every valid request gives a plan with zero guardrail violations.

2,000 random requests: every discipline and goal, 3-40 weeks, 3-20 hours a week, any
availability with at least three days, thresholds and history present or not, injuries,
cadences and units. About 30 s of CPU; 30-50 s of wall time on the shared 2-core machine.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.coach.planning import (
    Discipline,
    Equipment,
    Experience,
    Goal,
    Injuries,
    InjuryFlag,
    Phase,
    PlanRequest,
    Priority,
    RaceKind,
    RecoveryCadence,
    SessionType,
    Thresholds,
    Units,
    check_plan,
    generate_plan,
)
from bot.coach.planning.model import monday

PHASE_ORDER = {Phase.BASE: 0, Phase.BUILD: 1, Phase.PEAK: 2, Phase.TAPER: 3, Phase.RACE: 4}


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


@st.composite
def goals(draw: st.DrawFn, today: date) -> Goal:
    kind = draw(st.sampled_from(RaceKind))
    if kind is RaceKind.GENERAL_FITNESS:
        return Goal(kind)
    weeks = draw(st.integers(3, 40))
    weekday = draw(st.integers(0, 6))
    day = monday(today) + timedelta(weeks=weeks - 1, days=weekday)
    distance = duration = None
    if kind in (RaceKind.BIKE_EVENT, RaceKind.CUSTOM):
        if draw(st.booleans()):
            distance = draw(st.integers(3_000, 300_000))
        else:
            duration = draw(st.integers(15 * 60, 14 * 3600))
    return Goal(
        kind,
        day,
        draw(st.sampled_from(Priority)),
        draw(maybe(st.integers(15 * 60, 16 * 3600))),
        distance,
        duration,
        draw(maybe(st.sampled_from(Discipline))),
    )


@st.composite
def plan_requests(draw: st.DrawFn) -> PlanRequest:
    today = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 400)))
    thresholds = Thresholds(
        ftp_w=draw(maybe(st.integers(100, 450))),
        run_threshold_pace_s_per_km=draw(maybe(st.floats(170, 480))),
        css_s_per_100m=draw(maybe(st.floats(65, 200))),
        lthr=draw(maybe(st.integers(120, 195))),
        hrmax=draw(maybe(st.integers(150, 215))),
        resting_hr=draw(maybe(st.integers(35, 80))),
    )
    return PlanRequest(
        today=today,
        discipline=draw(st.sampled_from(Discipline)),
        experience=draw(st.sampled_from(Experience)),
        age=draw(st.integers(14, 85)),
        goal=draw(goals(today)),
        weekly_hours=draw(st.floats(3, 20)),
        available_weekdays=draw(st.frozensets(st.integers(0, 6), min_size=3)),
        long_weekday=draw(st.integers(0, 6)),
        pool_weekdays=draw(st.frozensets(st.integers(0, 6))),
        equipment=Equipment(draw(st.booleans()), draw(st.booleans())),
        thresholds=thresholds,
        recent_ctl=draw(maybe(st.floats(0, 150))),
        recent_weekly_hours=draw(maybe(st.floats(0, 25))),
        injuries=Injuries("", draw(st.frozensets(st.sampled_from(InjuryFlag), max_size=2))),
        recovery_cadence=draw(maybe(st.sampled_from(RecoveryCadence))),
        units=draw(st.sampled_from(Units)),
    )


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_requests())
def test_every_valid_request_gives_a_plan_with_zero_violations(request: PlanRequest) -> None:
    plan = generate_plan(request)

    assert check_plan(plan, request) == []
    # The plan's own shape: contiguous Monday weeks from today's week to the goal.
    assert plan.weeks[0].start == monday(request.today)
    for before, after in zip(plan.weeks, plan.weeks[1:], strict=False):
        assert after.start - before.start == timedelta(weeks=1)
        assert PHASE_ORDER[after.phase] >= PHASE_ORDER[before.phase]
    assert all(s.date >= request.today for s in plan.sessions())
    if request.goal.date is not None:
        races = [s for s in plan.sessions() if s.type is SessionType.RACE]
        assert [s.date for s in races] == [request.goal.date]
        assert plan.weeks[-1].phase is Phase.RACE
        assert plan.end == request.goal.date


@settings(max_examples=100, deadline=None)
@given(plan_requests())
def test_generation_is_deterministic(request: PlanRequest) -> None:
    assert generate_plan(request) == generate_plan(request)
