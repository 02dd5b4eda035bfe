"""Plain typed results of parsing an activity file.

Units are SI throughout: seconds, metres, metres per second, watts, beats per minute.
Cadence is kept in the device's unit, cycles per minute per leg (rpm on a bike,
strides per minute on foot: double it for steps per minute), because that is what
FIT, TCX and GPX all store.

The dataclasses are frozen and their NumPy arrays are made read-only, so a parsed
activity can be shared between the service and the science core without copies.
They compare by identity (``eq=False``): arrays have no single truth value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from bot.coach.ingest.errors import IngestError

FloatArray = npt.NDArray[np.float64]


class SourceFormat(StrEnum):
    FIT = "fit"
    TCX = "tcx"
    GPX = "gpx"


class Sport(StrEnum):
    RUN = "run"
    BIKE = "bike"
    SWIM = "swim"
    STRENGTH = "strength"
    WALK = "walk"
    HIKE = "hike"
    SKI = "ski"
    ROW = "row"
    OTHER = "other"


class SubSport(StrEnum):
    GENERIC = "generic"
    ROAD = "road"
    MOUNTAIN = "mountain"
    GRAVEL = "gravel"
    CYCLOCROSS = "cyclocross"
    TRACK = "track"
    TRAIL = "trail"
    STREET = "street"
    INDOOR = "indoor"
    TREADMILL = "treadmill"
    VIRTUAL = "virtual"
    POOL = "pool"
    OPEN_WATER = "open_water"
    CROSS_COUNTRY = "cross_country"
    SKATE = "skate"
    DOWNHILL = "downhill"
    BACKCOUNTRY = "backcountry"
    E_BIKE = "e_bike"
    TRANSITION = "transition"


class IngestWarning(StrEnum):
    """Non-fatal findings, as stable codes the bot can explain or act on."""

    # No usable timestamps: distance/ascent are there, time-based metrics are not; the
    # bot should ask for the date and duration.
    NO_TIMESTAMPS = "no_timestamps"
    # Some samples lack a time (kept, with NaN on the time axis).
    PARTIAL_TIMESTAMPS = "partial_timestamps"
    NO_HEART_RATE = "no_heart_rate"
    # The file has a summary but no per-sample records.
    NO_RECORDS = "no_records"
    # Set on the partial activities a TruncatedFileError/CorruptFileError carries.
    TRUNCATED_SALVAGED = "truncated_salvaged"
    # FIT checksum did not match; the structure decoded cleanly, so values are kept.
    CRC_MISMATCH = "crc_mismatch"
    # Bytes after the last complete FIT file that are padding, not data.
    TRAILING_DATA_IGNORED = "trailing_data_ignored"
    # FIT without a session message: summary values are computed from the records.
    NO_DEVICE_SUMMARY = "no_device_summary"
    # The file's own sport said nothing ("Other"/generic) and the file name did.
    SPORT_FROM_FILE_NAME = "sport_from_file_name"
    # Neither the file nor its name says what sport this was: ask the athlete.
    SPORT_UNKNOWN = "sport_unknown"
    # e.g. a bike ride with no GPS and no distance is taken to be indoors.
    SUB_SPORT_INFERRED = "sub_sport_inferred"
    RECORDS_WITHOUT_TIME_DROPPED = "records_without_time_dropped"
    # Records with a time far outside the workout ("decades ahead") or, in a
    # salvage, an impossible speed or a step back in time: left out.
    IMPLAUSIBLE_RECORDS_DROPPED = "implausible_records_dropped"
    TIME_NOT_MONOTONIC = "time_not_monotonic"


@dataclass(frozen=True, slots=True, eq=False)
class Streams:
    """Per-sample channels, aligned index by index, as recorded (not resampled).

    ``time`` is seconds since the activity's ``start_time`` (float64); samples are
    where the device put them (1 s, or "smart recording" every few seconds, with
    gaps during pauses), so resample on ``time`` for 1 Hz maths. A channel is
    ``None`` when the file never recorded it, and holds NaN where a sample lacks it.
    ``distance`` is cumulative metres (computed from positions for GPX).
    """

    length: int
    time: FloatArray | None = None
    heart_rate: FloatArray | None = None
    power: FloatArray | None = None
    speed: FloatArray | None = None
    cadence: FloatArray | None = None
    altitude: FloatArray | None = None
    distance: FloatArray | None = None
    lat: FloatArray | None = None
    lon: FloatArray | None = None

    def channels(self) -> dict[str, FloatArray]:
        """The channels that are present, by name (``time`` included when known)."""
        names = (
            "time", "heart_rate", "power", "speed", "cadence",
            "altitude", "distance", "lat", "lon",
        )  # fmt: skip
        out: dict[str, FloatArray] = {}
        for name in names:
            values = getattr(self, name)
            if values is not None:
                out[name] = values
        return out


EMPTY_STREAMS = Streams(length=0)


@dataclass(frozen=True, slots=True)
class Lap:
    start: datetime | None
    elapsed_s: float | None
    timer_s: float | None
    distance_m: float | None
    avg_hr: float | None
    avg_power: float | None
    max_hr: float | None = None


@dataclass(frozen=True, slots=True)
class DeviceSummary:
    """What the recording device itself reported (FIT session; TCX laps summed).

    Kept apart from the top-level values so the science core can compare its own
    NP/TSS with the device's, and tests can check the parser against the device.
    """

    elapsed_s: float | None = None
    timer_s: float | None = None
    distance_m: float | None = None
    ascent_m: float | None = None
    descent_m: float | None = None
    avg_hr: float | None = None
    max_hr: float | None = None
    avg_power: float | None = None
    max_power: float | None = None
    normalized_power: float | None = None
    training_stress_score: float | None = None
    intensity_factor: float | None = None
    threshold_power: float | None = None
    calories: float | None = None
    avg_cadence: float | None = None
    avg_speed: float | None = None
    max_speed: float | None = None


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    manufacturer: str | None = None
    product: str | None = None
    software_version: str | None = None


@dataclass(frozen=True, slots=True, eq=False)
class ParsedActivity:
    """One activity (or one leg of a multisport file) ready to be stored.

    Top-level summary values are the device's own where the file has them (FIT
    session, TCX lap totals; also in ``device_summary``), otherwise computed from the
    streams (see ``summary.py``). ``timer_s`` is timer time, pauses excluded: the
    device's, else from FIT timer start/stop events, else elapsed time minus
    recording gaps over a minute. ``start_time`` is None, with the ``no_timestamps``
    warning, for a track without times. Training load is *not* computed here: that is
    the science core's job, from ``streams`` and ``device_summary``.
    """

    source_format: SourceFormat
    sport: Sport
    sub_sport: SubSport
    raw_sport: str | None
    raw_sub_sport: str | None
    start_time: datetime | None
    elapsed_s: float | None
    timer_s: float | None
    distance_m: float | None
    ascent_m: float | None
    descent_m: float | None
    avg_hr: float | None
    max_hr: float | None
    avg_power: float | None
    max_power: float | None
    avg_cadence: float | None
    avg_speed: float | None
    calories: float | None
    laps: tuple[Lap, ...]
    device_summary: DeviceSummary | None
    streams: Streams
    device: DeviceInfo
    # sha256 of the activity file's own bytes (decompressed if it came gzipped or
    # zipped): the same FIT uploaded bare, gzipped or in a zip has the same hash.
    sha256: str
    warnings: tuple[IngestWarning, ...] = ()
    # Legs of one multisport file share ``multisport_group`` (the file's sha256) and
    # are numbered by ``leg_index`` in time order.
    multisport_group: str | None = None
    leg_index: int = 0
    leg_count: int = 1
    # Position among the activities parsed from one file (multisport legs, several
    # GPX tracks or TCX activities): the dedup key is (sha256, file_index).
    file_index: int = 0
    name: str | None = None  # the track's or activity's own name, if any

    @property
    def is_transition(self) -> bool:
        return self.sub_sport is SubSport.TRANSITION

    @property
    def has_time(self) -> bool:
        return self.start_time is not None and self.streams.time is not None


@dataclass(frozen=True, slots=True, eq=False)
class MemberResult:
    """What one file inside a zip gave: activities, or the error that stopped it."""

    name: str
    activities: tuple[ParsedActivity, ...] = ()
    error: IngestError | None = None


@dataclass(frozen=True, slots=True, eq=False)
class ParsedUpload:
    """Everything one upload gave. ``members`` is filled only for a zip."""

    file_name: str
    container: str  # "fit", "tcx", "gpx", "gzip" or "zip": what the upload itself was
    size_bytes: int
    sha256: str  # of the upload exactly as received (what the storage layer keeps)
    activities: tuple[ParsedActivity, ...]
    members: tuple[MemberResult, ...] = field(default=())
