"""Dialog (FSM) state: a state name and a JSON object per conversation key."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Delete, Insert, Table, bindparam, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import DialogStateRow

_DIALOGS = cast(Table, DialogStateRow.__table__)
_DELETE = delete(_DIALOGS).where(_DIALOGS.c.key == bindparam("key"))


@cache
def _upsert(dialect: str) -> Insert:
    """``INSERT ... ON CONFLICT (key) DO UPDATE``, one statement on SQLite and PostgreSQL
    alike, built once per dialect (a dialog step writes its state on every answer)."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(_DIALOGS).values(
        key=bindparam("key"),
        state=bindparam("state"),
        data=bindparam("data"),
        updated_at=bindparam("updated_at"),
    )
    excluded = statement.excluded
    return statement.on_conflict_do_update(
        index_elements=[_DIALOGS.c.key],
        set_={"state": excluded.state, "data": excluded.data, "updated_at": excluded.updated_at},
    )


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
        """Store a key's state and data in one statement; a key with neither is removed."""
        statement: Insert | Delete
        values: dict[str, Any]
        if state is None and not data:
            statement, values = _DELETE, {"key": key}
        else:
            statement = _upsert(self._session.get_bind().dialect.name)
            values = {"key": key, "state": state, "data": dict(data), "updated_at": now}
        await self._session.execute(statement, values)

    async def delete_older_than(self, cutoff: datetime) -> int:
        result = await self._session.execute(
            delete(DialogStateRow).where(DialogStateRow.updated_at < cutoff)
        )
        return int(getattr(result, "rowcount", 0) or 0)
