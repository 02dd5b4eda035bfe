"""A fake Anthropic Messages API on 127.0.0.1 that speaks the real protocol over HTTP.

``POST /v1/messages`` as the API answers it to the anthropic SDK 2.x
(https://docs.anthropic.com/en/api/messages, .../api/errors, .../build-with-claude/streaming,
.../build-with-claude/prompt-caching):

* the key as ``Authorization: Bearer`` (what the SDK 2.x sends) or ``x-api-key``, and
  ``anthropic-version`` exactly :data:`API_VERSION` (the SDK's ``ANTHROPIC_API_VERSION``);
* a JSON body with a model, a positive ``max_tokens``, user/assistant turns starting with
  the user; ``temperature``, ``top_p`` and ``top_k`` are refused (the current models take
  none of them), the newer top-level fields (``cache_control``, ``output_config``, …) are
  accepted, unknown fields are refused;
* ``tools`` with a name and an object ``input_schema``; every ``tool_use`` block of an
  assistant turn must be answered by a ``tool_result`` in the next user turn;
* at most four ``cache_control`` breakpoints. Usage reports the prompt as the API would:
  the prefix (tools → system → messages) up to the last breakpoint is written to the cache
  the first time (``cache_creation_input_tokens``) and read from it afterwards
  (``cache_read_input_tokens``) when a request repeats it; ``input_tokens`` is the rest;
* ``stream: true`` answers with server-sent events in the API's order: ``message_start``,
  ``content_block_start``, ``ping``, ``content_block_delta`` (``text_delta`` or
  ``input_json_delta``)…, ``content_block_stop``, …, ``message_delta`` (stop reason, usage),
  ``message_stop``;
* errors in the API's shape and statuses (400, 401, 404, 429 with a short ``retry-after``,
  500, 529); ``refusal`` and ``max_tokens`` stop reasons.

Tests script the model turn by turn: :class:`Reply` (text, tool calls, a stop reason, a
stall mid-stream), :class:`Fail` (an error status), :class:`Hang` (no answer until the
fake stops) or :class:`Respond` (a function of the request, as pydantic-ai's
FunctionModel: it sees the tool results and decides). Every request is recorded.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import itertools
import json
import math
import re
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

API_VERSION = "2026-10-21"
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
        "tools", "tool_choice", "thinking", "service_tier", "cache_control", "output_config",
        "container", "context_management", "mcp_servers", "inference_geo",
    }
)  # fmt: skip
# Sampling parameters the current models no longer take.
REFUSED_FIELDS = ("temperature", "top_p", "top_k")
MAX_BREAKPOINTS = 4
MAX_BODY_BYTES = 32 * 1024 * 1024
_TOOL_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
REFUSAL_TEXT = "I can't help with that."


@dataclass(frozen=True, slots=True)
class ToolUse:
    """One tool call the scripted model makes."""

    name: str
    input: dict[str, Any] = field(default_factory=dict)
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """The model's next message: ``text`` then ``tools`` (stop reason ``tool_use`` when
    there are any, else ``end_turn``, or ``max_tokens`` when ``max_tokens`` cut it).
    ``stop_reason`` forces one (``refusal``); ``stall_after`` streams that many
    characters of the text and then hangs (a stream that dies mid-answer)."""

    text: str = DEFAULT_TEXT
    delay_s: float = 0.0
    tools: tuple[ToolUse, ...] = ()
    stop_reason: str | None = None
    stall_after: int | None = None


def Refuse(text: str = REFUSAL_TEXT) -> Reply:  # noqa: N802 (reads as a step, like Reply)
    return Reply(text, stop_reason="refusal")


def Call(*tools: ToolUse, text: str = "") -> Reply:  # noqa: N802
    """A turn that only calls tools (optionally after a short text)."""
    return Reply(text, tools=tools)


@dataclass(frozen=True, slots=True)
class Fail:
    status: int
    message: str | None = None
    retry_after: float | None = None  # 429 and 529 default to 1 s


@dataclass(frozen=True, slots=True)
class Hang:
    """Hold the request open until the fake stops (or :meth:`release` is called)."""


@dataclass(frozen=True, slots=True)
class Respond:
    """Decide the step from the request body (sync or async function)."""

    decide: Callable[[dict[str, Any]], Step | Awaitable[Step]]


Step = Reply | Fail | Hang | Respond


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    path: str
    headers: dict[str, str]
    body: Any  # the parsed JSON, or the raw text when it was not JSON
    status: int = 0  # what the fake answered (0 while hanging)
    usage: dict[str, int] | None = None  # what the fake reported

    def tool_results(self) -> list[dict[str, Any]]:
        """The ``tool_result`` blocks of the last user turn."""
        last = self.body["messages"][-1]
        content = last["content"] if isinstance(last["content"], list) else []
        return [block for block in content if block.get("type") == "tool_result"]


@dataclass
class AnthropicApiFake:
    api_key: str = "sk-ant-fake-0123456789"
    models: frozenset[str] | None = None  # None accepts any model name
    default: Step = field(default_factory=Reply)
    # The API caches nothing shorter (1,024 to 4,096 tokens, by model); tests may lower it.
    min_cacheable_tokens: int = 1024
    requests: list[RecordedRequest] = field(default_factory=list)
    _script: deque[Step] = field(default_factory=deque)
    _released: asyncio.Event = field(default_factory=asyncio.Event)
    _arrival: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None
    _base_url: str | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _cache: set[str] = field(default_factory=set)
    # Every tool the scripted model called, in order, as (name, input).
    called: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

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

    @property
    def pending_steps(self) -> int:
        return len(self._script)

    # -- the endpoint ------------------------------------------------------------------

    async def _messages(self, request: web.Request) -> web.StreamResponse:
        raw = await request.text()
        try:
            body: Any = json.loads(raw)
        except json.JSONDecodeError:
            body = raw
        index = len(self.requests)
        headers = dict(request.headers)
        self.requests.append(RecordedRequest(request.path, headers, body))
        self._arrival.set()
        response, usage = await self._answer(request, body)
        self.requests[index] = RecordedRequest(request.path, headers, body, response.status, usage)
        return response

    async def _answer(
        self, request: web.Request, body: Any
    ) -> tuple[web.StreamResponse, dict[str, int] | None]:
        if self._key_of(request) != self.api_key:
            return self._error(401), None
        version = request.headers.get("anthropic-version")
        if not version:
            return self._error(400, "anthropic-version: header is required"), None
        if version != API_VERSION:
            return self._error(400, f"anthropic-version: unknown version {version!r}"), None
        if not isinstance(body, dict):
            return self._error(400, "The request body is not valid JSON."), None
        problem = _invalid(body)
        if problem:
            return self._error(400, problem), None
        if self.models is not None and body["model"] not in self.models:
            return self._error(404, f"model: {body['model']}"), None
        step: Step = self._script.popleft() if self._script else self.default
        while isinstance(step, Respond):
            decided = step.decide(body)
            step = await decided if inspect.isawaitable(decided) else decided
        if isinstance(step, Hang):
            await self._released.wait()
            return self._error(500, "released at teardown"), None
        if isinstance(step, Fail):
            return self._error(step.status, step.message, step.retry_after), None
        if step.delay_s:
            await asyncio.sleep(step.delay_s)
        if (body.get("tool_choice") or {}).get("type") == "none" and step.tools:
            # The API never calls a tool when told not to: the scripted calls are dropped.
            step = Reply(step.text or DEFAULT_TEXT, stop_reason=step.stop_reason)
        message = self._message(body, step)
        if body.get("stream"):
            return await self._stream(request, message, step), message["usage"]
        return web.json_response(message, headers={"request-id": self._request_id()}), message[
            "usage"
        ]

    @staticmethod
    def _key_of(request: web.Request) -> str | None:
        key = request.headers.get("x-api-key")
        if key:
            return key
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        return token if scheme.lower() == "bearer" and token else None

    def _request_id(self) -> str:
        return f"req_fake{next(self._ids):020d}"

    def _error(
        self, status: int, message: str | None = None, retry_after: float | None = None
    ) -> web.Response:
        kind, default_message = ERRORS.get(status, ("api_error", "Internal server error"))
        request_id = self._request_id()
        headers = {"request-id": request_id}
        if status in (429, 529):
            headers["retry-after"] = f"{retry_after if retry_after is not None else 1:g}"
        payload = {
            "type": "error",
            "error": {"type": kind, "message": message or default_message},
            "request_id": request_id,
        }
        return web.json_response(payload, status=status, headers=headers)

    # -- the message -------------------------------------------------------------------

    def _message(self, body: dict[str, Any], step: Reply) -> dict[str, Any]:
        budget = body["max_tokens"]
        kept: list[str] = []
        stop_reason = step.stop_reason or ("tool_use" if step.tools else "end_turn")
        for word in step.text.split(" ") if step.text else []:
            if _tokens(" ".join([*kept, word])) > budget:
                stop_reason = "max_tokens"
                break
            kept.append(word)
        content: list[dict[str, Any]] = []
        out = " ".join(kept)
        if out:
            content.append({"type": "text", "text": out})
        if stop_reason != "max_tokens":
            for tool in step.tools:
                tool_id = tool.id or f"toolu_fake{next(self._ids):020d}"
                content.append(
                    {"type": "tool_use", "id": tool_id, "name": tool.name, "input": tool.input}
                )
                self.called.append((tool.name, tool.input))
        elif step.tools:
            stop_reason = "max_tokens"
        return {
            "id": f"msg_fake{next(self._ids):020d}",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": {**self._prompt_usage(body), "output_tokens": _tokens(json.dumps(content))},
        }

    def _prompt_usage(self, body: dict[str, Any]) -> dict[str, int]:
        """Input tokens split as the API splits them: the longest prefix (tools → system
        → messages, at any block boundary up to the last ``cache_control`` breakpoint) that
        an earlier request cached is read; the prefix up to each breakpoint long enough to
        cache is written; the rest is plain input."""
        pieces = _prompt_pieces(body)
        sizes = [0]
        for text, _ in pieces:
            sizes.append(sizes[-1] + _tokens(text))
        total = sizes[-1]
        breakpoints = [i for i, (_, marked) in enumerate(pieces) if marked]
        if not breakpoints:
            return {
                "input_tokens": total,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
            }
        model = body["model"]
        digests = [_digest(model, pieces[: i + 1]) for i in range(breakpoints[-1] + 1)]
        hit = max((i for i, d in enumerate(digests) if d in self._cache), default=None)
        read = sizes[hit + 1] if hit is not None else 0
        cacheable = [i for i in breakpoints if sizes[i + 1] >= self.min_cacheable_tokens]
        created = 0
        if cacheable and (hit is None or cacheable[-1] > hit):
            created = sizes[cacheable[-1] + 1] - read
        self._cache.update(digests[i] for i in cacheable)
        return {
            "input_tokens": total - read - created,
            "cache_creation_input_tokens": created,
            "cache_read_input_tokens": read,
        }

    async def _stream(
        self, request: web.Request, message: dict[str, Any], step: Reply
    ) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={"content-type": "text/event-stream", "request-id": self._request_id()}
        )
        await response.prepare(request)

        async def send(event: str, data: dict[str, Any]) -> None:
            line = f"event: {event}\ndata: {json.dumps({'type': event, **data})}\n\n"
            await response.write(line.encode("utf-8"))

        usage = message["usage"]
        start = {**message, "content": [], "stop_reason": None, "usage": {**usage}}
        start["usage"]["output_tokens"] = 1
        await send("message_start", {"message": start})
        for index, block in enumerate(message["content"]):
            if block["type"] == "text":
                await send(
                    "content_block_start",
                    {"index": index, "content_block": {"type": "text", "text": ""}},
                )
                if index == 0:
                    await send("ping", {})
                text = block["text"]
                stall = step.stall_after
                for chunk in _chunks(text if stall is None else text[:stall], 24):
                    await send(
                        "content_block_delta",
                        {"index": index, "delta": {"type": "text_delta", "text": chunk}},
                    )
                if stall is not None:
                    await self._released.wait()
                    return response
            else:
                await send(
                    "content_block_start",
                    {"index": index, "content_block": {**block, "input": {}}},
                )
                if index == 0:
                    await send("ping", {})
                for chunk in _chunks(json.dumps(block["input"]), 16):
                    await send(
                        "content_block_delta",
                        {
                            "index": index,
                            "delta": {"type": "input_json_delta", "partial_json": chunk},
                        },
                    )
            await send("content_block_stop", {"index": index})
        await send(
            "message_delta",
            {
                "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
                "usage": {"output_tokens": usage["output_tokens"]},
            },
        )
        await send("message_stop", {})
        await response.write_eof()
        return response


def _chunks(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or []


def _digest(model: str, pieces: list[tuple[str, bool]]) -> str:
    material = json.dumps([model, [p for p, _ in pieces]], ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _plain(block: dict[str, Any]) -> str:
    """A block as the cache sees it: its content, not where the breakpoints were."""
    return json.dumps({k: v for k, v in block.items() if k != "cache_control"}, sort_keys=True)


def _prompt_pieces(body: dict[str, Any]) -> list[tuple[str, bool]]:
    """The prompt in the API's cache order (tools, system, messages), one piece per block,
    each marked when it carries ``cache_control``. A top-level ``cache_control`` marks the
    last block (automatic caching)."""
    pieces: list[tuple[str, bool]] = []
    for tool in body.get("tools") or []:
        pieces.append((_plain(tool), "cache_control" in tool))
    system = body.get("system")
    if isinstance(system, str):
        pieces.append((system, False))
    elif isinstance(system, list):
        pieces.extend((_plain(b), "cache_control" in b) for b in system)
    for message in body["messages"]:
        content = message["content"]
        if isinstance(content, str):
            pieces.append((message["role"] + _plain({"type": "text", "text": content}), False))
            continue
        for block in content:
            text = message["role"] + _plain(block)
            pieces.append((text, "cache_control" in block))
    if body.get("cache_control") and pieces:
        pieces[-1] = (pieces[-1][0], True)
    return pieces


def _tokens(text: str) -> int:
    """About four characters a token, as Anthropic's own rule of thumb has it."""
    return max(1, math.ceil(len(text) / 4)) if text else 0


def _invalid(body: dict[str, Any]) -> str | None:  # noqa: PLR0911, PLR0912 (one check a line)
    """What the API would refuse in this body, in its words' spirit; None when valid."""
    for name in REFUSED_FIELDS:
        if name in body:
            return f"{name}: is not supported on this model; remove it from the request"
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
    system = body.get("system")
    if system is not None and not isinstance(system, str | list):
        return "system: Input should be a valid string or a list of text blocks"
    tools = body.get("tools") or []
    names = set()
    for number, tool in enumerate(tools):
        if not isinstance(tool, dict) or not _TOOL_NAME.match(str(tool.get("name", ""))):
            return f"tools.{number}.name: String should match pattern '^[a-zA-Z0-9_-]{{1,64}}$'"
        schema = tool.get("input_schema")
        if not isinstance(schema, dict) or schema.get("type") != "object":
            return f"tools.{number}.input_schema.type: Input should be 'object'"
        names.add(tool["name"])
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
        elif any(b["type"] == "text" and not b.get("text") for b in content):
            return f"messages.{number}: text content blocks must be non-empty"
    if messages[0]["role"] != "user":
        return 'messages: first message must use the "user" role'
    problem = _unanswered_tool_use(messages)
    if problem:
        return problem
    marks = sum(1 for _, marked in _prompt_pieces(body) if marked)
    if marks > MAX_BREAKPOINTS:
        return (
            f"A maximum of {MAX_BREAKPOINTS} blocks with cache_control may be provided. "
            f"Found {marks}."
        )
    return None


def _unanswered_tool_use(messages: list[dict[str, Any]]) -> str | None:
    for number, message in enumerate(messages):
        content = message["content"] if isinstance(message["content"], list) else []
        if message["role"] != "assistant":
            continue
        ids = [b.get("id") for b in content if b.get("type") == "tool_use"]
        if not ids:
            continue
        following = messages[number + 1] if number + 1 < len(messages) else None
        answered = set()
        if following is not None and isinstance(following["content"], list):
            blocks = following["content"]
            answered = {b.get("tool_use_id") for b in blocks if b.get("type") == "tool_result"}
        missing = [i for i in ids if i not in answered]
        if missing:
            return (
                f"messages.{number + 1}: `tool_use` ids were found without `tool_result` "
                f"blocks immediately after: {missing[0]}. Each `tool_use` block must have a "
                "corresponding `tool_result` block in the next message."
            )
    return None
