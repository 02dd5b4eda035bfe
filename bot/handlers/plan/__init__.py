"""The plan in Telegram: /today, /week, /plan, week and day navigation, workout exports."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command

from bot.handlers.plan.callbacks import DayButton, ExportButton, WeekButton
from bot.handlers.plan.handlers import (
    cmd_in_group,
    cmd_plan,
    cmd_today,
    cmd_week,
    on_day_button,
    on_export_button,
    on_week_button,
)
from bot.telegram.filters import GROUP_CHAT, PRIVATE_CHAT

COMMANDS = ("today", "week", "plan")


def build_router() -> Router:
    router = Router(name="plan")
    router.message.register(cmd_today, Command("today"), PRIVATE_CHAT)
    router.message.register(cmd_week, Command("week"), PRIVATE_CHAT)
    router.message.register(cmd_plan, Command("plan"), PRIVATE_CHAT)
    router.message.register(cmd_in_group, Command(*COMMANDS), GROUP_CHAT)
    router.callback_query.register(on_week_button, WeekButton.filter())
    router.callback_query.register(on_day_button, DayButton.filter())
    router.callback_query.register(
        on_export_button, ExportButton.filter(F.fmt.in_({"zwo", "fit"}))
    )
    return router
