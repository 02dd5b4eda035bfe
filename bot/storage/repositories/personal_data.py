"""Everything stored about one athlete, found by walking the schema: export and erasure.

A row belongs to the athlete when it is their ``athletes`` row, when one of its foreign
keys points at ``athletes.id`` with their id, or when one of its foreign keys points at a
row that belongs to them (a week of their plan, a chunk of their file) — worked out from
``Base.metadata`` at call time, so a table another feature adds later with a foreign key
to athletes (or to any of their rows) is exported and erased with no change here. The
one table with no foreign key, ``dialog_states``, is keyed by aiogram's storage key,
which holds the Telegram user id between colons.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Base, DeliveryRow, ErasureRow

ATHLETES = "athletes"
DIALOG_STATES = "dialog_states"
OPEN_DELIVERIES = ("pending", "sending")


def owner_clause(table: Table, athlete_id: int, telegram_id: int) -> ColumnElement[bool] | None:
    """The condition that picks ``table``'s rows of this athlete (None: the table holds
    nothing about athletes)."""
    if table.name == ATHLETES:
        return table.c.id == athlete_id
    if table.name == DIALOG_STATES:
        return table.c.key.like(f"%:{telegram_id}:%")
    conditions: list[ColumnElement[bool]] = []
    for key in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        parent = key.column.table
        if parent.name == ATHLETES:
            conditions.append(key.parent == athlete_id)
        elif parent is not table:
            parent_clause = owner_clause(parent, athlete_id, telegram_id)
            if parent_clause is not None:
                conditions.append(key.parent.in_(select(key.column).where(parent_clause)))
    return or_(*conditions) if conditions else None


def personal_tables() -> Iterator[Table]:
    """Every table that can hold something of an athlete, parents before children."""
    for table in Base.metadata.sorted_tables:
        if owner_clause(table, 0, 0) is not None:
            yield table


class PersonalDataRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def rows(self, table: Table, athlete_id: int, telegram_id: int) -> list[dict[str, Any]]:
        """The athlete's rows of ``table`` as column → value, in primary-key order."""
        clause = owner_clause(table, athlete_id, telegram_id)
        if clause is None:
            return []
        query = select(table).where(clause).order_by(*table.primary_key.columns)
        result = await self._session.execute(query)
        return [dict(row) for row in result.mappings()]

    async def erase(self, athlete_id: int, telegram_id: int, *, now: datetime) -> int:
        """Delete every row of the athlete, children first, and leave the tombstone: one
        row per push still waiting in the outbox (so a sender holding it skips it) and
        one for the erasure. Returns how many rows were deleted."""
        waiting = await self._session.scalars(
            select(DeliveryRow.id).where(
                DeliveryRow.athlete_id == athlete_id, DeliveryRow.status.in_(OPEN_DELIVERIES)
            )
        )
        self._session.add_all(
            [ErasureRow(delivery_id=delivery_id, erased_at=now) for delivery_id in waiting]
        )
        self._session.add(ErasureRow(delivery_id=None, erased_at=now))
        deleted = 0
        for table in reversed(list(personal_tables())):
            clause = owner_clause(table, athlete_id, telegram_id)
            result = await self._session.execute(
                delete(table).where(clause if clause is not None else false())
            )
            deleted += int(getattr(result, "rowcount", 0) or 0)
        await self._session.flush()
        return deleted

    async def erased(self, delivery_id: int, *, since: datetime) -> bool:
        """Whether ``delivery_id`` was waiting when its athlete erased their data (at or
        after ``since``: delivery ids may be reused later, the tombstone is not)."""
        found = await self._session.scalar(
            select(ErasureRow.id)
            .where(ErasureRow.delivery_id == delivery_id, ErasureRow.erased_at >= since)
            .limit(1)
        )
        return found is not None
