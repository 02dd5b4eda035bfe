"""One agent turn: a bounded tool loop on the Messages API, checked before it is shown.

The model may call tools for at most :data:`MAX_ROUNDS` rounds; after that it must answer
with what it has (``tool_choice: none``). The whole turn runs within a wall-clock budget;
a turn that runs out answers from the tool results it has and says so. The answer then
passes the grounding check (:mod:`bot.coach.agent.grounding`): on a violation the model
gets one retry naming the numbers; if it fails again the athlete gets a deterministic
answer built from this turn's tool results instead. Violations are counted.

The loop knows nothing of Telegram or storage: the caller hands in the athlete's scope,
the history and a text sink for streaming, and records what comes back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.coach.agent.client import FailureKind, MessagesClient, ModelFailure, TextSink
from bot.coach.agent.context import ModelInput, with_breakpoint
from bot.coach.agent.grounding import KnownNumbers, ungrounded
from bot.coach.agent.pricing import TokenUsage
from bot.coach.agent.tools import NOT_RECORDED, Attachment, ToolContext, ToolOutcome, ToolRegistry
from bot.i18n import Translator

log = logging.getLogger(__name__)

MAX_ROUNDS = 6
MAX_OUTPUT_TOKENS = 2048  # about 8,000 characters: two Telegram messages
_NO_TOOLS = {"type": "none"}
RETRY_NOTE = (
    "Grounding check: your answer states {numbers}, which appear in no tool result, the "
    "snapshot or a calc result of this turn. Rewrite the answer: use only numbers from "
    "those sources (call calc for any arithmetic or conversion), or leave them out."
)
LAST_ROUND_NOTE = (
    "You have used every tool round of this turn. Answer now with what you have, and say "
    "briefly what you could not check."
)


@dataclass
class TurnResult:
    text: str
    calls: list[tuple[str, TokenUsage]] = field(default_factory=list)  # (model, usage)
    tool_calls: list[ToolOutcome] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    rounds: int = 0
    violations: int = 0
    fallback: bool = False  # built from tool results, not the model's words
    ran_out: bool = False  # the budget or the round limit ended the turn
    failure: ModelFailure | None = None  # set when there is no answer at all

    @property
    def usage(self) -> TokenUsage:
        total = TokenUsage()
        for _, usage in self.calls:
            total = total + usage
        return total


class CoachAgent:
    def __init__(  # noqa: PLR0913 (the agent's settings)
        self,
        client: MessagesClient,
        registry: ToolRegistry,
        *,
        model: str,
        budget_s: float,
        max_rounds: int = MAX_ROUNDS,
        max_tokens: int = MAX_OUTPUT_TOKENS,
    ) -> None:
        self.client = client
        self.registry = registry
        self.model = model
        self.budget_s = budget_s
        self.max_rounds = max_rounds
        self.max_tokens = max_tokens

    async def run(
        self,
        model_input: ModelInput,
        context: ToolContext,
        known: KnownNumbers,
        t: Translator,
        *,
        on_text: TextSink | None = None,
        release: Callable[[], Awaitable[None]] | None = None,
    ) -> TurnResult:
        """``release`` is awaited before every model call: the caller ends its database
        transaction there, so no pooled connection is held while the model thinks."""
        result = TurnResult(text="")
        try:
            async with asyncio.timeout(self.budget_s):
                await self._loop(
                    model_input=model_input,
                    context=context,
                    known=known,
                    t=t,
                    on_text=on_text,
                    result=result,
                    release=release,
                )
        except TimeoutError:
            result.ran_out = True
            if result.tool_calls:
                result.text = fallback_text(result.tool_calls, t, ran_out=True)
                result.fallback = True
            else:
                result.failure = ModelFailure(
                    FailureKind.TIMEOUT, f"no answer within {self.budget_s:.0f} s"
                )
        except ModelFailure as failure:
            result.calls.append((self.model, failure.usage))
            result.failure = failure
        result.attachments = list(context.attachments)
        return result

    async def _loop(  # noqa: PLR0913
        self,
        *,
        model_input: ModelInput,
        context: ToolContext,
        known: KnownNumbers,
        t: Translator,
        on_text: TextSink | None,
        result: TurnResult,
        release: Callable[[], Awaitable[None]] | None,
    ) -> None:
        messages = list(model_input.messages)
        retried = False
        while True:
            last_round = result.rounds >= self.max_rounds
            if release is not None:
                await release()
            message = await self.client.create(
                model=self.model,
                max_tokens=self.max_tokens,
                system=model_input.system,
                tools=model_input.tools,
                tool_choice=_NO_TOOLS if last_round else None,
                messages=with_breakpoint(messages),
                on_text=on_text,
            )
            result.calls.append((message.model or self.model, message.usage))
            if message.tool_uses and not last_round:
                result.rounds += 1
                outcomes = [
                    await self.registry.call(context, use["name"], use.get("input"))
                    for use in message.tool_uses
                ]
                for outcome in outcomes:
                    if outcome.ok:
                        known.add_data(outcome.data)
                result.tool_calls.extend(outcomes)
                results: list[dict[str, Any]] = [
                    {
                        "type": "tool_result",
                        "tool_use_id": use["id"],
                        "content": outcome.content,
                        **({} if outcome.ok else {"is_error": True}),
                    }
                    for use, outcome in zip(message.tool_uses, outcomes, strict=True)
                ]
                if result.rounds >= self.max_rounds:
                    results.append({"type": "text", "text": LAST_ROUND_NOTE})
                messages += [
                    {"role": "assistant", "content": message.content},
                    {"role": "user", "content": results},
                ]
                continue
            if message.tool_uses:  # still asking for tools after the last round
                result.ran_out = True
                result.text = fallback_text(result.tool_calls, t, ran_out=True)
                result.fallback = True
                return
            text = message.text.strip()
            bad = ungrounded(text, known)
            if not bad and text:
                result.text = text
                return
            if bad:
                result.violations += 1
                log.info("grounding: ungrounded numbers %s (retry %s)", bad, retried)
            if retried or not message.content:
                result.text = fallback_text(result.tool_calls, t, ran_out=False)
                result.fallback = True
                return
            retried = True
            messages += [
                {"role": "assistant", "content": message.content},
                {"role": "user", "content": RETRY_NOTE.format(numbers=", ".join(bad))},
            ]


# -- the deterministic answer from tool results ---------------------------------------------

_FACTS: dict[str, tuple[str, ...]] = {
    "get_readiness": ("score", "status"),
    "get_load": ("fitness_ctl", "fatigue_atl", "form_tsb", "acwr"),
    "get_activity": ("date", "sport", "time", "km", "load", "avg_hr", "avg_power", "avg_pace"),
    "get_wellness": ("sleep_h", "fatigue", "soreness", "days_without_check_in"),
    "calc": ("result", "value", "clock"),
}


def fallback_text(outcomes: list[ToolOutcome], t: Translator, *, ran_out: bool) -> str:
    """This turn's tool results in plain words: what Tempo sends when the model's answer
    could not be grounded, or time ran out. Every number is a tool result's."""
    lines = []
    for outcome in outcomes:
        if outcome.ok:
            lines.extend(_facts(outcome))
    lines = list(dict.fromkeys(lines))[:12]
    parts = [t("coach-fallback-ran-out") if ran_out else t("coach-fallback-heading")]
    parts.extend(f"- {line}" for line in lines)
    if not lines:
        parts.append(t("coach-fallback-nothing"))
    return "\n".join(parts)


def _facts(outcome: ToolOutcome) -> list[str]:
    data = outcome.data
    if outcome.name == "get_load" and isinstance(data.get("days"), list):
        data = {**data, **data["days"][-1]}
    if outcome.name == "get_wellness" and isinstance(data.get("days"), list) and data["days"]:
        data = {**data, **data["days"][-1]}
    if outcome.name == "get_profile" and isinstance(data.get("thresholds"), dict):
        return [
            f"{kind}: {_threshold(value)}"
            for kind, value in data["thresholds"].items()
            if isinstance(value, dict)
        ]
    if outcome.name == "get_calendar":
        return [
            f"{a['date']} {a['sport']} {_plain(a['time'])}"
            for a in data.get("activities") or []
            if isinstance(a, dict)
        ][:5]
    keys = _FACTS.get(outcome.name, ())
    return [
        f"{key}: {_plain(data[key])}"
        for key in keys
        if key in data and data[key] not in (None, NOT_RECORDED)
    ]


def _threshold(value: dict[str, Any]) -> str:
    return str(value.get("pace") or f"{value['value']} {value['unit']}")


def _plain(value: Any) -> str:
    if isinstance(value, dict) and "clock" in value:
        return str(value["clock"])
    return str(value)
