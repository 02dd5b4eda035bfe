"""The command menu Telegram shows next to the input field, in every catalog language."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
)

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
    "digest",
    "ask",
    "help",
    "language",
    "forget",
    "cancel",
    "groupprivacy",  # issue 21
)
# Issue 21: in groups (scope all_group_chats) and for their administrators.
GROUP_MENU = ("board", "me")
GROUP_ADMIN_MENU = ("board", "me", "link", "rollcall", "feeling", "results", "rollcalls", "ai")


def menu_for(catalogs: Catalogs, language: str, names: tuple[str, ...] = MENU) -> list[BotCommand]:
    t = catalogs.translator(language)
    return [BotCommand(command=name, description=t(f"cmd-{name}")) for name in names]


async def set_bot_commands(bot: Bot, catalogs: Catalogs) -> None:
    scope = BotCommandScopeAllPrivateChats()
    await bot.set_my_commands(menu_for(catalogs, DEFAULT_LANGUAGE), scope=scope)
    for language in SUPPORTED_LANGUAGES:
        await bot.set_my_commands(
            menu_for(catalogs, language), scope=scope, language_code=language
        )
    await set_group_commands(bot, catalogs)


async def set_group_commands(bot: Bot, catalogs: Catalogs) -> None:
    """The group menus (issue 21): members see /board, administrators /board and /link."""
    for scope, names in (
        (BotCommandScopeAllGroupChats(), GROUP_MENU),
        (BotCommandScopeAllChatAdministrators(), GROUP_ADMIN_MENU),
    ):
        await bot.set_my_commands(menu_for(catalogs, DEFAULT_LANGUAGE, names), scope=scope)
        for language in SUPPORTED_LANGUAGES:
            await bot.set_my_commands(
                menu_for(catalogs, language, names), scope=scope, language_code=language
            )
