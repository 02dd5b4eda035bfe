"""Onboarding and profile editing: the dialog that turns a new Telegram user into an
athlete profile, and the section edits the summary and /settings start."""

from bot.handlers.onboarding.handlers import build_router, on_start

__all__ = ["build_router", "on_start"]
