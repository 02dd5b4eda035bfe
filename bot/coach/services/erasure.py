"""/delete: every row and file of an athlete gone in one transaction.

What stays is the anonymous tombstone of ``PersonalDataRepository.erase`` (the ids of the
pushes that were waiting, so a sender that already claimed one skips it). The athlete's
coach is told only that they left, through the ``on_left`` hook (``Services`` passes
``SquadService.tell_coaches_erased``: the same one line as leaving a squad).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.domain.athletes import Athlete
from bot.storage.repositories import PersonalDataRepository

CoachHook = Callable[[Athlete], Awaitable[None]]


async def tell_coach_athlete_left(athlete: Athlete) -> None:
    """The default hook, for an erasure with no squads to tell (tests of the erasure
    alone). Called inside the erasure's transaction, before the rows go (the membership
    that names the coach is still there)."""
    return


class ErasureService:
    def __init__(
        self, session: AsyncSession, clock: Clock, *, on_left: CoachHook = tell_coach_athlete_left
    ) -> None:
        self._data = PersonalDataRepository(session)
        self._clock = clock
        self._on_left = on_left

    async def erase(self, athlete: Athlete) -> int:
        """Delete everything of ``athlete`` in the current transaction (the caller commits
        before telling the athlete it is done); returns the rows deleted."""
        await self._on_left(athlete)
        return await self._data.erase(athlete.id, athlete.telegram_id, now=self._clock.now())
