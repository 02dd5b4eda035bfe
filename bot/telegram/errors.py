"""The last resort: log the failure with the update id and tell the person, never silence."""

from __future__ import annotations

import logging

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.types import ErrorEvent

from bot.i18n import Catalogs, Translator, pick_language

log = logging.getLogger(__name__)


def build_error_router(catalogs: Catalogs) -> Router:
    router = Router(name="errors")

    @router.errors()
    async def on_error(event: ErrorEvent, bot: Bot) -> bool:
        update = event.update
        log.error(
            "update %s failed: %s",
            update.update_id,
            event.exception,
            exc_info=(type(event.exception), event.exception, event.exception.__traceback__),
        )
        await _apologise(event, bot, catalogs)
        return True

    return router


async def _apologise(event: ErrorEvent, bot: Bot, catalogs: Catalogs) -> None:
    update = event.update
    message = update.message or update.edited_message
    callback = update.callback_query
    user = (message.from_user if message else None) or (callback.from_user if callback else None)
    t: Translator = catalogs.translator(pick_language(user.language_code if user else None))
    text = t("error-generic")
    try:
        if callback is not None:
            await callback.answer(text, show_alert=True)
        elif message is not None:
            await bot.send_message(message.chat.id, text)
    except TelegramAPIError as exc:  # the apology itself failed: log it, nothing more to do
        log.warning("could not apologise for update %s: %s", update.update_id, exc)
