"""aiogram's side of the wire: a session that talks to the emulator."""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer


class EmulatorSession(AiohttpSession):
    """An :class:`AiohttpSession` that closes at once.

    ``AiohttpSession.close`` sleeps 250 ms so TLS connections can wind down
    (https://docs.aiohttp.org/en/stable/client_advanced.html#graceful-shutdown); plain
    HTTP on loopback has nothing to wait for, and a test suite closes many sessions.
    """

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()


def emulator_bot(
    api: TelegramAPIServer, token: str, *, parse_mode: str | None = "HTML", **bot_kwargs: Any
) -> Bot:
    """A real aiogram ``Bot`` whose requests go to the emulator at ``api``.

    Close it with ``await bot.session.close()``.
    """
    return Bot(
        token,
        session=EmulatorSession(api=api),
        default=DefaultBotProperties(parse_mode=parse_mode),
        **bot_kwargs,
    )
