"""Charts as photos: /fitness, and the 📈 buttons on /week, /review, the activity card and
the morning brief and weekly review pushes.

A chart button pressed on a chart photo edits that photo in place (editMessageMedia:
the 6 weeks / 3 months / 1 year buttons); pressed on a text message it sends the chart
as a new photo. The data come from ``services.charts`` (the same numbers as the text
screens); the PNG from the app's ``ChartRenderer``, in its worker thread.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date

from aiogram import F, Router
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaPhoto,
    Message,
)

from bot.coach.briefs.callbacks import BriefActionCode
from bot.coach.charts import ChartRenderer
from bot.coach.science import form_zone
from bot.coach.services import Services
from bot.coach.services.charts import ChartView, FitnessWindow, NoChartData
from bot.domain.athletes import Athlete
from bot.handlers.brief import BriefAction
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT


class ChartButton(CallbackData, prefix="ch"):
    """``kind``: fit (``arg`` the window), wk (``arg`` the week's Monday), rd, ac
    (``arg`` the activity id)."""

    kind: str
    arg: str = ""


def chart_button(t: Translator, kind: str, arg: str = "") -> InlineKeyboardButton:
    """The 📈 button other screens add to their keyboards."""
    return InlineKeyboardButton(
        text=t("chart-btn-open"), callback_data=ChartButton(kind=kind, arg=arg).pack()
    )


def fitness_markup(t: Translator, shown: FitnessWindow) -> InlineKeyboardMarkup:
    row = [
        InlineKeyboardButton(
            text=("• " if window is shown else "") + t(f"chart-btn-{window.value}"),
            callback_data=ChartButton(kind="fit", arg=window.value).pack(),
        )
        for window in FitnessWindow
    ]
    return InlineKeyboardMarkup(inline_keyboard=[row])


async def cmd_fitness(
    message: Message, *, services: Services, athlete: Athlete, t: Translator, charts: ChartRenderer
) -> None:
    numbers = await services.charts.fitness_today(athlete)
    if numbers is None:
        await message.answer(t("chart-none-fitness"))
        return
    day = numbers.today
    zone = t(f"chart-fitness-zone-{form_zone(day.tsb).value.replace('_', '-')}")
    lines = [
        t("fitness-title"),
        t(
            "fitness-numbers",
            ctl=t.number(day.ctl, 0),
            atl=t.number(day.atl, 0),
            tsb=t.number(day.tsb, 0),
            zone=zone,
        ),
        t("fitness-ramp", ramp=t.signed(day.ramp, 1)),
    ]
    if day.acwr is not None and day.acwr_confident:
        lines.append(t("fitness-acwr", acwr=t.number(day.acwr, 2)))
    else:
        lines.append(t("fitness-acwr-unsure"))  # under 4 weeks it echoes its seed (pmc.py)
    lines.append(t("fitness-hint"))
    await message.answer("\n".join(lines))
    view = await services.charts.fitness(athlete, t, FitnessWindow.WEEKS_6)
    await _send(message, view, charts, fitness_markup(t, FitnessWindow.WEEKS_6))


async def on_chart(
    query: CallbackQuery,
    *,
    callback_data: ChartButton,
    services: Services,
    athlete: Athlete,
    t: Translator,
    charts: ChartRenderer,
) -> None:
    message = query.message
    if not isinstance(message, Message):
        await query.answer()
        return
    try:
        view, markup = await _view(services, athlete, t, callback_data)
    except NoChartData as missing:
        await query.answer(t(missing.code), show_alert=True)
        return
    except (LookupError, ValueError):
        await query.answer(t("chart-gone"), show_alert=True)
        return
    if message.photo:
        await _edit(message, view, charts, markup)
    else:
        await _send(message, view, charts, markup)
    await query.answer()


async def on_brief_chart(
    query: CallbackQuery,
    *,
    callback_data: BriefAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
    charts: ChartRenderer,
) -> None:
    """📈 on the morning brief (the readiness trend) and on the weekly review (the
    reviewed week, planned against done)."""
    kind, arg = "rd", ""
    if callback_data.action == BriefActionCode.WEEK_CHART.value:
        review = await services.reviews.latest(athlete)
        kind, arg = "wk", review.week_start.isoformat() if review is not None else ""
    await on_chart(
        query,
        callback_data=ChartButton(kind=kind, arg=arg),
        services=services,
        athlete=athlete,
        t=t,
        charts=charts,
    )


async def _view(
    services: Services, athlete: Athlete, t: Translator, button: ChartButton
) -> tuple[ChartView, InlineKeyboardMarkup | None]:
    if button.kind == "fit":
        window = FitnessWindow(button.arg or FitnessWindow.WEEKS_6.value)
        return await services.charts.fitness(athlete, t, window), fitness_markup(t, window)
    if button.kind == "wk":
        monday = date.fromisoformat(button.arg) if button.arg else None
        return await services.charts.week(athlete, t, monday), None
    if button.kind == "rd":
        return await services.charts.readiness(athlete, t), None
    if button.kind == "ac":
        return await services.charts.activity(athlete, t, int(button.arg)), None
    raise ValueError(f"no chart {button.kind!r}")


async def _send(
    message: Message, view: ChartView, charts: ChartRenderer, markup: InlineKeyboardMarkup | None
) -> None:
    bot = message.bot
    assert bot is not None
    await bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_PHOTO)
    image = await charts.render(view.spec)
    await message.answer_photo(
        BufferedInputFile(image, f"{view.spec.kind.value}.png"),
        caption=view.caption,
        reply_markup=markup,
    )


async def _edit(
    message: Message, view: ChartView, charts: ChartRenderer, markup: InlineKeyboardMarkup | None
) -> None:
    image = await charts.render(view.spec)
    media = InputMediaPhoto(
        media=BufferedInputFile(image, f"{view.spec.kind.value}.png"), caption=view.caption
    )
    # The same window tapped twice: Telegram answers "message is not modified".
    with suppress(TelegramBadRequest):
        await message.edit_media(media=media, reply_markup=markup)


def build_router() -> Router:
    router = Router(name="charts")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_fitness, Command("fitness"))
    router.callback_query.register(on_chart, ChartButton.filter())
    codes = {BriefActionCode.CHART.value, BriefActionCode.WEEK_CHART.value}
    router.callback_query.register(on_brief_chart, BriefAction.filter(F.action.in_(codes)))
    return router
