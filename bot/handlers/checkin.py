"""/checkin: the morning check-in in one message — sleep quality and hours, soreness,
fatigue, stress, mood, illness and injury — plus typed HRV and resting HR.

Each tap is kept at once and the message redrawn with the answer ticked, so seven taps
and "Done" take a few seconds; /checkin again the same day shows the answers to change.
A keyboard from an earlier day says so instead of changing that day.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date

from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.coach.briefs.callbacks import BriefActionCode
from bot.coach.briefs.stored_sources import stored_sources
from bot.coach.ingest.checkin import (
    FLAGS,
    SCALES,
    SLEEP_HOURS,
    CheckinInputError,
    parse_measurements,
)
from bot.coach.services import Services
from bot.coach.services.brief_refresh import BriefWiring, refresh_brief_in_own_transaction
from bot.domain.athletes import Athlete
from bot.domain.wellness import WellnessFields
from bot.handlers.brief import BriefAction
from bot.handlers.plan.brief_words import brief_session
from bot.i18n import Translator
from bot.jobs.transport import keyboard
from bot.telegram.filters import PRIVATE_CHAT, on

_MESSAGE = "checkin_message_id"
_DAY = "checkin_day"
# Faces for answers 1 (best) … 5 (worst), the science core's order.
_FACES = ("😀", "🙂", "😐", "😕", "😣")


class CheckinTap(CallbackData, prefix="ci"):
    """``q`` is a question (a scale, ``sleep_hours``, a flag), ``done`` or ``label``;
    ``d`` the day (YYYYMMDD) the keyboard belongs to."""

    q: str
    d: str
    v: str = ""


class CheckinDialog(StatesGroup):
    open = State()


def _day_code(day: date) -> str:
    return day.strftime("%Y%m%d")


async def grammatical_sex(services: Services, athlete: Athlete) -> str:
    """The profile's sex for words that agree with it in Russian ("спал" / "спала");
    "other" (neutral wording) when the profile does not say."""
    profile = await services.profiles.get(athlete.id)
    sex = profile.fields.sex if profile is not None else None
    return sex.value if sex is not None and sex.value in ("male", "female") else "other"


def checkin_text(
    t: Translator, fields: WellnessFields, *, done: bool = False, sex: str = "other"
) -> str:
    lines = [t("checkin-done-title" if done else "checkin-title")]
    answers = []
    if fields.sleep_hours is not None:
        answers.append(t("checkin-sleep-hours", hours=f"{fields.sleep_hours:g}"))
    for question in SCALES:
        value = getattr(fields, question)
        if value is not None:
            answers.append(t(f"checkin-{question}-{value}", sex=sex))
    for flag in FLAGS:
        if getattr(fields, flag):
            answers.append(t(f"checkin-{flag}-on"))
    if fields.rmssd_ms is not None:
        answers.append(t("checkin-hrv", value=f"{fields.rmssd_ms:g}"))
    if fields.resting_hr_bpm is not None:
        answers.append(t("checkin-rhr", value=f"{fields.resting_hr_bpm:g}"))
    if answers:
        lines.append(" · ".join(answers))
    if not done:
        lines.append(t("checkin-typed-hint"))
    return "\n\n".join(lines)


def checkin_markup(t: Translator, fields: WellnessFields, day: date) -> InlineKeyboardMarkup:
    code = _day_code(day)
    builder = InlineKeyboardBuilder()
    sizes = []
    builder.button(text=t("checkin-row-sleep_hours"), callback_data=CheckinTap(q="label", d=code))
    for hours in SLEEP_HOURS:
        label = (
            f"{hours:g}"
            if hours not in (SLEEP_HOURS[0], SLEEP_HOURS[-1])
            else (f"≤{hours:g}" if hours == SLEEP_HOURS[0] else f"{hours:g}+")
        )
        ticked = "✅" if fields.sleep_hours == hours else ""
        builder.button(
            text=f"{ticked}{label}",
            callback_data=CheckinTap(q="sleep_hours", d=code, v=f"{hours:g}"),
        )
    sizes.append(1 + len(SLEEP_HOURS))
    for question in SCALES:
        builder.button(
            text=t(f"checkin-row-{question}"), callback_data=CheckinTap(q="label", d=code)
        )
        for score, face in enumerate(_FACES, start=1):
            ticked = "✅" if getattr(fields, question) == score else face
            builder.button(text=ticked, callback_data=CheckinTap(q=question, d=code, v=str(score)))
        sizes.append(1 + len(_FACES))
    for flag in FLAGS:
        mark = "✅ " if getattr(fields, flag) else ""
        builder.button(
            text=f"{mark}{t(f'checkin-btn-{flag}')}", callback_data=CheckinTap(q=flag, d=code)
        )
    builder.button(text=t("checkin-btn-done"), callback_data=CheckinTap(q="done", d=code))
    sizes.extend([2, 1])
    builder.adjust(*sizes)
    return builder.as_markup()


async def on_brief_checkin(
    query: CallbackQuery, *, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    """The check-in button on a morning brief opens today's check-in, as /checkin does."""
    if isinstance(query.message, Message):
        await cmd_checkin(query.message, state=state, services=services, athlete=athlete, t=t)
    await query.answer()


def _update_todays_brief(
    query: CallbackQuery,
    services: Services,
    athlete: Athlete,
    t: Translator,
    *,
    day: date,
    wiring: BriefWiring,
) -> None:
    """Once the check-in has committed, today's brief, if one went out, shows the verdict
    with the check-in counted (and its LLM note written for the new facts)."""
    bot = query.bot
    if bot is None:
        return
    factory, clock = services.session_factory, services.clock

    async def refresh_and_edit() -> None:
        refreshed = await refresh_brief_in_own_transaction(
            factory,
            clock,
            t.catalogs,
            wiring.sources or stored_sources(clock, t.catalogs, brief_session),
            athlete=athlete,
            day=day,
            notes=wiring.notes,
        )
        if refreshed is None or not refreshed.changed:
            return
        delivery = refreshed.delivery
        assert delivery.telegram_message_id is not None  # refresh_brief only returns sent ones
        with suppress(TelegramBadRequest):  # deleted by the athlete, or too old to edit
            await bot.edit_message_text(
                refreshed.message.text,
                chat_id=delivery.chat_id,
                message_id=delivery.telegram_message_id,
                reply_markup=keyboard(refreshed.message, delivery.id),
            )

    services.after_commit(refresh_and_edit)


async def cmd_checkin(
    message: Message, *, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    day = services.wellness.today(athlete)
    fields = await services.wellness.current(athlete, day)
    sex = await grammatical_sex(services, athlete)
    sent = await message.answer(
        checkin_text(t, fields, sex=sex), reply_markup=checkin_markup(t, fields, day)
    )
    await state.set_state(CheckinDialog.open)
    await state.update_data({_MESSAGE: sent.message_id, _DAY: day.isoformat()})


async def on_tap(
    query: CallbackQuery,
    *,
    callback_data: CheckinTap,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
    brief_wiring: BriefWiring | None = None,
) -> None:
    day = services.wellness.today(athlete)
    if callback_data.d != _day_code(day) or not isinstance(query.message, Message):
        await query.answer(t("checkin-stale"), show_alert=True)
        return
    if callback_data.q == "label":
        await query.answer(t("checkin-help"))
        return
    if callback_data.q == "done":
        await services.wellness.finish(athlete, day)
        fields = await services.wellness.current(athlete, day)
        sex = await grammatical_sex(services, athlete)
        await query.message.edit_text(checkin_text(t, fields, done=True, sex=sex))
        _update_todays_brief(
            query, services, athlete, t, day=day, wiring=brief_wiring or BriefWiring()
        )
        if await state.get_state() == CheckinDialog.open:
            await state.set_state(None)
            await state.update_data({_MESSAGE: None, _DAY: None})
        await query.answer(t("checkin-saved"))
        return
    try:
        fields = await services.wellness.answer(athlete, day, callback_data.q, callback_data.v)
    except CheckinInputError:
        await query.answer(t("stale-button"))
        return
    sex = await grammatical_sex(services, athlete)
    with suppress(TelegramBadRequest):  # the same answer tapped twice: nothing to redraw
        await query.message.edit_text(
            checkin_text(t, fields, sex=sex), reply_markup=checkin_markup(t, fields, day)
        )
    await query.answer()


async def on_typed(
    message: Message, *, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    """HRV (rMSSD), resting HR or sleep hours typed while the check-in is open."""
    data = await state.get_data()
    day = services.wellness.today(athlete)
    if data.get(_DAY) != day.isoformat():
        await state.set_state(None)
        await message.answer(t("checkin-stale"))
        return
    try:
        measured = parse_measurements(message.text or "")
    except CheckinInputError as error:
        await message.answer(t(f"checkin-error-{error.code}", **error.params))
        return
    fields = await services.wellness.measure(athlete, day, measured)
    message_id = data.get(_MESSAGE)
    if isinstance(message_id, int) and message.bot is not None:
        with suppress(TelegramBadRequest):  # deleted, or already showing these values
            await message.bot.edit_message_text(
                checkin_text(t, fields, sex=await grammatical_sex(services, athlete)),
                chat_id=message.chat.id,
                message_id=message_id,
                reply_markup=checkin_markup(t, fields, day),
            )
    await message.answer(t("checkin-measured"))


def build_router() -> Router:
    router = Router(name="checkin")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_checkin, Command("checkin"))
    router.message.register(
        on_typed, StateFilter(CheckinDialog.open), on(F.text & ~F.text.startswith("/"))
    )
    router.callback_query.register(on_tap, CheckinTap.filter())
    router.callback_query.register(
        on_brief_checkin, BriefAction.filter(F.action == BriefActionCode.CHECK_IN.value)
    )
    return router
