"""Choosing the best available load method for a session.

Order (sport-aware): bike — power > heart rate > session RPE; run — pace > heart rate >
session RPE; swim — swim pace > heart rate > session RPE; strength and other — heart rate >
session RPE. A method is available when its data AND its threshold are known; power and pace
streams need at least 30 s of data (one full NP window).

Two kinds of data only look usable, and both are said in ``assumptions``:

* a power channel that is zero all the way through is a meter that recorded nothing (a
  dead battery, a pedal not paired), not four hours of coasting: the next method scores
  the session (``power_all_zero``);
* a stream that covers only part of the timer time would score only that part. From
  ``MIN_COVERAGE`` of the time up, the load is scaled to the whole duration at the
  intensity of the part recorded (``scaled_partial:<percent covered>``); below it the
  next method scores the session (``<method>_partial:<percent>``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from bot.coach.science.errors import InsufficientDataError, require_non_negative
from bot.coach.science.load import (
    ROLLING_WINDOW_S,
    LoadMethod,
    SessionLoad,
    heart_rate_load,
    heart_rate_load_from_average,
    power_load,
    rpe_load,
    run_load,
    run_load_from_summary,
    swim_load,
)
from bot.coach.science.streams import Stream
from bot.coach.science.thresholds import AthleteThresholds
from bot.coach.science.units import Sport


@dataclass(frozen=True, slots=True, eq=False)
class SessionData:
    """What is known about one done session. Streams are 1 Hz (see ``streams.resample``);
    ``duration_s`` is moving (timer) time; ``rpe`` is Foster's CR-10 (0–10)."""

    sport: Sport
    duration_s: float
    power: Stream | None = None
    speed: Stream | None = None
    altitude: Stream | None = None
    heart_rate: Stream | None = None
    distance_m: float | None = None
    avg_hr_bpm: float | None = None
    rpe: float | None = None


_ORDER: dict[Sport, tuple[LoadMethod, ...]] = {
    Sport.BIKE: (LoadMethod.POWER, LoadMethod.HEART_RATE, LoadMethod.SESSION_RPE),
    Sport.RUN: (LoadMethod.PACE, LoadMethod.HEART_RATE, LoadMethod.SESSION_RPE),
    Sport.SWIM: (LoadMethod.SWIM_PACE, LoadMethod.HEART_RATE, LoadMethod.SESSION_RPE),
    Sport.STRENGTH: (LoadMethod.HEART_RATE, LoadMethod.SESSION_RPE),
    Sport.OTHER: (LoadMethod.HEART_RATE, LoadMethod.SESSION_RPE),
}


def load_methods_for(sport: Sport) -> tuple[LoadMethod, ...]:
    """The methods tried for ``sport``, best first."""
    return _ORDER[sport]


# Streams covering at least this share of the timer time are scaled to the whole of it.
MIN_COVERAGE = 0.5
# Above this share a stream is the whole workout (auto-pause and rounding leave gaps).
FULL_COVERAGE = 0.95


def session_load(session: SessionData, thresholds: AthleteThresholds) -> SessionLoad:
    """The load of ``session`` by the best method its data and thresholds allow."""
    require_non_negative("duration", session.duration_s, "s")
    notes: list[str] = []
    for method in _ORDER[session.sport]:
        result = _whole(method, _try(method, session, thresholds, notes), session, notes)
        if result is not None:
            return replace(result, assumptions=(*result.assumptions, *notes)) if notes else result
    raise InsufficientDataError(
        f"cannot compute the load of this {session.sport.value} session: it needs "
        + " or ".join(_NEEDS[m] for m in _ORDER[session.sport])
    )


_NEEDS = {
    LoadMethod.POWER: "power data and an FTP",
    LoadMethod.PACE: "speed or distance and a threshold pace",
    LoadMethod.SWIM_PACE: "distance and a CSS",
    LoadMethod.HEART_RATE: "heart rate with resting HR, HRmax and LTHR",
    LoadMethod.SESSION_RPE: "an RPE",
}


def _whole(
    method: LoadMethod, result: SessionLoad | None, s: SessionData, notes: list[str]
) -> SessionLoad | None:
    """``result`` as the load of the whole session: a stream-based load that covers part
    of the timer time is scaled up to it, or refused below ``MIN_COVERAGE``."""
    if result is None or method is LoadMethod.SESSION_RPE or s.duration_s <= 0:
        return result
    coverage = result.duration_s / s.duration_s
    if coverage >= FULL_COVERAGE:
        return result
    percent = round(coverage * 100)
    if coverage < MIN_COVERAGE:
        notes.append(f"{method.value}_partial:{percent}")
        return None
    # TSS = hours × IF² × 100 (Allen & Coggan 2010) over the whole time at the IF recorded.
    return replace(
        result,
        value=result.value * s.duration_s / result.duration_s,
        duration_s=s.duration_s,
        trimp=result.trimp * s.duration_s / result.duration_s if result.trimp else result.trimp,
        assumptions=(*result.assumptions, f"scaled_partial:{percent}"),
    )


def _try(
    method: LoadMethod, s: SessionData, t: AthleteThresholds, notes: list[str]
) -> SessionLoad | None:
    if method is LoadMethod.POWER:
        power = s.power
        if t.ftp_w is None or power is None or not _enough(power):
            return None
        if not np.any(power.values > 0.0):  # NaN compares False: pauses are not power
            notes.append("power_all_zero")
            return None
        return power_load(power, t.ftp_w)
    if method is LoadMethod.PACE:
        return _pace(s, t)
    if method is LoadMethod.SWIM_PACE:
        if t.css is not None and s.distance_m is not None and s.duration_s > 0:
            return swim_load(s.distance_m, s.duration_s, t.css)
        return None
    if method is LoadMethod.HEART_RATE:
        return _heart_rate(s, t)
    if s.rpe is not None:
        return rpe_load(s.rpe, s.duration_s)
    return None


def _pace(s: SessionData, t: AthleteThresholds) -> SessionLoad | None:
    if t.run_threshold_speed is None:
        return None
    speed = s.speed
    if speed is not None and _enough(speed) and (_covers(speed, s) or s.distance_m is None):
        return run_load(speed, t.run_threshold_speed, s.altitude)
    if s.distance_m is not None and s.duration_s > 0:
        return run_load_from_summary(s.distance_m, s.duration_s, t.run_threshold_speed)
    return None


def _heart_rate(s: SessionData, t: AthleteThresholds) -> SessionLoad | None:
    rest, top, lthr = t.hr_rest_bpm, t.hr_max_bpm, t.lthr_bpm
    if rest is None or top is None or lthr is None:
        return None
    stream = s.heart_rate
    if (
        stream is not None
        and stream.valid_seconds > 0
        and (_covers(stream, s) or s.avg_hr_bpm is None)
    ):
        return heart_rate_load(stream, hr_rest_bpm=rest, hr_max_bpm=top, lthr_bpm=lthr, sex=t.sex)
    if s.avg_hr_bpm is not None:
        return heart_rate_load_from_average(
            s.avg_hr_bpm, s.duration_s, hr_rest_bpm=rest, hr_max_bpm=top, lthr_bpm=lthr, sex=t.sex
        )
    return None


def _covers(stream: Stream, s: SessionData) -> bool:
    """Whether ``stream`` covers enough of the timer time to stand for the whole session
    (else the session's own summary — distance, average HR — is the better source)."""
    return s.duration_s <= 0 or stream.valid_seconds >= MIN_COVERAGE * s.duration_s


def _enough(stream: Stream) -> bool:
    return stream.valid_seconds >= ROLLING_WINDOW_S
