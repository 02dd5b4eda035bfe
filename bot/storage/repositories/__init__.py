"""Repositories: add, flush and query; never commit (the caller owns the transaction)."""

from bot.storage.repositories.activities import ActivityRepository
from bot.storage.repositories.ai import AiOutputRepository
from bot.storage.repositories.athletes import AthleteRepository
from bot.storage.repositories.deliveries import BriefPreferenceRepository, DeliveryRepository
from bot.storage.repositories.dialogs import DialogStateRepository
from bot.storage.repositories.plan_changes import PlanChangeRepository
from bot.storage.repositories.plans import PlanRepository
from bot.storage.repositories.profiles import ProfileRepository
from bot.storage.repositories.reviews import WeeklyReviewRepository
from bot.storage.repositories.squads import SquadRepository
from bot.storage.repositories.wellness import WellnessRepository

__all__ = [
    "ActivityRepository",
    "AiOutputRepository",
    "AthleteRepository",
    "BriefPreferenceRepository",
    "DeliveryRepository",
    "DialogStateRepository",
    "PlanChangeRepository",
    "PlanRepository",
    "ProfileRepository",
    "SquadRepository",
    "WeeklyReviewRepository",
    "WellnessRepository",
]
