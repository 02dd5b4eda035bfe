"""The profile dialog's handlers: typed answers, taps, /back and /cancel (private chats).

/start lives in ``bot.handlers.basics`` and calls :func:`on_start`.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove

from bot.coach.profile import dialog as machine
from bot.coach.profile.dialog import Flow, Section
from bot.coach.profile.errors import ProfileInputError
from bot.coach.services import Services, StartChoice
from bot.domain.athletes import Athlete
from bot.handlers.onboarding import flow, render
from bot.handlers.onboarding.callbacks import Answer, EditSection
from bot.handlers.onboarding.flow import DialogChat, ProfileDialog
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT, on


async def on_start(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    """/start: greet and begin, offer to resume an unfinished dialog, or welcome back."""
    saved = await flow.saved(state)
    choice = await services.onboarding.start_choice(athlete, saved)
    chat = DialogChat.of(message, state, services, athlete, t)
    if choice is StartChoice.OFFER_RESUME and saved is not None:
        await flow.offer_resume(chat, saved)
    elif choice is StartChoice.COMPLETED:
        await message.answer(t("start-welcome-back", name=athlete.first_name))
    else:
        await flow.begin(chat, saved, greeting=t("start-greeting", name=athlete.first_name))


async def on_text(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    chat = DialogChat.of(message, state, services, athlete, t)
    dialog = await flow.active(state)
    if dialog is None:  # an asking state without a dialog: nothing to resume
        await state.clear()
        await message.answer(t("fallback-text"))
        return
    try:
        after = services.onboarding.answer_text(athlete, dialog, message.text or "")
    except ProfileInputError as error:
        await flow.reject(chat, dialog, error)
        return
    answer = render.typed_echo(t, dialog, after, message.text or "")
    await flow.advance(chat, dialog, after, answer=answer)


async def on_location(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    chat = DialogChat.of(message, state, services, athlete, t)
    dialog = await flow.active(state)
    if dialog is None or message.location is None:
        return
    try:
        where = message.location
        after = await services.onboarding.answer_location(dialog, where.latitude, where.longitude)
    except ProfileInputError as error:
        await flow.reject(chat, dialog, error)
        return
    await flow.advance(chat, dialog, after)


async def on_other_message(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    """A sticker, photo or voice note while a question waits: ask it again."""
    dialog = await flow.active(state)
    if dialog is not None:
        chat = DialogChat.of(message, state, services, athlete, t)
        await flow.reject(chat, dialog, ProfileInputError("answer-expected"))


async def cmd_back(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    dialog = await flow.active(state)
    if dialog is None:
        await message.answer(t("ob-back-nothing"))
        return
    try:
        before = machine.back(dialog)
    except ProfileInputError as error:
        await message.answer(render.error_text(t, dialog, error))
        return
    await flow.advance(DialogChat.of(message, state, services, athlete, t), dialog, before)


async def cmd_cancel(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    dialog = await flow.active(state)
    if dialog is None:
        await state.clear()
        await message.answer(t("cancel-done"))
        return
    text = await flow.pause(DialogChat.of(message, state, services, athlete, t), dialog)
    await message.answer(text, reply_markup=ReplyKeyboardRemove())


# -- buttons -------------------------------------------------------------------------


async def on_pick(
    query: CallbackQuery,
    *,
    callback_data: Answer,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """A one-tap answer, or the question's Skip / I don't know / None."""
    dialog = await flow.live(state, callback_data.token)
    if dialog is None:
        await query.answer(t("ob-stale"))
        return
    try:
        after = services.onboarding.choose(athlete, dialog, callback_data.val)
    except ProfileInputError as error:
        await query.answer(render.error_text(t, dialog, error), show_alert=True)
        return
    answer = render.echo(t, dialog, callback_data.act, callback_data.val)
    chat = DialogChat.of(query, state, services, athlete, t)
    await flow.advance(chat, dialog, after, answer=answer)
    await query.answer()


async def on_toggle(
    query: CallbackQuery,
    *,
    callback_data: Answer,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """Tick or untick one option of a multi-select; the question stays."""
    dialog = await flow.live(state, callback_data.token)
    if dialog is None or not isinstance(query.message, Message):
        await query.answer(t("ob-stale"))
        return
    try:
        ticked = machine.toggle(dialog, callback_data.val)
    except ProfileInputError as error:
        await query.answer(render.error_text(t, dialog, error), show_alert=True)
        return
    await flow.keep(DialogChat.of(query, state, services, athlete, t), ticked)
    await query.message.edit_reply_markup(reply_markup=render.ticks_markup(t, ticked))
    await query.answer()


async def on_done(
    query: CallbackQuery,
    *,
    callback_data: Answer,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    dialog = await flow.live(state, callback_data.token)
    if dialog is None:
        await query.answer(t("ob-stale"))
        return
    try:
        after = machine.done(dialog)
    except ProfileInputError as error:
        await query.answer(render.error_text(t, dialog, error), show_alert=True)
        return
    answer = render.echo(t, dialog, "done", "")
    await flow.advance(
        DialogChat.of(query, state, services, athlete, t), dialog, after, answer=answer
    )
    await query.answer()


async def on_back_button(
    query: CallbackQuery,
    *,
    callback_data: Answer,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    dialog = await flow.live(state, callback_data.token)
    if dialog is None:
        await query.answer(t("ob-stale"))
        return
    try:
        before = machine.back(dialog)
    except ProfileInputError as error:
        await query.answer(render.error_text(t, dialog, error), show_alert=True)
        return
    await flow.advance(DialogChat.of(query, state, services, athlete, t), dialog, before)
    await query.answer()


async def on_resume(
    query: CallbackQuery,
    *,
    callback_data: Answer,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """The offer after /start mid-dialog: continue where they were, or start over."""
    saved = await flow.saved(state)
    if saved is None or saved.token != callback_data.token or saved.flow is not Flow.ONBOARDING:
        await query.answer(t("ob-stale"))
        return
    chat = DialogChat.of(query, state, services, athlete, t)
    await flow.close_question(chat, saved, None)
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
    if callback_data.act == "cont":
        await flow.ask(chat, machine.reask(saved))
    else:
        await flow.begin(chat, saved)
    await query.answer()


async def on_edit_section(
    query: CallbackQuery,
    *,
    callback_data: EditSection,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """✏️ under the profile summary: change that section (thresholds get their list)."""
    if await flow.active(state) is not None:
        await query.answer(t("ob-busy"), show_alert=True)
        return
    if not await services.profiles.is_complete(athlete.id):
        await query.answer(t("profile-missing"), show_alert=True)
        return
    chat = DialogChat.of(query, state, services, athlete, t)
    if callback_data.section == Section.THRESHOLDS.value:
        await flow.show_thresholds(chat)
    else:
        edit = await services.onboarding.begin_edit(
            athlete, callback_data.section, await flow.saved(state)
        )
        await flow.ask(chat, edit)
    await query.answer()


def build_router() -> Router:
    router = Router(name="onboarding")
    router.message.filter(PRIVATE_CHAT)
    asking = StateFilter(ProfileDialog.asking)
    router.message.register(cmd_back, Command("back"))
    router.message.register(cmd_cancel, Command("cancel"), asking)
    router.message.register(on_text, asking, on(F.text & ~F.text.startswith("/")))
    router.message.register(on_location, asking, on(F.location))
    router.message.register(on_other_message, asking, on(~F.text))
    router.callback_query.register(on_pick, Answer.filter(F.act.in_({"pick", "esc"})))
    router.callback_query.register(on_toggle, Answer.filter(F.act == "tog"))
    router.callback_query.register(on_done, Answer.filter(F.act == "done"))
    router.callback_query.register(on_back_button, Answer.filter(F.act == "back"))
    router.callback_query.register(on_resume, Answer.filter(F.act.in_({"cont", "new"})))
    router.callback_query.register(on_edit_section, EditSection.filter())
    return router
