"""Magic filters evaluated in the event loop.

aiogram 3.31 treats a bare ``F`` expression as a synchronous callable and runs each check
with ``asyncio.to_thread`` (``FilterObject`` in aiogram/dispatcher/event/handler.py): a
thread-pool round trip per filter per update, the largest single cost on Tempo's update
path in bench/updates.py. ``on(F...)`` wraps the same expression in an async ``Filter``,
so it is resolved inline. ``tests/unit/test_handlers_filters.py`` keeps bare ``F`` filters
out of every router.
"""

from __future__ import annotations

from typing import Any

from aiogram import F
from aiogram.filters import Filter
from aiogram.types import TelegramObject
from magic_filter import MagicFilter


class On(Filter):
    """An ``F`` expression as an async filter; ``.as_(name)`` results are passed on."""

    __slots__ = ("magic",)

    def __init__(self, magic: MagicFilter) -> None:
        self.magic = magic

    async def __call__(self, event: TelegramObject, **_: Any) -> bool | dict[str, Any]:
        result = self.magic.resolve(event)
        if isinstance(result, dict):
            return result
        return bool(result)

    def __str__(self) -> str:
        return f"On({self.magic!r})"


def on(magic: MagicFilter) -> On:
    return On(magic)


PRIVATE_CHAT = On(F.chat.type == "private")
GROUP_CHAT = On(F.chat.type != "private")
