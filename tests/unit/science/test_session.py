"""The load-method selector: best available method per sport, with fall-backs."""

from __future__ import annotations

import numpy as np
import pytest

from bot.coach.science import (
    AthleteThresholds,
    Channel,
    InsufficientDataError,
    LoadMethod,
    SessionData,
    Sex,
    Sport,
    load_methods_for,
    resample,
    session_load,
)

ALL = AthleteThresholds(
    ftp_w=250,
    lthr_bpm=170,
    hr_max_bpm=190,
    hr_rest_bpm=50,
    run_threshold_speed=4.0,
    css=1.0,
    sex=Sex.FEMALE,
)


def stream(channel: Channel, value: float, seconds: int = 3600):
    return resample(None, np.full(seconds, value), channel)


def test_bike_prefers_power() -> None:
    ride = SessionData(
        Sport.BIKE,
        3600,
        power=stream(Channel.POWER, 250),
        heart_rate=stream(Channel.HEART_RATE, 150),
        rpe=5,
    )
    load = session_load(ride, ALL)
    assert (load.method, load.value) == (LoadMethod.POWER, pytest.approx(100.0))


def test_bike_without_ftp_falls_back_to_heart_rate_then_rpe() -> None:
    ride = SessionData(
        Sport.BIKE, 3600, power=stream(Channel.POWER, 250),
        heart_rate=stream(Channel.HEART_RATE, 170), rpe=5,
    )  # fmt: skip
    no_ftp = AthleteThresholds(lthr_bpm=170, hr_max_bpm=190, hr_rest_bpm=50, sex=Sex.MALE)
    load = session_load(ride, no_ftp)
    assert (load.method, load.value) == (LoadMethod.HEART_RATE, pytest.approx(100.0))
    only_rpe = session_load(ride, AthleteThresholds())
    # 5 × 60 min × 100 / 420 = 71.43
    assert (only_rpe.method, only_rpe.value) == (LoadMethod.SESSION_RPE, pytest.approx(71.4286))


def test_power_shorter_than_one_np_window_falls_back() -> None:
    ride = SessionData(Sport.BIKE, 20, power=stream(Channel.POWER, 250, 20), rpe=3)
    assert session_load(ride, ALL).method is LoadMethod.SESSION_RPE


def test_run_prefers_pace_and_uses_summary_without_a_stream() -> None:
    run = SessionData(Sport.RUN, 3600, speed=stream(Channel.SPEED, 4.0), avg_hr_bpm=160)
    assert session_load(run, ALL).method is LoadMethod.PACE
    summary = session_load(SessionData(Sport.RUN, 3600, distance_m=12_960), ALL)
    assert (summary.method, summary.value) == (LoadMethod.PACE, pytest.approx(81.0))
    assert summary.assumptions == ("pace_from_summary",)


def test_run_power_is_not_mistaken_for_bike_power() -> None:
    run = SessionData(Sport.RUN, 3600, power=stream(Channel.POWER, 250), avg_hr_bpm=170)
    thresholds = AthleteThresholds(ftp_w=250, lthr_bpm=170, hr_max_bpm=190, hr_rest_bpm=50)
    assert session_load(run, thresholds).method is LoadMethod.HEART_RATE


def test_swim_uses_css() -> None:
    swim = SessionData(Sport.SWIM, 1800, distance_m=1500, avg_hr_bpm=140)
    load = session_load(swim, ALL)
    assert (load.method, load.value) == (LoadMethod.SWIM_PACE, pytest.approx(28.935, abs=1e-3))


def test_strength_uses_heart_rate_or_rpe() -> None:
    assert load_methods_for(Sport.STRENGTH) == (LoadMethod.HEART_RATE, LoadMethod.SESSION_RPE)
    gym = SessionData(Sport.STRENGTH, 2700, rpe=6)
    # 6 × 45 × 100 / 420 = 64.29
    assert session_load(gym, ALL).value == pytest.approx(64.2857, abs=1e-4)


def test_no_usable_data_says_what_is_needed() -> None:
    with pytest.raises(InsufficientDataError, match="needs power data and an FTP or .* an RPE"):
        session_load(SessionData(Sport.BIKE, 3600), ALL)


def test_negative_duration_is_refused() -> None:
    with pytest.raises(ValueError, match="duration must not be negative"):
        session_load(SessionData(Sport.RUN, -5, rpe=3), ALL)


def test_a_power_channel_of_zeros_is_no_power_the_next_method_scores_it() -> None:
    # Four hours at 142 bpm with a meter that sent only zeros (issue #16): not load 0.
    ride = SessionData(
        Sport.BIKE, 4 * 3600,
        power=stream(Channel.POWER, 0, 4 * 3600),
        heart_rate=stream(Channel.HEART_RATE, 142, 4 * 3600),
    )  # fmt: skip
    load = session_load(ride, ALL)
    assert load.method is LoadMethod.HEART_RATE and load.value > 100
    assert "power_all_zero" in load.assumptions


def test_a_stream_over_part_of_the_timer_time_is_scaled_to_the_whole_and_says_so() -> None:
    # Power for 45 of 60 minutes at FTP: 75 TSS recorded, 100 for the whole hour at that IF.
    ride = SessionData(Sport.BIKE, 3600, power=stream(Channel.POWER, 250, 2700))
    load = session_load(ride, ALL)
    assert (load.method, load.value, load.duration_s) == (
        LoadMethod.POWER, pytest.approx(100.0), 3600,
    )  # fmt: skip
    assert load.assumptions == ("scaled_partial:75",)


def test_a_stream_over_under_half_the_time_gives_way_to_the_summary() -> None:
    # 20 minutes of heart rate in a 60-minute run; distance from the device's summary.
    run = SessionData(
        Sport.RUN, 3600, speed=stream(Channel.SPEED, 4.0, 1200), distance_m=14_400,
        heart_rate=stream(Channel.HEART_RATE, 170, 1200), avg_hr_bpm=170,
    )  # fmt: skip
    load = session_load(run, ALL)
    # The summary pace (4.0 m/s = threshold) over the hour: 100, not 33 from 20 minutes.
    assert (load.method, load.value) == (LoadMethod.PACE, pytest.approx(100.0))
    no_pace = session_load(run, AthleteThresholds(lthr_bpm=170, hr_max_bpm=190, hr_rest_bpm=50))
    assert no_pace.method is LoadMethod.HEART_RATE
    assert no_pace.value == pytest.approx(100.0, rel=0.01)  # average HR over the hour
    assert "hr_from_average" in no_pace.assumptions
    bare = SessionData(Sport.BIKE, 3600, power=stream(Channel.POWER, 250, 1200), rpe=5)
    fallback = session_load(bare, ALL)
    assert fallback.method is LoadMethod.SESSION_RPE
    assert fallback.assumptions == ("power_partial:33",)
