"""Use-cases that handlers and jobs call. One session per update or job, passed in."""

from bot.coach.services.athletes import AthleteService
from bot.coach.services.container import Services
from bot.coach.services.onboarding import OnboardingService, StartChoice
from bot.coach.services.profiles import ProfileService

__all__ = ["AthleteService", "OnboardingService", "ProfileService", "Services", "StartChoice"]
