"""Stream cleaning: gaps, pauses, dropouts, spikes and sub-second samples."""

from __future__ import annotations

import math

import numpy as np
import pytest

from bot.coach.science import (
    Channel,
    InsufficientDataError,
    InvalidValueError,
    Sport,
    normalized_power,
    resample,
)


def test_short_gap_is_interpolated_and_long_gap_is_a_pause() -> None:
    # seconds 0,1,2 then a 2 s hole (3,4), then 5,6; then a 23 s hole (7..29), then 30,31
    stream = resample([0, 1, 2, 5, 6, 30, 31], [100, None, 300, 400, 0, 50, 60], Channel.POWER)
    assert stream.values[:7].tolist() == pytest.approx([100, 200, 300, 1000 / 3, 1100 / 3, 400, 0])
    assert np.isnan(stream.values[7:30]).all()
    assert stream.values[30:].tolist() == [50.0, 60.0]
    assert stream.interpolated_seconds == 3
    assert stream.valid_seconds == 9
    assert stream.missing_seconds == 23


def test_gap_of_exactly_10_s_is_filled_and_11_s_is_not() -> None:
    filled = resample([0, 11], [100, 210], Channel.POWER)  # 10 missing seconds
    assert filled.values[5] == pytest.approx(150.0)
    assert filled.valid_seconds == 12
    paused = resample([0, 12], [100, 210], Channel.POWER)  # 11 missing seconds
    assert paused.valid_seconds == 2


def test_spikes_and_dropouts_are_dropped_and_counted() -> None:
    hr = resample(None, [140, 0, 255, 142, float("nan"), 24], Channel.HEART_RATE)
    # 0, 255 and 24 bpm are impossible: dropped; NaN is just missing.
    assert hr.dropped_samples == 3
    assert hr.values[0] == 140.0
    assert hr.values[3] == 142.0
    assert hr.values[1:3].tolist() == pytest.approx([140 + 2 / 3, 141 + 1 / 3])
    power = resample(None, [200, 3000, 200, -5], Channel.POWER)
    assert power.dropped_samples == 2
    assert power.values[1] == 200.0


def test_zero_power_is_coasting_not_a_dropout() -> None:
    power = resample(None, [0, 0, 250], Channel.POWER)
    assert power.values.tolist() == [0.0, 0.0, 250.0]
    assert power.dropped_samples == 0


def test_speed_limit_depends_on_the_sport() -> None:
    run = resample(None, [3.0, 15.0, 3.0], Channel.SPEED, Sport.RUN)
    bike = resample(None, [3.0, 15.0, 3.0], Channel.SPEED, Sport.BIKE)
    assert run.dropped_samples == 1
    assert bike.dropped_samples == 0


def test_samples_in_the_same_second_are_averaged() -> None:
    stream = resample([0.0, 0.25, 0.5, 1.0, 1.25], [100, 200, 300, 50, 150], Channel.POWER)
    # second 0 holds 100, 200 and the 0.5 s sample (rounds to even: 0); second 1 holds 50, 150
    assert stream.values.tolist() == [200.0, 100.0]


def test_channels_from_the_same_timestamps_share_one_axis() -> None:
    times = [1000, 1001, 1005, 1100]
    power = resample(times, [100, 110, 120, 130], Channel.POWER)
    hr = resample(times, [0, 0, 130, 131], Channel.HEART_RATE)
    assert power.values.size == hr.values.size == 101
    assert power.start_s == hr.start_s == 1000.0


def test_pause_is_cut_out_of_np_not_counted_as_zeros() -> None:
    # 10 min at 200 W, a 20 min stop with the device paused, 10 min at 200 W.
    times = [*range(600), *range(1800, 2400)]
    paused = resample(times, [200.0] * 1200, Channel.POWER)
    assert normalized_power(paused) == pytest.approx(200.0)
    # The same ride recorded with zeros while stopped has a lower NP.
    zeros = resample(None, [200.0] * 600 + [0.0] * 1200 + [200.0] * 600, Channel.POWER)
    assert normalized_power(zeros) < 190.0


def test_all_dropouts_leave_an_empty_but_valid_stream() -> None:
    stream = resample(None, [0, 0, 0], Channel.HEART_RATE)
    assert stream.valid_seconds == 0
    assert all(math.isnan(v) for v in stream.values)


@pytest.mark.parametrize(
    ("times", "values", "error", "message"),
    [
        (None, [], InsufficientDataError, "the power stream is empty"),
        ([0, 1], [1, 2, 3], InvalidValueError, "has 3 values but 2 timestamps"),
        ([0, 2, 1], [1, 2, 3], InvalidValueError, "timestamps go backwards at sample 2"),
        ([0, float("nan")], [1, 2], InvalidValueError, "missing timestamp"),
        ([0, 30 * 86400], [1, 2], InvalidValueError, "spans 30.0 days"),
    ],
)
def test_bad_streams_raise(times, values, error, message: str) -> None:
    with pytest.raises(error, match=message):
        resample(times, values, Channel.POWER)
