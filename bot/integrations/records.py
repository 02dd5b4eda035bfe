"""What the services return, as plain records in SI units (seconds, metres, m/s, W, bpm).

The clients translate each service's JSON into these; the coach turns them into Tempo's
activities and wellness days (``bot/coach/ingest/remote.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class RemoteAthlete:
    external_id: str
    name: str | None = None


@dataclass(frozen=True, slots=True)
class RemoteActivity:
    external_id: str
    start_time: datetime  # UTC
    sport_type: str  # the service's own word: "Ride", "VirtualRide", "Run", "TrailRun"…
    name: str | None = None
    elapsed_s: float | None = None
    moving_s: float | None = None
    distance_m: float | None = None
    ascent_m: float | None = None
    avg_hr: float | None = None
    max_hr: float | None = None
    avg_power: float | None = None
    normalized_power: float | None = None
    avg_cadence: float | None = None
    calories: float | None = None
    device: str | None = None
    # The service's own load figure (intervals.icu's ``icu_training_load``): Tempo's
    # fallback when none of its methods applies (bot/coach/ingest/metrics.summary_load).
    service_load: float | None = None
    # The day the service files it under (intervals.icu's ``start_date_local``).
    local_day: date | None = None
    # intervals.icu lists activities it got from Strava without their data (Strava's
    # terms): such a stub is skipped, the athlete can connect Strava itself.
    stub: bool = False
    has_streams: bool = True


@dataclass(frozen=True, slots=True)
class RemoteStreams:
    """Per-sample channels by Tempo's names (``time`` in seconds from the start), as the
    service sent them: numbers, or null where a sample lacks the channel. Anything else
    in a channel makes that channel unusable (``bot/coach/ingest/remote.py``)."""

    channels: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return len(self.channels.get("time", ()))


@dataclass(frozen=True, slots=True)
class RemoteWellness:
    """One day; subjective answers on the service's own scale (intervals.icu: 1–4, 1 best)."""

    day: date
    rmssd_ms: float | None = None
    resting_hr_bpm: float | None = None
    sleep_s: float | None = None
    sleep_quality: int | None = None
    soreness: int | None = None
    fatigue: int | None = None
    stress: int | None = None
    mood: int | None = None
    motivation: int | None = None
    weight_kg: float | None = None


@dataclass(frozen=True, slots=True)
class SportSettings:
    """Thresholds the service holds for a group of its activity types."""

    types: tuple[str, ...]
    ftp_w: float | None = None
    lthr_bpm: float | None = None
    max_hr_bpm: float | None = None
    threshold_pace_mps: float | None = None  # run: m/s; swim: m/s (CSS)


@dataclass(frozen=True, slots=True)
class PlannedEvent:
    """A planned workout written to the service's calendar, keyed by our external id."""

    external_id: str
    day: date
    name: str
    sport_type: str
    description: str
    moving_s: float | None = None
    load: float | None = None
    file_name: str | None = None
    file_base64: str | None = None


@dataclass(frozen=True, slots=True)
class OAuthTokens:
    access_token: str
    refresh_token: str | None
    expires_at: datetime | None
    athlete: RemoteAthlete
    scopes: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"OAuthTokens(<hidden>, athlete={self.athlete.external_id})"
