"""TCX files: the laps' totals are the device summary; points are the streams."""

from __future__ import annotations

import re

import numpy as np
import pytest
from tcxreader.tcxreader import TCXReader

from bot.coach.ingest import (
    CorruptFileError,
    IngestWarning,
    NoActivityDataError,
    NotAnActivityError,
    SourceFormat,
    Sport,
    SubSport,
    TruncatedFileError,
    parse_upload,
)
from tests.unit.ingest.reference import fixture_bytes, fixture_path, parsed_fixture

MAPMYRIDE = "mapmyride_biking.tcx"
SKI = "cross-country-skiing_activity_1.tcx"


def test_mapmyride_ride_matches_its_lap_totals():
    (ride,) = parsed_fixture(MAPMYRIDE).activities
    assert ride.source_format is SourceFormat.TCX
    assert (ride.sport, ride.raw_sport) == (Sport.BIKE, "Biking")
    # The single lap says: 3111.0 s, 15350.42196864 m, 458 kcal.
    assert ride.timer_s == 3111.0
    assert ride.distance_m == pytest.approx(15350.42196864)
    assert ride.calories == pytest.approx(458, abs=0.01)
    assert ride.start_time is not None
    assert ride.start_time.isoformat() == "2022-11-12T15:58:25+00:00"
    assert len(ride.laps) == 1
    assert IngestWarning.NO_HEART_RATE in ride.warnings


def test_mapmyride_streams_hold_every_trackpoint():
    data = fixture_bytes(MAPMYRIDE)
    (ride,) = parsed_fixture(MAPMYRIDE).activities
    streams = ride.streams
    assert streams.length == data.count(b"<Trackpoint>") == 3112
    assert streams.time is not None and streams.distance is not None
    assert streams.lat is not None
    # Seven points have a time and nothing else (six at the start, one mid-ride).
    bare = re.findall(rb"<Trackpoint><Time>[^<]*</Time></Trackpoint>", data)
    assert int(np.isnan(streams.lat).sum()) == len(bare) == 7
    assert np.isnan(streams.lat[:6]).all()
    # Points are 15:58:25.8498 ... 16:50:16.5264, after a lap start of 15:58:25.
    assert streams.time[0] == pytest.approx(0.8498)
    assert streams.time[-1] == pytest.approx(3111.5264)
    last = re.findall(rb"<DistanceMeters>([\d.]+)</DistanceMeters></Trackpoint>", data)[-1]
    assert streams.distance[-1] == pytest.approx(float(last))
    # The points' distance agrees with the lap's to within 1 %.
    assert float(np.nanmax(streams.distance)) == pytest.approx(ride.distance_m, rel=0.01)


def test_cross_country_skiing_from_its_file_name():
    (ski,) = parsed_fixture(SKI).activities
    # TCX only knows Running/Biking/Other; this file says Other, its name says skiing.
    assert ski.raw_sport == "Other"
    assert (ski.sport, ski.sub_sport) == (Sport.SKI, SubSport.CROSS_COUNTRY)
    assert IngestWarning.SPORT_FROM_FILE_NAME in ski.warnings
    # Laps: 2160.432 s + 240.828 s, 5000.0 m + 692.01 m, 498 + 34 kcal.
    assert ski.timer_s == pytest.approx(2401.26)
    assert ski.distance_m == pytest.approx(5692.01)
    assert ski.calories == 532
    # Lap averages 144 and 131 bpm, weighted by lap time; maxima 172 and 148.
    assert ski.avg_hr == pytest.approx((144 * 2160.432 + 131 * 240.828) / 2401.26)
    assert ski.max_hr == 172
    assert [lap.avg_hr for lap in ski.laps] == [144, 131]
    assert ski.device.product == "vívoactive HR"


def test_ski_streams_agree_with_tcxreader():
    (ski,) = parsed_fixture(SKI).activities
    reference = TCXReader().read(str(fixture_path(SKI)), only_gps=False)
    assert ski.streams.length == len(reference.trackpoints) == 486
    hr = ski.streams.heart_rate
    assert hr is not None
    np.testing.assert_array_equal(hr, [p.hr_value for p in reference.trackpoints])
    assert ski.elapsed_s == (reference.end_time - reference.start_time).total_seconds()


def test_ski_ascent_ignores_the_barometer_settling():
    # The altitude "climbs" from 1257.6 m to 2258 m in the first ten seconds (the
    # barometer settling); a naive sum (tcxreader: 1118 m) counts that as ascent.
    (ski,) = parsed_fixture(SKI).activities
    assert ski.ascent_m is not None
    assert 50 < ski.ascent_m < 200


def test_other_sport_without_a_hint_is_unknown():
    (activity,) = parse_upload("activity_1.tcx", fixture_bytes(SKI)).activities
    assert activity.sport is Sport.OTHER
    assert IngestWarning.SPORT_UNKNOWN in activity.warnings


def test_truncated_tcx_offers_the_points_read():
    data = fixture_bytes(MAPMYRIDE)
    with pytest.raises(TruncatedFileError) as caught:
        parse_upload(MAPMYRIDE, data[: len(data) // 2])
    error = caught.value
    assert error.params["format"] == "tcx"
    assert error.params["lost"] == "records"
    (partial,) = error.partial
    assert 0 < partial.streams.length < 3112
    assert partial.sport is Sport.BIKE
    assert IngestWarning.TRUNCATED_SALVAGED in partial.warnings


def test_broken_xml_is_corrupt():
    data = fixture_bytes(MAPMYRIDE)
    middle = data.index(b"<Trackpoint>", len(data) // 2)
    with pytest.raises(CorruptFileError) as caught:
        parse_upload(MAPMYRIDE, data[:middle] + b"<<>" + data[middle:])
    assert caught.value.params["part"] == "xml"
    assert caught.value.partial


TCX_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase '
    b'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
)


def test_tcx_course_is_not_an_activity():
    data = TCX_HEAD + (
        b"<Courses><Course><Name>Loop</Name><Track><Trackpoint><Time>2020-01-01T10:00:00Z"
        b"</Time></Trackpoint></Track></Course></Courses></TrainingCenterDatabase>"
    )
    with pytest.raises(NotAnActivityError) as caught:
        parse_upload("loop.tcx", data)
    assert caught.value.params == {"file_type": "course"}


def test_tcx_without_activities():
    with pytest.raises(NoActivityDataError):
        parse_upload("empty.tcx", TCX_HEAD + b"<Activities/></TrainingCenterDatabase>")


def test_tcx_lap_without_track_is_a_summary_only_activity():
    data = TCX_HEAD + (
        b'<Activities><Activity Sport="Running"><Id>2020-01-01T10:00:00Z</Id>'
        b'<Lap StartTime="2020-01-01T10:00:00Z"><TotalTimeSeconds>1800</TotalTimeSeconds>'
        b"<DistanceMeters>5000</DistanceMeters><Calories>300</Calories>"
        b"<AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm></Lap>"
        b"</Activity></Activities></TrainingCenterDatabase>"
    )
    (run,) = parse_upload("manual.tcx", data).activities
    assert (run.sport, run.timer_s, run.distance_m, run.avg_hr) == (Sport.RUN, 1800, 5000, 150)
    assert run.streams.length == 0
    assert IngestWarning.NO_RECORDS in run.warnings


def test_tcx_power_and_cadence_extensions():
    point = (
        b"<Trackpoint><Time>2020-01-01T10:00:0{s}Z</Time><HeartRateBpm><Value>14{s}</Value>"
        b"</HeartRateBpm><Cadence>9{s}</Cadence><Extensions><ns3:TPX><ns3:Watts>25{s}"
        b"</ns3:Watts><ns3:Speed>8.{s}</ns3:Speed></ns3:TPX></Extensions></Trackpoint>"
    )
    points = b"".join(point.replace(b"{s}", str(s).encode()) for s in range(5))
    data = TCX_HEAD.replace(
        b'v2">', b'v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">'
    ) + (
        b'<Activities><Activity Sport="Biking"><Id>2020-01-01T10:00:00Z</Id>'
        b'<Lap StartTime="2020-01-01T10:00:00Z"><Track>' + points + b"</Track></Lap>"
        b"</Activity></Activities></TrainingCenterDatabase>"
    )
    (ride,) = parse_upload("trainer.tcx", data).activities
    streams = ride.streams
    assert streams.power is not None and streams.cadence is not None
    assert streams.heart_rate is not None and streams.speed is not None
    np.testing.assert_array_equal(streams.power, [250, 251, 252, 253, 254])
    np.testing.assert_array_equal(streams.cadence, [90, 91, 92, 93, 94])
    np.testing.assert_array_equal(streams.heart_rate, [140, 141, 142, 143, 144])
    np.testing.assert_allclose(streams.speed, [8.0, 8.1, 8.2, 8.3, 8.4])
    assert ride.device_summary is not None and ride.device_summary.timer_s is None
    assert ride.timer_s == 4.0  # no lap total: from the points
    assert ride.avg_power == pytest.approx(251.5)  # the last point has no duration


def test_entity_declarations_are_refused():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b"<TrainingCenterDatabase><Activities>&lol2;</Activities></TrainingCenterDatabase>"
    )
    with pytest.raises(CorruptFileError) as caught:
        parse_upload("lol.tcx", bomb)
    assert caught.value.params["part"] == "xml"
