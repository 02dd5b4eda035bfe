"""Where a brief's inputs come from at send time: one seam for the plan and wellness data.

The plan storage (issue 5) and the wellness/check-in storage (issue 6) do not exist yet.
They plug in by implementing :class:`BriefSources` over the update's or job's session and
being wired in the composition root; until then :class:`NothingYet` answers "no data, no
plan, no check-ins", and the brief says so honestly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.briefs.model import BriefSession
from bot.coach.science.readiness import Readiness


class BriefSources(Protocol):
    async def readiness(self, athlete_id: int, day: date) -> Readiness | None:
        """Readiness on the athlete's local ``day``; None without a wellness source."""
        ...

    async def sessions(self, athlete_id: int, day: date) -> tuple[BriefSession, ...] | None:
        """The sessions planned for ``day``; ``()`` on a rest day, None with no plan."""
        ...

    async def checked_in(self, athlete_id: int, day: date) -> bool | None:
        """Whether the athlete checked in on ``day``; None when check-ins do not exist."""
        ...


BriefSourcesFactory = Callable[[AsyncSession], BriefSources]


class NothingYet:
    """The sources before plans and wellness exist: nothing to read, nothing invented."""

    async def readiness(self, athlete_id: int, day: date) -> Readiness | None:
        return None

    async def sessions(self, athlete_id: int, day: date) -> tuple[BriefSession, ...] | None:
        return None

    async def checked_in(self, athlete_id: int, day: date) -> bool | None:
        return None


def nothing_yet(_session: AsyncSession) -> BriefSources:
    return NothingYet()
