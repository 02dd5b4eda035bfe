"""A coach acting on an athlete from the card: change the plan (Apply / Discard / Undo, the
athlete told what changed and by whom), a change for every athlete at once, a threshold
override, and messages both ways ("Reply to coach", or a Telegram reply to the bot's
message). Every tap and every typed answer asks the gate again (``services.coaching``):
a refusal says so and changes nothing. Words and buttons are in ``coaching_render``."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.coach.planning.changes.resolve import NoMatch
from bot.coach.profile.errors import ProfileInputError
from bot.coach.services import Services
from bot.coach.services.access import AccessDenied
from bot.coach.services.coaching import Unreadable
from bot.coach.services.plan_changes import ApplyStatus, UndoStatus
from bot.coach.services.plans import PlanUnavailableError
from bot.coach.squads.thresholds import parse_threshold
from bot.domain.athletes import Athlete
from bot.domain.profiles import ThresholdKind, Units
from bot.handlers.coaching_render import (
    MAX_MESSAGE,
    CoachTap,
    RelayTap,
    answer_markup,
    applied_text,
    bulk_markup,
    bulk_text,
    change_notice,
    proposal_markup,
    proposal_text,
    reply_markup,
    threshold_markup,
    undo_markup,
)
from bot.handlers.onboarding.formatting import Formatter
from bot.handlers.onboarding.render import error_text
from bot.handlers.plan import render as plan_render
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT, on

log = logging.getLogger(__name__)


class CoachDialog(StatesGroup):
    plan = State()  # the coach's line for one athlete's plan
    bulk = State()  # the line for every athlete
    threshold = State()  # a threshold's value
    message = State()  # a message to an athlete
    reply = State()  # an athlete's answer to their coach
    zone = State()  # a custom zone for the athlete (read in ``handlers.zones``)


TEXT = on(F.text & ~F.text.startswith("/"))


async def deliver(bot: Bot, to: Athlete, text: str, markup: InlineKeyboardMarkup | None) -> bool:
    """Send to another person's private chat; False when Telegram refuses (blocked)."""
    try:
        await bot.send_message(to.chat_id or to.telegram_id, text, reply_markup=markup)
    except (TelegramForbiddenError, TelegramBadRequest) as error:
        log.warning("a message to athlete %s was refused: %s", to.id, error)
        return False
    return True


def their(t: Translator, person: Athlete) -> Translator:
    """The other person's own language."""
    return t.catalogs.translator(person.language)


# -- taps --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Tap:
    """One coach tap and what every step needs."""

    query: CallbackQuery
    message: Message
    data: CoachTap
    state: FSMContext
    services: Services
    coach: Athlete
    t: Translator
    bot: Bot


async def on_coach_tap(
    query: CallbackQuery,
    *,
    callback_data: CoachTap,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
    bot: Bot,
) -> None:
    """Every coach button; AccessDenied (consent withdrawn, the athlete left, a forged
    id, not this coach's athlete) answers with one clear alert and changes nothing."""
    handler = _TAPS.get(callback_data.a)
    if handler is None or not isinstance(query.message, Message):
        await query.answer(t("stale-button"))
        return
    try:
        await handler(_Tap(query, query.message, callback_data, state, services, athlete, t, bot))
    except AccessDenied:
        await query.answer(t("coaching-denied"), show_alert=True)
        return
    except PlanUnavailableError as error:
        await query.answer(plan_render.problem_text(t, error), show_alert=True)
        return
    except ValueError:  # a threshold kind no client of ours sends
        await query.answer(t("stale-button"))
        return
    with suppress(TelegramBadRequest):  # answered already by the step
        await query.answer()


async def _ask(tap: _Tap) -> None:
    """Change the plan, threshold or message: check now, then ask for the text."""
    message, data, state = tap.message, tap.data, tap.state
    services, coach, t = tap.services, tap.coach, tap.t
    coaching = services.coaching
    if data.a == "m":
        target = await coaching.recipient(coach, data.v)
        await state.set_state(CoachDialog.message)
        await message.answer(t("coaching-ask-message", name=target.display_name))
    elif data.a == "e":
        target = await coaching.editable(coach, data.v)
        await state.set_state(CoachDialog.plan)
        await message.answer(t("coaching-ask-plan", name=target.display_name))
    elif data.a == "z":  # a custom zone: the text is read by ``handlers.zones``
        target = await coaching.editable(coach, data.v)
        await state.set_state(CoachDialog.zone)
        await message.answer(t("zones-coach-ask", name=target.display_name))
    elif data.a == "t":
        target = await coaching.editable(coach, data.v)
        await message.answer(
            t("coaching-ask-threshold-kind", name=target.display_name),
            reply_markup=threshold_markup(t, target),
        )
        return
    else:  # "tk": the threshold chosen
        target = await coaching.editable(coach, data.v)
        kind = ThresholdKind(data.r)
        await state.set_state(CoachDialog.threshold)
        await state.update_data(kind=kind.value)
        await message.answer(
            t("coaching-ask-threshold", name=target.display_name, what=t(f"th-name-{kind.value}"))
        )
    await state.update_data(athlete=target.id)


async def _apply(tap: _Tap) -> None:
    query, message, data = tap.query, tap.message, tap.data
    services, coach, t, bot = tap.services, tap.coach, tap.t, tap.bot
    target, result = await services.coaching.apply(coach, data.v, message.chat.id, data.r)
    if result.status is ApplyStatus.APPLIED and result.view is not None:
        assert result.change_id is not None
        await services.commit()
        await message.edit_text(
            applied_text(t, target, result.view),
            reply_markup=undo_markup(t, target, result.change_id),
        )
        theirs = their(t, target)
        notice = change_notice(theirs, coach, result.view, undone=False)
        await deliver(bot, target, notice, reply_markup(theirs, coach))
    elif result.status is ApplyStatus.REFUSED and result.view is not None:
        await message.edit_text(proposal_text(t, target, result.view))
    elif result.status in (ApplyStatus.STALE, ApplyStatus.EXPIRED):
        key = "coaching-stale" if result.status is ApplyStatus.STALE else "coaching-expired"
        await message.edit_text(t(key))
    elif result.status is ApplyStatus.ALREADY_APPLIED:
        await query.answer(t("change-already-applied"))
    else:
        await query.answer(t("change-gone"), show_alert=True)


async def _discard(tap: _Tap) -> None:
    query, message, data, state = tap.query, tap.message, tap.data, tap.state
    services, coach, t = tap.services, tap.coach, tap.t
    if data.a == "bd":
        await state.update_data(bulk=None)
        await message.edit_text(t("change-discarded"))
        return
    await services.coaching.editable(coach, data.v)
    if not await services.plan_changes.discard(message.chat.id, data.r):
        await query.answer(t("change-gone"), show_alert=True)
        return
    await message.edit_text(t("change-discarded"))


async def _undo(tap: _Tap) -> None:
    query, message, data = tap.query, tap.message, tap.data
    services, coach, t, bot = tap.services, tap.coach, tap.t, tap.bot
    if not data.r.isdigit():
        await query.answer(t("stale-button"))
        return
    target, result = await services.coaching.undo(coach, data.v, int(data.r))
    if result.status is not UndoStatus.UNDONE or result.view is None:
        await query.answer(
            t(f"change-undo-{result.status.value.replace('_', '-')}"), show_alert=True
        )
        return
    await services.commit()
    await message.edit_text(t("coaching-undone", name=target.display_name))
    theirs = their(t, target)
    notice = change_notice(theirs, coach, result.view, undone=True)
    await deliver(bot, target, notice, reply_markup(theirs, coach))


async def _bulk(tap: _Tap) -> None:
    """``b``: ask for the line; ``ba``: apply it where each athlete's gate and plan
    allow it now (checked again, athlete by athlete), and tell each athlete."""
    query, message, data, state = tap.query, tap.message, tap.data, tap.state
    services, coach, t, bot = tap.services, tap.coach, tap.t, tap.bot
    if data.a == "b":
        await state.set_state(CoachDialog.bulk)
        await message.answer(t("coaching-ask-bulk"))
        return
    stored: dict[str, Any] = (await state.get_data()).get("bulk") or {}
    if stored.get("nonce") != data.r:
        await query.answer(t("change-gone"), show_alert=True)
        return
    await state.update_data(bulk=None)
    text = str(stored["text"])
    lines = await services.coaching.bulk(coach, text, t.language, apply=True)
    await services.commit()
    await message.edit_text(bulk_text(t, text, lines, applied=True))
    for line in lines:
        if line.change_id is not None and line.view is not None:
            theirs = their(t, line.athlete)
            notice = change_notice(theirs, coach, line.view, undone=False)
            await deliver(bot, line.athlete, notice, reply_markup(theirs, coach))


_TAPS = {
    "e": _ask,
    "t": _ask,
    "tk": _ask,
    "z": _ask,
    "m": _ask,
    "ap": _apply,
    "dc": _discard,
    "bd": _discard,
    "un": _undo,
    "b": _bulk,
    "ba": _bulk,
}


# -- typed answers ---------------------------------------------------------------------


async def _target(state: FSMContext) -> int:
    return int((await state.get_data()).get("athlete") or 0)


async def on_plan_text(
    message: Message, *, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    text = (message.text or "").strip()
    try:
        found = await services.coaching.propose(
            athlete, await _target(state), message.chat.id, text, t.language
        )
    except AccessDenied:
        await state.set_state(None)
        await message.answer(t("coaching-denied"))
        return
    except PlanUnavailableError as error:
        await state.set_state(None)
        await message.answer(plan_render.problem_text(t, error))
        return
    except Unreadable:
        await message.answer(t("coaching-unreadable"))
        return
    await state.set_state(None)
    target, view = found
    if isinstance(view, NoMatch):
        await message.answer(t(f"change-nomatch-{view.code.replace('_', '-')}"))
        return
    await message.answer(
        proposal_text(t, target, view), reply_markup=proposal_markup(t, target, view)
    )


async def on_bulk_text(
    message: Message, *, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    text = (message.text or "").strip()
    try:
        lines = await services.coaching.bulk(athlete, text, t.language)
    except Unreadable:
        await message.answer(t("coaching-unreadable"))
        return
    nonce = secrets.token_hex(4)
    await state.set_state(None)
    await state.update_data(bulk={"nonce": nonce, "text": text})
    await message.answer(
        bulk_text(t, text, lines, applied=False), reply_markup=bulk_markup(t, nonce, lines)
    )


async def on_threshold_text(
    message: Message, *, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    data = await state.get_data()
    kind = ThresholdKind(str(data.get("kind")))
    try:
        target = await services.coaching.editable(athlete, await _target(state))
        profile = await services.profiles.get(target.id)
        units = profile.fields.units if profile is not None else Units.METRIC
        value = parse_threshold(kind, message.text or "", imperial=units is Units.IMPERIAL)
        target, entry = await services.coaching.override_threshold(athlete, target.id, kind, value)
    except AccessDenied:
        await state.set_state(None)
        await message.answer(t("coaching-denied"))
        return
    except ProfileInputError as error:
        await message.answer(error_text(t, None, error))
        return
    await state.set_state(None)
    await services.commit()
    shown = Formatter(t, units).threshold(kind, entry.value)
    what = t(f"th-name-{kind.value}")
    await message.answer(
        t("coaching-threshold-set", name=target.display_name, what=what, value=shown)
    )
    theirs = their(t, target)
    notice = theirs(
        "coaching-notice-threshold",
        coach=athlete.display_name,
        what=theirs(f"th-name-{kind.value}"),
        value=Formatter(theirs, units).threshold(kind, entry.value),
    )
    bot = message.bot
    assert bot is not None
    await deliver(bot, target, notice, reply_markup(theirs, athlete))


Words = Callable[[Translator], tuple[str, InlineKeyboardMarkup]]


async def _relay(
    message: Message,
    t: Translator,
    find: Callable[[], Awaitable[Athlete]],
    *,
    denied: str,
    words: Words,
) -> None:
    """Deliver the typed text to the person ``find`` allows (the gate, now), in their
    language; ``denied`` answers a refusal."""
    if len(message.text or "") > MAX_MESSAGE:
        await message.answer(t("relay-too-long", limit=MAX_MESSAGE))
        return
    try:
        to = await find()
    except AccessDenied:
        await message.answer(t(denied))
        return
    body, markup = words(their(t, to))
    assert message.bot is not None
    sent = await deliver(message.bot, to, body, markup)
    await message.answer(t("relay-sent" if sent else "relay-not-delivered", name=to.display_name))


async def relay_to_athlete(
    message: Message, services: Services, coach: Athlete, athlete_id: int, t: Translator
) -> None:
    """The coach's message, delivered by the bot with the coach's name."""
    text = message.text or ""
    await _relay(
        message,
        t,
        lambda: services.coaching.recipient(coach, athlete_id),
        denied="coaching-denied",
        words=lambda theirs: (
            theirs("relay-from-coach", coach=coach.display_name, text=text),
            reply_markup(theirs, coach),
        ),
    )


async def relay_to_coach(
    message: Message, services: Services, athlete: Athlete, coach_id: int, t: Translator
) -> None:
    """The athlete's answer goes back to the coach (while the athlete is in a squad of
    theirs), with a button to answer again."""
    text = message.text or ""
    await _relay(
        message,
        t,
        lambda: services.coaching.coach_to_answer(athlete, coach_id),
        denied="relay-coach-gone",
        words=lambda theirs: (
            theirs("relay-from-athlete", name=athlete.display_name, text=text),
            answer_markup(theirs, athlete),
        ),
    )


async def on_message_text(
    message: Message, *, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    target = await _target(state)
    await state.set_state(None)
    await relay_to_athlete(message, services, athlete, target, t)


async def on_reply_tap(
    query: CallbackQuery,
    *,
    callback_data: RelayTap,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """ "Reply to coach": only while the athlete is in one of that coach's squads."""
    try:
        coach = await services.coaching.coach_to_answer(athlete, callback_data.c)
    except AccessDenied:
        await query.answer(t("relay-coach-gone"), show_alert=True)
        return
    await state.set_state(CoachDialog.reply)
    await state.update_data(coach=coach.id)
    if isinstance(query.message, Message):
        await query.message.answer(t("relay-ask-reply", name=coach.display_name))
    await query.answer()


async def on_reply_text(
    message: Message, *, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    coach_id = int((await state.get_data()).get("coach") or 0)
    await state.set_state(None)
    await relay_to_coach(message, services, athlete, coach_id, t)


def relay_target(message: Message) -> CoachTap | RelayTap | None:
    """A Telegram reply to the bot's relayed message: whom its button names (only a
    request — the gate decides)."""
    replied = message.reply_to_message
    if replied is None or replied.reply_markup is None or not replied.from_user:
        return None
    if not replied.from_user.is_bot:
        return None
    for row in replied.reply_markup.inline_keyboard:
        for button in row:
            data = button.callback_data or ""
            with suppress(ValueError, TypeError):
                if data.startswith("cr:"):
                    return RelayTap.unpack(data)
                if data.startswith("cc:m:"):
                    return CoachTap.unpack(data)
    return None


async def on_reply_message(
    message: Message, *, services: Services, athlete: Athlete, t: Translator
) -> None:
    target = relay_target(message)
    if isinstance(target, RelayTap):
        await relay_to_coach(message, services, athlete, target.c, t)
    elif isinstance(target, CoachTap):
        await relay_to_athlete(message, services, athlete, target.v, t)


def build_router() -> Router:
    router = Router(name="coaching")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(on_plan_text, StateFilter(CoachDialog.plan), TEXT)
    router.message.register(on_bulk_text, StateFilter(CoachDialog.bulk), TEXT)
    router.message.register(on_threshold_text, StateFilter(CoachDialog.threshold), TEXT)
    router.message.register(on_message_text, StateFilter(CoachDialog.message), TEXT)
    router.message.register(on_reply_text, StateFilter(CoachDialog.reply), TEXT)
    router.message.register(
        on_reply_message, TEXT, on(F.reply_to_message), on(F.func(relay_target))
    )
    router.callback_query.register(on_coach_tap, CoachTap.filter())
    router.callback_query.register(on_reply_tap, RelayTap.filter())
    return router
