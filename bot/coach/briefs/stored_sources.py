"""The morning brief's inputs from what is stored: check-ins, activities and the plan.

Readiness is the science core's verdict over the athlete's check-ins and the load state of
the day (fitness folded from the stored daily loads, ``ActivityService.fitness``); the
sessions are the active plan's for the day (``PlanService.sessions_on``: the plan is
brought in step with the profile first, as /today does); the check-in flag is the
wellness row's.

Words are the plan views' job, not the coach's: the composition root hands in a
:data:`SessionWords` that renders a planned session in the athlete's language and units.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.briefs.model import BriefSession
from bot.coach.briefs.sources import BriefSources, BriefSourcesFactory
from bot.coach.planning import Session, Thresholds, Units
from bot.coach.science import Readiness
from bot.coach.services.activities import ActivityService
from bot.coach.services.plans import PlanService, PlanUnavailableError
from bot.coach.services.readiness import HISTORY_DAYS, readiness_on
from bot.coach.services.wellness import WellnessService, is_check_in
from bot.domain.athletes import Athlete
from bot.domain.plans import SessionStatus
from bot.domain.profiles import Profile
from bot.domain.wellness import WellnessFields
from bot.i18n import Catalogs, Translator

__all__ = ["HISTORY_DAYS", "StoredBriefSources", "stored_sources"]
# A session moved to another day or skipped is not today's training.
_NOT_TODAY = frozenset({SessionStatus.MOVED, SessionStatus.SKIPPED})

SessionWords = Callable[[Translator, Units, Session, Thresholds], BriefSession]
"""A planned session as the brief shows it: title and targets in the athlete's words."""


class StoredBriefSources:
    """:class:`BriefSources` over the stored data, in the session of one composition."""

    def __init__(
        self, session: AsyncSession, clock: Clock, catalogs: Catalogs, words: SessionWords
    ) -> None:
        self._wellness = WellnessService(session, clock)
        self._activities = ActivityService(session, clock)
        self._plans = PlanService(session, clock)
        self._catalogs = catalogs
        self._words = words
        # The day's check-in as read with the readiness history, so that one composition
        # (readiness, then the check-in flag) reads it once.
        self._day_read: dict[tuple[int, date], WellnessFields | None] = {}

    async def readiness(
        self, athlete_id: int, day: date, *, excluding_sources: frozenset[str] = frozenset()
    ) -> Readiness | None:
        """Readiness on ``day`` from the check-ins up to it and that day's load state."""
        stored = await readiness_on(
            self._wellness, self._activities, athlete_id, day, excluding_sources=excluding_sources
        )
        self._day_read[(athlete_id, day)] = stored.day_answers
        return stored.readiness

    async def sessions(
        self, athlete: Athlete, day: date, *, profile: Profile | None = None
    ) -> tuple[BriefSession, ...] | None:
        """The active plan's sessions on ``day``; None when no plan can be shown or the
        plan does not reach that day."""
        try:
            found = await self._plans.sessions_on(athlete, day, profile=profile)
        except PlanUnavailableError:
            return None
        if found is None:
            return None
        t = self._catalogs.translator(athlete.language)
        return tuple(
            replace(
                self._words(t, found.units, item.session, found.thresholds),
                id=item.id,
                status=item.outcome.status.value,
            )
            for item in found.sessions
            if item.outcome.status not in _NOT_TODAY
        )

    async def checked_in(self, athlete_id: int, day: date) -> bool | None:
        if (athlete_id, day) in self._day_read:
            return is_check_in(self._day_read[(athlete_id, day)])
        return await self._wellness.checked_in(athlete_id, day)


def stored_sources(clock: Clock, catalogs: Catalogs, words: SessionWords) -> BriefSourcesFactory:
    """The production factory: one :class:`StoredBriefSources` per composing session."""

    def build(session: AsyncSession) -> BriefSources:
        return StoredBriefSources(session, clock, catalogs, words)

    return build
