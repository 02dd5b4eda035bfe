"""Team group chats and group privacy tiers; never commits."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.groups import (
    DEFAULT_TIER,
    GroupPoll,
    GroupStatus,
    GroupTier,
    PollKind,
    ScheduledRollCall,
    TeamGroup,
)
from bot.storage.models import (
    AthleteRow,
    GroupLeaverRow,
    GroupPollRow,
    GroupPollVoteRow,
    GroupRollCallRow,
    GroupTierRow,
    SquadRow,
    TeamGroupRow,
)


def _group(row: TeamGroupRow) -> TeamGroup:
    return TeamGroup(
        id=row.id,
        chat_id=row.chat_id,
        title=row.title,
        squad_id=row.squad_id,
        status=GroupStatus(row.status),
        thread_id=row.thread_id,
        ai_enabled=row.ai_enabled,
        board_message_id=row.board_message_id,
        created_at=row.created_at,
    )


class GroupRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def by_chat(self, chat_id: int) -> TeamGroup | None:
        row = await self._row(chat_id)
        return _group(row) if row is not None else None

    async def of_squad(self, squad_id: int) -> list[TeamGroup]:
        rows = await self._session.scalars(
            select(TeamGroupRow)
            .where(TeamGroupRow.squad_id == squad_id, TeamGroupRow.status == GroupStatus.ACTIVE)
            .order_by(TeamGroupRow.id)
        )
        return [_group(row) for row in rows]

    async def save(
        self,
        chat_id: int,
        *,
        title: str,
        status: GroupStatus,
        now: datetime,
        thread_id: int | None = None,
    ) -> TeamGroup:
        """The group, created or brought back (its squad link and board are kept)."""
        row = await self._row(chat_id)
        if row is None:
            row = TeamGroupRow(
                chat_id=chat_id,
                title=title[:128],
                status=status.value,
                ai_enabled=True,
                created_at=now,
                thread_id=thread_id,
            )
            self._session.add(row)
        else:
            row.title, row.status = title[:128], status.value
            if thread_id is not None:
                row.thread_id = thread_id
        await self._session.flush()
        return _group(row)

    async def set_fields(self, group_chat_id: int, **fields: object) -> None:
        """squad_id, thread_id, ai_enabled, board_message_id or chat_id (a migration)."""
        await self._session.execute(
            update(TeamGroupRow).where(TeamGroupRow.chat_id == group_chat_id).values(**fields)
        )

    async def tier(self, athlete_id: int) -> GroupTier:
        row = await self._session.get(GroupTierRow, athlete_id)
        return GroupTier(row.tier) if row is not None else DEFAULT_TIER

    async def set_tier(self, athlete_id: int, tier: GroupTier) -> None:
        row = await self._session.get(GroupTierRow, athlete_id)
        if row is None:
            self._session.add(GroupTierRow(athlete_id=athlete_id, tier=tier.value))
        else:
            row.tier = tier.value
        await self._session.flush()

    async def left(self, chat_id: int, athlete_id: int, *, now: datetime) -> None:
        if not await self.has_left(chat_id, athlete_id):
            self._session.add(GroupLeaverRow(chat_id=chat_id, athlete_id=athlete_id, left_at=now))
            await self._session.flush()

    async def rejoined(self, chat_id: int, athlete_id: int) -> None:
        await self._session.execute(
            delete(GroupLeaverRow).where(
                GroupLeaverRow.chat_id == chat_id, GroupLeaverRow.athlete_id == athlete_id
            )
        )

    async def move_leavers(self, old_chat_id: int, new_chat_id: int) -> None:
        await self._session.execute(
            update(GroupLeaverRow)
            .where(GroupLeaverRow.chat_id == old_chat_id)
            .values(chat_id=new_chat_id)
        )

    async def has_left(self, chat_id: int, athlete_id: int) -> bool:
        found = await self._session.scalar(
            select(GroupLeaverRow.id).where(
                GroupLeaverRow.chat_id == chat_id, GroupLeaverRow.athlete_id == athlete_id
            )
        )
        return found is not None

    async def _row(self, chat_id: int) -> TeamGroupRow | None:
        return await self._session.scalar(
            select(TeamGroupRow).where(TeamGroupRow.chat_id == chat_id)
        )


def _poll(row: GroupPollRow) -> GroupPoll:
    return GroupPoll(
        poll_id=row.poll_id,
        chat_id=row.chat_id,
        squad_id=row.squad_id,
        message_id=row.message_id,
        kind=PollKind(row.kind),
        local_date=row.local_date,
        closed=row.closed_at is not None,
    )


class GroupPollRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, poll: GroupPoll, *, now: datetime) -> None:
        self._session.add(
            GroupPollRow(
                poll_id=poll.poll_id,
                chat_id=poll.chat_id,
                squad_id=poll.squad_id,
                message_id=poll.message_id,
                kind=poll.kind.value,
                local_date=poll.local_date,
                created_at=now,
            )
        )
        await self._session.flush()

    async def get(self, poll_id: str) -> GroupPoll | None:
        row = await self._session.get(GroupPollRow, poll_id)
        return _poll(row) if row is not None else None

    async def newest_open(self, chat_id: int) -> GroupPoll | None:
        row = await self._session.scalar(
            select(GroupPollRow)
            .where(GroupPollRow.chat_id == chat_id, GroupPollRow.closed_at.is_(None))
            .order_by(GroupPollRow.created_at.desc())
            .limit(1)
        )
        return _poll(row) if row is not None else None

    async def close(self, poll_id: str, *, now: datetime) -> None:
        await self._session.execute(
            update(GroupPollRow).where(GroupPollRow.poll_id == poll_id).values(closed_at=now)
        )

    async def vote(
        self, poll_id: str, athlete_id: int, options: list[int], *, now: datetime
    ) -> None:
        row = await self._session.scalar(
            select(GroupPollVoteRow).where(
                GroupPollVoteRow.poll_id == poll_id, GroupPollVoteRow.athlete_id == athlete_id
            )
        )
        if row is None:
            self._session.add(
                GroupPollVoteRow(
                    poll_id=poll_id, athlete_id=athlete_id, option_ids=options, answered_at=now
                )
            )
        else:
            row.option_ids, row.answered_at = options, now
        await self._session.flush()

    async def votes(self, poll_id: str) -> list[tuple[int, list[int]]]:
        rows = await self._session.scalars(
            select(GroupPollVoteRow)
            .where(GroupPollVoteRow.poll_id == poll_id)
            .order_by(GroupPollVoteRow.id)
        )
        return [(row.athlete_id, [int(i) for i in row.option_ids]) for row in rows]


def _roll_call(row: GroupRollCallRow) -> ScheduledRollCall:
    return ScheduledRollCall(
        id=row.id,
        chat_id=row.chat_id,
        kind=PollKind(row.kind),
        weekday=row.weekday,
        at=time(row.at_minute // 60, row.at_minute % 60),
        question=row.question,
        created_at=row.created_at,
    )


class GroupScheduleRepository:
    """Roll-calls scheduled for groups, and the linked groups with their zone (the squad
    coach's timezone) as the tick reads them."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self,
        chat_id: int,
        kind: PollKind,
        weekday: int | None,
        at: time,
        question: str | None,
        *,
        now: datetime,
    ) -> ScheduledRollCall:
        row = GroupRollCallRow(
            chat_id=chat_id,
            kind=kind.value,
            weekday=weekday,
            at_minute=at.hour * 60 + at.minute,
            question=question,
            created_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return _roll_call(row)

    async def of_chat(self, chat_id: int) -> list[ScheduledRollCall]:
        rows = await self._session.scalars(
            select(GroupRollCallRow)
            .where(GroupRollCallRow.chat_id == chat_id)
            .order_by(GroupRollCallRow.weekday, GroupRollCallRow.at_minute, GroupRollCallRow.id)
        )
        return [_roll_call(row) for row in rows]

    async def get(self, roll_call_id: int) -> ScheduledRollCall | None:
        row = await self._session.get(GroupRollCallRow, roll_call_id)
        return _roll_call(row) if row is not None else None

    async def cancel(self, chat_id: int, roll_call_id: int) -> bool:
        result = await self._session.execute(
            delete(GroupRollCallRow).where(
                GroupRollCallRow.chat_id == chat_id, GroupRollCallRow.id == roll_call_id
            )
        )
        return bool(getattr(result, "rowcount", 0))

    async def move(self, old_chat_id: int, new_chat_id: int) -> None:
        await self._session.execute(
            update(GroupRollCallRow)
            .where(GroupRollCallRow.chat_id == old_chat_id)
            .values(chat_id=new_chat_id)
        )

    async def linked_groups(self) -> list[tuple[int, str]]:
        """(chat id, zone) of every active group linked to a squad."""
        result = await self._session.execute(
            select(TeamGroupRow.chat_id, AthleteRow.timezone)
            .join(SquadRow, SquadRow.id == TeamGroupRow.squad_id)
            .join(AthleteRow, AthleteRow.id == SquadRow.coach_id)
            .where(TeamGroupRow.status == GroupStatus.ACTIVE.value)
            .order_by(TeamGroupRow.chat_id)
        )
        return [(row.chat_id, row.timezone) for row in result]

    async def all_of(self, chat_ids: list[int]) -> list[ScheduledRollCall]:
        if not chat_ids:
            return []
        rows = await self._session.scalars(
            select(GroupRollCallRow)
            .where(GroupRollCallRow.chat_id.in_(chat_ids))
            .order_by(GroupRollCallRow.id)
        )
        return [_roll_call(row) for row in rows]
