"""The AI coach in the private chat: any text no command or open dialog took, /coach and
/forget, and the buttons under a coach answer. Thin: the conversation is
``CoachService``'s; this module streams drafts and renders (bot/handlers/coach_render.py).
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.coach.agent.plan_tool import PLAN_PROPOSAL
from bot.coach.agent.runtime import CoachRuntime
from bot.coach.agent.safety import red_flag
from bot.coach.services.coach import CoachReply, ReplyFormat
from bot.coach.services.container import Services
from bot.coach.services.plan_changes import ProposalView
from bot.domain.athletes import Athlete
from bot.handlers.coach_commands import CoachCommand, command_markup, on_coach_command
from bot.handlers.coach_render import render_model_text, split_message
from bot.handlers.coach_stream import DraftStream
from bot.handlers.plan_changes import render as change_render
from bot.handlers.plan_changes import show_sentence_proposal
from bot.i18n import Translator
from bot.i18n.numbers import format_money
from bot.telegram.filters import PRIVATE_CHAT, on


class ForgetChoice(CallbackData, prefix="cfg"):
    yes: bool


class NoteChoice(CallbackData, prefix="cnote"):
    note: int
    keep: bool


async def on_text(
    message: Message, *, bot: Bot, services: Services, athlete: Athlete, t: Translator,
    coach: CoachRuntime,
) -> None:  # fmt: skip
    # A plain request to change the week ("I'm sick", "no pool this week") gets its
    # proposal card from the deterministic reader, key or no key; a red flag never does.
    text = message.text or ""
    if red_flag(text) is None and await show_sentence_proposal(message, services, athlete, t):
        return
    stream = DraftStream(bot, message.chat.id, services.clock, render_model_text)
    await stream.start()
    reply = await services.coach(coach).answer(
        athlete, message.text or "", t, subject=_subject(message, bot), on_text=stream.update
    )
    await send_reply(message, reply, t)


def _subject(message: Message, bot: Bot) -> str | None:
    """The text of the Tempo message this one replies to (a brief, a card, a review)."""
    replied = message.reply_to_message
    if replied is None or replied.from_user is None or replied.from_user.id != bot.id:
        return None
    return (replied.text or replied.caption or "")[:600] or None


async def send_reply(message: Message, reply: CoachReply, t: Translator) -> None:
    if reply.notice:
        await message.answer(reply.notice)
    text = render_model_text(reply.text) if reply.format is ReplyFormat.MODEL else reply.text
    parts = split_message(text)
    for number, part in enumerate(parts, start=1):
        last = number == len(parts)
        markup = command_markup(t, reply.commands) if last and reply.commands else None
        await message.answer(part, reply_markup=markup)
    for attachment in reply.attachments:
        if attachment.kind == "note_confirm":
            await message.answer(
                t("coach-note-confirm", text=attachment.label),
                reply_markup=_note_buttons(attachment.ref, t),
            )
        elif attachment.kind == PLAN_PROPOSAL and isinstance(attachment.payload, ProposalView):
            # The card is built by our code from the proposal, never from the model's words.
            view = attachment.payload
            await message.answer(
                change_render.card_text(t, view), reply_markup=change_render.card_markup(t, view)
            )


def _note_buttons(note_id: int, t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=t("coach-btn-note-keep"),
                    callback_data=NoteChoice(note=note_id, keep=True).pack(),
                ),
                InlineKeyboardButton(
                    text=t("coach-btn-note-drop"),
                    callback_data=NoteChoice(note=note_id, keep=False).pack(),
                ),
            ]
        ]
    )


async def cmd_coach(
    message: Message, services: Services, athlete: Athlete, t: Translator, coach: CoachRuntime
) -> None:
    status = await services.coach(coach).status(athlete)
    if not status.ai:
        mode = t("coach-status-no-key")
    elif status.over_budget:
        mode = t("coach-status-budget", budget=_usd(status.daily_budget, t),
                 spent=_usd(status.spent_today, t))  # fmt: skip
    else:
        mode = t("coach-status-ai", model=status.model, calls=status.calls_today,
                 spent=_usd(status.spent_today, t),
                 budget=_usd(status.daily_budget, t))  # fmt: skip
    await message.answer(t("coach-status", mode=mode))


def _usd(value: float, t: Translator) -> str:
    return format_money(value, t.language)


async def cmd_forget(message: Message, t: Translator) -> None:
    buttons = [
        InlineKeyboardButton(
            text=t("coach-btn-forget"), callback_data=ForgetChoice(yes=True).pack()
        ),
        InlineKeyboardButton(
            text=t("coach-btn-keep"), callback_data=ForgetChoice(yes=False).pack()
        ),
    ]
    await message.answer(
        t("coach-forget-ask"), reply_markup=InlineKeyboardMarkup(inline_keyboard=[buttons])
    )


async def on_forget(
    query: CallbackQuery, *, callback_data: ForgetChoice, services: Services, athlete: Athlete,
    t: Translator, coach: CoachRuntime,
) -> None:  # fmt: skip
    if callback_data.yes:
        count = await services.coach(coach).forget(athlete)
        text = t("coach-forgotten", count=count)
    else:
        text = t("coach-forget-kept")
    if isinstance(query.message, Message):
        await query.message.edit_text(text)
    await query.answer()


async def on_note(
    query: CallbackQuery, *, callback_data: NoteChoice, services: Services, athlete: Athlete,
    t: Translator, coach: CoachRuntime,
) -> None:  # fmt: skip
    coach_service = services.coach(coach)
    if await coach_service.pending_note(athlete, callback_data.note) is None:
        text = t("coach-note-gone")
    elif callback_data.keep:
        await coach_service.confirm_note(athlete, callback_data.note)
        text = t("coach-note-kept")
    else:
        await coach_service.drop_note(athlete, callback_data.note)
        text = t("coach-note-dropped")
    if isinstance(query.message, Message):
        await query.message.edit_text(text)
    await query.answer()


def build_router() -> Router:
    router = Router(name="coach")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_coach, Command("coach"))
    router.message.register(cmd_forget, Command("forget"))
    # Last among the features: a command, an open dialog's answer or a quick log line
    # was taken by its own router before this one.
    router.message.register(on_text, on(F.text & ~F.text.startswith("/")))
    router.callback_query.register(on_forget, ForgetChoice.filter())
    router.callback_query.register(on_note, NoteChoice.filter())
    router.callback_query.register(on_coach_command, CoachCommand.filter())
    return router
