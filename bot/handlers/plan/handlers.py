"""/today, /week and /plan, the week and day buttons, and the workout exports."""

from __future__ import annotations

from datetime import date

from aiogram import Bot
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.deep_linking import create_start_link

from bot.coach.planning import ExportError
from bot.coach.services import Services
from bot.coach.services.plans import (
    DayPlan,
    ExportFormat,
    PlanUnavailableError,
    SessionGoneError,
)
from bot.domain.athletes import Athlete
from bot.domain.profiles import Units
from bot.handlers.plan import render
from bot.handlers.plan.callbacks import DayButton, ExportButton, WeekButton
from bot.handlers.plan.texts import PlanWords
from bot.handlers.plan_changes.render import pick_days
from bot.i18n import Translator
from bot.telegram.editing import replace_text


async def cmd_today(message: Message, services: Services, athlete: Athlete, t: Translator) -> None:
    try:
        view = await services.plans.day(athlete)
    except PlanUnavailableError as error:
        await message.answer(render.problem_text(t, error))
        return
    await services.commit()  # a plan built for this view: stored before the answer
    swappable = await _swappable(services, athlete, view)
    markup = render.day_markup(t, view, back_to_week=False, swappable=swappable)
    await message.answer(render.day_text(t, view), reply_markup=markup)


async def _swappable(services: Services, athlete: Athlete, view: DayPlan) -> bool:
    """Whether Swap can work for this day: offered only then (not before the plan starts)."""
    if view.stale or view.day < view.context.today:
        return False
    days = pick_days(view.context.today, view.context.plan.end, view.day)
    return bool(await services.plan_changes.swap_days(athlete, view.day, days))


async def cmd_week(message: Message, services: Services, athlete: Athlete, t: Translator) -> None:
    try:
        view = await services.plans.week(athlete)
    except PlanUnavailableError as error:
        await message.answer(render.problem_text(t, error))
        return
    await services.commit()  # a plan built for this view: stored before the answer
    await message.answer(render.week_text(t, view), reply_markup=render.week_markup(t, view))


async def cmd_plan(message: Message, services: Services, athlete: Athlete, t: Translator) -> None:
    try:
        view = await services.plans.overview(athlete)
    except PlanUnavailableError as error:
        await message.answer(render.problem_text(t, error))
        return
    await services.commit()  # a plan built for this view: stored before the answer
    await message.answer(render.plan_text(t, view), reply_markup=render.plan_markup(t, view))


async def cmd_in_group(message: Message, bot: Bot, t: Translator) -> None:
    # A plan is personal: the deep link opens the private chat in one tap.
    link = await create_start_link(bot, "from_group")
    await message.answer(t("plan-private-only", link=link))


async def on_week_button(
    query: CallbackQuery,
    *,
    callback_data: WeekButton,
    services: Services,
    athlete: Athlete,
    t: Translator,
    bot: Bot,
) -> None:
    """Show another week in the same message (previous/next, back from a day)."""
    try:
        view = await services.plans.week(athlete, callback_data.week, plan_id=callback_data.plan)
    except PlanUnavailableError as error:
        await query.answer(render.problem_text(t, error), show_alert=True)
        return
    await services.commit()  # a plan built for this view: stored before the answer
    await replace_text(query, bot, render.week_text(t, view), render.week_markup(t, view))
    await query.answer(t("plan-stale-button") if view.stale else None)


async def on_day_button(
    query: CallbackQuery,
    *,
    callback_data: DayButton,
    services: Services,
    athlete: Athlete,
    t: Translator,
    bot: Bot,
) -> None:
    """Open one day of the week in the same message, with a way back to the week."""
    day = _parse_day(callback_data.day)
    try:
        view = await services.plans.day(athlete, day, plan_id=callback_data.plan)
    except PlanUnavailableError as error:
        await query.answer(render.problem_text(t, error), show_alert=True)
        return
    await services.commit()  # a plan built for this view: stored before the answer
    swappable = await _swappable(services, athlete, view)
    markup = render.day_markup(t, view, back_to_week=True, swappable=swappable)
    await replace_text(query, bot, render.day_text(t, view), markup)
    await query.answer(t("plan-stale-button") if view.stale or day is None else None)


async def on_export_button(
    query: CallbackQuery,
    *,
    callback_data: ExportButton,
    services: Services,
    athlete: Athlete,
    t: Translator,
    bot: Bot,
) -> None:
    """Send the session as a .zwo or FIT workout file (a document in the chat)."""
    words = PlanWords(t, Units.METRIC)  # a workout's name has no numbers in it
    fmt = ExportFormat(callback_data.fmt)
    try:
        exported = await services.plans.export(
            athlete, callback_data.session, fmt, name=words.file_name
        )
    except ExportError:
        await query.answer(t("plan-export-unsupported"), show_alert=True)
        return
    except (SessionGoneError, PlanUnavailableError):
        await query.answer(t("plan-session-gone"), show_alert=True)
        return
    document = BufferedInputFile(exported.content, filename=exported.filename)
    await bot.send_document(
        query.from_user.id, document, caption=t(f"plan-export-caption-{callback_data.fmt}")
    )
    await query.answer()


def _parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
