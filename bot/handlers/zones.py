"""/zones: the athlete's effective zones; ``/zones zone 2 hr 130-145`` sets one,
``/zones reset`` (or the button) goes back to the computed zones. A coach sets an
athlete's zone from the card's threshold menu (``coaching``): the typed line is read
here too, through the gate (scope "plan edit"), and the athlete is told."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.zone_text import parse_zone_change
from bot.coach.profile.zones import ZoneBlock
from bot.coach.services import Services
from bot.coach.services.access import AccessDenied
from bot.domain.athletes import Athlete
from bot.domain.profiles import Units
from bot.handlers.coaching import CoachDialog, deliver, reply_markup, their
from bot.handlers.onboarding import flow
from bot.handlers.onboarding.formatting import Formatter
from bot.handlers.onboarding.render import error_text, zone_block_text
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT, on

RESET = "zones:reset"
_RESET_WORDS = {
    "reset", "сброс", "сбросить", "restablecer", "zurücksetzen", "réinitialiser", "ripristina",
}  # fmt: skip


def _reset_markup(t: Translator) -> InlineKeyboardMarkup:
    button = InlineKeyboardButton(text=t("zones-btn-reset"), callback_data=RESET)
    return InlineKeyboardMarkup(inline_keyboard=[[button]])


async def cmd_zones(
    message: Message, command: CommandObject, services: Services, athlete: Athlete, t: Translator
) -> None:
    snapshot = await services.profiles.snapshot(athlete.id)
    if snapshot is None or not snapshot.profile.completed:
        await message.answer(t("profile-missing"))
        return
    text = (command.args or "").strip()
    if text.lower() in _RESET_WORDS:
        count = await services.zone_overrides.reset_own(athlete)
        await services.commit()
        await message.answer(t("zones-reset-done", count=count))
        return
    if text:
        units = snapshot.profile.fields.units
        try:
            block = await services.zone_overrides.set_own(athlete, parse_zone_change(text))
        except ProfileInputError as error:
            await message.answer(error_text(t, None, error))
            return
        await services.commit()
        await message.answer(t("zones-set-done") + "\n\n" + _block(t, units, block))
        return
    custom = bool(snapshot.zone_overrides)
    screen = flow.zones_only(t, services, snapshot) + "\n\n" + t("zones-change-hint")
    await message.answer(screen, reply_markup=_reset_markup(t) if custom else None)


def _block(t: Translator, units: Units, block: ZoneBlock) -> str:
    return zone_block_text(t, Formatter(t, units), block)


async def on_reset(
    query: CallbackQuery, services: Services, athlete: Athlete, t: Translator
) -> None:
    count = await services.zone_overrides.reset_own(athlete)
    await services.commit()
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.answer(t("zones-reset-done", count=count))


async def on_coach_zone_text(
    message: Message, *, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    """The coach's zone line for the athlete chosen on the card (the gate asked again)."""
    athlete_id = int((await state.get_data()).get("athlete") or 0)
    try:
        change = parse_zone_change(message.text or "")
        target, block = await services.zone_overrides.set_by_coach(athlete, athlete_id, change)
    except AccessDenied:
        await state.set_state(None)
        await message.answer(t("coaching-denied"))
        return
    except ProfileInputError as error:
        await message.answer(error_text(t, None, error))
        return
    await state.set_state(None)
    await services.commit()
    profile = await services.profiles.get(target.id)
    units = profile.fields.units if profile is not None else Units.METRIC
    await message.answer(
        t("zones-coach-set", name=target.display_name) + "\n\n" + _block(t, units, block)
    )
    theirs = their(t, target)
    notice = theirs("zones-coach-notice", coach=athlete.display_name)
    bot = message.bot
    assert bot is not None
    await deliver(
        bot, target, notice + "\n\n" + _block(theirs, units, block), reply_markup(theirs, athlete)
    )


def build_router() -> Router:
    router = Router(name="zones")
    router.message.register(cmd_zones, Command("zones"), PRIVATE_CHAT)
    router.message.register(
        on_coach_zone_text,
        StateFilter(CoachDialog.zone),
        PRIVATE_CHAT,
        on(F.text & ~F.text.startswith("/")),
    )
    router.callback_query.register(on_reset, on(F.data == RESET))
    return router
