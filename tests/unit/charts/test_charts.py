"""The charts as pure code: specs in, PNG out; the form bands; the renderer's cache."""

from __future__ import annotations

import asyncio
import math
import struct
from datetime import date, timedelta

import pytest

from bot.coach.charts import (
    ActivityChart,
    ActivityPanel,
    ChartRenderer,
    DayColor,
    FitnessChart,
    FitnessDay,
    ReadinessChart,
    ReadinessDay,
    SportBar,
    WeekChart,
    WeekDay,
    Words,
    ZoneBand,
    render_png,
    spec_key,
)
from bot.coach.science import FormZone, form_zone, pmc_series
from bot.coach.services.charts import (
    FITNESS_WORDS,
    READINESS_WORDS,
    WEEK_WORDS,
    FitnessWindow,
    words,
)
from bot.i18n import Catalogs

EN = Catalogs.load().translator("en")
DAY = date(2026, 3, 2)


def size(png: bytes) -> tuple[int, int]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


def fitness(days: int = 42, planned: int = 14) -> FitnessChart:
    series = pmc_series([0.0 if i % 7 == 0 else 60.0 for i in range(days + planned)])
    rows = [
        FitnessDay(DAY + timedelta(days=i), p.load, p.ctl, p.atl, p.tsb)
        for i, p in enumerate(series)
    ]
    return FitnessChart(
        words(EN, "fitness", FITNESS_WORDS), tuple(rows[:days]), tuple(rows[days:]), rows[-1].day
    )


@pytest.mark.parametrize(
    ("tsb", "zone"),
    [
        (30.0, FormZone.TRANSITION),
        (25.0, FormZone.FRESH),  # on a bound: the lower band
        (5.1, FormZone.FRESH),
        (5.0, FormZone.GREY),
        (-10.0, FormZone.OPTIMAL),
        (-29.9, FormZone.OPTIMAL),
        (-30.0, FormZone.HIGH_RISK),
        (-80.0, FormZone.HIGH_RISK),
    ],
)
def test_form_falls_in_the_bands_people_read(tsb: float, zone: FormZone) -> None:
    assert form_zone(tsb) is zone


def test_every_chart_renders_a_phone_wide_png() -> None:
    run = (SportBar("Run", 45, 40, DayColor.GREEN),)
    week = WeekChart(
        words(EN, "week", WEEK_WORDS),
        tuple(WeekDay(DAY + timedelta(days=i), f"D{i}", run, future=i > 3) for i in range(7)),
    )
    readiness = ReadinessChart(
        words(EN, "readiness", READINESS_WORDS),
        tuple(ReadinessDay(DAY + timedelta(days=i), 60.0 + i % 5, 61.0, 55.0, 66.0, 48.0, 48.0,
                           DayColor.GREEN) for i in range(60)),
    )  # fmt: skip
    activity = ActivityChart(
        Words("en", (("title", "Ride"), ("minutes_axis", "Minutes"))),
        5.0,
        (
            ActivityPanel("Power", "W", tuple(200.0 + 50 * math.sin(i / 9) for i in range(720)),
                          (ZoneBand("Z1", 0, 138), ZoneBand("Z2", 138, math.inf))),
            ActivityPanel("Pace", "min/km", tuple(300.0 for _ in range(720)), inverted=True,
                          is_pace=True),
        ),
        (600.0,),
    )  # fmt: skip
    shapes = {spec.kind: size(render_png(spec)) for spec in (fitness(), week, readiness, activity)}
    assert {kind: width for kind, (width, _) in shapes.items()} == dict.fromkeys(shapes, 1080)
    assert shapes[activity.kind][1] == round((2.0 + 1.9 * 2) * 150)


def test_the_words_are_the_athletes_language() -> None:
    ru = Catalogs.load().translator("ru")
    assert words(ru, "fitness", ("zone_optimal", "ctl"))["zone_optimal"] == "Оптимальная"
    assert FitnessWindow.MONTHS_3.days == 91
    with pytest.raises(KeyError):
        words(EN, "fitness", ("ctl",))["atl"]


async def test_the_renderer_draws_off_the_loop_once_per_spec() -> None:
    renderer = ChartRenderer(cache_entries=2)
    try:
        drawing = asyncio.ensure_future(renderer.render(fitness()))
        turns = 0
        while not drawing.done():  # the loop keeps turning while the chart is drawn
            turns += 1
            await asyncio.sleep(0)
        first = drawing.result()
        again = await renderer.render(fitness())
        other = await renderer.render(fitness(days=50))
    finally:
        renderer.close()
    assert turns > 10
    assert first == again and first != other
    assert renderer.renders == 2  # the second render of the same spec came from the cache
    assert spec_key(fitness()) == spec_key(fitness()) != spec_key(fitness(days=50))
