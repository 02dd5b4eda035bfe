"""Benchmark of the training-science core (prints figures; no asserts).

Two workloads, each timed against a naive pure-Python baseline doing the same work in the
same run (house rule: figures as ratios against a baseline run side by side):

1. One 6-hour ride at 1 Hz (21,600 samples, with gaps and spikes): resample and clean,
   NP, TSS and time in the 7 Coggan power zones. Target ≤ 20 ms.
2. The full PMC (CTL, ATL, TSB, ramp, ACWR, monotony, strain) over 10 years of daily
   loads (3,650 days) for 1,000 athletes. Target ≤ 1 s.

Run: .venv/bin/python bench/science.py
"""

from __future__ import annotations

import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.coach.science import (  # noqa: E402
    Channel,
    pmc_batch,
    power_load,
    power_zones_coggan,
    resample,
    time_in_zones,
)
from bot.coach.science.pmc import (  # noqa: E402
    ACUTE_LAMBDA,
    ATL_ALPHA,
    CHRONIC_LAMBDA,
    CTL_ALPHA,
)

FTP = 280.0
RIDE_SECONDS = 6 * 3600
ATHLETES = 1000
DAYS = 3650


T = TypeVar("T")


def timed(work: Callable[[], T], repeats: int) -> tuple[float, T]:
    """Median wall time in seconds over ``repeats`` runs, and the last result."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def make_ride(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """21,600 records: endurance riding with intervals, coasting zeros, spikes, 1 s
    dropouts (NaN) and a 10 min café stop with the device paused (a jump in timestamps)."""
    t = np.arange(RIDE_SECONDS, dtype=np.float64)
    t[10_000:] += 600.0
    power = 0.68 * FTP + 25 * rng.standard_normal(RIDE_SECONDS)
    for start in range(3600, 3 * 3600, 900):  # 8 × 5 min at 105 % FTP
        power[start : start + 300] = 1.05 * FTP + 15 * rng.standard_normal(300)
    power[rng.random(RIDE_SECONDS) < 0.05] = 0.0  # coasting
    power[rng.integers(0, RIDE_SECONDS, 20)] = 4000.0  # spikes: dropped
    power = np.clip(power, 0, None)
    power[rng.integers(0, RIDE_SECONDS, 200)] = np.nan  # 1 s dropouts: interpolated
    return t, power


def ride_numpy(times: np.ndarray, power: np.ndarray) -> tuple[float, float, list[float]]:
    stream = resample(times, power, Channel.POWER)
    load = power_load(stream, FTP)
    zones = time_in_zones(power_zones_coggan(FTP), stream.values)
    return load.normalized_power_w or 0.0, load.value, [z.seconds for z in zones]


def ride_naive(times: list[float], power: list[float]) -> tuple[float, float, list[float]]:
    """The same work in plain Python: clean, fill 1-10 s gaps, NP, TSS, zone counts."""
    grid: dict[int, float] = {}
    t0 = times[0]
    for t, p in zip(times, power, strict=True):
        if not math.isnan(p) and 0 <= p <= 2500:
            grid[round(t - t0)] = p
    keys = sorted(grid)
    values: list[float] = []
    for a, b in zip(keys, keys[1:], strict=False):
        values.append(grid[a])
        gap = b - a - 1
        if 0 < gap <= 10:
            for k in range(1, gap + 1):
                values.append(grid[a] + (grid[b] - grid[a]) * k / (b - a))
    values.append(grid[keys[-1]])
    rolling = []
    window = 0.0
    for i, v in enumerate(values):
        window += v
        if i >= 30:
            window -= values[i - 30]
        if i >= 29:
            rolling.append(window / 30)
    np_w = (sum(r**4 for r in rolling) / len(rolling)) ** 0.25
    tss = len(values) / 3600 * (np_w / FTP) ** 2 * 100
    bounds = [FTP * p / 100 for p in (55, 75, 90, 105, 120, 150)]
    counts = [0.0] * 7
    for v in values:
        zone = 0
        while zone < 6 and v > bounds[zone]:
            zone += 1
        counts[zone] += 1
    return np_w, tss, counts


def pmc_naive(loads: list[list[float]]) -> list[list[float]]:
    """CTL/ATL/TSB/ramp/ACWR/monotony/strain per athlete, one day at a time in Python."""
    out = []
    for row in loads:
        ctl = atl = acute = chronic = 0.0
        ctls: list[float] = []
        last = []
        for d, x in enumerate(row):
            tsb = ctl - atl
            ctl = ctl + CTL_ALPHA * (x - ctl)
            atl = atl + ATL_ALPHA * (x - atl)
            acute = ACUTE_LAMBDA * x + (1 - ACUTE_LAMBDA) * acute
            chronic = CHRONIC_LAMBDA * x + (1 - CHRONIC_LAMBDA) * chronic
            ramp = ctl - (ctls[d - 7] if d >= 7 else 0.0)
            ctls.append(ctl)
            acwr = acute / chronic if d >= 27 and chronic > 0 else math.nan
            week = row[d - 6 : d + 1] if d >= 6 else []
            monotony = strain = math.nan
            if week:
                mean = sum(week) / 7
                sd = math.sqrt(sum((w - mean) ** 2 for w in week) / 7)
                if sd > 1e-9 * max(1.0, mean):
                    monotony = mean / sd
                    strain = sum(week) * monotony
            last = [ctl, atl, tsb, ramp, acwr, monotony, strain]
        out.append(last)
    return out


def main() -> None:
    rng = np.random.default_rng(20240601)
    print(f"python {platform.python_version()}, numpy {np.__version__}, "
          f"{os.cpu_count()} CPUs, {platform.machine()}, "
          f"load average {os.getloadavg()[0]:.2f} (others' work skews both columns)")  # fmt: skip

    times, power = make_ride(rng)
    times_list, power_list = times.tolist(), power.tolist()
    ride_numpy(times, power)  # warm-up
    fast, (np_w, tss, zones) = timed(lambda: ride_numpy(times, power), 50)
    slow, (np_naive, tss_naive, _) = timed(lambda: ride_naive(times_list, power_list), 5)
    print(f"\n6 h ride, {power.size:,} samples at 1 Hz (resample + NP + TSS + 7 zones)")
    print(f"  science (NumPy):      {fast * 1e3:8.2f} ms   NP {np_w:.1f} W, TSS {tss:.1f}")
    print(f"  naive pure Python:    {slow * 1e3:8.2f} ms   NP {np_naive:.1f} W, "
          f"TSS {tss_naive:.1f}")  # fmt: skip
    print(f"  ratio naive/science:  {slow / fast:8.1f}x   target ≤ 20 ms: "
          f"{'met' if fast <= 0.020 else 'MISSED'}")  # fmt: skip
    print(f"  time in zones (s):    {[int(z) for z in zones]}")

    loads = rng.gamma(2.0, 35.0, size=(ATHLETES, DAYS))
    loads[rng.random((ATHLETES, DAYS)) < 0.2] = 0.0  # rest days
    loads = np.minimum(loads, 1000.0)
    pmc_batch(loads[:10])  # warm-up
    fast_pmc, batch = timed(lambda: pmc_batch(loads), 5)
    rows = loads.tolist()
    slow_pmc, naive = timed(lambda: pmc_naive(rows), 1)
    naive_last = np.array(naive)
    fields = ("ctl", "atl", "tsb", "ramp", "acwr", "monotony", "strain")
    batch_last = np.stack([getattr(batch, f)[:, -1] for f in fields], axis=1)
    diff = float(np.nanmax(np.abs(batch_last - naive_last)))
    print(f"\nPMC, {ATHLETES:,} athletes × {DAYS:,} days (10 years), all 7 series")
    print(f"  science (NumPy batch): {fast_pmc * 1e3:8.1f} ms")
    print(f"  naive pure Python:     {slow_pmc * 1e3:8.1f} ms")
    print(f"  ratio naive/science:   {slow_pmc / fast_pmc:8.1f}x   target ≤ 1 s: "
          f"{'met' if fast_pmc <= 1.0 else 'MISSED'}")  # fmt: skip
    print(f"  max |difference| on the last day: {diff:.3g}")


if __name__ == "__main__":
    main()
