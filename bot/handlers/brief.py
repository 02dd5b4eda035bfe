"""/brief (time, on/off, quiet days), /pause and /resume, and the buttons on a sent brief."""

from __future__ import annotations

from datetime import datetime

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from babel.dates import get_day_names

from bot.coach.briefs.callbacks import PREFIX as BRIEF_PREFIX
from bot.coach.briefs.callbacks import BriefActionCode
from bot.coach.briefs.schedule import EVENING_REMINDER_AT, zone_for
from bot.coach.profile.timezones import zone_label
from bot.coach.services import Services
from bot.coach.services.deliveries import BriefSettings, BriefTimeUnreadableError
from bot.domain.athletes import Athlete
from bot.domain.deliveries import PauseReason
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Translator, dates
from bot.telegram.filters import PRIVATE_CHAT, on

COMMON_TIMES = ("05:30", "06:00", "06:30", "07:00", "07:30", "08:00")


class BriefSetting(CallbackData, prefix="bset"):
    act: str  # time, other, on, off, quiet, eve (the evening reminder: val 1 on, 0 off)
    val: str = ""


class PauseChoice(CallbackData, prefix="pause"):
    reason: PauseReason


class BriefAction(CallbackData, prefix=BRIEF_PREFIX):
    """A button on a sent brief; packs like ``bot.coach.briefs.callbacks.pack``."""

    action: str
    delivery: int


class BriefTimeInput(StatesGroup):
    waiting = State()


def settings_text(settings: BriefSettings, t: Translator, now: datetime) -> str:
    fmt = Formatter(t)
    lines = [t("brief-settings-title")]
    preferences = settings.preferences
    if preferences.briefs_enabled:
        lines.append(
            t(
                "brief-settings-on",
                time=fmt.clock(settings.brief_time),
                zone=zone_label(settings.timezone, t.language, now),
            )
        )
    else:
        lines.append(t("brief-settings-off"))
    names = get_day_names("abbreviated", locale=t.language)
    quiet = ", ".join(names[day] for day in preferences.quiet_weekdays)
    lines.append(t("brief-settings-quiet", days=quiet) if quiet else t("brief-settings-no-quiet"))
    if preferences.evening_reminder:
        lines.append(t("reminder-settings-on", time=fmt.clock(EVENING_REMINDER_AT)))
    else:
        lines.append(t("reminder-settings-off"))
    if settings.paused and preferences.paused_at is not None:
        reason = t(f"pause-reason-{(preferences.pause_reason or PauseReason.OTHER).value}")
        since = preferences.paused_at.astimezone(zone_for(settings.timezone))
        lines.append(t("brief-settings-paused", since=fmt.when(since), reason=reason))
    elif settings.next_brief is not None:
        lines.append(t("brief-settings-next", when=fmt.when(settings.next_brief)))
    lines.append(t("brief-settings-hint"))
    return "\n".join(lines)


def settings_keyboard(settings: BriefSettings, t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    current = dates.clock(settings.brief_time, t.language)
    for clock in COMMON_TIMES:
        mark = "✓ " if clock == current else ""
        # ":" separates callback data fields: the time travels as "0630".
        value = clock.replace(":", "")
        builder.button(text=f"{mark}{clock}", callback_data=BriefSetting(act="time", val=value))
    builder.button(text=t("brief-btn-other-time"), callback_data=BriefSetting(act="other"))
    on = settings.preferences.briefs_enabled
    builder.button(
        text=t("brief-btn-turn-off" if on else "brief-btn-turn-on"),
        callback_data=BriefSetting(act="off" if on else "on"),
    )
    reminder = settings.preferences.evening_reminder
    builder.button(
        text=t("reminder-btn-turn-off" if reminder else "reminder-btn-turn-on"),
        callback_data=BriefSetting(act="eve", val="0" if reminder else "1"),
    )
    names = get_day_names("abbreviated", locale=t.language)
    for day in range(7):
        mark = "🔕 " if day in settings.preferences.quiet_weekdays else ""
        builder.button(
            text=f"{mark}{names[day]}", callback_data=BriefSetting(act="quiet", val=str(day))
        )
    builder.adjust(3, 3, 3, 4, 3)
    return builder.as_markup()


async def _show(message: Message, services: Services, athlete: Athlete, t: Translator) -> None:
    settings = await services.deliveries.settings(athlete)
    if settings is None:
        await message.answer(t("brief-no-profile"))
        return
    text = settings_text(settings, t, services.clock.now())
    await message.answer(text, reply_markup=settings_keyboard(settings, t))


async def cmd_brief(
    message: Message,
    *,
    command: CommandObject,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """/brief shows the settings; /brief 06:45 sets the time at once."""
    if command.args and await services.profiles.is_complete(athlete.id):
        await _set_typed_time(
            message, command.args, state=state, services=services, athlete=athlete, t=t
        )
        return
    await _show(message, services, athlete, t)


async def on_typed_time(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    await _set_typed_time(
        message, message.text or "", state=state, services=services, athlete=athlete, t=t
    )


async def _set_typed_time(
    message: Message,
    text: str,
    *,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    try:
        at = await services.deliveries.set_time_text(athlete, text)
    except BriefTimeUnreadableError:
        await message.answer(t("brief-time-unreadable"))
        return
    await state.clear()
    await message.answer(t("brief-time-set", time=Formatter(t).clock(at)))
    await _show(message, services, athlete, t)


async def on_setting(
    query: CallbackQuery,
    *,
    callback_data: BriefSetting,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    deliveries = services.deliveries
    act, value = callback_data.act, callback_data.val
    if act == "other":
        await state.set_state(BriefTimeInput.waiting)
        await query.bot.send_message(athlete.chat_id or query.from_user.id, t("brief-ask-time"))  # type: ignore[union-attr]
        await query.answer()
        return
    if act == "time" and len(value) == 4 and value.isdigit():
        await deliveries.set_time_text(athlete, f"{value[:2]}:{value[2:]}")
    elif act in ("on", "off"):
        await deliveries.set_enabled(athlete, act == "on")
    elif act == "eve":
        await services.reminders.set_evening_reminder(athlete, value == "1")
    elif act == "quiet" and value.isdigit():
        await deliveries.toggle_quiet_day(athlete, int(value))
    settings = await deliveries.settings(athlete)
    if settings is not None and isinstance(query.message, Message):
        await query.message.edit_text(
            settings_text(settings, t, services.clock.now()),
            reply_markup=settings_keyboard(settings, t),
        )
    await query.answer()


async def cmd_pause(message: Message, services: Services, athlete: Athlete, t: Translator) -> None:
    settings = await services.deliveries.settings(athlete)
    if settings is not None and settings.paused:
        await message.answer(t("pause-already"))
        return
    builder = InlineKeyboardBuilder()
    for reason in PauseReason:
        builder.button(
            text=t(f"pause-reason-{reason.value}"), callback_data=PauseChoice(reason=reason)
        )
    await message.answer(t("pause-ask"), reply_markup=builder.as_markup())


async def on_pause_reason(
    query: CallbackQuery,
    callback_data: PauseChoice,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    paused = await services.deliveries.pause(athlete, callback_data.reason)
    text = t(f"pause-done-{callback_data.reason.value}") if paused else t("pause-already")
    if isinstance(query.message, Message):
        await query.message.edit_text(text)
    await query.answer()


async def cmd_resume(
    message: Message, services: Services, athlete: Athlete, t: Translator
) -> None:
    before = await services.deliveries.settings(athlete)
    was_ill = before is not None and before.preferences.pause_reason is PauseReason.ILLNESS
    if not await services.deliveries.resume(athlete):
        await message.answer(t("resume-not-paused"))
        return
    settings = await services.deliveries.settings(athlete)
    if settings is not None and settings.next_brief is not None:
        upcoming = t("resume-next", when=Formatter(t).when(settings.next_brief))
    else:
        upcoming = t("resume-briefs-off")
    text = t("resume-done", next=upcoming)
    if was_ill:
        text += "\n" + t("resume-after-illness")
    await message.answer(text)


async def on_brief_action(
    query: CallbackQuery,
    callback_data: BriefAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """ "Do the adjusted session" / "Keep the original" on a sent brief."""
    choice = callback_data.action
    if not await services.deliveries.record_choice(athlete, callback_data.delivery, choice):
        await query.answer(t("brief-choice-stale"))
        return
    reply = t(f"brief-choice-{choice}")
    if choice == BriefActionCode.ADJUSTED.value:
        changed = await services.deliveries.apply_adjustment(athlete, callback_data.delivery)
        if changed:
            reply = t("brief-choice-adjusted-applied", count=changed)
    if isinstance(query.message, Message):
        # The choice is made: its buttons go, so it cannot be made twice by accident; the
        # brief's other buttons (the check-in) stay.
        await query.message.edit_reply_markup(reply_markup=_without_choice(query.message))
    await query.answer(reply, show_alert=True)


_CHOICES = frozenset({BriefActionCode.ADJUSTED.value, BriefActionCode.ORIGINAL.value})


def _without_choice(message: Message) -> InlineKeyboardMarkup | None:
    """The message's keyboard without the adjusted/original row (None when nothing is left)."""
    markup = message.reply_markup
    if markup is None:
        return None
    rows = [
        row
        for row in markup.inline_keyboard
        if not any(_is_choice(button.callback_data) for button in row)
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


def _is_choice(data: str | None) -> bool:
    if not data or not data.startswith(f"{BRIEF_PREFIX}:"):
        return False
    return data.split(":")[1] in _CHOICES


def build_router() -> Router:
    router = Router(name="brief")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_brief, Command("brief"))
    router.message.register(cmd_pause, Command("pause"))
    router.message.register(cmd_resume, Command("resume"))
    router.message.register(
        on_typed_time, StateFilter(BriefTimeInput.waiting), on(F.text & ~F.text.startswith("/"))
    )
    router.callback_query.register(on_setting, BriefSetting.filter())
    router.callback_query.register(on_pause_reason, PauseChoice.filter())
    router.callback_query.register(on_brief_action, BriefAction.filter(F.action.in_(_CHOICES)))
    return router
