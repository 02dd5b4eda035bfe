"""Benchmark of the intervals.icu history import, end to end into the database (prints
figures; no asserts).

A fake intervals.icu (bot/sandbox/fakes) runs in a child process, every answer encoded
before the clock starts, with 24 months of an athlete's training — about 600 rides, runs
and swims with per-second streams — and 730 days of wellness. Tempo connects with the key
and imports all of it through ``SyncService`` into a fresh SQLite database: each
activity's streams fetched, parsed, scored with the thresholds of its day (load, NP,
zones), matched and stored in its own transaction; then the wellness days. Memory is
sampled every ten activities: a flat profile means one activity's streams at a time,
whatever the history's length.

Baseline, same run: fetching the same activities, streams and wellness from the same fake
with the same client, storing nothing. Target: the import ≤ 60 s, memory flat.

Run: .venv/bin/python bench/sync.py
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import platform
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.clock import SystemClock  # noqa: E402
from bot.coach.services import AthleteService  # noqa: E402
from bot.coach.services.integrations import IntegrationService  # noqa: E402
from bot.coach.services.sync import SyncProgress, SyncService  # noqa: E402
from bot.domain.athletes import TelegramIdentity  # noqa: E402
from bot.domain.integrations import Provider, RunKind  # noqa: E402
from bot.integrations.connectors import Connectors  # noqa: E402
from bot.integrations.intervals import IntervalsService  # noqa: E402
from bot.integrations.secrets import SecretCipher  # noqa: E402
from bot.integrations.strava import StravaService  # noqa: E402
from bot.storage import migrate  # noqa: E402
from bot.storage.db import create_engine, make_session_factory  # noqa: E402
from bot.storage.unit_of_work import transaction  # noqa: E402

DAYS = 730
KEY = "benchkey0intervals0import"
ENCRYPTION_KEY = "q9x1bAF4pQ1sU8d8k3o9Zy6b2Kf0u7cJmN4vYw2sR5E="


def serve_fake(queue: multiprocessing.Queue[tuple[str, int]], last_day: date) -> None:
    from bot.sandbox.fakes.intervals_icu import IntervalsIcuFake

    async def main() -> None:
        fake = IntervalsIcuFake()
        await fake.start()
        athlete = fake.add_athlete(name="Bench", api_key=KEY, last_day=last_day, days=DAYS)
        fake.encode_streams()
        queue.put((fake.base_url, len(athlete.season.activities)))
        await asyncio.Event().wait()

    asyncio.run(main())


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def connectors(base_url: str, clock: SystemClock) -> Connectors:
    return Connectors(
        cipher=SecretCipher(ENCRYPTION_KEY),
        intervals=IntervalsService.build(clock, base_url),
        strava=StravaService.build(clock),
        state_secret=b"bench",
    )


async def baseline(base_url: str, clock: SystemClock, first: date, last: date) -> float:
    """Fetch everything the import fetches, store nothing."""
    built = connectors(base_url, clock)
    client = built.intervals.with_key(KEY)
    start = time.perf_counter()
    activities = await client.activities(first, last)
    for activity in activities:
        await client.streams(activity.external_id)
    await client.wellness(first, last)
    elapsed = time.perf_counter() - start
    await built.close()
    return elapsed


async def import_all(base_url: str, db_path: Path) -> dict[str, object]:
    clock = SystemClock()
    engine = create_engine(f"sqlite+aiosqlite:///{db_path}")
    await migrate.upgrade(engine)
    factory = make_session_factory(engine)
    built = connectors(base_url, clock)
    async with transaction(factory) as session:
        athlete, _ = await AthleteService(session, clock).on_contact(
            TelegramIdentity(telegram_id=1, first_name="Bench", private_chat_id=1)
        )
    async with transaction(factory) as session:
        integrations = IntegrationService(session, clock, built)
        await integrations.connect_intervals_key(athlete, KEY)
        await integrations.accept_thresholds(athlete, await integrations.threshold_offers(athlete))
    samples: list[tuple[int, float]] = []

    async def progress(update: SyncProgress) -> None:
        samples.append((update.done, rss_mb()))

    start_rss = rss_mb()
    start = time.perf_counter()
    cpu = time.process_time()
    report = await SyncService(factory, clock, built).run(
        athlete.id, Provider.INTERVALS, RunKind.IMPORT, months=25, progress=progress
    )
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    await built.close()
    await engine.dispose()
    return {
        "elapsed": elapsed,
        "cpu": cpu,
        "report": report,
        "samples": samples,
        "start_rss": start_rss,
    }


def main() -> None:
    last_day = SystemClock().now().date() - timedelta(days=1)
    queue: multiprocessing.Queue[tuple[str, int]] = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve_fake, args=(queue, last_day), daemon=True)
    server.start()
    try:
        base_url, count = queue.get(timeout=900)
        print(
            f"python {platform.python_version()}, {os.cpu_count()} cores, load {os.getloadavg()}"
        )
        print(f"fake intervals.icu: {count} activities with streams, {DAYS} wellness days")
        with tempfile.TemporaryDirectory() as tmp:
            result = asyncio.run(import_all(base_url, Path(tmp) / "bench.db"))
            result["db_mb"] = (Path(tmp) / "bench.db").stat().st_size / 2**20
        fetch = asyncio.run(
            baseline(base_url, SystemClock(), last_day - timedelta(days=DAYS), last_day)
        )
    finally:
        server.terminate()
        server.join()
    report = result["report"]
    samples = result["samples"]
    assert isinstance(samples, list)
    print(
        f"import: {result['elapsed']:.1f} s wall, {result['cpu']:.1f} s CPU; "
        f"stored {report.stored} activities, {report.wellness_days} wellness days, "  # type: ignore[attr-defined]
        f"{report.stats.calls} API calls, status {report.status.value}"  # type: ignore[attr-defined]
    )
    print(
        f"baseline (fetch only, same client): {fetch:.1f} s; ratio {result['elapsed'] / fetch:.2f}"
    )
    print(f"database file: {result['db_mb']:.1f} MB")
    marks = [samples[len(samples) * k // 10] for k in (1, 3, 5, 7, 9)] + [samples[-1]]
    print(
        f"RSS before {result['start_rss']:.0f} MB; during: "
        + ", ".join(f"{done} done {mb:.0f} MB" for done, mb in marks)
    )


if __name__ == "__main__":
    main()
