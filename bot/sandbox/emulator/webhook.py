"""Webhook mode: POST each pending update to the bot's URL, in order.

As Telegram does (https://core.telegram.org/bots/api#setwebhook): the update is the
JSON body, ``X-Telegram-Bot-Api-Secret-Token`` carries the secret, any 2xx answer
acknowledges the update, and anything else is retried later and reported by
getWebhookInfo as ``last_error_date``/``last_error_message``. A 2xx answer may carry a
Bot API call (``{"method": ...}`` as JSON or a multipart form, which is how aiogram
answers from the webhook); the emulator executes it, and keeps any error it produces
in :attr:`WebhookDispatcher.reply_errors` since Telegram reports those nowhere.

Delivery is sequential (one connection per bot), which keeps updates in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import aiohttp

from bot.sandbox.emulator.errors import ApiError
from bot.sandbox.emulator.params import Params, read_multipart

if TYPE_CHECKING:
    from bot.sandbox.emulator.emulated_bot import EmulatedBot

log = logging.getLogger(__name__)

ExecuteReply = Callable[["EmulatedBot", str, Params], Awaitable[Any]]


@dataclass
class WebhookConfig:
    url: str
    secret_token: str | None
    max_connections: int
    last_error_date: int | None = None
    last_error_message: str | None = None


@dataclass(frozen=True)
class WebhookReplyError:
    bot_username: str
    method: str
    description: str


class WebhookDispatcher:
    """Runs one delivery task per bot that has a webhook."""

    def __init__(
        self,
        execute: ExecuteReply,
        now: Callable[[], int],
        *,
        retry_delay: float = 0.2,
        request_timeout: float = 10.0,
    ) -> None:
        self._execute = execute
        self._now = now
        self.retry_delay = retry_delay
        self.request_timeout = request_timeout
        self.reply_errors: list[WebhookReplyError] = []
        self._session: aiohttp.ClientSession | None = None
        self._tasks: dict[int, asyncio.Task[None]] = {}

    async def start(self) -> None:
        self._session = aiohttp.ClientSession()

    async def stop(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        for task in self._tasks.values():
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        if self._session is not None:
            await self._session.close()
            self._session = None

    def enable(self, bot: EmulatedBot, config: WebhookConfig) -> None:
        bot.webhook = config
        if bot.id not in self._tasks or self._tasks[bot.id].done():
            self._tasks[bot.id] = asyncio.create_task(
                self._deliver(bot), name=f"webhook-{bot.username}"
            )

    def disable(self, bot: EmulatedBot) -> None:
        bot.webhook = None
        task = self._tasks.pop(bot.id, None)
        if task is not None:
            task.cancel()

    async def _deliver(self, bot: EmulatedBot) -> None:
        while bot.webhook is not None:
            update = bot.updates.first()
            if update is None:
                await bot.updates.wait_changed()
                continue
            config = bot.webhook
            problem = await self._post(bot, config, update)
            if problem is None:
                bot.updates.confirm(int(update["update_id"]) + 1)
                continue
            config.last_error_date = self._now()
            config.last_error_message = problem
            # Telegram backs off before retrying; a new update also wakes the retry.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.retry_delay):
                    await bot.updates.wait_changed()

    async def _post(
        self, bot: EmulatedBot, config: WebhookConfig, update: dict[str, Any]
    ) -> str | None:
        """Deliver one update; ``None`` on success, else the error Telegram would report."""
        if self._session is None:
            return "Emulator is not running"
        headers = {"Content-Type": "application/json"}
        if config.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = config.secret_token
        try:
            async with self._session.post(
                config.url,
                data=json.dumps(update),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.request_timeout),
            ) as response:
                if not 200 <= response.status < 300:
                    return f"Wrong response from the webhook: {response.status} {response.reason}"
                await self._run_reply(bot, response)
        except aiohttp.ClientConnectorError:
            return "Connection refused"
        except TimeoutError:
            return "Read timeout expired"
        except aiohttp.ClientError as error:
            return f"Connection error: {error}"
        return None

    async def _run_reply(self, bot: EmulatedBot, response: aiohttp.ClientResponse) -> None:
        if response.content_type.startswith("multipart/"):
            reader = aiohttp.MultipartReader(response.headers, response.content)
            fields, uploads = await read_multipart(reader)
            params = Params(fields, uploads)
        elif response.content_type == "application/json":
            body = await response.json()
            if not isinstance(body, dict):
                return
            params = Params(body)
        else:
            return
        method = params.text("method")
        if not method:
            return
        try:
            await self._execute(bot, method, params)
        except ApiError as error:
            log.info("webhook reply %s of @%s failed: %s", method, bot.username, error)
            self.reply_errors.append(WebhookReplyError(bot.username, method, error.description))
