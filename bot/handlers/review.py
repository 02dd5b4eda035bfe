"""/review: the last weekly review again (the Sunday push, as it was decided).

Only a stored review is shown: reviewing a week is what adapts the next one, and that
happens once, on Sunday evening, not whenever someone asks mid-week.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import InlineKeyboardMarkup, Message

from bot.coach.briefs.review import compose_weekly_review
from bot.coach.services import Services
from bot.domain.athletes import Athlete
from bot.handlers.charts import chart_button
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT


async def cmd_review(
    message: Message, *, services: Services, athlete: Athlete, t: Translator
) -> None:
    review = await services.reviews.latest(athlete)
    if review is None:
        await message.answer(t("review-none-yet"))
        return
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[chart_button(t, "wk", review.week_start.isoformat())]]
    )
    await message.answer(compose_weekly_review(review, t).text, reply_markup=markup)


def build_router() -> Router:
    router = Router(name="review")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_review, Command("review"))
    return router
