"""/history: recent activities with their load, a page at a time; each opens its card
(with delete and re-match) in place."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.coach.services import Services
from bot.domain.athletes import Athlete
from bot.handlers import activity_render as render
from bot.handlers.activities import formatter
from bot.handlers.activity_render import HISTORY_PAGE, HistoryPage
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT


async def _page(
    services: Services, athlete: Athlete, t: Translator, page: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    activities, total = await services.activities.recent(
        athlete.id, limit=HISTORY_PAGE, offset=page * HISTORY_PAGE
    )
    fmt = await formatter(services, athlete, t)
    today = services.activities.today(athlete)
    text = render.history_text(t, fmt, activities, page, total, today=today)
    markup = render.history_markup(activities, page, total, t) if activities else None
    return text, markup


async def cmd_history(
    message: Message, *, services: Services, athlete: Athlete, t: Translator
) -> None:
    text, markup = await _page(services, athlete, t, 0)
    await message.answer(text, reply_markup=markup)


async def on_page(
    query: CallbackQuery,
    *,
    callback_data: HistoryPage,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    if not isinstance(query.message, Message):
        await query.answer()
        return
    text, markup = await _page(services, athlete, t, max(callback_data.page, 0))
    await query.message.edit_text(text, reply_markup=markup)
    await query.answer()


def build_router() -> Router:
    router = Router(name="history")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_history, Command("history"))
    router.callback_query.register(on_page, HistoryPage.filter())
    return router
