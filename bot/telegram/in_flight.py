"""The updates being handled right now, so a process can end them before it closes its
Bot sessions.

aiogram's polling handles each update in a task of its own and does not wait for those
tasks when polling stops. A handler still running when ``Tempo.close`` has closed the
Bot's session would make its next Bot API call open a new aiohttp ``ClientSession``
(aiogram's ``AiohttpSession.create_session`` reopens a closed one), and nothing would
ever close that: "Unclosed client session" when it is collected. So the close ends the
updates in flight first.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class UpdatesInFlight(BaseMiddleware):
    """An outer update middleware that keeps the task of each update it lets through."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        task = asyncio.current_task()
        if task is None:
            return await handler(event, data)
        self._tasks.add(task)
        try:
            return await handler(event, data)
        finally:
            self._tasks.discard(task)

    def __len__(self) -> int:
        return len(self._tasks)

    async def end(self, grace: float) -> None:
        """Let the updates in flight finish for up to ``grace`` seconds, then cancel the
        rest (what a process exit does to them anyway) and wait until they are over."""
        me = asyncio.current_task()
        tasks = {task for task in self._tasks if task is not me and not task.done()}
        if not tasks:
            return
        _, late = await asyncio.wait(tasks, timeout=grace)
        for task in late:
            task.cancel()
        for task in late:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
