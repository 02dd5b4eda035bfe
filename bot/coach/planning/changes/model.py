"""The vocabulary of plan changes: operations, the athlete's constraints, proposals.

Everything is frozen plain data over the planner's own dataclasses (``Plan``, ``Week``,
``Session``); words for people live in the catalogues, keyed by the codes here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot.coach.planning.guardrails import Violation
from bot.coach.planning.model import ParamValue, Plan, Session, SessionSport, Week


class Author(StrEnum):
    """Who or what proposed a change (the audit log's ``proposed_by``)."""

    ATHLETE = "athlete"
    COACH = "coach"
    AI_COACH = "ai_coach"
    WEEKLY_ADAPTATION = "weekly_adaptation"


class Symptoms(StrEnum):
    """The "neck check" (Eichner 1993, Phys Sportsmed 21:125): a head cold above the
    neck allows easy training; fever, chest or body aches below it mean rest."""

    ABOVE_NECK = "above_neck"
    BELOW_NECK = "below_neck"


# -- operations ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MoveSession:
    session_id: str
    to: date


@dataclass(frozen=True, slots=True)
class SwapDays:
    first: date
    second: date


@dataclass(frozen=True, slots=True)
class ShortenSession:
    session_id: str
    minutes: int


@dataclass(frozen=True, slots=True)
class MakeEasier:
    session_id: str


@dataclass(frozen=True, slots=True)
class SkipSession:
    session_id: str


@dataclass(frozen=True, slots=True)
class ReplaceSport:
    """The session in another sport, the same minutes at the same efforts (time in zone)."""

    session_id: str
    sport: SessionSport


@dataclass(frozen=True, slots=True)
class AddRestDay:
    day: date


@dataclass(frozen=True, slots=True)
class LimitDays:
    """Dates that are unavailable or limited: ``first``..``last`` inclusive. With nothing
    allowed (``sports`` empty and ``rest``) the days are rest; otherwise only ``sports``
    (None: any), at most ``max_minutes`` a day, without ``banned`` sports."""

    first: date
    last: date
    sports: frozenset[SessionSport] | None = None
    banned: frozenset[SessionSport] = frozenset()
    max_minutes: int | None = None
    rest: bool = False
    weekdays: frozenset[int] = frozenset()  # only these weekdays of the range (empty: all)


@dataclass(frozen=True, slots=True)
class Illness:
    """Ill since ``since`` for ``days_ill`` days so far: rest, then a return ramp."""

    since: date
    days_ill: int
    symptoms: Symptoms


@dataclass(frozen=True, slots=True)
class Injury:
    """No ``sport`` until ``until`` (exclusive); cross-training in ``instead``."""

    sport: SessionSport
    until: date
    instead: SessionSport = SessionSport.BIKE


@dataclass(frozen=True, slots=True)
class RebuildFrom:
    day: date


@dataclass(frozen=True, slots=True)
class AddConstraint:
    """A standing rule, e.g. "no ride on Sunday" (weekdays {6}, banned {bike})."""

    rule: Constraint


@dataclass(frozen=True, slots=True)
class PlaceSession:
    """A session the human coach sets on ``day`` ("Saturday: 2 h group ride in zone 2"):
    a steady ``sport`` session of ``minutes`` at ``effort`` (1 recovery, 2 endurance, 3
    tempo) in place of the day's pending sessions; done sessions stay."""

    day: date
    sport: SessionSport
    minutes: int
    effort: int = 2


@dataclass(frozen=True, slots=True)
class RestoreWeeks:
    """Put weeks back as they were (undo); the past and done sessions stay as they are."""

    weeks: tuple[Week, ...]


Operation = (
    MoveSession
    | SwapDays
    | ShortenSession
    | MakeEasier
    | SkipSession
    | ReplaceSport
    | AddRestDay
    | LimitDays
    | Illness
    | Injury
    | RebuildFrom
    | AddConstraint
    | RestoreWeeks
    | PlaceSession
)


# -- the athlete's constraints -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Constraint:
    """A rule the athlete stated; every later proposal honours it while it holds.

    It applies on the days from ``first`` to ``last`` (None: open-ended) whose weekday
    is in ``weekdays`` (empty: every day). On such a day: ``rest`` — no training;
    ``sports`` — only these (None: any); ``banned`` — none of these; ``max_minutes`` —
    at most this much training; ``no_intensity`` — nothing at tempo or above.
    ``reason`` is a catalogue code (``travel``, ``illness``, ``injury``, ``athlete``…).
    """

    first: date | None = None
    last: date | None = None
    weekdays: frozenset[int] = frozenset()
    rest: bool = False
    sports: frozenset[SessionSport] | None = None
    banned: frozenset[SessionSport] = frozenset()
    max_minutes: int | None = None
    no_intensity: bool = False
    reason: str = "athlete"

    def covers(self, day: date) -> bool:
        if self.first is not None and day < self.first:
            return False
        if self.last is not None and day > self.last:
            return False
        return not self.weekdays or day.weekday() in self.weekdays

    def allows(self, sport: SessionSport) -> bool:
        if sport in self.banned:
            return False
        return self.sports is None or sport in self.sports

    def ended(self, today: date) -> bool:
        return self.last is not None and self.last < today


# -- the proposal -------------------------------------------------------------------------


class RefusalCode(StrEnum):
    SESSION_NOT_FOUND = "session_not_found"
    SESSION_SETTLED = "session_settled"  # done, or in the past
    DAY_IN_PAST = "day_in_past"
    OUTSIDE_PLAN = "outside_plan"
    SAME_DAY = "same_day"
    DAY_TAKEN = "day_taken"  # a move onto a day whose session is done
    NOTHING_TO_CHANGE = "nothing_to_change"
    TOO_SHORT = "too_short"
    NOT_SHORTER = "not_shorter"
    NO_EASIER = "no_easier"
    SPORT_NOT_POSSIBLE = "sport_not_possible"
    BAD_RANGE = "bad_range"
    GUARDRAIL = "guardrail"  # ``violation`` says which
    CONSTRAINT = "constraint"  # a stated constraint would be broken
    UNWELL_NO_INTENSITY = "unwell_no_intensity"
    LIGHTER_WEEK_NEEDED = "lighter_week_needed"
    REBUILD_FAILED = "rebuild_failed"
    TOO_LONG = "too_long"  # a coach's session longer than ``limit`` minutes
    ZONE_NOT_STEADY = "zone_not_steady"  # a coach's steady session above zone 3


class ChangeRefused(Exception):
    """An operation that cannot be done; ``code`` and ``params`` feed the reply."""

    def __init__(self, code: RefusalCode, **params: ParamValue) -> None:
        super().__init__(f"{code.value}: {params}" if params else code.value)
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class Refusal:
    code: RefusalCode
    params: tuple[tuple[str, ParamValue], ...] = ()
    violation: Violation | None = None

    def describe(self) -> str:
        """English for logs and the AI tool; the bot translates from the code."""
        if self.violation is not None:
            return f"{self.code.value}: {self.violation.describe()}"
        args = ", ".join(f"{k}={v}" for k, v in self.params)
        return f"{self.code.value}" + (f" ({args})" if args else "")


class RepairCode(StrEnum):
    EASED_HARD_NEIGHBOUR = "eased_hard_neighbour"  # two hard days in a row
    EASED_FOR_INTENSITY_SHARE = "eased_for_intensity_share"
    CONSTRAINT_SPORT = "constraint_sport"  # another sport, same minutes in the same zones
    CONSTRAINT_SHORTENED = "constraint_shortened"
    CONSTRAINT_REST = "constraint_rest"
    CONSTRAINT_EASED = "constraint_eased"
    LATER_WEEKS_REBUILT = "later_weeks_rebuilt"


@dataclass(frozen=True, slots=True)
class Repair:
    """Something the engine changed beyond what was asked, to keep the rules."""

    code: RepairCode
    day: date | None = None
    sport: SessionSport | None = None
    params: tuple[tuple[str, ParamValue], ...] = ()


@dataclass(frozen=True, slots=True)
class Distribution:
    """Seconds in Seiler's three zones: below the first ventilatory threshold (easy),
    between the thresholds (tempo, sweet spot) and above the second (threshold and up).
    Seiler S. (2010) Int J Sports Physiol Perform 5:276-291."""

    easy_s: int = 0
    moderate_s: int = 0
    hard_s: int = 0

    @property
    def total_s(self) -> int:
        return self.easy_s + self.moderate_s + self.hard_s

    def share(self, part: int) -> float:
        return part / self.total_s if self.total_s else 0.0


@dataclass(frozen=True, slots=True)
class Totals:
    """A week's totals, summed from its sessions (never copied from anywhere else)."""

    hours: float
    load: float
    sessions: int
    hard_sessions: int
    distribution: Distribution


@dataclass(frozen=True, slots=True)
class WeekChange:
    start: date
    before: Week | None
    after: Week | None
    totals_before: Totals
    totals_after: Totals


@dataclass(frozen=True, slots=True)
class DayChange:
    day: date
    before: tuple[Session, ...]
    after: tuple[Session, ...]


@dataclass(frozen=True, slots=True)
class Proposal:
    """What a change would do. ``refusal`` is None when it may be applied; then
    ``violations`` is empty and every constraint in ``constraints`` holds in ``after``."""

    operations: tuple[Operation, ...]
    today: date
    before: Plan
    after: Plan
    weeks: tuple[WeekChange, ...]
    days: tuple[DayChange, ...]
    repairs: tuple[Repair, ...]
    constraints: tuple[Constraint, ...]  # every constraint in force after the change
    new_constraints: tuple[Constraint, ...]  # the ones this change adds
    violations: tuple[Violation, ...] = ()
    refusal: Refusal | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None

    @property
    def changed(self) -> bool:
        return bool(self.days) or bool(self.new_constraints)
