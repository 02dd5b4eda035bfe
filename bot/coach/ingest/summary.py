"""Summary values computed from the streams, for files that do not carry their own.

These are fallbacks: a FIT session message, or TCX lap totals, always win. They are
not training load (that is the science core's job), only distance, time, ascent and
plain averages. Every constant here was checked against the device totals of the
FIT files in ``shared/fixtures/activities`` (see the ingest tests).
"""

from __future__ import annotations

import math

import numpy as np

from bot.coach.ingest.model import DeviceSummary, FloatArray, Streams

# A gap between samples longer than this is a pause (auto-pause or a stopped timer).
# Used as timer time where the file has no timer of its own (GPX, TCX without laps),
# and to cap each sample's weight in time-weighted averages.
PAUSE_GAP_S = 60.0

# Mean Earth radius (IUGG), metres, for the haversine distance between fixes.
EARTH_RADIUS_M = 6_371_008.8

# Ascent: a centred moving average over this many samples, then a hysteresis of
# ASCENT_HYSTERESIS_M. Calibrated on three Garmin devices' own totals (Edge 500:
# -11 %, Edge 810: -1 %, fenix 2: 0 %); raw sums of positive steps overcount GPS
# and barometer noise by up to 4x (fenix 2: 257 m against the device's 64 m).
ASCENT_SMOOTHING_SAMPLES = 9
ASCENT_HYSTERESIS_M = 1.0
# Altitude steps faster than this (m/s, up or down) are sensor artefacts, e.g. a
# barometer settling at the start (the cross-country skiing TCX "climbs" 1000 m in
# 10 s); they are dropped before summing.
MAX_VERTICAL_SPEED_M_S = 5.0


def _finite(values: FloatArray | None) -> FloatArray | None:
    if values is None:
        return None
    kept = values[~np.isnan(values)]
    return kept if kept.size else None


def elapsed_s(time: FloatArray | None) -> float | None:
    """From the activity's start (time 0) to the last sample."""
    kept = _finite(time)
    if kept is None:
        return None
    return float(max(float(kept.max()), 0.0) - min(float(kept.min()), 0.0))


def timer_from_gaps(time: FloatArray | None) -> float | None:
    """Elapsed time minus gaps longer than ``PAUSE_GAP_S``."""
    kept = _finite(time)
    if kept is None:
        return None
    steps = np.diff(kept)
    return float(steps[(steps > 0) & (steps <= PAUSE_GAP_S)].sum())


def sample_weights(time: FloatArray | None, length: int) -> FloatArray:
    """Seconds each sample stands for (until the next one, pauses capped).

    Devices average over time, not over samples; with "smart recording" the samples
    are irregular, so a plain sample mean drifts (fenix 5 run: 85 bpm vs 89 weighted
    vs the device's 90).
    """
    if time is None or length < 2:
        return np.ones(length)
    weights = np.empty(length)
    steps = weights[:-1]
    np.subtract(time[1:], time[:-1], out=steps)
    np.minimum(steps, PAUSE_GAP_S, out=steps)
    steps[~(steps >= 0)] = 0.0  # NaN (a sample without time) or time going back
    weights[-1] = 0.0
    if not weights.any():
        return np.ones(length)
    return weights


def weighted_mean(values: FloatArray | None, weights: FloatArray) -> float | None:
    if values is None:
        return None
    mask = ~np.isnan(values) & (weights > 0)
    total = float(weights[mask].sum())
    if total <= 0:
        return None
    return float((values[mask] * weights[mask]).sum() / total)


def maximum(values: FloatArray | None) -> float | None:
    kept = _finite(values)
    return None if kept is None else float(kept.max())


def distance_span(distance: FloatArray | None) -> float | None:
    """Cumulative distance covered: last minus first finite value."""
    kept = _finite(distance)
    if kept is None:
        return None
    return float(kept[-1] - kept[0]) if kept.size > 1 else float(kept[0])


def cumulative_distance(
    lat: FloatArray, lon: FloatArray, breaks: FloatArray | None = None
) -> FloatArray:
    """Haversine distance along the fixes, metres, starting at 0.

    ``breaks`` (bool per sample) marks samples that start a new segment: the step
    into them is not counted (GPX track segments and separate tracks).
    Missing fixes add nothing.
    """
    phi = np.radians(lat)
    lam = np.radians(lon)
    dphi = np.diff(phi)
    dlam = np.diff(lam)
    a = np.sin(dphi / 2) ** 2 + np.cos(phi[:-1]) * np.cos(phi[1:]) * np.sin(dlam / 2) ** 2
    steps = 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    # A step from or to a missing fix counts nothing; so does the first step of a
    # new segment.
    steps = np.where(np.isnan(steps), 0.0, steps)
    if breaks is not None:
        steps = np.where(breaks[1:].astype(bool), 0.0, steps)
    return np.concatenate(([0.0], np.cumsum(steps)))


def ascent_descent(
    altitude: FloatArray | None, time: FloatArray | None
) -> tuple[float | None, float | None]:
    if altitude is None:
        return None, None
    mask = ~np.isnan(altitude)
    alt = altitude[mask]
    if alt.size < 2:
        return None, None
    steps = np.diff(alt)
    if time is not None:
        dt = np.diff(time[mask])
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = np.abs(steps) / dt
        # NaN dt (no time) keeps the step; a zero dt with a jump drops it.
        steps = np.where(rate > MAX_VERTICAL_SPEED_M_S, 0.0, steps)
    alt = np.concatenate(([alt[0]], alt[0] + np.cumsum(steps)))
    alt = _moving_average(alt, ASCENT_SMOOTHING_SAMPLES)
    return _hysteresis_sums(alt, ASCENT_HYSTERESIS_M)


def _moving_average(values: FloatArray, window: int) -> FloatArray:
    if values.size < window:
        return values
    padded = np.pad(values, (window // 2, window - 1 - window // 2), mode="edge")
    return np.convolve(padded, np.ones(window) / window, mode="valid")


def _hysteresis_sums(alt: FloatArray, threshold: float) -> tuple[float, float]:
    # A pure-Python loop over floats: altitude series are at most ~100k samples and
    # this runs once per file.
    up = down = 0.0
    reference = float(alt[0])
    for value in alt[1:].tolist():
        change = value - reference
        if change >= threshold:
            up += change
            reference = value
        elif change <= -threshold:
            down -= change
            reference = value
    return up, down


def computed_summary(streams: Streams, known: DeviceSummary | None = None) -> DeviceSummary:
    """What the streams alone say, in the shape of a device summary, for merging.

    Only the fields ``known`` (the device's own summary) lacks are computed: a FIT
    file with a session message costs no extra passes over its streams.
    """

    def wanted(*names: str) -> bool:
        return known is None or any(getattr(known, name) is None for name in names)

    time = streams.time
    values: dict[str, float | None] = {}
    if wanted("elapsed_s"):
        values["elapsed_s"] = elapsed_s(time)
    if wanted("timer_s", "avg_speed"):
        values["timer_s"] = timer_from_gaps(time)
    if wanted("distance_m", "avg_speed"):
        values["distance_m"] = distance_span(streams.distance)
    if wanted("ascent_m", "descent_m"):
        values["ascent_m"], values["descent_m"] = ascent_descent(streams.altitude, time)
    cadence = streams.cadence
    if cadence is not None and wanted("avg_cadence"):
        # Zeros are coasting/standing, excluded as Garmin does by default
        # (Edge 500: 88.5 rpm without zeros, 70.1 with, device 88).
        cadence = np.where(cadence > 0, cadence, math.nan)
    averages = {
        name: channel
        for name, channel in (
            ("avg_hr", streams.heart_rate),
            ("avg_power", streams.power),
            ("avg_cadence", cadence),
        )
        if channel is not None and wanted(name)
    }
    weights: FloatArray | None = None
    if averages or (wanted("avg_speed") and streams.speed is not None):
        weights = sample_weights(time, streams.length)
    for name, channel in averages.items():
        values[name] = weighted_mean(channel, weights) if weights is not None else None
    if wanted("avg_speed"):
        # Devices report distance over timer time; a mean of the speed samples
        # would count the stops.
        distance, timer = values.get("distance_m"), values.get("timer_s")
        if distance is not None and timer:
            values["avg_speed"] = distance / timer
        elif weights is not None:
            values["avg_speed"] = weighted_mean(streams.speed, weights)
    if wanted("max_hr"):
        values["max_hr"] = maximum(streams.heart_rate)
    if wanted("max_power"):
        values["max_power"] = maximum(streams.power)
    if wanted("max_speed"):
        values["max_speed"] = maximum(streams.speed)
    return DeviceSummary(**values)


def prefer(device: float | None, computed: float | None) -> float | None:
    """The device's value when it has one, else ours."""
    return device if device is not None else computed
