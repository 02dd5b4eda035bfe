"""Daily wellness input for readiness, with its scales.

Subjective scales (one direction for all, after the Hooper index, Hooper & Mackinnon 1995,
Sports Med 20:321): integers 1–5 where **1 = best, 5 = worst** —
sleep_quality (1 very good … 5 very poor), fatigue (1 fresh … 5 exhausted), soreness (1 none
… 5 very sore), stress (1 relaxed … 5 very stressed), mood (1 very good … 5 very low),
motivation (1 very eager … 5 none). 3 is a normal day. Handlers map their buttons onto this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.coach.science.errors import InvalidValueError, require_range
from bot.coach.science.limits import HEART_RATE_MIN_BPM

SUBJECTIVE_BEST = 1
SUBJECTIVE_WORST = 5
SUBJECTIVE_FIELDS = ("sleep_quality", "fatigue", "soreness", "stress", "mood", "motivation")


@dataclass(frozen=True, slots=True)
class WellnessDay:
    """One morning's check-in and overnight measurements; None = not reported."""

    day: date
    rmssd_ms: float | None = None
    resting_hr_bpm: float | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    fatigue: int | None = None
    soreness: int | None = None
    stress: int | None = None
    mood: int | None = None
    motivation: int | None = None
    illness: bool | None = None
    injury: bool | None = None

    def __post_init__(self) -> None:
        # A plain number inside its range passes at once (every brief builds ~60 of these
        # days); anything else gets ``require_range``'s checks and its message.
        if self.rmssd_ms is not None and not _within(self.rmssd_ms, 1, 500):
            require_range("rMSSD", self.rmssd_ms, 1, 500, "ms")
        if self.resting_hr_bpm is not None and not _within(
            self.resting_hr_bpm, HEART_RATE_MIN_BPM, 120
        ):
            require_range("resting HR", self.resting_hr_bpm, HEART_RATE_MIN_BPM, 120, "bpm")
        if self.sleep_hours is not None and not _within(self.sleep_hours, 0, 24):
            require_range("sleep", self.sleep_hours, 0, 24, "hours")
        for name in SUBJECTIVE_FIELDS:
            value = getattr(self, name)
            if value is None or (
                value.__class__ is int and SUBJECTIVE_BEST <= value <= SUBJECTIVE_WORST
            ):
                continue  # the usual cases first
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidValueError(f"{name} must be a whole number 1–5, got {value!r}")
            if not SUBJECTIVE_BEST <= value <= SUBJECTIVE_WORST:
                raise InvalidValueError(f"{name} must be 1 (best) to 5 (worst), got {value}")


def _within(value: float, low: float, high: float) -> bool:
    """A float or int from ``low`` to ``high`` (NaN and infinities are not)."""
    return (value.__class__ is float or value.__class__ is int) and low <= value <= high
