"""sendMessageDraft (Bot API 9.3) through aiogram 3.31's real Bot: drafts stream to a
private chat, are checked like messages, and never become messages."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest

from bot.sandbox.emulator import BotApiEmulator, EmulatedBot, User
from bot.sandbox.emulator import errors as api_errors


@pytest.fixture(autouse=True)
def ann_started(tempo: EmulatedBot, ann: User) -> None:
    tempo.user_sends_text(ann, "/start")


async def test_drafts_are_recorded_and_are_not_messages(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    assert await bot.send_message_draft(ann.id, draft_id=7, text="Your <b>form</b> is")
    assert await bot.send_message_draft(ann.id, draft_id=7, text="Your <b>form</b> is good")
    assert [(d.draft_id, d.text) for d in tempo.drafts] == [
        (7, "Your form is"),
        (7, "Your form is good"),
    ]
    assert [m.text for m in tempo.bot_messages(ann)] == []


async def test_a_draft_is_checked_like_a_message(bot: Bot, tempo: EmulatedBot, ann: User) -> None:
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message_draft(ann.id, draft_id=1, text="<b>unclosed")
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message_draft(ann.id, draft_id=1, text="x" * 4097)
    with pytest.raises(TelegramBadRequest, match="draft_id"):
        await bot.send_message_draft(ann.id, draft_id=0, text="hi")
    assert tempo.drafts == []


async def test_drafts_go_to_private_chats_only(
    bot: Bot, emu: BotApiEmulator, tempo: EmulatedBot, ann: User
) -> None:
    group = emu.add_group("Club", [ann])  # the bot is a member
    with pytest.raises(TelegramBadRequest) as refused:
        await bot.send_message_draft(group.id, draft_id=1, text="hi")
    assert refused.value.message == api_errors.DRAFT_NOT_PRIVATE
    assert tempo.drafts == []
