"""Replies paced per chat on the injected clock (bot/telegram/pacing.py)."""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.methods import EditMessageText, SendMessage, TelegramMethod

from bot.clock import ManualClock
from bot.jobs.limiter import SendBudget
from bot.telegram.pacing import PerChatPacing

TOKEN = "123456789:AAE-pacing-test-token-0123456789abcdef"


async def send_all(methods: list[TelegramMethod[Any]]) -> list[tuple[str, int | str, float]]:
    """Each method through the middleware; what reached the wire and when."""
    clock = ManualClock()
    pacing = PerChatPacing(SendBudget(clock))
    wire: list[tuple[str, int | str, float]] = []

    async def make_request(_bot: Bot, method: TelegramMethod[Any]) -> Any:
        wire.append((type(method).__name__, method.chat_id, clock.monotonic()))  # type: ignore[attr-defined]
        return None

    bot = Bot(TOKEN)
    try:
        for method in methods:
            await pacing(make_request, bot, method)
    finally:
        await bot.session.close()
    return wire


async def test_a_private_chat_gets_a_burst_of_two_then_one_a_second() -> None:
    wire = await send_all([SendMessage(chat_id=7, text=str(i)) for i in range(4)])
    assert [at for _, _, at in wire] == [0.0, 0.0, 1.0, 2.0]


async def test_chats_are_paced_apart_and_edits_not_at_all() -> None:
    wire = await send_all(
        [
            SendMessage(chat_id=7, text="a"),
            SendMessage(chat_id=7, text="b"),
            EditMessageText(chat_id=7, message_id=1, text="c"),
            SendMessage(chat_id=8, text="d"),
            SendMessage(chat_id=7, text="e"),
        ]
    )
    assert wire == [
        ("SendMessage", 7, 0.0),
        ("SendMessage", 7, 0.0),
        ("EditMessageText", 7, 0.0),
        ("SendMessage", 8, 0.0),
        ("SendMessage", 7, 1.0),
    ]


async def test_a_group_gets_twenty_a_minute_after_its_burst() -> None:
    wire = await send_all([SendMessage(chat_id=-100123, text=str(i)) for i in range(5)])
    assert [round(at, 6) for _, _, at in wire] == [0.0, 0.0, 0.0, 3.0, 6.0]


async def test_a_groups_edits_count_against_its_twenty_a_minute() -> None:
    """The team board is edited in place: Telegram counts those edits against the group's
    limit (the emulator too), so they take the group's tokens (a private chat's edits
    take none: the test above)."""
    wire = await send_all(
        [SendMessage(chat_id=-100123, text="board")]
        + [EditMessageText(chat_id=-100123, message_id=1, text=str(i)) for i in range(4)]
    )
    assert [round(at, 6) for _, _, at in wire] == [0.0, 0.0, 0.0, 3.0, 6.0]
