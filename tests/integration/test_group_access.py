"""The group audience of the one gate, attacked: every group tier against what the board
may show (done, readiness colour, score, minutes), an athlete outside the squad, one who
left, a group linked to another coach's squad, a group with no squad and a group the bot
was removed from. Real database (SQLite, or PostgreSQL when configured)."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services.access import AccessDenied, AccessGate
from bot.coach.services.activities import ActivityService
from bot.coach.services.groups import GroupService
from bot.coach.services.squads import SquadError, SquadService
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete
from bot.domain.groups import DEFAULT_TIER, BoardLine, GroupTier
from bot.domain.squads import Scope
from bot.storage.repositories import AthleteRepository, GroupRepository
from tests.integration.test_plans import MONDAY, NOW, make_athlete, make_runner

COACH_ID, OTHER_COACH_ID, OUTSIDER_ID = 7_100_000_201, 7_100_000_202, 7_100_000_203
CHAT, OTHER_CHAT, UNLINKED_CHAT = -1_002_000_000_101, -1_002_000_000_102, -1_002_000_000_103


async def linked_squad(session: AsyncSession, clock: ManualClock) -> tuple[GroupService, int, int]:
    """A coach's squad with the runner in it (ill today, an hour's run done today),
    linked to CHAT; the runner's athlete id and the squad's id."""
    squads, groups = SquadService(session, clock), GroupService(session, clock)
    runner = await make_runner(session)
    await ActivityService(session, clock).log_manual(runner, QuickLog("run", 3600, rpe=6), MONDAY)
    await WellnessService(session, clock).set_flag(runner, MONDAY, "illness")
    coach = await make_athlete(session, COACH_ID)
    squad, invitation = await squads.create(coach, "Riders")
    await squads.accept(invitation.token, runner)
    await groups.bot_added(CHAT, "Club")
    await groups.link(coach, CHAT, squad.id)
    return groups, runner.id, squad.id


async def athlete_of(session: AsyncSession, athlete_id: int) -> Athlete:
    found = await AthleteRepository(session).get(athlete_id)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("tier", "colour_shown", "numbers_shown"),
    [
        (GroupTier.DONE, False, False),
        (GroupTier.COLOUR, True, False),
        (GroupTier.NUMBERS, True, True),
    ],
)
async def test_each_tier_shows_exactly_its_parts(
    session_factory: async_sessionmaker[AsyncSession],
    tier: GroupTier,
    colour_shown: bool,
    numbers_shown: bool,
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, runner_id, _ = await linked_squad(session, clock)
        gate = AccessGate(session, clock)
        await GroupRepository(session).set_tier(runner_id, tier)
        athlete = await athlete_of(session, runner_id)
        [line] = await gate.board(CHAT)

    assert line.name == athlete.display_name and line.tier is tier and line.done is True
    assert (line.colour == "red") is colour_shown and (line.colour is None) is not colour_shown
    assert (line.score is not None) is numbers_shown
    assert (line.minutes_done == 60) is numbers_shown
    assert (line.minutes_done is None) is not numbers_shown


async def test_nothing_means_off_the_board_and_the_default_is_done_or_not(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, runner_id, _ = await linked_squad(session, clock)
        gate = AccessGate(session, clock)
        default_board = await gate.board(CHAT)
        await GroupRepository(session).set_tier(runner_id, GroupTier.NOTHING)
        hidden_board = await gate.board(CHAT)
        hidden_line = await gate.group_line(CHAT, runner_id)

    assert DEFAULT_TIER is GroupTier.DONE
    assert [(line.tier, line.colour, line.score) for line in default_board] == [
        (GroupTier.DONE, None, None)
    ]
    assert hidden_board == [] and hidden_line is None


async def test_outsiders_leavers_other_squads_and_unlinked_groups_see_nobody(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        groups, runner_id, squad_id = await linked_squad(session, clock)
        squads = SquadService(session, clock)
        outsider = await make_athlete(session, OUTSIDER_ID)
        other_coach = await make_athlete(session, OTHER_COACH_ID)
        other_squad, _ = await squads.create(other_coach, "Track")
        await groups.bot_added(OTHER_CHAT, "Track chat")
        await groups.link(other_coach, OTHER_CHAT, other_squad.id)
        await groups.bot_added(UNLINKED_CHAT, "Nobody's")
        gate = AccessGate(session, clock)
        with pytest.raises(AccessDenied):
            await gate.group_line(CHAT, outsider.id)  # in the group, not in the squad
        with pytest.raises(AccessDenied):
            await gate.group_line(OTHER_CHAT, runner_id)  # another coach's squad's group
        with pytest.raises(SquadError):  # the other coach cannot link the first squad
            await groups.link(other_coach, UNLINKED_CHAT, squad_id)
        other_board, unlinked_board = await gate.board(OTHER_CHAT), await gate.board(UNLINKED_CHAT)
        runner = await athlete_of(session, runner_id)
        [shared] = await squads.sharing(runner)
        await squads.leave(runner, shared.membership.id)
        after_leaving = await gate.board(CHAT)
        with pytest.raises(AccessDenied):
            await gate.group_line(CHAT, runner_id)
        await groups.bot_removed(CHAT)
        removed_board = await gate.board(CHAT)

    assert other_board == [] and unlinked_board == []
    assert after_leaving == [] and removed_board == []


def test_a_board_line_has_no_field_beyond_the_tiers() -> None:
    """A new field on BoardLine must be cut by tier in cut_to_tier: this list changes
    with it, on purpose."""
    assert list(BoardLine.__dataclass_fields__) == [
        "name",
        "tier",
        "done",
        "colour",
        "score",
        "minutes_done",
    ]


async def test_someone_who_left_the_groups_chat_is_off_its_board_until_they_return(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        groups, runner_id, _ = await linked_squad(session, clock)
        runner = await athlete_of(session, runner_id)
        gate = AccessGate(session, clock)
        await groups.member_left(CHAT, runner.telegram_id)
        while_away = await gate.board(CHAT)
        with pytest.raises(AccessDenied):
            await gate.group_line(CHAT, runner_id)
        await groups.member_joined(CHAT, runner.telegram_id)
        back = await gate.board(CHAT)

    assert while_away == [] and [line.name for line in back] == [runner.display_name]


@pytest.mark.parametrize(
    ("revoked", "colour_shown", "minutes_shown", "on_board"),
    [
        ((Scope.WELLNESS,), False, False, True),  # done or not, no colour or score
        ((Scope.ACTIVITIES,), True, False, True),  # the colour, no score, no minutes
        ((Scope.ACTIVITIES, Scope.PLAN_VIEW), False, False, False),  # off the board
    ],
)
async def test_the_group_never_sees_more_than_the_coach_may(
    session_factory: async_sessionmaker[AsyncSession],
    revoked: tuple[Scope, ...],
    colour_shown: bool,
    minutes_shown: bool,
    on_board: bool,
) -> None:
    """The squad's coach is always in the group's audience: an athlete on "numbers" who
    hides readiness (or workouts) from the coach shows the group no more than that."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, runner_id, _ = await linked_squad(session, clock)
        await GroupRepository(session).set_tier(runner_id, GroupTier.NUMBERS)
        runner = await athlete_of(session, runner_id)
        squads = SquadService(session, clock)
        [sharing] = await squads.sharing(runner)
        for scope in revoked:
            await squads.set_scope(runner, sharing.membership.id, scope, granted=False)
        board = await AccessGate(session, clock).board(CHAT)

    if not on_board:
        assert board == []
        return
    [line] = board
    assert line.done is True and line.score is None
    assert (line.colour == "red") is colour_shown and (line.colour is None) is not colour_shown
    assert (line.minutes_done == 60) is minutes_shown


async def test_squad_names_are_the_linked_squads_people_only(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """What the group's no-model answer matches a question against: the linked squad's
    coach and athletes; an outsider, another squad's people or an unlinked group, none."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, runner_id, _ = await linked_squad(session, clock)
        outsider = await make_athlete(session, OUTSIDER_ID)
        other_coach = await make_athlete(session, OTHER_COACH_ID)
        await SquadService(session, clock).create(other_coach, "Elsewhere")
        gate = AccessGate(session, clock)
        names = await gate.squad_names(CHAT)
        unlinked = await gate.squad_names(UNLINKED_CHAT)
        coach = await AthleteRepository(session).get_by_telegram_id(COACH_ID)

    assert coach is not None
    assert set(names) == {coach.id, runner_id}
    assert outsider.id not in names and other_coach.id not in names
    assert unlinked == {}
