"""Custom zone bounds an athlete or their coach set, as plain records.

Bounds are stored in canonical units whatever the athlete's units: bpm (heart rate), W
(power), seconds per km (run pace) and seconds per 100 m (swim pace). ``None`` keeps the
computed bound (the open end of the hardest zone, or a side nobody changed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ZoneSetter(StrEnum):
    ATHLETE = "athlete"
    COACH = "coach"


@dataclass(frozen=True, slots=True)
class ZoneOverrideEntry:
    """One zone's override in force (``cleared_at`` is None) or from the history."""

    metric: str  # a ZoneMetric value: heart_rate, power, run_pace, swim_pace
    number: int
    lower: float | None
    upper: float | None
    set_by: ZoneSetter
    setter_id: int | None
    setter_name: str
    set_at: datetime
    cleared_at: datetime | None = None
