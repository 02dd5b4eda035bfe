"""Zone overrides: the ones in force, their history, set and clear (never committed here)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.zone_overrides import ZoneOverrideEntry, ZoneSetter
from bot.storage.models.zone_overrides import ZoneOverrideRow


def _entry(row: ZoneOverrideRow) -> ZoneOverrideEntry:
    return ZoneOverrideEntry(
        metric=row.metric,
        number=row.zone_number,
        lower=row.lower,
        upper=row.upper,
        set_by=ZoneSetter(row.set_by),
        setter_id=row.setter_id,
        setter_name=row.setter_name,
        set_at=row.set_at,
        cleared_at=row.cleared_at,
    )


class ZoneOverrideRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def in_force(self, athlete_id: int) -> tuple[ZoneOverrideEntry, ...]:
        """The overrides in force, by metric then zone number."""
        rows = await self._session.scalars(
            select(ZoneOverrideRow)
            .where(ZoneOverrideRow.athlete_id == athlete_id, ZoneOverrideRow.cleared_at.is_(None))
            .order_by(ZoneOverrideRow.metric, ZoneOverrideRow.zone_number)
        )
        return tuple(_entry(row) for row in rows)

    async def history(self, athlete_id: int) -> tuple[ZoneOverrideEntry, ...]:
        """Every override ever set for the athlete, oldest first."""
        rows = await self._session.scalars(
            select(ZoneOverrideRow)
            .where(ZoneOverrideRow.athlete_id == athlete_id)
            .order_by(ZoneOverrideRow.id)
        )
        return tuple(_entry(row) for row in rows)

    async def replace(
        self, athlete_id: int, entries: Sequence[ZoneOverrideEntry], *, now: datetime
    ) -> None:
        """Close the rows in force for the zones of ``entries`` and add ``entries``."""
        for entry in entries:
            await self._close(athlete_id, entry.metric, now, number=entry.number)
            self._session.add(
                ZoneOverrideRow(
                    athlete_id=athlete_id,
                    metric=entry.metric,
                    zone_number=entry.number,
                    lower=entry.lower,
                    upper=entry.upper,
                    set_by=entry.set_by.value,
                    setter_id=entry.setter_id,
                    setter_name=entry.setter_name,
                    set_at=now,
                )
            )
        await self._session.flush()

    async def clear(self, athlete_id: int, metric: str | None, *, now: datetime) -> int:
        """Close every override in force (of ``metric``, or all); how many were closed."""
        return await self._close(athlete_id, metric, now)

    async def _close(
        self, athlete_id: int, metric: str | None, now: datetime, *, number: int | None = None
    ) -> int:
        query = update(ZoneOverrideRow).where(
            ZoneOverrideRow.athlete_id == athlete_id, ZoneOverrideRow.cleared_at.is_(None)
        )
        if metric is not None:
            query = query.where(ZoneOverrideRow.metric == metric)
        if number is not None:
            query = query.where(ZoneOverrideRow.zone_number == number)
        result = await self._session.execute(
            query.values(cleared_at=now).execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)
