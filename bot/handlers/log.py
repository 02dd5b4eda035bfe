"""Quick log: /log with buttons (sport → duration → distance → RPE → note), or one
typed line ("ran 10k in 52 min rpe 6", "бег 10 км 52 мин") with /log or on its own.

The line is read by ``bot.coach.ingest.quicklog``; an ambiguous line is asked back with
a button per reading, an absurd one is refused with the specific reason.
"""

from __future__ import annotations

import secrets
from typing import Any

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, Filter, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.coach.ingest.quicklog import (
    YARD,
    Ambiguous,
    QuickLog,
    QuickLogError,
    check,
    parse_distance,
    parse_duration,
    parse_quick_log,
)
from bot.coach.services import Services
from bot.domain.athletes import Athlete
from bot.domain.profiles import Units
from bot.handlers import activity_render as render
from bot.handlers.activities import ChatContext, formatter, send_card
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT, on

_LOG = "quick_log"  # FSM data: the wizard's answers so far, with its token
_OPTIONS = "quick_log_options"  # FSM data: the readings of an ambiguous line

_DURATIONS = (1200, 1800, 2700, 3600, 5400, 7200)
_DISTANCES: dict[str, tuple[float, ...]] = {
    "run": (5000, 10000, 15000, 21097.5),
    "bike": (20000, 40000, 60000, 90000),
    "swim": (1000, 1500, 2000, 3000),
    "walk": (3000, 5000, 10000, 15000),
    "hike": (5000, 10000, 15000, 20000),
    "ski": (5000, 10000, 20000, 30000),
    "row": (2000, 5000, 10000, 15000),
}


class LogStep(CallbackData, prefix="lg"):
    """A wizard button: ``step`` is sport | dur | dist | rpe | note | pick; ``token``
    the wizard's (or the ambiguous line's) token."""

    step: str
    token: str
    val: str = ""


class LogDialog(StatesGroup):
    duration = State()
    distance = State()
    note = State()


class QuickLogText(Filter):
    """Plain text that reads as a workout: passes ``quick`` (a QuickLog, an Ambiguous
    or the QuickLogError that refuses it) to the handler."""

    async def __call__(self, message: Message, **_: Any) -> bool | dict[str, Any]:
        text = message.text or ""
        if not text or text.startswith("/"):
            return False
        try:
            result = parse_quick_log(text)
        except QuickLogError as error:
            return {"quick": error}
        return {"quick": result} if result is not None else False


def _error(t: Translator, error: QuickLogError) -> str:
    params: dict[str, Any] = dict(error.params)
    for name in ("sport", "first", "second"):
        if name in params:
            params[name] = render.sport_name(t, str(params[name]))
    return t(f"log-error-{error.code}", **params)


def _summary(t: Translator, fmt: Formatter, log: QuickLog, *, in_yards: bool = False) -> str:
    parts = [f"{render.SPORT_ICONS.get(log.sport, '🏅')} {render.sport_name(t, log.sport)}"]
    if log.duration_s:
        parts.append(fmt.duration(int(log.duration_s)))
    if log.distance_m and in_yards:
        parts.append(t("log-unit-yd", value=fmt.number(log.distance_m / YARD, 0)))
    elif log.distance_m:
        parts.append(fmt.distance(log.distance_m))
    if log.rpe:
        parts.append(f"RPE {log.rpe}")
    return " · ".join(parts)


async def _store(chat: ChatContext, log: QuickLog) -> None:
    activity = await chat.services.activities.log_manual(chat.athlete, log)
    await send_card(chat, activity, ask_rpe=log.rpe is None)


# -- one typed line ---------------------------------------------------------------------


async def on_quick_text(
    message: Message,
    *,
    quick: QuickLog | Ambiguous | QuickLogError,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    chat = ChatContext.of(message, state, services, athlete, t)
    if isinstance(quick, QuickLogError):
        await message.answer(_error(t, quick))
    elif isinstance(quick, Ambiguous):
        await _ask_which(chat, quick)
    elif quick.duration_s is None:
        await message.answer(t("log-need-duration"))
    else:
        await _store(chat, quick)


async def _ask_which(chat: ChatContext, ambiguous: Ambiguous) -> None:
    t = chat.t
    fmt = await formatter(chat.services, chat.athlete, t)
    token = secrets.token_hex(4)
    options = [
        {"sport": o.sport, "duration_s": o.duration_s, "distance_m": o.distance_m,
         "rpe": o.rpe, "note": o.note}
        for o in ambiguous.options
    ]  # fmt: skip
    await chat.state.update_data({_OPTIONS: {"token": token, "options": options}})
    builder = InlineKeyboardBuilder()
    for index, option in enumerate(ambiguous.options):
        # "10" read as km and as miles: each button in its own unit, so they differ.
        label_fmt, in_yards = fmt, False
        if ambiguous.reason == "distance_unit" and index == 1:
            label_fmt = Formatter(t, Units.IMPERIAL if not fmt.imperial else Units.METRIC)
            in_yards = option.sport == "swim"
        elif ambiguous.reason == "distance_unit" and fmt.imperial:
            label_fmt = Formatter(t, Units.METRIC)
        builder.button(
            text=_summary(t, label_fmt, option, in_yards=in_yards),
            callback_data=LogStep(step="pick", token=token, val=str(index)),
        )
    builder.adjust(1)
    await chat.say(t(f"log-ambiguous-{ambiguous.reason}"), builder.as_markup())


async def on_pick(
    query: CallbackQuery,
    *,
    callback_data: LogStep,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    saved = (await state.get_data()).get(_OPTIONS)
    if not isinstance(saved, dict) or saved.get("token") != callback_data.token:
        await query.answer(t("stale-button"))
        return
    option = saved["options"][int(callback_data.val)]
    await state.update_data({_OPTIONS: None})
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
    log = QuickLog(**option)
    chat = ChatContext.of(query, state, services, athlete, t)
    if log.duration_s is None:
        await chat.say(t("log-need-duration"))
    else:
        await _store(chat, log)
    await query.answer()


# -- /log with buttons ------------------------------------------------------------------


async def cmd_log(
    message: Message,
    *,
    command: CommandObject,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """/log alone opens the buttons; /log with text reads the text."""
    chat = ChatContext.of(message, state, services, athlete, t)
    if command.args:
        try:
            quick = parse_quick_log(command.args)
        except QuickLogError as error:
            await message.answer(_error(t, error))
            return
        if quick is None:
            await message.answer(t("log-not-understood"))
            return
        await on_quick_text(
            message, quick=quick, state=state, services=services, athlete=athlete, t=t
        )
        return
    token = secrets.token_hex(4)
    await state.set_state(None)
    await state.update_data({_LOG: {"token": token}})
    builder = InlineKeyboardBuilder()
    for sport in render.PICKABLE_SPORTS:
        builder.button(
            text=f"{render.SPORT_ICONS[sport]} {render.sport_name(t, sport)}",
            callback_data=LogStep(step="sport", token=token, val=sport),
        )
    builder.adjust(2)
    await chat.say(t("log-q-sport"), builder.as_markup())


async def _wizard(state: FSMContext, token: str | None = None) -> dict[str, Any] | None:
    saved = (await state.get_data()).get(_LOG)
    if not isinstance(saved, dict) or (token is not None and saved.get("token") != token):
        return None
    return saved


def _log_of(saved: dict[str, Any]) -> QuickLog:
    return QuickLog(
        sport=str(saved.get("sport") or "other"),
        duration_s=saved.get("duration_s"),
        distance_m=saved.get("distance_m"),
        rpe=saved.get("rpe"),
        note=saved.get("note"),
    )


async def _next_question(
    chat: ChatContext, saved: dict[str, Any], query: CallbackQuery | None
) -> None:
    """Ask the first unanswered question of the wizard (editing the tapped message)."""
    t, state = chat.t, chat.state
    fmt = await formatter(chat.services, chat.athlete, t)
    await state.update_data({_LOG: saved})
    log = _log_of(saved)
    token = str(saved["token"])
    builder = InlineKeyboardBuilder()
    if log.duration_s is None:
        await state.set_state(LogDialog.duration)
        for seconds in _DURATIONS:
            builder.button(
                text=fmt.duration(seconds),
                callback_data=LogStep(step="dur", token=token, val=str(seconds)),
            )
        builder.adjust(3)
        key = "log-q-duration"
    elif "distance_m" not in saved and log.sport in _DISTANCES:
        await state.set_state(LogDialog.distance)
        for metres in _DISTANCES[log.sport]:
            builder.button(
                text=fmt.distance(metres),
                callback_data=LogStep(step="dist", token=token, val=str(metres)),
            )
        builder.button(text=t("act-btn-skip"), callback_data=LogStep(step="dist", token=token))
        builder.adjust(4, 1)
        key = "log-q-distance-swim" if log.sport == "swim" else "log-q-distance"
    elif "rpe" not in saved:
        await state.set_state(None)
        for value in range(1, 11):
            builder.button(
                text=str(value), callback_data=LogStep(step="rpe", token=token, val=str(value))
            )
        builder.button(text=t("act-btn-skip"), callback_data=LogStep(step="rpe", token=token))
        builder.adjust(5, 5, 1)
        key = "log-q-rpe"
    else:
        await state.set_state(LogDialog.note)
        builder.button(text=t("log-btn-save"), callback_data=LogStep(step="note", token=token))
        key = "log-q-note"
    text = f"{_summary(t, fmt, log)}\n\n{t(key)}"
    markup: InlineKeyboardMarkup = builder.as_markup()
    if query is not None and isinstance(query.message, Message):
        await query.message.edit_text(text, reply_markup=markup)
    else:
        await chat.say(text, markup)


async def on_step(
    query: CallbackQuery,
    *,
    callback_data: LogStep,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """A wizard button: sport, a duration, a distance (or skip), an RPE (or skip), or
    "save" at the note."""
    saved = await _wizard(state, callback_data.token)
    if saved is None:
        await query.answer(t("stale-button"))
        return
    chat = ChatContext.of(query, state, services, athlete, t)
    value = callback_data.val
    step = callback_data.step
    if step == "sport":
        saved["sport"] = value
    elif step == "dur":
        saved["duration_s"] = float(value)
    elif step == "dist":
        saved["distance_m"] = float(value) if value else None
    elif step == "rpe":
        saved["rpe"] = int(value) if value else None
    if step == "note":
        await _finish(chat, saved, query)
    else:
        await _next_question(chat, saved, query)
    await query.answer()


async def _finish(chat: ChatContext, saved: dict[str, Any], query: CallbackQuery | None) -> None:
    await chat.state.set_state(None)
    await chat.state.update_data({_LOG: None})
    if query is not None and isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
    await _store(chat, _log_of(saved))


async def on_typed_answer(
    message: Message,
    *,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """A typed duration, distance or note while the wizard waits for one."""
    saved = await _wizard(state)
    chat = ChatContext.of(message, state, services, athlete, t)
    if saved is None:
        await state.set_state(None)
        await message.answer(t("stale-button"))
        return
    current = await state.get_state()
    text = message.text or ""
    try:
        if current == LogDialog.duration:
            saved["duration_s"] = parse_duration(text)
        elif current == LogDialog.distance:
            saved["distance_m"] = parse_distance(text, str(saved.get("sport")))
            check(_log_of(saved))
        else:
            saved["note"] = text.strip()[:1000] or None
            await _finish(chat, saved, None)
            return
    except QuickLogError as error:
        await message.answer(_error(t, error))
        return
    await _next_question(chat, saved, None)


def build_router() -> Router:
    router = Router(name="log")
    router.message.filter(PRIVATE_CHAT)
    text = on(F.text & ~F.text.startswith("/"))
    router.message.register(cmd_log, Command("log"))
    router.message.register(
        on_typed_answer,
        StateFilter(LogDialog.duration, LogDialog.distance, LogDialog.note),
        text,
    )
    router.message.register(on_quick_text, StateFilter(None), QuickLogText())
    router.callback_query.register(on_pick, LogStep.filter(F.step == "pick"))
    router.callback_query.register(on_step, LogStep.filter())
    return router
