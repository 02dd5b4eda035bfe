"""The team's group chat: the bot added to or removed from a group, a group linked to a
squad by its coach, a group upgraded to a supergroup, the board's message, and each
athlete's group privacy tier. What the group may see of an athlete is read through the
access gate (``AccessGate.board``), never here."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.services.squads import SquadError, SquadService
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete
from bot.domain.groups import (
    FEELING_FATIGUE,
    POLL_OPTIONS,
    GroupPoll,
    GroupStatus,
    GroupTier,
    PollKind,
    PollResults,
    TeamGroup,
)
from bot.domain.squads import Invitation, MembershipStatus, Scope, Squad
from bot.storage.repositories import (
    AthleteRepository,
    GroupPollRepository,
    GroupRepository,
    SquadRepository,
)


class GroupService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._groups = GroupRepository(session)
        self._squads = SquadRepository(session)
        self._athletes = AthleteRepository(session)
        self._polls = GroupPollRepository(session)
        self._wellness = WellnessService(session, clock)
        self._squad_service = SquadService(session, clock)
        self._clock = clock

    async def group(self, chat_id: int) -> TeamGroup | None:
        return await self._groups.by_chat(chat_id)

    async def bot_added(self, chat_id: int, title: str, thread_id: int | None = None) -> TeamGroup:
        """The bot is in the group (again): a squad linked before is kept."""
        return await self._groups.save(
            chat_id,
            title=title,
            status=GroupStatus.ACTIVE,
            now=self._clock.now(),
            thread_id=thread_id,
        )

    async def bot_removed(self, chat_id: int) -> None:
        """The bot was removed: the group sees nothing more. Its board message stays in
        the chat (Telegram keeps a removed bot's messages and pins), so its id is kept:
        added back, the bot edits that board rather than pinning a second one."""
        if await self._groups.by_chat(chat_id) is not None:
            await self._groups.set_fields(chat_id, status=GroupStatus.REMOVED.value)

    async def migrated(self, old_chat_id: int, new_chat_id: int) -> None:
        """A basic group became a supergroup with a new id: the link follows it."""
        if await self._groups.by_chat(new_chat_id) is None:
            await self._groups.set_fields(old_chat_id, chat_id=new_chat_id, board_message_id=None)
            await self._groups.move_leavers(old_chat_id, new_chat_id)

    async def linkable(self, coach: Athlete) -> list[Squad]:
        return await self._squads.squads_of(coach.id)

    async def link(
        self, coach: Athlete, chat_id: int, squad_id: int, thread_id: int | None = None
    ) -> tuple[Squad, Invitation]:
        """Link the group to one of the coach's squads; returns the squad and a fresh
        invitation for the members who are not in it yet. SquadError("not_yours") for a
        squad of someone else, ("no_group") when the bot is not in the group."""
        squad = await self._squads.squad(squad_id)
        if squad is None or squad.coach_id != coach.id:
            raise SquadError("not_yours")
        group = await self._groups.by_chat(chat_id)
        if group is None or group.status is not GroupStatus.ACTIVE:
            raise SquadError("no_group")
        fields: dict[str, object] = {"squad_id": squad.id}
        if thread_id is not None:
            fields["thread_id"] = thread_id
        await self._groups.set_fields(chat_id, **fields)
        return squad, await self._squad_service.invite(coach, squad.id)

    async def squad_of(self, group: TeamGroup) -> Squad | None:
        return await self._squads.squad(group.squad_id) if group.squad_id is not None else None

    async def coach_of(self, squad: Squad) -> Athlete | None:
        """The squad's coach (the board speaks their language and keeps their day)."""
        return await self._athletes.get(squad.coach_id)

    async def is_coach_of(self, athlete: Athlete, group: TeamGroup) -> bool:
        squad = await self.squad_of(group)
        return squad is not None and squad.coach_id == athlete.id

    async def member_left(self, chat_id: int, telegram_id: int) -> bool:
        """Someone left the group's chat: an athlete among them is off its board (True
        when that changes what the group sees)."""
        athlete = await self._athletes.get_by_telegram_id(telegram_id)
        if athlete is None or await self._groups.by_chat(chat_id) is None:
            return False
        await self._groups.left(chat_id, athlete.id, now=self._clock.now())
        return True

    async def member_joined(self, chat_id: int, telegram_id: int) -> bool:
        athlete = await self._athletes.get_by_telegram_id(telegram_id)
        if athlete is None or not await self._groups.has_left(chat_id, athlete.id):
            return False
        await self._groups.rejoined(chat_id, athlete.id)
        return True

    async def set_board(self, chat_id: int, message_id: int | None) -> None:
        await self._groups.set_fields(chat_id, board_message_id=message_id)

    async def groups_of_athlete(self, athlete: Athlete) -> list[TeamGroup]:
        """The active groups of the squads the athlete is in (their board shows them)."""
        return await self.groups_of_athlete_id(athlete.id)

    async def groups_of_athlete_id(self, athlete_id: int) -> list[TeamGroup]:
        groups = []
        for membership, _ in await self._squads.memberships_of_athlete(athlete_id):
            groups += await self._groups.of_squad(membership.squad_id)
        return groups

    async def tier(self, athlete: Athlete) -> GroupTier:
        return await self._groups.tier(athlete.id)

    async def set_tier(self, athlete: Athlete, tier: GroupTier) -> None:
        await self._groups.set_tier(athlete.id, tier)

    async def set_ai(self, coach: Athlete, chat_id: int, *, enabled: bool) -> None:
        """The squad's coach turns the AI coach on or off for the group (SquadError)."""
        await self.roll_call_group(coach, chat_id)
        await self._groups.set_fields(chat_id, ai_enabled=enabled)

    # -- roll-calls ---------------------------------------------------------------------

    async def roll_call_group(self, coach: Athlete, chat_id: int) -> TeamGroup:
        """The group, if ``coach`` coaches the squad linked to it (SquadError otherwise)."""
        group = await self._groups.by_chat(chat_id)
        if group is None or group.squad_id is None:
            raise SquadError("no_group")
        if not await self.is_coach_of(coach, group):
            raise SquadError("not_yours")
        return group

    async def poll_sent(
        self, group: TeamGroup, coach: Athlete, poll_id: str, message_id: int, kind: PollKind
    ) -> GroupPoll:
        """Keep the poll's chat and squad: its answers will name neither."""
        poll = GroupPoll(
            poll_id=poll_id,
            chat_id=group.chat_id,
            squad_id=group.squad_id,
            message_id=message_id,
            kind=kind,
            local_date=self._wellness.today(coach),
            closed=False,
        )
        await self._polls.add(poll, now=self._clock.now())
        return poll

    async def vote(self, poll_id: str, athlete: Athlete, options: list[int]) -> bool:
        """An answer (``poll_answer``) mapped to the athlete through the stored poll: kept
        only from an athlete active in the poll's squad; a morning-feeling answer also
        feeds the athlete's check-in when they share their check-ins with the coach."""
        poll = await self._polls.get(poll_id)
        if poll is None or poll.closed or poll.squad_id is None:
            return False
        membership = await self._squads.membership(poll.squad_id, athlete.id)
        if membership is None or membership.status is not MembershipStatus.ACTIVE:
            return False
        valid = sorted({i for i in options if 0 <= i < POLL_OPTIONS[poll.kind]})
        await self._polls.vote(poll_id, athlete.id, valid, now=self._clock.now())
        if poll.kind is PollKind.FEELING and len(valid) == 1 and membership.grants(Scope.WELLNESS):
            # The athlete's own today: a group in another zone may already be a day ahead.
            day = self._wellness.today(athlete)
            fatigue = FEELING_FATIGUE[valid[0]]
            if fatigue is None:
                await self._wellness.set_flag(athlete, day, "illness")
            else:
                await self._wellness.answer(athlete, day, "fatigue", str(fatigue))
        return True

    async def close_roll_call(self, coach: Athlete, chat_id: int) -> PollResults:
        """Close the group's newest open roll-call; its results (SquadError "no_poll")."""
        await self.roll_call_group(coach, chat_id)
        poll = await self._polls.newest_open(chat_id)
        if poll is None:
            raise SquadError("no_poll")
        await self._polls.close(poll.poll_id, now=self._clock.now())
        names: list[list[str]] = [[] for _ in range(POLL_OPTIONS[poll.kind])]
        for athlete_id, chosen in await self._polls.votes(poll.poll_id):
            membership = (
                await self._squads.membership(poll.squad_id, athlete_id)
                if poll.squad_id is not None
                else None
            )
            athlete = await self._athletes.get(athlete_id)
            if (
                athlete is None
                or membership is None
                or membership.status is not (MembershipStatus.ACTIVE)
            ):
                continue  # someone who left since: not named
            for index in chosen:
                names[index].append(athlete.display_name)
        return PollResults(poll, tuple(tuple(option) for option in names))
