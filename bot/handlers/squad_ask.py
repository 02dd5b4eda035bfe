"""/ask: a coach's question about their squad, for the AI for coaches.

Routing: plain text in the private chat stays the athlete's own AI coach (about the
sender's own training), whoever sends it; a question about the squad starts with /ask
("/ask who is struggling this week?"), which only a coach (someone with a squad) can use.
A coach who is also an athlete therefore keeps both, with no mode to forget about."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.coach.agent.runtime import CoachRuntime
from bot.coach.services import Services
from bot.coach.services.squad_coach import SquadCoachService
from bot.domain.athletes import Athlete
from bot.handlers.coach import send_reply
from bot.i18n import Translator
from bot.telegram.filters import PRIVATE_CHAT


async def cmd_ask(
    message: Message,
    *,
    command: CommandObject,
    services: Services,
    athlete: Athlete,
    t: Translator,
    coach: CoachRuntime,
) -> None:
    question = (command.args or "").strip()
    if not question:
        await message.answer(t("ask-usage"))
        return
    service = SquadCoachService(services.session, services.clock, coach, commit=services.commit)
    await send_reply(message, await service.answer(athlete, question, t), t)


def build_router() -> Router:
    router = Router(name="squad_ask")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_ask, Command("ask"))
    return router
