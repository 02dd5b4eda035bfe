"""From a parsed activity to what Tempo stores: load, normalised power, time in zones.

The bridge between the parser (which computes no load) and the science core: streams
are put on a 1 Hz axis with ``science.resample`` (short gaps interpolated, pauses left
empty, spikes dropped), then ``science.session_load`` picks the best method the data and
the thresholds *of the activity's own day* allow (power > pace > heart rate > session
RPE). Pure and CPU-bound: the service runs it in a worker thread with the parse.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from datetime import date, datetime
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt

from bot.coach.ingest.model import ParsedActivity
from bot.coach.ingest.model import Sport as IngestSport
from bot.coach.science import (
    AthleteThresholds,
    Channel,
    LoadMethod,
    PaceUnit,
    ScienceError,
    SessionData,
    SessionLoad,
    Stream,
    ZoneSet,
    apply_zone_overrides,
    hr_zones_friel_bike,
    hr_zones_friel_run,
    hr_zones_karvonen,
    hr_zones_percent_max,
    normalized_power,
    power_zones_coggan,
    resample,
    run_pace_zones_friel,
    session_load,
    swim_pace_zones_css,
    time_in_pace_zones,
    time_in_zones,
    training_stress_score,
)
from bot.coach.science import Sport as ScienceSport
from bot.coach.science.streams import MAX_INTERPOLATED_GAP_S
from bot.domain.activities import (
    ActivityFields,
    ActivityLoad,
    ActivitySource,
    LapRecord,
    ZoneSeconds,
    ZoneTimes,
)

_SCIENCE_SPORT = {
    IngestSport.RUN: ScienceSport.RUN,
    IngestSport.BIKE: ScienceSport.BIKE,
    IngestSport.SWIM: ScienceSport.SWIM,
    IngestSport.STRENGTH: ScienceSport.STRENGTH,
}


def science_sport(sport: str) -> ScienceSport:
    """Walks, hikes, skiing and rowing have no pace or power model: HR or RPE only."""
    try:
        return _SCIENCE_SPORT.get(IngestSport(sport), ScienceSport.OTHER)
    except ValueError:
        return ScienceSport.OTHER


@dataclass(frozen=True, slots=True, eq=False)
class OneHertz:
    """The activity's channels on one 1 Hz axis (None where not recorded)."""

    power: Stream | None = None
    heart_rate: Stream | None = None
    speed: Stream | None = None
    altitude: Stream | None = None


@dataclass(frozen=True, slots=True)
class ActivityMetrics:
    load: SessionLoad | None
    normalized_power: float | None
    zones: tuple[ZoneTimes, ...]


def one_hertz(activity: ParsedActivity) -> OneHertz:
    """Resample the recorded channels to 1 Hz; an unusable channel is left out."""
    streams = activity.streams
    if streams.time is None or streams.length == 0:
        return OneHertz()
    times = streams.time
    keep = np.isfinite(times)
    if np.count_nonzero(keep) < 2:
        return OneHertz()
    times = times[keep]
    # Out of order: sort rather than refuse the file.
    order = np.argsort(times, kind="stable") if np.any(np.diff(times) < 0) else None
    sport = science_sport(activity.sport)

    def channel(values: npt.NDArray[np.float64] | None, which: Channel) -> Stream | None:
        if values is None:
            return None
        picked = values[keep] if order is None else values[keep][order]
        axis = times if order is None else times[order]
        if not np.any(np.isfinite(picked)):
            return None
        try:
            return resample(axis, picked, which, sport)
        except ScienceError:
            return None

    speed = channel(streams.speed, Channel.SPEED)
    if speed is None and streams.distance is not None:
        speed = _speed_from_distance(times, streams.distance[keep], order, sport)
    return OneHertz(
        power=channel(streams.power, Channel.POWER),
        heart_rate=channel(streams.heart_rate, Channel.HEART_RATE),
        speed=speed,
        altitude=channel(streams.altitude, Channel.ALTITUDE),
    )


def _speed_from_distance(
    times: npt.NDArray[np.float64],
    distance: npt.NDArray[np.float64],
    order: npt.NDArray[np.intp] | None,
    sport: ScienceSport,
) -> Stream | None:
    """Speed from cumulative distance (GPX has no speed): metres per second between
    samples, spread over the seconds between them; gaps longer than the interpolation
    limit are pauses and stay empty."""
    if order is not None:
        times, distance = times[order], distance[order]
    ok = np.isfinite(distance)
    times, distance = times[ok], distance[ok]
    if times.size < 2:
        return None
    offsets = np.rint(times - times[0]).astype(np.int64)
    length = int(offsets[-1]) + 1
    grid = np.full(length, np.nan)
    steps = np.diff(offsets)
    moved = np.diff(distance)
    for start, step, metres in zip(offsets[:-1], steps, moved, strict=True):
        if 0 < step <= MAX_INTERPOLATED_GAP_S and metres >= 0:
            grid[start + 1 : start + step + 1] = metres / step
    if not np.any(np.isfinite(grid)):
        return None
    try:
        return resample(None, grid, Channel.SPEED, sport)
    except ScienceError:
        return None


def compute_metrics(
    activity: ParsedActivity,
    thresholds: AthleteThresholds,
    *,
    rpe: float | None = None,
    duration_s: float | None = None,
) -> ActivityMetrics:
    """Load, NP and time in zones of ``activity`` with the thresholds of its day.

    ``duration_s`` stands in for a track without timestamps (the athlete said how long).
    """
    streams = one_hertz(activity)
    seconds = duration_s or activity.timer_s or activity.elapsed_s or 0.0
    sport = science_sport(activity.sport)
    # The records of a salvaged file may cover minutes of an hour the device's
    # summary describes: the load then comes from the summary (average HR, distance
    # over the whole time), not from the few minutes recorded.
    whole = covers_summary(activity)
    data = SessionData(
        sport=sport,
        duration_s=seconds,
        power=streams.power if whole else None,
        speed=streams.speed if sport is not ScienceSport.SWIM and whole else None,
        altitude=streams.altitude if whole else None,
        heart_rate=streams.heart_rate if whole else None,
        distance_m=activity.distance_m,
        avg_hr_bpm=activity.avg_hr,
        rpe=rpe,
    )
    np_w = None
    if streams.power is not None and streams.power.valid_seconds >= 30:
        np_w = normalized_power(streams.power)
    return ActivityMetrics(
        load=best_load(data, thresholds),
        normalized_power=np_w,
        zones=zones_for(sport, streams, thresholds),
    )


# Records spanning less than this share of the device's own timer time do not stand
# for the whole workout.
MIN_RECORD_COVERAGE = 0.9


def covers_summary(activity: ParsedActivity) -> bool:
    """Whether the records span (nearly) the time the device's summary reports."""
    summary = activity.device_summary
    timer = summary.timer_s or summary.elapsed_s if summary is not None else None
    time = activity.streams.time
    if not timer or time is None or activity.streams.length < 2:
        return True
    finite = time[np.isfinite(time)]
    if finite.size < 2:
        return True
    return float(finite.max() - finite.min()) >= MIN_RECORD_COVERAGE * timer


def best_load(data: SessionData, thresholds: AthleteThresholds) -> SessionLoad | None:
    """The best load the data allow, or None when no method applies (no thresholds and
    no RPE yet: the RPE question after the workout fills it in)."""
    if data.duration_s <= 0:
        return None
    try:
        return session_load(data, thresholds)
    except ScienceError:
        return None


def summary_load(
    fields: ActivityFields, thresholds: AthleteThresholds, *, service_load: float | None = None
) -> ActivityLoad | None:
    """The load of an activity known by its summary alone (synced without a power stream,
    or scored again without its streams), best method first:

    * a ride's normalised power and the FTP: TSS = hours × (NP / FTP)² × 100 (Allen &
      Coggan 2010, "Training and Racing with a Power Meter");
    * what :func:`best_load` makes of distance, average HR and RPE: run pace rTSS, swim
      sTSS = hours × (speed / CSS)³ × 100 (TrainingPeaks), hrTSS from average HR
      (Banister TRIMP scaled to 60 min at LTHR = 100), session RPE (Foster 2001);
    * the service's own load (``service_load``: intervals.icu's training load);
    * otherwise None: the activity waits for thresholds (the RPE question fills it in).
    """
    seconds = fields.moving_s or fields.elapsed_s or 0.0
    if seconds <= 0:
        return None
    sport = science_sport(fields.sport)
    np_w, ftp = fields.normalized_power, thresholds.ftp_w
    if sport is ScienceSport.BIKE and np_w and ftp:
        with_power = _power_from_summary(np_w, ftp, seconds)
        if with_power is not None:
            return activity_load(with_power)
    data = SessionData(
        sport=sport,
        duration_s=seconds,
        distance_m=fields.distance_m,
        avg_hr_bpm=fields.avg_hr,
        rpe=fields.rpe,
    )
    found = activity_load(best_load(data, thresholds))
    if found is None and service_load is not None and service_load > 0:
        return ActivityLoad(round(service_load, 1), LoadMethod.SERVICE.value)
    return found


def _power_from_summary(np_w: float, ftp_w: float, seconds: float) -> SessionLoad | None:
    try:
        tss = training_stress_score(np_w, ftp_w, seconds)
    except ScienceError:
        return None
    return SessionLoad(
        tss, LoadMethod.POWER, seconds, np_w / ftp_w, normalized_power_w=np_w,
        assumptions=("np_from_summary",),
    )  # fmt: skip


def zone_sets(sport: ScienceSport, t: AthleteThresholds) -> dict[str, ZoneSet]:
    """The zone sets of the day's thresholds that apply to ``sport``: heart rate (Friel
    by sport from LTHR, else Karvonen, else % of HRmax), power (Coggan), pace (Friel run
    pace, CSS swim pace)."""
    sets: dict[str, ZoneSet] = {}
    try:
        if t.lthr_bpm is not None:
            model = hr_zones_friel_bike if sport is ScienceSport.BIKE else hr_zones_friel_run
            sets["heart_rate"] = model(t.lthr_bpm)
        elif t.hr_max_bpm is not None and t.hr_rest_bpm is not None:
            sets["heart_rate"] = hr_zones_karvonen(t.hr_rest_bpm, t.hr_max_bpm)
        elif t.hr_max_bpm is not None:
            sets["heart_rate"] = hr_zones_percent_max(t.hr_max_bpm)
        if t.ftp_w is not None and sport is ScienceSport.BIKE:
            sets["power"] = power_zones_coggan(t.ftp_w)
        if t.run_threshold_speed is not None and sport is ScienceSport.RUN:
            sets["run_pace"] = run_pace_zones_friel(t.run_threshold_speed, PaceUnit.PER_KM)
        if t.css is not None and sport is ScienceSport.SWIM:
            sets["swim_pace"] = swim_pace_zones_css(t.css, PaceUnit.PER_100M)
    except ScienceError:
        pass
    return {name: _with_overrides(zones, t) for name, zones in sets.items()}


def _with_overrides(zones: ZoneSet, t: AthleteThresholds) -> ZoneSet:
    """The athlete's or coach's custom zones win over the computed ones (domain.md); an
    override that no longer fits the day's computed zones is left out, as on the profile
    screen (``coach.profile.zones.effective_set``)."""
    overrides = dict(t.zone_overrides).get(zones.metric.value)
    if not overrides:
        return zones
    try:
        return apply_zone_overrides(zones, overrides)
    except ScienceError:
        return zones


def zones_for(
    sport: ScienceSport, streams: OneHertz, thresholds: AthleteThresholds
) -> tuple[ZoneTimes, ...]:
    out: list[ZoneTimes] = []
    for name, zones in zone_sets(sport, thresholds).items():
        if name == "heart_rate" and streams.heart_rate is not None:
            times = time_in_zones(zones, streams.heart_rate.values)
        elif name == "power" and streams.power is not None:
            times = time_in_zones(zones, streams.power.values)
        elif name in ("run_pace", "swim_pace") and streams.speed is not None:
            times = time_in_pace_zones(zones, streams.speed.values)
        else:
            continue
        if sum(z.seconds for z in times) <= 0:
            continue
        out.append(
            ZoneTimes(
                metric=zones.metric.value,
                model=zones.model,
                zones=tuple(ZoneSeconds(z.number, z.label, z.seconds) for z in times),
            )
        )
    # Power first on a bike, pace first on foot or in water: the metric that drives load.
    order = {"power": 0, "run_pace": 0, "swim_pace": 0, "heart_rate": 1}
    return tuple(sorted(out, key=lambda z: order.get(z.metric, 2)))


def activity_load(load: SessionLoad | None) -> ActivityLoad | None:
    if load is None:
        return None
    return ActivityLoad(
        value=round(load.value, 1),
        method=load.method.value,
        intensity_factor=(
            round(load.intensity_factor, 3) if load.intensity_factor is not None else None
        ),
        assumptions=load.assumptions,
    )


def local_date_of(start: datetime, timezone: str) -> date:
    """The athlete's calendar day at ``start`` (the day the load counts on)."""
    return start.astimezone(ZoneInfo(timezone)).date()


def _finite(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return float(value)


def activity_fields(
    activity: ParsedActivity,
    metrics: ActivityMetrics,
    *,
    timezone: str,
    local_date: date,
    duration_s: float | None = None,
    rpe: int | None = None,
) -> ActivityFields:
    """What to store for one parsed activity (``duration_s`` for an untimed track)."""
    summary = activity.device_summary
    device = (
        {
            f.name: getattr(summary, f.name)
            for f in fields(summary)
            if _finite(getattr(summary, f.name)) is not None
        }
        if summary is not None
        else {}
    )
    untimed = activity.start_time is None
    moving = duration_s if untimed else activity.timer_s
    avg_speed = _finite(activity.avg_speed)
    if avg_speed is None and moving and activity.distance_m:
        avg_speed = activity.distance_m / moving
    return ActivityFields(
        source=ActivitySource.FILE,
        sport=activity.sport.value,
        sub_sport=activity.sub_sport.value,
        local_date=local_date,
        start_time=activity.start_time,
        timezone=timezone,
        raw_sport=activity.raw_sport,
        name=activity.name,
        elapsed_s=_finite(activity.elapsed_s) if not untimed else duration_s,
        moving_s=_finite(moving),
        distance_m=_finite(activity.distance_m),
        ascent_m=_finite(activity.ascent_m),
        descent_m=_finite(activity.descent_m),
        avg_hr=_finite(activity.avg_hr),
        max_hr=_finite(activity.max_hr),
        avg_power=_finite(activity.avg_power),
        max_power=_finite(activity.max_power),
        normalized_power=_finite(metrics.normalized_power),
        avg_speed=avg_speed,
        avg_cadence=_finite(activity.avg_cadence),
        calories=_finite(activity.calories),
        load=activity_load(metrics.load),
        zones=metrics.zones,
        laps=tuple(
            LapRecord(
                start=lap.start,
                elapsed_s=_finite(lap.elapsed_s),
                timer_s=_finite(lap.timer_s),
                distance_m=_finite(lap.distance_m),
                avg_hr=_finite(lap.avg_hr),
                avg_power=_finite(lap.avg_power),
                max_hr=_finite(lap.max_hr),
            )
            for lap in activity.laps
        ),
        device_summary=device,
        warnings=tuple(w.value for w in activity.warnings),
        rpe=rpe,
        sha256=activity.sha256,
        file_index=activity.file_index,
        multisport_group=activity.multisport_group,
        leg_index=activity.leg_index,
        leg_count=activity.leg_count,
        untimed=untimed and duration_s is None,
    )
