"""The end-to-end harness: the real Tempo (aiogram polling over real HTTP) against the
Telegram Bot API emulator, with simulated people who send, press and upload.

Time is a :class:`ManualClock` shared by the bot and the emulator; a simulated person
"takes" a couple of seconds before each action, as people do, so Telegram's per-chat
flood limit sees a human pace. Nothing here sleeps.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiogram import Router

from bot.app import Tempo, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.i18n import SUPPORTED_LANGUAGES, Catalogs
from bot.sandbox.emulator import (
    BotApiEmulator,
    Chat,
    ChatMessage,
    EmulatedBot,
    FloodLimits,
    User,
)
from bot.storage import migrate

BOT_TOKEN = "987654321:AAE-tempo-e2e-token-0123456789abcdef"
HUMAN_PAUSE_SECONDS = 2.0
HELP_FIRST_LINES = tuple(
    Catalogs.load()
    .translator(language)("help-text")
    .split("\n", 1)[0]
    .replace("<b>", "")
    .replace("</b>", "")
    for language in SUPPORTED_LANGUAGES
)


@dataclass
class TempoUnderTest:
    """One emulator, one bot account on it, and the running Tempo application."""

    emulator: BotApiEmulator
    account: EmulatedBot
    clock: ManualClock
    database_url: str
    extra_routers: list[Callable[[], Router]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)  # more Settings fields
    app: Tempo | None = None
    _polling: asyncio.Task[None] | None = None

    async def start(self) -> None:
        settings = Settings(
            telegram_bot_token=BOT_TOKEN,  # type: ignore[arg-type]
            telegram_api_base=self.emulator.base_url,
            database_url=self.database_url,
            **self.settings,
        )
        app = create_app(
            settings,
            clock=self.clock,
            extra_routers=[build() for build in self.extra_routers],
        )
        await migrate.upgrade(app.engine)
        started = asyncio.Event()
        app.dispatcher.startup.register(started.set)
        self.app = app
        self._polling = asyncio.create_task(
            app.dispatcher.start_polling(
                app.bot, handle_signals=False, polling_timeout=5, close_bot_session=False
            )
        )
        await asyncio.wait_for(started.wait(), timeout=10)

    async def stop(self) -> None:
        """Stop polling the way a process stops: what is in flight is abandoned."""
        if self.app is None:
            return
        if self._polling is not None and not self._polling.done():
            with contextlib.suppress(RuntimeError):
                await self.app.dispatcher.stop_polling()
            with contextlib.suppress(asyncio.CancelledError):
                await self._polling
        await self.app.close()
        self.app = None

    async def restart(self) -> None:
        """A new process: new engine, new Bot and Dispatcher, same database and chat."""
        await self.stop()
        await self.start()

    def person(
        self, first_name: str = "Ann", *, language_code: str = "en", username: str | None = None
    ) -> Person:
        user = self.emulator.add_user(
            first_name, username=username or first_name.lower(), language_code=language_code
        )
        return Person(self, user)

    def group(self, title: str, members: list[Person]) -> Chat:
        return self.emulator.add_group(title, [member.user for member in members])


@dataclass
class Person:
    """Someone chatting with Tempo: in their private chat unless ``chat`` is given."""

    tempo: TempoUnderTest
    user: User

    @property
    def account(self) -> EmulatedBot:
        return self.tempo.account

    @property
    def id(self) -> int:
        return self.user.id

    def _pause(self) -> None:
        self.tempo.clock.advance(HUMAN_PAUSE_SECONDS)

    async def send(self, text: str, *, chat: Chat | None = None) -> ChatMessage:
        """Send ``text`` and return the bot's first reply to it."""
        self._pause()
        self.account.user_sends_text(self.user, text, chat=chat)
        return await self.account.wait_for_bot_message(chat or self.user)

    def send_only(self, text: str, *, chat: Chat | None = None) -> ChatMessage:
        """Send ``text`` without waiting for anything (for double sends and the like)."""
        self._pause()
        return self.account.user_sends_text(self.user, text, chat=chat)

    async def press(self, button: str, *, on: ChatMessage | None = None) -> str:
        """Tap the inline button labelled ``button`` on ``on`` (default: the newest bot
        message that has it); waits until the bot answers the callback query, which
        handlers do last, after their visible effect (house convention)."""
        self._pause()
        message = on or self.message_with_button(button)
        query_id = self.account.user_presses_button(self.user, message, button)
        await self.account.wait_for_bot_activity(message.chat_id, kinds=["callback_answer"])
        return query_id

    async def upload(
        self,
        path: Path,
        *,
        mime_type: str = "application/octet-stream",
        name: str | None = None,
        caption: str | None = None,
    ) -> ChatMessage:
        content = await asyncio.to_thread(path.read_bytes)
        self._pause()
        self.account.user_sends_document(
            self.user, name or path.name, content, mime_type, caption=caption
        )
        return await self.account.wait_for_bot_message(self.user)

    async def send_content(self, kind: str, **kwargs: Any) -> ChatMessage:
        """A sticker, voice note, photo, location…: ``kind`` names the emulator action."""
        self._pause()
        getattr(self.account, f"user_sends_{kind}")(self.user, **kwargs)
        return await self.account.wait_for_bot_message(self.user)

    async def settle(self) -> None:
        """Wait until everything this person sent so far is finished and committed.

        Handlers answer before their unit of work commits; the bot runs one update per
        chat and person at a time, so the answer to a /help sent now comes only after the
        earlier updates committed."""
        self._pause()
        since = self.account.mark()
        self.account.user_sends_text(self.user, "/help")
        while True:
            for message in self.account.bot_messages(self.user):
                text = message.text or ""
                if message.seq > since and text.startswith(HELP_FIRST_LINES):
                    return
            await self.account.wait_for_bot_activity(
                self.user, since=self.account.mark(), kinds=["message"]
            )

    def message_with_button(self, button: str, *, chat: Chat | None = None) -> ChatMessage:
        for message in reversed(self.account.bot_messages(chat or self.user)):
            if button in message.button_texts or any(
                b.get("callback_data") == button for row in message.inline_keyboard for b in row
            ):
                return message
        raise AssertionError(f"no bot message in the chat shows a button {button!r}")

    def last_bot_message(self, *, chat: Chat | None = None) -> ChatMessage:
        return self.account.last_bot_message(chat or self.user)

    def bot_texts(self, *, chat: Chat | None = None) -> list[str]:
        return [m.text or m.caption or "" for m in self.account.bot_messages(chat or self.user)]


async def start_tempo(
    database_url: str,
    *,
    limits: FloodLimits | None = None,
    routers: list[Callable[[], Router]] | None = None,
    settings: dict[str, Any] | None = None,
) -> TempoUnderTest:
    clock = ManualClock()
    emulator = BotApiEmulator(clock=clock, limits=limits or FloodLimits())
    await emulator.start()
    account = emulator.add_bot(BOT_TOKEN, "tempo_test_bot", "Tempo")
    tempo = TempoUnderTest(
        emulator=emulator,
        account=account,
        clock=clock,
        database_url=database_url,
        extra_routers=list(routers or []),
        settings=dict(settings or {}),
    )
    try:
        await tempo.start()
    except BaseException:
        # No fixture gets this emulator to stop it: its webhook ClientSession and
        # server would be left for the garbage collector ("Unclosed client session").
        await tempo.stop()
        await emulator.stop()
        raise
    return tempo
