"""Daily wellness (the morning check-in): read and write, never commit."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.wellness import WellnessFields, WellnessRecord
from bot.storage.models import WellnessDayRow

_FIELDS = tuple(WellnessFields.__dataclass_fields__)
_DAYS = WellnessDayRow.__table__
# Readiness reads two months of days for every brief and every /readiness: prebuilt Core
# (no ORM identity map or loading for ~60 rows).
_BETWEEN = (
    select(*_DAYS.c)
    .where(
        _DAYS.c.athlete_id == bindparam("athlete_id"),
        _DAYS.c.day >= bindparam("first"),
        _DAYS.c.day <= bindparam("last"),
    )
    .order_by(_DAYS.c.day)
)

# What readiness reads: each day's answers without the row's bookkeeping (timestamps and
# source cost more to convert than the answers themselves, ×60 rows per brief).
_ANSWERS_BETWEEN = (
    select(_DAYS.c.day, *(_DAYS.c[name] for name in _FIELDS))
    .where(
        _DAYS.c.athlete_id == bindparam("athlete_id"),
        _DAYS.c.day >= bindparam("first"),
        _DAYS.c.day <= bindparam("last"),
    )
    .order_by(_DAYS.c.day)
)


def _record(row: WellnessDayRow | Any) -> WellnessRecord:
    """From an ORM row or a Core row with the same column names."""
    return WellnessRecord(
        athlete_id=row.athlete_id,
        day=row.day,
        fields=WellnessFields(**{name: getattr(row, name) for name in _FIELDS}),
        source=row.source,
        created_at=row.created_at,
        updated_at=row.updated_at,
        completed_at=row.completed_at,
        field_sources=dict(row.field_sources or {}),
    )


class WellnessRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, athlete_id: int, day: date) -> WellnessRecord | None:
        row = await self._row(athlete_id, day)
        return _record(row) if row else None

    async def save(
        self,
        athlete_id: int,
        day: date,
        fields: WellnessFields,
        *,
        source: str,
        now: datetime,
        completed: bool = False,
        field_sources: dict[str, str] | None = None,
    ) -> WellnessRecord:
        """Create or replace the day's values; ``completed`` stamps the first finish;
        ``field_sources`` (when given) replaces the per-field sources."""
        row = await self._row(athlete_id, day)
        if row is None:
            row = WellnessDayRow(athlete_id=athlete_id, day=day, created_at=now)
            self._session.add(row)
        for name, value in asdict(fields).items():
            setattr(row, name, value)
        row.source = source
        if field_sources is not None:
            row.field_sources = dict(field_sources)
        elif row.field_sources is None:
            row.field_sources = {}
        row.updated_at = now
        if completed and row.completed_at is None:
            row.completed_at = now
        await self._session.flush()
        return _record(row)

    async def between(self, athlete_id: int, first: date, last: date) -> list[WellnessRecord]:
        rows = await self._session.execute(
            _BETWEEN, {"athlete_id": athlete_id, "first": first, "last": last}
        )
        return [_record(row) for row in rows]

    async def answers_between(
        self, athlete_id: int, first: date, last: date
    ) -> list[tuple[date, WellnessFields]]:
        """Each stored day from ``first`` to ``last`` with its answers, oldest first."""
        rows = await self._session.execute(
            _ANSWERS_BETWEEN, {"athlete_id": athlete_id, "first": first, "last": last}
        )
        return [(row[0], WellnessFields(*row[1:])) for row in rows]

    async def answers_of(
        self, athlete_ids: Collection[int], first: date, last: date
    ) -> dict[int, list[tuple[date, WellnessFields]]]:
        """:meth:`answers_between` for many athletes in one query (a coach's squad)."""
        found: dict[int, list[tuple[date, WellnessFields]]] = {i: [] for i in athlete_ids}
        if not athlete_ids:
            return found
        rows = await self._session.execute(
            select(_DAYS.c.athlete_id, _DAYS.c.day, *(_DAYS.c[name] for name in _FIELDS))
            .where(
                _DAYS.c.athlete_id.in_(list(athlete_ids)),
                _DAYS.c.day >= first,
                _DAYS.c.day <= last,
            )
            .order_by(_DAYS.c.athlete_id, _DAYS.c.day)
        )
        for row in rows:
            found[row[0]].append((row[1], WellnessFields(*row[2:])))
        return found

    async def _row(self, athlete_id: int, day: date) -> WellnessDayRow | None:
        return await self._session.scalar(
            select(WellnessDayRow).where(
                WellnessDayRow.athlete_id == athlete_id, WellnessDayRow.day == day
            )
        )
