"""The athlete's training plan: build it from the profile, keep it in step with the
profile, and read it back for /today, /week and /plan and the workout exports.

The plan follows the profile without anyone having to remember to ask: every read
compares the planner request the profile makes today with the one the stored plan was
built from, builds the first plan, regenerates when goal, availability or thresholds
changed (the past and done sessions kept, the future rebuilt from today) and starts the
next block when a general-fitness block is over. ``regenerate_for`` does the same on
demand, for flows that change the profile.

"Today" is the athlete's local date (``athletes.timezone``) on the injected clock.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.planning import (
    Discipline,
    Equipment,
    Experience,
    Goal,
    Injuries,
    Notice,
    NoticeCode,
    Plan,
    PlanRequest,
    PlanRequestError,
    Priority,
    RaceKind,
    Session,
    Thresholds,
    Units,
    generate_plan,
    regenerate,
    workout_to_fit,
    workout_to_zwo,
)
from bot.coach.planning.adapt import Adaptation, AdaptedPlan, WeekFacts, adapt_next_week
from bot.coach.planning.changes import (
    Author,
    MakeEasier,
    Refusal,
    RefusalCode,
    proposal_between,
)
from bot.coach.planning.changes import propose as propose_change
from bot.coach.planning.request import ZoneMap
from bot.coach.profile.races import primary_discipline
from bot.coach.profile.timezones import local_now
from bot.coach.profile.zones import compute_zones
from bot.coach.services.change_log import record_change, stored_constraints
from bot.coach.services.plan_records import (
    TrackedSession,
    goal_of,
    new_plan,
    notice_of,
    plan_of,
    request_json,
    session_of,
    settled_keys,
    tracked,
)
from bot.coach.services.profiles import ProfileService
from bot.domain.athletes import Athlete
from bot.domain.plans import (
    SETTLED_STATUSES,
    PlanRecord,
    PlanStatus,
    PlanWeekRecord,
    SessionOutcome,
    SessionStatus,
)
from bot.domain.profiles import Goal as ProfileGoal
from bot.domain.profiles import (
    GoalKind,
    Profile,
    ProfileSnapshot,
    ThresholdKind,
)
from bot.storage.repositories import ActivityRepository, PlanRepository

# Without a birth year the planner gets an age below the masters threshold (50), so no
# age-based recovery cadence is assumed for someone who did not say how old they are.
_AGE_UNKNOWN = 30
RECENT_DAYS = 28  # the window a new plan's starting level is measured over
RECENT_MIN_DAYS = 14  # workouts reaching back less than this say too little
_SUNDAY = 6


class PlanUnavailableError(Exception):
    """No plan can be shown or built; ``code`` names the catalogue message that says what
    to do (``no_profile``, or a planner request code such as ``race_in_past``)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class SessionGoneError(LookupError):
    """A button names a session that is no longer in the athlete's current plan."""


class ExportFormat(StrEnum):
    ZWO = "zwo"
    FIT = "fit"


class PlanChange(StrEnum):
    BUILT = "built"
    REGENERATED = "regenerated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class PlanContext:
    """What every view needs besides the sessions: the plan, the day, how to render."""

    plan: PlanRecord  # weeks without sessions
    today: date
    thresholds: Thresholds  # in force today
    units: Units
    goal_name: str | None  # the athlete's own name for a custom race

    @property
    def race_day(self) -> date | None:
        return goal_of(self.plan.content.goal).date

    def week_of(self, day: date) -> PlanWeekRecord | None:
        return next((w for w in self.plan.content.weeks if w.start <= day < w.start + _WEEK), None)


_WEEK = timedelta(days=7)
# Notes on a pending session the morning brief's "Do the adjusted session" changed.
ADJUSTED_EASIER = "adjusted: easier"
ADJUSTED_REST = "rest: red readiness"


@dataclass(frozen=True, slots=True)
class DayPlan:
    context: PlanContext
    day: date
    sessions: tuple[TrackedSession, ...]
    week: PlanWeekRecord | None
    upcoming: TrackedSession | None  # the next session after ``day`` (for rest days)
    stale: bool = False  # asked for by a button of an earlier plan: today is shown


@dataclass(frozen=True, slots=True)
class SessionsOfDay:
    """One day of the active plan as a push needs it: the sessions and how to render
    them, without the plan's weeks or the next session after a rest day."""

    plan_id: int
    units: Units
    thresholds: Thresholds  # in force today
    sessions: tuple[TrackedSession, ...]


@dataclass(frozen=True, slots=True)
class WeekPlan:
    context: PlanContext
    week: PlanWeekRecord
    sessions: tuple[TrackedSession, ...]
    stale: bool = False  # asked for by a button of an earlier plan: this week is shown
    # What was done (the matched activities' own time), not what was planned.
    done_s: float = 0.0

    @property
    def first_index(self) -> int:
        return self.context.plan.content.weeks[0].index

    @property
    def last_index(self) -> int:
        return self.context.plan.content.weeks[-1].index

    @property
    def done(self) -> tuple[TrackedSession, ...]:
        return tuple(
            s
            for s in self.sessions
            if s.outcome.status in (SessionStatus.DONE, SessionStatus.PARTIAL)
        )


@dataclass(frozen=True, slots=True)
class ChangeBase:
    """The plan a change starts from (``PlanService.change_base``)."""

    record: PlanRecord  # with its sessions
    plan: Plan
    request: PlanRequest
    today: date
    done: frozenset[str]  # keys of sessions with an outcome
    goal_id: int | None
    thresholds: Thresholds
    units: Units
    fingerprint: str


def plan_fingerprint(record: PlanRecord, today: date) -> str:
    """A digest of the plan from ``today`` on (sessions and their outcomes)."""
    digest = hashlib.sha256(f"{record.id}|{today.isoformat()}".encode())
    for s in record.sessions():
        if s.day >= today:
            digest.update(
                f"|{s.key}:{s.sport}:{s.type}:{s.title}:{s.duration_s}:{s.load}:"
                f"{s.outcome.status.value}".encode()
            )
    return digest.hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class PlanOverview:
    context: PlanContext
    warnings: tuple[Notice, ...]

    @property
    def days_to_race(self) -> int | None:
        race = self.context.race_day
        return (race - self.context.today).days if race else None


@dataclass(frozen=True, slots=True)
class ExportedWorkout:
    filename: str
    content: bytes


class PlanService:
    """Builds, stores, regenerates and reads the athlete's plan."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._plans = PlanRepository(session)
        self._activities = ActivityRepository(session)
        self._profiles = ProfileService(session, clock)
        self._clock = clock

    def today(self, athlete: Athlete) -> date:
        """The athlete's local date now."""
        return self._profiles.today(athlete.timezone)

    # -- keeping the plan in step with the profile --------------------------------------

    async def regenerate_for(self, athlete: Athlete) -> PlanChange:
        """Bring the plan in line with the profile now: build the first plan, or rebuild
        the future of the active one if goal, availability or thresholds changed.

        Call it after onboarding and after a settings change; views do it too, so a
        missed call only delays the work to the athlete's next look. Raises
        PlanUnavailableError when the profile cannot make a plan (unfinished, race past).
        """
        _, change, _ = await self._ensure(athlete)
        return change

    async def rebuild_for(self, athlete: Athlete) -> PlanRecord:
        """A fresh plan from today; the current one becomes superseded history."""
        snapshot = await self._snapshot(athlete)
        today = snapshot.today or self.today(athlete)
        try:
            request = plan_request(snapshot, today, self._time_of_day(snapshot, today))
        except PlanRequestError as error:
            raise PlanUnavailableError(error.code, **error.params) from error
        return await self._build(athlete, snapshot, request)

    def _time_of_day(self, snapshot: ProfileSnapshot, today: date) -> time | None:
        """The athlete's local time now, when ``today`` is their local today: a plan made
        late in their day starts tomorrow (``bot.coach.planning.start``)."""
        now = local_now(snapshot.timezone, self._clock.now())
        return now.time().replace(tzinfo=None) if now.date() == today else None

    async def adapt_week(self, athlete: Athlete, facts: WeekFacts) -> AdaptedWeek:
        """Adapt the week after ``facts.week_start`` to how that week went
        (``bot.coach.planning.adapt``) and store the result when it changed anything;
        the change is noted on the week so /week says why it looks as it does."""
        base = await self.change_base(athlete)
        before, request, full = base.plan, base.request, base.record
        adapted = adapt_next_week(before, request, facts)
        if adapted.changed:
            monday = facts.next_monday
            noted = _with_note(
                adapted.plan, monday, Notice.of(NoticeCode.ADAPTED, change=adapted.applied.value)
            )
            # The same path as every other change: the athlete's constraints made to hold,
            # the guardrails checked, the audit log written (bot/coach/services/change_log).
            proposal = proposal_between(
                before,
                noted,
                request,
                today=base.today,
                done=base.done,
                constraints=await stored_constraints(self._session, athlete.id, base.today),
            )
            if proposal.ok:
                content = new_plan(proposal.after, request, base.goal_id)
                # Everything before next week is history; done sessions are never rewritten.
                after_ids = {s.id for s in proposal.after.sessions()}
                kept = settled_keys(full.sessions(), monday) & after_ids
                await self._plans.rewrite_future(full.id, content, kept, now=self._clock.now())
                await record_change(
                    self._session,
                    self._clock,
                    athlete.id,
                    full.id,
                    proposal,
                    author=Author.WEEKLY_ADAPTATION,
                    request_text=f"weekly review of {facts.week_start.isoformat()}",
                    reason={"adaptation": adapted.applied.value},
                )
                stored = await self._plans.get(full.id)
                assert stored is not None
                full = stored
            else:
                rule = _stopped_by(proposal.refusal)
                stopped = Notice.of("guardrail_stopped", change=adapted.applied.value, rule=rule)
                adapted = AdaptedPlan(
                    adapted.decided, Adaptation.KEEP, before, (*adapted.changes, stopped)
                )
        return AdaptedWeek(adapted, full)

    async def change_base(self, athlete: Athlete) -> ChangeBase:
        """The plan as it is now, with what the change engine needs to change it: the
        planner request the profile makes today, the done sessions, how to render, and
        a fingerprint that any later change of the plan alters (a stale proposal)."""
        plan, _, snapshot = await self._ensure(athlete)
        full = await self._plans.get(plan.id)
        assert full is not None  # read in this transaction
        today = snapshot.today or self.today(athlete)
        try:
            request = plan_request(snapshot, today)
        except PlanRequestError as error:
            raise PlanUnavailableError(error.code, **error.params) from error
        records = full.sessions()
        return ChangeBase(
            record=full,
            plan=plan_of(full),
            request=request,
            today=today,
            done=frozenset(s.key for s in records if s.outcome.status in SETTLED_STATUSES),
            goal_id=_goal_id(snapshot),
            thresholds=_thresholds(snapshot),
            units=Units(snapshot.profile.fields.units.value),
            fingerprint=plan_fingerprint(full, today),
        )

    async def store_change(self, base: ChangeBase, after: Plan) -> PlanRecord:
        """Store ``after`` (a checked proposal's plan) over ``base``: the past, done
        sessions and every session the change left as it was keep their rows and
        outcomes; the rest is rewritten."""
        records = base.record.sessions()
        now = {s.id: s for s in after.sessions()}
        unchanged = {r.key for r in records if r.key in now and session_of(r) == now[r.key]}
        keep = (settled_keys(records, base.today) & now.keys()) | unchanged
        content = new_plan(after, base.request, base.goal_id)
        return await self._plans.rewrite_future(
            base.record.id, content, keep, now=self._clock.now()
        )

    async def take_adjusted(self, athlete: Athlete, day: date, *, rest: bool) -> int:
        """The brief's "Do the adjusted session" on ``day``: on an amber day each pending
        hard session becomes the easier alternative the plan offers with it; on a red day
        the day's pending sessions are marked as rest (still pending: a session is only
        ever skipped by the athlete or once its day is over). Both show in /today with a
        note saying so. Returns how many sessions changed; 0 for a day that is not today
        or holds nothing to adjust. Done sessions are never touched, and the change passes
        the guardrails.

        The one place the brief changes the plan: the plan-change engine replaces it."""
        if day != self.today(athlete):
            return 0
        base = await self.change_base(athlete)
        pending = [
            s
            for s in base.record.sessions()
            if s.day == day and s.outcome.status is SessionStatus.PENDING and s.id is not None
        ]
        now = self._clock.now()
        if rest:
            rested = [r for r in pending if r.outcome.notes != ADJUSTED_REST]
            for record in rested:
                assert record.id is not None
                outcome = SessionOutcome(SessionStatus.PENDING, notes=ADJUSTED_REST)
                await self._plans.record_outcome(record.id, outcome, now=now)
            return len(rested)
        easier = [
            s.id
            for s in (session_of(r) for r in pending)
            if s.is_hard and s.alternative is not None
        ]
        if not easier:
            return 0
        # Through the change engine like every other change: the same checks (a rule
        # broken this week refuses it; a later week measured against this lighter one
        # does not, see changes.engine.REFERENCE_RULES), the athlete's constraints, the
        # audit log, and /undo.
        proposal = propose_change(
            base.plan,
            base.request,
            [MakeEasier(key) for key in easier],
            today=day,
            done=base.done,
            constraints=await stored_constraints(self._session, athlete.id, day),
        )
        if not proposal.ok:
            return 0  # never store a plan that breaks a rule
        await self.store_change(base, proposal.after)
        await record_change(
            self._session,
            self._clock,
            athlete.id,
            base.record.id,
            proposal,
            author=Author.ATHLETE,
            request_text="morning brief: do the adjusted session",
            reason={"readiness": "amber"},
        )
        # /today says why the session changed.
        for record in await self._plans.sessions_between(base.record.id, day, day):
            if record.key in easier and record.id is not None:
                outcome = SessionOutcome(SessionStatus.PENDING, notes=ADJUSTED_EASIER)
                await self._plans.record_outcome(record.id, outcome, now=now)
        return len(easier)

    async def stored(self, plan_id: int) -> PlanRecord | None:
        """A stored plan with its sessions, as it is (no regeneration)."""
        return await self._plans.get(plan_id)

    # -- views ----------------------------------------------------------------------------

    async def day(
        self, athlete: Athlete, day: date | None = None, *, plan_id: int | None = None
    ) -> DayPlan:
        """The sessions of ``day`` (default: the athlete's today). ``plan_id`` is the plan
        a button was made for: if it is not the current plan (or ``day`` is outside it),
        today is shown and the view says it is ``stale``."""
        context = await self.context(athlete)
        stale = plan_id is not None and plan_id != context.plan.id
        if day is not None and not context.plan.start <= day <= context.plan.end:
            stale = True
        if stale or day is None:
            day = context.today
        sessions = await self._plans.sessions_between(context.plan.id, day, day)
        upcoming = None
        if not sessions:
            later = await self._plans.sessions_between(
                context.plan.id, day + timedelta(days=1), context.plan.end
            )
            upcoming = tracked(later[0]) if later else None
        return DayPlan(
            context,
            day,
            tuple(tracked(s) for s in sessions),
            context.week_of(day),
            upcoming,
            stale,
        )

    async def around_today(
        self, athlete: Athlete, days_back: int
    ) -> tuple[date, date | None, tuple[TrackedSession, ...]]:
        """The athlete's today, the plan's race day and its sessions from ``days_back``
        days before today up to today (a coach's roster line). Reads the plan row alone,
        not its weeks, when the plan needs no change (as a push does)."""
        plan, _, snapshot = await self._ensure(athlete, weeks=False)
        today = snapshot.today or self.today(athlete)
        first = today - timedelta(days=days_back)
        sessions = await self._plans.sessions_between(plan.id, first, today)
        return today, goal_of(plan.content.goal).date, tuple(tracked(s) for s in sessions)

    async def sessions_on(
        self, athlete: Athlete, day: date, *, profile: Profile | None = None
    ) -> SessionsOfDay | None:
        """The active plan's sessions on ``day``, the plan brought in step with the
        profile first (as for every view); None when the plan does not reach that day.
        What a morning brief or an evening reminder reads, thousands at a time: the plan
        row alone, not its weeks, and the ``profile`` the caller read already if given.
        Raises PlanUnavailableError as :meth:`day` does."""
        plan, _, snapshot = await self._ensure(athlete, profile=profile, weeks=False)
        if day > plan.end or day < plan.start - timedelta(days=7):
            return None  # a day before the plan's first week is not the plan's
        # A day just before the plan's first day is part of it: nothing planned yet.
        sessions = await self._plans.sessions_between(plan.id, day, day)
        return SessionsOfDay(
            plan_id=plan.id,
            units=Units(snapshot.profile.fields.units.value),
            thresholds=_thresholds(snapshot),
            sessions=tuple(tracked(s) for s in sessions),
        )

    async def upcoming(
        self, athlete: Athlete, days: int
    ) -> tuple[PlanContext, tuple[TrackedSession, ...]]:
        """The plan's sessions from the athlete's today for ``days`` days (what is written
        to a connected calendar), the plan brought in step first."""
        context = await self.context(athlete)
        last = context.today + timedelta(days=days - 1)
        sessions = await self._plans.sessions_between(context.plan.id, context.today, last)
        return context, tuple(tracked(s) for s in sessions)

    async def week(
        self, athlete: Athlete, index: int | None = None, *, plan_id: int | None = None
    ) -> WeekPlan:
        """Week ``index`` of the plan (default: the week holding today, or the nearest).
        A button of an earlier plan (``plan_id``), or a week the plan no longer has,
        gets this week, marked ``stale``."""
        context = await self.context(athlete)
        weeks = context.plan.content.weeks
        stale = plan_id is not None and plan_id != context.plan.id
        found = None
        if index is not None and not stale:
            found = next((w for w in weeks if w.index == index), None)
            stale = found is None
        if found is None:
            found = context.week_of(context.today)
        if found is None:
            found = weeks[0] if context.today < weeks[0].start else weeks[-1]
        sessions = await self._plans.sessions_between(
            context.plan.id, found.start, found.start + timedelta(days=6)
        )
        view = WeekPlan(context, found, tuple(tracked(s) for s in sessions), stale)
        return dataclasses.replace(view, done_s=await self.done_seconds(view.done))

    async def done_seconds(self, done: tuple[TrackedSession, ...]) -> float:
        """The time actually trained for the done and partly done sessions: each matched
        activity's own duration (the planned one only when no activity says)."""
        ids = [i for s in done if (i := s.outcome.matched_activity_id) is not None]
        durations = await ActivityRepository(self._session).durations(ids)
        return sum(
            durations.get(s.outcome.matched_activity_id or 0, float(s.session.duration_s))
            for s in done
        )

    async def planned_loads(self, athlete: Athlete, first: date, last: date) -> dict[date, float]:
        """The current plan's load per day from ``first`` to ``last`` (moved and skipped
        sessions left out): what the fitness chart folds ahead of today."""
        context = await self.context(athlete)
        loads: dict[date, float] = {}
        for stored in await self._plans.sessions_between(context.plan.id, first, last):
            if stored.outcome.status in (SessionStatus.MOVED, SessionStatus.SKIPPED):
                continue
            loads[stored.day] = loads.get(stored.day, 0.0) + stored.load
        return loads

    async def between(
        self, athlete: Athlete, first: date, last: date, *, known: ProfileSnapshot | None = None
    ) -> tuple[PlanContext, tuple[TrackedSession, ...]]:
        """The current plan's sessions from ``first`` to ``last`` with the plan's context
        (the plan brought in step with the profile first; ``known``: the athlete's profile
        snapshot for today, read in this session already). Raises PlanUnavailableError."""
        context = await self.context(athlete, known=known)
        sessions = await self._plans.sessions_between(context.plan.id, first, last)
        return context, tuple(tracked(s) for s in sessions)

    async def overview(self, athlete: Athlete) -> PlanOverview:
        context = await self.context(athlete)
        warnings = tuple(notice_of(n) for n in context.plan.content.warnings)
        return PlanOverview(context, warnings)

    async def context(
        self, athlete: Athlete, *, known: ProfileSnapshot | None = None
    ) -> PlanContext:
        """The current plan (built or brought up to date first) and how to render it."""
        plan, _, snapshot = await self._ensure(athlete, known=known)
        goal = snapshot.goal
        own_goal = goal is not None and goal.id == plan.content.goal_id
        return PlanContext(
            plan=plan,
            today=snapshot.today or self.today(athlete),
            thresholds=_thresholds(snapshot),
            units=Units(snapshot.profile.fields.units.value),
            goal_name=goal.fields.custom_name if goal is not None and own_goal else None,
        )

    # -- exports --------------------------------------------------------------------------

    async def export(
        self,
        athlete: Athlete,
        session_id: int,
        fmt: ExportFormat,
        *,
        name: str | Callable[[Session], str],
    ) -> ExportedWorkout:
        """A planned session as a Zwift workout (.zwo) or a FIT workout file, targets for
        the thresholds in force today. ``name`` is the workout's name as the athlete reads
        it (or makes it from the session), so the file carries no catalogue codes.
        Raises SessionGoneError for a session not in the current plan, ExportError when
        the format cannot carry the sport."""
        session = await self.session(athlete, session_id)
        if callable(name):
            name = name(session.session)
        named = dataclasses.replace(session.session, title=name, objective=name)
        stem = f"tempo-{session.session.date.isoformat()}-{session.session.sport.value}"
        # The thresholds in force with the athlete's custom zones: the file's targets are
        # the ones the day's view shows (overrides win everywhere).
        thresholds = _thresholds(await self._snapshot(athlete))
        if fmt is ExportFormat.ZWO:
            text = workout_to_zwo(named, name=name, thresholds=thresholds)
            return ExportedWorkout(f"{stem}.zwo", text.encode("utf-8"))
        content = workout_to_fit(named, thresholds, name=name)
        return ExportedWorkout(f"{stem}.fit", content)

    async def session(self, athlete: Athlete, session_id: int) -> TrackedSession:
        """A session of the athlete's active plan by row id (what buttons carry)."""
        stored = await self._plans.session(session_id)
        if (
            stored is None
            or stored.athlete_id != athlete.id
            or stored.plan_status is not PlanStatus.ACTIVE
        ):
            raise SessionGoneError(f"session {session_id} is not in a current plan")
        return tracked(stored.session)

    # -- internals ------------------------------------------------------------------------

    async def _snapshot(
        self,
        athlete: Athlete,
        profile: Profile | None = None,
        known: ProfileSnapshot | None = None,
    ) -> ProfileSnapshot:
        """Profile, goal and the thresholds in force on the athlete's today (``profile``:
        one the caller read in this session already; ``known``: the whole snapshot)."""
        if known is not None:
            snapshot: ProfileSnapshot | None = known
        elif profile is None:
            snapshot = await self._profiles.snapshot(athlete.id)
        else:
            snapshot = await self._profiles.snapshot_of(athlete, profile)
        if snapshot is None or not snapshot.profile.completed:
            raise PlanUnavailableError("no_profile")
        return snapshot

    async def _ensure(
        self,
        athlete: Athlete,
        *,
        profile: Profile | None = None,
        known: ProfileSnapshot | None = None,
        weeks: bool = True,
    ) -> tuple[PlanRecord, PlanChange, ProfileSnapshot]:
        """The current plan, built or brought in step first. With ``weeks=False`` a plan
        that needed no change comes back as its row alone (no weeks)."""
        snapshot = await self._snapshot(athlete, profile, known)
        today = snapshot.today or self.today(athlete)
        active = await self._plans.active(athlete.id, sessions=False, weeks=weeks)
        try:
            request = plan_request(snapshot, today, self._time_of_day(snapshot, today))
        except PlanRequestError as error:
            if active is not None and today <= active.end:
                # Keep showing the plan to its end (e.g. race day itself).
                return active, PlanChange.UNCHANGED, snapshot
            if active is not None:
                await self._plans.set_status(active.id, PlanStatus.FINISHED, now=self._clock.now())
            raise PlanUnavailableError(error.code, **error.params) from error
        if active is not None and active.end < today:
            await self._plans.set_status(active.id, PlanStatus.FINISHED, now=self._clock.now())
            active = None
        if active is None:
            built = await self._build(athlete, snapshot, request)
            return built, PlanChange.BUILT, snapshot
        if active.content.inputs == request_json(request):
            return active, PlanChange.UNCHANGED, snapshot
        rebuilt = await self._regenerate(active, snapshot, request, today)
        return rebuilt, PlanChange.REGENERATED, snapshot

    async def _build(
        self, athlete: Athlete, snapshot: ProfileSnapshot, request: PlanRequest
    ) -> PlanRecord:
        # A new plan starts from the training the athlete has logged, where there is
        # enough of it; the stored inputs stay the profile's, so a later upload does not
        # rebuild the plan (regeneration keeps the level the plan started from).
        recent = await self._recent_weekly_hours(athlete.id, request.today)
        plan = await self._honouring(
            athlete.id,
            generate_plan(dataclasses.replace(request, recent_weekly_hours=recent)),
            request,
            frozenset(),
        )
        content = new_plan(plan, request, _goal_id(snapshot))
        return await self._plans.add_active(athlete.id, content, now=self._clock.now())

    async def _recent_weekly_hours(self, athlete_id: int, today: date) -> float | None:
        """Hours a week of the workouts stored over the last four weeks, when they reach
        back two weeks at least (less says too little about a usual week); else None, and
        the planner estimates the level from experience and the hours available."""
        since = today - timedelta(days=RECENT_DAYS)
        done = await self._activities.on_days(athlete_id, since, today - timedelta(days=1))
        if not done:
            return None
        first = min(a.local_date for a in done)
        if (today - first).days < RECENT_MIN_DAYS:
            return None
        seconds = sum(a.duration_s or 0.0 for a in done)
        return round(seconds / 3600 / ((today - first).days / 7), 2)

    async def _regenerate(
        self, active: PlanRecord, snapshot: ProfileSnapshot, request: PlanRequest, today: date
    ) -> PlanRecord:
        full = await self._plans.get(active.id)
        assert full is not None  # read in this transaction
        records = full.sessions()
        done = {s.key for s in records if s.outcome.status in SETTLED_STATUSES}
        plan = regenerate(plan_of(full), request, today, done)
        plan = await self._honouring(active.athlete_id, plan, request, frozenset(done))
        content = new_plan(plan, request, _goal_id(snapshot))
        kept = settled_keys(records, today) & {s.id for s in plan.sessions()}
        return await self._plans.rewrite_future(active.id, content, kept, now=self._clock.now())

    async def _honouring(
        self, athlete_id: int, plan: Plan, request: PlanRequest, done: frozenset[str]
    ) -> Plan:
        """A built or rebuilt plan made to keep the athlete's stated constraints, through
        the change engine (checked like any change; kept as built if that is refused)."""
        constraints = await stored_constraints(self._session, athlete_id, request.today)
        if not constraints:
            return plan
        proposal = propose_change(
            plan, request, (), today=request.today, done=done, constraints=constraints
        )
        return proposal.after if proposal.ok else plan


def _stopped_by(refusal: Refusal | None) -> str:
    """The rule that stopped an adaptation, as the review names rules."""
    if refusal is not None and refusal.violation is not None:
        return refusal.violation.code.value
    if refusal is not None and refusal.code is RefusalCode.CONSTRAINT:
        return "constraint"
    return "plan_request"


@dataclass(frozen=True, slots=True)
class AdaptedWeek:
    adaptation: AdaptedPlan
    plan: PlanRecord  # as stored now, with its sessions


def _with_note(plan: Plan, monday: date, note: Notice) -> Plan:
    weeks = tuple(
        dataclasses.replace(w, notes=(*w.notes, note)) if w.start == monday else w
        for w in plan.weeks
    )
    return dataclasses.replace(plan, weeks=weeks)


def _goal_id(snapshot: ProfileSnapshot) -> int | None:
    return snapshot.goal.id if snapshot.goal else None


# -- the profile as a planner request -----------------------------------------------------


def _thresholds(snapshot: ProfileSnapshot) -> Thresholds:
    """The thresholds in force, with the athlete's custom zones for rendering targets."""
    entries = snapshot.thresholds
    maps = tuple(
        ZoneMap(block.computed, block.zones)
        for block in compute_zones(
            snapshot.profile.fields, entries, snapshot.zone_overrides
        ).blocks()
        if block.computed is not None
    )

    def value(kind: ThresholdKind) -> float | None:
        entry = entries.get(kind)
        return entry.value if entry else None

    def whole(kind: ThresholdKind) -> int | None:
        found = value(kind)
        return round(found) if found else None

    return Thresholds(
        ftp_w=whole(ThresholdKind.FTP),
        run_threshold_pace_s_per_km=value(ThresholdKind.RUN_THRESHOLD_PACE),
        css_s_per_100m=value(ThresholdKind.CSS),
        lthr=whole(ThresholdKind.LTHR),
        hrmax=whole(ThresholdKind.HR_MAX),
        resting_hr=whole(ThresholdKind.RESTING_HR),
        zone_maps=maps,
    )


def _goal(goal: ProfileGoal | None) -> Goal:
    if goal is None or goal.fields.kind is GoalKind.GENERAL:
        return Goal(RaceKind.GENERAL_FITNESS)
    fields = goal.fields
    try:
        kind = RaceKind(fields.distance_code or RaceKind.CUSTOM.value)
    except ValueError:
        kind = RaceKind.CUSTOM
    return Goal(
        kind=kind,
        date=fields.race_date,
        priority=Priority(fields.priority.value) if fields.priority else Priority.A,
        target_time_s=fields.target_time_s,
        distance_m=round(fields.distance_m) if fields.distance_m else None,
        duration_s=fields.duration_s,
        discipline=Discipline(fields.discipline.value) if fields.discipline else None,
    )


def plan_request(snapshot: ProfileSnapshot, today: date, now: time | None = None) -> PlanRequest:
    """The planner request the profile makes on ``today`` at local time ``now``; raises
    PlanRequestError when the profile cannot make one (e.g. the race date has passed)."""
    fields = snapshot.profile.fields
    goal = _goal(snapshot.goal)
    discipline = goal.discipline or Discipline(primary_discipline(fields.sports).value)
    age = today.year - fields.birth_year if fields.birth_year else _AGE_UNKNOWN
    pool = frozenset(fields.pool_weekdays) if fields.pool_access else frozenset()
    return PlanRequest(
        today=today,
        discipline=discipline,
        experience=Experience(fields.experience.value)
        if fields.experience
        else Experience.BEGINNER,
        age=min(max(age, 10), 100),
        goal=goal,
        weekly_hours=fields.weekly_hours or 0,
        available_weekdays=frozenset(fields.available_weekdays),
        long_weekday=fields.long_day if fields.long_day is not None else _SUNDAY,
        pool_weekdays=pool,
        equipment=Equipment(power_meter=fields.has_power_meter, hr_strap=fields.has_hr_strap),
        thresholds=_thresholds(snapshot),
        injuries=Injuries(notes=fields.injuries or ""),
        units=Units(fields.units.value),
        now=now,
    )
