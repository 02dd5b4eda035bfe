"""The command menu Telegram shows next to the input field, in every catalog language."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats

from bot.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, Catalogs

MENU = (
    "start",
    "today",
    "week",
    "plan",
    "undo",
    "log",
    "checkin",
    "history",
    "review",
    "connect",
    "fitness",
    "coach",
    "brief",
    "pause",
    "resume",
    "profile",
    "zones",
    "settings",
    "export",
    "delete",
    "sharing",
    "squad",
    "help",
    "language",
    "forget",
    "cancel",
)


def menu_for(catalogs: Catalogs, language: str) -> list[BotCommand]:
    t = catalogs.translator(language)
    return [BotCommand(command=name, description=t(f"cmd-{name}")) for name in MENU]


async def set_bot_commands(bot: Bot, catalogs: Catalogs) -> None:
    scope = BotCommandScopeAllPrivateChats()
    await bot.set_my_commands(menu_for(catalogs, DEFAULT_LANGUAGE), scope=scope)
    for language in SUPPORTED_LANGUAGES:
        await bot.set_my_commands(
            menu_for(catalogs, language), scope=scope, language_code=language
        )
