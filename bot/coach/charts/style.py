"""One look for every chart: readable on a phone, in Telegram's light and dark themes.

A photo keeps its own background in both themes, so the charts are drawn on a white card
with dark text and saturated lines (no thin pastel strokes that vanish on a small screen).
1080 px wide, the width phones show a photo at, with type sized for it.

Only matplotlib's object-oriented API is used (``Figure`` + ``FigureCanvasAgg``): pyplot
keeps global state and is not thread-safe, and charts are drawn in a worker thread.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from babel.dates import format_skeleton
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.coach.charts.specs import DayColor
from bot.i18n.dates import day_month

WIDTH_IN = 7.2
DPI = 150  # 7.2 in x 150 = 1080 px
BACKGROUND = "#FFFFFF"
TEXT = "#1F2933"
MUTED = "#616E7C"
GRID = "#E4E7EB"
FITNESS = "#2563EB"
FATIGUE = "#DB2777"
FORM = "#111827"
LOAD = "#A0AEC0"
PLANNED = "#CBD2D9"
TITLE_SIZE = 13
LABEL_SIZE = 10
TICK_SIZE = 9
SMALL_SIZE = 8

DAY_COLORS = {
    DayColor.GREEN: "#16A34A",
    DayColor.YELLOW: "#EAB308",
    DayColor.RED: "#DC2626",
    DayColor.GREY: "#9AA5B1",
    DayColor.BLUE: "#3B82F6",
}


def new_figure(height_in: float) -> Figure:
    figure = Figure(figsize=(WIDTH_IN, height_in), dpi=DPI, facecolor=BACKGROUND)
    FigureCanvasAgg(figure)
    return figure


def style_axes(axes: Axes, *, ylabel: str | None = None) -> None:
    axes.set_facecolor(BACKGROUND)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(GRID)
    axes.tick_params(colors=MUTED, labelsize=TICK_SIZE, length=0, pad=4)
    axes.grid(axis="y", color=GRID, linewidth=0.8)
    axes.set_axisbelow(True)
    if ylabel:
        axes.set_ylabel(ylabel, color=MUTED, fontsize=LABEL_SIZE)


def title(figure: Figure, text: str) -> None:
    figure.suptitle(
        text,
        x=0.02,
        y=0.985,
        ha="left",
        va="top",
        fontsize=TITLE_SIZE,
        color=TEXT,
        fontweight="bold",
    )


def legend(axes: Axes, ncol: int = 4) -> None:
    axes.legend(
        loc="upper left",
        ncol=ncol,
        frameon=False,
        fontsize=SMALL_SIZE,
        labelcolor=TEXT,
        handlelength=1.6,
        borderaxespad=0.2,
        columnspacing=1.2,
    )


def day_ticks(axes: Axes, days: Sequence[date], locale: str, *, most: int = 7) -> None:
    """Ticks at evenly spaced days (x is the day's index), labelled ``3 Mar`` in the
    athlete's language."""
    if not days:
        return
    step = max(1, -(-len(days) // most))
    positions = list(range(0, len(days), step))
    axes.set_xticks(positions)
    axes.set_xticklabels([short_date(days[i], locale) for i in positions])


def short_date(day: date, locale: str) -> str:
    return day_month(day, locale)


def caption_date(day: date, locale: str) -> str:
    """A date inside a sentence: the month written out ("12 марта", "12. März"), so no
    abbreviation's period runs into the sentence's own ("до 12 мар..")."""
    return str(format_skeleton("MMMMd", day, locale=locale))


def png(figure: Figure) -> bytes:
    """The figure as PNG bytes. Fast zlib: the PNG is a little larger, the render much
    quicker, and Telegram re-encodes photos anyway."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor=BACKGROUND, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()
