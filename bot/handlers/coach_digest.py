"""/digest: a coach's morning digest (on/off, its local time) and Sunday squad summary.

``/digest`` shows the settings with buttons; ``/digest 06:45`` sets a time typed."""

from __future__ import annotations

from contextlib import suppress
from datetime import time

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.coach.services import Services
from bot.coach.services.coach_digest import DigestTimeUnreadableError
from bot.domain.athletes import Athlete
from bot.handlers.digest_render import DigestTap, settings_markup, settings_text
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT


async def cmd_digest(
    message: Message,
    *,
    command: CommandObject,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    typed = (command.args or "").strip()
    if typed:
        try:
            at = await services.coach_digest.set_time_text(athlete, typed)
        except DigestTimeUnreadableError:
            await message.answer(t("digest-time-unreadable", text=typed))
            return
        await message.answer(t("digest-time-set", time=Formatter(t).clock(at)))
    settings = await services.coach_digest.settings(athlete)
    await message.answer(settings_text(t, settings), reply_markup=settings_markup(t, settings))


async def on_digest_tap(
    query: CallbackQuery,
    *,
    callback_data: DigestTap,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    digest = services.coach_digest
    if callback_data.a in {"on", "off"}:
        await digest.set_enabled(athlete, callback_data.a == "on")
    elif callback_data.a in {"won", "woff"}:
        await digest.set_weekly(athlete, callback_data.a == "won")
    else:
        value = callback_data.v
        if len(value) != 4 or not value.isdigit() or int(value[:2]) > 23 or int(value[2:]) > 59:
            await query.answer(t("digest-time-unreadable", text=value), show_alert=True)
            return
        await digest.set_time(athlete, time(int(value[:2]), int(value[2:])))
    settings = await digest.settings(athlete)
    if isinstance(query.message, Message):
        with suppress(TelegramBadRequest):  # the same choice tapped twice
            await query.message.edit_text(
                settings_text(t, settings), reply_markup=settings_markup(t, settings)
            )
    await query.answer(t("sharing-saved"))


def build_router() -> Router:
    router = Router(name="coach_digest")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_digest, Command("digest"))
    router.callback_query.register(on_digest_tap, DigestTap.filter())
    return router
