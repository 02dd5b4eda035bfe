"""The athlete's profile, goal and threshold history as plain, immutable records.

Codes are shared with ``bot.coach.planning.request`` (race kinds, experience, units) so a
plan request is built from these records without translation tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from bot.domain.zone_overrides import ZoneOverrideEntry


class SportChoice(StrEnum):
    """What the athlete trains for; several may be chosen."""

    RUN = "run"
    BIKE = "bike"
    SWIM = "swim"
    TRIATHLON = "triathlon"
    DUATHLON = "duathlon"


class Experience(StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class Units(StrEnum):
    METRIC = "metric"
    IMPERIAL = "imperial"


class GoalKind(StrEnum):
    RACE = "race"
    GENERAL = "general"


class Priority(StrEnum):
    """Friel's race priorities: A peaks fully, B gets a short taper, C is trained through."""

    A = "A"
    B = "B"
    C = "C"


class ThresholdKind(StrEnum):
    """What a threshold measures; ``unit`` is how its value is stored."""

    FTP = "ftp"
    RUN_THRESHOLD_PACE = "run_threshold_pace"
    CSS = "css"
    HR_MAX = "hr_max"
    RESTING_HR = "resting_hr"
    LTHR = "lthr"

    @property
    def unit(self) -> str:
        return _THRESHOLD_UNITS[self]


_THRESHOLD_UNITS = {
    ThresholdKind.FTP: "W",
    ThresholdKind.RUN_THRESHOLD_PACE: "s/km",
    ThresholdKind.CSS: "s/100m",
    ThresholdKind.LTHR: "bpm",
    ThresholdKind.HR_MAX: "bpm",
    ThresholdKind.RESTING_HR: "bpm",
}


class ThresholdSource(StrEnum):
    MEASURED = "measured"  # the athlete's own number (device, lab, known)
    TEST = "test"  # from a field test we know the protocol of
    ESTIMATED = "estimated"  # a population formula, not the athlete's own number
    COACH = "coach"  # set by the athlete's human coach (the entry's method names them)


WEEKDAYS = tuple(range(7))  # date.weekday(): Monday = 0 … Sunday = 6


@dataclass(frozen=True, slots=True)
class ProfileFields:
    """Everything a profile holds besides its identity and timestamps."""

    sports: tuple[SportChoice, ...] = ()
    experience: Experience | None = None
    races_finished: int | None = None
    birth_year: int | None = None
    sex: Sex | None = None
    weight_kg: float | None = None
    weekly_hours: float | None = None
    available_weekdays: tuple[int, ...] = ()
    long_day: int | None = None
    pool_access: bool = False
    pool_weekdays: tuple[int, ...] = ()
    has_power_meter: bool = False
    has_hr_strap: bool = False
    has_smart_trainer: bool = False
    watch_brand: str | None = None
    injuries: str | None = None
    units: Units = Units.METRIC
    brief_time: time = time(6, 30)

    @property
    def runs(self) -> bool:
        return bool(
            {SportChoice.RUN, SportChoice.TRIATHLON, SportChoice.DUATHLON} & set(self.sports)
        )

    @property
    def bikes(self) -> bool:
        return bool(
            {SportChoice.BIKE, SportChoice.TRIATHLON, SportChoice.DUATHLON} & set(self.sports)
        )

    @property
    def swims(self) -> bool:
        return bool({SportChoice.SWIM, SportChoice.TRIATHLON} & set(self.sports))


@dataclass(frozen=True, slots=True)
class Profile:
    athlete_id: int
    fields: ProfileFields
    onboarding_completed_at: datetime | None
    created_at: datetime
    updated_at: datetime

    @property
    def completed(self) -> bool:
        return self.onboarding_completed_at is not None


@dataclass(frozen=True, slots=True)
class GoalFields:
    """A race (discipline, distance, date, priority, optional target) or general fitness.

    ``distance_code`` is one of the planner's race kinds (``5k`` … ``140.6``,
    ``bike_event``, ``custom``); ``distance_m``/``duration_s`` describe a cycling event or
    a custom race.
    """

    kind: GoalKind
    discipline: SportChoice | None = None
    distance_code: str | None = None
    distance_m: float | None = None
    duration_s: int | None = None
    custom_name: str | None = None
    race_date: date | None = None
    priority: Priority | None = None
    target_time_s: int | None = None


@dataclass(frozen=True, slots=True)
class Goal:
    id: int
    athlete_id: int
    fields: GoalFields
    created_at: datetime


@dataclass(frozen=True, slots=True)
class NewThreshold:
    kind: ThresholdKind
    value: float
    source: ThresholdSource
    effective_date: date
    method: str | None = None


@dataclass(frozen=True, slots=True)
class ThresholdEntry:
    """One value in a threshold's history; in force from ``effective_date`` until the
    next entry of the same kind takes effect."""

    id: int
    athlete_id: int
    kind: ThresholdKind
    value: float
    source: ThresholdSource
    effective_date: date
    method: str | None
    created_at: datetime


def thresholds_in_force(
    history: Iterable[ThresholdEntry], day: date
) -> dict[ThresholdKind, ThresholdEntry]:
    """Every kind's value in force on ``day``, from a history oldest first (by effective
    date, then by entry): the latest effective on or before it (ties to the later entry);
    before a kind's first date, its earliest known value, since nothing older is known
    (an upload from before onboarding gets a load). Kinds with no entry are absent."""
    in_force: dict[ThresholdKind, ThresholdEntry] = {}
    earliest: dict[ThresholdKind, ThresholdEntry] = {}
    for entry in history:
        first = earliest.setdefault(entry.kind, entry)
        if entry.effective_date <= day:
            in_force[entry.kind] = entry
        elif entry.effective_date == first.effective_date:
            earliest[entry.kind] = entry  # the later entry of the earliest date
    return {**earliest, **in_force}


@dataclass(frozen=True, slots=True)
class ProfileSnapshot:
    """What the coach knows about an athlete on one day: profile, goal, thresholds."""

    profile: Profile
    goal: Goal | None
    timezone: str
    language: str
    thresholds: dict[ThresholdKind, ThresholdEntry] = field(default_factory=dict)
    today: date | None = None
    # Custom zone bounds in force (zoneov): applied by ``coach.profile.zones.compute_zones``.
    zone_overrides: tuple[ZoneOverrideEntry, ...] = ()
