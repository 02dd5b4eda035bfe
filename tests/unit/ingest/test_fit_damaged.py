"""Damaged and wrong FIT files: each raises its own error, salvage where honest."""

from __future__ import annotations

import hashlib
import struct
from datetime import timedelta

import numpy as np
import pytest

from bot.coach.ingest import (
    CorruptFileError,
    IngestWarning,
    NoActivityDataError,
    NotAnActivityError,
    Sport,
    TruncatedFileError,
    parse_upload,
)
from tests.unit.ingest.fitwriter import (
    EVENT,
    EVENT_START,
    EVENT_TIMER,
    FILE_ID,
    FILE_SETTINGS,
    FILE_WORKOUT,
    RECORD,
    FitWriter,
    fit_time,
)
from tests.unit.ingest.reference import (
    csv_records,
    device_session,
    fixture_bytes,
    message_offsets,
)
from tests.unit.ingest.synthetic import START, Leg, activity_fit, file_id


def test_unexpected_eof_is_truncated_and_its_13_seconds_are_not_worth_offering():
    # 768 of 771 bytes: everything up to the closing "activity" message is there
    # (14 records, the lap and the session); its last byte and the file CRC are not.
    # 13.7 s and 5.7 m are what is left: reported, not offered for saving.
    data = fixture_bytes("activity-unexpected-eof.fit")
    with pytest.raises(TruncatedFileError) as caught:
        parse_upload("activity-unexpected-eof.fit", data)
    error = caught.value
    assert error.code == "truncated_file"
    assert error.params["bytes_read"] == 768
    assert error.params["bytes_expected"] == 771
    assert error.params["bytes_missing"] == 3
    assert error.params["records_recovered"] == 14
    assert error.params["seconds_recovered"] == 13.7
    assert error.params["lost"] == "trivial"
    assert "768 bytes" in error.message
    assert not error.salvageable
    (partial,) = error.partial
    session = device_session("activity-unexpected-eof.fit")
    assert partial.sport is Sport.RUN
    assert partial.streams.length == 14
    assert partial.distance_m == session["total_distance"] == 5.73
    assert partial.timer_s == session["total_timer_time"]
    assert IngestWarning.TRUNCATED_SALVAGED in partial.warnings
    assert partial.sha256 == hashlib.sha256(data).hexdigest()


def test_corrupt_chained_header_is_rejected_with_the_intact_activity_as_partial():
    # A complete, CRC-checked activity followed by a chained file whose header
    # reads ".GIT" instead of ".FIT" (at byte 771).
    with pytest.raises(CorruptFileError) as caught:
        parse_upload("activity-settings-corruptheader.fit",
                     fixture_bytes("activity-settings-corruptheader.fit"))  # fmt: skip
    error = caught.value
    assert error.code == "corrupt_file"
    assert error.params == {
        "format": "fit",
        "offset": 771,
        "part": "header",
        "records_recovered": 14,
        "seconds_recovered": 13.7,
        "metres_recovered": 5.7,
        "lost": "trivial",
    }
    (partial,) = error.partial
    assert partial.streams.length == 14
    assert partial.distance_m == 5.73


@pytest.mark.parametrize(
    ("name", "file_type"),
    [("MonitoringFile.fit", "monitoring"), ("WorkoutRepeatSteps.fit", "workout")],
)
def test_fit_files_that_are_not_activities_name_their_type(name: str, file_type: str):
    with pytest.raises(NotAnActivityError) as caught:
        parse_upload(name, fixture_bytes(name))
    assert caught.value.code == "not_an_activity"
    assert caught.value.params == {"file_type": file_type}
    assert file_type in caught.value.message


@pytest.mark.parametrize(("type_code", "file_type"), [(FILE_SETTINGS, "settings"),
                                                      (FILE_WORKOUT, "workout")])  # fmt: skip
def test_synthetic_non_activity_files(type_code: int, file_type: str):
    writer = FitWriter()
    file_id(writer, type_code)
    with pytest.raises(NotAnActivityError) as caught:
        parse_upload("x.fit", writer.to_bytes())
    assert caught.value.params["file_type"] == file_type


def test_activity_file_with_no_data_at_all():
    writer = FitWriter()
    file_id(writer)
    with pytest.raises(NoActivityDataError) as caught:
        parse_upload("empty-activity.fit", writer.to_bytes())
    assert caught.value.code == "no_activity_data"


def test_edge_500_cut_before_its_summary_still_matches_the_device():
    """The fallback path: no session message, totals computed from records and events."""
    name = "garmin-edge-500-activity.fit"
    (session_at,) = message_offsets(name, "session")
    data = fixture_bytes(name)[:session_at]
    with pytest.raises(TruncatedFileError) as caught:
        parse_upload(name, data)
    (partial,) = caught.value.partial
    session = device_session(name)
    assert caught.value.params["lost"] == "summary"
    assert IngestWarning.NO_DEVICE_SUMMARY in partial.warnings
    assert partial.device_summary is None
    assert partial.streams.length == len(csv_records("garmin-edge-500-activity-records.csv"))
    # Timer time from the device's timer start/stop events, distance from the records.
    assert partial.timer_s == pytest.approx(session["total_timer_time"], rel=0.01)
    assert partial.distance_m == pytest.approx(session["total_distance"], rel=0.01)
    assert partial.avg_hr == pytest.approx(session["avg_heart_rate"], abs=1.5)
    assert partial.max_hr == session["max_heart_rate"]
    assert partial.sport is Sport.BIKE  # from the laps, which come before the session
    assert partial.start_time is not None


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9])
def test_edge_500_cut_anywhere_salvages_a_prefix_of_its_records(fraction: float):
    name = "garmin-edge-500-activity.fit"
    data = fixture_bytes(name)
    cut = data[: int(len(data) * fraction)]
    with pytest.raises(TruncatedFileError) as caught:
        parse_upload(name, cut)
    error = caught.value
    assert error.params["bytes_read"] == len(cut)
    assert error.params["bytes_expected"] == len(data)
    (partial,) = error.partial
    records = csv_records("garmin-edge-500-activity-records.csv")
    count = partial.streams.length
    assert 0 < count < len(records)
    assert error.params["records_recovered"] == count
    hr = partial.streams.heart_rate
    assert hr is not None
    expected = np.array([r.heart_rate for r in records[:count]], dtype=float)
    np.testing.assert_array_equal(hr, expected)
    assert partial.start_time == records[0].time  # no session: the first record


def test_cuts_all_through_a_small_file_raise_a_domain_error():
    data = fixture_bytes("garmin-fenix-5-run.fit")
    # Every size in the header and the last bytes, and a stride through the rest
    # (each parse costs ~6 ms of fitdecode time).
    sizes = {*range(1, 40), *range(40, len(data) - 40, 37), *range(len(data) - 40, len(data))}
    for size in sorted(sizes):
        with pytest.raises((TruncatedFileError, CorruptFileError)):
            parse_upload("garmin-fenix-5-run.fit", data[:size])


def test_crc_mismatch_is_accepted_with_a_warning():
    data = activity_fit([Leg("running", 30, 3.0)], bad_crc=True)
    (activity,) = parse_upload("run.fit", data).activities
    assert IngestWarning.CRC_MISMATCH in activity.warnings
    assert activity.distance_m == pytest.approx(90.0)


def test_flipped_byte_in_a_real_file_is_caught_by_the_crc():
    data = bytearray(fixture_bytes("garmin-fenix-5-run.fit"))
    # A heart-rate byte in the middle of the records: decodes fine, CRC does not match.
    data[len(data) // 2] ^= 0x01
    try:
        upload = parse_upload("garmin-fenix-5-run.fit", bytes(data))
    except CorruptFileError:
        return  # the flip landed in structure, not in a value: also acceptable
    assert IngestWarning.CRC_MISMATCH in upload.activities[0].warnings


def test_undefined_local_message_is_corrupt_data_with_partial():
    writer = FitWriter()
    file_id(writer)
    writer.message(EVENT, timestamp=START, event=EVENT_TIMER, event_type=EVENT_START)
    for second in range(5):
        writer.message(RECORD, timestamp=START + timedelta(seconds=second), heart_rate=120)
    writer.body += bytes([0x0F, 0, 0, 0])  # data for local message 15, never defined
    with pytest.raises(CorruptFileError) as caught:
        parse_upload("broken.fit", writer.to_bytes())
    error = caught.value
    assert error.params["part"] == "data"
    (partial,) = error.partial
    assert partial.streams.length == 5
    assert IngestWarning.NO_DEVICE_SUMMARY in partial.warnings


def test_records_and_events_without_sessions_use_the_timer_events():
    data = activity_fit([Leg("cycling", 100, 8.0, power=210)], with_sessions=False,
                        pause=(40, 300))  # fmt: skip
    (activity,) = parse_upload("ride.fit", data).activities
    assert IngestWarning.NO_DEVICE_SUMMARY in activity.warnings
    assert activity.sport is Sport.BIKE  # from its lap
    assert activity.elapsed_s == pytest.approx(399)  # first to last record
    assert activity.timer_s == pytest.approx(100)  # the 300 s pause excluded
    assert activity.avg_power == pytest.approx(210)


def test_chained_activity_and_settings_files_give_the_activity():
    activity = activity_fit([Leg("running", 20, 3.0)])
    settings = FitWriter()
    file_id(settings, FILE_SETTINGS)
    upload = parse_upload("chained.fit", activity + settings.to_bytes())
    (parsed,) = upload.activities
    assert parsed.streams.length == 20
    assert parsed.warnings == ()


def test_file_id_without_a_type_is_read_by_its_records():
    writer = FitWriter()
    writer.message(FILE_ID, manufacturer=1, time_created=START)  # no "type" field
    for second in range(3):
        writer.message(RECORD, timestamp=START + timedelta(seconds=second), heart_rate=100)
    (activity,) = parse_upload("odd.fit", writer.to_bytes()).activities
    assert activity.streams.length == 3


def test_compressed_timestamp_records():
    # FIT "compressed timestamp" record headers carry a 5-bit time offset instead
    # of a timestamp field (FIT SDK, record header, bit 7 set).
    writer = FitWriter()
    file_id(writer)
    writer.message(RECORD, timestamp=START, heart_rate=100)  # a full timestamp first
    writer.body += struct.pack("<BBBHB", 0x41, 0, 0, RECORD, 1)  # local 1: heart rate only
    writer.body += struct.pack("<BBB", 3, 1, 0x02)
    base = fit_time(START) & 0x1F
    for second in range(1, 40):
        writer.body += bytes([0x80 | (1 << 5) | ((base + second) & 0x1F), 100 + second])
    (activity,) = parse_upload("compressed.fit", writer.to_bytes()).activities
    streams = activity.streams
    assert streams.time is not None and streams.heart_rate is not None
    np.testing.assert_array_equal(streams.time, np.arange(40, dtype=float))
    np.testing.assert_array_equal(streams.heart_rate, 100 + np.arange(40))
