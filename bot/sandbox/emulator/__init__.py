"""A local Telegram Bot API server for tests, the sandbox chat and benchmarks.

The emulator speaks the Bot API over real HTTP, so the real aiogram ``Bot`` and
``Dispatcher`` run against it unchanged (long polling or webhook), and it enforces
Telegram's rules with Telegram's error texts: text length, caption length, callback
data size, the HTML subset, unknown chats, blocked users and flood limits. Tests play
the users and read back what the bot did::

    import time
    from aiogram import Bot
    from aiogram.client.session.aiohttp import AiohttpSession
    from bot.sandbox.emulator import BotApiEmulator, FloodLimits

    async def test_start_greets():
        async with BotApiEmulator(clock=time.monotonic, limits=FloodLimits()) as emu:
            tempo = emu.add_bot("123456:ABC-DEF", "tempo_test_bot", "Tempo")
            ann = emu.add_user("Ann", username="ann")
            bot = Bot(tempo.token, session=AiohttpSession(api=emu.api_server))
            ...  # start the dispatcher polling with `bot`

            tempo.user_sends_text(ann, "/start")
            reply = await tempo.wait_for_bot_message(ann)  # wakes on the bot's reply
            assert "Welcome" in reply.text
            query_id = tempo.user_presses_button(ann, reply, "Running")
            await tempo.wait_for_bot_activity(ann, kinds=["callback_answer"])

Modules: ``emulator`` (the facade), ``emulated_bot`` (per-bot state and the user
actions), ``methods`` (the Bot API methods), ``server`` (HTTP routes), ``html_rules``
and ``formatting`` (parse modes and lengths), ``markup`` (keyboards), ``flood``
(limits on an injected clock), ``updates`` and ``webhook`` (delivery), ``failures``
(scripted errors), ``errors`` (Telegram's descriptions), ``client`` (aiogram helpers).
"""

from bot.sandbox.emulator.client import EmulatorSession, emulator_bot
from bot.sandbox.emulator.emulated_bot import ChatRef, EmulatedBot, texts
from bot.sandbox.emulator.emulator import BotApiEmulator
from bot.sandbox.emulator.errors import ApiError, EmulatorUsageError
from bot.sandbox.emulator.failures import FailureRule
from bot.sandbox.emulator.flood import FloodLimits, Rate
from bot.sandbox.emulator.models import (
    BotActivity,
    CallbackAnswer,
    Chat,
    ChatActionRecord,
    ChatMessage,
    DraftRecord,
    StoredFile,
    User,
)
from bot.sandbox.emulator.server import ServerStats
from bot.sandbox.emulator.webhook import WebhookReplyError

__all__ = [
    "ApiError",
    "BotActivity",
    "BotApiEmulator",
    "CallbackAnswer",
    "Chat",
    "ChatActionRecord",
    "DraftRecord",
    "ChatMessage",
    "ChatRef",
    "EmulatedBot",
    "EmulatorSession",
    "EmulatorUsageError",
    "FailureRule",
    "FloodLimits",
    "Rate",
    "ServerStats",
    "StoredFile",
    "User",
    "WebhookReplyError",
    "emulator_bot",
    "texts",
]
