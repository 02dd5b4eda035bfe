"""Translation catalogs (Project Fluent, ``bot/locales/<lang>/*.ftl``) and their loader.

All user-facing text goes through here. Messages are Telegram HTML, so string arguments
are escaped unless wrapped in :class:`Html` (text we built ourselves from safe parts).
"""

from bot.i18n.catalog import (
    DEFAULT_LANGUAGE,
    SUPPORTED_LANGUAGES,
    Catalogs,
    Html,
    Translator,
    pick_language,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "SUPPORTED_LANGUAGES",
    "Catalogs",
    "Html",
    "Translator",
    "pick_language",
]
