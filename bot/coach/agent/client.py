"""The one Messages API client for the coach agent and the brief's note.

Built on the official ``anthropic`` SDK (2.x), with ``max_retries=0``: the SDK honours any
``retry-after`` the API sends, however long, and a chat update must never sit for that.
This client retries once itself, only before anything was streamed and only when the API
asks for a short pause (:data:`MAX_RETRY_WAIT_S`, waited on the injected clock); anything
else becomes a :class:`ModelFailure` whose ``kind`` the caller turns into a short,
specific message. Every call's usage comes back with its answer, so the caller records
it (and its cost) even when the answer is not used.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from anthropic import (
    AnthropicError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncAnthropic,
)

from bot.clock import Clock
from bot.coach.agent.pricing import TokenUsage

log = logging.getLogger(__name__)

# The longest retry-after worth waiting inside a chat update; longer ones fail at once.
MAX_RETRY_WAIT_S = 3.0
CONNECT_TIMEOUT_S = 5.0

TextSink = Callable[[str], Awaitable[None]]
"""Receives the answer's text so far while it streams (for a Telegram draft)."""


class FailureKind(StrEnum):
    RATE_LIMITED = "rate_limited"  # 429
    OVERLOADED = "overloaded"  # 529
    SERVER = "server"  # 500 and other 5xx
    TIMEOUT = "timeout"  # no (complete) answer within the budget
    UNREACHABLE = "unreachable"  # connection refused, DNS, TLS
    REFUSED = "refused"  # stop_reason "refusal"
    REJECTED = "rejected"  # 4xx: our request or our key; an operator must look


class ModelFailure(Exception):
    """The model gave no usable answer; ``usage`` is what the failed call still cost."""

    def __init__(
        self, kind: FailureKind, detail: str = "", usage: TokenUsage | None = None
    ) -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.detail = detail
        self.usage = usage or TokenUsage()


@dataclass(frozen=True, slots=True)
class ModelMessage:
    """One assistant message as plain data: ``content`` holds ``text`` and ``tool_use``
    blocks as the API spells them (ready to be sent back in the next request)."""

    model: str
    content: list[dict[str, Any]]
    stop_reason: str | None
    usage: TokenUsage

    @property
    def text(self) -> str:
        return "".join(b["text"] for b in self.content if b["type"] == "text")

    @property
    def tool_uses(self) -> list[dict[str, Any]]:
        return [b for b in self.content if b["type"] == "tool_use"]


@dataclass
class MessagesClient:
    """``create`` one message, streamed (with ``on_text``) or not."""

    sdk: AsyncAnthropic
    clock: Clock
    max_retry_wait_s: float = MAX_RETRY_WAIT_S
    calls: int = field(default=0, init=False)

    @classmethod
    def connect(
        cls, *, api_key: str, base_url: str | None, clock: Clock, timeout_s: float
    ) -> MessagesClient:
        sdk = AsyncAnthropic(
            api_key=api_key,
            base_url=base_url,
            max_retries=0,  # see the module docstring
            timeout=timeout_s,
        )
        return cls(sdk, clock)

    async def create(
        self,
        *,
        model: str,
        max_tokens: int,
        messages: list[dict[str, Any]],
        system: str | list[dict[str, Any]] | None = None,
        tools: list[dict[str, Any]] | None = None,
        tool_choice: dict[str, Any] | None = None,
        on_text: TextSink | None = None,
        retries: int = 1,
    ) -> ModelMessage:
        request: dict[str, Any] = {"model": model, "max_tokens": max_tokens, "messages": messages}
        if system is not None:
            request["system"] = system
        if tools:
            request["tools"] = tools
        if tool_choice is not None:
            request["tool_choice"] = tool_choice
        for attempt in range(1, retries + 2):
            streamed = [False]
            try:
                return await self._once(request, on_text, streamed)
            except APIStatusError as error:
                wait = _retry_after(error)
                if attempt <= retries and not streamed[0] and _retryable(error, wait, self):
                    log.info("model answered %s; retrying in %.1f s", error.status_code, wait)
                    await self.clock.sleep(wait or 0.5)
                    continue
                raise _failure(error) from None
            except APITimeoutError:
                raise ModelFailure(FailureKind.TIMEOUT, "the HTTP request timed out") from None
            except APIConnectionError as error:
                raise ModelFailure(FailureKind.UNREACHABLE, type(error).__name__) from None
            except AnthropicError as error:
                raise ModelFailure(FailureKind.SERVER, type(error).__name__) from None
        raise AssertionError("unreachable")  # pragma: no cover

    async def _once(
        self, request: dict[str, Any], on_text: TextSink | None, streamed: list[bool]
    ) -> ModelMessage:
        self.calls += 1
        if on_text is None:
            message = await self.sdk.messages.create(**request)
        else:
            async with self.sdk.messages.stream(**request) as stream:
                shown = ""
                async for event in stream:
                    if event.type == "text":
                        streamed[0] = True
                        shown += event.text
                        await on_text(shown)
                message = await stream.get_final_message()
        usage = TokenUsage(
            input=message.usage.input_tokens,
            output=message.usage.output_tokens,
            cache_write=message.usage.cache_creation_input_tokens or 0,
            cache_read=message.usage.cache_read_input_tokens or 0,
        )
        content = [_block(b.model_dump(exclude_none=True)) for b in message.content]
        result = ModelMessage(message.model, content, message.stop_reason, usage)
        if message.stop_reason == "refusal":
            raise ModelFailure(FailureKind.REFUSED, usage=usage)
        return result

    async def close(self) -> None:
        await self.sdk.close()


def _block(raw: dict[str, Any]) -> dict[str, Any]:
    """A content block as the API accepts it back (the SDK adds fields it does not)."""
    if raw.get("type") == "text":
        return {"type": "text", "text": raw.get("text", "")}
    if raw.get("type") == "tool_use":
        return {"type": "tool_use", "id": raw["id"], "name": raw["name"], "input": raw["input"]}
    return raw


def _retry_after(error: APIStatusError) -> float | None:
    value = error.response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _retryable(error: APIStatusError, wait: float | None, client: MessagesClient) -> bool:
    if error.status_code not in (429, 500, 502, 503, 504, 529):
        return False
    return wait is None or wait <= client.max_retry_wait_s


def _failure(error: APIStatusError) -> ModelFailure:
    status = error.status_code
    if status == 429:
        kind = FailureKind.RATE_LIMITED
    elif status == 529:
        kind = FailureKind.OVERLOADED
    elif status >= 500:
        kind = FailureKind.SERVER
    else:
        kind = FailureKind.REJECTED
    return ModelFailure(kind, f"{status} {error.type or ''} request {error.request_id or '?'}")


async def within(budget_s: float, work: Awaitable[Any]) -> Any:
    """``work`` within ``budget_s`` seconds, else ModelFailure(TIMEOUT)."""
    try:
        async with asyncio.timeout(budget_s):
            return await work
    except TimeoutError:
        raise ModelFailure(FailureKind.TIMEOUT, f"no answer within {budget_s:.0f} s") from None
