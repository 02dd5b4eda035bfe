"""The computed fallbacks on hand-made series with known answers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from bot.coach.ingest.model import Streams
from bot.coach.ingest.summary import (
    ascent_descent,
    computed_summary,
    cumulative_distance,
    elapsed_s,
    sample_weights,
    timer_from_gaps,
    weighted_mean,
)


def test_haversine_one_degree_of_latitude_and_of_longitude_at_60_degrees():
    distance = cumulative_distance(np.array([0.0, 1.0]), np.array([0.0, 0.0]))
    # One degree of a great circle on the mean-radius sphere: 2 pi R / 360.
    assert distance[-1] == pytest.approx(2 * math.pi * 6_371_008.8 / 360)
    east = cumulative_distance(np.array([60.0, 60.0]), np.array([0.0, 1.0]))
    assert east[-1] == pytest.approx(2 * math.pi * 6_371_008.8 / 360 / 2, rel=1e-4)


def test_segment_breaks_and_missing_fixes_add_nothing():
    lat = np.array([0.0, 0.001, np.nan, 0.002, 1.0, 1.001])
    lon = np.zeros(6)
    breaks = np.array([1, 0, 0, 0, 1, 0])
    distance = cumulative_distance(lat, lon, breaks)
    step = 2 * math.pi * 6_371_008.8 / 360 * 0.001
    assert distance[-1] == pytest.approx(2 * step)


def test_timer_from_gaps_drops_pauses_over_a_minute():
    time = np.array([0, 1, 2, 3, 100, 101, 102, np.nan])
    assert timer_from_gaps(time) == 5
    assert elapsed_s(time) == 102
    assert timer_from_gaps(None) is None


def test_time_weighted_mean_follows_irregular_samples():
    time = np.array([0.0, 1.0, 11.0])
    hr = np.array([100.0, 200.0, 50.0])
    weights = sample_weights(time, 3)
    # 100 bpm for 1 s, 200 bpm for 10 s; the last sample has no duration.
    assert weighted_mean(hr, weights) == pytest.approx((100 + 2000) / 11)
    assert weighted_mean(np.full(3, np.nan), weights) is None


def test_ascent_ignores_noise_and_counts_real_climbs():
    time = np.arange(200, dtype=float)
    climb = np.concatenate([np.linspace(100, 150, 100), np.linspace(150, 120, 100)])
    noise = np.where(np.arange(200) % 2 == 0, 0.4, -0.4)  # +-0.4 m GPS jitter
    up, down = ascent_descent(climb + noise, time)
    assert up == pytest.approx(50, abs=3)
    assert down == pytest.approx(30, abs=3)


def test_ascent_drops_impossible_vertical_speeds():
    time = np.arange(60, dtype=float)
    altitude = np.full(60, 500.0)
    altitude[:5] = [200, 300, 400, 450, 480]  # a barometer settling: 100 m/s
    up, _ = ascent_descent(altitude, time)
    assert up is not None and up < 25


def test_summary_of_empty_streams_is_empty():
    summary = computed_summary(Streams(length=0))
    assert summary.distance_m is None
    assert summary.timer_s is None
    assert summary.avg_hr is None
