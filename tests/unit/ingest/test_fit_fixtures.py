"""Real FIT files against what their own devices recorded.

Every expected number below is the device's: its session message (read with bare
fitdecode in ``reference.device_session``) or its record listing (``*-records.csv``).
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest

from bot.coach.ingest import IngestWarning, ParsedActivity, SourceFormat, Sport, SubSport
from bot.coach.ingest.summary import computed_summary
from tests.unit.ingest.reference import csv_records, device_session, parsed_fixture

VALID_FIT = {
    "garmin-edge-500-activity.fit": (Sport.BIKE, SubSport.GENERIC),
    "garmin-fenix-5-run.fit": (Sport.RUN, SubSport.GENERIC),
    "garmin-fenix-5-bike.fit": (Sport.BIKE, SubSport.GENERIC),
    "Edge810-Vector-2013-08-16-15-35-10.fit": (Sport.BIKE, SubSport.GENERIC),
    "sample-activity-indoor-trainer.fit": (Sport.BIKE, SubSport.INDOOR),
    "activity-small-fenix2-run.fit": (Sport.RUN, SubSport.GENERIC),
}


def only_activity(name: str) -> ParsedActivity:
    upload = parsed_fixture(name)
    assert len(upload.activities) == 1
    return upload.activities[0]


@pytest.mark.parametrize(("name", "expected"), VALID_FIT.items())
def test_sport_is_normalised_and_raw_sport_kept(name: str, expected: tuple[Sport, SubSport]):
    activity = only_activity(name)
    assert (activity.sport, activity.sub_sport) == expected
    assert activity.raw_sport == device_session(name)["sport"]
    assert activity.source_format is SourceFormat.FIT
    assert activity.multisport_group is None
    assert (activity.leg_index, activity.leg_count, activity.file_index) == (0, 1, 0)


@pytest.mark.parametrize("name", VALID_FIT)
def test_distance_and_times_match_the_device_session(name: str):
    session = device_session(name)
    activity = only_activity(name)
    assert activity.distance_m == pytest.approx(session["total_distance"], rel=0.01)
    assert activity.timer_s == pytest.approx(session["total_timer_time"], rel=0.01)
    assert activity.elapsed_s == pytest.approx(session["total_elapsed_time"], rel=0.01)
    assert activity.start_time == session["start_time"]
    assert activity.start_time is not None
    assert activity.start_time.utcoffset() == timedelta(0)


@pytest.mark.parametrize("name", VALID_FIT)
def test_device_summary_is_the_session_message(name: str):
    session = device_session(name)
    summary = only_activity(name).device_summary
    assert summary is not None
    pairs = {
        "distance_m": "total_distance",
        "timer_s": "total_timer_time",
        "elapsed_s": "total_elapsed_time",
        "ascent_m": "total_ascent",
        "avg_hr": "avg_heart_rate",
        "max_hr": "max_heart_rate",
        "avg_power": "avg_power",
        "max_power": "max_power",
        "normalized_power": "normalized_power",
        "training_stress_score": "training_stress_score",
        "intensity_factor": "intensity_factor",
        "threshold_power": "threshold_power",
        "calories": "total_calories",
    }
    for ours, device in pairs.items():
        assert getattr(summary, ours) == session.get(device), ours


def test_edge_810_keeps_the_devices_own_np_and_tss():
    summary = only_activity("Edge810-Vector-2013-08-16-15-35-10.fit").device_summary
    assert summary is not None
    assert (summary.normalized_power, summary.training_stress_score) == (301, 118.7)
    assert (summary.intensity_factor, summary.threshold_power) == (0.956, 315)


def test_indoor_trainer_is_an_indoor_ride_with_power_and_no_position():
    activity = only_activity("sample-activity-indoor-trainer.fit")
    # The device says cycling/generic; no GPS and zero distance make it indoor.
    assert activity.raw_sub_sport == "generic"
    assert IngestWarning.SUB_SPORT_INFERRED in activity.warnings
    assert activity.streams.lat is None
    assert activity.streams.distance is None
    assert activity.streams.power is not None
    assert activity.device_summary is not None
    assert activity.device_summary.normalized_power == 228
    assert activity.device_summary.training_stress_score == 50.8


def test_fenix2_run_has_heart_rate_in_its_records_but_not_in_its_session():
    # SOURCES.md calls this file "no HR": its session has no HR average, but 2808 of
    # its 2809 records carry a heart rate (a paired strap). We keep what is there.
    activity = only_activity("activity-small-fenix2-run.fit")
    assert "avg_heart_rate" not in device_session("activity-small-fenix2-run.fit")
    hr = activity.streams.heart_rate
    assert hr is not None
    assert activity.streams.length == 2809
    assert int(np.count_nonzero(~np.isnan(hr))) == 2808
    assert activity.avg_hr is not None
    assert 140 < activity.avg_hr < 170
    assert activity.max_hr == np.nanmax(hr)
    assert IngestWarning.NO_HEART_RATE not in activity.warnings


@pytest.mark.parametrize("name", VALID_FIT)
def test_laps_add_up_to_the_session(name: str):
    session = device_session(name)
    activity = only_activity(name)
    if "num_laps" in session:
        assert len(activity.laps) == session["num_laps"]
    timer = sum(lap.timer_s or 0 for lap in activity.laps)
    assert timer == pytest.approx(session["total_timer_time"], rel=0.01)
    distance = sum(lap.distance_m or 0 for lap in activity.laps)
    assert distance == pytest.approx(session["total_distance"], rel=0.01, abs=0.01)
    first = activity.laps[0].start
    assert first is not None
    # The fenix 2 starts its first lap one second after its session.
    assert abs(first - session["start_time"]) <= timedelta(seconds=1)


def test_device_identity():
    activity = only_activity("garmin-edge-500-activity.fit")
    assert activity.device.manufacturer == "garmin"
    assert activity.device.product == "edge500"
    assert activity.device.software_version == "2.8"


def test_sha256_is_of_the_original_bytes():
    import hashlib

    from tests.unit.ingest.reference import fixture_bytes

    upload = parsed_fixture("garmin-fenix-5-run.fit")
    digest = hashlib.sha256(fixture_bytes("garmin-fenix-5-run.fit")).hexdigest()
    assert upload.sha256 == digest
    assert upload.activities[0].sha256 == digest
    assert upload.size_bytes == 5597
    assert upload.container == "fit"


# ---- streams, record by record, against the device's own listing ------------------

STREAM_FILES = {
    "garmin-fenix-5-run.fit": "garmin-fenix-5-run-records.csv",
    "garmin-fenix-5-bike.fit": "garmin-fenix-5-bike-records.csv",
    "garmin-edge-500-activity.fit": "garmin-edge-500-activity-records.csv",
}


def column(records: tuple, name: str) -> np.ndarray:
    return np.array([np.nan if getattr(r, name) is None else getattr(r, name) for r in records])


@pytest.mark.parametrize(("fit", "listing"), STREAM_FILES.items())
def test_streams_hold_every_record_as_the_device_stored_it(fit: str, listing: str):
    activity = only_activity(fit)
    records = csv_records(listing)
    streams = activity.streams
    assert streams.length == len(records)
    assert streams.time is not None
    assert activity.start_time is not None
    times = [activity.start_time + timedelta(seconds=float(t)) for t in streams.time]
    assert times == [r.time for r in records]
    for name in ("heart_rate", "cadence", "speed", "distance", "lat", "lon", "altitude"):
        expected = column(records, name)
        ours = getattr(streams, name)
        if np.isnan(expected).all():
            assert ours is None, name
            continue
        assert ours is not None, name
        assert ours.dtype == np.float64
        invalid = np.isnan(ours)
        np.testing.assert_allclose(ours[~invalid], expected[~invalid], rtol=0, atol=1e-6)
        # Where the FIT value is invalid (NaN for us), the ANT SDK dump tool that
        # wrote the CSV prints cadence 0 and repeats the last valid position
        # (python-fitparse's tests apply the same two corrections).
        for index in np.flatnonzero(invalid):
            if name == "cadence":
                assert expected[index] == 0
            elif name in ("lat", "lon"):
                before = ours[:index][~invalid[:index]]
                assert expected[index] == pytest.approx(before[-1], abs=1e-6)
            else:
                raise AssertionError(f"{name}[{index}] is invalid in the FIT file only")


def test_edge_500_first_and_last_records():
    streams = only_activity("garmin-edge-500-activity.fit").streams
    assert streams.time is not None and streams.heart_rate is not None
    assert streams.distance is not None and streams.speed is not None
    assert streams.cadence is not None
    # Session starts at 13:00:21, the first record is at 13:00:22 (CSV: 06:00:22 PDT).
    assert streams.time[0] == 1.0
    assert streams.time[-1] == 12692.0  # 09:31:53 PDT
    assert (streams.heart_rate[0], streams.cadence[0], streams.speed[0]) == (161, 71, 5.888)
    assert streams.distance[0] == 0.0
    assert (streams.heart_rate[-1], streams.distance[-1]) == (151, 92622.34)
    # 121 records have no cadence and 9 no position: NaN there, not dropped.
    assert int(np.isnan(streams.cadence).sum()) == 121
    assert streams.lat is not None
    assert int(np.isnan(streams.lat).sum()) == 9


def test_fenix_5_bike_has_no_cadence_channel():
    streams = only_activity("garmin-fenix-5-bike.fit").streams
    assert streams.cadence is None
    assert streams.power is None
    assert set(streams.channels()) == {
        "time", "heart_rate", "speed", "altitude", "distance", "lat", "lon",
    }  # fmt: skip


def test_streams_are_read_only_views():
    streams = only_activity("garmin-fenix-5-run.fit").streams
    assert streams.heart_rate is not None
    with pytest.raises(ValueError, match="read-only"):
        streams.heart_rate[0] = 1.0


# ---- the computed fallbacks, checked against the same devices ---------------------


@pytest.mark.parametrize("name", VALID_FIT)
def test_values_computed_from_the_streams_agree_with_the_device(name: str):
    """What we compute for files without a summary (TCX, GPX, cut-off FIT files)."""
    session = device_session(name)
    computed = computed_summary(only_activity(name).streams)
    if session["total_distance"]:
        assert computed.distance_m == pytest.approx(session["total_distance"], rel=0.01)
    if "avg_heart_rate" in session:
        # Time-weighted: samples are irregular ("smart recording").
        assert computed.avg_hr == pytest.approx(session["avg_heart_rate"], abs=1.5)
        assert computed.max_hr == session["max_heart_rate"]
    if "avg_power" in session:
        assert computed.avg_power == pytest.approx(session["avg_power"], rel=0.01)
        assert computed.max_power == session["max_power"]


@pytest.mark.parametrize(
    ("name", "tolerance"),
    [
        ("garmin-edge-500-activity.fit", 0.12),
        ("Edge810-Vector-2013-08-16-15-35-10.fit", 0.05),
        ("activity-small-fenix2-run.fit", 0.05),
    ],
)
def test_computed_ascent_is_close_to_the_devices(name: str, tolerance: float):
    # The three longest recordings with real climbing; raw positive steps would
    # give 542, 835 and 257 m here (noise), against 541, 514 and 64 m.
    session = device_session(name)
    computed = computed_summary(only_activity(name).streams)
    assert computed.ascent_m == pytest.approx(session["total_ascent"], rel=tolerance)
