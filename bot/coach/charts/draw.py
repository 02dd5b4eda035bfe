"""The four charts as matplotlib figures, from their specs (pure: no I/O, no clock)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path
from matplotlib.ticker import FuncFormatter, MaxNLocator

from bot.coach.charts import style
from bot.coach.charts.specs import (
    ActivityChart,
    ActivityPanel,
    ChartSpec,
    DayColor,
    FitnessChart,
    ReadinessChart,
    WeekChart,
    Words,
)
from bot.coach.science import FORM_ZONES, FormZone

FORM_COLORS = {
    FormZone.TRANSITION: "#FDE68A",
    FormZone.FRESH: "#BFDBFE",
    FormZone.GREY: "#E5E7EB",
    FormZone.OPTIMAL: "#BBF7D0",
    FormZone.HIGH_RISK: "#FECACA",
}
# Training zones from easy to all-out: cool to hot, light enough to read a line over.
ZONE_COLORS = ("#E0F2FE", "#DCFCE7", "#FEF9C3", "#FFEDD5", "#FEE2E2", "#FCE7F3", "#EDE9FE")
FORM_LIMITS = (-40.0, 35.0)  # every band shows, even when form stays in one


def draw(spec: ChartSpec) -> Figure:
    if isinstance(spec, FitnessChart):
        return draw_fitness(spec)
    if isinstance(spec, WeekChart):
        return draw_week(spec)
    if isinstance(spec, ReadinessChart):
        return draw_readiness(spec)
    return draw_activity(spec)


# -- fitness, fatigue, form -----------------------------------------------------------------

# Room right of the panels for the form bands' names: 8 pt text is up to 0.075 in a
# character (Cyrillic and accented capitals included); the panel gives up what a longer
# name needs, so "Высокий риск" or "Rischio elevato" is never cut at the image's edge.
_LABEL_CHAR_IN = 0.075
_LABEL_ROOM_IN = 0.79  # what right=0.89 leaves on a 7.2 in figure


def _two_lines(label: str) -> str:
    """A band's name over two lines when it is two words longer than ten characters."""
    if len(label) <= 10 or " " not in label:
        return label
    middle = len(label) // 2
    cut = min((i for i, c in enumerate(label) if c == " "), key=lambda i: abs(i - middle))
    return f"{label[:cut]}\n{label[cut + 1 :]}"


def _right_edge(labels: Iterable[str]) -> float:
    longest = max((len(line) for label in labels for line in label.split("\n")), default=0)
    room = max(_LABEL_ROOM_IN, 0.1 + longest * _LABEL_CHAR_IN)
    return 1 - room / style.WIDTH_IN


def draw_fitness(spec: FitnessChart) -> Figure:
    words = spec.words
    figure = style.new_figure(6.4)
    zone_labels = {zone: _two_lines(words[f"zone_{zone.value}"]) for zone, _, _ in FORM_ZONES}
    grid = figure.add_gridspec(
        2,
        1,
        height_ratios=(3, 2),
        hspace=0.08,
        left=0.09,
        right=_right_edge(zone_labels.values()),
        top=0.88,
        bottom=0.07,
    )
    top = figure.add_subplot(grid[0])
    bottom = figure.add_subplot(grid[1], sharex=top)
    style.title(figure, words["title"])
    days = (*spec.days, *spec.planned)
    past = len(spec.days)
    xs = list(range(len(days)))

    loads = _loads_axes(top, spec, words)
    top.set_zorder(loads.get_zorder() + 1)
    top.patch.set_visible(False)

    style.style_axes(top, ylabel=words["fitness_axis"])
    _solid_then_dashed(
        top, xs, [d.ctl for d in days], past, color=style.FITNESS, label=words["ctl"]
    )
    _solid_then_dashed(
        top, xs, [d.atl for d in days], past, color=style.FATIGUE, label=words["atl"]
    )
    top.set_ylim(bottom=0)
    handles, labels = top.get_legend_handles_labels()
    more, more_labels = loads.get_legend_handles_labels()
    top.legend(
        handles + more,
        labels + more_labels,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncol=4,
        frameon=False,
        fontsize=style.SMALL_SIZE,
        labelcolor=style.TEXT,
        handlelength=1.6,
    )
    top.tick_params(labelbottom=False)

    style.style_axes(bottom, ylabel=words["form_axis"])
    low = min([FORM_LIMITS[0], *(d.tsb - 5 for d in days)])
    high = max([FORM_LIMITS[1], *(d.tsb + 5 for d in days)])
    for zone, zone_low, zone_high in FORM_ZONES:
        bottom.axhspan(
            max(zone_low, low),
            min(zone_high, high),
            color=FORM_COLORS[zone],
            linewidth=0,
            zorder=0,
        )
        middle = (max(zone_low, low) + min(zone_high, high)) / 2
        bottom.text(
            1.005,
            middle,
            zone_labels[zone],
            transform=bottom.get_yaxis_transform(),
            fontsize=style.SMALL_SIZE,
            color=style.MUTED,
            va="center",
            ha="left",
        )
    _solid_then_dashed(
        bottom, xs, [d.tsb for d in days], past, color=style.FORM, label=words["tsb"]
    )
    bottom.set_ylim(low, high)
    bottom.grid(False)
    bottom.set_xlim(-0.6, len(days) - 0.4)
    for axes in (top, bottom):
        if spec.planned:
            axes.axvline(past - 0.5, color=style.MUTED, linewidth=0.8, linestyle=":")
    if spec.planned:
        top.text(
            past - 0.3,
            0.02,
            words["today"],
            transform=top.get_xaxis_transform(),
            fontsize=style.SMALL_SIZE,
            color=style.MUTED,
        )
    if spec.race_day is not None and spec.race_day in [d.day for d in days]:
        index = [d.day for d in days].index(spec.race_day)
        for axes in (top, bottom):
            axes.axvline(index, color=style.DAY_COLORS[DayColor.RED], linewidth=1.2)
        top.text(
            index,
            0.97,
            words["race"],
            transform=top.get_xaxis_transform(),
            ha="right",
            va="top",
            fontsize=style.SMALL_SIZE,
            color=style.DAY_COLORS[DayColor.RED],
        )
    style.day_ticks(bottom, [d.day for d in days], words.locale)
    return figure


def _loads_axes(top: Axes, spec: FitnessChart, words: Words) -> Axes:
    """Daily load as bars on a twin axis of the fitness panel (done solid, planned hatched)."""
    past = len(spec.days)
    days = (*spec.days, *spec.planned)
    loads = top.twinx()
    # Past a few months a day's bar is under two pixels wide: the year view draws a bar
    # per week (its mean daily load), a seventh of the paths and of the hatching to fill.
    width = 7 if len(days) > WEEKLY_BARS_AFTER_DAYS else 1
    done_bars = _load_bars([d.load for d in spec.days], 0, width)
    planned_bars = _load_bars([d.load for d in spec.planned], past, width)
    _bars(loads, done_bars, color=style.LOAD, alpha=0.55, label=words["load"])
    if spec.planned:
        _bars(
            loads,
            planned_bars,
            color="none",
            edge=style.LOAD,
            hatch="////",
            label=words["planned_load"],
        )
    tallest = max([r[3] for r in (*done_bars, *planned_bars)] + [50.0])
    loads.set_ylim(0, tallest * 2.2)  # bars keep to the lower half
    loads.tick_params(colors=style.MUTED, labelsize=style.SMALL_SIZE, length=0)
    loads.set_ylabel(words["load_axis"], color=style.MUTED, fontsize=style.SMALL_SIZE)
    for side in ("top", "left", "bottom"):
        loads.spines[side].set_visible(False)
    loads.spines["right"].set_color(style.GRID)
    return loads


Rect = tuple[float, float, float, float]  # centre x, bottom, width, height
WEEKLY_BARS_AFTER_DAYS = 120


def _load_bars(loads: Sequence[float], first_x: int, width: int) -> list[Rect]:
    """Daily loads as bars, ``width`` days to a bar (their mean), from day ``first_x``."""
    rects: list[Rect] = []
    for start in range(0, len(loads), width):
        chunk = loads[start : start + width]
        centre = first_x + start + (len(chunk) - 1) / 2
        rects.append((centre, 0.0, 0.8 * len(chunk), sum(chunk) / len(chunk)))
    return rects


def _bars(
    axes: Axes,
    rects: Sequence[Rect],
    *,
    color: str,
    alpha: float = 1.0,
    edge: str | None = None,
    hatch: str | None = None,
    label: str | None = None,
) -> None:
    """Bars as one compound path: a year of daily bars is one fill for Agg, not 365
    patches (each ``Axes.bar`` rectangle is an artist with its own transforms, and even a
    PolyCollection draws and antialiases its polygons one by one)."""
    if not rects:
        return
    vertices: list[tuple[float, float]] = []
    for x, b, w, h in rects:
        vertices += [
            (x - w / 2, b),
            (x + w / 2, b),
            (x + w / 2, b + h),
            (x - w / 2, b + h),
            (0, 0),
        ]
    codes = [Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY] * len(rects)
    patch = PathPatch(
        Path(vertices, codes),
        facecolor=color,
        edgecolor=edge or "none",
        linewidth=1.0 if edge and not hatch else 0.0,
        alpha=alpha,
        hatch=hatch,
        label=label,
    )
    axes.add_patch(patch)


def _solid_then_dashed(
    axes: Axes, xs: Sequence[int], values: Sequence[float], past: int, *, color: str, label: str
) -> None:
    axes.plot(xs[:past], values[:past], color=color, linewidth=2.2, label=label)
    if past < len(values):
        start = max(past - 1, 0)
        axes.plot(xs[start:], values[start:], color=color, linewidth=1.8, linestyle=(0, (4, 3)))


# -- this week ------------------------------------------------------------------------------


def draw_week(spec: WeekChart) -> Figure:
    words = spec.words
    figure = style.new_figure(5.0)
    axes = figure.add_axes((0.1, 0.12, 0.87, 0.72))
    style.title(figure, words["title"])
    style.style_axes(axes, ylabel=words["minutes_axis"])
    width = 0.38
    top = 30.0
    planned: list[Rect] = []
    done: dict[DayColor, list[Rect]] = {}
    for index, day in enumerate(spec.days):
        planned_bottom = done_bottom = 0.0
        for bar in day.sports:
            if bar.planned_min > 0:
                rect = (index - width / 2, planned_bottom, width, bar.planned_min)
                planned.append(rect)
                _name_bar(axes, rect, bar.sport, style.TEXT)
                planned_bottom += bar.planned_min
            if bar.done_min > 0:
                rect = (index + width / 2, done_bottom, width, bar.done_min)
                done.setdefault(bar.color, []).append(rect)
                _name_bar(axes, rect, bar.sport, style.BACKGROUND)
                done_bottom += bar.done_min
            elif bar.planned_min > 0 and not day.future:
                axes.plot(
                    index + width / 2,
                    2,
                    marker="x",
                    color=style.DAY_COLORS[bar.color],
                    markersize=7,
                    markeredgewidth=2,
                )
        top = max(top, planned_bottom, done_bottom)
    _bars(axes, planned, color=style.PLANNED, edge=style.BACKGROUND)
    for color, rects in done.items():
        _bars(axes, rects, color=style.DAY_COLORS[color], edge=style.BACKGROUND)
    axes.set_xticks(range(len(spec.days)))
    axes.set_xticklabels([d.label for d in spec.days])
    axes.set_xlim(-0.6, len(spec.days) - 0.4)
    axes.set_ylim(0, top * 1.25)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=(1, 2, 3, 5, 6, 10)))
    handles = [
        Patch(color=style.PLANNED, label=words["planned"]),
        Patch(color=style.DAY_COLORS[DayColor.GREEN], label=words["green"]),
        Patch(color=style.DAY_COLORS[DayColor.YELLOW], label=words["yellow"]),
        Patch(color=style.DAY_COLORS[DayColor.RED], label=words["red"]),
        Patch(color=style.DAY_COLORS[DayColor.BLUE], label=words["unplanned"]),
    ]
    axes.legend(
        handles=handles,
        loc="upper left",
        ncol=5,
        frameon=False,
        fontsize=style.SMALL_SIZE,
        labelcolor=style.TEXT,
        handlelength=1.2,
        columnspacing=1.0,
    )
    return figure


def _name_bar(axes: Axes, rect: Rect, name: str, color: str) -> None:
    """The sport's name along a bar tall enough to hold it (25 minutes and more)."""
    x, bottom, _, height = rect
    if height >= 25:
        axes.text(x, bottom + height / 2, name, ha="center", va="center", rotation=90,
                  fontsize=style.SMALL_SIZE, color=color)  # fmt: skip


# -- readiness trend ------------------------------------------------------------------------


def draw_readiness(spec: ReadinessChart) -> Figure:
    words = spec.words
    figure = style.new_figure(6.4)
    grid = figure.add_gridspec(
        3,
        1,
        height_ratios=(3, 2, 0.28),
        hspace=0.12,
        left=0.1,
        right=0.97,
        top=0.9,
        bottom=0.07,
    )
    hrv = figure.add_subplot(grid[0])
    heart = figure.add_subplot(grid[1], sharex=hrv)
    strip = figure.add_subplot(grid[2], sharex=hrv)
    style.title(figure, words["title"])
    days = spec.days
    xs = list(range(len(days)))

    style.style_axes(hrv, ylabel=words["hrv_axis"])
    hrv.fill_between(
        xs,
        _nan([d.band_low_ms for d in days]),
        _nan([d.band_high_ms for d in days]),
        color="#BBF7D0",
        linewidth=0,
        label=words["band"],
    )
    hrv.plot(
        xs,
        _nan([d.rmssd_ms for d in days]),
        linestyle="none",
        marker="o",
        markersize=3.5,
        color=style.LOAD,
        label=words["rmssd"],
    )
    hrv.plot(
        xs,
        _nan([d.hrv_mean_ms for d in days]),
        color=style.FITNESS,
        linewidth=2.2,
        label=words["hrv_mean"],
    )
    style.legend(hrv, ncol=3)
    _headroom(hrv)
    hrv.tick_params(labelbottom=False)

    style.style_axes(heart, ylabel=words["rhr_axis"])
    heart.plot(
        xs,
        _nan([d.resting_hr_baseline for d in days]),
        color=style.MUTED,
        linewidth=1.2,
        linestyle=(0, (4, 3)),
        label=words["rhr_baseline"],
    )
    heart.plot(
        xs,
        _nan([d.resting_hr for d in days]),
        color=style.FATIGUE,
        linewidth=1.8,
        marker="o",
        markersize=3,
        label=words["rhr"],
    )
    style.legend(heart, ncol=2)
    _headroom(heart)
    heart.tick_params(labelbottom=False)

    for color in DayColor:
        _bars(
            strip,
            [(x, 0.0, 0.9, 1.0) for x, d in zip(xs, days, strict=True) if d.color is color],
            color=style.DAY_COLORS[color],
        )
    strip.set_ylim(0, 1)
    strip.set_yticks([])
    for side in ("top", "right", "left", "bottom"):
        strip.spines[side].set_visible(False)
    strip.tick_params(colors=style.MUTED, labelsize=style.TICK_SIZE, length=0)
    strip.set_ylabel(
        words["verdict_axis"],
        color=style.MUTED,
        fontsize=style.SMALL_SIZE,
        rotation=0,
        ha="right",
        va="center",
    )
    strip.set_xlim(-0.6, len(days) - 0.4)
    style.day_ticks(strip, [d.day for d in days], words.locale)
    return figure


def _nan(values: Sequence[float | None]) -> list[float]:
    return [math.nan if v is None else v for v in values]


def _headroom(axes: Axes) -> None:
    """Room above the data for the legend."""
    low, high = axes.get_ylim()
    axes.set_ylim(low, high + (high - low) * 0.3)


# -- one activity ---------------------------------------------------------------------------


def draw_activity(spec: ActivityChart) -> Figure:
    words = spec.words
    count = max(len(spec.panels), 1)
    figure = style.new_figure(2.0 + 1.9 * count)
    grid = figure.add_gridspec(
        count,
        1,
        hspace=0.14,
        left=0.11,
        right=0.9,
        top=1 - 0.55 / (2.0 + 1.9 * count),
        bottom=0.5 / (2.0 + 1.9 * count),
    )
    style.title(figure, words["title"])
    first: Axes | None = None
    for row, panel in enumerate(spec.panels):
        axes = (
            figure.add_subplot(grid[row], sharex=first) if first else figure.add_subplot(grid[row])
        )
        first = first or axes
        _activity_panel(axes, panel, spec.step_s)
        for lap in spec.laps_s:
            axes.axvline(lap / 60.0, color=style.MUTED, linewidth=0.8, linestyle=(0, (2, 2)))
        if row < count - 1:
            axes.tick_params(labelbottom=False)
        else:
            axes.set_xlabel(words["minutes_axis"], color=style.MUTED, fontsize=style.LABEL_SIZE)
    return figure


def _activity_panel(axes: Axes, panel: ActivityPanel, step_s: float) -> None:
    style.style_axes(axes, ylabel=f"{panel.title}, {panel.unit}")
    axes.grid(False)
    values = [v for v in panel.values if v is not None]
    minutes = [i * step_s / 60.0 for i in range(len(panel.values))]
    if values:
        ordered = sorted(values)
        low = ordered[int(0.02 * (len(ordered) - 1))]
        # Pace: walking breaks and stops would stretch the axis far past the running.
        high = ordered[int((0.9 if panel.is_pace else 0.98) * (len(ordered) - 1))]
        margin = max((high - low) * 0.15, abs(high) * 0.1, 1.0)
        low, high = (max(low - margin, 0.0), high + margin)
    else:
        low, high = 0.0, 1.0
    for index, zone in enumerate(panel.zones):
        bottom, top = max(zone.low, low), min(zone.high, high)
        if top <= bottom:
            continue
        axes.axhspan(
            bottom, top, color=ZONE_COLORS[index % len(ZONE_COLORS)], linewidth=0, zorder=0
        )
        if top - bottom < (high - low) * 0.06:
            continue  # too thin to label legibly; its colour still shows
        axes.text(
            1.005,
            (bottom + top) / 2,
            zone.label,
            transform=axes.get_yaxis_transform(),
            fontsize=style.SMALL_SIZE,
            color=style.MUTED,
            va="center",
            ha="left",
        )
    axes.plot(
        minutes,
        _nan(panel.values),
        color=style.FORM if not panel.is_pace else style.FITNESS,
        linewidth=1.1,
    )
    axes.set_ylim(high, low) if panel.inverted else axes.set_ylim(low, high)
    if minutes:
        axes.set_xlim(0, minutes[-1])
    axes.yaxis.set_major_formatter(FuncFormatter(_pace_label if panel.is_pace else _whole))
    axes.yaxis.set_major_locator(MaxNLocator(nbins=4))


def _whole(value: float, _: object) -> str:
    return f"{value:.0f}"


def _pace_label(seconds: float, _: object) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"
