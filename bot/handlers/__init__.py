"""Feature routers. Thin: read the input, call one use-case, render the reply.

Each module has a ``build_router()``: aiogram attaches a router to one dispatcher only,
and a restart within one process (tests, the sandbox) builds a new dispatcher.
"""

from __future__ import annotations

from aiogram import Router

from bot.handlers import basics, fallback, language


def build_feature_routers() -> list[Router]:
    """Every feature router, in the order they are tried; the fallback comes last."""
    return [basics.build_router(), language.build_router(), fallback.build_router()]
