"""Readiness: HRV rules, red flags, missing data, explainable factors, monotonicity."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.science import (
    Direction,
    InvalidValueError,
    LoadState,
    ReadinessStatus,
    WellnessDay,
    assess_readiness,
    pmc_series,
)
from bot.coach.science.readiness import AMBER_FROM, RED_FLAG_CEILING

TODAY = date(2024, 6, 30)


def day(offset: int, **values) -> WellnessDay:
    """A wellness entry ``offset`` days before TODAY."""
    return WellnessDay(TODAY - timedelta(days=offset), **values)


def baseline_hrv(days: int = 20, first_offset: int = 7) -> list[WellnessDay]:
    """Alternating 50 and 70 ms on the days before the 7-day window."""
    return [day(first_offset + i, rmssd_ms=50.0 if i % 2 else 70.0) for i in range(days)]


def test_hrv_below_normal_range_by_hand() -> None:
    history = baseline_hrv() + [day(i, rmssd_ms=45.0) for i in range(7)]
    hrv = assess_readiness(TODAY, history).factor("hrv")
    # Baseline: ln 50 / ln 70 alternating, 20 days: mean μ = ln √3500 = ln 59.161;
    # half-spread d = (ln 70 − ln 50)/2 = 0.168236; sample SD = d·√(20/19) = 0.172605.
    mu = math.log(math.sqrt(3500))
    sd = (math.log(70) - math.log(50)) / 2 * math.sqrt(20 / 19)
    low = mu - 0.5 * sd  # e^low = 54.27 ms
    z = (math.log(45) - mu) / sd  # −1.585
    assert hrv.baseline == pytest.approx(mu)
    assert hrv.value == pytest.approx(math.log(45))
    assert hrv.details["baseline_sd"] == pytest.approx(sd)
    assert hrv.details["z"] == pytest.approx(z)
    assert z == pytest.approx(-1.585, abs=1e-3)
    # s = 0.8 − 0.4 × (−0.5 − z) = 0.366
    assert hrv.subscore == pytest.approx(0.8 - 0.4 * (-0.5 - z))
    assert hrv.direction is Direction.NEGATIVE
    # 45 ms is 17.1 % below the bottom of the normal range (54.27 ms), for all 7 days.
    assert hrv.details["pct_vs_range"] == pytest.approx((45 / math.exp(low) - 1) * 100)
    assert hrv.details["pct_vs_range"] == pytest.approx(-17.08, abs=0.01)
    assert hrv.details["days_below_range"] == 7
    assert hrv.details["consecutive_days_below"] == 7
    assert hrv.details["today_rmssd_ms"] == 45.0


def test_hrv_within_range_is_neutral() -> None:
    history = baseline_hrv() + [day(i, rmssd_ms=59.0 + i % 2) for i in range(7)]
    hrv = assess_readiness(TODAY, history).factor("hrv")
    assert (hrv.direction, hrv.subscore, hrv.contribution) == (Direction.NEUTRAL, 0.8, 0.0)


def test_no_hrv_verdict_before_14_days_of_baseline() -> None:
    history = baseline_hrv(days=13) + [day(i, rmssd_ms=30.0) for i in range(7)]
    hrv = assess_readiness(TODAY, history).factor("hrv")
    assert hrv.direction is Direction.MISSING
    assert hrv.reason == "hrv_baseline_building"
    assert hrv.details == {"valid_days_7d": 7, "baseline_days": 13}


def test_no_hrv_verdict_with_fewer_than_3_days_in_the_week() -> None:
    history = baseline_hrv() + [day(0, rmssd_ms=30.0), day(3, rmssd_ms=30.0)]
    hrv = assess_readiness(TODAY, history).factor("hrv")
    assert (hrv.direction, hrv.reason) == (Direction.MISSING, "hrv_too_few_days")
    assert hrv.contribution == 0.0


def test_score_is_80_plus_the_contributions_and_status_follows_bands() -> None:
    # Only sleep present: score = 100 × s. 7 h → 80 green; 6.25 h → s = 0.8 × 2.25/3 = 0.6
    # → 60 amber; 5.5 h → 0.4 → 40 red.
    for hours, score, status in [(7.0, 80.0, ReadinessStatus.GREEN),
                                 (6.25, 60.0, ReadinessStatus.AMBER),
                                 (5.5, 40.0, ReadinessStatus.RED)]:  # fmt: skip
        result = assess_readiness(TODAY, [day(0, sleep_hours=hours)])
        assert result.score == pytest.approx(score)
        assert result.status is status
        assert result.confidence == pytest.approx(0.12)
        assert 80 + sum(f.contribution for f in result.factors) == pytest.approx(score)


def test_contributions_share_the_present_weights() -> None:
    # Sleep 5.5 h (s 0.4, w 0.12) and fatigue 5 (s 0.0, w 0.08): Σw = 0.20
    # sleep: 100 × 0.6 × −0.4 = −24; fatigue: 100 × 0.4 × −0.8 = −32; score 80 − 56 = 24
    result = assess_readiness(TODAY, [day(0, sleep_hours=5.5, fatigue=5)])
    assert result.factor("sleep_hours").contribution == pytest.approx(-24.0)
    assert result.factor("fatigue").contribution == pytest.approx(-32.0)
    assert result.score == pytest.approx(24.0)


def test_illness_forces_red_even_when_everything_else_is_good() -> None:
    well = assess_readiness(TODAY, [day(0, sleep_hours=9, fatigue=1, mood=1)])
    assert well.score is not None and well.score > 90
    result = assess_readiness(TODAY, [day(0, sleep_hours=9, fatigue=1, mood=1, illness=True)])
    # The flag caps the score in the red band: a "rest only" day never reads 90/100.
    assert result.score == RED_FLAG_CEILING < AMBER_FROM
    assert result.status is ReadinessStatus.RED
    assert result.red_flags == ("illness",)
    injured = assess_readiness(TODAY, [day(0, injury=True)])
    assert (injured.status, injured.red_flags, injured.score) == (
        ReadinessStatus.RED, ("injury",), RED_FLAG_CEILING,
    )  # fmt: skip
    # A score already below the ceiling stays as it is.
    worse = assess_readiness(TODAY, [day(0, sleep_hours=5.5, fatigue=5, illness=True)])
    assert worse.score == pytest.approx(24.0)


def test_no_data_is_reported_as_missing_not_imputed() -> None:
    result = assess_readiness(TODAY, [])
    assert (result.score, result.status, result.confidence) == (None, None, 0.0)
    assert all(f.direction is Direction.MISSING for f in result.factors)
    assert {f.reason for f in result.factors} == {
        "no_data", "hrv_baseline_building", "resting_hr_baseline_building",
    }  # fmt: skip
    codes = [f.code for f in result.factors]
    assert codes == ["hrv", "resting_hr", "sleep_hours", "sleep_quality", "fatigue", "soreness",
                     "stress", "mood", "motivation", "tsb", "acwr", "monotony"]  # fmt: skip


def test_resting_hr_against_its_baseline() -> None:
    history = [day(i, resting_hr_bpm=50.0) for i in range(1, 11)] + [day(0, resting_hr_bpm=57)]
    rhr = assess_readiness(TODAY, history).factor("resting_hr")
    # +7 bpm: s = 0.8 − 0.08 × (7 − 2) = 0.4
    assert (rhr.value, rhr.baseline, rhr.details["delta_bpm"]) == (57.0, 50.0, 7.0)
    assert rhr.subscore == pytest.approx(0.4)


def test_load_factors_from_the_pmc() -> None:
    pmc_day = pmc_series([50.0] * 30 + [200.0] * 5)[-1]
    load = LoadState.from_pmc_day(pmc_day)
    result = assess_readiness(TODAY, [], load)
    assert result.factor("acwr").value == pmc_day.acwr
    assert result.factor("acwr").details["band"] == "warning"
    assert result.factor("acwr").direction is Direction.NEGATIVE
    assert result.factor("tsb").value == pmc_day.tsb
    assert result.confidence == pytest.approx(0.23)


def test_context_baselines_for_daily_factors() -> None:
    history = [day(i, sleep_hours=8.0, soreness=2) for i in range(1, 5)]
    result = assess_readiness(TODAY, [*history, day(0, sleep_hours=6.0, soreness=4)])
    assert result.factor("sleep_hours").baseline == 8.0
    assert result.factor("soreness").baseline == 2.0
    assert result.factor("soreness").direction is Direction.NEGATIVE


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: day(0, rmssd_ms=0), "rMSSD must be between 1 and 500"),
        (lambda: day(0, resting_hr_bpm=260), "resting HR must be between 25 and 120"),
        (lambda: day(0, sleep_hours=-1), "sleep must be between 0 and 24"),
        (lambda: day(0, soreness=6), "soreness must be 1 \\(best\\) to 5 \\(worst\\), got 6"),
        (lambda: day(0, mood=2.5), "mood must be a whole number 1–5"),
        (lambda: day(0, fatigue=True), "fatigue must be a whole number"),
        (lambda: assess_readiness(TODAY, [day(1), day(1)]), "two wellness entries"),
    ],
)
def test_bad_wellness_input_raises(call, message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        call()


def full_history(**today) -> list[WellnessDay]:
    base = [day(7 + i, rmssd_ms=55.0 + (i % 3) * 5, resting_hr_bpm=50.0 + i % 3)
            for i in range(30)]  # fmt: skip
    week = [day(i, rmssd_ms=52.0, resting_hr_bpm=51.0) for i in range(1, 7)]
    now = {"rmssd_ms": 50.0, "resting_hr_bpm": 52.0, "sleep_hours": 7.0, "sleep_quality": 3,
           "fatigue": 3, "soreness": 3, "stress": 3, "mood": 3, "motivation": 3}  # fmt: skip
    return [*base, *week, day(0, **{**now, **today})]


def score(history: list[WellnessDay], load: LoadState | None = None) -> float:
    result = assess_readiness(TODAY, history, load)
    assert result.score is not None
    return result.score


subjective = st.sampled_from(["sleep_quality", "fatigue", "soreness", "stress", "mood",
                              "motivation"])  # fmt: skip


@given(st.floats(min_value=0, max_value=24), st.floats(min_value=0, max_value=24))
def test_more_sleep_never_lowers_the_score(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert score(full_history(sleep_hours=low)) <= score(full_history(sleep_hours=high))


@given(subjective, st.integers(1, 5), st.integers(1, 5))
def test_a_worse_subjective_answer_never_raises_the_score(name: str, a: int, b: int) -> None:
    better, worse = sorted((a, b))
    assert score(full_history(**{name: worse})) <= score(full_history(**{name: better}))


@given(st.floats(min_value=30, max_value=110), st.floats(min_value=30, max_value=110))
def test_higher_resting_hr_never_raises_the_score(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert score(full_history(resting_hr_bpm=high)) <= score(full_history(resting_hr_bpm=low))


@given(st.floats(min_value=0.3, max_value=1.0))
def test_lower_recent_hrv_never_raises_the_score(factor: float) -> None:
    history = full_history()
    lowered = [
        replace(d, rmssd_ms=max(1.0, d.rmssd_ms * factor))
        if d.day > TODAY - timedelta(days=7) and d.rmssd_ms else d
        for d in history
    ]  # fmt: skip
    assert score(lowered) <= score(history)


pair = st.tuples


@given(pair(st.floats(-80, 40), st.floats(-80, 40)), pair(st.floats(0, 3), st.floats(0, 3)),
       pair(st.floats(0, 4), st.floats(0, 4)))  # fmt: skip
def test_worse_load_state_never_raises_the_score(tsb, acwr, monotony) -> None:
    history = full_history()
    worse = LoadState(tsb=min(tsb), acwr=max(acwr), monotony=max(monotony))
    better = LoadState(tsb=max(tsb), acwr=min(acwr), monotony=min(monotony))
    assert score(history, worse) <= score(history, better)


@given(st.floats(0, 24), subjective, st.integers(1, 5))
def test_score_stays_within_0_and_100(hours: float, name: str, value: int) -> None:
    assert 0.0 <= score(full_history(sleep_hours=hours, **{name: value})) <= 100.0


def test_acwr_under_four_weeks_of_data_does_not_move_the_verdict() -> None:
    first_ride = pmc_series([180.0])[-1]
    assert first_ride.acwr == 1.0 and not first_ride.acwr_confident
    load = LoadState.from_pmc_day(first_ride)
    assert load.acwr is None
    assert assess_readiness(TODAY, [], load).factor("acwr").direction is Direction.MISSING
