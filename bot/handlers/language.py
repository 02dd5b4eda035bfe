"""/language: choose one of the six languages with a tap."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.coach.services import Services
from bot.domain.athletes import Athlete
from bot.i18n import SUPPORTED_LANGUAGES, Translator

# Each language is named in itself, so a person who cannot read the current one finds theirs.
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "it": "Italiano",
}


class LanguageChoice(CallbackData, prefix="lang"):
    code: str


def language_keyboard(current: str) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for code in SUPPORTED_LANGUAGES:
        mark = "✓ " if code == current else ""
        builder.button(
            text=f"{mark}{LANGUAGE_NAMES[code]}", callback_data=LanguageChoice(code=code)
        )
    builder.adjust(3)  # six names in two rows of three, readable on a phone
    return builder.as_markup()


async def cmd_language(message: Message, athlete: Athlete, t: Translator) -> None:
    await message.answer(t("language-choose"), reply_markup=language_keyboard(athlete.language))


async def on_language_chosen(
    query: CallbackQuery,
    callback_data: LanguageChoice,
    athlete: Athlete,
    services: Services,
    t: Translator,
) -> None:
    new_t = t.for_language(callback_data.code)
    if callback_data.code == athlete.language:
        await query.answer(new_t("language-unchanged"))
        return
    await services.athletes.change_language(athlete.telegram_id, callback_data.code)
    if query.message is not None:
        # Replace the choice with the confirmation: the keyboard cannot be tapped twice.
        await query.bot.edit_message_text(  # type: ignore[union-attr]
            text=new_t("language-set"),
            chat_id=query.message.chat.id,
            message_id=query.message.message_id,
        )
    # Answered last (house convention): the answer means "done", the spinner stops.
    await query.answer()


def build_router() -> Router:
    router = Router(name="language")
    router.message.register(cmd_language, Command("language"))
    router.callback_query.register(
        on_language_chosen, LanguageChoice.filter(F.code.in_(SUPPORTED_LANGUAGES))
    )
    return router
