"""The AI in a team's group chat reads the group only through its GroupScope: the board's
tier-cut lines and the week's roll-calls, and of the asker their own data. Attacked by
name and by id: every tier, a member whose tier is "nothing", one who left the chat, one
who left the squad, someone in the chat who is not in the squad, the coach of another
squad in the same chat (and her athlete), an invented name, a forged id. Real database
(SQLite, or PostgreSQL when configured)."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.agent.group_access import AskerRole, GroupScope
from bot.coach.agent.group_tools import NOT_IN_GROUP, OWN_TOOL_NAMES, REFUSAL, group_tools
from bot.coach.agent.runtime import offline_coach
from bot.coach.agent.tools import ToolContext, ToolOutcome
from bot.coach.services import AthleteService
from bot.coach.services.access import AccessGate
from bot.coach.services.coach import CoachService
from bot.coach.services.group_coach import GroupCoachService
from bot.coach.services.group_schedule import GroupScheduleService
from bot.coach.services.squads import SquadService
from bot.domain.athletes import Athlete, TelegramIdentity
from bot.domain.groups import GroupTier, PollKind, TeamGroup
from bot.storage.repositories import GroupRepository
from tests.integration.test_group_access import CHAT, COACH_ID, athlete_of, linked_squad
from tests.integration.test_plans import NOW

BO_ID, OUT_ID, EVE_ID, EVES_ATHLETE_ID = (
    7_100_000_301,
    7_100_000_302,
    7_100_000_303,
    7_100_000_304,
)


async def person(session: AsyncSession, telegram_id: int, name: str) -> Athlete:
    athlete, _ = await AthleteService(session, ManualClock(NOW)).on_contact(
        TelegramIdentity(telegram_id=telegram_id, first_name=name, private_chat_id=telegram_id)
    )
    return athlete


async def the_coach(session: AsyncSession) -> Athlete:
    """The squad's coach made by ``linked_squad`` (met again: the same athlete)."""
    return await person(session, COACH_ID, "Pia")


async def group_of(session: AsyncSession) -> TeamGroup:
    found = await GroupRepository(session).by_chat(CHAT)
    assert found is not None
    return found


async def ask(session: AsyncSession, clock: ManualClock, asker: Athlete) -> ToolContext:
    """One group turn's context for ``asker``, their role read as the service reads it."""
    role = await GroupCoachService(session, clock, offline_coach()).role(
        asker, await group_of(session)
    )
    scope = GroupScope(
        asker,
        CHAT,
        role,
        gate=AccessGate(session, clock),
        schedule=GroupScheduleService(session, clock),
        clock=clock,
    )
    own = CoachService(session, clock, offline_coach()).scope(asker)
    return ToolContext(own, scope.today(), group=scope)


async def call(context: ToolContext, name: str, args: dict[str, object]) -> ToolOutcome:
    assert context.group is not None
    return await group_tools(sees_group=context.group.sees_group).call(context, name, args)


@pytest.mark.parametrize(
    ("tier", "shown"),
    [
        (GroupTier.DONE, {"session_done_today"}),
        (GroupTier.COLOUR, {"session_done_today", "readiness_colour"}),
        (
            GroupTier.NUMBERS,
            {"session_done_today", "readiness_colour", "readiness_score", "minutes_trained_today"},
        ),
    ],
)
async def test_each_tier_reaches_the_model_exactly(
    session_factory: async_sessionmaker[AsyncSession], tier: GroupTier, shown: set[str]
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        groups, runner_id, _ = await linked_squad(session, clock)
        await GroupRepository(session).set_tier(runner_id, tier)
        runner = await athlete_of(session, runner_id)
        context = await ask(session, clock, await the_coach(session))
        board = await call(context, "group_board", {})
        member = await call(context, "group_member", {"athlete": runner.display_name.upper()})

    assert context.group is not None and context.group.role is AskerRole.COACH
    [line] = board.data["athletes"]
    assert set(line) == {"name", *shown} and line == member.data
    assert line["session_done_today"] is True
    if "readiness_colour" in shown:
        assert line["readiness_colour"] == "red"  # ill today
    if "minutes_trained_today" in shown:
        assert line["minutes_trained_today"] == 60


async def test_nobody_beyond_the_board_is_named_and_ids_are_never_taken(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Bo ("nothing"), Cy (left the chat), Dee (left the squad), Out (in the chat, in no
    squad), Eve (coach of another squad, in the chat) and her athlete Fay, an invented
    name and forged ids: one refusal, the same words for all."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        groups, runner_id, squad_id = await linked_squad(session, clock)
        squads = SquadService(session, clock)
        coach = await the_coach(session)
        members = {}
        for telegram_id, name in ((BO_ID, "Bo"), (BO_ID + 10, "Cy"), (BO_ID + 20, "Dee")):
            members[name] = await person(session, telegram_id, name)
            riders_token = (await squads.invite(coach, squad_id)).token
            await squads.accept(riders_token, members[name])
        await GroupRepository(session).set_tier(members["Bo"].id, GroupTier.NOTHING)
        await groups.member_left(CHAT, members["Cy"].telegram_id)
        [dees] = await squads.sharing(members["Dee"])
        await squads.leave(members["Dee"], dees.membership.id)
        outsider = await person(session, OUT_ID, "Out")
        eve = await person(session, EVE_ID, "Eve")
        fay = await person(session, EVES_ATHLETE_ID, "Fay")
        _, eves = await squads.create(eve, "Track")
        await squads.accept(eves.token, fay)
        runner = await athlete_of(session, runner_id)

        context = await ask(session, clock, runner)
        board = await call(context, "group_board", {})
        names = ["Bo", "Cy", "Dee", "Out", "Eve", "Fay", "Zed", "Pia Pia", ""]
        ids = [str(x.id) for x in (*members.values(), outsider, eve, fay, runner)]
        refused = [await call(context, "group_member", {"athlete": n}) for n in names + ids]
        forged = [
            await call(context, "group_member", {"athlete": "Pia", "athlete_id": fay.id}),
            await call(context, "get_readiness", {"athlete_id": fay.id}),
            await call(context, "group_board", {"chat_id": -1}),
        ]
        roles = {
            name: (await ask(session, clock, who)).group
            for name, who in (("Cy", members["Cy"]), ("Out", outsider), ("Eve", eve))
        }
        guest = await ask(session, clock, eve)
        guest_board = await group_tools(sees_group=False).call(guest, "group_board", {})
        # Even if a guest's turn had the members' tools, the scope would refuse them.
        members_tools = group_tools(sees_group=True)
        guest_member = await members_tools.call(guest, "group_member", {"athlete": "Pia"})
        guest_tools = group_tools(sees_group=False).names

    assert [line["name"] for line in board.data["athletes"]] == [runner.display_name]
    for outcome in refused:
        assert not outcome.ok and outcome.data == {"error": REFUSAL}, outcome.arguments
    for outcome in forged:
        assert not outcome.ok and outcome.data["error"].startswith("bad arguments"), outcome
    assert {name: scope.role for name, scope in roles.items() if scope} == {
        "Cy": AskerRole.GUEST,
        "Out": AskerRole.GUEST,
        "Eve": AskerRole.GUEST,
    }
    assert guest_tools == ["calc"]
    assert not guest_board.ok and "no tool named" in guest_board.data["error"]
    assert not guest_member.ok and guest_member.data == {"error": NOT_IN_GROUP}
    assert OWN_TOOL_NAMES.isdisjoint({"group_board", "group_member", "group_sessions", "calc"})


async def test_the_weeks_sessions_are_the_weekly_roll_calls(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, runner_id, _ = await linked_squad(session, clock)
        coach = await the_coach(session)
        schedule = GroupScheduleService(session, clock)
        await schedule.schedule(coach, CHAT, PollKind.IN_OUT, "sat 08:30 Long ride?")
        await schedule.schedule(coach, CHAT, PollKind.FEELING, "daily 07:00")
        context = await ask(session, clock, await athlete_of(session, runner_id))
        sessions = await call(context, "group_sessions", {})

    assert sessions.data == {
        "sessions": [{"date": "2026-01-10", "time": "08:30", "question": "Long ride?"}]
    }
