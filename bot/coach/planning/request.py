"""What the planner is asked for: the athlete's profile and goal, as plain frozen data.

The planner never reads the database: a use-case builds a :class:`PlanRequest` from the
profile, the thresholds in effect and the goal, and hands it over. Every field the
generator relies on is validated here once, so the rest of the package can trust it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import IntEnum, StrEnum

from bot.coach.science.zones import ZoneSet
from bot.domain.profiles import Experience, Priority, Units  # one vocabulary with the profile


class Discipline(StrEnum):
    """The athlete's sport: which disciplines a plan trains."""

    RUN = "run"
    BIKE = "bike"
    SWIM = "swim"
    TRIATHLON = "triathlon"
    DUATHLON = "duathlon"


class RaceKind(StrEnum):
    RUN_5K = "5k"
    RUN_10K = "10k"
    HALF_MARATHON = "half_marathon"
    MARATHON = "marathon"
    ULTRA = "ultra"
    SPRINT = "sprint"
    OLYMPIC = "olympic"
    HALF_IRONMAN = "70.3"
    IRONMAN = "140.6"
    BIKE_EVENT = "bike_event"
    CUSTOM = "custom"
    GENERAL_FITNESS = "general_fitness"


class RecoveryCadence(IntEnum):
    """Loading weeks before each recovery week (3+1 or 2+1)."""

    THREE_ONE = 3
    TWO_ONE = 2


class InjuryFlag(StrEnum):
    """Structured injury flags; free-text notes are kept for people and the LLM."""

    RUN = "run"  # e.g. shin splints, Achilles: no run intensity
    BIKE = "bike"  # e.g. knee pain on the bike: no bike intensity
    SWIM = "swim"  # e.g. shoulder: no swim intensity
    NO_INTENSITY = "no_intensity"  # told by a clinician to keep everything easy


class PlanRequestError(ValueError):
    """A request the planner cannot honour; ``code`` and ``params`` feed the translated reply."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}" if params else code)
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class Goal:
    """A race (kind, date, priority, optional target time) or general fitness (no date).

    ``distance_m``/``duration_s`` describe a cycling event or a custom goal;
    ``discipline`` says which sport a custom goal is in (defaults to the athlete's).
    """

    kind: RaceKind
    date: date | None = None
    priority: Priority = Priority.A
    target_time_s: int | None = None
    distance_m: int | None = None
    duration_s: int | None = None
    discipline: Discipline | None = None

    @property
    def is_race(self) -> bool:
        return self.kind is not RaceKind.GENERAL_FITNESS


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Thresholds in effect today; any of them may be unknown."""

    ftp_w: int | None = None
    run_threshold_pace_s_per_km: float | None = None
    css_s_per_100m: float | None = None
    lthr: int | None = None
    hrmax: int | None = None
    resting_hr: int | None = None
    # The athlete's custom zones where there are any: targets are carried into them.
    zone_maps: tuple[ZoneMap, ...] = ()

    def zone_map(self, metric: str) -> ZoneMap | None:
        return next((m for m in self.zone_maps if m.effective.metric.value == metric), None)


@dataclass(frozen=True, slots=True)
class ZoneMap:
    """The zones the thresholds give and the effective ones (overrides applied), in the
    athlete's units, for one metric."""

    computed: ZoneSet
    effective: ZoneSet


@dataclass(frozen=True, slots=True)
class Equipment:
    power_meter: bool = False
    hr_strap: bool = False


@dataclass(frozen=True, slots=True)
class Injuries:
    notes: str = ""
    flags: frozenset[InjuryFlag] = frozenset()


@dataclass(frozen=True, slots=True)
class PlanRequest:
    """Everything the planner needs. Weekdays are ``date.weekday()`` numbers (Monday = 0).

    ``recovery_cadence=None`` lets the planner choose (2+1 from age 50, else 3+1).
    ``now`` is the athlete's local time of day when the plan is made (None: the start of
    ``today``); a plan made late in the day starts tomorrow (``planning.start``).
    """

    today: date
    discipline: Discipline
    experience: Experience
    age: int
    goal: Goal
    weekly_hours: float
    available_weekdays: frozenset[int]
    long_weekday: int = 6
    pool_weekdays: frozenset[int] = frozenset()
    equipment: Equipment = field(default_factory=Equipment)
    thresholds: Thresholds = field(default_factory=Thresholds)
    recent_ctl: float | None = None
    recent_weekly_hours: float | None = None
    injuries: Injuries = field(default_factory=Injuries)
    recovery_cadence: RecoveryCadence | None = None
    units: Units = Units.METRIC
    now: time | None = None

    def __post_init__(self) -> None:
        if not 0 < self.weekly_hours <= 40:
            raise PlanRequestError("weekly_hours_out_of_range", hours=self.weekly_hours)
        if not self.available_weekdays or not self.available_weekdays <= set(range(7)):
            raise PlanRequestError("no_available_days")
        if not self.pool_weekdays <= set(range(7)) or not 0 <= self.long_weekday <= 6:
            raise PlanRequestError("weekday_out_of_range")
        if not 10 <= self.age <= 100:
            raise PlanRequestError("age_out_of_range", age=self.age)
        goal = self.goal
        if goal.is_race:
            if goal.date is None:
                raise PlanRequestError("race_without_date")
            if goal.date < self.today:
                raise PlanRequestError("race_in_past", race_date=goal.date.isoformat())
        if goal.kind in (RaceKind.BIKE_EVENT, RaceKind.CUSTOM) and not (
            goal.distance_m or goal.duration_s or goal.target_time_s
        ):
            raise PlanRequestError("event_without_distance_or_duration")
        for name in ("recent_ctl", "recent_weekly_hours"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise PlanRequestError("negative_history", field=name)
