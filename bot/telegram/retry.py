"""Wait out a short flood-control pause instead of failing the reply.

Telegram answers 429 with ``retry_after`` when a chat gets more than about one message a
second (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
A person who taps quickly should get every answer, a moment late, rather than an error.
Long pauses are not waited out here: they are the scheduled sender's business.
"""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

from bot.clock import Clock

log = logging.getLogger(__name__)


class RetryAfterMiddleware(BaseRequestMiddleware):
    def __init__(self, clock: Clock, *, max_wait_seconds: float = 10.0, attempts: int = 3) -> None:
        self._clock = clock
        self._max_wait = max_wait_seconds
        self._attempts = attempts

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        for attempt in range(1, self._attempts + 1):
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                if attempt == self._attempts or exc.retry_after > self._max_wait:
                    raise
                log.info(
                    "flood control on %s: waiting %s s", type(method).__name__, exc.retry_after
                )
                await self._clock.sleep(exc.retry_after)
        raise AssertionError("unreachable: the loop returns or raises")
