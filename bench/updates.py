"""Update handling: Tempo against a bare aiogram bot, side by side on the same emulator.

Many simulated users each send /start and /help in turn, waiting for each answer before
the next message (a closed loop, as people chat). Prints updates per second and the
p50/p99 time from a user's message to the bot's answer, for both bots, and the ratio.
Flood limits are off: this measures handling, not Telegram's rate limits.

    .venv/bin/python bench/updates.py [--users 100] [--rounds 10] [--freeze-heap]

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
from collections.abc import Awaitable, Callable
from pathlib import Path

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
    start: Callable[[], Awaitable[None]], stop: Callable[[], Awaitable[None]],
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


def describe(name: str, rate: float, latencies: list[float]) -> str:
    cuts = statistics.quantiles(latencies, n=100)
    return (
        f"{name:<12} {rate:8.1f} updates/s   p50 {cuts[49] * 1000:7.1f} ms   "
        f"p99 {cuts[98] * 1000:7.1f} ms   ({len(latencies)} updates)"
    )


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--freeze-heap", action="store_true", help="gc.freeze() before each bot")
    args = parser.parse_args()
    async with BotApiEmulator(limits=FloodLimits.off()) as emulator:
        if args.freeze_heap:
            freeze_start_up_heap()
        bare_rate, bare_latencies = await bench_bare(emulator, args.users, args.rounds)
        if args.freeze_heap:
            freeze_start_up_heap()
        with tempfile.TemporaryDirectory() as folder:
            tempo_rate, tempo_latencies = await bench_tempo(
                emulator, args.users, args.rounds, Path(folder) / "bench.db"
            )
    frozen = ", heap frozen before each bot" if args.freeze_heap else ""
    print(
        f"{args.users} users x {args.rounds} messages each, closed loop, flood limits off{frozen}"
    )
    print(describe("bare aiogram", bare_rate, bare_latencies))
    print(describe("Tempo", tempo_rate, tempo_latencies))
    print(f"ratio Tempo/bare throughput: {tempo_rate / bare_rate:.2f}x (target >= 0.5x)")
    bare_cpu, tempo_cpu = CPU_MS_PER_UPDATE["bare"], CPU_MS_PER_UPDATE["tempo"]
    print(
        f"CPU per update (whole process): bare {bare_cpu:.2f} ms, Tempo {tempo_cpu:.2f} ms, "
        f"ratio {bare_cpu / tempo_cpu:.2f}x; load average {os.getloadavg()[0]:.1f}"
    )
    (bare_full, bare_gc), (tempo_full, tempo_gc) = (
        FULL_COLLECTIONS["bare"],
        FULL_COLLECTIONS["tempo"],
    )
    print(
        f"full garbage collections (one shared heap): bare {bare_full} in {bare_gc:.2f} s, "
        f"Tempo {tempo_full} in {tempo_gc:.2f} s"
    )


if __name__ == "__main__":
    asyncio.run(main())
