"""Small synthetic FIT activities for cases the real fixtures do not cover."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tests.unit.ingest.fitwriter import (
    ACTIVITY,
    EVENT,
    EVENT_ACTIVITY,
    EVENT_START,
    EVENT_STOP_ALL,
    EVENT_TIMER,
    FILE_ACTIVITY,
    FILE_ID,
    LAP,
    RECORD,
    SESSION,
    SPORT,
    SUB_SPORT,
    FitWriter,
)

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Leg:
    sport: str
    seconds: int
    speed: float  # m/s
    heart_rate: int = 140
    power: int | None = None
    sub_sport: str = "generic"


def file_id(writer: FitWriter, file_type: int = FILE_ACTIVITY) -> None:
    writer.message(FILE_ID, type=file_type, manufacturer=1, product=2697,
                   serial_number=1234, time_created=START)  # fmt: skip


def activity_fit(
    legs: list[Leg],
    *,
    with_sessions: bool = True,
    pause: tuple[int, int] | None = None,
    bad_crc: bool = False,
) -> bytes:
    """Records every second through the legs, one lap and one session per leg.

    ``pause`` = (after second, for seconds): the timer stops and no records are
    written meanwhile, as with auto-pause.
    """
    writer = FitWriter()
    file_id(writer)
    writer.message(EVENT, timestamp=START, event=EVENT_TIMER, event_type=EVENT_START)
    now = START
    distance = 0.0
    sessions: list[dict[str, object]] = []
    for index, leg in enumerate(legs):
        leg_start = now
        leg_distance = 0.0
        paused = 0
        for second in range(leg.seconds):
            if pause is not None and index == 0 and second == pause[0]:
                writer.message(EVENT, timestamp=now, event=EVENT_TIMER, event_type=EVENT_STOP_ALL)
                now += timedelta(seconds=pause[1])
                paused = pause[1]
                writer.message(EVENT, timestamp=now, event=EVENT_TIMER, event_type=EVENT_START)
            record: dict[str, float | int | datetime] = {
                "timestamp": now,
                "heart_rate": leg.heart_rate + second % 5,
                "distance": distance,
                "speed": leg.speed,
                "position_lat": 500_000_000 + int(distance * 100),
                "position_long": 100_000_000,
                "altitude": 100 + second % 3,
            }
            if leg.power is not None:
                record["power"] = leg.power
            writer.message(RECORD, **record)
            now += timedelta(seconds=1)
            distance += leg.speed
            leg_distance += leg.speed
        elapsed = (now - leg_start).total_seconds()
        lap = {
            "timestamp": now,
            "start_time": leg_start,
            "total_elapsed_time": elapsed,
            "total_timer_time": elapsed - paused,
            "total_distance": leg_distance,
            "avg_heart_rate": leg.heart_rate + 2,
            "sport": SPORT[leg.sport],
        }
        writer.message(LAP, **lap)
        session = {
            "timestamp": now,
            "start_time": leg_start,
            "sport": SPORT[leg.sport],
            "sub_sport": SUB_SPORT[leg.sub_sport],
            "total_elapsed_time": elapsed,
            "total_timer_time": elapsed - paused,
            "total_distance": leg_distance,
            "avg_heart_rate": leg.heart_rate + 2,
            "first_lap_index": index,
            "num_laps": 1,
        }
        sessions.append(session)
    writer.message(EVENT, timestamp=now, event=EVENT_TIMER, event_type=EVENT_STOP_ALL)
    if with_sessions:
        for session in sessions:
            writer.message(SESSION, **session)  # type: ignore[arg-type]
    writer.message(ACTIVITY, timestamp=now, total_timer_time=(now - START).total_seconds(),
                   num_sessions=len(sessions), type=0, event=EVENT_ACTIVITY,
                   event_type=1)  # fmt: skip
    return writer.to_bytes(bad_crc=bad_crc)
