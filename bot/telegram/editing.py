"""Replacing a message in place from a button tap: the week views, the change flows."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

log = logging.getLogger(__name__)


async def replace_text(
    query: CallbackQuery, bot: Bot, text: str, markup: InlineKeyboardMarkup | None
) -> None:
    """Show ``text`` in place of the tapped message (a new one if it is too old)."""
    message = query.message
    if not isinstance(message, Message):  # too old to edit: say it in a new message
        await bot.send_message(query.from_user.id, text, reply_markup=markup)
        return
    try:
        await message.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as error:
        # A double tap asks for what is already shown: nothing to change.
        if "message is not modified" not in error.message:
            raise
        log.debug("message %s already shows this", message.message_id)
