"""The evening reminder's answers: Done → RPE; Partly → how much → RPE; Skipped → why.

Every button carries the reminder's delivery id and the answers so far (``ReminderStep``),
so no dialog state is needed between taps and a restart mid-answer loses nothing; only
typed minutes wait in the dialog state for the next message. The reminder's message is
edited step by step and ends showing what was recorded, without buttons. Whether the
reminder can still be answered is the service's call (``ReminderService.open``): a
stale one or one answered already is said so in the callback answer.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.coach.briefs.callbacks import BriefActionCode
from bot.coach.ingest.quicklog import QuickLogError, parse_duration
from bot.coach.services import Services
from bot.coach.services.reminders import (
    PART_FRACTIONS,
    ReminderAnsweredError,
    ReminderDone,
    ReminderError,
    ReminderSkipped,
    SkipReason,
    part_of,
)
from bot.domain.activities import CandidateSession
from bot.domain.athletes import Athlete
from bot.handlers import activity_render as render
from bot.handlers.activities import formatter
from bot.handlers.brief import BriefAction
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Html, Translator
from bot.telegram.filters import PRIVATE_CHAT, on

_TYPED_FOR = "reminder_delivery"  # dialog data: the reminder typed minutes answer
_FRACTION_MARKS = {0.25: "¼", 0.5: "½", 0.75: "¾"}
_ANSWERS = frozenset(
    code.value for code in (BriefActionCode.DONE, BriefActionCode.PARTLY, BriefActionCode.SKIPPED)
)


class ReminderStep(CallbackData, prefix="rem"):
    """A button after the first answer: ``step`` is rpe (record; ``dur`` seconds done,
    0 = as planned) | part (``dur`` seconds done: ask the RPE) | type (type the minutes)
    | why (skipped for ``why``)."""

    step: str
    delivery: int
    dur: int = 0
    rpe: int = 0
    why: str = ""


class ReminderDialog(StatesGroup):
    minutes = State()


# -- texts and keyboards --------------------------------------------------------------


def amount_text(t: Translator, seconds: float) -> str:
    hours, minutes = divmod(round(seconds / 60), 60)
    if hours and minutes:
        return t("brief-duration-hm", hours=hours, minutes=minutes)
    if hours:
        return t("brief-duration-h", hours=hours)
    return t("brief-duration-m", minutes=minutes)


def session_text(t: Translator, fmt: Formatter, session: CandidateSession) -> str:
    amount = [amount_text(t, session.duration_s)]
    if session.distance_m:
        amount.append(fmt.distance(session.distance_m))
    return t(
        "reminder-session",
        icon=render.SPORT_ICONS.get(session.sport, "🏅"),
        title=Html(render.session_title(t, session)),
        amount=" · ".join(amount),
    )


def rpe_markup(t: Translator, delivery: int, seconds: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for value in range(1, 11):
        builder.button(
            text=t(f"reminder-rpe-{value}"),
            callback_data=ReminderStep(step="rpe", delivery=delivery, dur=seconds, rpe=value),
        )
    builder.adjust(2)
    return builder.as_markup()


def part_markup(t: Translator, delivery: int, planned_s: float) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for fraction in PART_FRACTIONS:
        seconds = part_of(planned_s, fraction)
        builder.button(
            text=f"{_FRACTION_MARKS[fraction]} · {amount_text(t, seconds)}",
            callback_data=ReminderStep(step="part", delivery=delivery, dur=seconds),
        )
    builder.button(
        text=t("reminder-btn-type"), callback_data=ReminderStep(step="type", delivery=delivery)
    )
    builder.adjust(3, 1)
    return builder.as_markup()


def why_markup(t: Translator, delivery: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for reason in SkipReason:
        builder.button(
            text=t(f"reminder-why-{reason.value}"),
            callback_data=ReminderStep(step="why", delivery=delivery, why=reason.value),
        )
    builder.adjust(2, 2, 1)
    return builder.as_markup()


def done_text(t: Translator, fmt: Formatter, done: ReminderDone) -> str:
    activity = done.activity
    work = [amount_text(t, activity.duration_s or 0.0)]
    if activity.fields.distance_m:
        work.append(fmt.distance(activity.fields.distance_m))
    work.append(f"RPE {activity.fields.rpe}")
    key = "reminder-done" if done.status == "done" else "reminder-partial"
    lines = [
        session_text(t, fmt, done.session),
        t(key, work=" · ".join(work)),
        render.load_line(t, fmt, activity),
    ]
    fitness = render.fitness_line(t, fmt, done.fitness)
    if fitness:
        lines.append(fitness)
    lines.append(t("reminder-counts"))
    return "\n".join(lines)


def skipped_text(t: Translator, fmt: Formatter, skipped: ReminderSkipped) -> str:
    return "\n".join(
        (session_text(t, fmt, skipped.session), t(f"reminder-skipped-{skipped.reason.value}"))
    )


# -- helpers --------------------------------------------------------------------------


async def _show(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Replace the reminder's message (a double tap may ask for what it shows already)."""
    if isinstance(query.message, Message):
        try:
            await query.message.edit_text(text, reply_markup=markup)
        except TelegramBadRequest as error:
            _unless_unchanged(error)


async def _refuse(query: CallbackQuery, error: ReminderError, t: Translator) -> None:
    """Answered already, or not answerable: say so; the buttons go (nothing to record)."""
    if isinstance(query.message, Message) and query.message.reply_markup is not None:
        try:
            await query.message.edit_reply_markup(reply_markup=None)
        except TelegramBadRequest as bad:  # a double tap: the first removed them already
            _unless_unchanged(bad)
    await query.answer(t(_refusal_key(error)), show_alert=True)


def _unless_unchanged(error: TelegramBadRequest) -> None:
    if "message is not modified" not in error.message:
        raise error


def _refusal_key(error: ReminderError) -> str:
    return "reminder-already" if isinstance(error, ReminderAnsweredError) else "reminder-stale"


# -- handlers -------------------------------------------------------------------------


async def on_answer(
    query: CallbackQuery,
    callback_data: BriefAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """Done / Partly / Skipped under the reminder: the next question in its place."""
    delivery = callback_data.delivery
    try:
        reminder = await services.reminders.open(athlete, delivery)
    except ReminderError as error:
        await _refuse(query, error, t)
        return
    fmt = await formatter(services, athlete, t)
    heading = session_text(t, fmt, reminder.session)
    if callback_data.action == BriefActionCode.DONE.value:
        question, markup = t("act-ask-rpe"), rpe_markup(t, delivery, 0)
    elif callback_data.action == BriefActionCode.PARTLY.value:
        question = t("reminder-ask-part")
        markup = part_markup(t, delivery, reminder.session.duration_s)
    else:
        question, markup = t("reminder-ask-why"), why_markup(t, delivery)
    await _show(query, f"{heading}\n\n{question}", markup)
    await query.answer()


async def on_part(
    query: CallbackQuery,
    callback_data: ReminderStep,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """A part of the planned time: now the RPE."""
    try:
        reminder = await services.reminders.open(athlete, callback_data.delivery)
    except ReminderError as error:
        await _refuse(query, error, t)
        return
    fmt = await formatter(services, athlete, t)
    text = f"{session_text(t, fmt, reminder.session)}\n\n{t('act-ask-rpe')}"
    await _show(query, text, rpe_markup(t, callback_data.delivery, callback_data.dur))
    await query.answer()


async def on_type(
    query: CallbackQuery,
    *,
    callback_data: ReminderStep,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    try:
        reminder = await services.reminders.open(athlete, callback_data.delivery)
    except ReminderError as error:
        await _refuse(query, error, t)
        return
    await state.set_state(ReminderDialog.minutes)
    await state.update_data({_TYPED_FOR: callback_data.delivery})
    fmt = await formatter(services, athlete, t)
    text = f"{session_text(t, fmt, reminder.session)}\n\n{t('reminder-ask-minutes')}"
    await _show(query, text, None)
    await query.answer()


async def on_typed_minutes(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    """Typed minutes after "Partly": now the RPE, in a new message."""
    try:
        seconds = parse_duration(message.text or "")
    except QuickLogError as error:
        await message.answer(t(f"log-error-{error.code}", **error.params))
        return
    delivery = (await state.get_data()).get(_TYPED_FOR)
    await state.set_state(None)
    await state.update_data({_TYPED_FOR: None})
    try:
        reminder = await services.reminders.open(athlete, int(delivery or 0))
    except ReminderError as error:
        await message.answer(t(_refusal_key(error)))
        return
    fmt = await formatter(services, athlete, t)
    await message.answer(
        f"{session_text(t, fmt, reminder.session)}\n\n{t('act-ask-rpe')}",
        reply_markup=rpe_markup(t, reminder.delivery_id, round(seconds)),
    )


async def on_rpe(
    query: CallbackQuery,
    callback_data: ReminderStep,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """The RPE: record the workout (as planned, or the part done) on the session."""
    seconds = callback_data.dur or None
    try:
        done = await services.reminders.record_done(
            athlete, callback_data.delivery, rpe=callback_data.rpe, duration_s=seconds
        )
    except ReminderError as error:
        await _refuse(query, error, t)
        return
    fmt = await formatter(services, athlete, t)
    await _show(query, done_text(t, fmt, done), None)
    await query.answer()


async def on_why(
    query: CallbackQuery,
    callback_data: ReminderStep,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """Why it was skipped: record it (ill or injured flags the day)."""
    reason = SkipReason(callback_data.why)
    try:
        skipped = await services.reminders.record_skipped(athlete, callback_data.delivery, reason)
    except ReminderError as error:
        await _refuse(query, error, t)
        return
    fmt = await formatter(services, athlete, t)
    await _show(query, skipped_text(t, fmt, skipped), None)
    await query.answer()


def build_router() -> Router:
    router = Router(name="reminder")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(
        on_typed_minutes,
        StateFilter(ReminderDialog.minutes),
        on(F.text & ~F.text.startswith("/")),
    )
    router.callback_query.register(on_answer, BriefAction.filter(F.action.in_(_ANSWERS)))
    router.callback_query.register(on_part, ReminderStep.filter(F.step == "part"))
    router.callback_query.register(on_type, ReminderStep.filter(F.step == "type"))
    router.callback_query.register(
        on_rpe, ReminderStep.filter((F.step == "rpe") & F.rpe.in_(range(1, 11)))
    )
    reasons = {reason.value for reason in SkipReason}
    router.callback_query.register(
        on_why, ReminderStep.filter((F.step == "why") & F.why.in_(reasons))
    )
    return router
