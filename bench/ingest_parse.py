"""FIT ingest: Tempo's parse_upload against bare fitdecode on the same file.

Three runs on the same bytes, already in memory:

* bare fitdecode, as its README shows it: iterate every frame, default processor,
  CRC checked, keep nothing;
* bare fitdecode keeping the record values a caller needs (one dict per record):
  the least "useful" decode, for memory;
* Tempo: ``parse_upload`` (detection, hashing, decoding, NumPy streams, summary).

Time is the best of ``--repeat`` interleaved runs; peak memory is ``tracemalloc``'s
peak over one more run of each. Prints both and Tempo's ratios (targets: <= 1.5x
time and <= 1.5x peak memory of bare fitdecode). Bare fitdecode keeps nothing, so
its peak (~33 KiB) is far below the size of any result; the bench also prints
Tempo's peak beyond the streams it returns, and the ratio to a decode that keeps
the records.

    .venv/bin/python bench/ingest_parse.py [--file PATH] [--repeat 5]
"""

from __future__ import annotations

import argparse
import gc
import io
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import fitdecode

from bot.coach.ingest import parse_upload

DEFAULT_FILE = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "fixtures"
    / "activities"
    / "garmin-edge-500-activity.fit"
)
RECORD_FIELDS = ("timestamp", "heart_rate", "power", "speed", "cadence", "altitude",
                 "distance", "position_lat", "position_long")  # fmt: skip


def bare_decode(data: bytes) -> object:
    with fitdecode.FitReader(io.BytesIO(data)) as reader:
        for _frame in reader:
            pass
    return None


def bare_collect(data: bytes) -> object:
    records = []
    with fitdecode.FitReader(io.BytesIO(data)) as reader:
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "record":
                records.append({name: frame.get_value(name, fallback=None)
                                for name in RECORD_FIELDS})  # fmt: skip
    return records


def tempo(data: bytes) -> object:
    return parse_upload("activity.fit", data)


def best_time(run: Callable[[bytes], object], data: bytes, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run(data)
        times.append(time.perf_counter() - start)
    return min(times)


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    data = args.file.read_bytes()
    runs = {"bare fitdecode": bare_decode, "fitdecode + records": bare_collect,
            "tempo parse_upload": tempo}  # fmt: skip
    for run in runs.values():
        run(data)  # warm up imports and caches
    # Interleave the timings so a busy machine slows all of them alike.
    results: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeat):
        for name, run in runs.items():
            results[name].append(best_time(run, data, 1))
    timings = {name: min(values) for name, values in results.items()}
    peaks = {name: peak_memory(run, data) for name, run in runs.items()}

    activity = parse_upload("activity.fit", data).activities[0]
    output = sum(a.nbytes for a in activity.streams.channels().values())
    tempo_t, tempo_m = timings["tempo parse_upload"], peaks["tempo parse_upload"]
    base_t, base_m = timings["bare fitdecode"], peaks["bare fitdecode"]
    collect_t, collect_m = timings["fitdecode + records"], peaks["fitdecode + records"]
    lines = [
        f"file: {args.file.name}, {len(data) / 1024:.0f} KiB, "
        f"{activity.streams.length} records; Tempo's streams hold {output / 1024:.0f} KiB",
        f"{'':22}{'time (s)':>10}{'peak (KiB)':>12}",
        *(f"{name:22}{timings[name]:>10.3f}{peaks[name] / 1024:>12.0f}" for name in runs),
        f"tempo / bare fitdecode:      time {tempo_t / base_t:.2f}x, peak {tempo_m / base_m:.2f}x",
        f"tempo peak beyond its streams: {(tempo_m - output) / 1024:.0f} KiB "
        f"({(tempo_m - output) / base_m:.2f}x bare fitdecode's whole peak)",
        f"tempo / fitdecode + records: time {tempo_t / collect_t:.2f}x, "
        f"peak {tempo_m / collect_m:.2f}x",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
