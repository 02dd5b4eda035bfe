"""The services of one unit of work (an update or a job), built on first use."""

from __future__ import annotations

from functools import cached_property

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.services.athletes import AthleteService


class Services:
    """Handed to every handler as ``services``; shares the update's one session."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    @cached_property
    def athletes(self) -> AthleteService:
        return AthleteService(self.session, self.clock)
