"""The plan as frozen data: Plan -> Week -> Session -> Workout -> Step/Repeat -> Target.

Everything a person reads (titles, objectives, notes, warnings) is a catalogue code plus
parameters; the words live in the translation catalogues, not here. Totals of a week are
derived from its sessions so they can never disagree with them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum, StrEnum

from bot.coach.planning.request import Discipline, Goal

ParamValue = str | int | float


class Phase(StrEnum):
    # Friel, The Triathlete's Training Bible (4th ed., 2016), ch. 7: the periods of a season.
    BASE = "base"
    BUILD = "build"
    PEAK = "peak"
    TAPER = "taper"
    RACE = "race"
    RECOVERY = "recovery"


class SessionSport(StrEnum):
    SWIM = "swim"
    BIKE = "bike"
    RUN = "run"
    STRENGTH = "strength"
    BRICK = "brick"


class SessionType(StrEnum):
    ENDURANCE = "endurance"
    TEMPO = "tempo"
    THRESHOLD = "threshold"
    INTERVALS = "intervals"
    RECOVERY = "recovery"
    LONG = "long"
    RACE = "race"


# Sessions of these types are hard by intensity and must offer an easier alternative.
HARD_TYPES = frozenset({SessionType.TEMPO, SessionType.THRESHOLD, SessionType.INTERVALS})
# A hard day holds a hard-intensity session or a race. The hard-easy principle (Bowerman;
# Friel, Training Bible ch. 9) forbids two such days in a row. Long sessions are easy by
# intensity, so a long ride the day after intervals is allowed (the "big weekend").
HARD_DAY_TYPES = HARD_TYPES | {SessionType.RACE}


class StepKind(StrEnum):
    WARMUP = "warmup"
    WORK = "work"  # the repeated or sustained effort that is the point of the session
    STEADY = "steady"  # continuous aerobic riding/running/swimming
    RECOVER = "recover"  # easy or still between repetitions
    COOLDOWN = "cooldown"


class Effort(IntEnum):
    """Prescribed intensity, independent of the athlete's thresholds (ordered)."""

    RECOVERY = 1
    ENDURANCE = 2
    TEMPO = 3
    SWEET_SPOT = 4
    THRESHOLD = 5
    VO2MAX = 6
    ANAEROBIC = 7


# Seiler's three-zone model puts the line between "easy" and "hard" at the first
# ventilatory threshold; tempo is above it, so the 80/20 count starts at tempo.
# Seiler S. (2010) Int J Sports Physiol Perform 5:276-291.
HARD_EFFORT = Effort.TEMPO


class TargetKind(StrEnum):
    POWER_FTP = "power_ftp"  # fraction of FTP
    PACE_THRESHOLD = "pace_threshold"  # fraction of run threshold speed
    SWIM_PACE_CSS = "swim_pace_css"  # fraction of critical swim speed
    HR_LTHR = "hr_lthr"  # fraction of lactate-threshold heart rate
    HR_RESERVE = "hr_reserve"  # fraction of heart-rate reserve (Karvonen)
    RPE = "rpe"  # Borg CR-10 rating, with a talk-test cue


class TalkTest(StrEnum):
    """Foster et al. (2001) talk test cues for athletes with no threshold."""

    FULL_CONVERSATION = "full_conversation"
    SENTENCES = "sentences"
    SHORT_PHRASES = "short_phrases"
    FEW_WORDS = "few_words"
    NO_TALKING = "no_talking"


@dataclass(frozen=True, slots=True)
class Target:
    """An intensity range in the units of ``kind`` (fractions, or CR-10 for RPE)."""

    kind: TargetKind
    low: float
    high: float
    talk: TalkTest | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """One step. ``duration_s`` is always set (an estimate for distance steps, used for
    load and time); ``distance_m`` makes the step distance-based when present.
    ``sport`` is set only inside bricks and races that change sport."""

    kind: StepKind
    effort: Effort
    target: Target
    duration_s: int
    distance_m: int | None = None
    sport: SessionSport | None = None
    progressive: bool = False  # ramps from target.low to target.high


@dataclass(frozen=True, slots=True)
class Repeat:
    count: int
    steps: tuple[Step, ...]

    @property
    def duration_s(self) -> int:
        return self.count * sum(step.duration_s for step in self.steps)


Block = Step | Repeat


@dataclass(frozen=True, slots=True)
class Workout:
    warmup: tuple[Step, ...]
    main: tuple[Block, ...]
    cooldown: tuple[Step, ...]

    def blocks(self) -> tuple[Block, ...]:
        return self.warmup + self.main + self.cooldown

    def flat_steps(self) -> Iterator[Step]:
        """Every step in execution order, repeats unrolled."""
        for block in self.blocks():
            if isinstance(block, Repeat):
                for _ in range(block.count):
                    yield from block.steps
            else:
                yield block

    @property
    def duration_s(self) -> int:
        return sum(block.duration_s for block in self.blocks())

    @property
    def hard_s(self) -> int:
        """Seconds prescribed at tempo or above (the "20" of 80/20)."""
        total = 0
        for block in self.blocks():
            if isinstance(block, Repeat):
                total += block.count * sum(
                    s.duration_s for s in block.steps if s.effort >= HARD_EFFORT
                )
            elif block.effort >= HARD_EFFORT:
                total += block.duration_s
        return total


@dataclass(frozen=True, slots=True)
class Session:
    """A planned session. ``title`` and ``objective`` are catalogue codes.

    ``load`` is in TSS-like units (hours x IF^2 x 100; IF^3 for swims), ``distance_m`` is
    set where it applies (swims, and runs when a threshold pace makes it estimable).
    """

    id: str
    date: date
    order: int
    sport: SessionSport
    type: SessionType
    title: str
    objective: str
    workout: Workout
    duration_s: int
    distance_m: int | None
    load: float
    alternative: Session | None = None

    @property
    def makes_hard_day(self) -> bool:
        return self.type in HARD_DAY_TYPES

    @property
    def is_hard(self) -> bool:
        return self.type in HARD_TYPES

    def seconds_by_sport(self) -> dict[SessionSport, int]:
        """Seconds of each sport in the session (a brick's ride and run counted apart)."""
        seconds: dict[SessionSport, int] = {}
        for step in self.workout.flat_steps():
            sport = step.sport or self.sport
            seconds[sport] = seconds.get(sport, 0) + step.duration_s
        return seconds

    @property
    def sports(self) -> frozenset[SessionSport]:
        """The sports a session uses (a brick is a ride and a run)."""
        if self.sport is SessionSport.BRICK:
            return frozenset(s.sport for s in self.workout.flat_steps() if s.sport) or frozenset(
                {SessionSport.BIKE, SessionSport.RUN}
            )
        return frozenset({self.sport})


class NoticeCode(StrEnum):
    """Codes of plan warnings and week notes; the words live in the translation catalogues."""

    # Plan warnings.
    INSUFFICIENT_TIME = "insufficient_time"
    VOLUME_BELOW_DISTANCE_NEEDS = "volume_below_distance_needs"
    HOURS_BELOW_RECOMMENDED = "hours_below_recommended"
    HOURS_CAPPED_FOR_GOAL = "hours_capped_for_goal"
    LONG_DAY_UNAVAILABLE = "long_day_unavailable"
    NO_POOL_DAYS = "no_pool_days"
    FEW_TRAINING_DAYS = "few_training_days"
    MINIMAL_PLAN = "minimal_plan"  # fewer days than the goal needs (``days``, ``needed``)
    DISCIPLINE_FOLLOWS_GOAL = "discipline_follows_goal"
    INJURY_INTENSITY_REMOVED = "injury_intensity_removed"
    INJURY_NOTES_PRESENT = "injury_notes_present"
    MASTERS_RECOVERY_CADENCE = "masters_recovery_cadence"
    TAPER_SHORTENED = "taper_shortened"
    NO_THRESHOLDS = "no_thresholds"
    GENERAL_FITNESS_BLOCK = "general_fitness_block"
    # Week notes (why a week looks the way it does).
    PHASE_START = "phase_start"
    RECOVERY_WEEK = "recovery_week"
    TAPER_WEEK = "taper_week"
    RACE_WEEK = "race_week"
    PARTIAL_WEEK = "partial_week"
    INTRO_WEEK = "intro_week"  # the first week: at the athlete's current level (``source``)
    VOLUME_PROGRESSION = "volume_progression"  # over the last whole loading week of the plan
    VOLUME_OVER_START = "volume_over_start"  # over the starting level (no whole week yet)
    HOURS_AT_BUDGET = "hours_at_budget"
    RAMP_LIMITED_BY_FITNESS = "ramp_limited_by_fitness"
    INTENSITY_CAPPED = "intensity_capped"
    SESSIONS_NOT_PLACED = "sessions_not_placed"  # stored plans before issue 16 (a count)
    # One session left out: ``title`` code, ``duration_s``, ``reason`` (placement.py's
    # UnplacedReason) and ``days`` (training days a week).
    SESSION_NOT_PLACED = "session_not_placed"
    REGENERATED = "regenerated"
    ADAPTED = "adapted"  # changed by the weekly review (param ``change``: the adaptation)


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning or a note of why: a catalogue code plus parameters, never prose."""

    code: str
    params: tuple[tuple[str, ParamValue], ...] = ()

    @staticmethod
    def of(code: str, **params: ParamValue) -> Notice:
        return Notice(code, tuple(sorted(params.items())))

    def param(self, name: str) -> ParamValue | None:
        return dict(self.params).get(name)


@dataclass(frozen=True, slots=True)
class Week:
    index: int
    start: date
    phase: Phase
    is_recovery: bool
    sessions: tuple[Session, ...]
    notes: tuple[Notice, ...] = ()

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def display_phase(self) -> Phase:
        return Phase.RECOVERY if self.is_recovery else self.phase

    @property
    def planned_hours(self) -> float:
        return sum(s.duration_s for s in self.sessions) / 3600

    @property
    def training_hours(self) -> float:
        """Hours of training, the race itself excluded (it is not part of the budget)."""
        return sum(s.duration_s for s in self.sessions if s.type is not SessionType.RACE) / 3600

    @property
    def planned_load(self) -> float:
        return sum(s.load for s in self.sessions)

    @property
    def session_count(self) -> int:
        return len(self.sessions)


@dataclass(frozen=True, slots=True)
class Plan:
    """A plan from ``start`` (the day it was made) to ``end`` (race day or block end).

    ``start_ctl`` and ``baseline_hours`` are the athlete's level assumed at ``start``; the
    guardrails measure ramps from them, so a regenerated plan keeps them.
    ``recovery_every`` is the number of loading weeks before a recovery week.
    """

    goal: Goal
    discipline: Discipline
    start: date
    end: date
    weeks: tuple[Week, ...]
    warnings: tuple[Notice, ...]
    start_ctl: float
    baseline_hours: float
    recovery_every: int

    def sessions(self) -> Iterator[Session]:
        for week in self.weeks:
            yield from week.sessions

    def session(self, session_id: str) -> Session | None:
        return next((s for s in self.sessions() if s.id == session_id), None)


def session_id(day: date, order: int) -> str:
    """Stable id: at most one session per (date, order)."""
    return f"{day.isoformat()}#{order}"


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())
