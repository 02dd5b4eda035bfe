"""FIT activity files (Garmin, Wahoo, Coros, Zwift, ...), decoded with fitdecode.

Decoding choices:

* ``processor=None``: fitdecode's default processor turns every date_time into a
  ``datetime`` and looks up per-field hook methods by name for every field of every
  message; we only need numbers, so we skip it (about 25 % faster) and convert the
  few timestamps we keep ourselves.
* CRC (``CrcCheck.READONLY``): the checksum is computed and compared, never raised.
  A mismatch on a file whose structure decodes cleanly to the end is accepted with
  the ``crc_mismatch`` warning: some third-party writers get the CRC wrong, the
  original file is kept for re-analysis, and structural damage is still caught
  (it stops the decoder). Truncation and undecodable data raise.
* ``ErrorHandling.IGNORE``: fitdecode's WARN mode calls ``warnings.warn`` (global
  state, and an error under our test settings); malformed field definitions fall
  back to raw bytes, which we simply do not read.
* Records are read by the identity of fitdecode's profile ``Field`` objects, which
  makes developer fields (built per file) invisible to the stream columns.

Chained FIT files (several header+data+CRC units in one file) are read to the end.
Units that are not activities (e.g. settings appended by the device) are skipped;
the first unit decides whether the file is an activity at all.

Multisport (triathlon, duathlon, brick): each ``session`` message is one leg, in time
order, with records and laps assigned by time. Transitions are kept as their own
legs (sport ``other``, sub-sport ``transition``): T1/T2 are real, timed parts of a
race that athletes look at, and folding them into the next leg would distort that
leg's pace and power. All legs share ``multisport_group``.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime
from math import isnan
from typing import Any

import fitdecode
import numpy as np
from fitdecode import profile
from fitdecode.records import FitCRC, FitDataMessage, FitHeader

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
    FloatArray,
    IngestWarning,
    Lap,
    ParsedActivity,
    SourceFormat,
    Sport,
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
)

# FIT date_time: seconds since 1989-12-31T00:00:00Z; values below 0x10000000 are
# seconds since the device powered on, not dates (FIT SDK, profile type date_time).
FIT_EPOCH_UNIX = 631065600
_DEVICE_RELATIVE_MAX = 0x10000000
_SEMICIRCLES_TO_DEGREES = 180.0 / 2**31

_MESG_FILE_ID = 0
_MESG_SPORT = 12
_MESG_SESSION = 18
_MESG_LAP = 19
_MESG_RECORD = 20
_MESG_EVENT = 21
_MESG_DEVICE_INFO = 23

_RECORD_FIELDS = profile.MESSAGE_TYPES[_MESG_RECORD].fields
# Fields that set their column outright. The "enhanced_" fields carry more range
# than their plain twins, so they win whichever comes first in the message.
_RECORD_PRIMARY: dict[Any, int] = {
    _RECORD_FIELDS[253]: TIME,
    profile.FIELD_TYPE_TIMESTAMP: TIME,  # from compressed-timestamp record headers
    _RECORD_FIELDS[0]: LAT,
    _RECORD_FIELDS[1]: LON,
    _RECORD_FIELDS[3]: HEART_RATE,
    _RECORD_FIELDS[4]: CADENCE,
    _RECORD_FIELDS[5]: DISTANCE,
    _RECORD_FIELDS[7]: POWER,
    _RECORD_FIELDS[73]: SPEED,  # enhanced_speed
    _RECORD_FIELDS[78]: ALTITUDE,  # enhanced_altitude
}
# Fields that fill their column only if nothing better did.
_RECORD_FALLBACK: dict[Any, int] = {
    _RECORD_FIELDS[6]: SPEED,
    _RECORD_FIELDS[2]: ALTITUDE,
}

_TIMER_STOPS = frozenset({"stop", "stop_all", "stop_disable", "stop_disable_all"})

# What fitdecode (and the struct/enum code under it) raises on bytes it cannot
# decode. Our own IngestErrors (e.g. the unpacked-size guard) are not in here and
# pass through untouched.
_DECODE_ERRORS = (
    fitdecode.FitError,
    struct.error,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AssertionError,
    OverflowError,
    UnicodeDecodeError,
)


def parse_fit(payload: Payload) -> tuple[ParsedActivity, ...]:
    state = _FitState(file_name=payload.name)
    reader = fitdecode.FitReader(
        payload.stream,
        processor=None,
        check_crc=fitdecode.CrcCheck.READONLY,
        error_handling=fitdecode.ErrorHandling.IGNORE,
    )
    try:
        state.consume(reader)
    except (fitdecode.FitEOFError, SourceTruncatedError) as exc:
        sha256, size = payload.finish_damaged()
        raise TruncatedFileError(
            file_format="fit",
            bytes_read=size,
            bytes_expected=state.expected_end,
            partial=state.activities(sha256, damaged=True),
            lost=state.lost(),
        ) from exc
    except fitdecode.FitHeaderError as exc:
        # A bad header after at least one complete unit: the activity before it is
        # intact (its CRC was checked) and offered as the partial result.
        sha256, _ = payload.finish_damaged()
        raise CorruptFileError(
            file_format="fit",
            offset=state.unit_start,
            part="header",
            partial=state.activities(sha256, damaged=True),
            lost=state.lost(),
        ) from exc
    except SourceCorruptError as exc:
        sha256, size = payload.finish_damaged()
        raise CorruptFileError(
            file_format="fit",
            offset=size,
            part="compression",
            partial=state.activities(sha256, damaged=True),
            lost=state.lost(),
        ) from exc
    except _DECODE_ERRORS as exc:
        sha256, _ = payload.finish_damaged()
        offset = exc.offset if isinstance(exc, fitdecode.FitParseError) else state.unit_start
        raise CorruptFileError(
            file_format="fit",
            offset=int(offset),
            part="data",
            partial=state.activities(sha256, damaged=True),
            lost=state.lost(),
        ) from exc
    finally:
        reader.close()  # does not close a stream it did not open
    try:
        sha256, _ = payload.finish()
    except (SourceCorruptError, SourceTruncatedError) as exc:
        # The FIT data decoded to its end, but the container around it (a zip
        # member's CRC, a gzip trailer) failed after it.
        sha256, size = payload.finish_damaged()
        raise CorruptFileError(
            file_format="fit",
            offset=size,
            part="compression",
            partial=state.activities(sha256, damaged=True),
            lost="trailing_data",
        ) from exc
    activities = state.activities(sha256, damaged=False)
    if not activities:
        raise NoActivityDataError(file_format="fit")
    return activities


def _number(value: object) -> float | None:
    # bool is an int subclass but never a measurement; tuples/strings are invalid.
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
        return number if math.isfinite(number) else None
    return None


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _fit_datetime(seconds: float | None) -> datetime | None:
    if seconds is None or seconds < _DEVICE_RELATIVE_MAX:
        return None
    return datetime.fromtimestamp(FIT_EPOCH_UNIX + seconds, tz=UTC)


def _values(frame: FitDataMessage) -> dict[str, object]:
    """Name -> value of a (non-record) message, developer fields left out."""
    out: dict[str, object] = {}
    for data in frame.fields:
        definition = data.field_def
        if definition is not None and definition.is_dev:
            continue
        if data.field is None:
            continue
        out.setdefault(data.field.name, data.value)
    return out


@dataclass(slots=True)
class _Session:
    values: dict[str, object]

    @property
    def start(self) -> float | None:
        start = _number(self.values.get("start_time"))
        if start is not None and start >= _DEVICE_RELATIVE_MAX:
            return start
        end = _number(self.values.get("timestamp"))
        elapsed = _number(self.values.get("total_elapsed_time"))
        if end is not None and elapsed is not None and end >= _DEVICE_RELATIVE_MAX:
            return end - elapsed
        return None

    def summary(self) -> DeviceSummary:
        v = self.values
        cadence = _number(v.get("avg_cadence"))
        if cadence is None:
            cadence = _number(v.get("avg_running_cadence"))
        return DeviceSummary(
            elapsed_s=_number(v.get("total_elapsed_time")),
            timer_s=_number(v.get("total_timer_time")),
            distance_m=_number(v.get("total_distance")),
            ascent_m=_number(v.get("total_ascent")),
            descent_m=_number(v.get("total_descent")),
            avg_hr=_number(v.get("avg_heart_rate")),
            max_hr=_number(v.get("max_heart_rate")),
            avg_power=_number(v.get("avg_power")),
            max_power=_number(v.get("max_power")),
            normalized_power=_number(v.get("normalized_power")),
            training_stress_score=_number(v.get("training_stress_score")),
            intensity_factor=_number(v.get("intensity_factor")),
            threshold_power=_number(v.get("threshold_power")),
            calories=_number(v.get("total_calories")),
            avg_cadence=cadence,
            avg_speed=_first_number(v, "enhanced_avg_speed", "avg_speed"),
            max_speed=_first_number(v, "enhanced_max_speed", "max_speed"),
        )


def _first_number(values: dict[str, object], *names: str) -> float | None:
    for name in names:
        number = _number(values.get(name))
        if number is not None:
            return number
    return None


def _lap(values: dict[str, object]) -> Lap:
    start = _number(values.get("start_time"))
    return Lap(
        start=_fit_datetime(start),
        elapsed_s=_number(values.get("total_elapsed_time")),
        timer_s=_number(values.get("total_timer_time")),
        distance_m=_number(values.get("total_distance")),
        avg_hr=_number(values.get("avg_heart_rate")),
        avg_power=_number(values.get("avg_power")),
        max_hr=_number(values.get("max_heart_rate")),
    )


def _lap_start(values: dict[str, object]) -> float | None:
    start = _number(values.get("start_time"))
    if start is not None:
        return start
    end = _number(values.get("timestamp"))
    elapsed = _number(values.get("total_elapsed_time"))
    return None if end is None or elapsed is None else end - elapsed


@dataclass(frozen=True, slots=True)
class _LegPlan:
    start: float | None  # FIT seconds
    session: _Session | None
    sport: str | None
    sub_sport: str | None


@dataclass(slots=True)
class _FitState:
    """Everything kept while the decoder runs; no fitdecode objects are retained."""

    file_name: str
    builder: StreamBuilder = field(default_factory=StreamBuilder)
    units: int = 0  # FIT headers seen (chained files)
    unit_start: int = 0  # byte offset where the current unit began
    expected_end: int | None = None  # where the current unit should end
    in_activity: bool = True
    file_type: str | None = None
    manufacturer: str | None = None
    product: str | None = None
    software_version: str | None = None
    sessions: list[_Session] = field(default_factory=list)
    laps: list[dict[str, object]] = field(default_factory=list)
    timer_events: list[tuple[float, bool]] = field(default_factory=list)
    sport_message: dict[str, object] | None = None
    crc_mismatch: bool = False
    dropped_without_time: int = 0
    not_monotonic: bool = False
    last_time: float = -math.inf

    def consume(self, reader: fitdecode.FitReader) -> None:
        for frame in reader:
            kind = frame.__class__
            if kind is FitDataMessage:
                number = frame.def_mesg.global_mesg_num
                if number == _MESG_RECORD:
                    if self.in_activity:
                        self._record(frame)
                else:
                    self._message(number, frame)
            elif kind is FitHeader:
                self._header(frame)
            elif kind is FitCRC:
                if not frame.matched:
                    self.crc_mismatch = True
                # This unit is complete: a later failure starts after it.
                if self.expected_end is not None:
                    self.unit_start = self.expected_end

    def _header(self, header: FitHeader) -> None:
        self.units += 1
        self.in_activity = True
        if header.crc_matched is False:
            self.crc_mismatch = True
        self.expected_end = self.unit_start + header.header_size + header.body_size + 2

    def _record(self, frame: FitDataMessage) -> None:
        nan = math.nan
        row = [nan, nan, nan, nan, nan, nan, nan, nan, nan]
        primary = _RECORD_PRIMARY
        for data in frame.fields:
            column = primary.get(data.field)
            if column is None:
                column = _RECORD_FALLBACK.get(data.field)
                if column is None or not isnan(row[column]):  # already set
                    continue
            value = data.value
            if value.__class__ is int or value.__class__ is float:
                row[column] = value
        timestamp = row[TIME]
        if not timestamp >= _DEVICE_RELATIVE_MAX:  # NaN or a device-relative time
            self.dropped_without_time += 1
            return
        if timestamp < self.last_time:
            self.not_monotonic = True
        self.last_time = timestamp
        self.builder.append(row)

    def _message(self, number: int, frame: FitDataMessage) -> None:
        if number == _MESG_FILE_ID:
            self._file_id(_values(frame))
            return
        if not self.in_activity:
            return
        if number == _MESG_SESSION:
            self.sessions.append(_Session(_values(frame)))
        elif number == _MESG_LAP:
            self.laps.append(_values(frame))
        elif number == _MESG_EVENT:
            values = _values(frame)
            timestamp = _number(values.get("timestamp"))
            if values.get("event") == "timer" and timestamp is not None:
                event_type = values.get("event_type")
                if event_type == "start":
                    self.timer_events.append((timestamp, True))
                elif event_type in _TIMER_STOPS:
                    self.timer_events.append((timestamp, False))
        elif number == _MESG_SPORT and self.sport_message is None:
            self.sport_message = _values(frame)
        elif number == _MESG_DEVICE_INFO:
            values = _values(frame)
            if values.get("device_index") in ("creator", 0) and self.software_version is None:
                self.software_version = _text(values.get("software_version"))

    def _file_id(self, values: dict[str, object]) -> None:
        file_type = values.get("type")
        if self.units <= 1:
            self.file_type = _text(file_type)
            # A missing type is a sloppy writer, not proof of a non-activity: the
            # records decide (no data at all raises NoActivityDataError).
            if file_type is not None and file_type != "activity":
                raise NotAnActivityError(file_type=_file_type_name(file_type))
            self.manufacturer = _text(values.get("manufacturer"))
            self.product = _text(
                values.get("product_name")
                or values.get("garmin_product")
                or values.get("favero_product")
                or values.get("product")
            )
        else:
            # A later unit of a chained file: only activities add data.
            self.in_activity = file_type in ("activity", None)

    def lost(self) -> str:
        """For a damaged file: the session comes after every record, so with it the
        workout is whole and only trailing bytes are missing."""
        return "trailing_data" if self.sessions else "summary"

    # ---- turning what was collected into activities -------------------------------

    def activities(self, sha256: str, *, damaged: bool) -> tuple[ParsedActivity, ...]:
        columns = self.builder.finish()
        length = columns.length
        if not self.sessions and length == 0:
            return ()
        time = columns.column(TIME)
        for index in (LAT, LON):
            values = columns.column(index)
            if values is not None:
                values *= _SEMICIRCLES_TO_DEGREES  # in place: the column is ours

        plans = self._plan_legs()
        leg_starts = [plan.start for plan in plans]
        bounds = _leg_bounds(time, leg_starts, length)
        intervals = _timer_intervals(self.timer_events, self.last_time)
        device = DeviceInfo(
            manufacturer=self.manufacturer,
            product=self.product,
            software_version=self.software_version,
        )
        common: list[IngestWarning] = []
        if damaged:
            common.append(IngestWarning.TRUNCATED_SALVAGED)
        if self.crc_mismatch:
            common.append(IngestWarning.CRC_MISMATCH)
        if self.dropped_without_time:
            common.append(IngestWarning.RECORDS_WITHOUT_TIME_DROPPED)
        if self.not_monotonic:
            common.append(IngestWarning.TIME_NOT_MONOTONIC)
        if not self.sessions:
            common.append(IngestWarning.NO_DEVICE_SUMMARY)

        legs = len(plans)
        out: list[ParsedActivity] = []
        for index, (start, stop) in enumerate(bounds):
            plan = plans[index]
            leg_start = plan.start
            if leg_start is None and stop > start and time is not None:
                leg_start = float(time[start])
            if time is not None and leg_start is not None and stop > start:
                time[start:stop] -= leg_start  # seconds since the leg's start, in place
            next_start = leg_starts[index + 1] if index + 1 < legs else None
            out.append(
                self._leg(
                    plan=plan,
                    leg_start=leg_start,
                    next_start=next_start,
                    streams_range=(start, stop),
                    columns=columns,
                    intervals=intervals,
                    device=device,
                    sha256=sha256,
                    warnings=common,
                    leg_index=index,
                    leg_count=legs,
                )
            )
        return tuple(out)

    def _plan_legs(self) -> list[_LegPlan]:
        if self.sessions:
            sessions = sorted(self.sessions, key=lambda s: (s.start is None, s.start or 0.0))
            return [_LegPlan(s.start, s, *self._raw_sport(s)) for s in sessions]
        # No session (a file cut before its summary, e.g. a watch that died
        # mid-race): where the laps' sport changes, a multisport file's legs are
        # still told apart.
        plans: list[_LegPlan] = []
        for lap in sorted(self.laps, key=lambda lap: _lap_start(lap) or 0.0):
            sport = _text(lap.get("sport"))
            if sport is None or (plans and plans[-1].sport == sport):
                continue
            plans.append(_LegPlan(_lap_start(lap), None, sport, _text(lap.get("sub_sport"))))
        if len(plans) > 1:
            return plans
        return [_LegPlan(None, None, *self._raw_sport(None))]

    def _leg(
        self,
        *,
        plan: _LegPlan,
        leg_start: float | None,
        next_start: float | None,
        streams_range: tuple[int, int],
        columns: ColumnSet,
        intervals: list[tuple[float, float]],
        device: DeviceInfo,
        sha256: str,
        warnings: list[IngestWarning],
        leg_index: int,
        leg_count: int,
    ) -> ParsedActivity:
        streams = columns.streams(*streams_range)
        session = plan.session
        raw_sport, raw_sub = plan.sport, plan.sub_sport
        sport, sub_sport = sports.from_fit(raw_sport, raw_sub)
        leg_warnings = list(warnings)
        if sport is Sport.OTHER and raw_sport in (None, "generic"):
            hinted = sports.from_words(self.file_name)
            if hinted is not None:
                sport, sub_sport = hinted
                leg_warnings.append(IngestWarning.SPORT_FROM_FILE_NAME)
        # The first leg also takes anything before its start (clock rounding).
        low = leg_start if leg_start is not None and leg_index > 0 else -math.inf
        high = next_start if next_start is not None else math.inf
        laps = tuple(
            _lap(values) for values in self.laps if leg_count == 1 or _within(values, low, high)
        )
        timer = _overlap(intervals, low, high) if intervals else None
        return build_activity(
            source_format=SourceFormat.FIT,
            sport=sport,
            sub_sport=sub_sport,
            raw_sport=raw_sport,
            raw_sub_sport=raw_sub,
            start_time=_fit_datetime(leg_start),
            streams=streams,
            device_summary=session.summary() if session is not None else None,
            laps=laps,
            device=device,
            sha256=sha256,
            warnings=leg_warnings,
            timer_s=timer,
            multisport_group=sha256 if leg_count > 1 else None,
            leg_index=leg_index,
            leg_count=leg_count,
        )

    def _raw_sport(self, session: _Session | None) -> tuple[str | None, str | None]:
        for values in (
            session.values if session else None,
            self.sport_message,
            self.laps[0] if self.laps else None,
        ):
            if values and values.get("sport") is not None:
                return _text(values.get("sport")), _text(values.get("sub_sport"))
        return None, None


def _within(lap: dict[str, object], low: float, high: float) -> bool:
    start = _lap_start(lap)
    return start is not None and low <= start < high


def _file_type_name(file_type: object) -> str:
    name = _text(file_type) or "unknown"
    # monitoring_a, monitoring_b, monitoring_daily are all "monitoring" to a person.
    return "monitoring" if name.startswith("monitoring") else name


def _leg_bounds(
    time: FloatArray | None, leg_starts: list[float | None], length: int
) -> list[tuple[int, int]]:
    """Record index ranges per leg: leg i holds records from its start to the next's.

    Records before the first leg's start belong to the first leg.
    """
    if len(leg_starts) == 1 or time is None:
        return [(0, length)] + [(length, length)] * (len(leg_starts) - 1)
    cuts = [0]
    for start in leg_starts[1:]:
        if start is None:
            cuts.append(cuts[-1])
        else:
            # Records are in time order (checked while reading); searchsorted is O(log n).
            cuts.append(max(cuts[-1], int(np.searchsorted(time, start, side="left"))))
    cuts.append(length)
    return list(zip(cuts[:-1], cuts[1:], strict=True))


def _timer_intervals(
    events: list[tuple[float, bool]], last_time: float
) -> list[tuple[float, float]]:
    """Running periods of the device timer, from its start/stop events."""
    intervals: list[tuple[float, float]] = []
    running_since: float | None = None
    for timestamp, is_start in sorted(events, key=lambda e: e[0]):
        if is_start:
            if running_since is None:
                running_since = timestamp
        elif running_since is not None:
            intervals.append((running_since, timestamp))
            running_since = None
    if running_since is not None and math.isfinite(last_time) and last_time > running_since:
        intervals.append((running_since, last_time))  # no stop event: a cut-off file
    return intervals


def _overlap(intervals: list[tuple[float, float]], low: float, high: float) -> float:
    total = 0.0
    for start, stop in intervals:
        total += max(0.0, min(stop, high) - max(start, low))
    return total
