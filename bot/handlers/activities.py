"""Activity files in (FIT, TCX, GPX, .gz, .zip), their summary cards and the buttons on
them: RPE and a note after the workout, re-match or unmatch the planned session, the
sport of a file that did not say, delete.

A damaged file is never half-saved: the answer names what went wrong and, when part of
it is usable, offers to save that part. The file is fetched again from Telegram by its
``file_id`` when the athlete says yes, so nothing is held in memory or in the database
in between; only the file_id waits in the dialog data.
"""

from __future__ import annotations

import io
import secrets
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.filters import StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Document, InlineKeyboardMarkup, Message
from aiogram.utils.chat_action import ChatActionSender
from aiogram.utils.keyboard import InlineKeyboardBuilder
from aiohttp import ClientError, ClientResponseError

from bot.coach.agent.safety import health_statement
from bot.coach.ingest import DEFAULT_MAX_BYTES, DamagedFileError, IngestError
from bot.coach.ingest.quicklog import QuickLogError, parse_caption, parse_day, parse_duration
from bot.coach.services import Services
from bot.coach.services.activities import IngestReport
from bot.domain.activities import Activity
from bot.domain.athletes import Athlete
from bot.handlers import activity_render as render
from bot.handlers.activity_render import ActivityAction
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Translator
from bot.i18n.dates import long_day
from bot.telegram.filters import PRIVATE_CHAT, on

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

_PENDING = "activity_upload"  # FSM data: the upload waiting for the athlete's answer
_NOTE_FOR = "activity_note_for"


class UploadChoice(CallbackData, prefix="up"):
    """``act``: save (the intact part of a damaged file) | drop | day (an untimed track's
    date: ``val`` = days ago) | nodur (store it without a duration)."""

    act: str
    token: str
    val: str = ""


class ActivityDialog(StatesGroup):
    note = State()
    untimed_day = State()
    untimed_duration = State()


@dataclass(frozen=True, slots=True)
class ChatContext:
    """What the helpers need about the chat an update came from."""

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
    ) -> ChatContext:
        message = event if isinstance(event, Message) else event.message
        if message is None or event.bot is None:
            raise ValueError("an activity update must come from a chat")
        return cls(event.bot, message.chat.id, state, services, athlete, t)

    async def say(self, text: str, markup: InlineKeyboardMarkup | None = None) -> Message:
        return await self.bot.send_message(self.chat_id, text, reply_markup=markup)


async def live_card(
    query: CallbackQuery, activity_id: int, services: Services, athlete: Athlete, t: Translator
) -> Message | None:
    """The card's message when its activity still exists; otherwise the athlete is told
    it is gone (deleted meanwhile, or a stale button) and nothing else happens."""
    if isinstance(query.message, Message) and (
        await services.activities.get(athlete.id, activity_id) is not None
    ):
        return query.message
    await query.answer(t("act-gone"))
    return None


async def formatter(services: Services, athlete: Athlete, t: Translator) -> Formatter:
    profile = await services.profiles.get(athlete.id)
    return Formatter(t, profile.fields.units) if profile else Formatter(t)


async def send_card(chat: ChatContext, activity: Activity, *, ask_rpe: bool = True) -> Message:
    """The summary card, then (when the RPE is unknown) the RPE question."""
    t = chat.t
    view = await chat.services.activities.view(chat.athlete.id, activity.id)
    fmt = await formatter(chat.services, chat.athlete, t)
    card = await chat.say(render.card_text(t, fmt, view), render.card_markup(t, activity))
    if ask_rpe and activity.fields.rpe is None and not activity.fields.leg_index:
        await chat.say(t("act-ask-rpe"), render.rpe_markup(t, activity.id))
    return card


class DownloadError(Exception):
    """Fetching a file from Telegram failed; ``reason`` names the catalog words."""

    def __init__(self, reason: str, **params: str | int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


class BoundedBuffer(io.BytesIO):
    """The download's destination: refuses to grow past ``limit`` bytes, so a file
    server that sends more than getFile announced cannot fill the memory."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def write(self, data: ReadableBuffer, /) -> int:
        if self.tell() + memoryview(data).nbytes > self.limit:
            raise DownloadError("too_big", limit_mb=self.limit // (1024 * 1024))
        return super().write(data)


async def download(bot: Bot, file_id: str, limit: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, streamed into a bounded buffer; ``DownloadError`` says what
    failed (Telegram refused it, its file server answered an error, the network)."""
    buffer = BoundedBuffer(limit)
    try:
        await bot.download(file_id, destination=buffer)
    except TelegramBadRequest as error:
        if "too big" in error.message.lower():
            raise DownloadError("too_big", limit_mb=limit // (1024 * 1024)) from error
        raise DownloadError("refused", detail=error.message[:200]) from error
    except TelegramAPIError as error:  # network errors and server errors of the Bot API
        raise DownloadError("telegram", detail=error.message[:200]) from error
    except ClientResponseError as error:
        raise DownloadError("status", status=error.status) from error
    except (ClientError, TimeoutError) as error:
        raise DownloadError("network") from error
    return buffer.getvalue()


def download_failed(t: Translator, error: DownloadError) -> str:
    if error.reason == "too_big":
        return t("upload-error-telegram_too_big", **error.params)
    return t("upload-error-download_failed", reason=t(f"download-reason-{error.reason}",
                                                        **error.params))  # fmt: skip


# -- uploads ---------------------------------------------------------------------------


async def on_document(
    message: Message,
    *,
    bot: Bot,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """A file: fetch it, parse it, store its activities, answer with their cards (a
    caption such as "felt great, rpe 7" gives the RPE and the note)."""
    document = message.document
    assert document is not None  # the filter says so
    chat = ChatContext.of(message, state, services, athlete, t)
    if document.file_size is not None and document.file_size > DEFAULT_MAX_BYTES:
        await message.answer(t("upload-error-telegram_too_big", limit_mb=20))
        return
    await bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_DOCUMENT)
    async with ChatActionSender.upload_document(
        bot=bot, chat_id=message.chat.id, initial_sleep=4.0
    ):
        try:
            data = await download(bot, document.file_id)
            report = await services.activities.ingest(
                athlete, document.file_name or "activity", data,
                caption=parse_caption(message.caption),
            )  # fmt: skip
        except DownloadError as error:
            await message.answer(download_failed(t, error))
            return
        except IngestError as error:
            await _refuse(chat, error, document=document, caption=message.caption)
            return
    await answer_report(chat, report, document)


async def _refuse(
    chat: ChatContext, error: IngestError, *, document: Document, caption: str | None
) -> None:
    """The specific answer; under a damaged file worth saving, the offer to save it."""
    t = chat.t
    text = render.error_text(t, error, await formatter(chat.services, chat.athlete, t))
    if not (isinstance(error, DamagedFileError) and error.salvageable):
        await chat.say(text)
        return
    token = await _keep_pending(chat, document, kind="salvage", caption=caption)
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("upload-btn-save-part"), callback_data=UploadChoice(act="save", token=token)
    )
    builder.button(text=t("upload-btn-drop"), callback_data=UploadChoice(act="drop", token=token))
    offer = await chat.say(text, builder.as_markup())
    await _remember_question(chat.state, offer)


async def _keep_pending(
    chat: ChatContext,
    document: Document,
    *,
    kind: str,
    caption: str | None = None,
    combined: bool = False,
) -> str:
    """One upload waits for an answer at a time: a newer one retires the older one's
    buttons (its token no longer matches, and its keyboard is taken away)."""
    state = chat.state
    older = (await state.get_data()).get(_PENDING)
    if isinstance(older, dict) and isinstance(older.get("message_id"), int):
        with suppress(TelegramBadRequest):  # deleted, or already without buttons
            await chat.bot.edit_message_reply_markup(
                chat_id=chat.chat_id, message_id=older["message_id"], reply_markup=None
            )
        if older.get("kind") == "untimed":
            await state.set_state(None)
    token = secrets.token_hex(4)
    pending = {"token": token, "kind": kind, "file_id": document.file_id,
               "name": document.file_name or "activity", "caption": caption,
               "combined": "1" if combined else ""}  # fmt: skip
    await state.update_data({_PENDING: pending})
    return token


async def _remember_question(state: FSMContext, question: Message) -> None:
    pending = (await state.get_data()).get(_PENDING)
    if isinstance(pending, dict):
        await state.update_data({_PENDING: {**pending, "message_id": question.message_id}})


async def answer_report(
    chat: ChatContext, report: IngestReport, document: Document | None
) -> None:
    """One message per workout: the notes (duplicates, failed zip members) lead the
    first card; a multisport file is one card for all its legs; the RPE buttons are on
    the card. The date question for tracks without timestamps joins the last card, so
    one upload gets one answer."""
    t, state = chat.t, chat.state
    fmt = await formatter(chat.services, chat.athlete, t)
    # What was stored stands on its own: committed whole before the cards go out, so
    # SQLite's write lock is not held across the Telegram calls.
    await chat.services.commit()
    notes = "\n\n".join(render.report_notes(t, fmt, report))
    firsts = {a.fields.multisport_group or a.id: a for a in reversed(report.stored)}
    cards = [await upload_card(chat, fmt, a) for a in reversed(firsts.values())]
    if notes and cards and len(notes) + len(cards[0][0]) < render.CARD_ROOM:
        cards[0] = (f"{notes}\n\n{cards[0][0]}", cards[0][1])
    elif notes:
        await chat.say(notes)
    if not (report.untimed and document is not None):
        for text, markup in cards:
            await chat.say(text, markup)
        return
    # One upload, one answer: the question about the tracks without timestamps rides on
    # the last card (a GPSBabel dump holds the timed log and saved tracks side by side).
    token = await _keep_pending(chat, document, kind="untimed", combined=bool(cards))
    await state.update_data({"untimed_count": len(report.untimed)})
    distance = sum(a.distance_m or 0.0 for a in report.untimed)
    ask = t("upload-untimed", count=len(report.untimed), distance=fmt.distance(distance))
    days = _day_markup(t, token)
    for text, markup in cards[:-1]:
        await chat.say(text, markup)
    if cards:
        text, markup = cards[-1]
        rows = [*markup.inline_keyboard, *days.inline_keyboard]
        question = await chat.say(f"{text}\n\n{ask}", InlineKeyboardMarkup(inline_keyboard=rows))
    else:
        question = await chat.say(ask, days)
    await _remember_question(state, question)
    await state.set_state(ActivityDialog.untimed_day)


async def upload_card(
    chat: ChatContext, fmt: Formatter, activity: Activity
) -> tuple[str, InlineKeyboardMarkup]:
    """The card of a stored upload with its RPE buttons: the whole multisport file
    when ``activity`` is one of its legs."""
    t = chat.t
    view = await chat.services.activities.view(chat.athlete.id, activity.id)
    if view.legs:
        text = render.multisport_text(t, fmt, view.legs, view.fitness)
        return text, render.rpe_rows(t, view.legs)
    text = render.card_text(t, fmt, view)
    if render.needs_rpe(view.activity):
        text += "\n\n" + t("act-ask-rpe")
    markup = render.joined(
        render.rpe_rows(t, [view.activity]), render.card_markup(t, view.activity)
    )
    return text, markup


def _day_markup(t: Translator, token: str) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for ago, key in ((0, "upload-btn-today"), (1, "upload-btn-yesterday")):
        builder.button(
            text=t(key), callback_data=UploadChoice(act="day", token=token, val=str(ago))
        )
    builder.button(text=t("upload-btn-drop"), callback_data=UploadChoice(act="drop", token=token))
    builder.adjust(2, 1)
    return builder.as_markup()


async def _pending(state: FSMContext, token: str) -> dict[str, str] | None:
    pending = (await state.get_data()).get(_PENDING)
    if isinstance(pending, dict) and pending.get("token") == token:
        return pending
    return None


async def on_save_part(
    query: CallbackQuery,
    *,
    callback_data: UploadChoice,
    bot: Bot,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """ "Save what is there" under a damaged file: fetch it again, store its intact part."""
    pending = await _pending(state, callback_data.token)
    if pending is None or not isinstance(query.message, Message):
        await query.answer(t("stale-button"))
        return
    await bot.send_chat_action(query.message.chat.id, ChatAction.UPLOAD_DOCUMENT)
    try:
        data = await download(bot, pending["file_id"])
    except DownloadError as error:
        await query.answer(download_failed(t, error), show_alert=True)
        return
    report = await services.activities.ingest(
        athlete, pending["name"], data, accept_partial=True,
        caption=parse_caption(pending.get("caption")),
    )  # fmt: skip
    await state.update_data({_PENDING: None})
    await query.message.edit_reply_markup(reply_markup=None)
    await answer_report(ChatContext.of(query, state, services, athlete, t), report, None)
    await query.answer()


async def on_drop(
    query: CallbackQuery, *, callback_data: UploadChoice, state: FSMContext, t: Translator
) -> None:
    pending = await _pending(state, callback_data.token)
    if pending is None or not isinstance(query.message, Message):
        await query.answer(t("stale-button"))
        return
    await state.update_data({_PENDING: None})
    if await state.get_state() in (ActivityDialog.untimed_day, ActivityDialog.untimed_duration):
        await state.set_state(None)
    if pending.get("combined"):  # the workout card above the question stays
        await query.message.edit_reply_markup(reply_markup=_without_upload_rows(query.message))
        await query.message.answer(t("upload-dropped"))
    else:
        await query.message.edit_text(t("upload-dropped"))
    await query.answer()


async def on_untimed_day(
    query: CallbackQuery,
    *,
    callback_data: UploadChoice,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    if await _pending(state, callback_data.token) is None or not isinstance(
        query.message, Message
    ):
        await query.answer(t("stale-button"))
        return
    day = services.activities.today(athlete) - timedelta(days=int(callback_data.val or 0))
    pending = await _pending(state, callback_data.token) or {}
    if pending.get("combined"):
        # The question shares its message with a workout card: the card stays, only the
        # date buttons go, and the duration question is a message of its own.
        await query.message.edit_reply_markup(reply_markup=_without_upload_rows(query.message))
    edit = not pending.get("combined")
    await _ask_duration(query.message, state, t, day, callback_data.token, edit=edit)
    await query.answer()


def _without_upload_rows(message: Message) -> InlineKeyboardMarkup | None:
    """The message's keyboard without the upload question's buttons (the card's stay)."""
    rows = [
        row
        for row in (message.reply_markup.inline_keyboard if message.reply_markup else [])
        if not any((b.callback_data or "").startswith(f"{UploadChoice.__prefix__}:") for b in row)
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


async def on_untimed_day_text(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    pending = (await state.get_data()).get(_PENDING)
    if not isinstance(pending, dict):
        await state.set_state(None)
        return
    try:
        day = parse_day(message.text or "", services.activities.today(athlete))
    except QuickLogError as error:
        await message.answer(t(f"log-error-{error.code}", **error.params))
        return
    await _ask_duration(message, state, t, day, pending["token"], edit=False)


async def _ask_duration(
    message: Message, state: FSMContext, t: Translator, day: date, token: str, *, edit: bool
) -> None:
    await state.update_data({"untimed_day": day.isoformat()})
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("upload-btn-no-duration"), callback_data=UploadChoice(act="nodur", token=token)
    )
    count = int((await state.get_data()).get("untimed_count") or 1)
    if count > 1:  # several tracks: one duration cannot be right for all of them
        await state.set_state(ActivityDialog.untimed_duration)
        text = t("upload-untimed-many", day=_day_text(t, day))
    else:
        await state.set_state(ActivityDialog.untimed_duration)
        text = t("upload-ask-duration", day=_day_text(t, day))
    if edit:
        await message.edit_text(text, reply_markup=builder.as_markup())
    else:
        await message.answer(text, reply_markup=builder.as_markup())


def _day_text(t: Translator, day: date) -> str:
    # "Friday, 4 December" / «пятница, 4 декабря»: Babel's own words and case; the
    # catalog text puts it after "Date:", so it is never capitalised by hand.
    return long_day(day, t.language)


async def on_untimed_duration_text(
    message: Message,
    *,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    try:
        seconds = parse_duration(message.text or "")
    except QuickLogError as error:
        await message.answer(t(f"log-error-{error.code}", **error.params))
        return
    await _store_untimed(ChatContext.of(message, state, services, athlete, t), seconds)


async def on_untimed_no_duration(
    query: CallbackQuery,
    *,
    callback_data: UploadChoice,
    bot: Bot,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    if await _pending(state, callback_data.token) is None or not isinstance(
        query.message, Message
    ):
        await query.answer(t("stale-button"))
        return
    await query.message.edit_reply_markup(reply_markup=None)
    await _store_untimed(ChatContext.of(query, state, services, athlete, t), None)
    await query.answer()


async def _store_untimed(chat: ChatContext, seconds: float | None) -> None:
    state, t = chat.state, chat.t
    data = await state.get_data()
    pending, day = data.get(_PENDING), data.get("untimed_day")
    await state.set_state(None)
    await state.update_data({_PENDING: None, "untimed_day": None, "untimed_count": None})
    if not isinstance(pending, dict) or not isinstance(day, str):
        await chat.say(t("stale-button"))
        return
    try:
        content = await download(chat.bot, pending["file_id"])
    except DownloadError as error:
        await chat.say(download_failed(t, error))
        return
    report = await chat.services.activities.ingest(
        chat.athlete,
        pending["name"],
        content,
        untimed_day=date.fromisoformat(day),
        untimed_duration_s=seconds,
    )
    await answer_report(chat, report, None)


# -- the card's buttons ----------------------------------------------------------------


async def _rate(
    query: CallbackQuery,
    callback_data: ActivityAction,
    *,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> tuple[Message, Activity] | None:
    """Store the tapped RPE; the next typed message is the activity's note."""
    message = await live_card(query, callback_data.id, services, athlete, t)
    if message is None:
        return None
    activity = await services.activities.set_rpe(
        athlete.id, callback_data.id, int(callback_data.val)
    )
    await state.set_state(ActivityDialog.note)
    await state.update_data({_NOTE_FOR: callback_data.id})
    return message, activity


async def on_rpe(
    query: CallbackQuery,
    *,
    callback_data: ActivityAction,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """RPE after the workout (the separate question of /log); then a note may be typed."""
    rated = await _rate(query, callback_data, state=state, services=services, athlete=athlete, t=t)
    if rated is None:
        return
    await rated[0].edit_text(
        t("act-rpe-saved", rpe=rated[1].fields.rpe),
        reply_markup=render.note_markup(t, callback_data.id),
    )
    await query.answer()


async def on_rpe_card(
    query: CallbackQuery,
    *,
    callback_data: ActivityAction,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """An RPE button on an upload's card: stored, the card redrawn without that
    workout's buttons; a note may be typed next."""
    rated = await _rate(query, callback_data, state=state, services=services, athlete=athlete, t=t)
    if rated is None:
        return
    message, activity = rated
    chat = ChatContext.of(query, state, services, athlete, t)
    text, markup = await upload_card(chat, await formatter(services, athlete, t), activity)
    with suppress(TelegramBadRequest):  # the same tap twice: "message is not modified"
        await message.edit_text(text, reply_markup=markup)
    await query.answer(t("act-rpe-saved-card", rpe=activity.fields.rpe))


async def on_rpe_skip(query: CallbackQuery, t: Translator) -> None:
    if isinstance(query.message, Message):
        await query.message.edit_text(t("act-rpe-skipped"))
    await query.answer()


async def on_health_instead_of_note(message: Message, state: FSMContext) -> None:
    """ "Ich bin krank" while a note is awaited is news, not a note: the note is dropped
    and the message goes on to the coach (the next routers) like any other."""
    await state.set_state(None)
    await state.update_data({_NOTE_FOR: None})
    raise SkipHandler


async def on_note_text(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    activity_id = (await state.get_data()).get(_NOTE_FOR)
    await state.set_state(None)
    await state.update_data({_NOTE_FOR: None})
    if (
        not isinstance(activity_id, int)
        or await services.activities.get(athlete.id, activity_id) is None
    ):
        await message.answer(t("act-gone"))
        return
    await services.activities.set_note(athlete.id, activity_id, message.text or "")
    await message.answer(t("act-note-saved"))


async def on_no_note(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    if await state.get_state() == ActivityDialog.note:
        await state.set_state(None)
        await state.update_data({_NOTE_FOR: None})
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
    await query.answer(t("act-note-skipped"))


async def on_view(
    query: CallbackQuery,
    *,
    callback_data: ActivityAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """Show an activity's card in place (from /history, or back from a sub-menu)."""
    message = await live_card(query, callback_data.id, services, athlete, t)
    if message is None:
        return
    view = await services.activities.view(athlete.id, callback_data.id)
    fmt = await formatter(services, athlete, t)
    page = int(callback_data.val) if callback_data.val else None
    await message.edit_text(
        render.card_text(t, fmt, view),
        reply_markup=render.card_markup(t, view.activity, back_page=page),
    )
    await query.answer()


async def on_rematch_menu(
    query: CallbackQuery,
    *,
    callback_data: ActivityAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    activity = await services.activities.get(athlete.id, callback_data.id)
    if activity is None or not isinstance(query.message, Message):
        await query.answer(t("act-gone"))
        return
    sessions = await services.activities.rematch_options(athlete.id, activity.id)
    text = t("act-rematch") if sessions else t("act-rematch-none")
    await query.message.edit_reply_markup(
        reply_markup=render.rematch_markup(t, activity, sessions)
    )
    await query.answer(text)


async def on_set_session(
    query: CallbackQuery,
    *,
    callback_data: ActivityAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    message = await live_card(query, callback_data.id, services, athlete, t)
    if message is None:
        return
    session_id = int(callback_data.val) or None
    try:
        await services.activities.set_session(athlete.id, callback_data.id, session_id)
    except LookupError:
        await query.answer(t("act-rematch-taken"), show_alert=True)
        return
    view = await services.activities.view(athlete.id, callback_data.id)
    fmt = await formatter(services, athlete, t)
    await message.edit_text(
        render.card_text(t, fmt, view), reply_markup=render.card_markup(t, view.activity)
    )
    await query.answer(t("act-matched-done" if session_id else "act-unmatched-done"))


async def on_set_sport(
    query: CallbackQuery,
    *,
    callback_data: ActivityAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    if (
        await services.activities.get(athlete.id, callback_data.id) is None
        or not isinstance(query.message, Message)
        or callback_data.val not in render.PICKABLE_SPORTS
    ):
        await query.answer(t("act-gone"))
        return
    activity = await services.activities.reanalyse(
        athlete, callback_data.id, sport=callback_data.val
    )
    view = await services.activities.view(athlete.id, activity.id)
    fmt = await formatter(services, athlete, t)
    await query.message.edit_text(
        render.card_text(t, fmt, view), reply_markup=render.card_markup(t, view.activity)
    )
    await query.answer()


async def on_delete_ask(
    query: CallbackQuery,
    *,
    callback_data: ActivityAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    message = await live_card(query, callback_data.id, services, athlete, t)
    if message is None:
        return
    await message.edit_reply_markup(reply_markup=render.delete_markup(t, callback_data.id))
    await query.answer(t("act-delete-confirm"))


async def on_delete(
    query: CallbackQuery,
    *,
    callback_data: ActivityAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    message = await live_card(query, callback_data.id, services, athlete, t)
    if message is None:
        return
    deleted = await services.activities.delete(athlete.id, callback_data.id)
    await message.edit_text(
        t(
            "act-deleted",
            sport=render.sport_name(t, deleted.sport),
            day=render.short_day(t, deleted, services.activities.today(athlete)),
        )
    )
    await query.answer()


def build_router() -> Router:
    router = Router(name="activities")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(on_document, on(F.document))
    text = on(F.text & ~F.text.startswith("/"))
    health = on(F.text.func(health_statement))
    router.message.register(on_health_instead_of_note, StateFilter(ActivityDialog.note), health)
    router.message.register(on_note_text, StateFilter(ActivityDialog.note), text)
    router.message.register(on_untimed_day_text, StateFilter(ActivityDialog.untimed_day), text)
    router.message.register(
        on_untimed_duration_text, StateFilter(ActivityDialog.untimed_duration), text
    )
    router.callback_query.register(on_save_part, UploadChoice.filter(F.act == "save"))
    router.callback_query.register(on_drop, UploadChoice.filter(F.act == "drop"))
    router.callback_query.register(on_untimed_day, UploadChoice.filter(F.act == "day"))
    router.callback_query.register(on_untimed_no_duration, UploadChoice.filter(F.act == "nodur"))
    router.callback_query.register(on_rpe, ActivityAction.filter(F.act == "rpe"))
    router.callback_query.register(on_rpe_card, ActivityAction.filter(F.act == "rpec"))
    router.callback_query.register(on_rpe_skip, ActivityAction.filter(F.act == "rpeskip"))
    router.callback_query.register(on_no_note, ActivityAction.filter(F.act == "notes"))
    router.callback_query.register(on_view, ActivityAction.filter(F.act == "view"))
    router.callback_query.register(on_rematch_menu, ActivityAction.filter(F.act == "rm"))
    router.callback_query.register(on_set_session, ActivityAction.filter(F.act == "ms"))
    router.callback_query.register(on_set_sport, ActivityAction.filter(F.act == "sport"))
    router.callback_query.register(on_delete_ask, ActivityAction.filter(F.act == "del"))
    router.callback_query.register(on_delete, ActivityAction.filter(F.act == "delok"))
    return router
