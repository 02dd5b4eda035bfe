"""From what a service sends (``bot.integrations.records``) to what the ingest rules read.

A synced activity becomes a :class:`ParsedActivity` (its summary as the device's, its
streams as recorded), so the same metrics, zones, load methods and matching run on it as
on an uploaded file. A wellness day becomes Tempo's fields on the science core's 1–5
scales. Pure functions.
"""

from __future__ import annotations

from hashlib import sha256
from typing import Any

import numpy as np

from bot.coach.ingest.model import (
    DeviceInfo,
    DeviceSummary,
    IngestWarning,
    ParsedActivity,
    SourceFormat,
    Sport,
    Streams,
    SubSport,
)
from bot.domain.profiles import ThresholdKind
from bot.integrations.records import RemoteActivity, RemoteStreams, RemoteWellness, SportSettings

# The services' activity types (intervals.icu and Strava share Strava's names).
_SPORTS: dict[str, tuple[Sport, SubSport]] = {
    "Ride": (Sport.BIKE, SubSport.ROAD),
    "VirtualRide": (Sport.BIKE, SubSport.VIRTUAL),
    "GravelRide": (Sport.BIKE, SubSport.GRAVEL),
    "MountainBikeRide": (Sport.BIKE, SubSport.MOUNTAIN),
    "EBikeRide": (Sport.BIKE, SubSport.E_BIKE),
    "TrackRide": (Sport.BIKE, SubSport.TRACK),
    "Run": (Sport.RUN, SubSport.GENERIC),
    "TrailRun": (Sport.RUN, SubSport.TRAIL),
    "VirtualRun": (Sport.RUN, SubSport.TREADMILL),
    "Swim": (Sport.SWIM, SubSport.POOL),
    "OpenWaterSwim": (Sport.SWIM, SubSport.OPEN_WATER),
    "Walk": (Sport.WALK, SubSport.GENERIC),
    "Hike": (Sport.HIKE, SubSport.GENERIC),
    "WeightTraining": (Sport.STRENGTH, SubSport.GENERIC),
    "Rowing": (Sport.ROW, SubSport.GENERIC),
    "NordicSki": (Sport.SKI, SubSport.CROSS_COUNTRY),
    "AlpineSki": (Sport.SKI, SubSport.DOWNHILL),
}
# A stream may run this far past the activity's elapsed time (pauses, clock skew) before
# the samples after it are dropped as not belonging to it.
STREAM_OVERRUN_S = 60.0
STREAM_TOO_LONG = "stream_longer_than_activity"


def sport_of(sport_type: str) -> tuple[Sport, SubSport]:
    return _SPORTS.get(sport_type, (Sport.OTHER, SubSport.GENERIC))


def parsed_activity(
    provider: str, remote: RemoteActivity, streams: RemoteStreams | None
) -> tuple[ParsedActivity, tuple[str, ...]]:
    """The activity as the ingest rules read it, and warnings of our own (codes)."""
    sport, sub_sport = sport_of(remote.sport_type)
    arrays, warnings = _streams(remote, streams)
    summary = DeviceSummary(
        elapsed_s=remote.elapsed_s,
        timer_s=remote.moving_s,
        distance_m=remote.distance_m,
        ascent_m=remote.ascent_m,
        avg_hr=remote.avg_hr,
        max_hr=remote.max_hr,
        avg_power=remote.avg_power,
        normalized_power=remote.normalized_power,
        calories=remote.calories,
        avg_cadence=remote.avg_cadence,
    )
    moving = remote.moving_s or remote.elapsed_s
    parsed = ParsedActivity(
        source_format=SourceFormat.FIT,
        sport=sport,
        sub_sport=sub_sport,
        raw_sport=remote.sport_type,
        raw_sub_sport=None,
        start_time=remote.start_time,
        elapsed_s=remote.elapsed_s or moving,
        timer_s=moving,
        distance_m=remote.distance_m,
        ascent_m=remote.ascent_m,
        descent_m=None,
        avg_hr=remote.avg_hr,
        max_hr=remote.max_hr,
        avg_power=remote.avg_power,
        max_power=None,
        avg_cadence=remote.avg_cadence,
        avg_speed=remote.distance_m / moving if remote.distance_m and moving else None,
        calories=remote.calories,
        laps=(),
        device_summary=summary,
        streams=arrays,
        device=DeviceInfo(product=remote.device),
        # Not a file: a stable stand-in, never stored (synced rows dedup by external id).
        sha256=sha256(f"{provider}:{remote.external_id}".encode()).hexdigest(),
        warnings=() if arrays.length else (IngestWarning.NO_RECORDS,),
        name=remote.name,
    )
    return parsed, warnings


def _array(values: list[Any] | None, length: int | None = None) -> np.ndarray | None:
    """A channel as float64 (null → NaN), read-only; None when it holds anything but
    numbers and nulls (the channel is dropped, the activity kept)."""
    if values is None:
        return None
    try:
        array = np.asarray(values[:length] if length is not None else values, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    if array.ndim != 1:
        return None
    if length is not None and len(array) < length:
        array = np.concatenate([array, np.full(length - len(array), np.nan)])
    array.flags.writeable = False
    return array


def _streams(
    remote: RemoteActivity, streams: RemoteStreams | None
) -> tuple[Streams, tuple[str, ...]]:
    time = _array(streams.channels.get("time")) if streams is not None else None
    if streams is None or time is None or not len(time):
        return Streams(length=0), ()
    keep = len(time)
    warnings: tuple[str, ...] = ()
    limit = remote.elapsed_s or remote.moving_s
    if limit is not None and np.nanmax(time) > limit + STREAM_OVERRUN_S:
        keep = int(np.searchsorted(time, limit + STREAM_OVERRUN_S, side="right"))
        warnings = (STREAM_TOO_LONG,)
    channels = streams.channels
    return (
        Streams(
            length=keep,
            time=time[:keep],
            heart_rate=_array(channels.get("heart_rate"), keep),
            power=_array(channels.get("power"), keep),
            speed=_array(channels.get("speed"), keep),
            cadence=_array(channels.get("cadence"), keep),
            altitude=_array(channels.get("altitude"), keep),
            distance=_array(channels.get("distance"), keep),
        ),
        warnings,
    )


# intervals.icu's subjective answers are 1–4 with 1 the best (1 low soreness … 4 extreme;
# mood 1 great … 4 grumpy); Tempo's are 1–5 with 1 the best: the ends stay the ends.
_FOUR_TO_FIVE = {1: 1, 2: 2, 3: 4, 4: 5}


def wellness_values(day: RemoteWellness) -> dict[str, float | int]:
    """The day's values by Tempo's field names (``WellnessFields``); absent ones left out."""
    values: dict[str, float | int | None] = {
        "rmssd_ms": day.rmssd_ms,
        "resting_hr_bpm": day.resting_hr_bpm,
        "sleep_hours": round(day.sleep_s / 3600, 2) if day.sleep_s else None,
        "sleep_quality": _FOUR_TO_FIVE.get(day.sleep_quality or 0),
        "soreness": _FOUR_TO_FIVE.get(day.soreness or 0),
        "fatigue": _FOUR_TO_FIVE.get(day.fatigue or 0),
        "stress": _FOUR_TO_FIVE.get(day.stress or 0),
        "mood": _FOUR_TO_FIVE.get(day.mood or 0),
        "motivation": _FOUR_TO_FIVE.get(day.motivation or 0),
        "weight_kg": day.weight_kg,
    }
    return {name: value for name, value in values.items() if value is not None}


def thresholds_of(settings: list[SportSettings]) -> dict[ThresholdKind, float]:
    """The thresholds a service holds, in Tempo's units (W, bpm, s/km, s/100 m): FTP from
    the ride settings, LTHR and HRmax from the run settings (else the ride's), threshold
    pace from the run settings and CSS from the swim settings."""
    by_sport: dict[Sport, SportSettings] = {}
    for entry in settings:
        for sport_type in entry.types:
            sport = sport_of(sport_type)[0]
            by_sport.setdefault(sport, entry)
    out: dict[ThresholdKind, float] = {}
    ride, run, swim = (by_sport.get(s) for s in (Sport.BIKE, Sport.RUN, Sport.SWIM))
    if ride and ride.ftp_w:
        out[ThresholdKind.FTP] = round(ride.ftp_w)
    for kind, attr in ((ThresholdKind.LTHR, "lthr_bpm"), (ThresholdKind.HR_MAX, "max_hr_bpm")):
        value = getattr(run, attr, None) or getattr(ride, attr, None)
        if value:
            out[kind] = round(value)
    if run and run.threshold_pace_mps:
        out[ThresholdKind.RUN_THRESHOLD_PACE] = round(1000 / run.threshold_pace_mps, 1)
    if swim and swim.threshold_pace_mps:
        out[ThresholdKind.CSS] = round(100 / swim.threshold_pace_mps, 1)
    return out
