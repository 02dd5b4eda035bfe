"""The AI coach in a team's group chat: a mention of the bot, or a reply to one of its
messages, answered by :class:`~bot.coach.services.group_coach.GroupCoachService`.

Where the answer goes is the service's call and is kept here: an answer that read the
asker's own data reaches the asker alone (an ephemeral message, Bot API 10.3; else the
private chat, with a short note and a button in the group); any other answer is a reply
in the group (in its forum topic). No draft is streamed: where an answer may go is known
only when its turn has ended. Every send to the group is paced by the bot session's
per-group limiter (``bot/telegram/pacing.py``), apart from private pushes."""

from __future__ import annotations

import re
from contextlib import suppress

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import (
    EphemeralMessageParameters,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram.utils.deep_linking import create_start_link

from bot.coach.agent.runtime import CoachRuntime
from bot.coach.services import Services
from bot.coach.services.coach import CoachReply, ReplyFormat
from bot.coach.services.group_coach import Fixed, GroupCoachService
from bot.domain.athletes import Athlete
from bot.handlers.coach_render import render_model_text, split_message
from bot.handlers.groups_render import session_row
from bot.i18n import Translator

FIXED_KEYS = {
    Fixed.NO_KEY: "group-ai-no-model",
    Fixed.OFF: "group-ai-disabled",
    Fixed.BUDGET: "group-ai-budget",
}


async def addressed(message: Message, bot: Bot) -> bool:
    """A mention of the bot, or a reply to one of its messages (not a command)."""
    text = message.text or message.caption or ""
    if text.startswith("/"):
        return False
    me = await bot.me()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == me.id:
        return True
    return f"@{me.username}".lower() in text.lower()


async def on_addressed(
    message: Message,
    *,
    bot: Bot,
    services: Services,
    athlete: Athlete,
    t: Translator,
    coach: CoachRuntime,
) -> None:
    """Answered in a group linked to a squad (in any other, nothing is said)."""
    group = await services.groups.group(message.chat.id)
    if group is None or group.squad_id is None:
        return
    me = await bot.me()
    mention = re.compile(rf"@{re.escape(me.username or '')}\b", re.I)
    question = " ".join(mention.sub(" ", message.text or message.caption or "").split())
    service = GroupCoachService(services.session, services.clock, coach, commit=services.commit)
    answer = await service.answer(athlete, group, question, t)
    if answer.reply is None:
        assert answer.fixed is not None
        text = t(FIXED_KEYS[answer.fixed], bot=me.username or "")
        sessions = await services.group_schedule.sessions(
            group.chat_id, services.wellness.today(athlete)
        )
        if sessions:  # the group's own week: useful to anyone, no one's data
            rows = "\n".join(session_row(t, session) for session in sessions)
            text = f"{text}\n\n{t('group-board-week', sessions=rows)}"
        await message.reply(text, reply_markup=await private_chat_button(bot, t))
    elif answer.private:
        await to_asker_alone(message, bot, _parts(answer.reply), t, private_chat=athlete.chat_id)
    else:
        for part in _parts(answer.reply):
            await message.reply(part)


def _parts(reply: CoachReply) -> list[str]:
    text = render_model_text(reply.text) if reply.format is ReplyFormat.MODEL else reply.text
    return split_message(text)


async def private_chat_button(bot: Bot, t: Translator) -> InlineKeyboardMarkup:
    link = await create_start_link(bot, "from_group")
    button = InlineKeyboardButton(text=t("group-btn-private"), url=link)
    return InlineKeyboardMarkup(inline_keyboard=[[button]])


async def to_asker_alone(
    message: Message, bot: Bot, parts: list[str], t: Translator, *, private_chat: int | None
) -> None:
    """``parts`` to the asker alone, never to the group: an ephemeral message; where
    Telegram refuses one, the private chat (when given and open) with a short note in the
    group, else only the note and a button that opens the private chat."""
    assert message.from_user is not None
    thread = message.message_thread_id if message.is_topic_message else None
    alone = EphemeralMessageParameters(receiver_user_id=message.from_user.id)
    try:
        for part in parts:
            await bot.send_message(
                message.chat.id,
                part,
                message_thread_id=thread,
                ephemeral_message_parameters=alone,
            )
        return
    except TelegramBadRequest:
        pass
    note = "group-me-private"
    if private_chat is not None:
        with suppress(TelegramBadRequest, TelegramForbiddenError):
            for part in parts:
                await bot.send_message(private_chat, part)
            note = "group-ai-answered-privately"
    await message.answer(t(note), reply_markup=await private_chat_button(bot, t))
