"""Webhook mode: the emulator POSTs updates to our aiohttp server with the secret header;
a request with a wrong or missing secret is answered 401 and never handled."""

from __future__ import annotations

import socket

import aiohttp
from aiohttp import web

from bot.app import build_webhook_app, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.sandbox.emulator import BotApiEmulator, FloodLimits
from tests.e2e.harness import BOT_TOKEN

SECRET = "s3cret-webhook_token"


async def test_updates_arrive_by_webhook_and_strangers_are_refused(database_url: str) -> None:
    clock = ManualClock()
    emulator = BotApiEmulator(clock=clock, limits=FloodLimits())
    await emulator.start()
    account = emulator.add_bot(BOT_TOKEN, "tempo_test_bot", "Tempo")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    app = create_app(
        Settings(
            telegram_bot_token=BOT_TOKEN,  # type: ignore[arg-type]
            telegram_api_base=emulator.base_url,
            database_url=database_url,
            webhook_url=url,
            webhook_secret=SECRET,  # type: ignore[arg-type]
        ),
        clock=clock,
    )
    runner = web.AppRunner(build_webhook_app(app), access_log=None)
    await runner.setup()  # runs on_startup: migrations, setWebhook, the command menu
    await web.SockSite(runner, listener).start()
    try:
        assert account.webhook is not None
        assert account.webhook.url == url
        ann = emulator.add_user("Ann", language_code="en")
        clock.advance(2)
        account.user_sends_text(ann, "/help")
        reply = await account.wait_for_bot_message(ann)
        assert (reply.text or "").startswith("What I can do")

        update = {
            "update_id": 999_001,
            "message": {
                "message_id": 1,
                "date": 1_767_600_000,
                "chat": {"id": ann.id, "type": "private", "first_name": "Ann"},
                "from": {"id": ann.id, "is_bot": False, "first_name": "Ann"},
                "text": "/help",
            },
        }
        before = len(account.bot_messages(ann))
        async with aiohttp.ClientSession() as client:
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
                async with client.post(url, json=update, headers=headers) as response:
                    assert response.status == 401
        assert len(account.bot_messages(ann)) == before
    finally:
        await runner.cleanup()
        await emulator.stop()
