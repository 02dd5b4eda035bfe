"""HTTP routes: the Bot API as aiogram reaches it through ``TelegramAPIServer.from_base``.

* ``GET|POST /bot{token}/{method}`` answers ``{"ok": true, "result": ...}`` or Telegram's
  error envelope (401 for an unknown token, 404 for an unknown method);
* ``GET /file/bot{token}/{file_path}`` serves the bytes getFile pointed at.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.sandbox.emulator import (
    errors,
    group_methods,  # noqa: F401  (registers the group methods)
)
from bot.sandbox.emulator.errors import ApiError
from bot.sandbox.emulator.methods import METHODS
from bot.sandbox.emulator.params import Params, read_request

if TYPE_CHECKING:
    from bot.sandbox.emulator.emulator import BotApiEmulator

# Uploads are checked per file (10 MB photos, 50 MB documents); this only bounds
# urlencoded bodies, which aiohttp reads whole.
CLIENT_MAX_SIZE = 64 * 1024 * 1024


@dataclass
class ServerStats:
    """What the server answered, for the benchmark and for assertions."""

    requests: Counter[str] = field(default_factory=Counter)  # by Bot API method name
    too_many_requests: int = 0  # every 429, from the flood limiter or scripted
    scripted_failures: int = 0


def build_app(emulator: BotApiEmulator) -> web.Application:
    routes = _Routes(emulator)
    app = web.Application(client_max_size=CLIENT_MAX_SIZE)
    app.router.add_route("*", "/bot{token}/{method}", routes.api)
    app.router.add_get("/file/bot{token}/{path:.+}", routes.download)
    return app


class _Routes:
    def __init__(self, emulator: BotApiEmulator) -> None:
        self._emulator = emulator

    async def api(self, request: web.Request) -> web.Response:
        emulator = self._emulator
        token = request.match_info["token"]
        bot = emulator.bot_for_token(token)
        if bot is None:
            return self._error(ApiError(401, errors.UNAUTHORIZED))
        method = METHODS.get(request.match_info["method"].lower())
        if method is None:
            return self._error(ApiError(404, errors.METHOD_NOT_FOUND))
        emulator.stats.requests[method.name] += 1
        try:
            params = await read_request(request)
        except ApiError as error:
            return self._error(error)
        hold = emulator.holds.take(method.name, _chat_of(params))
        if hold is not None:
            await hold.released.wait()
        rule = emulator.failures.take(token, method.name)
        if rule is not None:
            emulator.stats.scripted_failures += 1
            if not rule.after_apply:
                return self._error(rule.error())
        try:
            result = await emulator.execute(bot, method.name, params)
        except ApiError as error:
            return self._error(error)
        if rule is not None:
            return self._error(rule.error())
        return self._ok(result)

    async def download(self, request: web.Request) -> web.StreamResponse:
        bot = self._emulator.bot_for_token(request.match_info["token"])
        stored = (
            self._emulator.files.by_path(request.match_info["path"], bot_id=bot.id)
            if bot is not None
            else None
        )
        if stored is None:
            return self._error(ApiError(404, errors.FILE_NOT_FOUND))
        return web.Response(
            body=stored.content, content_type=stored.mime_type or "application/octet-stream"
        )

    def _ok(self, result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    def _error(self, error: ApiError) -> web.Response:
        if error.status == 429:
            self._emulator.stats.too_many_requests += 1
        return web.json_response(error.envelope(), status=error.status)


def _chat_of(params: Params) -> int | str | None:
    try:
        return params.chat_id() if "chat_id" in params else None
    except ApiError:
        return None
