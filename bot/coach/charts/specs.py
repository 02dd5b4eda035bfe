"""What a chart is drawn from: plain, frozen, hashable records (no database, no Telegram).

A spec holds every number and every word the picture shows, already in the athlete's
language and units, so the same spec always gives the same picture and its hash is the
cache key (``render.spec_key``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ChartKind(StrEnum):
    FITNESS = "fitness"
    WEEK = "week"
    READINESS = "readiness"
    ACTIVITY = "activity"


class DayColor(StrEnum):
    """A day's or a session's colour: readiness verdicts and TrainingPeaks compliance."""

    GREEN = "green"
    YELLOW = "yellow"  # amber readiness, yellow compliance
    RED = "red"
    GREY = "grey"  # not yet / no verdict
    BLUE = "blue"  # done without a plan


@dataclass(frozen=True, slots=True)
class Words:
    """The chart's words, already translated: ``(key, text)`` pairs, so the spec stays
    hashable. ``locale`` formats the dates on the axes (babel)."""

    locale: str
    pairs: tuple[tuple[str, str], ...]

    def __getitem__(self, key: str) -> str:
        for name, text in self.pairs:
            if name == key:
                return text
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class FitnessDay:
    day: date
    load: float
    ctl: float
    atl: float
    tsb: float


@dataclass(frozen=True, slots=True)
class FitnessChart:
    """Fitness (CTL), fatigue (ATL) and daily load above; form (TSB) in its bands below.
    ``planned``: the days after today folded from the plan's loads (drawn dashed)."""

    words: Words
    days: tuple[FitnessDay, ...]
    planned: tuple[FitnessDay, ...] = ()
    race_day: date | None = None
    kind: ChartKind = ChartKind.FITNESS


@dataclass(frozen=True, slots=True)
class SportBar:
    """One sport on one day: planned and done minutes; ``color`` is the compliance."""

    sport: str  # the sport's short name in the athlete's language
    planned_min: float
    done_min: float
    color: DayColor


@dataclass(frozen=True, slots=True)
class WeekDay:
    day: date
    label: str  # "Mon 3"
    sports: tuple[SportBar, ...]
    future: bool = False


@dataclass(frozen=True, slots=True)
class WeekChart:
    words: Words
    days: tuple[WeekDay, ...]
    kind: ChartKind = ChartKind.WEEK


@dataclass(frozen=True, slots=True)
class ReadinessDay:
    """One day: the HRV 7-day mean (ms) against the normal band (ms), the morning's rMSSD,
    resting HR against its baseline, and the verdict's colour."""

    day: date
    rmssd_ms: float | None = None
    hrv_mean_ms: float | None = None
    band_low_ms: float | None = None
    band_high_ms: float | None = None
    resting_hr: float | None = None
    resting_hr_baseline: float | None = None
    color: DayColor = DayColor.GREY


@dataclass(frozen=True, slots=True)
class ReadinessChart:
    words: Words
    days: tuple[ReadinessDay, ...]
    kind: ChartKind = ChartKind.READINESS


@dataclass(frozen=True, slots=True)
class ZoneBand:
    """A zone as a horizontal band, in the panel's unit (watts, bpm, or pace seconds)."""

    label: str
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class ActivityPanel:
    """One channel over time: ``values`` per ``step_s`` seconds (None: no data), its
    zones, and for paces ``inverted`` (faster up)."""

    title: str
    unit: str
    values: tuple[float | None, ...]
    zones: tuple[ZoneBand, ...] = ()
    inverted: bool = False
    is_pace: bool = False


@dataclass(frozen=True, slots=True)
class ActivityChart:
    words: Words
    step_s: float
    panels: tuple[ActivityPanel, ...]
    laps_s: tuple[float, ...] = ()  # where each lap after the first starts, in seconds
    kind: ChartKind = ChartKind.ACTIVITY


ChartSpec = FitnessChart | WeekChart | ReadinessChart | ActivityChart
