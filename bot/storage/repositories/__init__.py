"""Repositories: add, flush and query; never commit (the caller owns the transaction)."""

from bot.storage.repositories.athletes import AthleteRepository
from bot.storage.repositories.deliveries import BriefPreferenceRepository, DeliveryRepository
from bot.storage.repositories.dialogs import DialogStateRepository
from bot.storage.repositories.profiles import ProfileRepository

__all__ = [
    "AthleteRepository",
    "BriefPreferenceRepository",
    "DeliveryRepository",
    "DialogStateRepository",
    "ProfileRepository",
]
