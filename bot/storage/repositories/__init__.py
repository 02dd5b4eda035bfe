"""Repositories: add, flush and query; never commit (the caller owns the transaction)."""

from bot.storage.repositories.activities import ActivityRepository
from bot.storage.repositories.ai import AiOutputRepository
from bot.storage.repositories.athletes import AthleteRepository
from bot.storage.repositories.coach import CoachRepository
from bot.storage.repositories.coach_digest import CoachDigestRepository
from bot.storage.repositories.deliveries import BriefPreferenceRepository, DeliveryRepository
from bot.storage.repositories.dialogs import DialogStateRepository
from bot.storage.repositories.groups import (  # issue 21: group chats
    GroupPollRepository,
    GroupRepository,
    GroupScheduleRepository,
)
from bot.storage.repositories.integrations import IntegrationRepository
from bot.storage.repositories.personal_data import PersonalDataRepository
from bot.storage.repositories.plan_changes import PlanChangeRepository
from bot.storage.repositories.plans import PlanRepository
from bot.storage.repositories.profiles import ProfileRepository
from bot.storage.repositories.reviews import WeeklyReviewRepository
from bot.storage.repositories.squads import SquadRepository
from bot.storage.repositories.wellness import WellnessRepository
from bot.storage.repositories.zone_overrides import ZoneOverrideRepository

__all__ = [
    "ActivityRepository",
    "AiOutputRepository",
    "AthleteRepository",
    "BriefPreferenceRepository",
    "CoachRepository",
    "DeliveryRepository",
    "DialogStateRepository",
    "PlanChangeRepository",
    "IntegrationRepository",
    "PersonalDataRepository",
    "PlanRepository",
    "ProfileRepository",
    "SquadRepository",
    "WeeklyReviewRepository",
    "WellnessRepository",
    "GroupPollRepository",
    "GroupRepository",
    "GroupScheduleRepository",
    "CoachDigestRepository",
    "ZoneOverrideRepository",
]
