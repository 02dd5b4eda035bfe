"""Device files Tempo had never seen: each failure class rebuilt with the FIT writer.

A phone app that writes its session summary first and whose records stop after five of
59 minutes with a last record decades ahead; files that fail at their last bytes or
are complete by their own header; records timed from the device's power-on; multisport
legs whose records start before the session or go back in time in one leg.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest

from bot.coach.ingest import (
    CorruptFileError,
    DamagedFileError,
    IngestWarning,
    TruncatedFileError,
    parse_upload,
)
from bot.coach.ingest.metrics import compute_metrics
from bot.coach.science import AthleteThresholds, Sex
from tests.unit.ingest.fitwriter import (
    LAP,
    RECORD,
    SESSION,
    SPORT,
    TIMESTAMP_CORRELATION,
    FitWriter,
)
from tests.unit.ingest.synthetic import START, Leg, activity_fit, file_id

MINUTES_TOTAL = 59
DISTANCE_TOTAL = 12_000.0
THRESHOLDS = AthleteThresholds(
    lthr_bpm=165, hr_max_bpm=190, hr_rest_bpm=50, sex=Sex.MALE
)  # HR load only: no pace or power thresholds


def summary_first_phone_file(*, recorded_s: int = 300, cut: int = 2) -> bytes:
    """Session and lap first, then ``recorded_s`` s of records, then one record dated
    2061 at an impossible speed; the file ends ``cut`` bytes early (its CRC)."""
    writer = FitWriter()
    file_id(writer)
    end = START + timedelta(minutes=MINUTES_TOTAL)
    common = {
        "timestamp": end,
        "start_time": START,
        "total_elapsed_time": MINUTES_TOTAL * 60,
        "total_timer_time": MINUTES_TOTAL * 60,
        "total_distance": DISTANCE_TOTAL,
        "avg_heart_rate": 150,
    }
    writer.message(SESSION, sport=SPORT["running"], **common)  # type: ignore[arg-type]
    writer.message(LAP, sport=SPORT["running"], **common)  # type: ignore[arg-type]
    for second in range(recorded_s):
        writer.message(RECORD, timestamp=START + timedelta(seconds=second),
                       distance=second * 3.4, speed=3.4, heart_rate=150)  # fmt: skip
    writer.message(RECORD, timestamp=datetime(2061, 5, 1, tzinfo=START.tzinfo),
                   distance=900_000.0, speed=60.0, heart_rate=150)  # fmt: skip
    return writer.to_bytes()[:-cut]


def test_summary_first_file_cut_early_says_what_is_really_there() -> None:
    with pytest.raises(TruncatedFileError) as caught:
        parse_upload("phone.fit", summary_first_phone_file())
    error = caught.value
    assert error.params["lost"] == "records_partial"  # not "the workout is complete"
    assert error.params["seconds_recorded"] == 299
    assert error.params["metres_recorded"] == pytest.approx(299 * 3.4)
    assert error.params["seconds_total"] == MINUTES_TOTAL * 60
    assert error.params["metres_total"] == DISTANCE_TOTAL
    assert error.salvageable
    (partial,) = error.partial
    # The record dated 2061 is not kept; the five minutes are.
    assert partial.streams.length == 300
    assert partial.streams.time is not None
    assert float(partial.streams.time.max()) == 299
    assert IngestWarning.IMPLAUSIBLE_RECORDS_DROPPED in partial.warnings
    assert partial.elapsed_s == MINUTES_TOTAL * 60  # the device's own totals stay
    assert partial.distance_m == DISTANCE_TOTAL


def test_saving_it_scores_the_whole_hour_not_the_five_minutes() -> None:
    with pytest.raises(DamagedFileError) as caught:
        parse_upload("phone.fit", summary_first_phone_file())
    (partial,) = caught.value.partial
    load = compute_metrics(partial, THRESHOLDS).load
    assert load is not None and load.method.value == "heart_rate"
    # The same hour at the summary's average HR, as a complete file would score it.
    complete = summary_first_phone_file(recorded_s=MINUTES_TOTAL * 60)
    with pytest.raises(DamagedFileError) as whole:
        parse_upload("phone.fit", complete)
    (full,) = whole.value.partial
    assert whole.value.params["lost"] == "trailing_data"
    full_load = compute_metrics(full, THRESHOLDS).load
    assert full_load is not None
    assert load.value == pytest.approx(full_load.value, rel=0.1)
    assert load.value > 40


def records_file(count: int) -> FitWriter:
    writer = FitWriter()
    file_id(writer)
    for second in range(count):
        writer.message(RECORD, timestamp=START + timedelta(seconds=second),
                       distance=second * 3.0, heart_rate=120)  # fmt: skip
    return writer


def test_a_file_failing_at_its_last_bytes_says_where() -> None:
    writer = records_file(200)
    good = len(writer.body)
    writer.body += bytes([0x0F, 0, 0, 0])  # data of local message 15, never defined
    data = writer.to_bytes()
    with pytest.raises(CorruptFileError) as caught:
        parse_upload("end.fit", data)
    error = caught.value
    assert error.params["part"] == "data"
    assert error.params["offset"] == 14 + good  # the header, then the good messages
    assert error.params["offset"] > len(data) - 10


def test_a_file_complete_by_its_header_is_not_ended_early() -> None:
    writer = records_file(200)
    writer.body = writer.body[:-2]  # the last record runs past the data size
    data = writer.to_bytes()  # the header announces exactly the bytes there are
    with pytest.raises(CorruptFileError) as caught:
        parse_upload("whole.fit", data)
    error = caught.value
    assert error.code == "corrupt_file"
    assert error.params["part"] == "data"
    assert 0 < int(error.params["offset"]) < len(data)
    (partial,) = error.partial
    assert partial.streams.length == 199


def test_a_whole_file_with_garbled_last_messages_is_damaged_there_not_short() -> None:
    data = bytearray(activity_fit([Leg("running", 300, 3.0)]))
    data[-20:-2] = b"\x4f" * 18  # the closing messages garbled; every byte is there
    with pytest.raises(CorruptFileError) as caught:
        parse_upload("garbled.fit", bytes(data))
    error = caught.value
    assert error.code == "corrupt_file"  # not "ended early at 6859 of 6859 bytes"
    assert len(data) - 20 <= int(error.params["offset"]) < len(data)
    assert error.params["lost"] == "trailing_data"  # the run itself is whole
    assert error.salvageable


def relative_file(*, correlation: bool) -> bytes:
    """63 minutes of records timed from the device's power-on (second 5000 on)."""
    writer = FitWriter()
    file_id(writer)  # time_created = START, absolute
    power_on = 5000
    if correlation:
        # The device says its second 5000 was START + 10 s.
        writer.message(TIMESTAMP_CORRELATION, timestamp=START + timedelta(seconds=10),
                       system_timestamp=power_on)  # fmt: skip
    for second in range(63 * 60):
        writer.message(RECORD, timestamp=power_on + second, heart_rate=130 + second % 20,
                       distance=second * 2.8)  # fmt: skip
    return writer.to_bytes()


@pytest.mark.parametrize(
    ("correlation", "start"), [(False, START), (True, START + timedelta(seconds=10))]
)
def test_records_timed_from_power_on_are_anchored(correlation: bool, start: datetime) -> None:
    (activity,) = parse_upload("relative.fit", relative_file(correlation=correlation)).activities
    assert activity.start_time == start
    assert activity.streams.length == 63 * 60
    assert activity.elapsed_s == 63 * 60 - 1
    assert activity.streams.heart_rate is not None
    assert IngestWarning.RECORDS_WITHOUT_TIME_DROPPED not in activity.warnings
    assert IngestWarning.NO_TIMESTAMPS not in activity.warnings


def multisport_file(*, early_s: int, backwards_in_leg: int | None) -> bytes:
    """Run 600 s, bike 600 s; the run's session says it began ``early_s`` after its
    first record; one record of leg ``backwards_in_leg`` is dated 30 s back."""
    writer = FitWriter()
    file_id(writer)
    legs = [("running", 600, 3.0), ("cycling", 600, 8.0)]
    now = START
    distance = 0.0
    sessions = []
    for index, (sport, seconds, speed) in enumerate(legs):
        leg_start = now
        for second in range(seconds):
            moment = now
            if index == backwards_in_leg and second == 300:
                moment = now - timedelta(seconds=30)
            writer.message(RECORD, timestamp=moment, distance=distance, speed=speed,
                           heart_rate=140)  # fmt: skip
            now += timedelta(seconds=1)
            distance += speed
        said = leg_start + timedelta(seconds=early_s if index == 0 else 0)
        sessions.append({
            "timestamp": now, "start_time": said, "sport": SPORT[sport],
            "total_elapsed_time": (now - said).total_seconds(),
            "total_timer_time": (now - said).total_seconds(),
            "total_distance": seconds * speed,
        })  # fmt: skip
    for session in sessions:
        writer.message(SESSION, **session)  # type: ignore[arg-type]
    return writer.to_bytes()


def test_a_legs_start_comes_from_its_records_when_they_begin_earlier() -> None:
    data = multisport_file(early_s=45 * 60 // 10, backwards_in_leg=None)
    run, ride = parse_upload("race.fit", data).activities
    assert run.start_time == START  # not the session's START + 270 s
    assert run.streams.time is not None and float(run.streams.time.min()) == 0
    assert ride.start_time == START + timedelta(seconds=600)


def test_time_going_backwards_is_flagged_on_its_leg_only() -> None:
    run, ride = parse_upload("race.fit", multisport_file(early_s=0, backwards_in_leg=1)).activities
    assert IngestWarning.TIME_NOT_MONOTONIC not in run.warnings
    assert IngestWarning.TIME_NOT_MONOTONIC in ride.warnings


@pytest.mark.parametrize(("seconds", "offered"), [(13, False), (100, False), (400, True)])
def test_a_salvage_is_offered_only_when_worth_it(seconds: int, offered: bool) -> None:
    data = records_file(seconds).to_bytes()[:-3]
    with pytest.raises(TruncatedFileError) as caught:
        parse_upload("cut.fit", data)
    assert caught.value.salvageable is offered
    assert caught.value.params["lost"] == ("summary" if offered else "trivial")
    assert np.isfinite(caught.value.params["seconds_recovered"])


def test_a_session_with_a_wrong_clock_does_not_throw_the_records_away() -> None:
    writer = records_file(600)
    wrong = START - timedelta(days=400)  # the clock the session was written with
    writer.message(SESSION, timestamp=wrong, start_time=wrong - timedelta(minutes=10),
                   total_elapsed_time=600, total_timer_time=600,
                   sport=SPORT["running"])  # fmt: skip
    (activity,) = parse_upload("clock.fit", writer.to_bytes()).activities
    assert activity.streams.length == 600
    assert IngestWarning.IMPLAUSIBLE_RECORDS_DROPPED not in activity.warnings
