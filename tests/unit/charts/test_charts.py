"""The charts as pure code: specs in, PNG out; the form bands; the renderer's cache."""

from __future__ import annotations

import asyncio
import dataclasses
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
from bot.coach.charts.draw import _two_lines, draw
from bot.coach.charts.style import caption_date
from bot.coach.ingest import parse_upload
from bot.coach.science import AthleteThresholds, FormZone, form_zone, pmc_series
from bot.coach.services.charts import (
    FITNESS_WORDS,
    READINESS_WORDS,
    WEEK_WORDS,
    FitnessWindow,
    _ActivityLabels,
    activity_chart,
    words,
)
from bot.domain.profiles import Units
from bot.i18n import SUPPORTED_LANGUAGES, Catalogs
from tests.conftest import FIXTURES

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


def test_a_one_minute_fenix_run_is_drawn_second_by_second() -> None:
    """A sandbox tester's upload: the 57 s run was refused as "no time series"."""
    name = "garmin-fenix-5-run.fit"
    parsed = parse_upload(name, (FIXTURES / name).read_bytes()).activities[0]
    thresholds = AthleteThresholds(lthr_bpm=165, hr_max_bpm=190, hr_rest_bpm=50)
    chart = activity_chart(parsed, thresholds, _ActivityLabels.of(EN, Units.METRIC, "Run"))
    assert chart is not None
    assert chart.step_s == 1.0
    assert [p.title for p in chart.panels] == ["Heart rate", "Pace"]
    heart = chart.panels[0].values
    assert len(heart) == 58 and heart[0] == 61.0  # the first record of the fixture's CSV


def test_a_date_ending_a_caption_is_written_out_so_no_period_doubles() -> None:
    ru = Catalogs.load().translator("ru")
    text = ru("chart-caption-fitness-planned", day=caption_date(date(2026, 3, 12), "ru"))
    assert text.endswith("12 марта.") and ".." not in text


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_form_band_names_are_not_cut_at_the_images_edge(language: str) -> None:
    t = Catalogs.load().translator(language)
    spec = dataclasses.replace(fitness(), words=words(t, "fitness", FITNESS_WORDS))
    figure = draw(spec)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    names = {t(f"chart-fitness-zone-{zone}") for zone in
             ("transition", "fresh", "grey", "optimal", "high-risk")}  # fmt: skip
    labels = [
        text for axes in figure.axes for text in axes.texts
        if text.get_text().replace("\n", " ") in names
    ]  # fmt: skip
    assert len(labels) == 5
    for label in labels:
        assert label.get_window_extent(renderer).x1 <= figure.bbox.width, label.get_text()
    assert _two_lines("Высокий риск") == "Высокий\nриск"
