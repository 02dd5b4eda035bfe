"""A planned session as a FIT workout file, encoded by hand from the FIT protocol.

FIT SDK, "Flexible and Interoperable Data Transfer (FIT) Protocol" (Garmin):
- a 14-byte header: size, protocol version, profile version, data size, ".FIT", and
  the CRC of the first 12 bytes; then records; then the CRC of everything before it;
- records: a definition message (header bit 6 set) names a global message number and
  its fields (number, size, base type) for a local message type; data messages that
  follow carry the values in that order; we write little-endian (architecture 0);
- CRC-16 with the SDK's nibble table (FitCRC_Get16).
Workout files (file type 5) hold file_id, one workout message and workout_step
messages. Repeat blocks are a step with duration_type repeat_until_steps_cmplt whose
duration_value is the index of the block's first step and target_value the count.
Targets: power in watts + 1000 (or % FTP), heart rate in bpm + 100, speed in mm/s.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import UTC, datetime, time

from bot.coach.planning.model import (
    Repeat,
    Session,
    SessionSport,
    Step,
    StepKind,
    Target,
    TargetKind,
)
from bot.coach.planning.request import Thresholds
from bot.coach.planning.targets import carry_for
from bot.coach.science.units import PaceUnit

_CRC_TABLE = (
    0x0000,
    0xCC01,
    0xD801,
    0x1400,
    0xF001,
    0x3C00,
    0x2800,
    0xE401,
    0xA001,
    0x6C00,
    0x7800,
    0xB401,
    0x5000,
    0x9C01,
    0x8801,
    0x4400,
)
PROTOCOL_VERSION = 0x20  # 2.0
PROFILE_VERSION = 2132  # 21.32
FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)
FILE_WORKOUT = 5
MANUFACTURER_DEVELOPMENT = 255

# Base types (FIT SDK Profile.xlsx, "Types").
ENUM, UINT16, UINT32, STRING = 0x00, 0x84, 0x86, 0x07
_INVALID = {ENUM: 0xFF, UINT16: 0xFFFF, UINT32: 0xFFFFFFFF}
_FORMAT = {ENUM: "B", UINT16: "H", UINT32: "I"}

# Global message numbers and the enums we use.
MESG_FILE_ID, MESG_WORKOUT, MESG_WORKOUT_STEP = 0, 26, 27
DURATION_TIME, DURATION_DISTANCE, DURATION_REPEAT_STEPS = 0, 1, 6
TARGET_SPEED, TARGET_HEART_RATE, TARGET_OPEN, TARGET_POWER = 0, 1, 2, 4
INTENSITY = {
    StepKind.WORK: 0,
    StepKind.STEADY: 0,
    StepKind.RECOVER: 1,
    StepKind.WARMUP: 2,
    StepKind.COOLDOWN: 3,
}
SPORT = {
    SessionSport.RUN: (1, 0),
    SessionSport.BIKE: (2, 0),
    SessionSport.SWIM: (5, 17),
    SessionSport.STRENGTH: (10, 20),
    SessionSport.BRICK: (0, 0),
}
POWER_WATTS_OFFSET, HR_BPM_OFFSET = 1000, 100


def fit_crc(data: bytes, crc: int = 0) -> int:
    """CRC-16 of the FIT SDK (FitCRC_Get16), lower nibble then upper nibble."""
    for byte in data:
        tmp = _CRC_TABLE[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ _CRC_TABLE[byte & 0xF]
        tmp = _CRC_TABLE[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ _CRC_TABLE[(byte >> 4) & 0xF]
    return crc


@dataclass(frozen=True, slots=True)
class _Field:
    number: int
    base_type: int
    size: int = 0  # only strings need it; numbers take their base type's size


class _Message:
    """One local message type: its definition record and a packer for its data."""

    def __init__(self, local: int, global_number: int, fields: tuple[_Field, ...]) -> None:
        self.local = local
        self.fields = fields
        self.format = "<" + "".join(
            f"{f.size}s" if f.base_type == STRING else _FORMAT[f.base_type] for f in fields
        )
        self.definition = struct.pack(
            "<BBBHB", 0x40 | local, 0, 0, global_number, len(fields)
        ) + b"".join(
            struct.pack(
                "<BBB",
                f.number,
                f.size if f.base_type == STRING else struct.calcsize(_FORMAT[f.base_type]),
                f.base_type,
            )
            for f in fields
        )

    def data(self, *values: int | bytes | None) -> bytes:
        packed = [
            _INVALID[f.base_type] if v is None else v
            for f, v in zip(self.fields, values, strict=True)
        ]
        return struct.pack("<B", self.local) + struct.pack(self.format, *packed)


def _string(text: str, limit: int = 64) -> bytes:
    raw = text.encode("utf-8")[: limit - 1]
    return raw.decode("utf-8", "ignore").encode("utf-8") + b"\0"


def _custom_range(
    target: Target, sport: SessionSport, thresholds: Thresholds
) -> tuple[int, int | None, int | None]:
    """(target_type, custom low, custom high) for a step's target, carried into the
    athlete's custom zones where there are any, as every screen shows them (overrides
    win everywhere: ``targets.carry_for``)."""
    t, lo, hi = thresholds, target.low, target.high
    carry = carry_for(t, target.kind)
    if target.kind is TargetKind.POWER_FTP:
        if t.ftp_w:
            return (
                TARGET_POWER,
                round(carry(lo * t.ftp_w)) + POWER_WATTS_OFFSET,
                round(carry(hi * t.ftp_w)) + POWER_WATTS_OFFSET,
            )
        return TARGET_POWER, round(lo * 100), round(hi * 100)  # % FTP
    if target.kind is TargetKind.HR_LTHR and t.lthr:
        return (
            TARGET_HEART_RATE,
            round(carry(lo * t.lthr)) + HR_BPM_OFFSET,
            round(carry(hi * t.lthr)) + HR_BPM_OFFSET,
        )
    if target.kind is TargetKind.HR_RESERVE and t.hrmax and t.resting_hr:
        reserve = t.hrmax - t.resting_hr
        return (
            TARGET_HEART_RATE,
            round(carry(t.resting_hr + lo * reserve)) + HR_BPM_OFFSET,
            round(carry(t.resting_hr + hi * reserve)) + HR_BPM_OFFSET,
        )
    speed = None
    metric = None
    if target.kind is TargetKind.PACE_THRESHOLD and t.run_threshold_pace_s_per_km:
        speed, metric = 1000 / t.run_threshold_pace_s_per_km, "run_pace"
    if target.kind is TargetKind.SWIM_PACE_CSS and t.css_s_per_100m:
        speed, metric = 100 / t.css_s_per_100m, "swim_pace"
    if speed is None or metric is None:
        return TARGET_OPEN, None, None
    found = t.zone_map(metric)
    # Custom pace zones are in the athlete's unit (per km or mile, per 100 m or yd):
    # the speed becomes a pace in that unit, is carried, and becomes a speed again.
    per = PaceUnit(found.computed.unit).metres if found is not None else 1.0

    def mm_per_s(fraction: float) -> int:
        return round(per / carry(per / (fraction * speed)) * 1000)

    return TARGET_SPEED, mm_per_s(lo), mm_per_s(hi)


_STEP = _Message(
    2,
    MESG_WORKOUT_STEP,
    (
        _Field(254, UINT16),  # message_index
        _Field(1, ENUM),  # duration_type
        _Field(2, UINT32),  # duration_value
        _Field(3, ENUM),  # target_type
        _Field(4, UINT32),  # target_value
        _Field(5, UINT32),  # custom_target_value_low
        _Field(6, UINT32),  # custom_target_value_high
        _Field(7, ENUM),  # intensity
    ),
)
_FILE_ID = _Message(
    0,
    MESG_FILE_ID,
    (
        _Field(0, ENUM),  # type
        _Field(1, UINT16),  # manufacturer
        _Field(2, UINT16),  # product
        _Field(4, UINT32),  # time_created
    ),
)


def _step_record(index: int, step: Step, sport: SessionSport, thresholds: Thresholds) -> bytes:
    step_sport = step.sport or sport
    if step_sport is SessionSport.SWIM and step.kind is StepKind.RECOVER:
        target_type, low, high = TARGET_OPEN, None, None  # resting at the wall
    else:
        target_type, low, high = _custom_range(step.target, step_sport, thresholds)
    if step.distance_m is not None:
        duration_type, value = DURATION_DISTANCE, step.distance_m * 100  # centimetres
    else:
        duration_type, value = DURATION_TIME, step.duration_s * 1000  # milliseconds
    target_value = 0 if target_type != TARGET_OPEN else None  # 0 = custom range
    return _STEP.data(
        index, duration_type, value, target_type, target_value, low, high, INTENSITY[step.kind]
    )


def workout_to_fit(
    session: Session,
    thresholds: Thresholds,
    *,
    name: str | None = None,
    created: datetime | None = None,
) -> bytes:
    """The session's structured workout as FIT workout-file bytes, targets in absolute
    units for ``thresholds`` where they are known (open targets otherwise).

    ``created`` defaults to the session's date at midnight UTC, so output is stable."""
    records: list[bytes] = []
    for block in session.workout.blocks():
        if isinstance(block, Repeat):
            first = len(records)
            records += [
                _step_record(first + i, s, session.sport, thresholds)
                for i, s in enumerate(block.steps)
            ]
            records.append(
                _STEP.data(
                    len(records), DURATION_REPEAT_STEPS, first, None, block.count, None, None, None
                )
            )
        else:
            records.append(_step_record(len(records), block, session.sport, thresholds))
    sport, sub_sport = SPORT[session.sport]
    title = _string(name or f"{session.title} {session.date.isoformat()}")
    workout = _Message(
        1,
        MESG_WORKOUT,
        (
            _Field(4, ENUM),  # sport
            _Field(11, ENUM),  # sub_sport
            _Field(6, UINT16),  # num_valid_steps
            _Field(8, STRING, len(title)),  # wkt_name
            _Field(14, UINT16),  # pool_length, 0.01 m
        ),
    )
    pool = 2500 if session.sport is SessionSport.SWIM else None
    moment = created or datetime.combine(session.date, time(), UTC)
    body = b"".join(
        (
            _FILE_ID.definition,
            _FILE_ID.data(
                FILE_WORKOUT,
                MANUFACTURER_DEVELOPMENT,
                0,
                int((moment - FIT_EPOCH).total_seconds()),
            ),
            workout.definition,
            workout.data(sport, sub_sport, len(records), title, pool),
            _STEP.definition,
            *records,
        )
    )
    header = struct.pack("<BBHI4s", 14, PROTOCOL_VERSION, PROFILE_VERSION, len(body), b".FIT")
    header += struct.pack("<H", fit_crc(header))
    content = header + body
    return content + struct.pack("<H", fit_crc(content))
