"""The weekly review: how the week went against the plan, and next week adapted to it.

``review`` is idempotent per athlete and week: the first call measures the week, adapts
next week (``PlanService.adapt_week``) and stores the result; later calls (a retried
push, /review) read what was stored, so a week is never adapted twice.

The figures: the week's plan completion (``bot.domain.plans.plan_completion``: planned
sessions done, the same figure the coach's roster and Sunday summary show) and the
TrainingPeaks colour of each session done (``science.compliance``); hours and load
done, unplanned workouts included; readiness per day of the week (``science.readiness``
over the stored check-ins and load); days flagged ill or injured in the check-ins; and
fitness, fatigue and form (PMC) at both ends of the week.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.planning import Session, SessionType
from bot.coach.planning.adapt import WeekFacts
from bot.coach.planning.model import monday
from bot.coach.science import (
    ComplianceColor,
    LoadState,
    ReadinessStatus,
    SessionAmounts,
    assess_readiness,
    session_compliance,
)
from bot.coach.science.readiness import HRV_BASELINE_DAYS, HRV_WEEK_DAYS
from bot.coach.services.activities import ActivityService
from bot.coach.services.plan_records import notice_record, session_of
from bot.coach.services.plans import PlanService, PlanUnavailableError
from bot.coach.services.wellness import WellnessService
from bot.domain.activities import Activity
from bot.domain.athletes import Athlete
from bot.domain.plans import (
    PlannedSessionRecord,
    PlanRecord,
    SessionStatus,
    plan_completion,
)
from bot.domain.reviews import KeySession, ReviewSummary, WeeklyReview
from bot.storage.repositories import (
    ActivityRepository,
    WeeklyReviewRepository,
    WellnessRepository,
)

_HISTORY_DAYS = HRV_WEEK_DAYS + HRV_BASELINE_DAYS
_WEEK = timedelta(days=7)
_DONE = frozenset({SessionStatus.DONE, SessionStatus.PARTIAL})
# How many of next week's key sessions the preview names.
PREVIEW_SESSIONS = 3


class WeeklyReviewService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._reviews = WeeklyReviewRepository(session)
        self._activities = ActivityRepository(session)
        self._wellness = WellnessRepository(session)
        self._fitness = ActivityService(session, clock)
        self._readiness_days = WellnessService(session, clock)
        self._plans = PlanService(session, clock)
        self._clock = clock

    def last_week_start(self, athlete: Athlete) -> date:
        """The Monday of the week to review now: this week from Sunday on, else the
        previous one."""
        today = self._plans.today(athlete)
        this = monday(today)
        return this if today.weekday() == 6 else this - _WEEK

    async def latest(self, athlete: Athlete) -> WeeklyReview | None:
        """The most recent stored review (what /review shows)."""
        return await self._reviews.latest(athlete.id)

    async def review(self, athlete: Athlete, week_start: date) -> WeeklyReview | None:
        """The review of the week starting ``week_start`` (a Monday); None without a plan."""
        stored = await self._reviews.get(athlete.id, week_start)
        if stored is not None:
            return stored
        try:
            context = await self._plans.context(athlete)
        except PlanUnavailableError:
            return None
        plan = await self._plans_with_sessions(context.plan.id)
        planned = _planned_in(plan, week_start)
        summary = await self._measure(athlete, week_start, planned)
        facts = WeekFacts(
            week_start=week_start,
            share_done=summary.share_pct / 100 if summary.share_pct is not None else None,
            done_hours=summary.done_hours,
            planned_hours=summary.planned_hours,
            red_days=summary.red_days,
            sick_days=summary.sick_days,
        )
        adapted = await self._plans.adapt_week(athlete, facts)
        summary = _with_preview(summary, adapted.plan, week_start + _WEEK)
        review = WeeklyReview(
            athlete_id=athlete.id,
            week_start=week_start,
            plan_id=adapted.plan.id,
            action=adapted.adaptation.decided.value,
            applied=adapted.adaptation.changed,
            summary=summary,
            changes=tuple(notice_record(n) for n in adapted.adaptation.changes),
        )
        return await self._reviews.add(review, now=self._clock.now())

    async def _plans_with_sessions(self, plan_id: int) -> PlanRecord:
        found = await self._plans.stored(plan_id)
        assert found is not None  # the active plan, just read
        return found

    async def _measure(
        self, athlete: Athlete, week_start: date, planned: list[PlannedSessionRecord]
    ) -> ReviewSummary:
        sunday = week_start + timedelta(days=6)
        done = await self._activities.on_days(athlete.id, week_start, sunday)
        by_id = {a.id: a for a in done}
        completion = plan_completion(s.outcome.status for s in planned)
        # Colours only for the sessions done: a missed one is counted as missed, never
        # also as "far off" (bot.domain.plans.PlanCompletion).
        colours = [
            session_compliance(amounts, did).color
            for amounts, did in (
                (_planned_amounts(s), _done_amounts(s, by_id))
                for s in planned
                if s.outcome.status in _DONE
            )
            if amounts is not None and did is not None
        ]
        flagged = await self._wellness.between(athlete.id, week_start, sunday)
        before = await self._fitness.fitness(athlete.id, week_start - timedelta(days=1))
        after = await self._fitness.fitness(athlete.id, sunday)
        return ReviewSummary(
            sessions_planned=len(planned),
            sessions_done=completion.done,
            green=colours.count(ComplianceColor.GREEN),
            yellow=colours.count(ComplianceColor.YELLOW),
            red=colours.count(ComplianceColor.RED),
            share_pct=completion.percent,
            planned_hours=round(sum(_training_s(s) for s in planned) / 3600, 2),
            done_hours=round(sum(a.duration_s or 0.0 for a in done) / 3600, 2),
            planned_load=round(sum(s.load for s in planned), 1),
            done_load=round(sum(_load(a) for a in done), 1),
            ctl_before=round(before.ctl, 1) if before else None,
            ctl_after=round(after.ctl, 1) if after else None,
            atl_after=round(after.atl, 1) if after else None,
            tsb_after=round(after.tsb, 1) if after else None,
            red_days=await self._red_days(athlete.id, week_start),
            sick_days=sum(1 for r in flagged if r.fields.illness or r.fields.injury),
            best=_best(done),
        )

    async def _red_days(self, athlete_id: int, week_start: date) -> int:
        """Days of the week the readiness verdict was red."""
        sunday = week_start + timedelta(days=6)
        history = await self._readiness_days.days(
            athlete_id, week_start - timedelta(days=_HISTORY_DAYS), sunday
        )
        red = 0
        for offset in range(7):
            day = week_start + timedelta(days=offset)
            fitness = await self._fitness.fitness(athlete_id, day)
            load = LoadState.from_pmc_day(fitness) if fitness is not None else None
            upto = [h for h in history if h.day <= day]
            if assess_readiness(day, upto, load).status is ReadinessStatus.RED:
                red += 1
        return red


def _planned_in(plan: PlanRecord, week_start: date) -> list[PlannedSessionRecord]:
    """The week's planned sessions that count: a moved session is counted where it went."""
    end = week_start + _WEEK
    return [
        s
        for s in plan.sessions()
        if week_start <= s.day < end and s.outcome.status is not SessionStatus.MOVED
    ]


def _training_s(session: PlannedSessionRecord) -> int:
    return 0 if session.type == SessionType.RACE.value else session.duration_s


def _planned_amounts(session: PlannedSessionRecord) -> SessionAmounts | None:
    if session.duration_s <= 0 and not session.distance_m and session.load <= 0:
        return None
    return SessionAmounts(
        duration_s=float(session.duration_s) or None,
        distance_m=float(session.distance_m) if session.distance_m else None,
        load=session.load or None,
    )


def _done_amounts(
    session: PlannedSessionRecord, activities: dict[int, Activity]
) -> SessionAmounts | None:
    """What was done for a planned session: its matched activity, or None (missed)."""
    if session.outcome.status not in _DONE or session.outcome.matched_activity_id is None:
        return None
    activity = activities.get(session.outcome.matched_activity_id)
    if activity is None:
        return None
    return SessionAmounts(
        duration_s=activity.duration_s or 0.0,
        distance_m=activity.fields.distance_m or 0.0,
        load=_load(activity),
    )


def _load(activity: Activity) -> float:
    load = activity.fields.load
    return load.value if load is not None else 0.0


def _best(done: list[Activity]) -> KeySession | None:
    scored = [a for a in done if _load(a) > 0]
    if not scored:
        return None
    top = max(scored, key=_load)
    return KeySession(
        day=top.local_date,
        sport=top.fields.sport,
        type="",
        minutes=round((top.duration_s or 0.0) / 60),
        load=round(_load(top)),
    )


def _with_preview(summary: ReviewSummary, plan: PlanRecord, next_monday: date) -> ReviewSummary:
    """Next week as the plan now holds it: phase, hours, sessions, the key ones."""
    week = next((w for w in plan.content.weeks if w.start == next_monday), None)
    if week is None:
        return summary
    sessions = [
        session_of(s) for s in plan.sessions() if next_monday <= s.day < next_monday + _WEEK
    ]
    key = sorted((s for s in sessions if _is_key(s)), key=lambda s: (s.date, s.order))
    training_s = sum(s.duration_s for s in sessions if s.type is not SessionType.RACE)
    return dataclasses.replace(
        summary,
        next_phase="recovery" if week.is_recovery else week.phase,
        next_hours=round(training_s / 3600, 1),
        next_sessions=len(sessions),
        next_key=tuple(
            KeySession(s.date, s.sport.value, s.type.value, round(s.duration_s / 60))
            for s in key[:PREVIEW_SESSIONS]
        ),
    )


def _is_key(session: Session) -> bool:
    return session.is_hard or session.type in (SessionType.LONG, SessionType.RACE)
