"""The real activity files, and what their devices say, for the ingest tests.

The device's own values are read here with bare fitdecode (the session message) and
from the ``*-records.csv`` listings, independently of the code under test.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import fitdecode

from bot.coach.ingest import ParsedUpload, parse_upload

ACTIVITIES = Path(__file__).resolve().parents[4] / "shared" / "fixtures" / "activities"
SEMICIRCLES = 180.0 / 2**31


def fixture_path(name: str) -> Path:
    return ACTIVITIES / name


def fixture_bytes(name: str) -> bytes:
    return fixture_path(name).read_bytes()


@cache
def parsed_fixture(name: str) -> ParsedUpload:
    """Parse once per run: results are immutable (frozen, read-only arrays)."""
    return parse_upload(name, fixture_bytes(name))


@cache
def device_session(name: str) -> dict[str, object]:
    """The FIT session message as the device wrote it, read with bare fitdecode."""
    with fitdecode.FitReader(str(fixture_path(name))) as reader:
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "session":
                return {f.name: f.value for f in frame.fields if f.value is not None}
    raise AssertionError(f"{name} has no session message")


@dataclass(frozen=True)
class CsvRecord:
    time: datetime
    heart_rate: float | None
    cadence: float | None
    speed: float | None
    distance: float | None
    lat: float | None
    lon: float | None
    altitude: float | None


# The CSV listings print local Pacific time with its abbreviation.
_ZONES = {"PDT": timedelta(hours=-7), "PST": timedelta(hours=-8)}


def _csv_time(text: str) -> datetime:
    weekday, month, day, clock, zone, year = text.split()
    del weekday
    local = datetime.strptime(f"{month} {day} {year} {clock}", "%b %d %Y %H:%M:%S")  # noqa: DTZ007
    return (local - _ZONES[zone]).replace(tzinfo=UTC)


def _float(text: str) -> float | None:
    return float(text) if text else None


@cache
def csv_records(name: str) -> tuple[CsvRecord, ...]:
    with fixture_path(name).open(newline="") as handle:
        return tuple(
            CsvRecord(
                time=_csv_time(row["timestamp"]),
                heart_rate=_float(row["heart_rate"]),
                cadence=_float(row["cadence"]),
                speed=_float(row["speed"]),
                distance=_float(row["distance"]),
                lat=None if not row["position_lat"] else int(row["position_lat"]) * SEMICIRCLES,
                lon=None if not row["position_long"] else int(row["position_long"]) * SEMICIRCLES,
                altitude=_float(row["altitude"]),
            )
            for row in csv.DictReader(handle)
        )


def message_offsets(name: str, message: str) -> list[int]:
    """Byte offsets where ``message`` data records start in a FIT fixture."""
    offsets = []
    with fitdecode.FitReader(str(fixture_path(name)), keep_raw_chunks=True) as reader:
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage) and frame.name == message:
                offsets.append(frame.chunk.offset)
    return offsets
