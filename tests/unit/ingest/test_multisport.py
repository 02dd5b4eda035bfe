"""A triathlon FIT file becomes one activity per leg, transitions included."""

from __future__ import annotations

import io
from datetime import timedelta

import fitdecode
import numpy as np
import pytest

from bot.coach.ingest import ParsedActivity, Sport, SubSport, TruncatedFileError, parse_upload
from tests.unit.ingest.synthetic import START, Leg, activity_fit

TRIATHLON = [
    Leg("swimming", 30, 1.2, heart_rate=150, sub_sport="open_water"),
    Leg("transition", 10, 1.0, heart_rate=160),
    Leg("cycling", 60, 9.0, heart_rate=145, power=220),
    Leg("transition", 5, 1.0, heart_rate=155),
    Leg("running", 40, 3.5, heart_rate=165),
]


@pytest.fixture(scope="module")
def legs() -> tuple[ParsedActivity, ...]:
    return parse_upload("triathlon.fit", activity_fit(TRIATHLON)).activities


def test_one_activity_per_leg_in_order(legs: tuple[ParsedActivity, ...]):
    assert [(leg.sport, leg.sub_sport) for leg in legs] == [
        (Sport.SWIM, SubSport.OPEN_WATER),
        (Sport.OTHER, SubSport.TRANSITION),
        (Sport.BIKE, SubSport.GENERIC),
        (Sport.OTHER, SubSport.TRANSITION),
        (Sport.RUN, SubSport.GENERIC),
    ]
    assert [leg.is_transition for leg in legs] == [False, True, False, True, False]
    assert [leg.raw_sport for leg in legs] == [
        "swimming", "transition", "cycling", "transition", "running",
    ]  # fmt: skip


def test_legs_share_a_group_and_are_numbered(legs: tuple[ParsedActivity, ...]):
    groups = {leg.multisport_group for leg in legs}
    assert len(groups) == 1
    assert groups == {legs[0].sha256}
    assert [leg.leg_index for leg in legs] == [0, 1, 2, 3, 4]
    assert {leg.leg_count for leg in legs} == {5}
    assert [leg.file_index for leg in legs] == [0, 1, 2, 3, 4]


def test_each_leg_holds_its_own_records_and_laps(legs: tuple[ParsedActivity, ...]):
    start = START
    for leg, spec in zip(legs, TRIATHLON, strict=True):
        assert leg.start_time == start
        assert leg.streams.length == spec.seconds
        assert leg.streams.time is not None
        np.testing.assert_array_equal(leg.streams.time, np.arange(spec.seconds, dtype=float))
        assert leg.elapsed_s == spec.seconds
        assert leg.distance_m == pytest.approx(spec.seconds * spec.speed)
        assert len(leg.laps) == 1
        assert leg.laps[0].start == start
        hr = leg.streams.heart_rate
        assert hr is not None
        assert hr.min() == spec.heart_rate
        start += timedelta(seconds=spec.seconds)
    assert legs[2].streams.power is not None
    assert legs[4].streams.power is None  # only the bike leg had a power meter


def test_transitions_have_no_sport_unknown_warning(legs: tuple[ParsedActivity, ...]):
    assert all("sport_unknown" not in leg.warnings for leg in legs)


def test_multisport_cut_before_its_sessions_still_splits_by_the_laps_sports():
    data = activity_fit(TRIATHLON)
    with fitdecode.FitReader(io.BytesIO(data), keep_raw_chunks=True) as reader:
        first_session = next(
            frame.chunk.offset
            for frame in reader
            if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "session"
        )
    with pytest.raises(TruncatedFileError) as caught:
        parse_upload("triathlon.fit", data[:first_session])
    # No sessions: the laps' sports mark the legs; totals come from the records
    # and the timer events.
    partial = caught.value.partial
    assert [leg.raw_sport for leg in partial] == [
        "swimming", "transition", "cycling", "transition", "running",
    ]  # fmt: skip
    assert [leg.streams.length for leg in partial] == [leg.seconds for leg in TRIATHLON]
    assert [leg.timer_s for leg in partial] == [leg.seconds for leg in TRIATHLON]
    assert all(leg.device_summary is None for leg in partial)
    assert {leg.multisport_group for leg in partial} == {caught.value.partial[0].sha256}
