"""/profile: the athlete's profile with ✏️ per section, and their zones."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import Message
from aiogram.utils.deep_linking import create_start_link

from bot.coach.services import Services
from bot.domain.athletes import Athlete
from bot.handlers.onboarding import flow, render
from bot.i18n import Translator
from bot.telegram.filters import GROUP_CHAT, PRIVATE_CHAT


async def cmd_profile(
    message: Message, services: Services, athlete: Athlete, t: Translator
) -> None:
    snapshot = await services.profiles.snapshot(athlete.id)
    if snapshot is None or not snapshot.profile.completed:
        await message.answer(t("profile-missing"))
        return
    summary = render.summary_text(t, snapshot, now_utc=services.clock.now())
    await message.answer(summary, reply_markup=render.summary_markup(t))
    await message.answer(flow.zones_only(t, services, snapshot))


async def cmd_in_group(message: Message, bot: Bot, t: Translator) -> None:
    # Profiles are personal: the deep link opens the private chat in one tap.
    link = await create_start_link(bot, "from_group")
    await message.answer(t("profile-private-only", link=link))


def build_router() -> Router:
    router = Router(name="profile")
    router.message.register(cmd_profile, Command("profile"), PRIVATE_CHAT)
    router.message.register(cmd_in_group, Command("profile", "settings"), GROUP_CHAT)
    return router
