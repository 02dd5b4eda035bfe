"""TCX (Garmin Training Center XML v2) activities, read as a stream.

A TCX activity is a list of laps, each with the device's totals (timer time,
distance, calories, average/max HR) and a track of points. The laps' totals,
summed, are the "device summary". TCX has no elapsed time and no ascent; those are
computed from the points. ``Activity/@Sport`` is only Running, Biking or Other;
for Other the file name may name the sport (``cross-country-skiing_...tcx``).
Each ``Activity`` becomes one ParsedActivity; the activities of a
``MultiSportSession`` are linked as legs.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

import numpy as np

from bot.coach.ingest import sports
from bot.coach.ingest.activity import build_activity
from bot.coach.ingest.errors import (
    CorruptFileError,
    NoActivityDataError,
    NotAnActivityError,
    TruncatedFileError,
)
from bot.coach.ingest.model import (
    DeviceInfo,
    DeviceSummary,
    IngestWarning,
    Lap,
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
    StreamBuilder,
    empty_row,
)
from bot.coach.ingest.xmlstream import (
    XmlDamageError,
    XmlWalker,
    attribute,
    parse_float,
    parse_time,
    unix_datetime,
)

# Trackpoint leaf elements -> column. HeartRateBpm's value sits in a <Value> child.
_POINT_LEAVES = {
    "LatitudeDegrees": LAT,
    "LongitudeDegrees": LON,
    "AltitudeMeters": ALTITUDE,
    "DistanceMeters": DISTANCE,
    "Cadence": CADENCE,
    "RunCadence": CADENCE,  # ActivityExtension TPX, per-leg strides per minute
    "Speed": SPEED,  # ActivityExtension TPX
    "Watts": POWER,  # ActivityExtension TPX
}


@dataclass(slots=True)
class _LapTotals:
    start: float | None = None
    timer_s: float | None = None
    distance_m: float | None = None
    calories: float | None = None
    avg_hr: float | None = None
    max_hr: float | None = None
    max_speed: float | None = None
    avg_cadence: float | None = None
    avg_power: float | None = None
    max_power: float | None = None

    def to_lap(self) -> Lap:
        return Lap(
            start=None if self.start is None else unix_datetime(self.start),
            elapsed_s=None,
            timer_s=self.timer_s,
            distance_m=self.distance_m,
            avg_hr=self.avg_hr,
            avg_power=self.avg_power,
            max_hr=self.max_hr,
        )


@dataclass(slots=True)
class _Activity:
    sport: str | None
    activity_id: float | None = None
    laps: list[_LapTotals] = field(default_factory=list)
    builder: StreamBuilder = field(default_factory=StreamBuilder)
    product: str | None = None
    version: list[str] = field(default_factory=list)
    multisport: bool = False
    points_without_time: int = 0


class _TcxWalker(XmlWalker):
    def __init__(self) -> None:
        super().__init__()
        self.done: list[_Activity] = []
        self.activity: _Activity | None = None
        self.lap: _LapTotals | None = None
        self.row: list[float] | None = None
        self.courses = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "Trackpoint" and self.activity is not None:
            self.row = empty_row()
        elif name == "Lap" and self.activity is not None:
            self.lap = _LapTotals(start=parse_time(attribute(attributes, "StartTime")))
            self.activity.laps.append(self.lap)
        elif name == "Activity":
            self.activity = _Activity(
                sport=attribute(attributes, "Sport"),
                multisport="MultiSportSession" in self.stack,
            )
        elif name == "Course":
            self.courses += 1

    def end(self, name: str, text: str) -> None:
        activity = self.activity
        if activity is None:
            return
        row = self.row
        if row is not None:
            self._point_end(activity, row, name, text)
            return
        parent = self.stack[-1] if self.stack else ""
        if name == "Activity":
            self.done.append(activity)
            self.activity = None
            self.lap = None
        elif name == "Id" and parent == "Activity":
            activity.activity_id = parse_time(text)
        elif "Creator" in self.stack:
            if name == "Name" and parent == "Creator":
                activity.product = text or None
            elif name in ("VersionMajor", "VersionMinor") and text:
                activity.version.append(text)
        elif self.lap is not None and parent in ("Lap", "LX", "AverageHeartRateBpm",
                                                  "MaximumHeartRateBpm"):  # fmt: skip
            self._lap_value(self.lap, name, parent, text)
        if name == "Lap":
            self.lap = None

    def _point_end(self, activity: _Activity, row: list[float], name: str, text: str) -> None:
        if name == "Trackpoint":
            if math.isnan(row[TIME]):
                activity.points_without_time += 1
            activity.builder.append(row)
            self.row = None
        elif name == "Time":
            time = parse_time(text)
            if time is not None:
                row[TIME] = time
        elif name == "Value" and self.stack and self.stack[-1] == "HeartRateBpm":
            value = parse_float(text)
            if value is not None:
                row[HEART_RATE] = value
        else:
            column = _POINT_LEAVES.get(name)
            if column is not None:
                value = parse_float(text)
                # <Cadence> wins over the extension's <RunCadence> when both exist.
                if value is not None and (name != "RunCadence" or math.isnan(row[column])):
                    row[column] = value

    @staticmethod
    def _lap_value(lap: _LapTotals, name: str, parent: str, text: str) -> None:
        value = parse_float(text)
        if value is None:
            return
        if parent == "AverageHeartRateBpm":
            lap.avg_hr = value
        elif parent == "MaximumHeartRateBpm":
            lap.max_hr = value
        elif name == "TotalTimeSeconds":
            lap.timer_s = value
        elif name == "DistanceMeters":
            lap.distance_m = value
        elif name == "Calories":
            lap.calories = value
        elif name == "MaximumSpeed":
            lap.max_speed = value
        elif name == "Cadence" or (name in ("AvgRunCadence",) and lap.avg_cadence is None):
            lap.avg_cadence = value
        elif name == "AvgWatts":
            lap.avg_power = value
        elif name == "MaxWatts":
            lap.max_power = value


def parse_tcx(payload: Payload) -> tuple[ParsedActivity, ...]:
    walker = _TcxWalker()
    try:
        walker.run(payload.stream)
        sha256, _ = payload.finish()
    except (XmlDamageError, SourceTruncatedError, SourceCorruptError) as exc:
        sha256, size = payload.finish_damaged()
        if walker.activity is not None:
            walker.done.append(walker.activity)  # the one cut off mid-way
        partial = _activities(walker.done, payload.name, sha256, damaged=True)
        if isinstance(exc, SourceCorruptError):
            raise CorruptFileError(
                file_format="tcx", offset=size, part="compression", partial=partial
            ) from exc
        if isinstance(exc, SourceTruncatedError) or exc.truncated:
            raise TruncatedFileError(
                file_format="tcx", bytes_read=size, bytes_expected=None, partial=partial
            ) from exc
        raise CorruptFileError(
            file_format="tcx", offset=exc.offset, part="xml", partial=partial
        ) from exc
    if not walker.done and walker.courses:
        raise NotAnActivityError(file_type="course")
    activities = _activities(walker.done, payload.name, sha256, damaged=False)
    if not activities:
        raise NoActivityDataError(file_format="tcx")
    return activities


def _activities(
    parsed: list[_Activity], file_name: str, sha256: str, *, damaged: bool
) -> tuple[ParsedActivity, ...]:
    pairs = [
        (activity, item.multisport)
        for item in parsed
        if (activity := _activity(item, file_name, sha256, damaged=damaged)) is not None
    ]
    out = [activity for activity, _ in pairs]
    legs = [activity for activity, multisport in pairs if multisport]
    if len(legs) > 1:
        # A MultiSportSession: link its activities as legs, in time order.
        legs.sort(key=lambda a: a.start_time.timestamp() if a.start_time else 0.0)
        relinked = {
            id(leg): dataclasses.replace(
                leg, multisport_group=sha256, leg_index=index, leg_count=len(legs)
            )
            for index, leg in enumerate(legs)
        }
        out = [relinked.get(id(a), a) for a in out]
    return tuple(out)


def _activity(
    item: _Activity, file_name: str, sha256: str, *, damaged: bool
) -> ParsedActivity | None:
    columns = item.builder.finish()
    if columns.length == 0 and not item.laps:
        return None
    warnings: list[IngestWarning] = []
    if damaged:
        warnings.append(IngestWarning.TRUNCATED_SALVAGED)
    time = columns.column(TIME)
    first_point = None
    if time is not None:
        finite = time[~np.isnan(time)]
        first_point = float(finite[0]) if finite.size else None
    lap_start = item.laps[0].start if item.laps else None
    start = next(
        (t for t in (lap_start, item.activity_id, first_point) if t is not None), None
    )  # fmt: skip
    if time is not None and start is not None:
        time -= start  # in place: seconds since the activity's start
        if item.points_without_time:
            warnings.append(IngestWarning.PARTIAL_TIMESTAMPS)

    sport = sports.from_tcx(item.sport)
    sub_sport = SubSport.GENERIC
    if sport is Sport.OTHER:
        hinted = sports.from_words(file_name)
        if hinted is not None:
            sport, sub_sport = hinted
            warnings.append(IngestWarning.SPORT_FROM_FILE_NAME)
    return build_activity(
        source_format=SourceFormat.TCX,
        sport=sport,
        sub_sport=sub_sport,
        raw_sport=item.sport,
        raw_sub_sport=None,
        start_time=None if start is None else unix_datetime(start),
        streams=columns.streams(),
        device_summary=_lap_summary(item.laps),
        laps=tuple(lap.to_lap() for lap in item.laps),
        device=DeviceInfo(
            manufacturer=None,
            product=item.product,
            software_version=".".join(item.version[:2]) or None,
        ),
        sha256=sha256,
        warnings=warnings,
    )


def _lap_summary(laps: list[_LapTotals]) -> DeviceSummary | None:
    """The device's totals: laps summed, averages weighted by lap timer time."""
    if not laps:
        return None

    def total(values: list[float | None]) -> float | None:
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    def peak(values: list[float | None]) -> float | None:
        known = [v for v in values if v is not None]
        return max(known) if known else None

    def weighted(values: list[float | None]) -> float | None:
        pairs = [(v, lap.timer_s) for v, lap in zip(values, laps, strict=True)
                 if v is not None and lap.timer_s]  # fmt: skip
        seconds = sum(t for _, t in pairs)
        return sum(v * t for v, t in pairs) / seconds if seconds else None

    timer = total([lap.timer_s for lap in laps])
    distance = total([lap.distance_m for lap in laps])
    return DeviceSummary(
        timer_s=timer,
        distance_m=distance,
        calories=total([lap.calories for lap in laps]),
        avg_hr=weighted([lap.avg_hr for lap in laps]),
        max_hr=peak([lap.max_hr for lap in laps]),
        avg_power=weighted([lap.avg_power for lap in laps]),
        max_power=peak([lap.max_power for lap in laps]),
        avg_cadence=weighted([lap.avg_cadence for lap in laps]),
        avg_speed=distance / timer if distance is not None and timer else None,
        max_speed=peak([lap.max_speed for lap in laps]),
    )
