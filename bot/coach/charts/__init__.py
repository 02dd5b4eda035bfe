"""Charts as pictures: pure figure-building from plain specs (no aiogram, no database).

``specs`` holds what a chart shows, ``draw`` makes the matplotlib figure, ``render`` turns
it into a PNG in a worker thread with a cache keyed by the spec's hash.
"""

from bot.coach.charts.render import ChartRenderer, render_png, spec_key
from bot.coach.charts.specs import (
    ActivityChart,
    ActivityPanel,
    ChartKind,
    ChartSpec,
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
)

__all__ = [
    "ActivityChart",
    "ActivityPanel",
    "ChartKind",
    "ChartRenderer",
    "ChartSpec",
    "DayColor",
    "FitnessChart",
    "FitnessDay",
    "ReadinessChart",
    "ReadinessDay",
    "SportBar",
    "WeekChart",
    "WeekDay",
    "Words",
    "ZoneBand",
    "render_png",
    "spec_key",
]
