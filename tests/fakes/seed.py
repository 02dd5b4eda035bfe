"""Seeded training data for the fakes (see ``bot/sandbox/fakes/seed.py``)."""

from bot.sandbox.fakes.seed import FakeActivity, FakeWellness, Season, season

__all__ = ["FakeActivity", "FakeWellness", "Season", "season"]
