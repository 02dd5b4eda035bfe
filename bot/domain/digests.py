"""The human coach's pushes: the morning digest and the Sunday squad summary, as plain
records shared by the storage, coach and jobs layers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

# The morning digest's default local time: before most athletes' sessions, after most
# morning check-ins (the athletes' briefs default to 06:30–07:00).
DEFAULT_DIGEST_TIME = time(7, 30)


@dataclass(frozen=True, slots=True)
class DigestPreferences:
    """What a coach chose; a coach who never chose has the defaults (both on)."""

    athlete_id: int
    enabled: bool = True
    at: time = DEFAULT_DIGEST_TIME
    weekly_enabled: bool = True


@dataclass(frozen=True, slots=True)
class CoachScheduleEntry:
    """A coach as the tick sees them: reachable, active, owning at least one squad."""

    coach_id: int
    chat_id: int
    timezone: str
    preferences: DigestPreferences
    since: datetime  # nothing is due before the coach's first squad was created
