"""A fake Anthropic Messages API on 127.0.0.1 that speaks the real protocol over HTTP.

``POST /v1/messages`` as the API answers it (https://docs.anthropic.com/en/api/messages,
https://docs.anthropic.com/en/api/errors): the key must come as ``x-api-key`` (the
documented header) or ``Authorization: Bearer`` (what the anthropic SDK 2.x sends for an
``api_key``), ``anthropic-version`` must be present, the JSON body must have a model, a
positive integer ``max_tokens`` and a non-empty ``messages`` list of user/assistant turns
starting with the user, and no fields the API does not know. Success is a message object
with text content blocks, a stop reason and token usage; errors have the API's shape,
``{"type": "error", "error": {"type": ..., "message": ...}, "request_id": ...}``, and its
status codes (400, 401, 404, 429, 500, 529).

Tests script what comes next: :class:`Reply` (a text, optionally after a delay),
:class:`Fail` (an error status) or :class:`Hang` (no answer until the fake stops, so a
client's timeout is what ends the wait). Every request is recorded, valid or not.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

DEFAULT_TEXT = "Solid work lately, so today is yours to enjoy. Warm up well before you start."
# The API's own messages are longer; the types and statuses are what clients act on.
ERRORS = {
    400: ("invalid_request_error", "There was an issue with the format of your request."),
    401: ("authentication_error", "invalid x-api-key"),
    403: ("permission_error", "Your API key does not have permission to use this resource."),
    404: ("not_found_error", "The requested resource could not be found."),
    413: ("request_too_large", "Request exceeds the maximum allowed number of bytes."),
    429: ("rate_limit_error", "Number of request tokens has exceeded your per-minute limit."),
    500: ("api_error", "Internal server error"),
    529: ("overloaded_error", "Overloaded"),
}
KNOWN_FIELDS = frozenset(
    {
        "model", "max_tokens", "messages", "system", "metadata", "stop_sequences", "stream",
        "temperature", "top_k", "top_p", "tools", "tool_choice", "thinking", "service_tier",
    }
)  # fmt: skip
MAX_BODY_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Reply:
    text: str = DEFAULT_TEXT
    delay_s: float = 0.0


@dataclass(frozen=True, slots=True)
class Fail:
    status: int
    message: str | None = None


@dataclass(frozen=True, slots=True)
class Hang:
    """Hold the request open until the fake stops (or :meth:`release` is called)."""


Step = Reply | Fail | Hang


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    path: str
    headers: dict[str, str]
    body: Any  # the parsed JSON, or the raw text when it was not JSON
    status: int = 0  # what the fake answered (0 while hanging)


@dataclass
class AnthropicApiFake:
    api_key: str = "sk-ant-fake-0123456789"
    models: frozenset[str] | None = None  # None accepts any model name
    default: Step = field(default_factory=Reply)
    requests: list[RecordedRequest] = field(default_factory=list)
    _script: deque[Step] = field(default_factory=deque)
    _released: asyncio.Event = field(default_factory=asyncio.Event)
    _arrival: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None
    _base_url: str | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    # -- lifecycle ---------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_BODY_BYTES)
        app.router.add_post("/v1/messages", self._messages)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0][:2]
        self._runner = runner
        self._base_url = f"http://{host}:{port}"

    async def stop(self) -> None:
        """Release hanging requests, then close the port."""
        self.release()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError("start() the fake first")
        return self._base_url

    # -- scripting ---------------------------------------------------------------------

    def script(self, *steps: Step) -> None:
        """Answer the next requests with ``steps`` in order, then with :attr:`default`."""
        self._script.extend(steps)

    def release(self) -> None:
        self._released.set()

    async def arrived(self, count: int) -> None:
        """Until ``count`` requests have reached the fake (answered or hanging): a test
        then moves its clock past a budget instead of hoping the wall clock is slow."""
        while len(self.requests) < count:
            self._arrival.clear()
            await self._arrival.wait()

    @property
    def answered(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.status]

    # -- the endpoint ------------------------------------------------------------------

    async def _messages(self, request: web.Request) -> web.Response:
        raw = await request.text()
        try:
            body: Any = json.loads(raw)
        except json.JSONDecodeError:
            body = raw
        index = len(self.requests)
        headers = dict(request.headers)
        self.requests.append(RecordedRequest(request.path, headers, body))
        self._arrival.set()
        response = await self._answer(request, body)
        self.requests[index] = RecordedRequest(request.path, headers, body, response.status)
        return response

    async def _answer(self, request: web.Request, body: Any) -> web.Response:
        if self._key_of(request) != self.api_key:
            return self._error(401)
        if not request.headers.get("anthropic-version"):
            return self._error(400, "anthropic-version: header is required")
        if not isinstance(body, dict):
            return self._error(400, "The request body is not valid JSON.")
        problem = _invalid(body)
        if problem:
            return self._error(400, problem)
        if self.models is not None and body["model"] not in self.models:
            return self._error(404, f"model: {body['model']}")
        step = self._script.popleft() if self._script else self.default
        if isinstance(step, Hang):
            await self._released.wait()
            return self._error(500, "released at teardown")
        if isinstance(step, Fail):
            return self._error(step.status, step.message)
        if step.delay_s:
            await asyncio.sleep(step.delay_s)
        return self._message(body, step.text)

    @staticmethod
    def _key_of(request: web.Request) -> str | None:
        key = request.headers.get("x-api-key")
        if key:
            return key
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        return token if scheme.lower() == "bearer" and token else None

    def _request_id(self) -> str:
        return f"req_fake{next(self._ids):020d}"

    def _error(self, status: int, message: str | None = None) -> web.Response:
        kind, default_message = ERRORS.get(status, ("api_error", "Internal server error"))
        request_id = self._request_id()
        headers = {"request-id": request_id}
        if status == 429:
            headers["retry-after"] = "30"
        payload = {
            "type": "error",
            "error": {"type": kind, "message": message or default_message},
            "request_id": request_id,
        }
        return web.json_response(payload, status=status, headers=headers)

    def _message(self, body: dict[str, Any], text: str) -> web.Response:
        words = text.split(" ")
        kept: list[str] = []
        stop_reason = "end_turn"
        for word in words:
            if _tokens(" ".join([*kept, word])) > body["max_tokens"]:
                stop_reason = "max_tokens"
                break
            kept.append(word)
        out = " ".join(kept)
        request_id = self._request_id()
        payload = {
            "id": f"msg_fake{next(self._ids):020d}",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": [{"type": "text", "text": out}],
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": {
                "input_tokens": _tokens(json.dumps([body.get("system"), body["messages"]])),
                "output_tokens": _tokens(out),
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
            },
        }
        return web.json_response(payload, headers={"request-id": request_id})


def _tokens(text: str) -> int:
    """About four characters a token, as Anthropic's own rule of thumb has it."""
    return max(1, math.ceil(len(text) / 4)) if text else 0


def _invalid(body: dict[str, Any]) -> str | None:
    """What the API would refuse in this body, in its words' spirit; None when valid."""
    unknown = sorted(set(body) - KNOWN_FIELDS)
    if unknown:
        return f"{unknown[0]}: Extra inputs are not permitted"
    model = body.get("model")
    if not isinstance(model, str) or not model:
        return "model: Field required"
    max_tokens = body.get("max_tokens")
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int):
        return "max_tokens: Field required"
    if max_tokens < 1:
        return "max_tokens: Input should be greater than or equal to 1"
    if body.get("stream"):
        return "stream: this fake answers only non-streaming requests"
    system = body.get("system")
    if system is not None and not isinstance(system, str | list):
        return "system: Input should be a valid string or a list of text blocks"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "messages: at least one message is required"
    for number, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
            return f"messages.{number}.role: Input should be 'user' or 'assistant'"
        content = message.get("content")
        if isinstance(content, str):
            if not content:
                return f"messages.{number}: text content blocks must be non-empty"
        elif not isinstance(content, list) or not all(
            isinstance(block, dict) and "type" in block for block in content
        ):
            return f"messages.{number}.content: Input should be a string or a list of blocks"
    if messages[0]["role"] != "user":
        return 'messages: first message must use the "user" role'
    return None
