"""Session load: worked examples, the device's own NP, and monotonicity properties."""

from __future__ import annotations

import math
from pathlib import Path

import fitdecode
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach.science import (
    RPE_SCALE,
    Channel,
    InsufficientDataError,
    InvalidValueError,
    LoadMethod,
    ScienceError,
    Sex,
    heart_rate_load,
    heart_rate_load_from_average,
    minetti_cost,
    normalized_graded_speed,
    normalized_power,
    power_load,
    power_zones_coggan,
    resample,
    rpe_load,
    run_load,
    run_load_from_summary,
    swim_load,
    time_in_zones,
    training_stress_score,
)

ACTIVITIES = Path(__file__).resolve().parents[4] / "shared" / "fixtures" / "activities"
HR = {"hr_rest_bpm": 50.0, "hr_max_bpm": 190.0, "lthr_bpm": 170.0}


def test_tss_of_one_hour_at_ftp_is_100() -> None:
    assert training_stress_score(300, 300, 3600) == pytest.approx(100.0)
    # 2 h at IF 0.75: 2 × 0.5625 × 100 = 112.5
    assert training_stress_score(225, 300, 7200) == pytest.approx(112.5)


def test_np_of_constant_power_is_that_power() -> None:
    load = power_load(np.full(3600, 250.0), ftp_w=250)
    assert load.normalized_power_w == pytest.approx(250.0)
    assert load.value == pytest.approx(100.0)
    assert load.method is LoadMethod.POWER
    assert load.intensity_factor == pytest.approx(1.0)


def test_np_uses_only_full_30_s_windows() -> None:
    # 30 s at 0 W then 30 s at 300 W. The 31 full windows (k = 0..30) hold k samples of
    # 300 W, so their means are 10k W; NP = 10 × (Σk⁴ / 31)^¼ with Σ_{k=0}^{30} k⁴ =
    # 30·31·61·2789 / 30 = 5,273,999 → 10 × 170,129^¼ = 203.09 W.
    stream = np.concatenate([np.zeros(30), np.full(30, 300.0)])
    assert normalized_power(stream) == pytest.approx(10 * (5_273_999 / 31) ** 0.25)
    assert normalized_power(stream) == pytest.approx(203.0928, abs=1e-4)


def read_fit(name: str) -> tuple[list[float], list[float | None], dict[str, float]]:
    times: list[float] = []
    power: list[float | None] = []
    session: dict[str, float] = {}
    with fitdecode.FitReader(ACTIVITIES / name) as reader:
        for frame in reader:
            if not isinstance(frame, fitdecode.FitDataMessage):
                continue
            if frame.name == "record":
                times.append(frame.get_value("timestamp").timestamp())
                power.append(frame.get_value("power", fallback=None))
            elif frame.name == "session":
                session = {
                    key: frame.get_value(key)
                    for key in ("normalized_power", "threshold_power", "training_stress_score")
                }
    return times, power, session


@pytest.mark.parametrize(
    "name", ["Edge810-Vector-2013-08-16-15-35-10.fit", "sample-activity-indoor-trainer.fit"]
)
def test_np_matches_the_devices_own_np_within_3_percent(name: str) -> None:
    times, power, session = read_fit(name)
    stream = resample(times, power, Channel.POWER)
    device_np = session["normalized_power"]
    assert device_np in (301, 228)
    assert normalized_power(stream) == pytest.approx(device_np, rel=0.03)
    # And the TSS from the device's own FTP agrees within 3 % too.
    load = power_load(stream, session["threshold_power"])
    assert load.value == pytest.approx(session["training_stress_score"], rel=0.03)


def test_time_in_zones_for_a_recorded_ride_adds_up_to_its_power_seconds() -> None:
    times, power, session = read_fit("Edge810-Vector-2013-08-16-15-35-10.fit")
    stream = resample(times, power, Channel.POWER)
    zones = time_in_zones(power_zones_coggan(session["threshold_power"]), stream.values)
    assert sum(z.seconds for z in zones) == stream.valid_seconds == 4700
    assert max(zones, key=lambda z: z.seconds).number in (3, 4)  # an IF 0.96 ride


def test_run_at_threshold_speed_for_an_hour_is_100() -> None:
    load = run_load(np.full(3600, 4.0), threshold_speed_m_s=4.0)
    assert load.value == pytest.approx(100.0)
    assert load.method is LoadMethod.PACE
    assert load.assumptions == ("pace_not_grade_adjusted",)
    # 1 h at 90 % of threshold speed: 0.9² × 100 = 81
    assert run_load(np.full(3600, 3.6), 4.0).value == pytest.approx(81.0)
    assert run_load_from_summary(12_960, 3600, 4.0).value == pytest.approx(81.0)


def test_minetti_cost_at_10_percent_uphill() -> None:
    # 155.4·0.1⁵ − 30.4·0.1⁴ − 43.3·0.1³ + 46.3·0.1² + 19.5·0.1 + 3.6 = 5.968214
    assert float(minetti_cost(0.1)) == pytest.approx(5.968214)
    assert float(minetti_cost(0.0)) == pytest.approx(3.6)


def test_uphill_running_is_graded_up() -> None:
    # 3 m/s up a steady 10 % grade: altitude rises 0.3 m per second.
    speed = np.full(1200, 3.0)
    altitude = 100 + 0.3 * np.arange(1200)
    flat = normalized_graded_speed(speed)
    graded = normalized_graded_speed(speed, altitude)
    assert flat == pytest.approx(3.0)
    # Interior seconds see the full 10 % grade: 3 × 5.968214 / 3.6 = 4.9735 m/s; the first
    # and last 5 s see a shorter window, with the same slope.
    assert graded == pytest.approx(3.0 * 5.968214 / 3.6, rel=1e-3)


def test_swim_tss_is_cubic_in_intensity() -> None:
    # 1,500 m in 30 min at CSS 1.0 m/s: IF = 0.8333, 0.5 h × 0.8333³ × 100 = 28.935
    load = swim_load(1500, 1800, 1.0)
    assert load.value == pytest.approx(0.5 * (1500 / 1800) ** 3 * 100)
    assert load.value == pytest.approx(28.935, abs=1e-3)
    assert load.method is LoadMethod.SWIM_PACE


def test_hr_load_of_an_hour_at_lthr_is_100() -> None:
    load = heart_rate_load(np.full(3600, 170.0), **HR, sex=Sex.MALE)
    assert load.value == pytest.approx(100.0)
    # TRIMP = 60 × 0.857 × 0.64 × e^(1.92 × 0.857) with HRr = 120/140: 170.65
    assert load.trimp == pytest.approx(170.651, abs=1e-3)
    assert load.assumptions == ()


def test_hr_load_below_threshold_by_hand() -> None:
    # 60 min at 150 bpm, male: HRr = 100/140 = 0.7143; TRIMP = 60 × 0.7143 × 0.64 ×
    # e^(1.92 × 0.7143) = 108.095; hrTSS = 108.095 / 170.651 × 100 = 63.343
    load = heart_rate_load_from_average(150, 3600, **HR, sex=Sex.MALE)
    assert load.value == pytest.approx(63.343, abs=1e-3)
    assert "hr_from_average" in load.assumptions


def test_unknown_sex_uses_the_mean_k_and_says_so() -> None:
    male = heart_rate_load(np.full(1800, 150.0), **HR, sex=Sex.MALE)
    female = heart_rate_load(np.full(1800, 150.0), **HR, sex=Sex.FEMALE)
    unknown = heart_rate_load(np.full(1800, 150.0), **HR)
    assert "trimp_k_sex_unknown" in unknown.assumptions
    assert min(male.value, female.value) < unknown.value < max(male.value, female.value)


def test_hr_below_resting_adds_no_load() -> None:
    assert heart_rate_load(np.full(600, 45.0), **HR).value == 0.0


def test_session_rpe_scaling() -> None:
    # RPE 7 × 60 min × 100 / 420 = 100; RPE 5 × 90 min = 450 AU × 100 / 420 = 107.14
    assert rpe_load(7, 3600).value == pytest.approx(100.0)
    assert rpe_load(5, 5400).value == pytest.approx(107.142857)
    assert pytest.approx(100 / 420) == RPE_SCALE
    assert rpe_load(5, 5400).method is LoadMethod.SESSION_RPE


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: training_stress_score(300, 0, 3600), InvalidValueError, "FTP must be between 1"),
        (lambda: training_stress_score(300, 300, -1), InvalidValueError, "duration must not be"),
        (lambda: normalized_power(np.full(29, 200.0)), InsufficientDataError, "got 29 s"),
        (lambda: normalized_power([]), InsufficientDataError, "at least 30 s"),
        (lambda: swim_load(1500, 0, 1.0), InvalidValueError, "duration must be greater than 0"),
        (lambda: swim_load(15_000, 1800, 1.0), InvalidValueError, "faster than any swimmer"),
        (lambda: rpe_load(11, 3600), InvalidValueError, "RPE must be between 0 and 10"),
        (lambda: heart_rate_load([], **HR), InsufficientDataError, "no valid samples"),
        (
            lambda: heart_rate_load_from_average(260, 3600, **HR),
            InvalidValueError,
            "average HR must be between 25 and 250",
        ),
        (
            lambda: heart_rate_load(np.full(60, 150.0), hr_rest_bpm=50, hr_max_bpm=160,
                                    lthr_bpm=170),
            InvalidValueError,
            "LTHR \\(170\\) <= HRmax \\(160\\)",
        ),
        (lambda: run_load(np.full(60, 3.0), 0), InvalidValueError, "threshold speed must be"),
    ],
)  # fmt: skip
def test_bad_load_input_raises(call, error: type[ScienceError], message: str) -> None:
    with pytest.raises(error, match=message):
        call()


@settings(max_examples=50)
@given(st.floats(min_value=0, max_value=600), st.integers(min_value=30, max_value=7200),
       st.integers(min_value=0, max_value=3600))  # fmt: skip
def test_power_load_is_monotone_in_duration(watts: float, seconds: int, extra: int) -> None:
    shorter = power_load(np.full(seconds, watts), 250).value
    longer = power_load(np.full(seconds + extra, watts), 250).value
    assert longer >= shorter * (1 - 1e-12)


@settings(max_examples=50)
@given(
    st.lists(st.floats(min_value=0, max_value=1200), min_size=30, max_size=400),
    st.floats(min_value=1.0, max_value=2.0),
)
def test_power_load_is_monotone_in_intensity(watts: list[float], factor: float) -> None:
    base = power_load(np.array(watts), 250).value
    harder = power_load(np.array(watts) * factor, 250).value
    assert harder >= base * (1 - 1e-12)


@given(st.floats(min_value=25, max_value=250), st.floats(min_value=25, max_value=250),
       st.sampled_from(list(Sex)))  # fmt: skip
def test_hr_load_is_monotone_in_heart_rate(a: float, b: float, sex: Sex) -> None:
    low, high = sorted((a, b))
    easier = heart_rate_load_from_average(low, 3600, **HR, sex=sex).value
    harder = heart_rate_load_from_average(high, 3600, **HR, sex=sex).value
    assert easier <= harder


@given(st.floats(min_value=0, max_value=10), st.floats(min_value=0, max_value=10),
       st.floats(min_value=0, max_value=20_000))  # fmt: skip
def test_rpe_and_swim_load_are_monotone(a: float, b: float, seconds: float) -> None:
    low, high = sorted((a, b))
    assert rpe_load(low, seconds).value <= rpe_load(high, seconds).value
    assert swim_load(low * 100, 1800, 1.0).value <= swim_load(high * 100, 1800, 1.0).value
    assert math.isfinite(rpe_load(high, seconds).value)
