"""/start, /help and /cancel."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import Message
from aiogram.utils.deep_linking import create_start_link

from bot.coach.services import Services
from bot.domain.athletes import Athlete
from bot.handlers import groups, onboarding, squads
from bot.i18n import Translator
from bot.telegram.filters import GROUP_CHAT, PRIVATE_CHAT


async def cmd_start(
    message: Message, state: FSMContext, services: Services, athlete: Athlete, t: Translator
) -> None:
    """A new athlete is greeted and onboarding begins; an unfinished one is offered to
    continue or start over; a finished one is welcomed back."""
    await onboarding.on_start(message, state, services, athlete, t)


async def cmd_start_in_group(message: Message, bot: Bot, t: Translator) -> None:
    # Training lives in a private chat; a deep link takes the athlete there in one tap.
    link = await create_start_link(bot, "from_group")
    await message.answer(t("start-group", link=link))


async def cmd_help(message: Message, t: Translator) -> None:
    await message.answer(t("help-text"))


async def cmd_cancel(message: Message, state: FSMContext, t: Translator) -> None:
    if await state.get_state() is None:
        await message.answer(t("cancel-nothing"))
        return
    await state.clear()
    await message.answer(t("cancel-done"))


def build_router() -> Router:
    router = Router(name="basics")
    # An invitation link to a coach's squad is a /start with its token.
    router.message.register(
        squads.on_invitation_link, CommandStart(deep_link=True, magic=squads.TOKEN), PRIVATE_CHAT
    )
    router.message.register(cmd_start, CommandStart(), PRIVATE_CHAT)
    # The startgroup link of /squad: /start@bot g<squad> links the group (issue 21).
    router.message.register(
        groups.cmd_link, CommandStart(deep_link=True, magic=groups.LINK_ARGS), GROUP_CHAT
    )
    router.message.register(cmd_start_in_group, CommandStart())
    router.message.register(groups.cmd_help_in_group, Command("help"), GROUP_CHAT)
    router.message.register(cmd_help, Command("help"))
    router.message.register(cmd_cancel, Command("cancel"))
    return router
