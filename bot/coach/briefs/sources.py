"""Where a brief's inputs come from at send time: one seam for the plan and wellness data.

Production uses :class:`~bot.coach.briefs.stored_sources.StoredBriefSources` (check-ins,
activities and the plan in the database), wired in the composition root;
:class:`NothingYet` answers "no data, no plan, no check-ins" (tests that need neither).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.briefs.model import BriefSession
from bot.coach.science.readiness import Readiness
from bot.domain.athletes import Athlete
from bot.domain.profiles import Profile


class BriefSources(Protocol):
    async def readiness(
        self, athlete_id: int, day: date, *, excluding_sources: frozenset[str] = frozenset()
    ) -> Readiness | None:
        """Readiness on the athlete's local ``day``; None without a wellness source. Its
        load leaves out activities from ``excluding_sources`` (the AI note's readiness:
        ``bot.domain.visibility.hidden_sources``)."""
        ...

    async def sessions(
        self, athlete: Athlete, day: date, *, profile: Profile | None = None
    ) -> tuple[BriefSession, ...] | None:
        """The sessions planned for ``day``; ``()`` on a rest day, None with no plan.
        ``profile``: the athlete's profile if the caller read it already."""
        ...

    async def checked_in(self, athlete_id: int, day: date) -> bool | None:
        """Whether the athlete checked in on ``day``; None when check-ins do not exist."""
        ...


BriefSourcesFactory = Callable[[AsyncSession], BriefSources]


class NothingYet:
    """The sources before plans and wellness exist: nothing to read, nothing invented."""

    async def readiness(
        self, athlete_id: int, day: date, *, excluding_sources: frozenset[str] = frozenset()
    ) -> Readiness | None:
        return None

    async def sessions(
        self, athlete: Athlete, day: date, *, profile: Profile | None = None
    ) -> tuple[BriefSession, ...] | None:
        return None

    async def checked_in(self, athlete_id: int, day: date) -> bool | None:
        return None


def nothing_yet(_session: AsyncSession) -> BriefSources:
    return NothingYet()
