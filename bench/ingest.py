"""The whole ingest of one activity file against fitdecode decoding the same file.

The file is the largest FIT fixture (fitdecode reads only FIT; the largest fixture of
all is a TCX, timed too, without a fitdecode baseline). In one process, on the same
bytes already in memory:

* bare fitdecode: iterate every frame, keep nothing (its README's loop);
* fitdecode keeping the records: one dict per record with the values a caller needs —
  the fairer baseline, since any useful decode keeps what it read;
* Tempo's whole ingest, ``ActivityService.ingest``: detection, hashing, decoding into
  NumPy streams, 1 Hz resampling, load by the best method (the athlete has FTP, LTHR,
  HRmax and resting HR), NP, time in zones, duplicate checks, keeping the original in
  chunks, the activity row, matching against the plan, and the commit — on SQLite in a
  temporary file (each run is a new athlete, so nothing is a duplicate);
* and its parts: ``parse_upload`` alone (fitfast's fast path for a whole file with a
  good CRC), ``parse_upload`` through fitdecode (the path of files fitfast refuses),
  and the metrics alone.

Time is the best of ``--repeat`` interleaved runs; peak memory is ``tracemalloc``'s
peak over one more run of each. Target: the whole ingest of a valid file within 0.1x
of bare fitdecode (docs/decisions/0005-fast-fit-decoder.md).

    .venv/bin/python bench/ingest.py [--repeat 5] [--file PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import io
import os
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import fitdecode

from bot.clock import ManualClock
from bot.coach.ingest import parse_upload
from bot.coach.ingest.fit import parse_fit
from bot.coach.ingest.metrics import compute_metrics
from bot.coach.ingest.source import PlainPayload
from bot.coach.science import AthleteThresholds
from bot.coach.services import AthleteService
from bot.coach.services.activities import ActivityService
from bot.domain.athletes import TelegramIdentity
from bot.domain.profiles import NewThreshold, ProfileFields, Sex, ThresholdKind, ThresholdSource
from bot.storage import migrate
from bot.storage.db import create_engine, make_session_factory
from bot.storage.repositories import ProfileRepository

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "activities"
NOW = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
RECORD_FIELDS = ("timestamp", "heart_rate", "power", "speed", "cadence", "altitude",
                 "distance", "position_lat", "position_long")  # fmt: skip
THRESHOLDS = {ThresholdKind.FTP: 250.0, ThresholdKind.LTHR: 165.0,
              ThresholdKind.HR_MAX: 190.0, ThresholdKind.RESTING_HR: 50.0}  # fmt: skip


def largest(suffix: str) -> Path:
    return max(
        (p for p in FIXTURES.iterdir() if p.suffix == suffix), key=lambda p: p.stat().st_size
    )


def bare_decode(data: bytes) -> object:
    with fitdecode.FitReader(io.BytesIO(data)) as reader:
        for _frame in reader:
            pass
    return None


def decode_keeping_records(data: bytes) -> object:
    records = []
    with fitdecode.FitReader(io.BytesIO(data)) as reader:
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "record":
                records.append({name: frame.get_value(name, fallback=None)
                                for name in RECORD_FIELDS})  # fmt: skip
    return records


def fitdecode_path(name: str, data: bytes) -> object:
    """What a file the fast path refuses costs: parse_fit with the fast path off."""
    payload = PlainPayload(
        name=name, stream=io.BytesIO(data), head=data[:65536], sha256="", size=len(data)
    )
    return parse_fit(payload, fast=False)


class Ingest:
    """Tempo's whole ingest on a migrated SQLite file, one new athlete per run."""

    def __init__(self, folder: Path, name: str) -> None:
        self.name = name
        self.loop = asyncio.new_event_loop()
        self.engine = create_engine(f"sqlite+aiosqlite:///{folder / 'bench.db'}")
        self.factory = make_session_factory(self.engine)
        self.loop.run_until_complete(migrate.upgrade(self.engine))
        self.people = 0

    def __call__(self, data: bytes) -> object:
        return self.loop.run_until_complete(self._ingest(data))

    async def _ingest(self, data: bytes) -> object:
        self.people += 1
        clock = ManualClock(NOW)
        async with self.factory() as session:
            athlete, _ = await AthleteService(session, clock).on_contact(
                TelegramIdentity(telegram_id=9_000_000 + self.people, first_name="Bench")
            )
            profiles = ProfileRepository(session)
            await profiles.save(athlete.id, ProfileFields(sex=Sex.MALE), now=NOW)
            for kind, value in THRESHOLDS.items():
                await profiles.add_threshold(
                    athlete.id,
                    NewThreshold(kind, value, ThresholdSource.MEASURED, date(2000, 1, 1)),
                    now=NOW,
                )
            report = await ActivityService(session, clock).ingest(athlete, self.name, data)
            await session.commit()
        assert report.stored, "the bench file must give an activity"
        return report

    def close(self) -> None:
        self.loop.run_until_complete(self.engine.dispose())
        self.loop.close()


class MetricsOnly:
    """Resampling, load, NP and zones of an activity parsed beforehand (not measured)."""

    def __init__(self, name: str, data: bytes) -> None:
        self.activity = parse_upload(name, data).activities[0]
        self.thresholds = AthleteThresholds(
            ftp_w=250, lthr_bpm=165, hr_max_bpm=190, hr_rest_bpm=50
        )

    def __call__(self, _data: bytes) -> object:
        return compute_metrics(self.activity, self.thresholds)


def best_time(run: Callable[[bytes], object], data: bytes) -> float:
    gc.collect()
    start = time.perf_counter()
    run(data)
    return time.perf_counter() - start


def peak_memory(run: Callable[[bytes], object], data: bytes) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        result = run(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return peak


def measure(
    runs: dict[str, Callable[[bytes], object]], data: bytes, repeat: int
) -> dict[str, tuple[float, int]]:
    for run in runs.values():
        run(data)  # warm up imports, caches and the database file
    # Interleaved, so a busy machine slows all of them alike.
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            times[name].append(best_time(run, data))
    return {name: (min(times[name]), peak_memory(run, data)) for name, run in runs.items()}


def table(results: dict[str, tuple[float, int]]) -> list[str]:
    lines = [f"{'':28}{'time (ms)':>10}{'peak (KiB)':>12}"]
    for name, (seconds, peak) in results.items():
        lines.append(f"{name:28}{seconds * 1000:>10.1f}{peak / 1024:>12.0f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--file", type=Path, default=largest(".fit"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    data = args.file.read_bytes()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        ingest = Ingest(Path(folder), args.file.name)
        try:
            results = measure(
                {
                    "bare fitdecode": bare_decode,
                    "fitdecode keeping records": decode_keeping_records,
                    "tempo parse_upload only": lambda d: parse_upload(args.file.name, d),
                    "parse via fitdecode path": lambda d: fitdecode_path(args.file.name, d),
                    "metrics only (parsed before)": MetricsOnly(args.file.name, data),
                    "tempo whole ingest": ingest,
                },
                data,
                args.repeat,
            )
        finally:
            ingest.close()
        tcx = largest(".tcx")
        tcx_data = tcx.read_bytes()
        with tempfile.TemporaryDirectory() as other:
            tcx_ingest = Ingest(Path(other), tcx.name)
            try:
                tcx_results = measure({"tempo whole ingest": tcx_ingest}, tcx_data, args.repeat)
            finally:
                tcx_ingest.close()
    activity = parse_upload(args.file.name, data).activities[0]
    whole_t, whole_m = results["tempo whole ingest"]
    bare_t, bare_m = results["bare fitdecode"]
    kept_t, kept_m = results["fitdecode keeping records"]
    print(
        "\n".join(
            [
                f"file: {args.file.name}, {len(data) / 1024:.0f} KiB, "
                f"{activity.streams.length} records; load average {load:.1f}",
                *table(results),
                f"whole ingest / bare fitdecode:         time {whole_t / bare_t:.2f}x, "
                f"peak {whole_m / bare_m:.1f}x",
                f"whole ingest / fitdecode keeping data: time {whole_t / kept_t:.2f}x, "
                f"peak {whole_m / kept_m:.2f}x",
                f"largest fixture overall: {tcx.name}, {len(tcx_data) / 1024:.0f} KiB: "
                f"whole ingest {tcx_results['tempo whole ingest'][0] * 1000:.1f} ms, "
                f"peak {tcx_results['tempo whole ingest'][1] / 1024:.0f} KiB",
            ]
        )
    )


if __name__ == "__main__":
    main()
