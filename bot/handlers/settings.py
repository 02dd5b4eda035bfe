"""/settings: change any part of the profile (timezone, brief time, units, language,
thresholds with their source and date, availability, goal…)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.coach.profile.dialog import EDIT_SCOPES
from bot.coach.services import Services
from bot.domain.athletes import Athlete
from bot.domain.profiles import ThresholdKind
from bot.handlers.language import language_keyboard
from bot.handlers.onboarding import flow, render
from bot.handlers.onboarding.callbacks import SettingsItem
from bot.handlers.onboarding.flow import DialogChat
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT

_KINDS = {kind.value for kind in ThresholdKind}


async def cmd_settings(
    message: Message, services: Services, athlete: Athlete, t: Translator
) -> None:
    if not await services.profiles.is_complete(athlete.id):
        await message.answer(t("profile-missing"))
        return
    await message.answer(t("settings-title"), reply_markup=render.settings_menu(t))


async def on_settings_item(
    query: CallbackQuery,
    *,
    callback_data: SettingsItem,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """Open one setting: a short dialog, the thresholds list, or the language choice."""
    if await flow.active(state) is not None:
        await query.answer(t("ob-busy"), show_alert=True)
        return
    if not await services.profiles.is_complete(athlete.id):
        await query.answer(t("profile-missing"), show_alert=True)
        return
    chat = DialogChat.of(query, state, services, athlete, t)
    item, saved = callback_data.item, await flow.saved(state)
    if item == "language":
        await chat.bot.send_message(
            chat.chat_id, t("language-choose"), reply_markup=language_keyboard(athlete.language)
        )
    elif item == "thresholds":
        await flow.show_thresholds(chat)
    elif item == "th":
        kind = ThresholdKind(callback_data.val)
        await flow.ask(chat, await services.onboarding.begin_threshold(athlete, kind, saved))
    else:
        await flow.ask(chat, await services.onboarding.begin_edit(athlete, item, saved))
    await query.answer()


def build_router() -> Router:
    router = Router(name="settings")
    router.message.register(cmd_settings, Command("settings"), PRIVATE_CHAT)
    known = {*EDIT_SCOPES, "language", "thresholds"}
    router.callback_query.register(
        on_settings_item,
        SettingsItem.filter(F.item.in_(known) | ((F.item == "th") & F.val.in_(_KINDS))),
    )
    return router
