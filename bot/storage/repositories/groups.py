"""Team group chats and group privacy tiers; never commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.groups import DEFAULT_TIER, GroupStatus, GroupTier, TeamGroup
from bot.storage.models import GroupTierRow, TeamGroupRow


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

    async def _row(self, chat_id: int) -> TeamGroupRow | None:
        return await self._session.scalar(
            select(TeamGroupRow).where(TeamGroupRow.chat_id == chat_id)
        )
