"""Thresholds and field tests: worked examples from domain.md and hand derivations."""

from __future__ import annotations

from datetime import date

import pytest

from bot.coach.science import (
    InvalidValueError,
    PaceUnit,
    ScienceError,
    ThresholdSource,
    css_from_test,
    estimate_hr_max,
    ftp_from_20min_test,
    hr_max,
    lthr_from_30min_test,
    pace_from_speed,
    run_threshold_speed_from_30min_test,
    speed_from_pace,
    threshold_in_force,
)


def test_tanaka_hr_max_at_40_is_180_and_marked_estimated() -> None:
    estimate = estimate_hr_max(40)
    assert estimate.value == pytest.approx(180.0)
    assert estimate.source is ThresholdSource.ESTIMATED
    assert estimate.method == "tanaka_2001"


def test_measured_hr_max_wins_over_the_estimate() -> None:
    measured = hr_max(age_years=40, measured_bpm=193)
    assert (measured.value, measured.source) == (193.0, ThresholdSource.MEASURED)
    # 208 − 0.7 × 25 = 190.5
    assert hr_max(age_years=25).value == pytest.approx(190.5)


def test_css_from_400_in_6_00_and_200_in_2_50() -> None:
    css = css_from_test(t400_s=360, t200_s=170)
    # (400 − 200) / (360 − 170) = 200 / 190 = 1.052631... m/s
    assert css.value == pytest.approx(1.0526, abs=1e-4)
    # 100 / 1.0526 = 95 s = 1:35 per 100 m
    assert pace_from_speed(css.value, PaceUnit.PER_100M) == pytest.approx(95.0)
    assert css.source is ThresholdSource.TEST


def test_ftp_is_95_percent_of_a_20_minute_test() -> None:
    # 0.95 × 250 = 237.5
    assert ftp_from_20min_test(250).value == pytest.approx(237.5)


def test_lthr_is_the_last_20_minutes_average() -> None:
    assert lthr_from_30min_test(171).value == 171.0


def test_run_threshold_speed_is_the_whole_30_minute_average() -> None:
    # 7,200 m / 1,800 s = 4.0 m/s = 250 s/km (4:10 per km)
    threshold = run_threshold_speed_from_30min_test(7200)
    assert threshold.value == pytest.approx(4.0)
    assert pace_from_speed(threshold.value, PaceUnit.PER_KM) == pytest.approx(250.0)


def test_pace_and_speed_round_trip_in_miles() -> None:
    # 8:00 per mile = 480 s → 1609.344 / 480 = 3.3528 m/s
    assert speed_from_pace(480, PaceUnit.PER_MILE) == pytest.approx(3.3528)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: css_from_test(170, 360), "must be longer than the 200 m time"),
        (lambda: css_from_test(200, 200), "must be longer than the 200 m time"),
        (lambda: css_from_test(300, 170), "faster per 100 m"),
        (lambda: css_from_test(-1, 170), "400 m time must be greater than 0"),
        (lambda: ftp_from_20min_test(0), "20-minute average power must be between 1"),
        (lambda: estimate_hr_max(-3), "age must be between 10 and 100"),
        (lambda: hr_max(measured_bpm=260), "HRmax must be between 100 and 250"),
        (hr_max, "needs either a measured value or the athlete's age"),
        (lambda: lthr_from_30min_test(float("nan")), "must be a finite number"),
        (lambda: pace_from_speed(0, PaceUnit.PER_KM), "speed must be greater than 0"),
    ],
)
def test_bad_threshold_input_raises_a_clear_domain_error(call, message: str) -> None:
    with pytest.raises(ScienceError, match=message) as caught:
        call()
    assert isinstance(caught.value, InvalidValueError)
    assert isinstance(caught.value, ValueError)


def test_the_threshold_in_force_is_the_latest_on_or_before_the_day() -> None:
    march = ftp_from_20min_test(240)  # 228 W
    june = ftp_from_20min_test(260)  # 247 W
    history = [(date(2024, 6, 1), june), (date(2024, 3, 1), march)]
    # Before the first entry the earliest known value holds; an empty history has none.
    assert threshold_in_force(history, date(2024, 2, 28)) == march
    assert threshold_in_force(history, date(1990, 1, 1)) == march
    assert threshold_in_force([], date(2024, 3, 1)) is None
    assert threshold_in_force(history, date(2024, 3, 1)) == march
    assert threshold_in_force(history, date(2024, 5, 31)) == march
    assert threshold_in_force(history, date(2024, 6, 1)) == june
