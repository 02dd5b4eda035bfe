"""BotApiEmulator: the server, the people in it, and the test controls."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from aiogram.client.telegram import TelegramAPIServer
from aiohttp import web

from bot.clock import Clock
from bot.sandbox.emulator import errors
from bot.sandbox.emulator.emulated_bot import EmulatedBot
from bot.sandbox.emulator.errors import ApiError
from bot.sandbox.emulator.failures import (
    FailurePlan,
    FailureRule,
    Hold,
    HoldPlan,
    default_description,
)
from bot.sandbox.emulator.files import FileStore
from bot.sandbox.emulator.flood import FloodLimiter, FloodLimits
from bot.sandbox.emulator.methods import METHODS, Call
from bot.sandbox.emulator.models import Chat, User
from bot.sandbox.emulator.params import Params
from bot.sandbox.emulator.server import ServerStats, build_app
from bot.sandbox.emulator.state import Environment, World
from bot.sandbox.emulator.webhook import WebhookDispatcher

# How long a button press waits for answerCallbackQuery before Telegram answers
# QUERY_ID_INVALID; Telegram does not publish it, clients give up after about 15 s.
CALLBACK_QUERY_TTL = 15.0


class BotApiEmulator:
    """A Telegram Bot API server on 127.0.0.1 with scripted users.

    ``clock`` is a callable returning monotonic seconds (``time.monotonic`` by default)
    or a :class:`bot.clock.Clock`, whose ``now()`` then also dates the messages. The
    flood limiter, callback query expiry and message dates all read it, so tests move
    time instead of sleeping.
    """

    def __init__(
        self,
        clock: Clock | Callable[[], float] = time.monotonic,
        limits: FloodLimits | None = None,
        data_dir: Path | None = None,
        *,
        strict_html: bool = True,
        callback_query_ttl: float = CALLBACK_QUERY_TTL,
    ) -> None:
        if callable(clock):
            monotonic, wall = clock, time.time
        else:
            manual = clock
            monotonic = manual.monotonic

            def wall() -> float:
                return manual.now().timestamp()

        self._env = Environment(
            monotonic=monotonic,
            wall=wall,
            world=World(),
            files=FileStore(data_dir),
            limiter=FloodLimiter(limits or FloodLimits(), monotonic),
            strict_html=strict_html,
        )
        self.callback_query_ttl = callback_query_ttl
        self.failures = FailurePlan()
        self.holds = HoldPlan()
        self.stats = ServerStats()
        self.webhooks = WebhookDispatcher(self.execute, self._env.now)
        self._bots: dict[str, EmulatedBot] = {}
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None

    # -- lifecycle -------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on ``host:port`` (port 0 picks a free one); see :attr:`base_url`."""
        if self._runner is not None:
            raise RuntimeError("the emulator is already running")
        await self.webhooks.start()
        # shutdown_timeout bounds stop(): long polls are released before it anyway.
        runner = web.AppRunner(build_app(self), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound_host, bound_port = runner.addresses[0][:2]
        self._runner = runner
        self._base_url = f"http://{bound_host}:{bound_port}"

    async def stop(self) -> None:
        """Release waiting long polls, stop webhook delivery and close the port.

        State (users, chats, files, pending updates) survives; ``start()`` may follow.
        """
        for bot in self._bots.values():
            bot.updates.close()
        self.holds.release_all()
        await self.webhooks.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
            self._base_url = None
        for bot in self._bots.values():
            bot.updates.reopen()

    async def __aenter__(self) -> BotApiEmulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``, for ``TelegramAPIServer.from_base``."""
        if self._base_url is None:
            raise RuntimeError("start() the emulator first")
        return self._base_url

    @property
    def api_server(self) -> TelegramAPIServer:
        """The aiogram server description pointing at this emulator."""
        return TelegramAPIServer.from_base(self.base_url)

    # -- people and bots -------------------------------------------------------------

    def add_bot(
        self,
        token: str,
        username: str,
        first_name: str = "Tempo",
        *,
        privacy_mode: bool = True,
    ) -> EmulatedBot:
        """Register a bot; its id is the token's number, as on Telegram.

        ``privacy_mode`` (Telegram's default) limits what the bot sees in groups to
        commands, replies to it and mentions of it.
        """
        if token in self._bots:
            raise ValueError(f"a bot with token {token!r} exists already")
        bot = EmulatedBot(
            self._env,
            token=token,
            username=username,
            first_name=first_name,
            privacy_mode=privacy_mode,
        )
        self._bots[token] = bot
        return bot

    def add_user(
        self,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        *,
        user_id: int | None = None,
    ) -> User:
        return self._env.world.add_user(first_name, last_name, username, language_code, user_id)

    def add_group(
        self,
        title: str,
        members: Sequence[User],
        *,
        bots: Sequence[EmulatedBot] | None = None,
        supergroup: bool = True,
        username: str | None = None,
        chat_id: int | None = None,
    ) -> Chat:
        """A group with these people; ``bots`` defaults to every bot added so far;
        ``chat_id`` to bring back a group a bot knows from an earlier run."""
        group = self._env.world.add_group(
            title, list(members), supergroup=supergroup, username=username, chat_id=chat_id
        )
        group.bot_ids.update(bot.id for bot in (self._bots.values() if bots is None else bots))
        return group

    @property
    def bots(self) -> list[EmulatedBot]:
        return list(self._bots.values())

    @property
    def users(self) -> list[User]:
        return list(self._env.world.users.values())

    def bot_for_token(self, token: str) -> EmulatedBot | None:
        return self._bots.get(token)

    @property
    def files(self) -> FileStore:
        return self._env.files

    # -- flood limits and failures -----------------------------------------------------

    @property
    def limits(self) -> FloodLimits:
        return self._env.limiter.limits

    @limits.setter
    def limits(self, limits: FloodLimits) -> None:
        self._env.limiter.limits = limits

    @property
    def flood_rejections(self) -> int:
        """429s answered by the flood limiter (scripted ones are in ``stats``)."""
        return self._env.limiter.rejections

    def fail_next(
        self,
        method: str | None,
        status: int = 500,
        count: int = 1,
        *,
        description: str | None = None,
        retry_after: int | None = None,
        after_apply: bool = False,
        bot: EmulatedBot | None = None,
    ) -> FailureRule:
        """Answer the next ``count`` calls of ``method`` (``None``: any) with an error.

        5xx and 429 get Telegram's descriptions by default (429 with ``retry_after``,
        5 s unless given). ``after_apply=True`` performs the request and then answers
        the error: the message is sent but the bot never learns it.
        """
        if status == 429 and retry_after is None:
            retry_after = 5
        return self.failures.add(
            FailureRule(
                method=method.lower() if method else None,
                token=bot.token if bot else None,
                status=status,
                description=description or default_description(status, retry_after),
                retry_after=retry_after,
                remaining=count,
                after_apply=after_apply,
            )
        )

    def hold_next(self, method: str, *, chat_id: int | None = None) -> Hold:
        """Keep the next ``method`` request (to ``chat_id``) waiting, unanswered and not
        applied, until ``release()`` (or the emulator stops); ``arrived`` is set when it
        comes. For stopping a bot process at an exact point of an update."""
        return self.holds.add(Hold(method.lower(), chat_id))

    def storm_429(
        self,
        count: int = 10,
        *,
        retry_after: int = 3,
        method: str | None = "sendMessage",
        bot: EmulatedBot | None = None,
    ) -> FailureRule:
        """A burst of 429 answers whatever the real limits say."""
        return self.fail_next(method, 429, count, retry_after=retry_after, bot=bot)

    # -- dispatch ------------------------------------------------------------------------

    async def execute(self, bot: EmulatedBot, method_name: str, params: Params) -> Any:
        """Run one Bot API method for ``bot``; raises :class:`ApiError` as Telegram answers."""
        method = METHODS.get(method_name.lower())
        if method is None:
            raise ApiError(404, errors.METHOD_NOT_FOUND)
        call = Call(
            bot=bot,
            params=params,
            env=self._env,
            webhooks=self.webhooks,
            callback_query_ttl=self.callback_query_ttl,
        )
        return await method.handler(call)
