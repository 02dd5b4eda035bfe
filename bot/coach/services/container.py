"""The services of one unit of work (an update or a job), built on first use."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.coach.services.access import AccessGate
from bot.coach.services.activities import ActivityService, ParseGate
from bot.coach.services.athletes import AthleteService
from bot.coach.services.charts import ChartService
from bot.coach.services.coach_digest import CoachDigestService
from bot.coach.services.coaching import CoachingService
from bot.coach.services.deliveries import DeliveryService
from bot.coach.services.erasure import ErasureService
from bot.coach.services.export import ExportService
from bot.coach.services.group_schedule import GroupScheduleService  # issue 21
from bot.coach.services.groups import GroupService  # issue 21
from bot.coach.services.integrations import IntegrationService
from bot.coach.services.onboarding import OnboardingService
from bot.coach.services.plan_changes import PlanChangeService
from bot.coach.services.plans import PlanService
from bot.coach.services.profiles import ProfileService
from bot.coach.services.reminders import ReminderService
from bot.coach.services.reviews import WeeklyReviewService
from bot.coach.services.squads import SquadService
from bot.coach.services.wellness import WellnessService
from bot.coach.services.zone_overrides import ZoneOverrideService
from bot.integrations.connectors import Connectors
from bot.storage.unit_of_work import AfterCommit, UnitOfWork, transaction

if TYPE_CHECKING:  # the coach's module imports these services' package
    from bot.coach.agent.runtime import CoachRuntime
    from bot.coach.services.coach import CoachService


class Services:
    """Handed to every handler as ``services``; shares the update's one session.

    The services never commit; the update's unit of work does, at its end, or when the
    handler says so (:meth:`commit`)."""

    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        unit: UnitOfWork | None = None,
        *,
        parse_gate: ParseGate | None = None,
    ) -> None:
        self.session = session
        self.clock = clock
        self._unit = unit
        self.parse_gate = parse_gate

    async def commit(self) -> None:
        """Commit what this update did so far (its dialog state included) and go on in a
        new transaction: a handler about to answer after a write (a plan built for the
        view) so that SQLite's write lock is not held across the answer."""
        if self._unit is not None:
            await self._unit.commit()
        else:
            await self.session.commit()

    def after_commit(self, work: AfterCommit) -> None:
        """Run ``work`` once the update has committed (never after a rollback)."""
        if self._unit is None:
            raise RuntimeError("these services have no unit of work to follow")
        self._unit.on_commit(work)

    @property
    def session_factory(self) -> async_sessionmaker[AsyncSession]:
        """Where work after the commit opens transactions of its own."""
        if self._unit is None or self._unit.factory is None:
            raise RuntimeError("these services have no session factory")
        return self._unit.factory

    @classmethod
    @asynccontextmanager
    async def in_transaction(
        cls, factory: async_sessionmaker[AsyncSession], clock: Clock
    ) -> AsyncIterator[Services]:
        """Services for work outside any update (a background sync's follow-up): a
        transaction of its own, committed when the block ends, rolled back if it raises."""
        async with transaction(factory) as session:
            yield cls(session, clock)

    @asynccontextmanager
    async def in_own_transaction(self) -> AsyncIterator[Services]:
        """Services for work after the commit (``after_commit``): a transaction of its
        own, committed when the block ends, rolled back if it raises."""
        async with transaction(self.session_factory) as session:
            yield Services(session, self.clock, parse_gate=self.parse_gate)

    @cached_property
    def athletes(self) -> AthleteService:
        return AthleteService(self.session, self.clock)

    @cached_property
    def profiles(self) -> ProfileService:
        return ProfileService(self.session, self.clock)

    @cached_property
    def deliveries(self) -> DeliveryService:
        return DeliveryService(self.session, self.clock)

    @cached_property
    def plans(self) -> PlanService:
        return PlanService(self.session, self.clock)

    @cached_property
    def plan_changes(self) -> PlanChangeService:
        return PlanChangeService(self.session, self.clock, self.plans)

    @cached_property
    def activities(self) -> ActivityService:
        return ActivityService(self.session, self.clock, parse_gate=self.parse_gate)

    @cached_property
    def wellness(self) -> WellnessService:
        return WellnessService(self.session, self.clock)

    @cached_property
    def reminders(self) -> ReminderService:
        return ReminderService(self.session, self.clock, self.activities, self.wellness)

    @cached_property
    def reviews(self) -> WeeklyReviewService:
        return WeeklyReviewService(self.session, self.clock)

    def integrations(self, connectors: Connectors) -> IntegrationService:
        """intervals.icu and Strava connections (the process's ``Connectors`` are handed
        to handlers by the dispatcher)."""
        return IntegrationService(self.session, self.clock, connectors)

    @cached_property
    def charts(self) -> ChartService:
        return ChartService(self.activities, self.plans, self.wellness, self.profiles)

    @cached_property
    def export(self) -> ExportService:
        return ExportService(self.session, self.clock)

    @cached_property
    def erasure(self) -> ErasureService:
        return ErasureService(self.session, self.clock, on_left=self.squads.tell_coaches_erased)

    @cached_property
    def onboarding(self) -> OnboardingService:
        return OnboardingService(self.profiles, self.plans, self.activities)

    def coach(self, runtime: CoachRuntime) -> CoachService:
        """The AI coach with the process's runtime (client, prices, budgets)."""
        from bot.coach.services.coach import CoachService  # noqa: PLC0415 (import cycle)

        return CoachService(self.session, self.clock, runtime, commit=self.commit)

    @cached_property
    def squads(self) -> SquadService:
        return SquadService(self.session, self.clock)

    @cached_property
    def access(self) -> AccessGate:
        """The only way to read another athlete's data (a coach's views)."""
        return AccessGate(self.session, self.clock)

    @cached_property
    def coaching(self) -> CoachingService:
        """A human coach's actions on their athletes (each checked by the gate)."""
        return CoachingService(
            self.clock, self.access, self.plans, self.plan_changes, self.profiles
        )

    # Issue 21: the team's group chat.
    @cached_property
    def groups(self) -> GroupService:
        return GroupService(self.session, self.clock)

    @cached_property
    def coach_digest(self) -> CoachDigestService:
        """A coach's morning digest and Sunday summary settings (/digest)."""
        return CoachDigestService(self.session, self.clock)

    @cached_property
    def zone_overrides(self) -> ZoneOverrideService:
        """Custom zones: the athlete's own, or a coach's through the gate (plan edit)."""
        return ZoneOverrideService(
            self.session, self.clock, self.profiles, self.access, self.activities
        )

    # Issue 21 (more): the groups' scheduled board edits and roll-calls.
    @cached_property
    def group_schedule(self) -> GroupScheduleService:
        return GroupScheduleService(self.session, self.clock)
