"""The buttons under an answer the coach gives without a model (issue 18: "the same
buttons"): each opens what its command opens — the day with its change buttons, the
week, the check-in, the pause choice, the history, the help — in the same chat."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.coach.services.container import Services
from bot.domain.athletes import Athlete
from bot.handlers.basics import cmd_help
from bot.handlers.brief import cmd_pause
from bot.handlers.checkin import cmd_checkin
from bot.handlers.history import cmd_history
from bot.handlers.plan.handlers import cmd_today, cmd_week
from bot.i18n import Translator

COMMANDS = ("today", "week", "checkin", "pause", "history", "help")


class CoachCommand(CallbackData, prefix="cc"):
    command: str


def command_markup(t: Translator, commands: Sequence[str]) -> InlineKeyboardMarkup | None:
    """One button per command (``/today`` or ``today``), two to a row."""
    buttons = [
        InlineKeyboardButton(
            text=t(f"coach-btn-cmd-{name}"), callback_data=CoachCommand(command=name).pack()
        )
        for name in (c.lstrip("/") for c in commands)
        if name in COMMANDS
    ]
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    )


async def on_coach_command(
    query: CallbackQuery, *, callback_data: CoachCommand, state: FSMContext, services: Services,
    athlete: Athlete, t: Translator,
) -> None:  # fmt: skip
    message = query.message
    name = callback_data.command
    if not isinstance(message, Message) or name not in COMMANDS:
        await query.answer()
        return
    if name == "checkin":
        await cmd_checkin(message, state=state, services=services, athlete=athlete, t=t)
    elif name == "history":
        await cmd_history(message, services=services, athlete=athlete, t=t)
    elif name == "help":
        await cmd_help(message, t)
    else:
        opens = {"today": cmd_today, "week": cmd_week, "pause": cmd_pause}[name]
        await opens(message, services, athlete, t)
    await query.answer()
