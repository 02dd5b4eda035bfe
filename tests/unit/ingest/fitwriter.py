"""A minimal FIT encoder for tests: builds files the fixtures do not cover.

Written from the FIT SDK's "FIT File Structure" (14-byte header with CRC,
definition and data records, little endian, 2-byte file CRC) and profile field
numbers. Only what the tests need: no developer fields, no compressed timestamps.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)

# FIT base types: (code, struct format)
ENUM = (0x00, "B")
UINT8 = (0x02, "B")
UINT16 = (0x84, "H")
SINT32 = (0x85, "i")
UINT32 = (0x86, "I")
UINT32Z = (0x8C, "I")

# global message number -> field name -> (field number, base type, scale, offset)
MESSAGES: dict[int, dict[str, tuple[int, tuple[int, str], float, float]]] = {
    0: {  # file_id
        "type": (0, ENUM, 1, 0),
        "manufacturer": (1, UINT16, 1, 0),
        "product": (2, UINT16, 1, 0),
        "serial_number": (3, UINT32Z, 1, 0),
        "time_created": (4, UINT32, 1, 0),
    },
    18: {  # session
        "timestamp": (253, UINT32, 1, 0),
        "start_time": (2, UINT32, 1, 0),
        "sport": (5, ENUM, 1, 0),
        "sub_sport": (6, ENUM, 1, 0),
        "total_elapsed_time": (7, UINT32, 1000, 0),
        "total_timer_time": (8, UINT32, 1000, 0),
        "total_distance": (9, UINT32, 100, 0),
        "avg_heart_rate": (16, UINT8, 1, 0),
        "max_heart_rate": (17, UINT8, 1, 0),
        "avg_power": (20, UINT16, 1, 0),
        "first_lap_index": (25, UINT16, 1, 0),
        "num_laps": (26, UINT16, 1, 0),
    },
    19: {  # lap
        "timestamp": (253, UINT32, 1, 0),
        "start_time": (2, UINT32, 1, 0),
        "total_elapsed_time": (7, UINT32, 1000, 0),
        "total_timer_time": (8, UINT32, 1000, 0),
        "total_distance": (9, UINT32, 100, 0),
        "avg_heart_rate": (15, UINT8, 1, 0),
        "avg_power": (19, UINT16, 1, 0),
        "sport": (25, ENUM, 1, 0),
    },
    20: {  # record
        "timestamp": (253, UINT32, 1, 0),
        "position_lat": (0, SINT32, 1, 0),
        "position_long": (1, SINT32, 1, 0),
        "altitude": (2, UINT16, 5, 500),
        "heart_rate": (3, UINT8, 1, 0),
        "cadence": (4, UINT8, 1, 0),
        "distance": (5, UINT32, 100, 0),
        "speed": (6, UINT16, 1000, 0),
        "power": (7, UINT16, 1, 0),
    },
    21: {  # event
        "timestamp": (253, UINT32, 1, 0),
        "event": (0, ENUM, 1, 0),
        "event_type": (1, ENUM, 1, 0),
    },
    162: {  # timestamp_correlation
        "timestamp": (253, UINT32, 1, 0),
        "system_timestamp": (1, UINT32, 1, 0),
    },
    34: {  # activity
        "timestamp": (253, UINT32, 1, 0),
        "total_timer_time": (0, UINT32, 1000, 0),
        "num_sessions": (1, UINT16, 1, 0),
        "type": (2, ENUM, 1, 0),
        "event": (3, ENUM, 1, 0),
        "event_type": (4, ENUM, 1, 0),
    },
}

FILE_ID, SESSION, LAP, RECORD, EVENT, ACTIVITY = 0, 18, 19, 20, 21, 34
TIMESTAMP_CORRELATION = 162
# Profile enum values used by the tests.
FILE_ACTIVITY, FILE_WORKOUT, FILE_SETTINGS = 4, 5, 2
SPORT = {"running": 1, "cycling": 2, "transition": 3, "swimming": 5, "generic": 0}
SUB_SPORT = {"generic": 0, "road": 7, "lap_swimming": 17, "open_water": 18}
EVENT_TIMER, EVENT_ACTIVITY = 0, 26
EVENT_START, EVENT_STOP, EVENT_STOP_ALL = 0, 1, 4

_CRC_TABLE = (
    0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
)  # fmt: skip


def fit_crc(data: bytes, crc: int = 0) -> int:
    """The FIT SDK's CRC-16 (nibble table)."""
    for byte in data:
        tmp = _CRC_TABLE[crc & 0xF]
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ _CRC_TABLE[byte & 0xF]
        tmp = _CRC_TABLE[crc & 0xF]
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ _CRC_TABLE[(byte >> 4) & 0xF]
    return crc


def fit_time(moment: datetime) -> int:
    return int((moment - FIT_EPOCH).total_seconds())


@dataclass
class FitWriter:
    body: bytearray = field(default_factory=bytearray)
    _locals: dict[tuple[int, tuple[str, ...]], int] = field(default_factory=dict)

    def message(self, global_num: int, **values: float | int | datetime) -> None:
        spec = MESSAGES[global_num]
        names = tuple(values)
        key = (global_num, names)
        local = self._locals.get(key)
        if local is None:
            local = len(self._locals) % 16
            # A redefined local number replaces the old definition (FIT allows it).
            self._locals = {k: v for k, v in self._locals.items() if v != local}
            self._locals[key] = local
            self.body += struct.pack("<BBBHB", 0x40 | local, 0, 0, global_num, len(names))
            for name in names:
                number, (base, fmt), _, _ = spec[name]
                self.body += struct.pack("<BBB", number, struct.calcsize(fmt), base)
        self.body += bytes([local])
        for name in names:
            _, (_, fmt), scale, offset = spec[name]
            value = values[name]
            if isinstance(value, datetime):
                value = fit_time(value)
            self.body += struct.pack("<" + fmt, round((value + offset) * scale))

    def to_bytes(self, *, bad_crc: bool = False) -> bytes:
        header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(self.body), b".FIT")
        header += struct.pack("<H", fit_crc(header))
        data = header + bytes(self.body)
        crc = fit_crc(data) ^ (0x5A5A if bad_crc else 0)
        return data + struct.pack("<H", crc)
