"""The fake Messages API against the real anthropic SDK: what the SDK sends is accepted,
what the API refuses is refused, streams parse, tool turns round-trip, caching is counted."""

from __future__ import annotations

from typing import Any

import aiohttp
import anthropic
import pytest
from anthropic import AsyncAnthropic

from tests.fakes.anthropic_api import (
    API_VERSION,
    AnthropicApiFake,
    Call,
    Fail,
    Refuse,
    Reply,
    Respond,
    ToolUse,
)

MODEL = "claude-haiku-5-5"


async def wire_events(api: AnthropicApiFake, body: dict[str, Any]) -> list[str]:
    headers = {"Authorization": f"Bearer {api.api_key}", "anthropic-version": API_VERSION}
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{api.base_url}/v1/messages", json=body, headers=headers) as response,
    ):
        text = await response.text()
    return [
        line.removeprefix("event: ") for line in text.splitlines() if line.startswith("event:")
    ]


def client(api: AnthropicApiFake) -> AsyncAnthropic:
    return AsyncAnthropic(api_key=api.api_key, base_url=api.base_url, max_retries=0)


async def test_the_sdk_sends_the_current_version_and_a_bearer_key(
    anthropic_api: AnthropicApiFake,
) -> None:
    assert anthropic.__version__.startswith("2.")
    async with client(anthropic_api) as sdk:
        message = await sdk.messages.create(
            model=MODEL, max_tokens=50, messages=[{"role": "user", "content": "hi"}]
        )
    assert message.stop_reason == "end_turn"
    (request,) = anthropic_api.requests
    assert request.headers["anthropic-version"] == API_VERSION
    assert request.headers["Authorization"] == f"Bearer {anthropic_api.api_key}"


@pytest.mark.parametrize("field", ["temperature", "top_p", "top_k"])
async def test_sampling_parameters_are_refused(
    anthropic_api: AnthropicApiFake, field: str
) -> None:
    async with client(anthropic_api) as sdk:
        with pytest.raises(anthropic.BadRequestError, match=field):
            await sdk.messages.create(
                model=MODEL,
                max_tokens=50,
                messages=[{"role": "user", "content": "hi"}],
                extra_body={field: 0.5},  # the SDK 2.x no longer offers them at all
            )


async def test_newer_top_level_fields_are_accepted(anthropic_api: AnthropicApiFake) -> None:
    async with client(anthropic_api) as sdk:
        await sdk.messages.create(
            model=MODEL,
            max_tokens=50,
            messages=[{"role": "user", "content": "hi"}],
            extra_body={"cache_control": {"type": "ephemeral"}, "output_config": {}},
        )
    assert anthropic_api.requests[0].status == 200


async def test_a_stream_arrives_in_the_api_order_with_tool_input(
    anthropic_api: AnthropicApiFake,
) -> None:
    anthropic_api.script(*[Call(ToolUse("get_load", {"days": 14}), text="Let me look.")] * 3)
    ask: dict[str, Any] = {
        "model": MODEL,
        "max_tokens": 200,
        "messages": [{"role": "user", "content": "how is my fitness?"}],
        "tools": [{"name": "get_load", "input_schema": {"type": "object"}}],
    }
    async with client(anthropic_api) as sdk:
        sdk_events = [e.type async for e in await sdk.messages.create(**ask, stream=True)]
        async with sdk.messages.stream(**ask) as stream:
            helper = [event.type async for event in stream]
            message = await stream.get_final_message()
    # The SDK drops pings; on the wire one follows the first block's start, as the API does.
    raw = await wire_events(anthropic_api, {**ask, "stream": True})
    assert raw[:3] == ["message_start", "content_block_start", "ping"]
    assert [e for e in raw if e != "ping"] == sdk_events
    assert raw[-2:] == ["message_delta", "message_stop"]
    assert raw.count("content_block_start") == raw.count("content_block_stop") == 2
    assert "text" in helper and "input_json" in helper
    assert message.stop_reason == "tool_use"
    tool = message.content[1]
    assert tool.type == "tool_use" and tool.input == {"days": 14}


async def test_a_tool_use_must_be_answered_by_a_tool_result(
    anthropic_api: AnthropicApiFake,
) -> None:
    anthropic_api.script(Call(ToolUse("calc", {"expression": "2+2"}, id="toolu_1")))
    async with client(anthropic_api) as sdk:
        first = await sdk.messages.create(
            model=MODEL, max_tokens=100, messages=[{"role": "user", "content": "2+2?"}]
        )
        history: list[Any] = [
            {"role": "user", "content": "2+2?"},
            {"role": "assistant", "content": [b.model_dump() for b in first.content]},
        ]
        with pytest.raises(anthropic.BadRequestError, match="tool_result"):
            await sdk.messages.create(
                model=MODEL,
                max_tokens=100,
                messages=[*history, {"role": "user", "content": "and?"}],
            )
        answer = await sdk.messages.create(
            model=MODEL,
            max_tokens=100,
            messages=[
                *history,
                {
                    "role": "user",
                    "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "4"}],
                },
            ],
        )
    assert answer.stop_reason == "end_turn"


async def test_the_cached_prefix_is_written_once_then_read(
    anthropic_api: AnthropicApiFake,
) -> None:
    anthropic_api.min_cacheable_tokens = 100
    system = [{"type": "text", "text": "x" * 2000, "cache_control": {"type": "ephemeral"}}]
    async with client(anthropic_api) as sdk:
        usages = []
        for question in ("one?", "two?"):
            message = await sdk.messages.create(
                model=MODEL,
                max_tokens=50,
                system=system,  # type: ignore[arg-type]
                messages=[{"role": "user", "content": question}],
            )
            usages.append(message.usage)
    written = usages[0].cache_creation_input_tokens
    assert written >= 500  # 2,000 characters and the block's JSON around them
    assert usages[0].cache_read_input_tokens == 0
    assert usages[1].cache_creation_input_tokens == 0
    assert usages[1].cache_read_input_tokens == written
    assert usages[1].input_tokens < 20  # the question alone


async def test_a_prefix_shorter_than_the_minimum_is_not_cached(
    anthropic_api: AnthropicApiFake,
) -> None:
    system = [{"type": "text", "text": "short", "cache_control": {"type": "ephemeral"}}]
    async with client(anthropic_api) as sdk:
        for _ in range(2):
            message = await sdk.messages.create(
                model=MODEL,
                max_tokens=50,
                system=system,  # type: ignore[arg-type]
                messages=[{"role": "user", "content": "q"}],
            )
            assert message.usage.cache_read_input_tokens == 0
            assert message.usage.cache_creation_input_tokens == 0


async def test_errors_refusals_and_max_tokens(anthropic_api: AnthropicApiFake) -> None:
    anthropic_api.script(
        Fail(429), Fail(529, retry_after=2), Fail(500), Refuse(), Reply("word " * 100)
    )
    async with client(anthropic_api) as sdk:
        ask: dict[str, Any] = {
            "model": MODEL, "max_tokens": 20, "messages": [{"role": "user", "content": "q"}]
        }  # fmt: skip
        with pytest.raises(anthropic.RateLimitError) as limited:
            await sdk.messages.create(**ask)
        assert limited.value.response.headers["retry-after"] == "1"
        with pytest.raises(anthropic.APIStatusError) as overloaded:
            await sdk.messages.create(**ask)
        assert overloaded.value.status_code == 529
        with pytest.raises(anthropic.InternalServerError):
            await sdk.messages.create(**ask)
        refused = await sdk.messages.create(**ask)
        cut = await sdk.messages.create(**ask)
    assert refused.stop_reason == "refusal"
    assert cut.stop_reason == "max_tokens"


async def test_a_function_decides_from_the_request(anthropic_api: AnthropicApiFake) -> None:
    def echo(body: dict[str, Any]) -> Reply:
        return Reply(f"You said {body['messages'][-1]['content']}")

    anthropic_api.script(Respond(echo))
    async with client(anthropic_api) as sdk:
        message = await sdk.messages.create(
            model=MODEL, max_tokens=50, messages=[{"role": "user", "content": "hello"}]
        )
    assert message.content[0].text == "You said hello"  # type: ignore[union-attr]
