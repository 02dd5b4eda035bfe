"""The morning fan-out: composing briefs for a big club, and sending them within limits.

1. Composition: 10,000 athletes, each with 90 days of synthetic wellness history kept in
   memory; for each, readiness (``assess_readiness``) and the brief
   (``compose_morning_brief``). Prints briefs per second (target ≥ 200/s) beside readiness
   alone as the baseline, and the peak traced memory (target ≤ 400 MB).
2. Sending: N athletes due at once (600 by default), drained by Tempo's sender (outbox in
   SQLite, claim, compose, send, record) to the emulator enforcing Telegram's 30
   messages/s; prints the achieved rate (target ≥ 95 % of 30/s) and the 429s received
   (target 0), beside a bare loop sending the same texts with aiogram under the same
   limiter, and the ratio.

    .venv/bin/python bench/fanout.py [--athletes 10000] [--days 90] [--send 600]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from bot.app import create_app
from bot.clock import SystemClock
from bot.coach.briefs.compose import compose_morning_brief
from bot.coach.briefs.model import BriefInputs, BriefSession
from bot.coach.science import LoadState, WellnessDay, assess_readiness
from bot.config import Settings
from bot.domain.athletes import TelegramIdentity
from bot.domain.profiles import ProfileFields, SportChoice, Units
from bot.i18n import Catalogs, Translator
from bot.jobs.limiter import Rate, SendBudget, SendRates
from bot.jobs.sender import DeliverySender
from bot.jobs.transport import TelegramTransport
from bot.sandbox.emulator import BotApiEmulator, FloodLimits, emulator_bot
from bot.storage import migrate
from bot.storage.repositories import AthleteRepository, ProfileRepository
from bot.storage.unit_of_work import transaction

TOKEN = "1000000004:BENCH-fanout-token-abcdefghij"
TODAY = date(2026, 3, 3)
TELEGRAM_RATE = 30.0
# Tempo's budget for the run: exactly the emulator's rate, a burst well under its 30.
RATES = SendRates(overall=Rate(TELEGRAM_RATE, burst=5.0))


def synthetic_history(rng: random.Random, days: int) -> list[WellnessDay]:
    base_hrv, base_rhr = rng.uniform(35, 90), rng.uniform(42, 62)
    trend = rng.choice([0.0, 0.0, -0.15, 0.1])  # some athletes are wearing down
    out = []
    for back in range(days, -1, -1):
        out.append(
            WellnessDay(
                TODAY - timedelta(days=back),
                rmssd_ms=max(5.0, base_hrv * (1 + trend * (back < 5)) + rng.gauss(0, 4)),
                resting_hr_bpm=base_rhr + rng.gauss(0, 1.5),
                sleep_hours=min(10.0, max(3.5, rng.gauss(7.2, 0.8))),
                fatigue=rng.randint(1, 5) if back == 0 else None,
                soreness=rng.randint(1, 4) if back == 0 else None,
            )
        )
    return out


SESSION = BriefSession(
    title="Threshold intervals 5 × 6 min",
    sport="run",
    duration_s=4200,
    targets="5 × 6 min at 4:05–4:15 /km\n2 min easy jog between",
    distance_m=12_000,
    easier=BriefSession("Easy run", "run", 2700, "Zone 2, conversational"),
)


def composition(athletes: int, days: int) -> None:
    """Throughput is timed without tracemalloc (it slows every allocation several times);
    memory is traced in a second pass that builds the same histories and composes briefs
    from them (briefs are not kept, so the histories are what memory holds)."""
    catalogs = Catalogs.load()
    translators = [catalogs.translator("en"), catalogs.translator("ru")]
    histories, loads = _club(athletes, days)

    started = time.perf_counter()
    for history, load in zip(histories, loads, strict=True):
        assess_readiness(TODAY, history, load)
    readiness_rate = athletes / (time.perf_counter() - started)

    started = time.perf_counter()
    statuses: dict[str, int] = {}
    longest = 0
    for index, (history, load) in enumerate(zip(histories, loads, strict=True)):
        brief, status = _brief(index, history, load, translators)
        longest = max(longest, len(brief))
        statuses[status] = statuses.get(status, 0) + 1
    compose_rate = athletes / (time.perf_counter() - started)
    del histories, loads

    tracemalloc.start()
    histories, loads = _club(athletes, days)
    for index in range(0, athletes, 10):
        _brief(index, histories[index], loads[index], translators)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"composition: {athletes:,} athletes × {days} days of history {statuses}")
    print(f"  readiness alone (baseline) {readiness_rate:8.0f} /s")
    print(f"  readiness + brief          {compose_rate:8.0f} /s   (target ≥ 200/s)")
    print(f"  ratio brief/baseline        {compose_rate / readiness_rate:8.2f}")
    print(f"  peak traced memory          {peak / 2**20:8.0f} MB (target ≤ 400 MB)")
    print(f"  longest brief               {longest:8d} chars (limit 4096)")


def _club(athletes: int, days: int) -> tuple[list[list[WellnessDay]], list[LoadState]]:
    rng = random.Random(42)
    histories = [synthetic_history(rng, days) for _ in range(athletes)]
    loads = [LoadState(tsb=rng.uniform(-35, 15), acwr=rng.uniform(0.7, 1.7)) for _ in histories]
    return histories, loads


def _brief(
    index: int, history: list[WellnessDay], load: LoadState, translators: list[Translator]
) -> tuple[str, str]:
    readiness = assess_readiness(TODAY, history, load)
    inputs = BriefInputs(TODAY, "Ann", Units.METRIC, readiness, (SESSION,), index % 3 == 0)
    brief = compose_morning_brief(inputs, translators[index % 2])
    return brief.text, readiness.status.value if readiness.status else "none"


async def seed(factory: object, people: list[int], brief_at: clock_time) -> None:
    now = datetime.now(UTC)
    async with transaction(factory) as session:  # type: ignore[arg-type]
        athletes, profiles = AthleteRepository(session), ProfileRepository(session)
        for telegram_id in people:
            athlete, _ = await athletes.upsert_from_telegram(
                TelegramIdentity(telegram_id, f"A{telegram_id}", private_chat_id=telegram_id),
                language="en",
                now=now,
            )
            await profiles.save(
                athlete.id,
                ProfileFields(sports=(SportChoice.RUN,), brief_time=brief_at),
                now=now - timedelta(days=2),
                completed_at=now - timedelta(days=2),
            )


async def sending(count: int, workdir: Path) -> None:
    clock = SystemClock()
    emulator = BotApiEmulator(clock=time.monotonic, limits=FloodLimits())
    await emulator.start()
    account = emulator.add_bot(TOKEN, "tempo_fanout_bot")
    users = [emulator.add_user(f"U{i}", username=f"u{i}") for i in range(count)]
    for user in users:
        account.user_sends_text(user, "/start")  # a bot may write only to who started it
    settings = Settings(
        telegram_bot_token=TOKEN,  # type: ignore[arg-type]
        telegram_api_base=emulator.base_url,
        database_url=f"sqlite+aiosqlite:///{workdir / 'fanout.db'}",
    )
    app = create_app(settings, clock=clock)
    await migrate.upgrade(app.engine)
    # Everyone's brief time (UTC) came a few minutes ago: one tick puts all in the outbox.
    due = (clock.now() - timedelta(minutes=5)).time().replace(second=0, microsecond=0)
    await seed(app.session_factory, [user.id for user in users], due)
    scheduled = (await app.pushes.tick(clock.now())).scheduled
    sender = DeliverySender(
        app.session_factory,
        clock,
        TelegramTransport(app.push_bot),
        app.catalogs,
        budget=SendBudget(clock, RATES),
    )
    before = emulator.stats.too_many_requests
    started = time.perf_counter()
    report = await sender.drain()
    tempo_seconds = time.perf_counter() - started
    tempo_429 = emulator.stats.too_many_requests - before

    # Baseline: the same texts, a bare aiogram loop under the same limiter, no database.
    text = account.bot_messages(users[0])[0].source or "Good morning"
    for user in users:
        account.user_sends_text(user, "/start")
    bare = emulator_bot(emulator.api_server, TOKEN)
    budget = SendBudget(clock, RATES)
    emulator.limits = FloodLimits()  # fresh buckets for the second run
    before = emulator.stats.too_many_requests
    started = time.perf_counter()
    for user in users:
        await budget.acquire(user.id, group=False, max_pause=60)
        await bare.send_message(user.id, text)
    bare_seconds = time.perf_counter() - started
    bare_429 = emulator.stats.too_many_requests - before
    await bare.session.close()
    await app.close()
    await emulator.stop()

    tempo_rate, bare_rate = report.sent / tempo_seconds, count / bare_seconds
    print(f"sending: {scheduled} briefs due at once, emulator enforcing {TELEGRAM_RATE:.0f}/s")
    print(f"  {'':28} {'sent':>6} {'seconds':>8} {'msg/s':>7} {'of 30/s':>8} {'429s':>5}")
    for name, sent, seconds, rate, rejected in (
        ("bare aiogram loop (baseline)", count, bare_seconds, bare_rate, bare_429),
        ("Tempo sender (outbox)", report.sent, tempo_seconds, tempo_rate, tempo_429),
    ):
        share = rate / TELEGRAM_RATE * 100
        print(f"  {name:28} {sent:6d} {seconds:8.2f} {rate:7.2f} {share:7.1f}% {rejected:5d}")
    print(f"  ratio Tempo/baseline {tempo_rate / bare_rate:.3f} (targets: ≥ 95 % of 30/s, 0 429s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--athletes", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--send", type=int, default=600)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    composition(args.athletes, args.days)
    with tempfile.TemporaryDirectory() as workdir:
        asyncio.run(sending(args.send, Path(workdir)))


if __name__ == "__main__":
    main()
