"""Stored training plans as plain, immutable records.

The planner (``bot.coach.planning``) has its own frozen dataclasses; storage may not
import it, so the records here carry the planner's vocabulary as codes and JSON-ready
values (workouts, goals, notices), and ``bot.coach.services.plan_records`` converts
between the two. What only storage knows lives here too: row ids, the plan's status and
how often it was recalculated, and each session's outcome (status, matched activity, RPE).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

Json = dict[str, Any]
NoticeParams = dict[str, str | int | float]


class PlanStatus(StrEnum):
    ACTIVE = "active"  # the plan the athlete follows (at most one per athlete)
    SUPERSEDED = "superseded"  # replaced by a newer plan, kept as history
    FINISHED = "finished"  # its last day has passed


class SessionStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    PARTIAL = "partial"
    SKIPPED = "skipped"
    MOVED = "moved"


# Sessions whose outcome is recorded: regeneration keeps them as they are.
SETTLED_STATUSES = frozenset({SessionStatus.DONE, SessionStatus.PARTIAL})


@dataclass(frozen=True, slots=True)
class PlanCompletion:
    """How much of a stretch of the plan was done — the one definition every screen shows
    (the weekly review, the coach's roster and Sunday summary, next week's adaptation).

    A planned session counts once, on the day it ended up on (a moved one is counted
    where it went, not where it was). It is *done* when an activity was matched to it
    (done or partial: the colour says how close it came); otherwise it is *missed*. The
    share is done / planned, so one over-long session is still one session (never
    "258 %"), a done session is never also missed, and "1 of 4" is always 25 %."""

    planned: int
    done: int

    @property
    def missed(self) -> int:
        return self.planned - self.done

    @property
    def share(self) -> float | None:
        """Done / planned (0..1); None with nothing planned."""
        return self.done / self.planned if self.planned else None

    @property
    def percent(self) -> int | None:
        """The share as the whole percent every screen prints."""
        share = self.share
        return round(share * 100) if share is not None else None


def plan_completion(statuses: Iterable[SessionStatus]) -> PlanCompletion:
    """Completion of the planned sessions with these outcomes (moved ones are skipped:
    their copy on the new day carries the outcome)."""
    counted = [s for s in statuses if s is not SessionStatus.MOVED]
    return PlanCompletion(len(counted), sum(1 for s in counted if s in SETTLED_STATUSES))


@dataclass(frozen=True, slots=True)
class NoticeRecord:
    """A warning or week note: a catalogue code and its parameters."""

    code: str
    params: NoticeParams = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SessionOutcome:
    """What happened to a planned session."""

    status: SessionStatus = SessionStatus.PENDING
    matched_activity_id: int | None = None
    rpe: int | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class PlannedSessionRecord:
    """A planned session; ``key`` is the planner's stable id (date and order in day),
    ``id`` the row id (None before it is stored). ``workout`` and ``alternative`` are
    JSON in the planner's vocabulary."""

    key: str
    day: date
    order: int
    sport: str
    type: str
    title: str
    objective: str
    workout: Json
    duration_s: int
    distance_m: int | None
    load: float
    alternative: Json | None = None
    outcome: SessionOutcome = field(default_factory=SessionOutcome)
    id: int | None = None


@dataclass(frozen=True, slots=True)
class PlanWeekRecord:
    index: int
    start: date
    phase: str
    is_recovery: bool
    planned_hours: float
    planned_load: float
    session_count: int
    notes: tuple[NoticeRecord, ...] = ()
    sessions: tuple[PlannedSessionRecord, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class NewPlan:
    """A plan as the planner made it, ready to store. ``goal`` is the planner's goal as
    JSON; ``inputs`` the request it was built from (without its date)."""

    goal: Json
    discipline: str
    start: date
    end: date
    warnings: tuple[NoticeRecord, ...]
    start_ctl: float
    baseline_hours: float
    recovery_every: int
    inputs: Json
    weeks: tuple[PlanWeekRecord, ...]
    goal_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlanRecord:
    id: int
    athlete_id: int
    status: PlanStatus
    recalculated: int
    created_at: datetime
    updated_at: datetime
    content: NewPlan

    @property
    def start(self) -> date:
        return self.content.start

    @property
    def end(self) -> date:
        return self.content.end

    def sessions(self) -> tuple[PlannedSessionRecord, ...]:
        return tuple(s for week in self.content.weeks for s in week.sessions)


@dataclass(frozen=True, slots=True)
class StoredSession:
    """One session with the plan it belongs to (for a button that names a session)."""

    plan_id: int
    athlete_id: int
    plan_status: PlanStatus
    session: PlannedSessionRecord
