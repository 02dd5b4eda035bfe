"""GPX 1.0/1.1 tracks, read as a stream.

GPX carries positions, optional elevation and time, and (in extensions: Garmin
TrackPointExtension, Strava, Suunto...) heart rate, cadence and power. It has no
device summary, no distance and no timer, so those are computed: distance with the
haversine formula along each track segment (never across segment breaks), timer
time as elapsed minus recording gaps.

Which tracks make an activity. Files from apps hold one track; files dumped from
a GPS unit (GPSBabel) hold several: the device's log split at each power cycle,
plus saved copies without times. So:

* a track is *timed* when at least half its points have a time;
* timed tracks less than ``MERGE_GAP_S`` apart are one activity (a restart
  mid-hike), farther apart they are separate activities;
* untimed tracks together make one more activity without time (warning
  ``no_timestamps``: the bot asks for the date and duration).

A GPX with waypoints or a route but no track points raises NoTrackError: a
planned route is not a recorded activity.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass

import numpy as np

from bot.coach.ingest import sports
from bot.coach.ingest.activity import build_activity
from bot.coach.ingest.errors import CorruptFileError, NoTrackError, TruncatedFileError
from bot.coach.ingest.model import (
    DeviceInfo,
    FloatArray,
    IngestWarning,
    ParsedActivity,
    SourceFormat,
    Sport,
    SubSport,
)
from bot.coach.ingest.source import Payload, SourceCorruptError, SourceTruncatedError
from bot.coach.ingest.streams import (
    ALTITUDE,
    CADENCE,
    DISTANCE,
    HEART_RATE,
    LAT,
    LON,
    POWER,
    SPEED,
    TIME,
    ColumnSet,
    StreamBuilder,
    empty_row,
)
from bot.coach.ingest.summary import cumulative_distance
from bot.coach.ingest.xmlstream import (
    XmlDamageError,
    XmlWalker,
    attribute,
    parse_float,
    parse_time,
    unix_datetime,
)

# Timed tracks closer than this are one outing (the unit was restarted).
MERGE_GAP_S = 30 * 60.0

# Point children -> column, by lower-cased local name (extensions vary by vendor).
_POINT_LEAVES = {
    "ele": ALTITUDE,
    "hr": HEART_RATE,
    "heartrate": HEART_RATE,
    "cad": CADENCE,
    "cadence": CADENCE,
    "power": POWER,
    "powerinwatts": POWER,
    "watts": POWER,
    "speed": SPEED,
}


@dataclass(slots=True)
class _Track:
    name: str | None
    kind: str | None  # GPX <type>
    start: int  # first point's index in the file-wide columns
    stop: int = 0
    timed: int = 0
    first_time: float | None = None
    last_time: float | None = None

    @property
    def is_timed(self) -> bool:
        return self.timed * 2 >= self.stop - self.start


class _GpxWalker(XmlWalker):
    def __init__(self) -> None:
        super().__init__()
        self.builder = StreamBuilder()
        self.breaks: array[int] = array("b")  # 1 where a segment starts
        self.tracks: list[_Track] = []
        self.track: _Track | None = None
        self.row: list[float] | None = None
        self.segment_start = True
        self.creator: str | None = None
        self.waypoints = 0
        self.route_points = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "trkpt" and self.track is not None:
            row = empty_row()
            lat = parse_float(attribute(attributes, "lat"))
            lon = parse_float(attribute(attributes, "lon"))
            if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
                row[LAT] = lat
                row[LON] = lon
            self.row = row
        elif name == "trkseg":
            self.segment_start = True
        elif name == "trk":
            self.track = _Track(name=None, kind=None, start=len(self.builder))
            self.segment_start = True
        elif name == "wpt":
            self.waypoints += 1
        elif name == "rtept":
            self.route_points += 1
        elif name == "gpx" and not self.stack[:-1]:
            self.creator = attribute(attributes, "creator")

    def end(self, name: str, text: str) -> None:
        row = self.row
        track = self.track
        if row is not None and track is not None:
            if name == "trkpt":
                self._point_end(track, row)
            elif name == "time" and self.stack and self.stack[-1] == "trkpt":
                time = parse_time(text)
                if time is not None:
                    row[TIME] = time
            else:
                column = _POINT_LEAVES.get(name.lower())
                value = parse_float(text) if column is not None else None
                if column is not None and value is not None:
                    row[column] = value
            return
        if track is None:
            return
        if name == "trk":
            track.stop = len(self.builder)
            if track.stop > track.start:
                self.tracks.append(track)
            self.track = None
        elif self.stack and self.stack[-1] == "trk" and text:
            if name == "name":
                track.name = text
            elif name == "type":
                track.kind = text

    def _point_end(self, track: _Track, row: list[float]) -> None:
        time = row[TIME]
        if not math.isnan(time):
            track.timed += 1
            track.first_time = time if track.first_time is None else track.first_time
            track.last_time = time
        self.builder.append(row)
        self.breaks.append(1 if self.segment_start else 0)
        self.segment_start = False
        self.row = None

    def close_open_track(self) -> None:
        """After a truncated read: keep the points of the track that was cut."""
        track = self.track
        if track is not None:
            track.stop = len(self.builder)
            if track.stop > track.start:
                self.tracks.append(track)
            self.track = None


def parse_gpx(payload: Payload) -> tuple[ParsedActivity, ...]:
    walker = _GpxWalker()
    try:
        walker.run(payload.stream)
        sha256, _ = payload.finish()
    except (XmlDamageError, SourceTruncatedError, SourceCorruptError) as exc:
        sha256, size = payload.finish_damaged()
        walker.close_open_track()
        partial = _activities(walker, payload.name, sha256, damaged=True)
        if isinstance(exc, SourceCorruptError):
            raise CorruptFileError(
                file_format="gpx", offset=size, part="compression", partial=partial
            ) from exc
        if isinstance(exc, SourceTruncatedError) or exc.truncated:
            raise TruncatedFileError(
                file_format="gpx", bytes_read=size, bytes_expected=None, partial=partial
            ) from exc
        raise CorruptFileError(
            file_format="gpx", offset=exc.offset, part="xml", partial=partial
        ) from exc
    activities = _activities(walker, payload.name, sha256, damaged=False)
    if not activities:
        raise NoTrackError(waypoints=walker.waypoints, route_points=walker.route_points)
    return activities


def _activities(
    walker: _GpxWalker, file_name: str, sha256: str, *, damaged: bool
) -> tuple[ParsedActivity, ...]:
    if not walker.tracks:
        return ()
    columns = walker.builder.finish()
    breaks = np.frombuffer(walker.breaks, dtype=np.int8)
    timed = sorted(
        (t for t in walker.tracks if t.is_timed), key=lambda t: t.first_time or 0.0
    )  # fmt: skip
    groups: list[list[_Track]] = []
    for track in timed:
        previous: _Track | None = groups[-1][-1] if groups else None
        if (
            previous is not None
            and previous.last_time is not None
            and track.first_time is not None
            and track.first_time - previous.last_time <= MERGE_GAP_S
        ):
            groups[-1].append(track)
        else:
            groups.append([track])
    untimed = [t for t in walker.tracks if not t.is_timed]
    parts = [(group, True) for group in groups]
    if untimed:
        parts.append((untimed, False))
    return tuple(
        _activity(
            tracks,
            timed=is_timed,
            columns=columns,
            breaks=breaks,
            creator=walker.creator,
            file_name=file_name,
            sha256=sha256,
            damaged=damaged,
        )
        for tracks, is_timed in parts
    )


def _activity(
    tracks: list[_Track],
    *,
    columns: ColumnSet,
    breaks: np.ndarray,
    creator: str | None,
    file_name: str,
    sha256: str,
    timed: bool,
    damaged: bool,
) -> ParsedActivity:
    ranges = [(t.start, t.stop) for t in tracks]
    group = _gather(columns, ranges)
    group_breaks = _gather_one(breaks, ranges).astype(bool)
    # Every track starts a new segment too: no distance across tracks.
    offset = 0
    for first, last in ranges:
        group_breaks[offset] = True
        offset += last - first

    warnings: list[IngestWarning] = []
    if damaged:
        warnings.append(IngestWarning.TRUNCATED_SALVAGED)
    time = group.column(TIME)
    start_time = None
    if not timed:
        group.set_column(TIME, None)  # a few stray times do not make a timeline
    elif time is not None:
        finite = time[~np.isnan(time)]
        origin = float(finite.min())
        start_time = unix_datetime(origin)
        time -= origin
        if finite.size < time.size:
            warnings.append(IngestWarning.PARTIAL_TIMESTAMPS)

    lat, lon = group.column(LAT), group.column(LON)
    if lat is not None and lon is not None:
        group.set_column(DISTANCE, cumulative_distance(lat, lon, group_breaks))

    kind = next((t.kind for t in tracks if t.kind), None)
    named = sports.from_words(kind)
    sport, sub_sport = named if named is not None else (Sport.OTHER, SubSport.GENERIC)
    if named is None:
        hinted = sports.from_words(file_name)
        if hinted is not None:
            sport, sub_sport = hinted
            warnings.append(IngestWarning.SPORT_FROM_FILE_NAME)
    return build_activity(
        source_format=SourceFormat.GPX,
        sport=sport,
        sub_sport=sub_sport,
        raw_sport=kind,
        raw_sub_sport=None,
        start_time=start_time,
        streams=group.streams(),
        device_summary=None,
        laps=(),
        device=DeviceInfo(product=creator),
        sha256=sha256,
        warnings=warnings,
        name=next((t.name for t in tracks if t.name), None),
    )


def _gather(columns: ColumnSet, ranges: list[tuple[int, int]]) -> ColumnSet:
    """The samples of ``ranges`` as fresh, writable columns (one copy per group)."""
    length = sum(stop - start for start, stop in ranges)
    arrays: list[FloatArray | None] = [
        None if values is None else _gather_one(values, ranges).astype(np.float64, copy=False)
        for values in columns.arrays
    ]
    return ColumnSet(length, arrays)


def _gather_one(values: np.ndarray, ranges: list[tuple[int, int]]) -> np.ndarray:
    return np.concatenate([values[start:stop] for start, stop in ranges])
