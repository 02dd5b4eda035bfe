"""Sending the dialog: ask a question, close the answered one, finish, offer to resume.

The dialog (:class:`bot.coach.profile.dialog.Dialog`) lives in the FSM data, which our
FSM storage keeps in the database inside the update's transaction, so a restart resumes
exactly where the athlete was and a failed update rolls the step back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.coach.profile import dialog as machine
from bot.coach.profile.cities import find_city
from bot.coach.profile.dialog import Dialog, Flow, Input, Section
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.timezones import local_now
from bot.coach.services import Services
from bot.domain.athletes import Athlete
from bot.domain.profiles import ProfileSnapshot, ThresholdKind
from bot.handlers.onboarding import render
from bot.handlers.onboarding.callbacks import Answer
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Translator

log = logging.getLogger(__name__)

_DIALOG = "profile_dialog"
_QUESTION = "question_message_id"
_INLINE = "question_has_buttons"
_PREFIX = "question_prefix"
_EDITABLE = "question_editable"  # sent with ReplyKeyboardRemove or a reply keyboard: never
# Telegram's limit on a message's text (https://core.telegram.org/bots/api#sendmessage).
MESSAGE_LIMIT = 4096


class ProfileDialog(StatesGroup):
    asking = State()


@dataclass(frozen=True, slots=True)
class DialogChat:
    """Everything the helpers need about the chat an update came from."""

    bot: Bot
    chat_id: int
    state: FSMContext
    services: Services
    athlete: Athlete
    t: Translator

    @classmethod
    def of(
        cls,
        event: Message | CallbackQuery,
        state: FSMContext,
        services: Services,
        athlete: Athlete,
        t: Translator,
    ) -> DialogChat:
        message = event if isinstance(event, Message) else event.message
        if message is None or event.bot is None:
            raise ValueError("a dialog update must come from a chat")
        return cls(event.bot, message.chat.id, state, services, athlete, t)


async def saved(state: FSMContext) -> Dialog | None:
    """The dialog kept for this chat (asking, or paused by /cancel), if any."""
    raw = (await state.get_data()).get(_DIALOG)
    return Dialog.from_json(raw) if isinstance(raw, dict) else None


async def active(state: FSMContext) -> Dialog | None:
    """The dialog being asked right now (not a paused one)."""
    if await state.get_state() != ProfileDialog.asking.state:
        return None
    return await saved(state)


async def live(state: FSMContext, token: str) -> Dialog | None:
    """The active dialog if ``token`` is its current one; else the button is stale."""
    dialog = await active(state)
    return dialog if dialog is not None and dialog.token == token else None


async def ask(
    chat: DialogChat, dialog: Dialog, *, prefix: str | None = None, remove_keyboard: bool = False
) -> None:
    """Send the current question and remember it (and which message shows it).

    ``prefix`` (a greeting, what was wrong with the last answer, the timezone just set)
    goes in the same message: one message per step keeps the chat calm, the order
    unambiguous and the chat under Telegram's one message a second. ``remove_keyboard``
    takes a reply keyboard (the location button) away with this message. An inline
    keyboard cannot travel with that removal, and Telegram never lets a message sent with
    ReplyKeyboardRemove be edited (so the buttons cannot be put on later, nor the answer
    shown under it): the prefix then goes alone and the question with its buttons after."""
    text = render.question_text(chat.t, dialog)
    markup = render.question_markup(chat.t, dialog)
    inline = isinstance(markup, InlineKeyboardMarkup)
    editable = inline or markup is None
    if remove_keyboard and prefix and inline:
        await chat.bot.send_message(chat.chat_id, prefix, reply_markup=ReplyKeyboardRemove())
        prefix = None
    body = f"{prefix}\n\n{text}" if prefix else text
    if remove_keyboard and not isinstance(markup, ReplyKeyboardMarkup) and not inline:
        message = await chat.bot.send_message(
            chat.chat_id, body, reply_markup=ReplyKeyboardRemove()
        )
        editable = False
    else:
        message = await chat.bot.send_message(chat.chat_id, body, reply_markup=markup)
    await chat.state.set_state(ProfileDialog.asking)
    await chat.state.set_data(
        {
            _DIALOG: dialog.to_json(),
            _QUESTION: message.message_id,
            _INLINE: inline,
            _EDITABLE: editable,
            _PREFIX: prefix,
        }
    )


async def keep(chat: DialogChat, dialog: Dialog) -> None:
    """Store a changed dialog without asking anything (multi-select ticks)."""
    await chat.state.update_data({_DIALOG: dialog.to_json()})


async def close_question(chat: DialogChat, answered: Dialog, answer: str | None) -> None:
    """Take the buttons off the question just answered; show the answer (tapped or
    typed) under it when the message can be edited."""
    data: dict[str, Any] = await chat.state.get_data()
    message_id = data.get(_QUESTION)
    editable = data.get(_EDITABLE, data.get(_INLINE))
    if message_id is None or not (data.get(_INLINE) or (answer is not None and editable)):
        return
    prefix = data.get(_PREFIX)
    try:
        if answer is not None:
            text = render.answered_text(chat.t, answered, answer)
            await chat.bot.edit_message_text(
                text=f"{prefix}\n\n{text}" if prefix else text,
                chat_id=chat.chat_id,
                message_id=message_id,
            )
        else:
            await chat.bot.edit_message_reply_markup(
                chat_id=chat.chat_id, message_id=message_id, reply_markup=None
            )
    except TelegramBadRequest as exc:
        # The message is gone or already plain: the dialog goes on, the token still
        # guards against its buttons.
        log.info("could not close question %s in chat %s: %s", message_id, chat.chat_id, exc)


async def advance(
    chat: DialogChat, before: Dialog, after: Dialog, *, answer: str | None = None
) -> None:
    """Move from ``before`` to ``after``: close the old question, then ask the next one
    or finish."""
    await close_question(chat, before, answer)
    leaving_location = before.current.input is Input.LOCATION
    if after.finished:
        if leaving_location:
            await chat.bot.send_message(
                chat.chat_id,
                _location_left(chat, before, after),
                reply_markup=ReplyKeyboardRemove(),
            )
        await finish(chat, after)
    elif leaving_location:
        # The timezone just set (or "back") and the next question: one message.
        await ask(chat, after, prefix=_location_left(chat, before, after), remove_keyboard=True)
    else:
        await ask(chat, after)


async def reject(chat: DialogChat, dialog: Dialog, error: ProfileInputError) -> None:
    """A specific, friendly error and the same question again."""
    await close_question(chat, dialog, None)
    await ask(chat, machine.reask(dialog), prefix=render.error_text(chat.t, dialog, error))


async def begin(chat: DialogChat, previous: Dialog | None, *, greeting: str | None = None) -> None:
    await ask(chat, chat.services.onboarding.begin_onboarding(previous), prefix=greeting)


async def offer_resume(chat: DialogChat, dialog: Dialog) -> None:
    index, total = machine.progress(dialog)
    choices = [
        render.button(chat.t("ob-btn-continue"), Answer(token=dialog.token, act="cont")),
        render.button(chat.t("ob-btn-restart"), Answer(token=dialog.token, act="new")),
    ]
    await chat.bot.send_message(
        chat.chat_id,
        chat.t("ob-resume", index=index, total=total),
        reply_markup=InlineKeyboardMarkup(inline_keyboard=[choices]),
    )


async def pause(chat: DialogChat, dialog: Dialog) -> str:
    """/cancel: onboarding keeps its answers for /start; an edit is simply dropped."""
    await close_question(chat, dialog, None)
    if dialog.flow is Flow.ONBOARDING:
        await chat.state.set_state(None)
        return chat.t("ob-paused")
    await chat.state.clear()
    return chat.t("ob-edit-cancelled")


async def finish(chat: DialogChat, dialog: Dialog) -> None:
    finished = await chat.services.onboarding.finish(chat.athlete, dialog)
    snapshot = finished.snapshot
    await chat.state.clear()
    t, now = chat.t, chat.services.clock.now()
    fmt = Formatter(t, snapshot.profile.fields.units)
    rescored = f"\n\n{t('profile-rescored', count=finished.rescored)}" if finished.rescored else ""
    if dialog.flow is Flow.ONBOARDING:
        summary = f"{t('onboarding-done')}\n\n{render.summary_text(t, snapshot, now_utc=now)}"
        zones = await zones_and_next(chat, snapshot) + rescored
        # The zones belong to the profile: inside its summary, unless the two would not
        # fit one message (measured on the HTML, tags included: never too long).
        if len(summary) + len(zones) + 2 <= MESSAGE_LIMIT:
            await chat.bot.send_message(
                chat.chat_id, f"{summary}\n\n{zones}", reply_markup=render.summary_markup(t)
            )
        else:
            await chat.bot.send_message(
                chat.chat_id, summary, reply_markup=render.summary_markup(t)
            )
            await chat.bot.send_message(chat.chat_id, zones)
        return
    if dialog.section == Section.THRESHOLD.value:
        kind = ThresholdKind(dialog.answers["th_kind"])
        entered = None
        if machine.threshold_given(dialog.answers):
            entered = await chat.services.profiles.latest_entered(chat.athlete.id, kind)
        saved_text = render.threshold_saved_text(t, fmt, entered, kind)
        await chat.bot.send_message(
            chat.chat_id, f"{saved_text}\n\n{zones_only(t, chat.services, snapshot)}{rescored}"
        )
        return
    summary = render.summary_text(t, snapshot, now_utc=now)
    await chat.bot.send_message(
        chat.chat_id,
        f"{t('profile-saved')}\n\n{summary}{rescored}",
        reply_markup=render.summary_markup(t),
    )


async def show_thresholds(chat: DialogChat) -> None:
    """The thresholds in force with their source and date, a button to change each."""
    snapshot = await chat.services.profiles.snapshot(chat.athlete.id)
    if snapshot is None:
        await chat.bot.send_message(chat.chat_id, chat.t("profile-missing"))
        return
    history = await chat.services.profiles.threshold_history(chat.athlete.id)
    text, markup = render.thresholds_screen(chat.t, snapshot, history)
    await chat.bot.send_message(chat.chat_id, text, reply_markup=markup)


def zones_only(t: Translator, services: Services, snapshot: ProfileSnapshot) -> str:
    """The zones from the thresholds in force, and the field tests that would help."""
    profiles = services.profiles
    fmt = Formatter(t, snapshot.profile.fields.units)
    return render.zones_text(t, fmt, profiles.zones(snapshot), profiles.missing_tests(snapshot))


async def zones_and_next(chat: DialogChat, snapshot: ProfileSnapshot) -> str:
    fmt = Formatter(chat.t, snapshot.profile.fields.units)
    zones = zones_only(chat.t, chat.services, snapshot)
    # The first brief's time from the one place /brief reads it too.
    settings = await chat.services.deliveries.settings(chat.athlete)
    upcoming = settings.next_brief if settings is not None else None
    return f"{zones}\n\n{render.next_steps_text(chat.t, fmt, snapshot, upcoming)}"


def _location_left(chat: DialogChat, before: Dialog, after: Dialog) -> str:
    """What leaving the location question says: the timezone set from the answer, or
    that the dialog went back."""
    answered = len(after.history) > len(before.history)
    zone = after.answers.get("timezone") if answered else None
    if not isinstance(zone, dict):
        return chat.t("ob-went-back")
    now = chat.services.clock.now()
    local = local_now(str(zone["zone"]), now)
    fmt = render.formatter(chat.t, after)
    city = find_city(str(zone.get("city") or ""))
    return render.timezone_set(
        chat.t,
        str(zone["zone"]),
        city.name(chat.t.language) if city else None,
        fmt.clock(local.time()),
        now,
    )
