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
from typing import Any, BinaryIO

import fitdecode
import numpy as np
import numpy.typing as npt
from fitdecode import profile
from fitdecode.records import FitCRC, FitDataMessage, FitHeader

from bot.coach.ingest import fast_fit, sports
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
from bot.coach.ingest.summary import distance_span

# FIT date_time: seconds since 1989-12-31T00:00:00Z; values below 0x10000000 are
# seconds since the device powered on, not dates (FIT SDK, profile type date_time).
FIT_EPOCH_UNIX = 631065600
_RELATIVE_MAX = 0x10000000
_SEMICIRCLES_TO_DEGREES = 180.0 / 2**31

_MESG_FILE_ID = 0
_MESG_SPORT = 12
_MESG_SESSION = 18
_MESG_LAP = 19
_MESG_RECORD = 20
_MESG_EVENT = 21
_MESG_DEVICE_INFO = 23
_MESG_TIMESTAMP_CORRELATION = 162
_MESSAGES_READ = frozenset(
    {
        _MESG_FILE_ID,
        _MESG_SPORT,
        _MESG_SESSION,
        _MESG_LAP,
        _MESG_EVENT,
        _MESG_DEVICE_INFO,
        _MESG_TIMESTAMP_CORRELATION,
    }
)

# Records a salvage keeps (and, for the time window, every file): a record more
# than this outside the device's own session span, or further than
# ISOLATED_RECORD_S from the file's middle when it has no session, is a corrupt
# timestamp ("decades ahead"), not data.
SPAN_SLACK_S = 6 * 3600.0
ISOLATED_RECORD_S = 48 * 3600.0
# Faster than any human-powered sport (downhill skiing tops out near 70 m/s only
# on speed-skiing tracks; a road descent by bike is under 30 m/s).
MAX_PLAUSIBLE_SPEED = 60.0

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


def parse_fit(payload: Payload, *, fast: bool = True) -> tuple[ParsedActivity, ...]:
    """The activities of a FIT file: by the compiled decoder when it takes the file
    (``fast``), else by fitdecode, which also salvages damaged files."""
    decoded = fast_fit.decode(payload) if fast else fast_fit.Refused(payload.stream)
    state = _FitState(file_name=payload.name)
    if isinstance(decoded, fast_fit.Decoded):
        state.take(decoded)
        return _finish(payload, state)
    stream = decoded.stream
    reader = fitdecode.FitReader(
        stream,
        processor=None,
        check_crc=fitdecode.CrcCheck.READONLY,
        error_handling=fitdecode.ErrorHandling.IGNORE,
    )
    try:
        state.consume(reader, stream)
    except (fitdecode.FitEOFError, SourceTruncatedError) as exc:
        sha256, size = payload.finish_damaged()
        if state.expected_end is not None and size >= state.expected_end:
            # Every byte the header announced is there: not a short file, but a
            # message that runs past the end of its data (a writer's mistake).
            raise _corrupt(state, sha256, offset=state.position, part="data") from exc
        partial, lost, coverage = state.salvage(sha256)
        raise TruncatedFileError(
            file_format="fit",
            bytes_read=size,
            bytes_expected=state.expected_end,
            partial=partial,
            lost=lost,
            coverage=coverage,
        ) from exc
    except fitdecode.FitHeaderError as exc:
        # A bad header after at least one complete unit: the activity before it is
        # intact (its CRC was checked) and offered as the partial result.
        sha256, _ = payload.finish_damaged()
        raise _corrupt(state, sha256, offset=state.unit_start, part="header") from exc
    except SourceCorruptError as exc:
        sha256, size = payload.finish_damaged()
        raise _corrupt(state, sha256, offset=size, part="compression") from exc
    except _DECODE_ERRORS as exc:
        sha256, _ = payload.finish_damaged()
        # Where the decoder really stopped: fitdecode's own offset when it gives one,
        # else the start of the first message it could not decode.
        offset = exc.offset if isinstance(exc, fitdecode.FitParseError) else state.position
        raise _corrupt(state, sha256, offset=int(offset), part="data") from exc
    finally:
        reader.close()  # does not close a stream it did not open
    return _finish(payload, state, replayed=stream if stream is not payload.stream else None)


def _corrupt(state: _FitState, sha256: str, *, offset: int, part: str) -> CorruptFileError:
    partial, lost, coverage = state.salvage(sha256)
    return CorruptFileError(
        file_format="fit",
        offset=offset,
        part=part,
        partial=partial,
        lost=lost,
        coverage=coverage,
    )


def _finish(
    payload: Payload, state: _FitState, *, replayed: BinaryIO | None = None
) -> tuple[ParsedActivity, ...]:
    """The FIT data decoded to its end: hash the rest and build the activities.

    ``replayed``: the bytes fitdecode read were a replay of the unpacked file; an
    unpacking error at its very end (a zip member's CRC) is met here."""
    try:
        if replayed is not None:
            while replayed.read(1024 * 1024):
                pass
        sha256, _ = payload.finish()
    except (SourceCorruptError, SourceTruncatedError) as exc:
        # The FIT data decoded to its end, but the container around it (a zip
        # member's CRC, a gzip trailer) failed after it.
        sha256, size = payload.finish_damaged()
        partial, _, coverage = state.salvage(sha256)
        raise CorruptFileError(
            file_format="fit",
            offset=size,
            part="compression",
            partial=partial,
            lost="trailing_data",
            coverage=coverage,
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
    if seconds is None or seconds < _RELATIVE_MAX:
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
        if start is not None and start >= _RELATIVE_MAX:
            return start
        end = _number(self.values.get("timestamp"))
        elapsed = _number(self.values.get("total_elapsed_time"))
        if end is not None and elapsed is not None and end >= _RELATIVE_MAX:
            return end - elapsed
        return None

    @property
    def end(self) -> float | None:
        """When the session ended: its start plus elapsed time, else its timestamp."""
        start = self.start
        elapsed = _number(self.values.get("total_elapsed_time"))
        if start is not None and elapsed is not None:
            return start + elapsed
        end = _number(self.values.get("timestamp"))
        return end if end is not None and end >= _RELATIVE_MAX else None

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
    columns: ColumnSet | None = None  # the fast path hands over finished columns
    units: int = 0  # FIT headers seen (chained files)
    unit_start: int = 0  # byte offset where the current unit began
    expected_end: int | None = None  # where the current unit should end
    position: int = 0  # byte offset just after the last message decoded
    in_activity: bool = True
    file_type: str | None = None
    manufacturer: str | None = None
    product: str | None = None
    software_version: str | None = None
    time_created: float | None = None
    # absolute minus device-relative time, from a timestamp_correlation message
    correlation: float | None = None
    sessions: list[_Session] = field(default_factory=list)
    laps: list[dict[str, object]] = field(default_factory=list)
    timer_events: list[tuple[float, bool]] = field(default_factory=list)
    sport_message: dict[str, object] | None = None
    crc_mismatch: bool = False
    dropped_without_time: int = 0
    dropped_implausible: int = 0
    # FIT seconds of the last record kept and metres covered by the records
    # (set by activities(), read by salvage()).
    records_end: float | None = None
    records_distance: float | None = None

    def consume(self, reader: fitdecode.FitReader, stream: BinaryIO) -> None:
        tell = stream.tell
        base = tell()
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
            self.position = tell() - base

    def take(self, decoded: fast_fit.Decoded) -> None:
        """What the compiled decoder read from a whole, single-unit activity file."""
        self.units = 1
        self.columns = decoded.columns
        self.dropped_without_time = decoded.dropped_without_time
        for number, values in decoded.messages:
            self.handle(number, values)

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
        if isnan(row[TIME]):
            self.dropped_without_time += 1
            return
        # Device-relative times are kept here and anchored once the file is read.
        self.builder.append(row)

    def _message(self, number: int, frame: FitDataMessage) -> None:
        if number in _MESSAGES_READ:
            self.handle(number, _values(frame))

    def handle(self, number: int, values: dict[str, object]) -> None:
        """One non-record message, as name -> value (either decoder)."""
        if number == _MESG_FILE_ID:
            self._file_id(values)
            return
        if not self.in_activity:
            return
        if number == _MESG_SESSION:
            self.sessions.append(_Session(values))
        elif number == _MESG_LAP:
            self.laps.append(values)
        elif number == _MESG_EVENT:
            timestamp = _number(values.get("timestamp"))
            if values.get("event") == "timer" and timestamp is not None:
                event_type = values.get("event_type")
                if event_type == "start":
                    self.timer_events.append((timestamp, True))
                elif event_type in _TIMER_STOPS:
                    self.timer_events.append((timestamp, False))
        elif number == _MESG_SPORT and self.sport_message is None:
            self.sport_message = values
        elif number == _MESG_DEVICE_INFO:
            if values.get("device_index") in ("creator", 0) and self.software_version is None:
                self.software_version = _text(values.get("software_version"))
        elif number == _MESG_TIMESTAMP_CORRELATION and self.correlation is None:
            absolute = _number(values.get("timestamp"))
            relative = _number(values.get("system_timestamp"))
            if absolute is not None and relative is not None and absolute >= _RELATIVE_MAX:
                self.correlation = absolute - relative

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
            self.time_created = _number(values.get("time_created"))
        else:
            # A later unit of a chained file: only activities add data.
            self.in_activity = file_type in ("activity", None)

    def salvage(self, sha256: str) -> tuple[tuple[ParsedActivity, ...], str, dict[str, float]]:
        """For a damaged file: the plausible part, what saving it loses, and how much
        of the device's summary the records cover (for the damage report)."""
        partial = self.activities(sha256, damaged=True)
        if not self.sessions:
            return partial, "summary", {}
        starts = [s.start for s in self.sessions if s.start is not None]
        ends = [end for s in self.sessions if (end := s.end) is not None]
        if not starts or not ends:
            return partial, "trailing_data", {}
        start, end = min(starts), max(ends)
        total = max(end - start, 0.0)
        recorded = 0.0 if self.records_end is None else max(self.records_end - start, 0.0)
        # A record every few seconds ("smart recording") may end a little before the
        # summary's end: within a minute or 3 % the records are whole.
        if recorded >= total - max(60.0, 0.03 * total):
            return partial, "trailing_data", {}
        distance = sum(_number(s.values.get("total_distance")) or 0.0 for s in self.sessions)
        coverage = {
            "seconds_recorded": round(recorded, 1),
            "metres_recorded": round(self.records_distance or 0.0, 1),
            "seconds_total": round(total, 1),
            "metres_total": round(distance, 1),
        }
        return partial, "records_partial", coverage

    # ---- turning what was collected into activities -------------------------------

    def _anchor(self, time: FloatArray | None) -> float | None:
        """Seconds to add to device-relative times (FIT SDK, date_time: values below
        0x10000000 count from the device's power-on): from a timestamp_correlation
        message, else the first relative record is taken to be the file's start (the
        session's or first lap's start, else the file's creation time)."""
        if self.correlation is not None:
            return self.correlation
        if time is None:
            return None
        relative = time[time < _RELATIVE_MAX]
        if relative.size == 0:
            return None
        candidates = [s.start for s in self.sessions] + [_lap_start(lap) for lap in self.laps]
        absolute = [c for c in candidates if c is not None and c >= _RELATIVE_MAX]
        if absolute:
            return min(absolute) - float(relative[0])
        if self.time_created is not None and self.time_created >= _RELATIVE_MAX:
            return self.time_created - float(relative[0])
        return None

    def _anchor_messages(self, offset: float) -> None:
        def fix(values: dict[str, object]) -> None:
            for key in ("timestamp", "start_time"):
                number = _number(values.get(key))
                if number is not None and number < _RELATIVE_MAX:
                    values[key] = number + offset

        for session in self.sessions:
            fix(session.values)
        for lap in self.laps:
            fix(lap)
        self.timer_events = [
            (moment + offset if moment < _RELATIVE_MAX else moment, is_start)
            for moment, is_start in self.timer_events
        ]

    def _span(self) -> tuple[float, float] | None:
        starts = [s.start for s in self.sessions if s.start is not None]
        ends = [end for s in self.sessions if (end := s.end) is not None]
        if not starts or not ends:
            return None
        return min(starts) - SPAN_SLACK_S, max(ends) + SPAN_SLACK_S

    def _plausible_columns(self, columns: ColumnSet, *, damaged: bool) -> ColumnSet:
        time = columns.column(TIME)
        if time is None or columns.length == 0:
            return columns
        offset = self._anchor(time)
        relative = time < _RELATIVE_MAX
        unanchored = relative if offset is None else np.zeros(columns.length, dtype=bool)
        if offset is None:
            self.dropped_without_time += int(relative.sum())
        else:
            time[relative] += offset
            self._anchor_messages(offset)
        plausible = plausible_records(
            time,
            columns.column(DISTANCE),
            columns.column(SPEED),
            span=self._span(),
            strict=damaged,
        )
        keep = plausible & ~unanchored
        self.dropped_implausible += int((~plausible & ~unanchored).sum())
        return columns if keep.all() else columns.keep(keep)

    def activities(self, sha256: str, *, damaged: bool) -> tuple[ParsedActivity, ...]:
        columns = self.columns if self.columns is not None else self.builder.finish()
        columns = self._plausible_columns(columns, damaged=damaged)
        length = columns.length
        if not self.sessions and length == 0:
            return ()
        time = columns.column(TIME)
        distance = columns.column(DISTANCE)
        if time is not None and length:
            self.records_end = float(time[-1]) if damaged else float(np.nanmax(time))
        if distance is not None and length:
            self.records_distance = distance_span(distance)
        for index in (LAT, LON):
            values = columns.column(index)
            if values is not None:
                values *= _SEMICIRCLES_TO_DEGREES  # in place: the column is ours
        backwards = (
            np.flatnonzero(np.diff(time) < 0) + 1 if time is not None and length > 1 else None
        )

        plans = self._plan_legs()
        leg_starts = [plan.start for plan in plans]
        bounds = _leg_bounds(time, leg_starts, length)
        last_time = float(np.nanmax(time)) if time is not None and length else -math.inf
        intervals = _timer_intervals(self.timer_events, last_time)
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
        if self.dropped_implausible:
            common.append(IngestWarning.IMPLAUSIBLE_RECORDS_DROPPED)
        if not self.sessions:
            common.append(IngestWarning.NO_DEVICE_SUMMARY)

        legs = len(plans)
        out: list[ParsedActivity] = []
        for index, (start, stop) in enumerate(bounds):
            plan = plans[index]
            leg_start = plan.start
            if time is not None and stop > start:
                # The records say when the leg began when they start before the
                # device's session start (or the session has none).
                first = float(np.nanmin(time[start:stop]))
                leg_start = first if leg_start is None else min(leg_start, first)
                time[start:stop] -= leg_start  # seconds since the leg's start, in place
            warnings = list(common)
            if backwards is not None and np.any((backwards > start) & (backwards < stop)):
                warnings.append(IngestWarning.TIME_NOT_MONOTONIC)
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
                    warnings=warnings,
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


def plausible_records(
    time: FloatArray,
    distance: FloatArray | None,
    speed: FloatArray | None,
    *,
    span: tuple[float, float] | None,
    strict: bool,
) -> npt.NDArray[np.bool_]:
    """Which records to keep (FIT seconds, absolute).

    Always: times inside the sessions' span (with ``SPAN_SLACK_S``), or near the
    file's middle when there is no session (or most records lie outside it).
    ``strict`` (the salvage of a damaged file) also drops speeds no athlete
    reaches, distance that jumps faster than that, and records that go back in time,
    so what is saved is one plausible stretch.
    """
    keep = None
    if span is not None:
        keep = (time >= span[0]) & (time <= span[1])
        if 2 * int(np.count_nonzero(keep)) < time.size:
            # Most records outside the session's span: the session's times are what
            # is wrong (a device clock set later), not the records'.
            keep = None
    if keep is None:
        middle = float(np.median(time)) if time.size else 0.0
        keep = np.abs(time - middle) <= ISOLATED_RECORD_S
    if not strict:
        return keep
    if speed is not None:
        keep &= ~(speed > MAX_PLAUSIBLE_SPEED)
    indices = np.flatnonzero(keep)
    if indices.size < 2:
        return keep
    # Walk the kept records once: each must be later than the last one kept and
    # reached from it at a plausible speed.
    times = time[indices].tolist()
    metres = distance[indices].tolist() if distance is not None else None
    last_time = times[0]
    last_metres = metres[0] if metres is not None else math.nan
    for position in range(1, len(times)):
        moment = times[position]
        here = metres[position] if metres is not None else math.nan
        step = moment - last_time
        jump = here - last_metres
        if step < 0 or (jump > MAX_PLAUSIBLE_SPEED * max(step, 1.0)):
            keep[indices[position]] = False
            continue
        last_time = moment
        if not isnan(here):
            last_metres = here
    return keep


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
