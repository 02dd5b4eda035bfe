"""Choosing the best available load method for a session.

Order (sport-aware): bike — power > heart rate > session RPE; run — pace > heart rate >
session RPE; swim — swim pace > heart rate > session RPE; strength and other — heart rate >
session RPE. A method is available when its data AND its threshold are known; power and pace
streams need at least 30 s of data (one full NP window).
"""

from __future__ import annotations

from dataclasses import dataclass

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


def session_load(session: SessionData, thresholds: AthleteThresholds) -> SessionLoad:
    """The load of ``session`` by the best method its data and thresholds allow."""
    require_non_negative("duration", session.duration_s, "s")
    for method in _ORDER[session.sport]:
        result = _try(method, session, thresholds)
        if result is not None:
            return result
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


def _try(method: LoadMethod, s: SessionData, t: AthleteThresholds) -> SessionLoad | None:
    if method is LoadMethod.POWER:
        power = s.power
        if t.ftp_w is not None and power is not None and _enough(power):
            return power_load(power, t.ftp_w)
        return None
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
    if speed is not None and _enough(speed):
        return run_load(speed, t.run_threshold_speed, s.altitude)
    if s.distance_m is not None and s.duration_s > 0:
        return run_load_from_summary(s.distance_m, s.duration_s, t.run_threshold_speed)
    return None


def _heart_rate(s: SessionData, t: AthleteThresholds) -> SessionLoad | None:
    rest, top, lthr = t.hr_rest_bpm, t.hr_max_bpm, t.lthr_bpm
    if rest is None or top is None or lthr is None:
        return None
    if s.heart_rate is not None and s.heart_rate.valid_seconds > 0:
        return heart_rate_load(
            s.heart_rate, hr_rest_bpm=rest, hr_max_bpm=top, lthr_bpm=lthr, sex=t.sex
        )
    if s.avg_hr_bpm is not None:
        return heart_rate_load_from_average(
            s.avg_hr_bpm, s.duration_s, hr_rest_bpm=rest, hr_max_bpm=top, lthr_bpm=lthr, sex=t.sex
        )
    return None


def _enough(stream: Stream) -> bool:
    return stream.valid_seconds >= ROLLING_WINDOW_S
