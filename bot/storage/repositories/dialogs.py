"""Dialog (FSM) state: a state name and a JSON object per conversation key."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import DialogStateRow


class DialogStateRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, key: str) -> tuple[str | None, dict[str, Any]]:
        result = await self._session.execute(
            select(DialogStateRow.state, DialogStateRow.data).where(DialogStateRow.key == key)
        )
        found = result.one_or_none()
        if found is None:
            return None, {}
        return found.state, dict(found.data or {})

    async def put(
        self, key: str, state: str | None, data: dict[str, Any], *, now: datetime
    ) -> None:
        """Store a key's state and data; a key with neither is removed."""
        row = await self._session.get(DialogStateRow, key)
        if state is None and not data:
            if row is not None:
                await self._session.delete(row)
        elif row is None:
            self._session.add(
                DialogStateRow(key=key, state=state, data=dict(data), updated_at=now)
            )
        else:
            row.state = state
            row.data = dict(data)  # a new object, so SQLAlchemy sees the change
            row.updated_at = now
        await self._session.flush()

    async def delete_older_than(self, cutoff: datetime) -> int:
        result = await self._session.execute(
            delete(DialogStateRow).where(DialogStateRow.updated_at < cutoff)
        )
        return int(getattr(result, "rowcount", 0) or 0)
