"""Benchmark of the coach agent against the fake Messages API (prints figures; no asserts).

A typical conversation: each turn the model reads readiness and a week of load (one tool
round), then answers with the score; the fake answers at once, so what is left is Tempo's
own work. Figures:

1. Tempo's overhead per turn, excluding the model (the time inside the Messages API
   calls is subtracted): p50 and p90, against the deterministic answer to the same
   question in the same run as a baseline. Target ≤ 50 ms p50.
2. Prompt tokens per turn and the share served from the cache on follow-up turns (the
   fake counts cache reads from the ``cache_control`` prefix as the API does, with a
   2,048-token minimum). Target ≥ 70 %.
3. Cost per typical turn at the default model's prices.

Run: .venv/bin/python bench/agent.py [--turns 25]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anthropic import AsyncAnthropic  # noqa: E402

from bench.agent_world import NOW, coach_world  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.coach.agent.client import MessagesClient, ModelMessage  # noqa: E402
from bot.coach.agent.pricing import TokenUsage  # noqa: E402
from bot.coach.agent.runtime import build_coach, offline_coach  # noqa: E402
from bot.config import DEFAULT_COACH_MODEL, Settings  # noqa: E402
from tests.fakes.anthropic_api import AnthropicApiFake, Reply, Respond, ToolUse  # noqa: E402

QUESTIONS = ("Why am I amber today?", "How is my fitness?", "Should I run hard today?")


@dataclass
class TimedClient(MessagesClient):
    """The real client, with the time spent waiting for the API added up."""

    model_s: float = 0.0
    model_cpu_s: float = 0.0  # CPU time of this process inside the calls (SDK and fake)

    async def create(self, **kwargs: Any) -> ModelMessage:  # type: ignore[override]
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return await super().create(**kwargs)
        finally:
            self.model_s += time.perf_counter() - started
            self.model_cpu_s += time.process_time() - cpu


def typical_model(body: dict[str, Any]) -> Reply:
    """Round 1: read readiness and the week's load; round 2: answer from them."""
    last = body["messages"][-1]["content"]
    results = [b for b in last if b.get("type") == "tool_result"] if isinstance(last, list) else []
    if not results:
        week = {"first": "2025-12-29", "last": "2026-01-05"}
        return Reply("", tools=(ToolUse("get_readiness", {}), ToolUse("get_load", week)))
    readiness = json.loads(results[0]["content"])
    load = json.loads(results[1]["content"])["days"][-1]
    return Reply(
        f"Readiness is {readiness['score']} ({readiness['status']}): form is "
        f"{load['form_tsb']} after a solid week, so keep today's run easy and relaxed."
    )


async def run(turns: int) -> None:
    fake = AnthropicApiFake(min_cacheable_tokens=2048, default=Respond(typical_model))
    await fake.start()
    settings = Settings(
        anthropic_api_key=fake.api_key,  # type: ignore[arg-type]
        anthropic_base_url=fake.base_url,
        coach_daily_budget_usd=1000.0,
    )
    try:
        with tempfile.TemporaryDirectory() as folder:
            clock = ManualClock(NOW)
            sdk = AsyncAnthropic(
                api_key=fake.api_key, base_url=fake.base_url, max_retries=0, timeout=30
            )
            timed = TimedClient(sdk, clock)
            coach = build_coach(settings, clock, client=timed)
            async with coach_world(Path(folder), coach, clock) as world:
                overhead, cpu, per_turn = await conversation(world, timed, fake, turns)
            with tempfile.TemporaryDirectory() as other:
                async with coach_world(Path(other), offline_coach()) as plain_world:
                    baseline, baseline_cpu = await deterministic(plain_world, turns)
            await timed.close()
    finally:
        await fake.stop()
    report(overhead, baseline, per_turn, coach.prices)
    report_cpu(cpu, baseline_cpu)


async def conversation(
    world: Any, timed: TimedClient, fake: AnthropicApiFake, turns: int
) -> tuple[list[float], list[float], list[list[dict[str, int]]]]:
    """Per turn: wall and CPU milliseconds with the model calls' share subtracted (the
    CPU figure does not move with the machine's load), and each call's usage."""
    overhead: list[float] = []
    cpu: list[float] = []
    per_turn: list[list[dict[str, int]]] = []
    for number in range(turns):
        before_model, before_requests = timed.model_s, len(fake.requests)
        before_cpu = timed.model_cpu_s
        started, started_cpu = time.perf_counter(), time.process_time()
        reply = await world.ask(QUESTIONS[number % len(QUESTIONS)])
        total, total_cpu = time.perf_counter() - started, time.process_time() - started_cpu
        assert reply.failure is None, reply
        overhead.append((total - (timed.model_s - before_model)) * 1000)
        cpu.append((total_cpu - (timed.model_cpu_s - before_cpu)) * 1000)
        per_turn.append([r.usage or {} for r in fake.requests[before_requests:]])
        world.clock.advance(120)
    return overhead, cpu, per_turn


async def deterministic(world: Any, turns: int) -> tuple[list[float], list[float]]:
    times, cpu = [], []
    for number in range(turns):
        started, started_cpu = time.perf_counter(), time.process_time()
        await world.ask(QUESTIONS[number % len(QUESTIONS)])
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        world.clock.advance(120)
    return times, cpu


def report_cpu(cpu: list[float], baseline: list[float]) -> None:
    p50, base = statistics.median(cpu), statistics.median(baseline)
    print(
        f"CPU time per turn (model calls' CPU excluded): p50 {p50:.1f} ms, p90 "
        f"{statistics.quantiles(cpu, n=10)[-1]:.1f} ms; deterministic {base:.1f} ms; "
        f"agent/baseline {p50 / base:.2f}x"
    )


def report(
    overhead: list[float], baseline: list[float], per_turn: list[list[dict[str, int]]], prices: Any
) -> None:
    def usage(turn: list[dict[str, int]]) -> TokenUsage:
        return sum(
            (
                TokenUsage(
                    u["input_tokens"],
                    u["output_tokens"],
                    u["cache_creation_input_tokens"],
                    u["cache_read_input_tokens"],
                )  # fmt: skip
                for u in turn
            ),
            TokenUsage(),
        )

    usages = [usage(turn) for turn in per_turn]
    follow = usages[1:]
    read = sum(u.cache_read for u in follow)
    prompt = sum(u.prompt for u in follow)
    costs = [prices.cost(DEFAULT_COACH_MODEL, u) for u in usages]
    p50 = statistics.median(overhead)
    base = statistics.median(baseline)
    print(f"python {platform.python_version()}, {len(overhead)} turns, 2 model calls a turn")
    print(
        f"overhead per turn (model excluded): p50 {p50:.1f} ms, "
        f"p90 {statistics.quantiles(overhead, n=10)[-1]:.1f} ms (target <= 50 ms p50)"
    )
    print(
        f"deterministic answer (baseline):    p50 {base:.1f} ms; agent/baseline {p50 / base:.2f}x"
    )
    print(
        f"prompt tokens per turn: first {usages[0].prompt}, follow-ups "
        f"{statistics.mean(u.prompt for u in follow):.0f} on average"
    )
    print(
        f"cached share on follow-ups: {read / prompt:.1%} (target >= 70 %); "
        f"first turn {usages[0].cache_read / usages[0].prompt:.1%}"
    )
    print(
        f"cost per turn at {DEFAULT_COACH_MODEL}: first ${costs[0]:.5f}, typical follow-up "
        f"${statistics.median(costs[1:]):.5f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=25)
    asyncio.run(run(parser.parse_args().turns))


if __name__ == "__main__":
    main()
