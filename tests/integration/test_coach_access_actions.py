"""The coach's actions on an athlete (plan changes, a change for everyone, threshold
overrides, messages), attacked like the gate's reads: each is checked at the action, so
plan edits withheld while the coach's buttons are on screen, a forged athlete id, a coach
of another squad and an athlete who left are refused and change nothing. The plan
changes go through the plan-change engine: audit with the coach as author, undo. Real
database (SQLite, or PostgreSQL when configured)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.planning.changes import Author
from bot.coach.planning.guardrails import ViolationCode
from bot.coach.planning.model import SessionSport
from bot.coach.services.access import AccessDenied, AccessGate
from bot.coach.services.coaching import BulkStatus, CoachingService, Unreadable
from bot.coach.services.plan_changes import (
    ApplyStatus,
    PlanChangeService,
    ProposalView,
    UndoStatus,
)
from bot.coach.services.plans import PlanService
from bot.coach.services.profiles import ProfileService
from bot.coach.services.squads import SquadService
from bot.domain.athletes import Athlete
from bot.domain.profiles import ThresholdKind, ThresholdSource
from bot.domain.squads import Scope
from tests.integration.test_coach_access import (
    OTHER_COACH_ID,
    SECOND_ATHLETE_ID,
    squad_with_runner,
)
from tests.integration.test_plans import MONDAY, NOW, make_athlete

SATURDAY = MONDAY + timedelta(days=5)
RIDE = "Saturday: 40 min group ride in zone 2"
RUN = "Saturday: 40 min run in zone 2"
LONG_RUN = "Saturday: 2 h run in zone 2"  # over the runner's 5 h a week


def coaching(session: AsyncSession, clock: ManualClock) -> CoachingService:
    plans = PlanService(session, clock)
    return CoachingService(
        clock,
        AccessGate(session, clock),
        plans,
        PlanChangeService(session, clock, plans),
        ProfileService(session, clock),
    )


async def grant_edits(squads: SquadService, athlete: Athlete, *, granted: bool = True) -> int:
    (shared,) = await squads.sharing(athlete)
    await squads.set_scope(athlete, shared.membership.id, Scope.PLAN_EDIT, granted=granted)
    return shared.membership.id


async def day_of(session: AsyncSession, clock: ManualClock, athlete: Athlete, day: date) -> list:
    view = await PlanService(session, clock).day(athlete, day)
    return [(s.session.sport, s.session.duration_s) for s in view.sessions]


async def test_a_coach_changes_the_plan_through_the_engine_and_undoes_it(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, _ = await squad_with_runner(session, clock)
        await grant_edits(squads, runner)
        acts = coaching(session, clock)
        before = await day_of(session, clock, runner, SATURDAY)
        target, view = await acts.propose(coach, runner.id, coach.id, RIDE, "en")
        assert isinstance(view, ProposalView)
        assert view.proposal.refusal is None, (before, view.proposal.refusal)
        assert view.nonce is not None
        assert view.author is Author.COACH and view.proposal.ok
        _, result = await acts.apply(coach, runner.id, coach.id, view.nonce)
        after = await day_of(session, clock, runner, SATURDAY)
        (audit,) = await PlanChangeService(session, clock, PlanService(session, clock)).history(
            runner
        )
        _, undone = await acts.undo(coach, runner.id, audit.id)
        back = await day_of(session, clock, runner, SATURDAY)

    assert target.id == runner.id and result.status is ApplyStatus.APPLIED
    assert before and after == [(SessionSport.BIKE, 2400)] and back == before
    assert audit.change.proposed_by == "coach" and audit.change.request_text == RIDE
    assert audit.change.reason["coach_id"] == coach.id and audit.change.reason["coach"] == "Pia"
    assert audit.change.operations == [
        {"op": "place", "day": "2026-01-10", "sport": "bike", "minutes": 40, "effort": 2}
    ]
    assert undone.status is UndoStatus.UNDONE


async def test_plan_edits_withheld_while_the_card_is_on_screen_refuse_every_action(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """The proposal's Apply, Undo, the threshold and a new change, each tapped after the
    athlete withholds plan edits: refused, nothing changed; a message still goes (the
    athlete is in the squad), until they leave."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, _ = await squad_with_runner(session, clock)
        membership = await grant_edits(squads, runner)
        acts = coaching(session, clock)
        _, view = await acts.propose(coach, runner.id, coach.id, RIDE, "en")
        assert isinstance(view, ProposalView) and view.nonce is not None
        nonce = view.nonce
        before = await day_of(session, clock, runner, SATURDAY)
        await grant_edits(squads, runner, granted=False)
        refused = await refusals(
            {
                "apply": lambda: acts.apply(coach, runner.id, coach.id, nonce),
                "undo": lambda: acts.undo(coach, runner.id, 1),
                "propose": lambda: acts.propose(coach, runner.id, coach.id, RIDE, "en"),
                "threshold": lambda: acts.override_threshold(
                    coach, runner.id, ThresholdKind.LTHR, 170
                ),
                "message": lambda: acts.recipient(coach, runner.id),
            }
        )
        after = await day_of(session, clock, runner, SATURDAY)
        history = await ProfileService(session, clock).threshold_history(
            runner.id, ThresholdKind.LTHR
        )
        await squads.leave(runner, membership)
        gone = await refusals(
            {
                "message": lambda: acts.recipient(coach, runner.id),
                "reply": lambda: acts.coach_to_answer(runner, coach.id),
            }
        )

    assert refused == ["apply", "undo", "propose", "threshold"]
    assert after == before and history == []
    assert gone == ["message", "reply"]


async def refusals(actions: dict[str, Callable[[], Awaitable[object]]]) -> list[str]:
    refused = []
    for name, action in actions.items():
        try:
            await action()
        except AccessDenied:
            refused.append(name)
    return refused


async def test_a_forged_athlete_id_and_a_coach_of_another_squad_are_refused(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """The coach's own pending proposal applied under another athlete's id; a stranger
    coach naming the runner; the coach naming themself."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, _ = await squad_with_runner(session, clock)
        await grant_edits(squads, runner)
        outsider = await make_athlete(session, SECOND_ATHLETE_ID)
        stranger = await make_athlete(session, OTHER_COACH_ID)
        await squads.create(stranger, "Track club")
        acts = coaching(session, clock)
        _, view = await acts.propose(coach, runner.id, coach.id, RIDE, "en")
        assert isinstance(view, ProposalView) and view.nonce is not None
        nonce = view.nonce
        refused = await refusals(
            {
                "forged apply": lambda: acts.apply(coach, outsider.id, coach.id, nonce),
                "forged message": lambda: acts.recipient(coach, outsider.id),
                "stranger apply": lambda: acts.apply(stranger, runner.id, coach.id, nonce),
                "stranger propose": lambda: acts.propose(stranger, runner.id, 1, RIDE, "en"),
                "stranger threshold": lambda: acts.override_threshold(
                    stranger, runner.id, ThresholdKind.FTP, 250
                ),
                "stranger message": lambda: acts.recipient(stranger, runner.id),
                "self": lambda: acts.propose(coach, coach.id, coach.id, RIDE, "en"),
                "reply to a stranger": lambda: acts.coach_to_answer(runner, stranger.id),
            }
        )
        still = await PlanChangeService(session, clock, PlanService(session, clock)).pending(
            coach.id
        )

    assert len(refused) == 8
    assert still is not None and still.proposal.nonce == nonce  # the real one stays pending


async def test_a_change_for_everyone_is_checked_per_athlete(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """One athlete grants plan edits, one does not (and has no plan): the preview says so
    per athlete, with the guardrail that refuses a run too long for the runner's week;
    a ride is refused for the runner, who does not ride (not turned into one without a
    word); Apply changes the one it may; an unreadable line is told."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, token = await squad_with_runner(session, clock)
        await grant_edits(squads, runner)
        newcomer = await make_athlete(session, SECOND_ATHLETE_ID)
        await squads.accept(token, newcomer)
        acts = coaching(session, clock)
        over = await acts.bulk(coach, LONG_RUN, "en")
        ride = await acts.bulk(coach, RIDE, "en", apply=True)
        preview = await acts.bulk(coach, RUN, "en")
        applied = await acts.bulk(coach, RUN, "en", apply=True)
        after = await day_of(session, clock, runner, SATURDAY)
        membership = (await squads.sharing(newcomer))[0].membership.id
        await squads.set_scope(newcomer, membership, Scope.PLAN_EDIT, granted=True)
        no_plan = await acts.bulk(coach, "Sunday: rest", "en")
        with pytest.raises(Unreadable):
            await acts.bulk(coach, "how is everyone?", "en")

    (no_ride,) = [line for line in ride if line.athlete.id == runner.id]
    assert no_ride.status is BulkStatus.NOT_THEIR_SPORT and no_ride.sport is SessionSport.BIKE
    assert no_ride.day == SATURDAY and no_ride.change_id is None
    assert {line.athlete.id: line.status for line in preview} == {
        runner.id: BulkStatus.READY,
        newcomer.id: BulkStatus.DENIED,
    }
    (too_long,) = [line for line in over if line.athlete.id == runner.id]
    assert too_long.status is BulkStatus.REFUSED and too_long.view is not None
    refusal = too_long.view.proposal.refusal
    assert refusal is not None and refusal.violation is not None
    assert refusal.violation.code is ViolationCode.OVER_WEEKLY_HOURS
    statuses = {line.athlete.id: line.status for line in applied}
    assert statuses == {runner.id: BulkStatus.APPLIED, newcomer.id: BulkStatus.DENIED}
    assert after == [(SessionSport.RUN, 2400)]
    assert {line.athlete.id: line.status for line in no_plan}[newcomer.id] is BulkStatus.NO_PLAN


async def test_a_coach_overrides_a_threshold_and_the_plan_follows_it(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, _ = await squad_with_runner(session, clock)
        await grant_edits(squads, runner)
        plans = PlanService(session, clock)
        before = (await plans.change_base(runner)).request.thresholds.run_threshold_pace_s_per_km
        _, entry = await coaching(session, clock).override_threshold(
            coach, runner.id, ThresholdKind.RUN_THRESHOLD_PACE, 255
        )
        after = (await plans.change_base(runner)).request.thresholds.run_threshold_pace_s_per_km
        history = await ProfileService(session, clock).threshold_history(
            runner.id, ThresholdKind.RUN_THRESHOLD_PACE
        )

    assert before == 270 and after == 255
    assert entry.source is ThresholdSource.COACH and entry.method == "coach Pia"
    assert entry.effective_date == MONDAY and [e.value for e in history] == [270, 255]
