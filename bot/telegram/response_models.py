"""Keep aiogram's response models alive between requests.

aiogram validates every Bot API answer with ``Response[method.__returning__]``. pydantic
caches such parametrised models only weakly, so whenever the garbage collector runs, the
model is freed and the next request rebuilds its schema: about 5 ms, the largest cost on
Tempo's update path in bench/updates.py (a bare bot allocates too little to notice). This
request middleware holds one strong reference per return type it has seen.
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType


class KeepResponseModels(BaseRequestMiddleware):
    def __init__(self) -> None:
        self._models: dict[Any, type] = {}

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        returning = method.__returning__
        if returning not in self._models:
            self._models[returning] = Response[returning]  # type: ignore[valid-type]
        return await make_request(bot, method)
