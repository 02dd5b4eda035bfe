"""Your data: /export sends everything Tempo holds as zip documents; /delete erases it all
after two explicit confirmations."""

from __future__ import annotations

from aiogram import Router
from aiogram.enums import ChatAction
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

from bot.coach.services import Services
from bot.domain.athletes import Athlete
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT


class DeleteStep(CallbackData, prefix="del"):
    """``step`` 1: the first yes, 2: the final yes, 0: keep everything. ``who`` names the
    account the question was asked of, as its creation time in seconds: a button outlives
    an erasure, and a new account may get the erased one's row id back."""

    step: int
    who: int


def account_of(athlete: Athlete) -> int:
    return int(athlete.created_at.timestamp())


def _buttons(t: Translator, yes: str, step: int, who: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=t(yes), callback_data=DeleteStep(step=step, who=who).pack()
                )
            ],
            [
                InlineKeyboardButton(
                    text=t("delete-btn-keep"), callback_data=DeleteStep(step=0, who=who).pack()
                )
            ],
        ]
    )


async def cmd_export(
    message: Message, *, services: Services, athlete: Athlete, t: Translator
) -> None:
    bot = message.bot
    assert bot is not None
    await bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_DOCUMENT)
    parts = await services.export.export(athlete, t)
    for number, part in enumerate(parts, start=1):
        caption = (
            t("export-caption")
            if len(parts) == 1
            else t("export-caption-part", number=number, total=len(parts))
        )
        await message.answer_document(
            BufferedInputFile(part.content, part.file_name), caption=caption
        )


async def cmd_delete(message: Message, *, athlete: Athlete, t: Translator) -> None:
    await message.answer(
        t("delete-ask-first"), reply_markup=_buttons(t, "delete-btn-first", 1, account_of(athlete))
    )


async def on_delete_step(
    query: CallbackQuery,
    *,
    callback_data: DeleteStep,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    message = query.message
    if not isinstance(message, Message) or callback_data.who != account_of(athlete):
        await query.answer(t("delete-stale"), show_alert=True)
        return
    if callback_data.step == 0:
        await message.edit_text(t("delete-kept"))
    elif callback_data.step == 1:
        markup = _buttons(t, "delete-btn-final", 2, account_of(athlete))
        await message.edit_text(t("delete-ask-final"), reply_markup=markup)
    else:
        await services.erasure.erase(athlete)
        await services.commit()  # erased for good before the athlete is told so
        await message.edit_text(t("delete-done"))
    await query.answer()


def build_router() -> Router:
    router = Router(name="your_data")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_export, Command("export"))
    router.message.register(cmd_delete, Command("delete"))
    router.callback_query.register(on_delete_step, DeleteStep.filter())
    return router
