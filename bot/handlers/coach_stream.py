"""Streaming a coach answer into the private chat while the model writes it.

Bot API 9.3's ``sendMessageDraft`` shows the growing answer as a draft (an ephemeral
preview; the finished answer is then sent with ``sendMessage``). Drafts are sent at most
every :data:`DRAFT_INTERVAL_S` of the injected clock; where drafts are refused (an older
Bot API server, a chat that does not take them), the typing action is shown instead and
no further draft is tried. A draft that fails never fails the answer.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError

from bot.clock import Clock
from bot.handlers.coach_render import MAX_MESSAGE

log = logging.getLogger(__name__)
DRAFT_INTERVAL_S = 0.8
_DRAFT_IDS = itertools.count(1)


class DraftStream:
    def __init__(self, bot: Bot, chat_id: int, clock: Clock, render: Callable[[str], str]) -> None:
        self._bot = bot
        self._chat_id = chat_id
        self._clock = clock
        self._render = render
        self._draft_id = next(_DRAFT_IDS)
        self._drafts = True
        self._last: float | None = None
        self.sent = 0

    async def start(self) -> None:
        await self._typing()

    async def update(self, text: str) -> None:
        now = self._clock.monotonic()
        if self._last is not None and now - self._last < DRAFT_INTERVAL_S:
            return
        self._last = now
        if not self._drafts:
            await self._typing()
            return
        rendered = self._render(text)[: MAX_MESSAGE - 1]
        if not rendered.strip():
            return
        try:
            await self._bot.send_message_draft(self._chat_id, self._draft_id, text=rendered)
            self.sent += 1
        except TelegramAPIError as error:
            log.info("drafts refused (%s): showing typing instead", error.message)
            self._drafts = False
            await self._typing()

    async def _typing(self) -> None:
        try:
            await self._bot.send_chat_action(self._chat_id, ChatAction.TYPING)
        except TelegramAPIError as error:
            log.info("typing action refused: %s", error.message)
