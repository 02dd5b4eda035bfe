"""A bot's pending updates: getUpdates long polling and the webhook's source.

Semantics follow https://core.telegram.org/bots/api#getupdates:

* an update stays pending until a later call passes an ``offset`` above its id (or the
  webhook acknowledges it); a negative offset keeps only the last ``-offset`` updates;
* ``allowed_updates`` is remembered from the last call that passed it, and filters
  updates as they are *created* (others are dropped, not kept for later); an empty list
  means every type except chat_member, message_reaction and message_reaction_count;
* a new getUpdates call ends a waiting one with 409 "terminated by other getUpdates
  request", which is how Telegram tells two running bot instances apart.

Waiting uses an :class:`asyncio.Event` that is replaced after every change, so waiters
wake at once when an update arrives; the long-poll ``timeout`` itself is wall time.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

from bot.sandbox.emulator import errors

JsonDict = dict[str, Any]

_OPT_IN_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
MAX_LIMIT = 100


def update_type(update: JsonDict) -> str:
    return next((key for key in update if key != "update_id"), "unknown")


class UpdateQueue:
    def __init__(self) -> None:
        self._pending: deque[JsonDict] = deque()
        self._next_id = 1
        self._allowed: frozenset[str] | None = None
        self._changed = asyncio.Event()
        self._poll_generation = 0
        self._pollers_waiting = 0
        self._closed = False

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    @property
    def allowed_updates(self) -> list[str] | None:
        return sorted(self._allowed) if self._allowed is not None else None

    def set_allowed_updates(self, allowed: list[str] | None) -> None:
        self._allowed = frozenset(allowed) if allowed else None

    def is_allowed(self, kind: str) -> bool:
        if self._allowed is None:
            return kind not in _OPT_IN_TYPES
        return kind in self._allowed

    def push(self, update: JsonDict) -> JsonDict | None:
        """Queue an update (assigning ``update_id``), or drop it if its type is filtered."""
        if not self.is_allowed(update_type(update)):
            return None
        if "update_id" in update:
            self._next_id = max(self._next_id, int(update["update_id"]) + 1)
        else:
            update = {"update_id": self._next_id, **update}
            self._next_id += 1
        self._pending.append(update)
        self._notify()
        return update

    def confirm(self, offset: int) -> None:
        """Forget updates below ``offset``; a negative offset keeps the last ``-offset``."""
        if offset < 0:
            while len(self._pending) > -offset:
                self._pending.popleft()
            return
        while self._pending and self._pending[0]["update_id"] < offset:
            self._pending.popleft()

    def drop_all(self) -> None:
        self._pending.clear()

    def first(self) -> JsonDict | None:
        return self._pending[0] if self._pending else None

    async def wait_changed(self) -> None:
        """Resolve at the next push, poll, or close."""
        await self._changed.wait()

    @property
    def polling(self) -> bool:
        """Whether a getUpdates call is waiting for updates right now."""
        return self._pollers_waiting > 0

    async def wait_until_polling(self) -> None:
        """Resolve once a getUpdates call is waiting (the bot is listening)."""
        while not self.polling:
            await self.wait_changed()

    async def long_poll(
        self, *, offset: int | None, limit: int, wait_seconds: float
    ) -> list[JsonDict]:
        if offset is not None:
            self.confirm(offset)
        # A new call ends any call still waiting, as two pollers would on Telegram.
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()
        limit = min(max(limit, 1), MAX_LIMIT)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(wait_seconds, 0.0)
        while True:
            if generation != self._poll_generation:
                raise errors.ApiError(409, errors.TERMINATED_BY_OTHER_POLL)
            if self._pending or self._closed:
                return list(self._pending)[:limit]
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            self._pollers_waiting += 1
            self._notify()  # wakes wait_until_polling
            changed = self._changed  # taken after our own notify, or we'd wake ourselves
            try:
                async with asyncio.timeout(remaining):
                    await changed.wait()
            except TimeoutError:
                return []
            finally:
                self._pollers_waiting -= 1

    def close(self) -> None:
        """Release every waiter (the server is stopping)."""
        self._closed = True
        self._notify()

    def reopen(self) -> None:
        """Accept long polls again (the server was stopped and may start again)."""
        self._closed = False

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()
