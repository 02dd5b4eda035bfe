"""Use-cases that handlers and jobs call. One session per update or job, passed in."""

from bot.coach.services.athletes import AthleteService
from bot.coach.services.container import Services

__all__ = ["AthleteService", "Services"]
