"""What the charts show, from the same services and science as the text screens.

Each method gathers plain data (``ActivityService.fitness_series`` folds the same loads as
``ActivityService.fitness``; compliance and readiness come from ``bot.coach.science``)
and returns a :class:`ChartView`: the spec the renderer draws and a one-line caption.
Words come from the ``chart-*`` catalog keys in the athlete's language; paces in their
units. Nothing here draws: ``bot.coach.charts`` does, in a worker thread.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

import numpy as np
from babel.dates import format_date

from bot.coach.charts import (
    ActivityChart,
    ActivityPanel,
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
from bot.coach.charts.style import caption_date
from bot.coach.ingest import DamagedFileError, ParsedActivity, parse_upload
from bot.coach.ingest.metrics import one_hertz, science_sport, zone_sets
from bot.coach.science import (
    AthleteThresholds,
    LoadState,
    PmcDay,
    ReadinessStatus,
    SessionAmounts,
    ZoneSet,
    assess_readiness,
    pmc_series,
    session_compliance,
    state_after,
)
from bot.coach.services.activities import ActivityService
from bot.coach.services.plans import PlanService, PlanUnavailableError, WeekPlan
from bot.coach.services.profiles import ProfileService
from bot.coach.services.wellness import WellnessService
from bot.domain.activities import Activity
from bot.domain.athletes import Athlete
from bot.domain.plans import SessionStatus
from bot.domain.profiles import Units
from bot.i18n import Translator

READINESS_DAYS = 60
# Readiness on a day reads the 7 days before it and a 60-day baseline before those.
READINESS_HISTORY_DAYS = 67
MILE_M = 1609.344
YARD_M = 0.9144
# An activity is drawn from at most this many points per channel (5 s means or coarser).
ACTIVITY_POINTS = 900
ACTIVITY_MIN_SECONDS = 10  # fewer one-second samples than this is not a line
_DONE = (SessionStatus.DONE, SessionStatus.PARTIAL)
# The words each chart shows (catalog keys chart-<chart>-<word>).
FITNESS_WORDS = (
    "title", "load", "planned_load", "load_axis", "fitness_axis", "ctl", "atl", "tsb",
    "form_axis", "today", "race", "zone_transition", "zone_fresh", "zone_grey",
    "zone_optimal", "zone_high_risk",
)  # fmt: skip
WEEK_WORDS = ("title", "minutes_axis", "planned", "green", "yellow", "red", "unplanned")
READINESS_WORDS = (
    "title", "hrv_axis", "band", "rmssd", "hrv_mean", "rhr_axis", "rhr", "rhr_baseline",
    "verdict_axis",
)  # fmt: skip
_COMPLIANCE = {"green": DayColor.GREEN, "yellow": DayColor.YELLOW, "red": DayColor.RED}
_READINESS = {
    ReadinessStatus.GREEN: DayColor.GREEN,
    ReadinessStatus.AMBER: DayColor.YELLOW,
    ReadinessStatus.RED: DayColor.RED,
}


class FitnessWindow(StrEnum):
    """The look-back of the fitness chart (its buttons)."""

    WEEKS_6 = "6w"
    MONTHS_3 = "3m"
    YEAR = "1y"

    @property
    def days(self) -> int:
        return {"6w": 42, "3m": 91, "1y": 365}[self.value]


class NoChartData(LookupError):
    """Nothing to draw yet; ``code`` names the catalog message that says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class ChartView:
    spec: ChartSpec
    caption: str


@dataclass(frozen=True, slots=True)
class FitnessNumbers:
    """Today's numbers for /fitness, the same as the chart's last solid day."""

    today: PmcDay
    day: date


def words(t: Translator, chart: str, keys: Sequence[str]) -> Words:
    return Words(
        t.language, tuple((key, t(f"chart-{chart}-{key.replace('_', '-')}")) for key in keys)
    )


class ChartService:
    """Chart data for one athlete; one session per update."""

    def __init__(
        self,
        activities: ActivityService,
        plans: PlanService,
        wellness: WellnessService,
        profiles: ProfileService,
    ) -> None:
        self._activities = activities
        self._plans = plans
        self._wellness = wellness
        self._profiles = profiles

    # -- fitness, fatigue, form -------------------------------------------------------------

    async def fitness(
        self, athlete: Athlete, t: Translator, window: FitnessWindow = FitnessWindow.WEEKS_6
    ) -> ChartView:
        today = self._activities.today(athlete)
        history = await self._activities.fitness_series(athlete.id, date.min, today)
        if not history:
            raise NoChartData("chart-none-fitness")
        first = today - timedelta(days=window.days - 1)
        # Before the first load everything is 0: the window is drawn whole all the same.
        by_day = {d: p for d, p in history if d >= first}
        shown = tuple(
            FitnessDay(d, p.load, p.ctl, p.atl, p.tsb)
            if p is not None
            else FitnessDay(d, 0, 0, 0, 0)
            for d, p in (
                (first + timedelta(days=i), by_day.get(first + timedelta(days=i)))
                for i in range(window.days)
            )
        )
        planned, race_day = await self._planned(athlete, today, history, window.days)
        spec = FitnessChart(words(t, "fitness", FITNESS_WORDS), shown, planned, race_day)
        last = history[-1][1]
        caption = t(
            f"chart-caption-fitness-{window.value}",
            ctl=round(last.ctl),
            atl=round(last.atl),
            tsb=round(last.tsb),
        )
        if planned:
            last_day = caption_date(planned[-1].day, t.language)
            ahead = t("chart-caption-fitness-planned", day=last_day)
            caption = f"{caption} {ahead}"
        return ChartView(spec, caption)

    async def fitness_today(self, athlete: Athlete) -> FitnessNumbers | None:
        today = self._activities.today(athlete)
        day = await self._activities.fitness(athlete.id, today)
        return FitnessNumbers(day, today) if day is not None else None

    async def _planned(
        self,
        athlete: Athlete,
        today: date,
        history: list[tuple[date, PmcDay]],
        most_days: int,
    ) -> tuple[tuple[FitnessDay, ...], date | None]:
        """The plan's loads after today folded onto today's state, up to race day (or
        the plan's end), at most ``most_days`` ahead."""
        try:
            context = await self._plans.context(athlete)
        except PlanUnavailableError:
            return (), None
        race_day = context.race_day
        last = min(context.plan.end, today + timedelta(days=most_days))
        if last <= today:
            return (), race_day
        loads = await self._plans.planned_loads(athlete, today + timedelta(days=1), last)
        days = [today + timedelta(days=i) for i in range(1, (last - today).days + 1)]
        state = state_after([p for _, p in history])
        series = pmc_series([loads.get(d, 0.0) for d in days], start=state)
        planned = tuple(
            FitnessDay(d, p.load, p.ctl, p.atl, p.tsb) for d, p in zip(days, series, strict=True)
        )
        return planned, race_day

    # -- this week --------------------------------------------------------------------------

    async def week(self, athlete: Athlete, t: Translator, monday: date | None = None) -> ChartView:
        """The plan's week starting ``monday`` (default: this week)."""
        try:
            index = None
            if monday is not None:
                weeks = (await self._plans.context(athlete)).plan.content.weeks
                index = next((w.index for w in weeks if w.start == monday), None)
                if index is None:
                    raise NoChartData("chart-none-week")
            view = await self._plans.week(athlete, index)
        except PlanUnavailableError as error:
            raise NoChartData("chart-none-plan") from error
        monday = view.week.start
        activities = await self._activities.on_days(athlete.id, monday, monday + timedelta(6))
        today = view.context.today
        days = tuple(
            WeekDay(
                day=monday + timedelta(i),
                label=format_date(monday + timedelta(i), "EEE d", locale=t.language),
                sports=_sport_bars(t, view, activities, monday + timedelta(i)),
                future=monday + timedelta(i) > today,
            )
            for i in range(7)
        )
        spec = WeekChart(words(t, "week", WEEK_WORDS), days)
        planned = sum(b.planned_min for d in days for b in d.sports)
        done = sum(b.done_min for d in days for b in d.sports)
        caption = t(
            "chart-caption-week",
            number=view.week.index + 1,
            monday=caption_date(monday, t.language),
            planned=round(planned),
            done=round(done),
        )
        return ChartView(spec, caption)

    # -- readiness --------------------------------------------------------------------------

    async def readiness(self, athlete: Athlete, t: Translator) -> ChartView:
        today = self._wellness.today(athlete)
        first = today - timedelta(days=READINESS_DAYS - 1)
        history = await self._wellness.days(
            athlete.id, first - timedelta(days=READINESS_HISTORY_DAYS), today
        )
        if not any(first <= h.day <= today for h in history):
            raise NoChartData("chart-none-readiness")
        fitness = dict(await self._activities.fitness_series(athlete.id, date.min, today))
        by_day = {h.day: h for h in history}
        days = []
        for offset in range(READINESS_DAYS):
            day = first + timedelta(days=offset)
            load = fitness.get(day)
            verdict = assess_readiness(
                day,
                [h for h in history if h.day <= day],
                LoadState.from_pmc_day(load) if load is not None else None,
            )
            hrv = verdict.factor("hrv")
            heart = verdict.factor("resting_hr")
            entry = by_day.get(day)
            low, high = hrv.details.get("range_low"), hrv.details.get("range_high")
            mean = hrv.details.get("mean_7d_rmssd_ms")
            days.append(
                ReadinessDay(
                    day=day,
                    rmssd_ms=entry.rmssd_ms if entry is not None else None,
                    hrv_mean_ms=float(mean) if isinstance(mean, float) else None,
                    band_low_ms=math.exp(low) if isinstance(low, float) else None,
                    band_high_ms=math.exp(high) if isinstance(high, float) else None,
                    resting_hr=entry.resting_hr_bpm if entry is not None else None,
                    resting_hr_baseline=heart.baseline,
                    color=_READINESS.get(verdict.status, DayColor.GREY)
                    if verdict.status is not None and entry is not None
                    else DayColor.GREY,
                )
            )
        spec = ReadinessChart(words(t, "readiness", READINESS_WORDS), tuple(days))
        counts = {c: sum(1 for d in days if d.color is c) for c in DayColor}
        caption = t(
            "chart-caption-readiness",
            green=counts[DayColor.GREEN],
            amber=counts[DayColor.YELLOW],
            red=counts[DayColor.RED],
        )
        return ChartView(spec, caption)

    # -- one activity -----------------------------------------------------------------------

    async def activity(self, athlete: Athlete, t: Translator, activity_id: int) -> ChartView:
        """Raises LookupError for an activity that is not the athlete's, NoChartData for
        one without a recorded file or streams."""
        activity = await self._activities.get(athlete.id, activity_id)
        if activity is None:
            raise LookupError(f"athlete {athlete.id} has no activity {activity_id}")
        original = await self._activities.original_file(athlete.id, activity_id)
        if original is None:
            raise NoChartData("chart-none-activity")
        thresholds = await self._activities.thresholds(athlete.id, activity.local_date)
        profile = await self._profiles.get(athlete.id)
        units = profile.fields.units if profile is not None else Units.METRIC
        title = t(
            "chart-activity-title",
            sport=t(f"chart-sport-{activity.fields.sport}"),
            day=caption_date(activity.local_date, t.language),
        )
        labels = _ActivityLabels.of(t, units, title)
        name, data = original
        spec = await asyncio.to_thread(
            _activity_spec, name, data, activity.fields.file_index, thresholds, labels
        )
        if spec is None:
            raise NoChartData("chart-none-activity")
        caption = t(
            "chart-caption-activity",
            minutes=round((activity.duration_s or 0.0) / 60),
            laps=len(spec.laps_s) + 1,
        )
        return ChartView(spec, caption)


# -- helpers ------------------------------------------------------------------------------------


def _sport_bars(
    t: Translator, view: WeekPlan, activities: Sequence[Activity], day: date
) -> tuple[SportBar, ...]:
    """Per sport: planned minutes, done minutes and the worst compliance colour of the
    day's sessions of that sport (science.session_compliance); work done without a
    planned session is a blue bar of its own."""
    by_id = {a.id: a for a in activities}
    planned: dict[str, list[float]] = {}
    done: dict[str, float] = {}
    colors: dict[str, list[DayColor]] = {}
    matched: set[int] = set()
    for item in view.sessions:
        session, outcome = item.session, item.outcome
        if session.date != day or outcome.status is SessionStatus.MOVED:
            continue
        sport = session.sport.value
        planned.setdefault(sport, []).append(session.duration_s / 60)
        activity = by_id.get(outcome.matched_activity_id or -1)
        if activity is not None:
            matched.add(activity.id)
            done[sport] = done.get(sport, 0.0) + (activity.duration_s or 0.0) / 60
        amounts = SessionAmounts(
            duration_s=float(session.duration_s) or None,
            distance_m=float(session.distance_m) if session.distance_m else None,
            load=session.load or None,
        )
        if day > view.context.today and activity is None:
            color = DayColor.GREY
        elif day == view.context.today and activity is None and outcome.status not in _DONE:
            color = DayColor.GREY  # today's session may still happen
        elif amounts.duration_s or amounts.distance_m or amounts.load:
            done_amounts = None
            if activity is not None:
                load = activity.fields.load
                done_amounts = SessionAmounts(
                    duration_s=activity.duration_s or 0.0,
                    distance_m=activity.fields.distance_m or 0.0,
                    load=load.value if load is not None else 0.0,
                )
            color = _COMPLIANCE[session_compliance(amounts, done_amounts).color.value]
        else:
            color = DayColor.GREY
        colors.setdefault(sport, []).append(color)
    bars = [
        SportBar(
            t(f"chart-sport-{sport}"),
            sum(minutes),
            done.get(sport, 0.0),
            _worst(colors.get(sport, [])),
        )
        for sport, minutes in planned.items()
    ]
    extra: dict[str, float] = {}
    for activity in activities:
        if activity.local_date == day and activity.id not in matched:
            extra[activity.fields.sport] = (
                extra.get(activity.fields.sport, 0.0) + (activity.duration_s or 0.0) / 60
            )
    bars += [
        SportBar(t(f"chart-sport-{sport}"), 0.0, minutes, DayColor.BLUE)
        for sport, minutes in extra.items()
    ]
    return tuple(bars)


def _worst(colors: Sequence[DayColor]) -> DayColor:
    for color in (DayColor.RED, DayColor.YELLOW, DayColor.GREEN):
        if color in colors:
            return color
    return DayColor.GREY


@dataclass(frozen=True, slots=True)
class _ActivityLabels:
    power: str
    watts: str
    heart_rate: str
    bpm: str
    pace: str
    run_pace_unit: str
    swim_pace_unit: str
    units: Units
    words: Words

    @classmethod
    def of(cls, t: Translator, units: Units, title: str) -> _ActivityLabels:
        imperial = units is Units.IMPERIAL
        base = words(t, "activity", ("minutes_axis",))
        return cls(
            units=units,
            words=Words(base.locale, (*base.pairs, ("title", title))),
            power=t("chart-activity-power"),
            watts=t("chart-activity-watts"),
            heart_rate=t("chart-activity-heart-rate"),
            bpm=t("chart-activity-bpm"),
            pace=t("chart-activity-pace"),
            run_pace_unit=t("chart-unit-per-mile" if imperial else "chart-unit-per-km"),
            swim_pace_unit=t("chart-unit-per-100yd" if imperial else "chart-unit-per-100m"),
        )


def _activity_spec(
    file_name: str,
    data: bytes,
    file_index: int,
    thresholds: AthleteThresholds,
    labels: _ActivityLabels,
) -> ActivityChart | None:
    """Parse the original file again and put its channels on one time axis (pure,
    CPU-bound: runs in a worker thread)."""
    try:
        parsed = parse_upload(file_name, data).activities
    except DamagedFileError as error:
        parsed = error.partial
    source = next((a for a in parsed if a.file_index == file_index), None)
    if source is None:
        return None
    return activity_chart(source, thresholds, labels)


def activity_chart(
    source: ParsedActivity, thresholds: AthleteThresholds, labels: _ActivityLabels
) -> ActivityChart | None:
    streams = one_hertz(source)
    sport = science_sport(source.sport)
    sets = zone_sets(sport, thresholds)
    length = max(
        (s.values.size for s in (streams.power, streams.heart_rate, streams.speed) if s),
        default=0,
    )
    if length < ACTIVITY_MIN_SECONDS:
        return None
    # 5 s means smooth a long session; a run of a minute or two is drawn second by second
    # (a 57 s Fenix run used to be refused as "no time series").
    step = max(min(5, length // 60) or 1, math.ceil(length / ACTIVITY_POINTS))
    panels: list[ActivityPanel] = []
    for stream, title, unit, metric in (
        (streams.power, labels.power, labels.watts, "power"),
        (streams.heart_rate, labels.heart_rate, labels.bpm, "heart_rate"),
    ):
        if stream is not None and stream.valid_seconds > 0:
            values = _means(stream.values, step)
            panels.append(ActivityPanel(title, unit, values, _bands(sets.get(metric))))
    swim = sport.value == "swim"
    if streams.speed is not None and streams.speed.valid_seconds > 0 and sport.value != "bike":
        per = (
            (100 * YARD_M if labels.units is Units.IMPERIAL else 100.0)
            if swim
            else (MILE_M if labels.units is Units.IMPERIAL else 1000.0)
        )
        # Pace zones are stored per km / per 100 m: scaled to the athlete's distance.
        scale = per / (100.0 if swim else 1000.0)
        speeds = _means(streams.speed.values, step)
        paces = tuple(per / v if v is not None and v > 0.3 else None for v in speeds)
        zones = sets.get("swim_pace" if swim else "run_pace")
        panels.append(
            ActivityPanel(
                labels.pace,
                labels.swim_pace_unit if swim else labels.run_pace_unit,
                paces,
                _bands(zones, scale=scale),
                inverted=True,
                is_pace=True,
            )
        )
    if not panels:
        return None
    laps = _lap_starts(source)
    return ActivityChart(labels.words, float(step), tuple(panels), laps)


def _means(values: np.ndarray, step: int) -> tuple[float | None, ...]:
    count = values.size // step
    if count == 0:
        return ()
    blocks = values[: count * step].reshape(count, step)
    valid = ~np.isnan(blocks)
    sums = np.where(valid, blocks, 0.0).sum(axis=1)
    counts = valid.sum(axis=1)
    return tuple(
        round(float(s / c), 1) if c > 0 else None for s, c in zip(sums, counts, strict=True)
    )


def _bands(zones: ZoneSet | None, *, scale: float = 1.0) -> tuple[ZoneBand, ...]:
    if zones is None:
        return ()
    bands = []
    for zone in zones.zones:
        low = zone.lower * scale
        high = zone.upper * scale if zone.upper is not None else math.inf
        bands.append(ZoneBand(f"Z{zone.label}", min(low, high), max(low, high)))
    return tuple(bands)


def _lap_starts(source: ParsedActivity) -> tuple[float, ...]:
    """Where each lap after the first starts, in seconds from the start."""
    starts: list[float] = []
    elapsed = 0.0
    for lap in source.laps[:-1]:
        if lap.start is not None and source.start_time is not None and lap.elapsed_s:
            elapsed = (lap.start - source.start_time).total_seconds() + lap.elapsed_s
        else:
            elapsed += lap.elapsed_s or lap.timer_s or 0.0
        starts.append(round(elapsed, 1))
    return tuple(s for s in starts if s > 0)
