"""Whatever no feature handled: a helpful word instead of silence (private chats only).
Text goes to the AI coach (bot/handlers/coach.py) before it reaches this router."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ContentType
from aiogram.types import CallbackQuery, Message

from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT, on

_BY_CONTENT: dict[str, str] = {
    ContentType.STICKER: "fallback-sticker",
    ContentType.VOICE: "fallback-voice",
    ContentType.VIDEO_NOTE: "fallback-voice",
    ContentType.AUDIO: "fallback-voice",
    ContentType.PHOTO: "fallback-photo",
}


async def on_unknown_command(message: Message, t: Translator) -> None:
    command = (message.text or "/").split(maxsplit=1)[0].split("@", 1)[0]
    await message.answer(t("fallback-unknown-command", command=command[:64]))


async def on_unsupported_message(message: Message, t: Translator) -> None:
    await message.answer(t(_BY_CONTENT.get(message.content_type, "fallback-other")))


async def on_stale_button(query: CallbackQuery, t: Translator) -> None:
    # A button no handler claims belongs to a dialog that has moved on or ended.
    await query.answer(t("stale-button"), show_alert=False)


def build_router() -> Router:
    router = Router(name="fallback")
    # In a group, members talk to each other; answering every message would be noise.
    router.message.filter(PRIVATE_CHAT)
    router.message.register(on_unknown_command, on(F.text.startswith("/")))
    router.message.register(on_unsupported_message)
    router.callback_query.register(on_stale_button)
    return router
