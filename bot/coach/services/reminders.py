"""The evening reminder's answers: "How did it go?" → done / partly / skipped.

The reminder (``bot.coach.briefs.reminder``) asks about one planned session; its delivery
row keeps which one (``payload["session_id"]``, merged in when it was sent). Every button
after it carries the delivery id and the answers so far, so nothing waits in memory and a
restart mid-answer loses nothing. Each step checks again that the reminder can still be
answered:

* the delivery exists, is this athlete's, is a sent evening reminder, and its session
  still belongs to the athlete's active plan — otherwise :class:`ReminderGoneError`;
* the session is still open (``pending``, no activity) — otherwise it was answered
  already, or a file or /log fulfilled it meanwhile: :class:`ReminderAnsweredError`,
  and nothing is recorded a second time.

"Done" and "partly" become a manual activity on the reminder's day, linked to exactly
that session (a manual match), so the session is done or partial by the usual outcome
rules and the load counts in fitness and fatigue. "Skipped" marks the session skipped;
ill or injured also sets the day's wellness flag, which readiness and the weekly review
read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.ingest import Sport
from bot.coach.ingest.quicklog import MAX_DURATION_S, MIN_DURATION_S, QuickLog
from bot.coach.science import PmcDay
from bot.coach.services.activities import ActivityService
from bot.coach.services.wellness import WellnessService
from bot.domain.activities import Activity, CandidateSession
from bot.domain.athletes import Athlete
from bot.domain.deliveries import DeliveryKind, DeliveryStatus
from bot.domain.plans import PlanStatus, SessionOutcome, SessionStatus
from bot.storage.repositories import (
    ActivityRepository,
    BriefPreferenceRepository,
    DeliveryRepository,
    PlanRepository,
)

# The parts of the planned time "partly" offers as buttons (or the athlete types minutes).
PART_FRACTIONS = (0.25, 0.5, 0.75)
_INGEST_SPORTS = frozenset(sport.value for sport in Sport)


class SkipReason(StrEnum):
    NO_TIME = "time"
    TIRED = "tired"
    ILL = "ill"
    INJURED = "injured"
    OTHER = "other"


# The wellness flag a reason sets on the reminder's day (bot.domain.wellness fields).
_WELLNESS_FLAG = {SkipReason.ILL: "illness", SkipReason.INJURED: "injury"}


class ReminderError(Exception):
    """The reminder cannot take this answer."""


class ReminderGoneError(ReminderError):
    """Unknown delivery, someone else's, not an evening reminder, or its session was
    deleted or belongs to a plan that was replaced."""


class ReminderAnsweredError(ReminderError):
    """The session is not open any more: answered already, or logged by a file."""

    def __init__(self, status: str) -> None:
        self.status = status
        super().__init__(f"session already {status}")


@dataclass(frozen=True, slots=True)
class OpenReminder:
    """A reminder that can still be answered: its delivery, day and planned session."""

    delivery_id: int
    day: date
    session: CandidateSession


@dataclass(frozen=True, slots=True)
class ReminderDone:
    """What "done" or "partly" recorded: the activity, the session's outcome (``done`` or
    ``partial``) and fitness on the reminder's day with the activity in it."""

    session: CandidateSession
    activity: Activity
    status: str
    fitness: PmcDay | None


@dataclass(frozen=True, slots=True)
class ReminderSkipped:
    session: CandidateSession
    reason: SkipReason
    wellness_flag: str | None  # "illness" or "injury" when the day was flagged


def activity_sport(planned_sport: str) -> str:
    """The activity sport of a planned session's sport (a brick has no single sport: its
    legs are not reported separately here, so it is "other", scored by RPE)."""
    return planned_sport if planned_sport in _INGEST_SPORTS else Sport.OTHER.value


def part_of(planned_s: float, fraction: float) -> int:
    """``fraction`` of the planned time in whole minutes (at least one), in seconds."""
    return max(60, round(planned_s * fraction / 60) * 60)


def reported_work(session: CandidateSession, *, rpe: int, duration_s: float | None) -> QuickLog:
    """The workout the athlete reports for ``session``: as planned (``duration_s`` None),
    or ``duration_s`` of it at the planned pace (the distance scales with the time, so
    a load by pace sees the planned intensity, not a faster one)."""
    if not 1 <= rpe <= 10:
        raise ValueError(f"RPE must be 1–10, got {rpe}")
    planned = session.duration_s
    seconds = planned if duration_s is None else duration_s
    if not MIN_DURATION_S <= seconds <= MAX_DURATION_S:
        raise ValueError(f"a workout of {seconds} s cannot be logged")
    distance = session.distance_m
    if distance is not None and duration_s is not None and planned > 0:
        distance = distance * duration_s / planned
    return QuickLog(
        sport=activity_sport(session.sport),
        duration_s=float(seconds),
        distance_m=distance,
        rpe=rpe,
    )


class ReminderService:
    """Answers to evening reminders and the reminder's on/off preference; one session per
    update."""

    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        activities: ActivityService,
        wellness: WellnessService,
    ) -> None:
        self._outbox = DeliveryRepository(session)
        self._preferences = BriefPreferenceRepository(session)
        self._plans = PlanRepository(session)
        self._sessions = ActivityRepository(session)
        self._activities = activities
        self._wellness = wellness
        self._clock = clock

    async def set_evening_reminder(self, athlete: Athlete, on: bool) -> None:
        """Turn the evening reminder on or off (pushes already sent are not touched)."""
        preferences = await self._preferences.get(athlete.id)
        if preferences.evening_reminder == on:
            return
        await self._preferences.save(
            replace(preferences, evening_reminder=on), now=self._clock.now()
        )

    async def open(self, athlete: Athlete, delivery_id: int) -> OpenReminder:
        """The reminder ``delivery_id`` if ``athlete`` can still answer it; raises
        :class:`ReminderGoneError` or :class:`ReminderAnsweredError` otherwise."""
        delivery = await self._outbox.get(delivery_id)
        if (
            delivery is None
            or delivery.athlete_id != athlete.id
            or delivery.kind is not DeliveryKind.EVENING_REMINDER
            or delivery.status is not DeliveryStatus.SENT
        ):
            raise ReminderGoneError(f"no evening reminder {delivery_id} for athlete {athlete.id}")
        session_id = delivery.payload.get("session_id")
        if not isinstance(session_id, int):
            raise ReminderGoneError(f"evening reminder {delivery_id} names no session")
        stored = await self._plans.session(session_id)
        if (
            stored is None
            or stored.athlete_id != athlete.id
            or stored.plan_status is not PlanStatus.ACTIVE
        ):
            raise ReminderGoneError(f"session {session_id} is not in the active plan")
        session = await self._sessions.planned_session(athlete.id, session_id)
        if session is None:
            raise ReminderGoneError(f"session {session_id} is gone")
        if session.status != SessionStatus.PENDING or session.matched_activity_id is not None:
            raise ReminderAnsweredError(session.status)
        return OpenReminder(delivery.id, delivery.local_date, session)

    async def record_done(
        self, athlete: Athlete, delivery_id: int, *, rpe: int, duration_s: float | None = None
    ) -> ReminderDone:
        """Done as planned (``duration_s`` None) or partly (``duration_s`` of it), at
        ``rpe`` (CR-10): a manual activity on the reminder's day, linked to its session."""
        reminder = await self.open(athlete, delivery_id)
        work = reported_work(reminder.session, rpe=rpe, duration_s=duration_s)
        activity = await self._activities.log_manual(
            athlete, work, reminder.day, session_id=reminder.session.id
        )
        session = await self._sessions.planned_session(athlete.id, reminder.session.id)
        assert session is not None  # opened above, in this transaction
        choice = "done" if duration_s is None else "partly"
        await self._outbox.record_choice(delivery_id, athlete.id, choice, now=self._clock.now())
        return ReminderDone(
            session=session,
            activity=activity,
            status=session.status,
            fitness=await self._activities.fitness(athlete.id, reminder.day),
        )

    async def record_skipped(
        self, athlete: Athlete, delivery_id: int, reason: SkipReason
    ) -> ReminderSkipped:
        """The session was skipped for ``reason``; ill or injured flags the day."""
        reminder = await self.open(athlete, delivery_id)
        now = self._clock.now()
        await self._plans.record_outcome(
            reminder.session.id,
            SessionOutcome(SessionStatus.SKIPPED, notes=f"skipped: {reason.value}"),
            now=now,
        )
        flag = _WELLNESS_FLAG.get(reason)
        if flag is not None:
            await self._wellness.set_flag(athlete, reminder.day, flag)
        await self._outbox.record_choice(
            delivery_id, athlete.id, f"skipped:{reason.value}", now=now
        )
        session = await self._sessions.planned_session(athlete.id, reminder.session.id)
        assert session is not None
        return ReminderSkipped(session, reason, flag)
