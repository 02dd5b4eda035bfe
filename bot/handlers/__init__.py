"""Feature routers. Thin: read the input, call one use-case, render the reply."""

from __future__ import annotations

from aiogram import Router

from bot.handlers import basics, fallback, language


def build_feature_routers() -> list[Router]:
    """Every feature router, in the order they are tried; the fallback comes last."""
    return [basics.router, language.router, fallback.router]
