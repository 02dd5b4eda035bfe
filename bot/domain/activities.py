"""Activities as the rest of the code sees them: plain, immutable records.

An activity is what was actually done: from a file (one per leg of a multisport file)
or logged by hand. Units are SI (seconds, metres, m/s, W, bpm); ``local_date`` is the
athlete's calendar day of the start, the day its load counts on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class ActivitySource(StrEnum):
    FILE = "file"
    MANUAL = "manual"
    INTERVALS = "intervals"  # synced from intervals.icu
    STRAVA = "strava"  # synced from Strava: its owner's eyes only (bot/domain/visibility.py)


# Strava's API agreement lets a user's Strava data be shown to that user alone and keeps
# it out of AI models (https://www.strava.com/legal/api): never to a coach, a group, an
# export for someone else, or the AI coach's context.
OWNER_ONLY_SOURCES = frozenset({ActivitySource.STRAVA})


class MatchKind(StrEnum):
    """How an activity got (or lost) its planned session."""

    AUTO = "auto"  # the matching rules chose it
    MANUAL = "manual"  # the athlete picked it
    UNMATCHED = "unmatched"  # the athlete said it fulfils no session: never auto-match


@dataclass(frozen=True, slots=True)
class ZoneSeconds:
    """Time in one zone."""

    number: int
    label: str
    seconds: float


@dataclass(frozen=True, slots=True)
class ZoneTimes:
    """Time in the zones of one metric (``metric`` is science's ZoneMetric value)."""

    metric: str
    model: str
    zones: tuple[ZoneSeconds, ...]


@dataclass(frozen=True, slots=True)
class LapRecord:
    start: datetime | None
    elapsed_s: float | None
    timer_s: float | None
    distance_m: float | None
    avg_hr: float | None
    avg_power: float | None
    max_hr: float | None = None


@dataclass(frozen=True, slots=True)
class ActivityLoad:
    """Load in TSS points and the method that produced it (science's LoadMethod value)."""

    value: float
    method: str
    intensity_factor: float | None = None
    assumptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActivityFields:
    """Everything an activity holds besides its identity, links and timestamps."""

    source: ActivitySource
    sport: str
    sub_sport: str
    local_date: date
    start_time: datetime | None = None
    timezone: str = "UTC"
    raw_sport: str | None = None
    name: str | None = None
    elapsed_s: float | None = None
    moving_s: float | None = None
    distance_m: float | None = None
    ascent_m: float | None = None
    descent_m: float | None = None
    avg_hr: float | None = None
    max_hr: float | None = None
    avg_power: float | None = None
    max_power: float | None = None
    normalized_power: float | None = None
    avg_speed: float | None = None
    avg_cadence: float | None = None
    calories: float | None = None
    load: ActivityLoad | None = None
    zones: tuple[ZoneTimes, ...] = ()
    laps: tuple[LapRecord, ...] = ()
    device_summary: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    rpe: int | None = None
    note: str | None = None
    sha256: str | None = None  # of the activity file's own bytes (decompressed)
    file_index: int = 0
    multisport_group: str | None = None
    leg_index: int = 0
    leg_count: int = 1
    # True for a track without timestamps the athlete gave no duration for: no
    # time-based metrics, and the day's load comes only from an RPE × duration.
    untimed: bool = False
    external_id: str | None = None  # the service's id (intervals.icu, Strava)
    device: str | None = None  # the recording device, when the source names it


@dataclass(frozen=True, slots=True)
class Activity:
    id: int
    athlete_id: int
    fields: ActivityFields
    file_id: int | None
    planned_session_id: int | None
    match_kind: MatchKind | None
    created_at: datetime
    updated_at: datetime

    @property
    def sport(self) -> str:
        return self.fields.sport

    @property
    def local_date(self) -> date:
        return self.fields.local_date

    @property
    def duration_s(self) -> float | None:
        """Moving time, or elapsed time when the moving time is unknown."""
        return self.fields.moving_s if self.fields.moving_s is not None else self.fields.elapsed_s

    @property
    def load_value(self) -> float | None:
        return self.fields.load.value if self.fields.load else None


@dataclass(frozen=True, slots=True)
class StoredFile:
    """An original upload kept for re-analysis and export (bytes in chunks)."""

    id: int
    athlete_id: int
    sha256: str
    file_name: str
    container: str
    size_bytes: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CandidateSession:
    """A planned session as matching sees it (from the athlete's active plan)."""

    id: int
    day: date
    order: int
    sport: str
    session_type: str
    title: str
    duration_s: float
    distance_m: float | None
    load: float | None
    status: str
    matched_activity_id: int | None
