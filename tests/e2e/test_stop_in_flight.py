"""Stopping the bot while an update is still being handled: the update finishes before
the Bot's HTTP session closes, so no handler ever opens a new session after the close.

aiogram's polling does not wait for its update tasks. Before ``Tempo.close`` ended them,
a handler that called the Bot after the close made aiogram open a new aiohttp session
that nothing closed: "Unclosed client session" when a later test's set-up collected it
(tests/e2e/test_groups_schedule.py: a group mention still being handled at the end)."""

from __future__ import annotations

import asyncio
from typing import Any

from aiogram import Bot, F, Router
from aiogram.types import Message

from tests.e2e.harness import start_tempo


def _slow_router(started: asyncio.Event) -> Router:
    router = Router(name="slow")

    @router.message(F.text == "slow")
    async def slow(message: Message, bot: Bot) -> None:
        started.set()
        # Longer than a stop takes to close the sessions (aiogram's close waits 250 ms).
        await asyncio.sleep(0.4)
        await bot.send_message(message.chat.id, "done after the stop began")

    return router


async def test_an_update_in_flight_finishes_before_the_sessions_close(database_url: str) -> None:
    started = asyncio.Event()
    tempo = await start_tempo(database_url, routers=[lambda: _slow_router(started)])
    try:
        app = tempo.app
        assert app is not None
        ann = tempo.person("Ann")
        ann.send_only("slow")
        await asyncio.wait_for(started.wait(), timeout=10)
        await tempo.stop()
        await asyncio.sleep(0.5)  # past the handler's wait, had the stop not waited for it
        http: Any = app.bot.session  # aiogram's AiohttpSession keeps aiohttp's in _session
        assert http._session is not None and http._session.closed
        assert tempo.account.last_bot_message(ann.user).text == "done after the stop began"
    finally:
        await tempo.stop()
        await tempo.emulator.stop()
