"""Volume rules: the starting level, the fitness-ramp bound, injuries, pools, notes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.planning import (
    Discipline,
    Experience,
    Goal,
    Injuries,
    InjuryFlag,
    NoticeCode,
    Phase,
    RaceKind,
    SessionSport,
    SessionType,
    check_plan,
    generate_plan,
)
from bot.coach.planning.volume import (
    GENERATOR_CTL_RAMP,
    baseline_hours,
    ctl_after,
    max_week_load,
    starting_ctl,
)
from tests.unit.planning.factories import make_request


@pytest.mark.parametrize(
    ("overrides", "hours"),
    [
        ({"recent_weekly_hours": 6.0}, 6.0),
        ({"recent_weekly_hours": None, "recent_ctl": 50.0}, 7.0),  # 50 x 7 / 50 TSS per hour
        ({"recent_weekly_hours": None, "experience": Experience.BEGINNER}, 3.0),
        (
            {"recent_weekly_hours": None, "experience": Experience.ADVANCED, "weekly_hours": 5.0},
            5.0,
        ),  # never above what they have
        ({"recent_weekly_hours": 0.0}, 1.5),  # from zero: three half-hour sessions
    ],
)
def test_baseline_hours(overrides: dict, hours: float) -> None:
    assert baseline_hours(make_request(**overrides)) == pytest.approx(hours)


def test_starting_ctl_prefers_the_measured_one() -> None:
    assert starting_ctl(make_request(recent_ctl=42.0), 6.0) == 42.0
    assert starting_ctl(make_request(recent_ctl=None), 7.0) == pytest.approx(50.0)


@given(
    st.floats(0, 150),
    st.integers(1, 7),
    # Subnormal shares are left out: bound × 5e-324 / 5e-324 is not the bound in floats
    # (the product underflows), which tests float division, not the ramp bound.
    st.lists(st.floats(0, 1, allow_subnormal=False), min_size=7, max_size=7),
)
def test_a_week_within_the_load_bound_never_ramps_too_fast(
    ctl: float, days: int, shares: list[float]
) -> None:
    bound = max_week_load(ctl, days)
    total = sum(shares[:days]) or 1.0
    loads = [bound * share / total for share in shares[:days]]
    assert ctl_after(ctl, loads) - ctl <= GENERATOR_CTL_RAMP + 1e-9


def test_the_bound_is_tight_when_everything_is_on_the_last_day() -> None:
    bound = max_week_load(40.0)
    assert ctl_after(40.0, [0.0] * 6 + [bound]) - 40.0 == pytest.approx(GENERATOR_CTL_RAMP)


def test_an_injured_runner_keeps_riding_hard_but_runs_easy() -> None:
    request = make_request(injuries=Injuries("Achilles", frozenset({InjuryFlag.RUN})))

    plan = generate_plan(request)

    assert check_plan(plan, request) == []
    runs = [s for s in plan.sessions() if s.sport is SessionSport.RUN]
    assert runs and not any(s.workout.hard_s for s in runs)
    assert any(s.is_hard for s in plan.sessions() if s.sport is SessionSport.BIKE)
    assert not any(
        s.sport is SessionSport.BRICK for s in plan.sessions() if s.type is not SessionType.RACE
    )
    codes = {(n.code, n.param("sport")) for n in plan.warnings}
    assert (NoticeCode.INJURY_INTENSITY_REMOVED, "run") in codes
    assert (NoticeCode.INJURY_NOTES_PRESENT, None) in codes


def test_no_pool_means_no_swims_and_the_time_goes_to_bike_and_run() -> None:
    request = make_request(pool_weekdays=frozenset())

    plan = generate_plan(request)

    assert NoticeCode.NO_POOL_DAYS in {n.code for n in plan.warnings}
    training = [s for s in plan.sessions() if s.type is not SessionType.RACE]
    assert not any(SessionSport.SWIM in s.sports for s in training)
    peak = max(plan.weeks, key=lambda w: w.training_hours)
    assert peak.training_hours > 0.9 * request.weekly_hours


def test_weeks_say_why_they_look_as_they_do() -> None:
    plan = generate_plan(make_request())
    notes = [{n.code for n in w.notes} for w in plan.weeks]
    assert NoticeCode.PHASE_START in notes[0]
    for week, codes in zip(plan.weeks, notes, strict=True):
        if week.is_recovery:
            assert NoticeCode.RECOVERY_WEEK in codes
        if week.phase is Phase.TAPER:
            assert NoticeCode.TAPER_WEEK in codes
    assert NoticeCode.RACE_WEEK in notes[-1]
    assert any(NoticeCode.HOURS_AT_BUDGET in codes for codes in notes)


def test_a_single_sport_swimmer_swims_only_on_pool_days() -> None:
    request = make_request(
        discipline=Discipline.SWIM,
        goal=Goal(RaceKind.GENERAL_FITNESS),
        pool_weekdays=frozenset({1, 3, 5}),
    )

    plan = generate_plan(request)

    assert check_plan(plan, request) == []
    assert {s.date.weekday() for s in plan.sessions()} <= {1, 3, 5}
    assert {s.sport for s in plan.sessions()} == {SessionSport.SWIM}
