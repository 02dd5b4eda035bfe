"""Fitness/fatigue: worked examples, incremental = full recompute, scalar = batch."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach.science import (
    AcwrBand,
    InvalidValueError,
    PmcDay,
    PmcState,
    acwr_band,
    daily_loads,
    pmc_batch,
    pmc_last_day,
    pmc_series,
    pmc_step,
    recompute_from,
    state_after,
)
from bot.coach.science.pmc import MONOTONY_CAP

loads_strategy = st.lists(st.floats(min_value=0, max_value=400), min_size=1, max_size=120)
FIELDS = ("load", "ctl", "atl", "tsb", "ramp", "acute_ewma", "chronic_ewma", "acwr",
          "monotony", "strain")  # fmt: skip


def test_constant_100_from_zero_matches_domain_worked_example() -> None:
    days = pmc_series([100.0] * 42)
    assert (round(days[0].ctl, 4), round(days[0].atl, 4)) == (2.3528, 13.3122)
    assert (round(days[6].ctl, 4), round(days[6].atl, 4)) == (15.3518, 63.2121)
    assert (round(days[41].ctl, 4), round(days[41].atl, 4)) == (63.2121, 99.7521)


def test_tsb_is_yesterdays_ctl_minus_atl_and_ramp_is_a_7_day_change() -> None:
    days = pmc_series([100.0] * 14)
    assert days[0].tsb == 0.0  # form going into day 1: nothing yet
    # Day 2: CTL₁ − ATL₁ = 2.3528 − 13.3122 = −10.9594
    assert days[1].tsb == pytest.approx(-10.9594, abs=1e-4)
    # Day 7: CTL₇ − CTL₀ (0) = 15.3518; day 8: CTL₈ − CTL₁ = 100(e^(−1/42) − e^(−8/42))
    assert days[6].ramp == pytest.approx(15.3518, abs=1e-4)
    assert days[7].ramp == pytest.approx(100 * (math.exp(-1 / 42) - math.exp(-8 / 42)))


def test_acwr_ewmas_start_at_the_first_load_so_a_steady_load_reads_one() -> None:
    days = pmc_series([100.0] * 28)
    # Seeded with the first load, both EWMAs stay at 100: 1.0 from day one (from zero it
    # read 1.16 on day 28, and a first ride alone gave 3.62).
    assert [d.acwr for d in days] == [1.0] * 28
    assert [d.acwr_confident for d in days] == [False] * 27 + [True]


def test_acwr_over_next_to_no_chronic_load_is_not_shown_as_sure() -> None:
    # One short session and six weeks of nothing: the ratio is ~0 over a chronic load of
    # ~0.3, noise rather than a finding (QA: /fitness read "ACWR 0").
    days = pmc_series([5.0] + [0.0] * 41)
    assert days[-1].acwr is not None and days[-1].acwr < 0.01
    assert days[-1].chronic_ewma < 1.0 and not days[-1].acwr_confident


def test_acwr_after_a_jump_follows_the_seeded_ewmas() -> None:
    days = pmc_series([50.0, 150.0])
    # Day 2: acute = 50 + 0.25·100 = 75, chronic = 50 + (2/29)·100 = 56.897
    assert days[0].acwr == 1.0
    assert days[1].acute_ewma == pytest.approx(75.0)
    assert days[1].chronic_ewma == pytest.approx(50 + 200 / 29)
    assert days[1].acwr == pytest.approx(75 / (50 + 200 / 29))
    assert pmc_series([0.0, 0.0])[1].acwr is None  # no chronic load: no ratio


def test_monotony_and_strain_use_the_population_sd() -> None:
    days = pmc_series([100.0, 0.0, 100.0, 0.0, 100.0, 0.0, 100.0])
    assert all(d.monotony is None for d in days[:6])
    # 4 days of 100 in 7: mean 400/7, population SD = 100·√(4/7 · 3/7), so monotony =
    # √(4/3) = 1.1547 and strain = 400 × 1.1547 = 461.88. (Sample SD would give 1.0690.)
    assert days[6].monotony == pytest.approx(math.sqrt(4 / 3))
    assert days[6].strain == pytest.approx(400 * math.sqrt(4 / 3))


def test_a_week_of_rest_has_no_monotony_and_identical_loads_have_the_highest() -> None:
    assert pmc_series([0.0] * 7)[6].monotony is None
    same = pmc_series([80.0] * 7)[6]
    assert same.monotony == MONOTONY_CAP == 10.0
    assert same.strain == pytest.approx(560 * 10.0)
    nearly = pmc_series([80.0] * 6 + [80.001])[6]
    assert nearly.monotony == MONOTONY_CAP  # SD ≈ 0: capped too, never above identical


def test_acwr_bands() -> None:
    assert [acwr_band(x) for x in (0.79, 0.8, 1.3, 1.31, 1.5, 1.51)] == [
        AcwrBand.LOW, AcwrBand.USUAL, AcwrBand.USUAL, AcwrBand.HIGH, AcwrBand.HIGH,
        AcwrBand.WARNING,
    ]  # fmt: skip


def test_daily_loads_sum_sessions_and_fill_rest_days() -> None:
    sessions = [(date(2024, 5, 1), 50.0), (date(2024, 5, 1), 30.0), (date(2024, 5, 3), 90.0)]
    assert daily_loads(sessions, date(2024, 5, 1), date(2024, 5, 4)) == [80.0, 0.0, 90.0, 0.0]
    with pytest.raises(InvalidValueError, match="outside 2024-05-02..2024-05-04"):
        daily_loads(sessions, date(2024, 5, 2), date(2024, 5, 4))


def test_late_upload_recomputes_from_its_day() -> None:
    loads = [60.0, 0.0, 80.0, 45.0, 0.0, 120.0, 30.0, 0.0, 70.0, 90.0]
    history = pmc_series(loads)
    changed = loads.copy()
    changed[4] = 65.0  # a session for day 5 arrives late
    redone = recompute_from(history, changed, 4)
    assert redone[:4] == history[:4]
    assert redone == pmc_series(changed)
    assert redone[4].ctl > history[4].ctl


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: pmc_series([10.0, -1.0]), "daily load must not be negative"),
        (lambda: pmc_series([float("inf")]), "daily load must be a finite number"),
        (lambda: pmc_series([5000.0]), "impossible"),
        (lambda: recompute_from(pmc_series([1.0]), [1.0, 2.0], 3), "history has 1 days"),
        (lambda: PmcState.initial(ctl=-5), "starting CTL must not be negative"),
        (lambda: PmcState(recent_ctl=(1.0,)), "recent_ctl must hold 7 days"),
        (lambda: pmc_batch(np.ones(5)), "athletes × days"),
        (lambda: pmc_batch([[1.0, -2.0]]), "min -2"),
    ],
)
def test_bad_pmc_input_raises(call, message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        call()


def values(days: list[PmcDay], name: str) -> np.ndarray:
    return np.array([np.nan if getattr(d, name) is None else getattr(d, name) for d in days])


@given(loads_strategy)
def test_ctl_and_atl_stay_within_the_range_of_the_inputs(loads: list[float]) -> None:
    top = max(loads)
    for day in pmc_series(loads):
        assert 0.0 <= day.ctl <= top
        assert 0.0 <= day.atl <= top


@given(st.floats(min_value=0.5, max_value=500))
def test_constant_load_converges_to_itself(load: float) -> None:
    last = pmc_series([load] * 1500)[-1]
    assert last.ctl == pytest.approx(load, rel=1e-12)
    assert last.atl == pytest.approx(load, rel=1e-12)
    assert last.acwr == pytest.approx(1.0, rel=1e-12)
    assert abs(last.tsb) < 1e-9 * load


@given(loads_strategy)
def test_the_last_day_alone_is_the_series_last_day_to_the_bit(loads: list[float]) -> None:
    assert pmc_last_day(loads) == pmc_series(loads)[-1]
    assert pmc_last_day(iter(loads)) == pmc_series(loads)[-1]


def test_the_last_day_of_no_days_is_none_and_bad_loads_raise_as_in_the_series() -> None:
    assert pmc_last_day([]) is None
    with pytest.raises(InvalidValueError, match="impossible"):
        pmc_last_day([10.0, 5000.0])


@given(loads_strategy, st.data())
def test_incremental_update_equals_full_recomputation(loads: list[float], data) -> None:
    split = data.draw(st.integers(min_value=0, max_value=len(loads)))
    full = pmc_series(loads)
    head = pmc_series(loads[:split])
    state = state_after(head)
    tail = []
    for load in loads[split:]:
        state, day = pmc_step(state, load)
        tail.append(day)
    assert head + tail == full  # exact, field by field


@given(loads_strategy, st.data())
def test_recompute_from_any_day_equals_full_recomputation(loads: list[float], data) -> None:
    day = data.draw(st.integers(min_value=0, max_value=len(loads) - 1))
    new_load = data.draw(st.floats(min_value=0, max_value=400))
    changed = [*loads[:day], new_load, *loads[day + 1 :]]
    assert recompute_from(pmc_series(loads), changed, day) == pmc_series(changed)


@given(loads_strategy, st.floats(0, 150), st.floats(0, 150))
def test_starting_from_a_known_state_matches_stepping(
    loads: list[float], ctl: float, atl: float
) -> None:
    start = PmcState.initial(ctl=ctl, atl=atl)
    days = pmc_series(loads, start)
    assert days[0].tsb == pytest.approx(ctl - atl)
    assert days[0].ramp == pytest.approx(days[0].ctl - ctl)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=4), st.integers(min_value=1, max_value=90), st.data())
def test_batch_and_scalar_paths_agree(athletes: int, days: int, data) -> None:
    loads = np.array(
        data.draw(
            st.lists(
                st.lists(st.floats(min_value=0, max_value=400), min_size=days, max_size=days),
                min_size=athletes, max_size=athletes,
            )
        )
    )  # fmt: skip
    batch = pmc_batch(loads)
    for row in range(athletes):
        scalar = pmc_series(loads[row].tolist())
        for name in FIELDS:
            np.testing.assert_array_equal(getattr(batch, name)[row], values(scalar, name))


def test_batch_matches_the_worked_example_for_many_athletes() -> None:
    batch = pmc_batch(np.full((3, 42), 100.0))
    assert batch.ctl[:, 41] == pytest.approx([63.2121] * 3, abs=1e-4)
    assert batch.atl[:, 6] == pytest.approx([63.2121] * 3, abs=1e-4)
