"""Squads for human coaches: /squad new (name → invitation link), /start <token> (who the
coach is and exactly what they ask to see; Accept / Decline) and /sharing (the athlete's
toggles per coach and scope, and leaving). Rendering is in ``squads_render``; the
/start of an invitation link is registered by the basics router, which owns /start."""

from __future__ import annotations

from contextlib import suppress

from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.deep_linking import create_start_link, create_startgroup_link

from bot.coach.services import Services
from bot.coach.services.access import AccessDenied
from bot.coach.services.squads import SquadError
from bot.domain.athletes import Athlete
from bot.domain.squads import ALL_SCOPES, Invitation, Squad
from bot.handlers import onboarding
from bot.handlers.groups_render import with_group_tier
from bot.handlers.roster_render import PAGE, card_markup, card_text, roster_markup, roster_text
from bot.handlers.squads_render import (
    SharingTap,
    SquadTap,
    answered_text,
    invitation_markup,
    invitation_text,
    offer_markup,
    offer_text,
    sharing_markup,
    sharing_text,
)
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT, on

# Invitation tokens: secrets.token_urlsafe(12), 16 URL-safe characters.
TOKEN = F.args.regexp(r"^[A-Za-z0-9_-]{16}$")


class SquadDialog(StatesGroup):
    naming = State()


async def cmd_squad(
    message: Message,
    *,
    command: CommandObject,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    if (command.args or "").strip().lower() in {"new", "новый", "новая"}:
        await state.set_state(SquadDialog.naming)
        await message.answer(t("squad-ask-name"))
        return
    squads = await services.squads.squads(athlete)
    if not squads:
        await message.answer(t("squad-list", count=0, names=""))
        return
    if (command.args or "").strip().lower() in {"link", "ссылка"}:
        invitation = await services.squads.invite(athlete, squads[-1].id)
        await send_invitation(message, athlete, squads[-1], invitation, t)
        return
    lines = await services.access.roster(athlete.id)
    await message.answer(roster_text(t, lines, 0), reply_markup=roster_markup(t, lines, 0))


async def on_squad_name(
    message: Message,
    *,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    try:
        squad, invitation = await services.squads.create(athlete, message.text or "")
    except SquadError as error:
        await message.answer(t(f"squad-error-{error.code}"))
        return
    await state.set_state(None)
    await send_invitation(message, athlete, squad, invitation, t)


async def send_invitation(
    message: Message, athlete: Athlete, squad: Squad, invitation: Invitation, t: Translator
) -> None:
    assert message.bot is not None
    link = await create_start_link(message.bot, invitation.token)
    group_link = await create_startgroup_link(message.bot, f"g{squad.id}")
    await message.answer(
        invitation_text(t, athlete, squad, invitation, link),
        reply_markup=invitation_markup(t, invitation, group_link),
    )


async def on_invitation_link(
    message: Message,
    *,
    command: CommandObject,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    token = command.args or ""
    try:
        offer = await services.squads.offer(token, athlete)
    except SquadError as error:
        await message.answer(t(f"squad-error-{error.code}"))
        return
    await message.answer(offer_text(t, offer), reply_markup=offer_markup(t, token))


async def on_revoke_tap(
    query: CallbackQuery,
    *,
    callback_data: SquadTap,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    try:
        await services.squads.revoke(athlete, int(callback_data.v))
    except (SquadError, ValueError):
        await query.answer(t("squad-error-not_yours"), show_alert=True)
        return
    if isinstance(query.message, Message):
        # The card no longer says "It works until …": it says the link is revoked.
        with suppress(TelegramBadRequest):  # deleted, or already edited by a second tap
            await query.message.edit_text(t("squad-invitation-revoked"), reply_markup=None)
    await query.answer(t("squad-revoked"), show_alert=True)


async def on_answer_tap(
    query: CallbackQuery,
    *,
    callback_data: SquadTap,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """Accept or Decline under an invitation; accepting before onboarding is finished
    joins first, then onboarding begins (or resumes)."""
    squads = services.squads
    try:
        if callback_data.a == "ok":
            offer = await squads.accept(callback_data.v, athlete)
        else:
            offer = await squads.decline(callback_data.v, athlete)
    except SquadError as error:
        await query.answer(t(f"squad-error-{error.code}"), show_alert=True)
        return
    if not isinstance(query.message, Message):
        await query.answer()
        return
    await query.message.edit_text(answered_text(t, offer, accepted=callback_data.a == "ok"))
    if callback_data.a == "ok" and not await services.profiles.is_complete(athlete.id):
        await onboarding.on_start(query.message, state, services, athlete, t)
    await query.answer()


async def cmd_sharing(
    message: Message, services: Services, athlete: Athlete, t: Translator
) -> None:
    text, markup = await sharing_screen(services, athlete, t)
    await message.answer(text, reply_markup=markup)


async def sharing_screen(
    services: Services, athlete: Athlete, t: Translator
) -> tuple[str, InlineKeyboardMarkup | None]:
    """/sharing: each coach's scopes and, for a squad member, the group chat's tier."""
    shared = await services.squads.sharing(athlete)
    text, markup = sharing_text(t, shared), sharing_markup(t, shared)
    if not shared:
        return text, markup
    return with_group_tier(t, text, markup, await services.groups.tier(athlete))


async def on_sharing_tap(
    query: CallbackQuery,
    *,
    callback_data: SharingTap,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """A scope toggled or a squad left: effective for the coach's next read at once."""
    squads = services.squads
    try:
        if callback_data.a == "l":
            await squads.leave(athlete, callback_data.m)
        else:
            scope = ALL_SCOPES[callback_data.s % len(ALL_SCOPES)]
            current = {s.membership.id: s for s in await squads.sharing(athlete)}
            granted = (
                callback_data.m in current and scope in current[callback_data.m].membership.scopes
            )
            await squads.set_scope(athlete, callback_data.m, scope, granted=not granted)
    except SquadError as error:
        await query.answer(t(f"squad-error-{error.code}"), show_alert=True)
        return
    if isinstance(query.message, Message):
        text, markup = await sharing_screen(services, athlete, t)
        with suppress(TelegramBadRequest):  # nothing changed on screen
            await query.message.edit_text(text, reply_markup=markup)
    await query.answer(t("sharing-saved"))


async def on_roster_tap(
    query: CallbackQuery,
    *,
    callback_data: SquadTap,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """A roster page (``p``) or an athlete's card (``c``). The athlete id in the button is
    only a request: the gate decides, at this tap, what (if anything) is shown."""
    if not isinstance(query.message, Message) or not callback_data.v.isdigit():
        await query.answer(t("stale-button"))
        return
    if callback_data.a == "c":
        try:
            card = await services.access.card(athlete.id, int(callback_data.v))
        except AccessDenied:
            await query.answer(t("roster-denied"), show_alert=True)
            return
        text, markup = card_text(t, card), card_markup(t, card)
    else:
        lines = await services.access.roster(athlete.id)
        page = min(int(callback_data.v), max(0, (len(lines) - 1) // PAGE))
        text, markup = roster_text(t, lines, page), roster_markup(t, lines, page)
    with suppress(TelegramBadRequest):  # the same page tapped twice
        await query.message.edit_text(text, reply_markup=markup)
    await query.answer()


def build_router() -> Router:
    router = Router(name="squads")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_squad, Command("squad"))
    router.message.register(cmd_sharing, Command("sharing"))
    router.message.register(
        on_squad_name, StateFilter(SquadDialog.naming), on(F.text & ~F.text.startswith("/"))
    )
    router.callback_query.register(on_revoke_tap, SquadTap.filter(F.a == "rv"))
    router.callback_query.register(on_answer_tap, SquadTap.filter(F.a.in_({"ok", "no"})))
    router.callback_query.register(on_roster_tap, SquadTap.filter(F.a.in_({"c", "p"})))
    router.callback_query.register(on_sharing_tap, SharingTap.filter())
    return router
