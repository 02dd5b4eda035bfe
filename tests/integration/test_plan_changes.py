"""PlanChangeService on the real database (SQLite and PostgreSQL): the audit log of an
applied change, one pending proposal per chat, stated constraints that persist (and
survive a regeneration of the plan), undo only of the newest change, the weekly
adaptation logged through the same path, and the AI tool's check."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.planning import SessionSport, SessionType
from bot.coach.planning.changes import AddConstraint, Author, Constraint, SkipSession
from bot.coach.planning.changes.ai_tool import Health
from bot.coach.services.plan_changes import (
    ApplyStatus,
    PlanChangeService,
    Question,
    UndoStatus,
)
from bot.coach.services.plans import PlanService
from bot.coach.services.reviews import WeeklyReviewService
from bot.coach.services.wellness import WellnessService
from bot.storage.models import PendingProposalRow, PlanChangeRow
from bot.storage.repositories import ProfileRepository
from tests.integration.test_plans import MONDAY, NOW, make_runner, runner
from tests.integration.test_weekly_review import SUNDAY_EVENING, WEEK

CHAT = 7_100_000_001
NO_SUNDAY_RUNS = Constraint(
    first=MONDAY, weekdays=frozenset({6}), banned=frozenset({SessionSport.RUN})
)


def services(session: AsyncSession, clock: ManualClock) -> tuple[PlanService, PlanChangeService]:
    plans = PlanService(session, clock)
    return plans, PlanChangeService(session, clock, plans)


async def test_a_constraint_is_logged_kept_and_survives_regeneration(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_runner(session)
        plans, changes = services(session, clock)
        view = await changes.propose(
            athlete,
            CHAT,
            [AddConstraint(NO_SUNDAY_RUNS)],
            author=Author.AI_COACH,
            request_text="no runs on Sundays",
        )
        assert view.proposal.ok and view.nonce is not None
        result = await changes.apply(athlete, CHAT, view.nonce)
        assert result.status is ApplyStatus.APPLIED
        again = await changes.apply(athlete, CHAT, view.nonce)
        assert again.status is ApplyStatus.ALREADY_APPLIED
        await session.commit()

    async with session_factory() as session:
        [row] = list(await session.scalars(select(PlanChangeRow)))
        assert row.proposed_by == "ai_coach" and row.request_text == "no runs on Sundays"
        assert row.constraints and row.constraints[0]["banned"] == ["run"]
        assert row.before and row.after and row.applied_at is not None
        assert list(await session.scalars(select(PendingProposalRow))) == []
        plans, changes = services(session, clock)
        assert await changes.constraints(athlete) == (NO_SUNDAY_RUNS,)
        # A profile change regenerates the plan: the stated rule still holds.
        fields = dataclasses.replace(runner(), weekly_hours=7.0)
        await ProfileRepository(session).save(athlete.id, fields, now=NOW, completed_at=NOW)
        base = await plans.change_base(athlete)
        sunday_runs = [
            s
            for s in base.plan.sessions()
            if s.date.weekday() == 6
            and SessionSport.RUN in s.sports
            and s.type is not SessionType.RACE
        ]
        assert base.record.recalculated >= 2 and sunday_runs == []
        await session.commit()


async def test_undo_only_the_newest_change_while_the_plan_still_holds_it(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW + timedelta(days=1))
    async with session_factory() as session:
        athlete = await make_runner(session)
        plans, changes = services(session, clock)
        base = await plans.change_base(athlete)
        first, second = [s for s in base.plan.sessions() if s.date >= base.today][:2]
        one = await changes.propose(
            athlete, CHAT, [SkipSession(first.id)], author=Author.ATHLETE, request_text=""
        )
        assert one.nonce is not None
        applied_one = await changes.apply(athlete, CHAT, one.nonce)
        two = await changes.propose(
            athlete, CHAT, [SkipSession(second.id)], author=Author.ATHLETE, request_text=""
        )
        assert two.nonce is not None
        applied_two = await changes.apply(athlete, CHAT, two.nonce)
        assert applied_one.change_id is not None and applied_two.change_id is not None

        older = await changes.undo(athlete, applied_one.change_id)
        assert older.status is UndoStatus.NOT_LAST
        newest = await changes.undo(athlete, applied_two.change_id)
        assert newest.status is UndoStatus.UNDONE
        after = await plans.change_base(athlete)
        assert after.plan.session(second.id) == second and after.plan.session(first.id) is None
        # Now the first is the newest applied change, and can be undone too.
        assert (await changes.undo(athlete)).status is UndoStatus.UNDONE
        assert (await plans.change_base(athlete)).plan.session(first.id) == first
        assert (await changes.undo(athlete)).status is UndoStatus.NOTHING
        await session.commit()


async def test_the_weekly_adaptation_is_logged_through_the_same_path(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(SUNDAY_EVENING)
    async with session_factory() as session:
        athlete = await make_runner(session)
        await PlanService(session, ManualClock(NOW)).regenerate_for(athlete)
        review = await WeeklyReviewService(session, clock).review(athlete, WEEK)
        assert review is not None and review.applied
        rows = list(await session.scalars(select(PlanChangeRow)))
        assert [r.proposed_by for r in rows] == ["weekly_adaptation"]
        assert rows[0].reason["adaptation"] == review.action
        assert rows[0].before != rows[0].after
        await session.commit()


async def test_the_ai_tool_check_refuses_hard_sessions_when_unwell(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW + timedelta(days=1))
    async with session_factory() as session:
        athlete = await make_runner(session)
        plans, changes = services(session, clock)
        base = await plans.change_base(athlete)
        # Easy through and through (no strides either), so skipping it removes no hard work.
        easy = next(
            s for s in base.plan.sessions() if s.date >= base.today and not s.workout.hard_s
        )
        raw = {"operations": [{"op": "skip", "session_id": easy.id}]}
        assert (await changes.check_tool_input(athlete, raw)).ok
        unwell = await changes.check_tool_input(athlete, raw, Health(readiness="red"))
        hard_soon = [
            s
            for s in base.plan.sessions()
            if base.today <= s.date < base.today + timedelta(days=7) and s.workout.hard_s
        ]
        assert not unwell.ok
        assert unwell.for_model()["status"] == "refused"
        assert all(s.id in unwell.reasons[0] for s in hard_soon)
        bad = await changes.check_tool_input(athlete, {"operations": [{"op": "teleport"}]})
        assert not bad.ok and "'op' must be one of" in bad.reasons[0]
        await session.commit()


async def test_saying_i_am_sick_flags_the_day_for_readiness(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """A sandbox tester wrote "I'm sick": the plan-change reader asked about symptoms, but
    the day's wellness stayed unflagged, so readiness did not know."""
    clock = ManualClock(NOW + timedelta(days=1))
    async with session_factory() as session:
        athlete = await make_runner(session)
        plans, changes = services(session, clock)
        today = plans.today(athlete)
        wellness = WellnessService(session, clock)
        assert (await wellness.current(athlete, today)).illness is not True

        found = await changes.from_sentence(athlete, CHAT, "I'm sick", "en")
        assert isinstance(found, Question)
        assert (await wellness.current(athlete, today)).illness is True
        assert (await wellness.current(athlete, today)).injury is not True

        clock.advance(timedelta(days=1))  # someone else's illness flags nothing
        assert await changes.from_sentence(athlete, CHAT, "my son is sick", "en") is None
        assert (await wellness.current(athlete, plans.today(athlete))).illness is not True
        await session.commit()
