"""Coaching questions against whatever Messages API is configured (prints; no asserts).

With ``ANTHROPIC_API_KEY`` set (and ``ANTHROPIC_BASE_URL`` unset or pointing at a real
endpoint) the questions go to the real model, ``COACH_MODEL`` or the default; without one
they go to the fake Messages API, whose scripted model answers each question from the
tool results it is sent (the CI mode). For each question: tools called, required facts
present, forbidden claims absent, grounding violations, tokens (input, cached, output),
cost and latency; then totals.

Run: .venv/bin/python bench/agent_eval.py
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from bench.agent_world import NOW, coach_world  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.coach.agent.runtime import build_coach  # noqa: E402
from bot.config import Settings, load_settings  # noqa: E402
from bot.storage.models import AiUsageRow, CoachToolCallRow, CoachTurnRow  # noqa: E402
from bot.storage.unit_of_work import transaction  # noqa: E402
from tests.fakes.anthropic_api import AnthropicApiFake, Reply, Respond, ToolUse  # noqa: E402

Results = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Question:
    text: str
    language: str
    required: tuple[str, ...]  # each must appear in the answer (any one of "a|b")
    forbidden: tuple[str, ...] = ()  # regular expressions that must not match
    tools: tuple[tuple[str, dict[str, Any]], ...] = ()  # the scripted model's calls
    answer: Callable[[Results], str] = lambda _: ""  # the scripted model's answer


WEEK = {"first": "2026-01-05", "last": "2026-01-11"}
PER_MILE = {"value": "4:30", "from_unit": "min/km", "to_unit": "min/mi"}


def _pace(results: Results) -> str:
    return str(results["get_profile"]["thresholds"]["run_threshold_pace"]["pace"])


def _types(results: Results) -> list[str]:
    return [s["type"] for s in results["get_calendar"]["sessions"]]


def _last(results: Results) -> dict[str, Any]:
    return dict(results["get_load"]["days"][-1])


QUESTIONS = (
    Question(
        "Why is my readiness what it is today?", "en", ("green|amber|red",),
        tools=(("get_readiness", {}),),
        answer=lambda r: f"Readiness {r['get_readiness']['score']:.0f}, "
        f"{r['get_readiness']['status']}: mostly from your load.",
    ),
    Question(
        "How is my fitness trending?", "en", ("8.8|9",),
        tools=(("get_load", {"first": "2025-12-08", "last": "2026-01-05"}),),
        answer=lambda r: f"Fitness is {_last(r)['fitness_ctl']} and rising.",
    ),
    Question(
        "What is my threshold pace?", "en", ("4:30",),
        tools=(("get_profile", {}),),
        answer=lambda r: f"Your threshold pace is {_pace(r)}.",
    ),
    Question(
        "What's my FTP?", "en", ("FTP",), (r"\b\d{2,3}\s?W\b",),
        tools=(("get_profile", {}),),
        answer=lambda _: "Your FTP is not recorded: you only run. Set it in /settings.",
    ),
    Question(
        "What is my threshold pace per mile?", "en", ("7:15",),
        tools=(("calc", {"conversion": PER_MILE}),),
        answer=lambda r: f"4:30/km is {r['calc']['clock']}/mi.",
    ),
    Question(
        "What sessions do I have this week?", "en", ("tempo|long",),
        tools=(("get_calendar", WEEK),),
        answer=lambda r: "This week: " + ", ".join(_types(r)) + ".",
    ),
    Question(
        "I have a slight cold, should I train?", "en", ("easy|rest",), (r"train through",),
        tools=(("get_readiness", {}),),
        answer=lambda _: "Keep it easy or rest until the cold has gone; no hard sessions.",
    ),
    Question(
        "Сколько дней до старта?", "ru", ("97",),
        tools=(("get_profile", {}),),
        answer=lambda r: f"До полумарафона {r['get_profile']['goal']['days_to_go']} дней.",
    ),
    Question(
        "Как моя форма?", "ru", ("[а-я]",),
        tools=(("get_load", {"first": "2025-12-29", "last": "2026-01-05"}),),
        answer=lambda r: f"Фитнес {_last(r)['fitness_ctl']}, свежесть {_last(r)['form_tsb']}.",
    ),
    Question(
        "Has my FTP gone up?", "en", ("4:30",), (r"\b\d{2,3}\s?W\b",),
        tools=(("get_profile", {}),),
        # Invented twice: the grounding check must replace it with the tools' own facts.
        answer=lambda _: "Your FTP is 300 W, up from 280 W.",
    ),
)  # fmt: skip


def scripted(body: dict[str, Any]) -> Reply:
    """The fake's model: the question's tool calls, then its answer from the results."""
    first_user = next(m for m in reversed(body["messages"]) if _asked(m))
    question = next(q for q in QUESTIONS if _text(first_user).endswith(q.text))
    results: Results = {}
    for message in body["messages"]:
        if message["role"] == "assistant" and isinstance(message["content"], list):
            names = {b["id"]: b["name"] for b in message["content"] if b["type"] == "tool_use"}
        if message["role"] == "user" and isinstance(message["content"], list):
            for block in message["content"]:
                if block.get("type") == "tool_result" and block["tool_use_id"] in names:
                    results[names[block["tool_use_id"]]] = json.loads(block["content"])
    if not results and not any("Grounding check" in _text(m) for m in body["messages"][-1:]):
        return Reply("", tools=tuple(ToolUse(n, a) for n, a in question.tools))
    return Reply(question.answer(results))


def _asked(message: dict[str, Any]) -> bool:
    return message["role"] == "user" and _text(message).startswith("[")


def _text(message: dict[str, Any]) -> str:
    content = message["content"]
    if isinstance(content, str):
        return content
    return "".join(b.get("text", "") for b in content if b.get("type") == "text")


async def main() -> None:
    configured = load_settings()
    fake = None
    if configured.anthropic_api_key is None:
        fake = AnthropicApiFake(default=Respond(scripted))
        await fake.start()
        settings = Settings(
            anthropic_api_key=fake.api_key,  # type: ignore[arg-type]
            anthropic_base_url=fake.base_url,
            coach_daily_budget_usd=100.0,
        )
    else:
        settings = configured.model_copy(update={"coach_daily_budget_usd": 100.0})
    clock = ManualClock(NOW)
    coach = build_coach(settings, clock)
    where = "the fake Messages API" if fake else "the configured API"
    print(f"model {settings.coach_model} via {where}")
    totals = {"input": 0, "cached": 0, "output": 0, "cost": 0.0, "ok": 0, "violations": 0}
    try:
        with tempfile.TemporaryDirectory() as folder:
            async with coach_world(Path(folder), coach, clock) as world:
                for question in QUESTIONS:
                    await ask_one(world, question, totals)
                    clock.advance(60)
    finally:
        await coach.close()
        if fake is not None:
            await fake.stop()
    print(
        f"TOTAL {totals['ok']}/{len(QUESTIONS)} passed, {totals['violations']} grounding "
        f"violations, tokens in {totals['input']} cached {totals['cached']} out "
        f"{totals['output']}, ${totals['cost']:.4f}"
    )


async def ask_one(world: Any, question: Question, totals: dict[str, Any]) -> None:
    async with transaction(world.factory) as session:
        last_usage = max([u.id for u in await session.scalars(select(AiUsageRow))] or [0])
    started = time.perf_counter()
    reply = await world.ask(question.text, question.language)
    latency = time.perf_counter() - started
    async with transaction(world.factory) as session:
        usage = list(await session.scalars(select(AiUsageRow).where(AiUsageRow.id > last_usage)))
        answers = select(CoachTurnRow).where(CoachTurnRow.role == "assistant")
        turn = (await session.scalars(answers.order_by(CoachTurnRow.id.desc()))).first()
        tools = [c.name for c in await session.scalars(
            select(CoachToolCallRow).where(CoachToolCallRow.turn_id == (turn.id if turn else -1))
        )]  # fmt: skip
    text = reply.text
    required = all(any(re.search(p, text, re.I) for p in r.split("|")) for r in question.required)
    forbidden = not any(re.search(p, text, re.I) for p in question.forbidden)
    violations = turn.grounding_violations if turn else 0
    tokens_in = sum(u.input_tokens + u.cache_write_tokens for u in usage)
    cached = sum(u.cache_read_tokens for u in usage)
    out = sum(u.output_tokens for u in usage)
    cost = sum(u.cost_usd for u in usage)
    ok = required and forbidden
    totals.update(
        input=totals["input"] + tokens_in, cached=totals["cached"] + cached,
        output=totals["output"] + out, cost=totals["cost"] + cost,
        ok=totals["ok"] + ok, violations=totals["violations"] + violations,
    )  # fmt: skip
    print(
        f"{'PASS' if ok else 'FAIL'} [{question.language}] {question.text!r}: tools {tools}, "
        f"required {'yes' if required else 'NO'}, "
        f"forbidden {'absent' if forbidden else 'PRESENT'}, "
        f"violations {violations}, tokens in {tokens_in} cached {cached} out {out}, "
        f"${cost:.5f}, {latency * 1000:.0f} ms ({reply.status.value})"
    )


if __name__ == "__main__":
    asyncio.run(main())
