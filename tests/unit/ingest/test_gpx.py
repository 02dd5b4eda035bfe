"""GPX: tracks become activities; distance from the track; no times, no failure."""

from __future__ import annotations

from datetime import UTC, datetime

import gpxpy
import numpy as np
import pytest

from bot.coach.ingest import (
    IngestWarning,
    NoTrackError,
    SourceFormat,
    Sport,
    TruncatedFileError,
    parse_upload,
)
from tests.unit.ingest.reference import fixture_bytes, fixture_path, parsed_fixture


def gpxpy_tracks(name: str) -> dict[str, gpxpy.gpx.GPXTrack]:
    with fixture_path(name).open() as handle:
        return {track.name: track for track in gpxpy.parse(handle).tracks}


def test_korita_gives_the_hike_log_and_the_saved_track_apart():
    # A GPSBabel dump of a Garmin unit: the active log in two parts (the unit was
    # restarted for 5 minutes at the top) and a saved track of another loop,
    # without times, near waypoint 001.
    timed, untimed = parsed_fixture("korita-zbevnica.gpx").activities
    tracks = gpxpy_tracks("korita-zbevnica.gpx")
    log = [tracks["ACTIVE LOG"], tracks["ACTIVE LOG #2"]]

    assert timed.source_format is SourceFormat.GPX
    assert timed.name == "ACTIVE LOG"
    assert timed.start_time == datetime(2010, 10, 3, 9, 36, 30, tzinfo=UTC)
    assert timed.elapsed_s == (datetime(2010, 10, 3, 13, 19, 31, tzinfo=UTC) - timed.start_time
                               ).total_seconds()  # fmt: skip
    assert timed.streams.length == sum(t.get_points_no() for t in log) == 513
    assert timed.distance_m == pytest.approx(sum(t.length_2d() for t in log), rel=0.005)
    assert timed.timer_s is not None and timed.elapsed_s is not None
    assert timed.timer_s < timed.elapsed_s - 4 * 60  # the restart is a pause
    # No sport anywhere in the file (track types are "jkljkl" and "..."): ask.
    assert timed.sport is Sport.OTHER
    assert IngestWarning.SPORT_UNKNOWN in timed.warnings

    saved = tracks["03-OCT-10 #2"]
    assert untimed.name == "03-OCT-10 #2"
    assert untimed.start_time is None and untimed.streams.time is None
    assert IngestWarning.NO_TIMESTAMPS in untimed.warnings
    assert untimed.streams.length == saved.get_points_no() == 358
    assert untimed.distance_m == pytest.approx(saved.length_2d(), rel=0.005)
    assert [a.file_index for a in (timed, untimed)] == [0, 1]


def test_cerknicko_without_times_keeps_distance_and_ascent():
    (walk,) = parsed_fixture("cerknicko-without-times.gpx").activities
    tracks = gpxpy_tracks("cerknicko-without-times.gpx").values()
    assert not walk.has_time
    assert walk.start_time is None
    assert (walk.elapsed_s, walk.timer_s, walk.avg_speed) == (None, None, None)
    assert IngestWarning.NO_TIMESTAMPS in walk.warnings
    # Seven device-log tracks (one of them with 5 stray times among 21 points).
    assert walk.streams.length == sum(t.get_points_no() for t in tracks) == 296
    assert walk.distance_m == pytest.approx(sum(t.length_2d() for t in tracks), rel=0.005)
    assert walk.ascent_m is not None and walk.ascent_m > 0
    distance = walk.streams.distance
    assert distance is not None
    assert distance[0] == 0 and distance[-1] == pytest.approx(walk.distance_m)
    assert np.all(np.diff(distance) >= 0)


def test_gpx_with_only_a_waypoint_has_no_track():
    with pytest.raises(NoTrackError) as caught:
        parse_upload("gpx_with_garmin_extension.gpx",
                     fixture_bytes("gpx_with_garmin_extension.gpx"))  # fmt: skip
    assert caught.value.code == "no_track"
    assert caught.value.params == {"waypoints": 1, "route_points": 0}


GPX_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="StravaGPX" '
    b'xmlns="http://www.topografix.com/GPX/1/1" '
    b'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">'
)


def point(second: int, lat: float, hr: int, *, minute: int = 0) -> bytes:
    return (
        f'<trkpt lat="{lat:.6f}" lon="14.000000"><ele>{300 + second}</ele>'
        f"<time>2024-05-01T07:{minute:02d}:{second:02d}Z</time><extensions>"
        f"<gpxtpx:TrackPointExtension><gpxtpx:hr>{hr}</gpxtpx:hr><gpxtpx:cad>85</gpxtpx:cad>"
        f"</gpxtpx:TrackPointExtension><power>{200 + second}</power></extensions></trkpt>"
    ).encode()


def test_strava_style_gpx_with_extensions():
    points = [point(s, 46.0 + s * 0.0001, 140 + s) for s in range(10)]
    # ... and five minutes later, after a stop with no points:
    points += [point(s, 46.0 + s * 0.0001, 150, minute=5) for s in range(10, 20)]
    data = GPX_HEAD + (
        b"<trk><name>Morning Run</name><type>running</type><trkseg>"
        + b"".join(points)
        + b"</trkseg></trk></gpx>"
    )
    (run,) = parse_upload("activity.gpx", data).activities
    assert (run.sport, run.raw_sport, run.name) == (Sport.RUN, "running", "Morning Run")
    assert run.start_time == datetime(2024, 5, 1, 7, 0, tzinfo=UTC)
    streams = run.streams
    assert streams.heart_rate is not None and streams.cadence is not None
    assert streams.power is not None and streams.time is not None
    np.testing.assert_array_equal(streams.heart_rate[:10], np.arange(140, 150))
    assert set(streams.cadence.tolist()) == {85}
    np.testing.assert_array_equal(streams.power, np.arange(200, 220))
    assert streams.time[-1] == 5 * 60 + 19
    assert run.elapsed_s == 319
    # The stop (10 s -> 5:10) is a gap longer than a minute: not timer time.
    assert run.timer_s == 18
    # 19 steps of 0.0001 deg of latitude, 11.12 m each (haversine).
    assert run.distance_m == pytest.approx(19 * 11.12, rel=0.01)
    assert run.device.product == "StravaGPX"


def test_gpx_route_is_not_a_track():
    data = GPX_HEAD + (
        b'<rte><name>Plan</name><rtept lat="46.0" lon="14.0"/><rtept lat="46.1" lon="14.0"/>'
        b'<rtept lat="46.2" lon="14.0"/></rte></gpx>'
    )
    with pytest.raises(NoTrackError) as caught:
        parse_upload("plan.gpx", data)
    assert caught.value.params == {"waypoints": 0, "route_points": 3}


def test_truncated_gpx_offers_the_points_read():
    data = fixture_bytes("korita-zbevnica.gpx")
    cut = data[: data.rindex(b"<trkpt")]  # inside the last track
    with pytest.raises(TruncatedFileError) as caught:
        parse_upload("korita-zbevnica.gpx", cut)
    partial = caught.value.partial
    assert [a.streams.length for a in partial] == [512, 358]
    assert all(IngestWarning.TRUNCATED_SALVAGED in a.warnings for a in partial)


def test_gpx_sport_from_file_name_when_the_file_has_none():
    data = GPX_HEAD + (
        b"<trk><trkseg>" + point(0, 46.0, 120) + point(1, 46.0001, 121) + b"</trkseg></trk></gpx>"
    )
    (activity,) = parse_upload("Evening_Ride.gpx", data).activities
    assert activity.sport is Sport.BIKE
    assert IngestWarning.SPORT_FROM_FILE_NAME in activity.warnings
