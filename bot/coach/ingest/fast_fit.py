"""The compiled FIT decoder's fast path (fitfast, on the rustyfit crate).

fitdecode is pure Python: a 3-hour ride's 10,686 records take about a second. fitfast
decodes the same file in a few tens of milliseconds. It is strict: it refuses a file
whose CRC does not match, a damaged or truncated file, and anything it cannot decode
fully. Every file it refuses (and every file this module does not hand it: chained
files, files with bytes after their CRC, files a .gz or zip could not unpack) goes
through fitdecode exactly as before, with its salvage of damaged files and its
``crc_mismatch`` warning. See docs/decisions/0005-fast-fit-decoder.md.

The result is the same intermediate the fitdecode path builds — record columns and
the non-record messages as name -> value dicts with times in FIT seconds — so
everything after decoding is shared, and a test checks that both paths give
identical activities on every fixture.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO

from fitdecode import profile

from bot.coach.ingest.source import (
    Payload,
    SourceCorruptError,
    SourceTruncatedError,
    replay,
)
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

FIT_EPOCH_UNIX = 631065600  # 1989-12-31T00:00:00Z: fitfast gives Unix seconds
_CHUNK = 64 * 1024  # as fitdecode reads through the unpacking stream (its buffer)

# The messages the parser reads besides records, by FIT global number.
MESSAGE_NUMBERS = {
    "file_id": 0,
    "sport": 12,
    "session": 18,
    "lap": 19,
    "event": 21,
    "device_info": 23,
    "timestamp_correlation": 162,
}
# date_time fields among those messages' fields that the parser reads.
_DATE_TIME_FIELDS = ("timestamp", "start_time", "time_created", "system_timestamp")
# Record fields that set their column outright, and those used only when the
# primary field is missing. fitdecode's path lets "enhanced_speed" win over "speed";
# here the plain field wins, because rustyfit's component expansion of speed into
# enhanced_speed loses a unit in the last place (8.049 m/s becomes 8.048 on 79 of
# the Edge 500's records). Expanded or not, the two are the same measurement: a
# record holds one of them natively.
_PRIMARY = (
    ("position_lat", LAT),
    ("position_long", LON),
    ("heart_rate", HEART_RATE),
    ("cadence", CADENCE),
    ("distance", DISTANCE),
    ("power", POWER),
    ("speed", SPEED),
    ("altitude", ALTITUDE),
)
_FALLBACK = (("enhanced_speed", SPEED), ("enhanced_altitude", ALTITUDE))
_RECORD_FIELD_NAMES = frozenset(
    {"timestamp"} | {name for name, _ in _PRIMARY} | {name for name, _ in _FALLBACK}
)

_PRODUCT = profile.MESSAGE_TYPES[0].fields[2]  # file_id.product and its sub-fields
_MANUFACTURER_CODES = {
    name: code for code, name in profile.FIELD_TYPES["manufacturer"].enum.items()
}


@dataclass(frozen=True, slots=True, eq=False)
class Decoded:
    """Record columns (FIT seconds, semicircles) and the other messages in file order."""

    columns: ColumnSet
    messages: list[tuple[int, dict[str, object]]]
    dropped_without_time: int


@dataclass(frozen=True, slots=True, eq=False)
class Refused:
    """fitfast did not take the file: fitdecode reads it from ``stream`` (the
    payload's own, rewound, or a replay of the bytes already unpacked)."""

    stream: BinaryIO


def decode(payload: Payload) -> Decoded | Refused:
    """The whole file decoded by fitfast, or where fitdecode should read it instead.

    Only a single, exactly sized FIT unit is tried. A seekable stream is read and
    rewound; an unpacking one (a .fit.gz, a zip member) is read into memory (its
    unpacked-size budget bounds it), and a refusal hands fitdecode a replay of those
    bytes that ends with the unpacking error, if there was one, where it happened.
    """
    stream = payload.stream
    if not _single_unit(payload.head):
        return Refused(stream)
    try:
        import fitfast  # noqa: PLC0415 - optional: without it every file takes fitdecode
    except ImportError:
        return Refused(stream)
    data, refused = _read_all(stream)
    if refused is not None or not _single_unit(data, exact=True):
        return refused or _rewound(stream, data)
    try:
        parsed = fitfast.parse(data, enum_names=True)
    except BaseException as exc:
        # fitfast raises FitDecodeError (a ValueError) on a file it refuses, and a
        # Rust panic surfaces as pyo3's PanicException, a BaseException (a mutated
        # file can divide by zero inside rustyfit): both mean "use fitdecode".
        if not isinstance(exc, ValueError | OverflowError) and not _is_panic(exc):
            raise
        return _rewound(stream, data)
    if _developer_names(parsed.get("field_description", ())) & _RECORD_FIELD_NAMES:
        # A developer field named like a profile field would shadow it in fitfast's
        # dicts (fitdecode tells them apart): let fitdecode read this one.
        return _rewound(stream, data)
    columns, dropped = _columns(parsed.get("record", ()))
    return Decoded(columns, list(_messages(parsed)), dropped)


def _seekable(stream: BinaryIO) -> bool:
    try:
        return bool(stream.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _read_all(stream: BinaryIO) -> tuple[bytes, Refused | None]:
    """Everything left in ``stream``; for an unpacking stream that fails part-way,
    a replay of the good bytes and the failure, for fitdecode to meet in order."""
    if _seekable(stream):
        start = stream.tell()
        data = stream.read()
        stream.seek(start)
        return data, None
    pieces: list[bytes] = []
    # read1: one unpacking read per call, so the good bytes before a failure are
    # handed out before it (read(n) would drop a partly filled chunk with the error).
    read = getattr(stream, "read1", stream.read)
    try:
        while piece := read(_CHUNK):
            pieces.append(piece)
    except (SourceCorruptError, SourceTruncatedError) as failure:
        return b"", Refused(replay(b"".join(pieces), failure))
    return b"".join(pieces), None


def _rewound(stream: BinaryIO, data: bytes) -> Refused:
    return Refused(stream if _seekable(stream) else replay(data, None))


def _is_panic(exc: BaseException) -> bool:
    return type(exc).__name__ == "PanicException"


def _single_unit(data: bytes, *, exact: bool = False) -> bool:
    """A FIT header whose data size plus header and CRC is the whole file."""
    if len(data) < 12 or data[8:12] != b".FIT":
        return False
    header_size = data[0]
    if header_size not in (12, 14):
        return False
    (data_size,) = struct.unpack_from("<I", data, 4)
    return not exact or len(data) == header_size + data_size + 2


def _developer_names(descriptions: Iterable[dict[Any, Any]]) -> set[str]:
    return {str(d.get("field_name")) for d in descriptions if d.get("field_name") is not None}


def _columns(records: Iterable[dict[Any, Any]]) -> tuple[ColumnSet, int]:
    builder = StreamBuilder()
    dropped = 0
    nan = math.nan
    for record in records:
        timestamp = record.get("timestamp")
        if not (timestamp.__class__ is int or timestamp.__class__ is float):
            dropped += 1
            continue
        row = [nan, nan, nan, nan, nan, nan, nan, nan, nan]
        row[TIME] = timestamp - FIT_EPOCH_UNIX
        for name, column in _PRIMARY:
            value = record.get(name)
            if value.__class__ is int or value.__class__ is float:
                row[column] = value
        for name, column in _FALLBACK:
            if row[column] != row[column]:  # NaN: the primary field was missing
                value = record.get(name)
                if value.__class__ is int or value.__class__ is float:
                    row[column] = value
        builder.append(row)
    return builder.finish(), dropped


def _messages(parsed: dict[str, list[dict[Any, Any]]]) -> Iterable[tuple[int, dict[str, object]]]:
    """The messages the parser reads, in the order fitdecode would give them.

    fitfast groups messages by kind; the parser only depends on the order within a
    kind (sessions, laps, events are sorted by time where it matters), except that
    file_id must come first.
    """
    for name, number in MESSAGE_NUMBERS.items():
        for message in parsed.get(name, ()):
            values: dict[str, object] = {k: v for k, v in message.items() if isinstance(k, str)}
            for key in _DATE_TIME_FIELDS:
                value = values.get(key)
                if value.__class__ is int or value.__class__ is float:
                    values[key] = value - FIT_EPOCH_UNIX
            if number == 0:
                _resolve_product(values)
            yield number, values


def _resolve_product(values: dict[str, object]) -> None:
    """fitfast leaves dynamic sub-fields unresolved; name file_id.product as
    fitdecode does (``garmin_product`` = "edge500" for a Garmin, by the profile)."""
    product = values.get("product")
    manufacturer = values.get("manufacturer")
    code = _MANUFACTURER_CODES.get(manufacturer) if isinstance(manufacturer, str) else None
    if code is None and isinstance(manufacturer, int):
        code = manufacturer
    if not isinstance(product, int) or code is None:
        return
    for subfield in _PRODUCT.subfields:
        refs = subfield.ref_fields
        if any(ref.name == "manufacturer" and ref.raw_value == code for ref in refs):
            enum = getattr(subfield.type, "enum", None)
            values[subfield.name] = enum.get(product, product) if enum else product
            return
