"""Benchmark of the charts (prints figures; no asserts).

Each of the four charts is drawn from a spec of realistic size — a year of fitness with
the plan folded 12 weeks ahead (and the 6 weeks /fitness opens with, 6 weeks ahead), a
week of three sports, 60 days of readiness, a 78-minute ride from the fixtures (power and
heart rate, 7 laps) — and rendered to PNG the way the bot does (``render_png``: the
object-oriented Figure API, Agg, fast zlib). Targets: p50 ≤ 200 ms
per chart on this machine, and no growth of memory over 1,000 renders (resident set size
read from /proc after a warm-up, then every 250 renders). Baseline in the same run: the
same figures saved with matplotlib's default PNG compression (zlib level 6).

Run: .venv/bin/python bench/charts.py [renders]
"""

from __future__ import annotations

import gc
import math
import os
import platform
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.coach.charts import (  # noqa: E402
    ChartSpec,
    DayColor,
    FitnessChart,
    FitnessDay,
    ReadinessChart,
    ReadinessDay,
    SportBar,
    WeekChart,
    WeekDay,
    render_png,
)
from bot.coach.charts.draw import draw  # noqa: E402
from bot.coach.charts.style import BACKGROUND  # noqa: E402
from bot.coach.ingest import parse_upload  # noqa: E402
from bot.coach.science import AthleteThresholds, pmc_series  # noqa: E402
from bot.coach.services.charts import (  # noqa: E402
    FITNESS_WORDS,
    READINESS_WORDS,
    WEEK_WORDS,
    _ActivityLabels,
    activity_chart,
    words,
)
from bot.domain.profiles import Units  # noqa: E402
from bot.i18n import Catalogs  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "activities"
TODAY = date(2026, 12, 6)
SAMPLES = 25


def specs() -> dict[str, ChartSpec]:
    t = Catalogs.load().translator("en")
    rng = random.Random(7)
    loads = [0.0 if i % 7 == 0 else 40 + 50 * rng.random() for i in range(365 + 84)]
    series = pmc_series(loads)
    days = [TODAY - timedelta(days=364 - i) for i in range(365 + 84)]
    history = [
        FitnessDay(d, p.load, p.ctl, p.atl, p.tsb) for d, p in zip(days, series, strict=True)
    ]
    fitness = FitnessChart(
        words(t, "fitness", FITNESS_WORDS), tuple(history[:365]), tuple(history[365:]), days[-1]
    )
    week_days = []
    for i in range(7):
        day = TODAY - timedelta(days=TODAY.weekday()) + timedelta(days=i)
        bars = (
            SportBar("Run", 50, 45 if i < 4 else 0, DayColor.GREEN),
            SportBar("Ride", 90 if i % 2 else 0, 60 if i == 1 else 0, DayColor.YELLOW),
            SportBar("Swim", 45 if i in (0, 3) else 0, 0, DayColor.RED),
        )
        week_days.append(WeekDay(day, day.strftime("%a %d"), bars, future=i > 4))
    week = WeekChart(words(t, "week", WEEK_WORDS), tuple(week_days))
    readiness = ReadinessChart(
        words(t, "readiness", READINESS_WORDS),
        tuple(
            ReadinessDay(
                TODAY - timedelta(days=59 - i),
                60 + rng.gauss(0, 8),
                60 + 5 * math.sin(i / 10),
                55.0,
                66.0,
                48 + rng.gauss(0, 2),
                48.0,
                rng.choice((DayColor.GREEN, DayColor.YELLOW, DayColor.RED)),
            )
            for i in range(60)
        ),
    )
    name = "Edge810-Vector-2013-08-16-15-35-10.fit"
    parsed = parse_upload(name, (FIXTURES / name).read_bytes()).activities[0]
    thresholds = AthleteThresholds(ftp_w=250, lthr_bpm=165, hr_max_bpm=190, hr_rest_bpm=50)
    ride = activity_chart(parsed, thresholds, _ActivityLabels.of(t, Units.METRIC, "Ride, 16 Aug"))
    assert ride is not None
    six_weeks = FitnessChart(
        fitness.words, tuple(history[365 - 42 : 365]), tuple(history[365:407]), None
    )
    return {
        "fitness (1 year + plan)": fitness,
        "fitness (6 weeks + plan)": six_weeks,
        "week": week,
        "readiness (60 days)": readiness,
        "activity (78 min ride)": ride,
    }


def default_png(spec: ChartSpec) -> bytes:
    import io

    figure = draw(spec)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor=BACKGROUND)
    figure.clear()
    return buffer.getvalue()


def p50(work: object, spec: ChartSpec, samples: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this thread (the machine is shared: the
    CPU time is what one render costs, the wall time what it cost with the neighbours)."""
    walls, cpus = [], []
    for _ in range(samples):
        start, cpu = time.perf_counter(), time.thread_time()
        work(spec)  # type: ignore[operator]
        cpus.append(time.thread_time() - cpu)
        walls.append(time.perf_counter() - start)
    return statistics.median(walls), statistics.median(cpus)


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> None:
    renders = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}")
    charts = specs()
    for spec in charts.values():  # warm-up: fonts, caches
        render_png(spec)
    print(os.getloadavg() and f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'chart':26} {'p50 wall ms':>12} {'p50 CPU ms':>11} {'zlib-6 CPU ms':>14} "
          f"{'ratio':>6} {'PNG kB':>7}")  # fmt: skip
    for name, spec in charts.items():
        wall, cpu = p50(render_png, spec, SAMPLES)
        _, baseline = p50(default_png, spec, SAMPLES)
        size = len(render_png(spec)) / 1000
        print(f"{name:26} {wall * 1000:12.0f} {cpu * 1000:11.0f} {baseline * 1000:14.0f} "
              f"{cpu / baseline:6.2f} {size:7.0f}")  # fmt: skip
    gc.collect()
    order = list(charts.values())
    start = rss_mb()
    marks = []
    for index in range(1, renders + 1):
        render_png(order[index % len(order)])
        if index % 250 == 0:
            gc.collect()
            marks.append(f"{index}: {rss_mb():.0f} MB")
    print(f"memory over {renders} renders (RSS): start {start:.0f} MB; " + ", ".join(marks))


if __name__ == "__main__":
    main()
