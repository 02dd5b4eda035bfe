"""Daily wellness as stored: one row per athlete and local day.

Subjective fields use the science core's scales (``bot.coach.science.wellness``):
integers 1–5 where 1 = best and 5 = worst. Sleep is in hours, HRV is rMSSD in ms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class WellnessFields:
    rmssd_ms: float | None = None
    resting_hr_bpm: float | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    fatigue: int | None = None
    soreness: int | None = None
    stress: int | None = None
    mood: int | None = None
    motivation: int | None = None
    illness: bool = False
    injury: bool = False
    weight_kg: float | None = None

    @property
    def answered(self) -> int:
        """How many check-in answers are filled in (flags count when set)."""
        values = (
            self.rmssd_ms,
            self.resting_hr_bpm,
            self.sleep_hours,
            self.sleep_quality,
            self.fatigue,
            self.soreness,
            self.stress,
            self.mood,
            self.motivation,
        )
        return sum(value is not None for value in values) + self.illness + self.injury


@dataclass(frozen=True, slots=True)
class WellnessRecord:
    athlete_id: int
    day: date
    fields: WellnessFields
    source: str
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None
    # Where synced values came from, by field name ("intervals"); others are ``source``'s.
    field_sources: dict[str, str] = field(default_factory=dict)

    def source_of(self, name: str) -> str:
        return self.field_sources.get(name, self.source)
