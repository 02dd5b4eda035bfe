"""From a service's records to what the ingest rules read: streams with nulls, garbage and
overruns; the 1–4 wellness scale; thresholds from sport settings."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

from bot.coach.ingest.model import Sport, SubSport
from bot.coach.ingest.remote import (
    STREAM_TOO_LONG,
    parsed_activity,
    sport_of,
    thresholds_of,
    wellness_values,
)
from bot.domain.profiles import ThresholdKind
from bot.integrations.records import (
    RemoteActivity,
    RemoteStreams,
    RemoteWellness,
    SportSettings,
)

RIDE = RemoteActivity(
    external_id="i1",
    start_time=datetime(2026, 3, 1, 7, 0, tzinfo=UTC),
    sport_type="VirtualRide",
    elapsed_s=100.0,
    moving_s=90.0,
    distance_m=900.0,
)


def test_nulls_are_gaps_garbage_drops_its_channel_and_an_overrun_is_cut() -> None:
    samples = 300  # 200 s past a 100 s activity
    streams = RemoteStreams(
        {
            "time": list(range(samples)),
            "heart_rate": [None, 120, *([130] * (samples - 2))],
            "power": ["fast"] * samples,
            "speed": [5.0] * 10,  # shorter than time: the rest is missing
        }
    )
    parsed, warnings = parsed_activity("intervals", RIDE, streams)
    assert warnings == (STREAM_TOO_LONG,)
    assert parsed.streams.length == 161  # up to 100 s + 60 s of slack
    assert parsed.streams.heart_rate is not None
    assert math.isnan(parsed.streams.heart_rate[0]) and parsed.streams.heart_rate[1] == 120
    assert parsed.streams.power is None
    assert parsed.streams.speed is not None and math.isnan(parsed.streams.speed[10])
    assert (parsed.sport, parsed.sub_sport) == (Sport.BIKE, SubSport.VIRTUAL)
    assert parsed.timer_s == 90.0 and parsed.avg_speed == 10.0


def test_an_activity_without_streams_keeps_its_summary() -> None:
    parsed, warnings = parsed_activity("strava", RIDE, None)
    assert parsed.streams.length == 0 and warnings == ()
    assert parsed.distance_m == 900.0
    assert sport_of("Kitesurf") == (Sport.OTHER, SubSport.GENERIC)


def test_wellness_keeps_the_ends_of_the_scale_and_leaves_out_the_unknown() -> None:
    day = RemoteWellness(
        day=date(2026, 3, 1), rmssd_ms=61.5, sleep_s=27_000, soreness=1, fatigue=4, mood=3
    )
    assert wellness_values(day) == {
        "rmssd_ms": 61.5, "sleep_hours": 7.5, "soreness": 1, "fatigue": 5, "mood": 4,
    }  # fmt: skip


def test_thresholds_come_from_each_sports_settings_in_tempos_units() -> None:
    settings = [
        SportSettings(("Ride", "VirtualRide"), ftp_w=265.4, lthr_bpm=168, max_hr_bpm=186),
        SportSettings(("Run",), lthr_bpm=172, threshold_pace_mps=4.0),
        SportSettings(("Swim",), threshold_pace_mps=1.25),
    ]
    assert thresholds_of(settings) == {
        ThresholdKind.FTP: 265,
        ThresholdKind.LTHR: 172,
        ThresholdKind.HR_MAX: 186,
        ThresholdKind.RUN_THRESHOLD_PACE: 250.0,
        ThresholdKind.CSS: 80.0,
    }
