"""The services of one unit of work (an update or a job), built on first use."""

from __future__ import annotations

from functools import cached_property

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.services.access import AccessGate
from bot.coach.services.activities import ActivityService
from bot.coach.services.athletes import AthleteService
from bot.coach.services.deliveries import DeliveryService
from bot.coach.services.onboarding import OnboardingService
from bot.coach.services.plan_changes import PlanChangeService
from bot.coach.services.plans import PlanService
from bot.coach.services.profiles import ProfileService
from bot.coach.services.reminders import ReminderService
from bot.coach.services.reviews import WeeklyReviewService
from bot.coach.services.squads import SquadService
from bot.coach.services.wellness import WellnessService


class Services:
    """Handed to every handler as ``services``; shares the update's one session."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self.session = session
        self.clock = clock

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
        return ActivityService(self.session, self.clock)

    @cached_property
    def wellness(self) -> WellnessService:
        return WellnessService(self.session, self.clock)

    @cached_property
    def reminders(self) -> ReminderService:
        return ReminderService(self.session, self.clock, self.activities, self.wellness)

    @cached_property
    def reviews(self) -> WeeklyReviewService:
        return WeeklyReviewService(self.session, self.clock)

    @cached_property
    def onboarding(self) -> OnboardingService:
        return OnboardingService(self.profiles, self.plans)

    @cached_property
    def squads(self) -> SquadService:
        return SquadService(self.session, self.clock)

    @cached_property
    def access(self) -> AccessGate:
        """The only way to read another athlete's data (a coach's views)."""
        return AccessGate(self.session, self.clock)
