"""The AI for a coach reads the squad only through its CoachScope: athletes who grant AI
summaries at the moment of each read, nothing else. Attacked by name and by id: an athlete
of another squad, a member who withholds AI summaries, one who withdrew it between two
reads, one who left, an invented id, the coach's own id. Real database."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.agent.access import AthleteScope
from bot.coach.agent.squad_access import CoachScope
from bot.coach.agent.squad_tools import REFUSAL, squad_tools
from bot.coach.agent.tools import ToolContext
from bot.coach.services.access import AccessGate
from bot.domain.squads import Scope
from tests.integration.test_coach_access import (
    OTHER_COACH_ID,
    SECOND_ATHLETE_ID,
    squad_with_runner,
)
from tests.integration.test_plans import NOW, make_athlete


def turn(scope: CoachScope) -> ToolContext:
    """A /ask turn's context; the squad tools read ``squad`` alone, never ``scope``."""
    return ToolContext(scope=None, today=scope.today(), squad=scope)  # type: ignore[arg-type]


async def test_the_coachs_ai_reaches_only_athletes_granting_ai_summaries(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, token = await squad_with_runner(session, clock)
        (shared,) = await squads.sharing(runner)
        await squads.set_scope(runner, shared.membership.id, Scope.AI_SUMMARIES, granted=True)
        withholding = await make_athlete(session, SECOND_ATHLETE_ID)
        await squads.accept(token, withholding)
        stranger_coach = await make_athlete(session, OTHER_COACH_ID)
        _, elsewhere = await squads.create(stranger_coach, "Elsewhere")
        outsider = await make_athlete(session, SECOND_ATHLETE_ID + 1)
        await squads.accept(elsewhere.token, outsider)
        (theirs,) = await squads.sharing(outsider)
        await squads.set_scope(outsider, theirs.membership.id, Scope.AI_SUMMARIES, granted=True)

        scope = CoachScope(coach, AccessGate(session, clock), clock)
        registry = squad_tools()
        context = turn(scope)
        today = await registry.call(context, "squad_today", {})
        asks = {
            "outsider id": str(outsider.id),
            "withholding id": str(withholding.id),
            "invented id": str(outsider.id + 1000),
            "own id": str(coach.id),
        }
        refused = {
            name: await registry.call(context, "athlete_weeks", {"athlete": value})
            for name, value in asks.items()
        }
        granted = await registry.call(context, "athlete_weeks", {"athlete": str(runner.id)})
        await squads.set_scope(runner, shared.membership.id, Scope.AI_SUMMARIES, granted=False)
        context = turn(scope)  # the next /ask (within one turn a repeated read is memoised)
        withdrawn = await registry.call(context, "athlete_weeks", {"athlete": str(runner.id)})
        empty = await registry.call(context, "squad_today", {})
        await squads.set_scope(runner, shared.membership.id, Scope.AI_SUMMARIES, granted=True)
        await squads.leave(runner, shared.membership.id)
        context = turn(scope)
        left = await registry.call(context, "athlete_weeks", {"athlete": str(runner.id)})

    assert [a["athlete_id"] for a in today.data["athletes"]] == [runner.id]
    for name, outcome in refused.items():
        assert not outcome.ok and outcome.data == {"error": REFUSAL}, name
    assert granted.ok and granted.data["athlete_id"] == runner.id
    assert [w["monday"] for w in granted.data["weeks"]] == ["2025-12-29", "2026-01-05"]
    assert granted.data["weeks"][0]["load"] > 0  # the Sunday run before the plan began
    assert withdrawn.data == {"error": REFUSAL} and left.data == {"error": REFUSAL}
    assert empty.data["athletes"] == []


async def test_a_squad_tool_outside_a_coachs_turn_refuses(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_athlete(session)
        context = ToolContext(scope=_own(athlete, clock, session), today=NOW.date())
        outcome = await squad_tools().call(context, "squad_today", {})
    assert not outcome.ok and "coach's questions" in outcome.data["error"]


def _own(athlete, clock, session) -> AthleteScope:  # type: ignore[no-untyped-def]
    from bot.coach.agent.runtime import offline_coach
    from bot.coach.services.coach import CoachService

    return CoachService(session, clock, offline_coach()).scope(athlete)
