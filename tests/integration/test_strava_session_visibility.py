"""A planned session marked done by a Strava activity is Strava data too: its owner sees it
done; a coach (the card's week, the roster's compliance, the Sunday summary), the coach's
AI, a group and the athlete's own AI coach see it as if nothing had matched it — pending,
so a past one counts as not done (bot/domain/visibility.py, ``outcomes_visible_to``;
docs/decisions/0006-strava-data-never-reaches-the-ai.md). A session matched by a manual
log stays done for them all: only the Strava match is hidden. Real database."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.agent.coach_tools import DateRange, get_calendar
from bot.coach.agent.runtime import offline_coach
from bot.coach.agent.squad_access import CoachScope
from bot.coach.agent.tools import NOT_RECORDED, ToolContext
from bot.coach.services.access import AccessGate
from bot.coach.services.coach import CoachService
from bot.coach.services.groups import GroupService
from bot.coach.services.plan_records import TrackedSession
from bot.coach.services.plans import PlanService
from bot.coach.squads.roster import done_share
from bot.domain.activities import ActivityFields, ActivityLoad, ActivitySource, MatchKind
from bot.domain.athletes import Athlete
from bot.domain.groups import GroupTier
from bot.domain.plans import SessionOutcome, SessionStatus
from bot.domain.squads import Scope
from bot.storage.repositories import ActivityRepository, GroupRepository, PlanRepository
from tests.integration.test_coach_access import squad_with_runner
from tests.integration.test_plans import MONDAY, NOW

SUNDAY = MONDAY + timedelta(days=6)
LATER = NOW + timedelta(days=6)  # Sunday morning of the plan's first week
CHAT = -1_002_000_000_301


async def _done_with(
    session: AsyncSession,
    athlete: Athlete,
    planned: TrackedSession,
    source: ActivitySource,
) -> int:
    """Store an activity from ``source`` that did ``planned``, matched to it as the
    matching rules would; the activity's id."""
    fields = ActivityFields(
        source=source,
        external_id=f"{source.value}-{planned.id}" if source is ActivitySource.STRAVA else None,
        sport=planned.session.sport.value,
        sub_sport="generic",
        local_date=planned.session.date,
        elapsed_s=float(planned.session.duration_s),
        moving_s=float(planned.session.duration_s),
    )
    activity = await ActivityRepository(session).add(athlete.id, fields, file_id=None, now=LATER)
    await ActivityRepository(session).set_match(activity.id, planned.id, MatchKind.AUTO, now=LATER)
    await PlanRepository(session).record_outcome(
        planned.id,
        SessionOutcome(SessionStatus.DONE, matched_activity_id=activity.id, rpe=6),
        now=LATER,
    )
    return activity.id


async def _week_done_two_ways(
    session: AsyncSession, clock: ManualClock
) -> tuple[Athlete, Athlete, TrackedSession, TrackedSession, int]:
    """The coach, the runner (AI summaries granted), the session done on Strava, the one
    done with a manual log, and the Strava activity's id."""
    squads, coach, runner, _ = await squad_with_runner(session, clock)
    (shared,) = await squads.sharing(runner)
    await squads.set_scope(runner, shared.membership.id, Scope.AI_SUMMARIES, granted=True)
    week = await PlanService(session, clock).week(runner)  # the plan, made on Monday
    clock.advance((LATER - NOW).total_seconds())
    past = [s for s in week.sessions if s.session.date < SUNDAY]
    assert len(past) >= 3  # the runner's first week has sessions before Sunday
    on_strava, logged = past[0], past[1]
    strava_id = await _done_with(session, runner, on_strava, ActivitySource.STRAVA)
    await _done_with(session, runner, logged, ActivitySource.MANUAL)
    return coach, runner, on_strava, logged, strava_id


def _status(sessions: tuple[TrackedSession, ...], planned: TrackedSession) -> SessionOutcome:
    return next(s.outcome for s in sessions if s.id == planned.id)


async def test_the_owner_sees_a_strava_matched_session_done_and_the_coach_does_not(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        coach, runner, on_strava, logged, strava_id = await _week_done_two_ways(session, clock)
        own = await PlanService(session, clock).week(runner)
        gate = AccessGate(session, clock)
        coached = await gate.week(coach.id, runner.id)
        card = await gate.card(coach.id, runner.id)
        (line,) = await gate.roster(coach.id)
        (athlete_week,) = (await gate.squad_week(coach.id, MONDAY)).athletes
        coach_ai = CoachScope(coach, gate, clock)
        ((_, ai_week),) = await coach_ai.athlete_weeks(runner.id, 1)

    assert _status(own.sessions, on_strava) == SessionOutcome(
        SessionStatus.DONE, matched_activity_id=strava_id, rpe=6
    )
    assert _status(coached.sessions, on_strava) == SessionOutcome(SessionStatus.PENDING)
    assert _status(coached.sessions, logged).status is SessionStatus.DONE
    assert card.week is not None and card.week.sessions == coached.sessions
    # Time done: the owner counts both activities, the coach only the manual log's.
    assert own.done_s == on_strava.session.duration_s + logged.session.duration_s
    assert coached.done_s == card.week.done_s == logged.session.duration_s
    # Compliance over the days before Sunday: the owner's two done, the coach's one.
    past = [s for s in own.sessions if s.session.date < SUNDAY]
    owner_share = done_share([(s.session, s.outcome.status) for s in past], SUNDAY)
    assert owner_share == 2 / len(past)
    assert line.compliance == 1 / len(past)
    assert athlete_week.compliance == ai_week.compliance
    assert athlete_week.compliance == 1 / len(own.sessions)  # the whole week counted


async def test_the_ai_coachs_calendar_shows_a_strava_matched_session_as_not_done(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Even in the owner's own chat: the model gets no status, activity or compliance
    that came from a Strava activity."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, runner, on_strava, logged, _ = await _week_done_two_ways(session, clock)
        scope = CoachService(session, clock, offline_coach()).scope(runner)
        planned = await scope.plan(MONDAY, SUNDAY)
        calendar = await get_calendar.run(
            ToolContext(scope, SUNDAY), DateRange(first=MONDAY, last=SUNDAY)
        )

    assert planned is not None
    _, sessions = planned
    assert _status(sessions, on_strava) == SessionOutcome(SessionStatus.PENDING)
    assert _status(sessions, logged).status is SessionStatus.DONE
    by_id = {s["id"]: s for s in calendar["sessions"]}
    hidden, shown = by_id[on_strava.session.id], by_id[logged.session.id]
    assert (hidden["status"], hidden["activity_id"], hidden["compliance"]) == (
        "pending",
        None,
        NOT_RECORDED,
    )
    assert shown["status"] == "done" and shown["activity_id"] is not None
    assert [a["sport"] for a in calendar["activities"]] == [logged.session.sport.value]


async def test_the_group_board_does_not_count_a_strava_workout_as_done(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Sunday's planned session done on Strava: the board says not done, the owner's own
    line (an answer only they see) too, since it is drawn for a group."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, _ = await squad_with_runner(session, clock)
        week = await PlanService(session, clock).week(runner)  # the plan, made on Monday
        clock.advance((LATER - NOW).total_seconds())
        today = [s for s in week.sessions if s.session.date == SUNDAY] or [week.sessions[-1]]
        groups = GroupService(session, clock)
        await groups.bot_added(CHAT, "Club")
        (squad,) = await squads.squads(coach)
        await groups.link(coach, CHAT, squad.id)
        await GroupRepository(session).set_tier(runner.id, GroupTier.NUMBERS)
        gate = AccessGate(session, clock)
        (before,) = await gate.board(CHAT)
        planned = replace(today[0], session=replace(today[0].session, date=SUNDAY))
        await _done_with(session, runner, planned, ActivitySource.STRAVA)
        ride = ActivityFields(
            source=ActivitySource.STRAVA,
            external_id="saturday-ride",
            sport="ride",
            sub_sport="road",
            local_date=SUNDAY - timedelta(days=1),
            elapsed_s=10_800.0,
            load=ActivityLoad(400.0, "power"),
        )
        await ActivityRepository(session).add(runner.id, ride, file_id=None, now=LATER)
        (after,) = await gate.board(CHAT)
        own = await PlanService(session, clock).week(runner)

    assert any(s.outcome.status is SessionStatus.DONE for s in own.sessions)
    assert before.done is False and before.minutes_done == 0
    assert after.done is False and after.minutes_done == 0
    # Readiness without Saturday's 400-point Strava ride, which would have lowered it.
    assert before.score is not None and after.score == before.score
