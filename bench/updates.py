"""Update handling: Tempo against a bare aiogram bot, side by side on the same emulator.

Many simulated users each send /start and /help in turn, waiting for each answer before
the next message (a closed loop, as people chat). Prints updates per second and the
p50/p99 time from a user's message to the bot's answer, for both bots (and again for each
user's first message, a first contact, apart from the later ones), and the ratio.
Flood limits are off: this measures handling, not Telegram's rate limits.

    .venv/bin/python bench/updates.py [--users 100] [--rounds 10] [--trials 3] [--freeze-heap]

The machine's speed drifts by a fifth from one second to the next (a plain CPU-bound loop
on a shared VM), and one pair of runs lasts about ten seconds, so one pair's ratio swung
from 0.42 to 0.68x between identical runs. The benchmark therefore runs several pairs,
alternating which bot goes first, each on a fresh emulator and database (first contacts
included), and reports the median ratio with its range; latencies are pooled.

Both bots run in this one process, so both pay for full garbage collections over the same
heap (Tempo's imports included); the printout says how many and how long. With
``--freeze-heap`` the heap is frozen (``gc.freeze()``, as Tempo's start-up does in
production) before each bot's run, which takes that shared cost off both sides.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from bot.__main__ import freeze_start_up_heap
from bot.app import create_app
from bot.config import Settings
from bot.i18n import Catalogs
from bot.sandbox.emulator import BotApiEmulator, EmulatedBot, FloodLimits, emulator_bot
from bot.storage import migrate

TEMPO_TOKEN = "1000000002:BENCH-tempo-token-abcdefghij"
# Process CPU per update (bot, emulator and simulated users alike), steadier than wall
# time when other work shares the machine.
CPU_MS_PER_UPDATE: dict[str, float] = {}
# Full (generation 2) garbage collections during each bot's run: how many, and seconds.
# Both bots share this process's heap (Tempo's imports included), so both pay for it.
FULL_COLLECTIONS: dict[str, tuple[int, float]] = {}
BARE_TOKEN = "1000000003:BENCH-bare-token-abcdefghijk"
# Latencies of each user's first message (a first contact: Tempo creates the athlete and
# starts onboarding) and of the later ones, pooled over the trials: the p99 above is
# mostly the first round's.
FIRST_MESSAGES: dict[str, list[float]] = {"bare": [], "tempo": []}
LATER_MESSAGES: dict[str, list[float]] = {"bare": [], "tempo": []}


def bare_router() -> Router:
    """The same answers Tempo gives, with none of Tempo's machinery: no database, no
    translation lookup per message, no athlete, aiogram's in-memory FSM."""
    t = Catalogs.load().translator("en")
    help_text = t("help-text")
    router = Router()

    @router.message(CommandStart())
    async def start(message: Message) -> None:
        name = message.from_user.first_name if message.from_user else ""
        await message.answer(t("start-greeting", name=name))

    @router.message(Command("help"))
    async def help_(message: Message) -> None:
        await message.answer(help_text)

    return router


async def drive(
    emulator: BotApiEmulator, account: EmulatedBot, users: int, rounds: int, tag: str
) -> tuple[float, list[float]]:
    people = [emulator.add_user(f"{tag}{i}", language_code="en") for i in range(users)]
    latencies: list[float] = []

    async def chat(person_index: int) -> None:
        person = people[person_index]
        for round_index in range(rounds):
            text = "/start" if round_index % 2 == 0 else "/help"
            sent = time.perf_counter()
            account.user_sends_text(person, text)
            await account.wait_for_bot_message(person, timeout=60)
            latencies.append(time.perf_counter() - sent)
            (FIRST_MESSAGES if round_index == 0 else LATER_MESSAGES)[tag].append(latencies[-1])

    collections = [0, 0.0]
    collection_began = [0.0]

    def timed(phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            collection_began[0] = time.perf_counter()
        else:
            collections[0] += 1
            collections[1] += time.perf_counter() - collection_began[0]

    gc.callbacks.append(timed)
    began, cpu_began = time.perf_counter(), time.process_time()
    try:
        await asyncio.gather(*(chat(i) for i in range(users)))
    finally:
        gc.callbacks.remove(timed)
    elapsed = time.perf_counter() - began
    CPU_MS_PER_UPDATE[tag] = (time.process_time() - cpu_began) / (users * rounds) * 1000
    FULL_COLLECTIONS[tag] = (int(collections[0]), float(collections[1]))
    return users * rounds / elapsed, latencies


async def run_polling_until(
    start: Callable[[], Coroutine[Any, Any, None]], stop: Callable[[], Awaitable[None]],
    work: Callable[[], Awaitable[tuple[float, list[float]]]],
) -> tuple[float, list[float]]:  # fmt: skip
    task = asyncio.create_task(start())
    try:
        return await work()
    finally:
        with contextlib.suppress(RuntimeError):
            await stop()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def bench_bare(
    emulator: BotApiEmulator, users: int, rounds: int
) -> tuple[float, list[float]]:
    account = emulator.add_bot(BARE_TOKEN, "bare_bench_bot", "Bare")
    bot: Bot = emulator_bot(emulator.api_server, BARE_TOKEN)
    dispatcher = Dispatcher()
    dispatcher.include_router(bare_router())
    try:
        return await run_polling_until(
            lambda: dispatcher.start_polling(bot, handle_signals=False, polling_timeout=5),
            dispatcher.stop_polling,
            lambda: drive(emulator, account, users, rounds, "bare"),
        )
    finally:
        await bot.session.close()


async def bench_tempo(
    emulator: BotApiEmulator, users: int, rounds: int, database: Path
) -> tuple[float, list[float]]:
    account = emulator.add_bot(TEMPO_TOKEN, "tempo_bench_bot", "Tempo")
    app = create_app(
        Settings(
            telegram_bot_token=TEMPO_TOKEN,  # type: ignore[arg-type]
            telegram_api_base=emulator.base_url,
            database_url=f"sqlite+aiosqlite:///{database}",
            # The bare bot keeps to no send limits: Tempo's own pacing (25 messages a
            # second overall, 1 a second per chat) would be measured instead of handling.
            telegram_pacing=False,
        )
    )
    await migrate.upgrade(app.engine)
    try:
        return await run_polling_until(
            lambda: app.dispatcher.start_polling(
                app.bot, handle_signals=False, polling_timeout=5, close_bot_session=False
            ),
            app.dispatcher.stop_polling,
            lambda: drive(emulator, account, users, rounds, "tempo"),
        )
    finally:
        await app.close()


def p50_p99_ms(latencies: list[float]) -> tuple[float, float]:
    if len(latencies) == 1:  # statistics.quantiles needs two values
        return latencies[0] * 1000, latencies[0] * 1000
    cuts = statistics.quantiles(latencies, n=100)
    return cuts[49] * 1000, cuts[98] * 1000


def describe(name: str, rate: float, latencies: list[float]) -> str:
    p50, p99 = p50_p99_ms(latencies)
    return (
        f"{name:<12} {rate:8.1f} updates/s   p50 {p50:7.1f} ms   "
        f"p99 {p99:7.1f} ms   ({len(latencies)} updates)"
    )


def describe_rounds(name: str, tag: str) -> str:
    """p50/p99 of each user's first message (a first contact) and of the later ones."""
    parts = []
    for label, pool in (("first messages", FIRST_MESSAGES[tag]), ("later", LATER_MESSAGES[tag])):
        if pool:
            p50, p99 = p50_p99_ms(pool)
            parts.append(f"{label} p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    return f"  {name}: " + "; ".join(parts)


async def trial(
    number: int, users: int, rounds: int, freeze_heap: bool
) -> tuple[dict[str, float], dict[str, list[float]]]:
    """One side-by-side pair on a fresh emulator and database. Odd trials run the bare bot
    first, even ones Tempo first, so neither always meets the machine in the same state."""
    rates: dict[str, float] = {}
    latencies: dict[str, list[float]] = {}
    async with BotApiEmulator(limits=FloodLimits.off()) as emulator:
        with tempfile.TemporaryDirectory() as folder:
            runs: dict[str, Callable[[], Awaitable[tuple[float, list[float]]]]] = {
                "bare": lambda: bench_bare(emulator, users, rounds),
                "tempo": lambda: bench_tempo(emulator, users, rounds, Path(folder) / "bench.db"),
            }
            order = ["bare", "tempo"] if number % 2 else ["tempo", "bare"]
            for name in order:
                if freeze_heap:
                    freeze_start_up_heap()
                rates[name], latencies[name] = await runs[name]()
    return rates, latencies


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument(
        "--trials", type=int, default=3, help="side-by-side pairs; the ratio is their median"
    )
    parser.add_argument("--freeze-heap", action="store_true", help="gc.freeze() before each bot")
    args = parser.parse_args()
    if min(args.users, args.rounds, args.trials) < 1:
        parser.error("--users, --rounds and --trials must be at least 1")
    frozen = ", heap frozen before each bot" if args.freeze_heap else ""
    print(
        f"{args.users} users x {args.rounds} messages each, closed loop, flood limits off"
        f"{frozen}; {args.trials} trial(s), each a fresh emulator and database"
    )
    ratios: list[float] = []
    pooled: dict[str, list[float]] = {"bare": [], "tempo": []}
    rates: dict[str, list[float]] = {"bare": [], "tempo": []}
    for number in range(1, args.trials + 1):
        rate, latencies = await trial(number, args.users, args.rounds, args.freeze_heap)
        ratios.append(rate["tempo"] / rate["bare"])
        for name in pooled:
            pooled[name] += latencies[name]
            rates[name].append(rate[name])
        bare_cpu, tempo_cpu = CPU_MS_PER_UPDATE["bare"], CPU_MS_PER_UPDATE["tempo"]
        (bare_full, bare_gc), (tempo_full, tempo_gc) = (
            FULL_COLLECTIONS["bare"],
            FULL_COLLECTIONS["tempo"],
        )
        print(
            f"trial {number}: bare {rate['bare']:6.1f}/s, Tempo {rate['tempo']:6.1f}/s, "
            f"ratio {ratios[-1]:.2f}x; CPU per update bare {bare_cpu:.2f} ms, Tempo "
            f"{tempo_cpu:.2f} ms; full collections bare {bare_full} in {bare_gc:.2f} s, "
            f"Tempo {tempo_full} in {tempo_gc:.2f} s; load average {os.getloadavg()[0]:.1f}"
        )
    print(describe("bare aiogram", statistics.median(rates["bare"]), pooled["bare"]))
    print(describe("Tempo", statistics.median(rates["tempo"]), pooled["tempo"]))
    print(describe_rounds("bare aiogram", "bare"))
    print(describe_rounds("Tempo", "tempo"))
    print(
        f"ratio Tempo/bare throughput: {statistics.median(ratios):.2f}x median of "
        f"{len(ratios)} (range {min(ratios):.2f}-{max(ratios):.2f}; target >= 0.5x)"
    )


if __name__ == "__main__":
    asyncio.run(main())
