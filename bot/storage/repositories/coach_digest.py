"""A coach's digest preferences and who gets a digest at all (the tick's read)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.athletes import AthleteStatus
from bot.domain.digests import DEFAULT_DIGEST_TIME, CoachScheduleEntry, DigestPreferences
from bot.storage.models import AthleteRow, CoachDigestPreferenceRow, SquadRow


def _preferences(athlete_id: int, row: CoachDigestPreferenceRow | None) -> DigestPreferences:
    if row is None:
        return DigestPreferences(athlete_id)
    return DigestPreferences(athlete_id, row.enabled, row.digest_time, row.weekly_enabled)


class CoachDigestRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, athlete_id: int) -> DigestPreferences:
        """The coach's choice, or the defaults when they never made one."""
        return _preferences(
            athlete_id, await self._session.get(CoachDigestPreferenceRow, athlete_id)
        )

    async def save(self, preferences: DigestPreferences, *, now: datetime) -> None:
        row = await self._session.get(CoachDigestPreferenceRow, preferences.athlete_id)
        if row is None:
            row = CoachDigestPreferenceRow(athlete_id=preferences.athlete_id)
            self._session.add(row)
        row.enabled = preferences.enabled
        row.digest_time = preferences.at.replace(second=0, microsecond=0, tzinfo=None)
        row.weekly_enabled = preferences.weekly_enabled
        row.updated_at = now
        await self._session.flush()

    async def schedule_entries(self) -> list[CoachScheduleEntry]:
        """Every coach who may get a digest: active, reachable in a private chat, owning a
        squad. Whether anyone in the squads shares anything is decided when composing."""
        first_squad = (
            select(SquadRow.coach_id, func.min(SquadRow.created_at).label("since"))
            .group_by(SquadRow.coach_id)
            .subquery()
        )
        result = await self._session.execute(
            select(
                AthleteRow.id,
                AthleteRow.chat_id,
                AthleteRow.timezone,
                first_squad.c.since,
                CoachDigestPreferenceRow,
            )
            .join(first_squad, first_squad.c.coach_id == AthleteRow.id)
            .outerjoin(
                CoachDigestPreferenceRow, CoachDigestPreferenceRow.athlete_id == AthleteRow.id
            )
            .where(
                AthleteRow.status == AthleteStatus.ACTIVE.value,
                AthleteRow.chat_id.is_not(None),
            )
        )
        return [
            CoachScheduleEntry(
                row.id,
                row.chat_id,
                row.timezone,
                _preferences(row.id, row[4]),
                row.since,
            )
            for row in result
        ]


__all__ = ["DEFAULT_DIGEST_TIME", "CoachDigestRepository"]
