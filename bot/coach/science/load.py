"""Session load, every method on one scale: TSS points, where 1 hour at threshold = 100.

Sources: NP/IF/TSS — Allen & Coggan, Training and Racing with a Power Meter (2010);
rTSS/NGP — McGregor, TrainingPeaks "Normalized Graded Pace" (2009); sTSS — TrainingPeaks
swim TSS; TRIMP — Banister (1991) in Morton, Fitz-Clarke & Banister, J Appl Physiol 69:1171
(1990); session RPE — Foster et al. 2001, J Strength Cond Res 15:109.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from bot.coach.science.errors import (
    InsufficientDataError,
    InvalidValueError,
    require_non_negative,
    require_positive,
    require_range,
)
from bot.coach.science.grade import grade_adjusted_speed
from bot.coach.science.limits import HEART_RATE_MAX_BPM, HEART_RATE_MIN_BPM, POWER_MAX_W
from bot.coach.science.streams import Stream
from bot.coach.science.thresholds import Sex

ROLLING_WINDOW_S = 30
# Banister's k: 1.92 for men, 1.67 for women; unknown sex uses their mean (1.795).
TRIMP_K = {Sex.MALE: 1.92, Sex.FEMALE: 1.67, Sex.UNKNOWN: (1.92 + 1.67) / 2}
# Session-RPE scaling: load = RPE × minutes × 100 / 420, so 60 min at CR-10 7 ("very hard",
# about threshold) = 100 like an hour at FTP. On the TSS curve (hours × IF² × 100) an hour at
# RPE 3/5/7 gives 43/71/100 against 42/72/100 for IF 0.65/0.85/1.00 (Coggan zones 2/3/4
# mid-points), so weeks mixing methods add up.
RPE_AT_THRESHOLD = 7.0
RPE_SCALE = 100.0 / (RPE_AT_THRESHOLD * 60.0)


class LoadMethod(StrEnum):
    POWER = "power"
    PACE = "pace"
    SWIM_PACE = "swim_pace"
    HEART_RATE = "heart_rate"
    SESSION_RPE = "session_rpe"
    # The service's own figure (intervals.icu's "training load": power TSS, hrTSS or pace
    # load with the athlete's settings there, https://intervals.icu/api/v1/docs), taken
    # only when none of Tempo's methods applies; replaced when one does.
    SERVICE = "service"


@dataclass(frozen=True, slots=True)
class SessionLoad:
    """A session's load in TSS points, with the method and the numbers behind it.

    ``normalized_speed_m_s`` is normalised graded speed for runs and mean speed for swims.
    ``assumptions`` holds codes such as ``"trimp_k_sex_unknown"``.
    """

    value: float
    method: LoadMethod
    duration_s: float
    intensity_factor: float | None = None
    normalized_power_w: float | None = None
    normalized_speed_m_s: float | None = None
    trimp: float | None = None
    assumptions: tuple[str, ...] = ()


def normalized_power(power: Stream | npt.ArrayLike) -> float:
    """NP: 30 s rolling mean, raised to the 4th power, averaged, 4th root (Coggan).

    First 30 s: only FULL 30 s windows count, so the first rolling value covers seconds
    1–30 and nothing is padded with zeros. Pauses (NaN) are cut out and the data on either
    side joined, as the device's timer does. Needs at least 30 s of power.
    """
    values = _valid(power)
    if values.size < ROLLING_WINDOW_S:
        raise InsufficientDataError(
            f"normalised power needs at least {ROLLING_WINDOW_S} s of power, got {values.size} s"
        )
    return _fourth_power_mean_root(_rolling_mean(values))


def training_stress_score(np_w: float, ftp_w: float, duration_s: float) -> float:
    """TSS = hours × IF² × 100 with IF = NP / FTP (Allen & Coggan 2010)."""
    power = require_range("normalised power", np_w, 0, POWER_MAX_W, "W")
    ftp = require_range("FTP", ftp_w, 1, POWER_MAX_W, "W")
    seconds = require_non_negative("duration", duration_s, "s")
    return seconds / 3600.0 * (power / ftp) ** 2 * 100.0


def power_load(power: Stream | npt.ArrayLike, ftp_w: float) -> SessionLoad:
    """TSS from a 1 Hz power stream; duration is the seconds that have power data."""
    values = _valid(power)
    np_w = normalized_power(values)
    ftp = require_range("FTP", ftp_w, 1, POWER_MAX_W, "W")
    tss = training_stress_score(np_w, ftp, float(values.size))
    return SessionLoad(
        tss, LoadMethod.POWER, float(values.size), np_w / ftp, normalized_power_w=np_w
    )


def normalized_graded_speed(
    speed: Stream | npt.ArrayLike, altitude: Stream | npt.ArrayLike | None = None
) -> float:
    """NGP as a speed: grade-adjusted (Minetti 2002) then normalised like NP (30 s rolling
    mean, 4th-power mean, 4th root), as TrainingPeaks describes NGP (McGregor 2009)."""
    raw = _array(speed)
    alt = None if altitude is None else _array(altitude)
    graded = grade_adjusted_speed(raw, alt)
    values = graded[~np.isnan(graded)]
    if values.size < ROLLING_WINDOW_S:
        raise InsufficientDataError(
            f"normalised graded pace needs at least {ROLLING_WINDOW_S} s of speed, "
            f"got {values.size} s"
        )
    return _fourth_power_mean_root(_rolling_mean(values))


def run_load(
    speed: Stream | npt.ArrayLike,
    threshold_speed_m_s: float,
    altitude: Stream | npt.ArrayLike | None = None,
) -> SessionLoad:
    """rTSS = hours × IF² × 100, IF = NGP speed / threshold speed (McGregor 2009)."""
    threshold = require_range("threshold speed", threshold_speed_m_s, 0.5, 12.5, "m/s")
    ngs = normalized_graded_speed(speed, altitude)
    seconds = float(np.count_nonzero(~np.isnan(_array(speed))))
    intensity = ngs / threshold
    assumptions = () if altitude is not None else ("pace_not_grade_adjusted",)
    return SessionLoad(
        seconds / 3600.0 * intensity**2 * 100.0,
        LoadMethod.PACE,
        seconds,
        intensity,
        normalized_speed_m_s=ngs,
        assumptions=assumptions,
    )


def run_load_from_summary(
    distance_m: float, duration_s: float, threshold_speed_m_s: float
) -> SessionLoad:
    """rTSS from distance and moving time only (no stream: mean speed, no grade)."""
    seconds = require_positive("duration", duration_s, "s")
    distance = require_non_negative("distance", distance_m, "m")
    threshold = require_range("threshold speed", threshold_speed_m_s, 0.5, 12.5, "m/s")
    intensity = distance / seconds / threshold
    return SessionLoad(
        seconds / 3600.0 * intensity**2 * 100.0,
        LoadMethod.PACE,
        seconds,
        intensity,
        normalized_speed_m_s=distance / seconds,
        assumptions=("pace_from_summary",),
    )


def swim_load(distance_m: float, duration_s: float, css_m_s: float) -> SessionLoad:
    """sTSS = hours × IF³ × 100, IF = mean speed / CSS (TrainingPeaks swim TSS; cubed because
    drag, and so the power needed, rises with the cube of speed in water)."""
    seconds = require_positive("duration", duration_s, "s")
    distance = require_non_negative("distance", distance_m, "m")
    css = require_range("CSS", css_m_s, 0.2, 3.0, "m/s")
    speed = distance / seconds
    if speed > 3.0:
        raise InvalidValueError(
            f"{distance:g} m in {seconds:g} s is {speed:.2f} m/s, faster than any swimmer"
        )
    intensity = speed / css
    return SessionLoad(
        seconds / 3600.0 * intensity**3 * 100.0,
        LoadMethod.SWIM_PACE,
        seconds,
        intensity,
        normalized_speed_m_s=speed,
    )


def heart_rate_load(
    heart_rate: Stream | npt.ArrayLike,
    *,
    hr_rest_bpm: float,
    hr_max_bpm: float,
    lthr_bpm: float,
    sex: Sex = Sex.UNKNOWN,
) -> SessionLoad:
    """hrTSS: Banister TRIMP summed second by second, scaled so 60 min at LTHR = 100.

    TRIMP = minutes × HRr × 0.64 × e^(k·HRr), HRr = (HR − rest) / (max − rest), floored at
    0 (HR below resting adds nothing). k by sex, the mean of both when unknown.
    """
    values = _valid(heart_rate)
    if values.size == 0:
        raise InsufficientDataError("the heart-rate stream has no valid samples")
    params = _hr_params(hr_rest_bpm, hr_max_bpm, lthr_bpm, sex)
    rest, top, _, k = params
    reserve = np.maximum((values - rest) / (top - rest), 0.0)
    trimp = float(np.sum(reserve * 0.64 * np.exp(k * reserve))) / 60.0
    return _hr_result(trimp, float(values.size), params, sex)


def heart_rate_load_from_average(
    avg_hr_bpm: float,
    duration_s: float,
    *,
    hr_rest_bpm: float,
    hr_max_bpm: float,
    lthr_bpm: float,
    sex: Sex = Sex.UNKNOWN,
) -> SessionLoad:
    """hrTSS from average HR (Banister's original session form) when there is no stream."""
    avg = require_range("average HR", avg_hr_bpm, HEART_RATE_MIN_BPM, HEART_RATE_MAX_BPM, "bpm")
    seconds = require_non_negative("duration", duration_s, "s")
    params = _hr_params(hr_rest_bpm, hr_max_bpm, lthr_bpm, sex)
    rest, top, _, k = params
    reserve = max((avg - rest) / (top - rest), 0.0)
    trimp = seconds / 60.0 * reserve * 0.64 * math.exp(k * reserve)
    result = _hr_result(trimp, seconds, params, sex)
    return SessionLoad(
        result.value,
        result.method,
        seconds,
        result.intensity_factor,
        trimp=trimp,
        assumptions=(*result.assumptions, "hr_from_average"),
    )


def rpe_load(rpe: float, duration_s: float) -> SessionLoad:
    """Session RPE (Foster 2001): CR-10 RPE × minutes, scaled by ``RPE_SCALE`` to TSS."""
    score = require_range("RPE", rpe, 0, 10, "(CR-10)")
    seconds = require_non_negative("duration", duration_s, "s")
    return SessionLoad(score * seconds / 60.0 * RPE_SCALE, LoadMethod.SESSION_RPE, seconds)


def _hr_params(
    rest_bpm: float, max_bpm: float, lthr_bpm: float, sex: Sex
) -> tuple[float, float, float, float]:
    rest = require_range("resting HR", rest_bpm, HEART_RATE_MIN_BPM, 120, "bpm")
    top = require_range("HRmax", max_bpm, 100, HEART_RATE_MAX_BPM, "bpm")
    lthr = require_range("LTHR", lthr_bpm, 60, HEART_RATE_MAX_BPM, "bpm")
    if not rest < lthr <= top:
        raise InvalidValueError(
            f"heart rates must satisfy resting ({rest:g}) < LTHR ({lthr:g}) <= HRmax ({top:g})"
        )
    return rest, top, lthr, TRIMP_K[sex]


def _hr_result(
    trimp: float, seconds: float, params: tuple[float, float, float, float], sex: Sex
) -> SessionLoad:
    rest, top, lthr, k = params
    lt_reserve = (lthr - rest) / (top - rest)
    trimp_hour_at_lthr = 60.0 * lt_reserve * 0.64 * math.exp(k * lt_reserve)
    value = trimp / trimp_hour_at_lthr * 100.0
    # IF-equivalent: the constant IF that would give this load in this time.
    intensity = math.sqrt(value / (seconds / 3600.0) / 100.0) if seconds > 0 else None
    assumptions = ("trimp_k_sex_unknown",) if sex is Sex.UNKNOWN else ()
    return SessionLoad(
        value, LoadMethod.HEART_RATE, seconds, intensity, trimp=trimp, assumptions=assumptions
    )


def _array(stream: Stream | npt.ArrayLike) -> npt.NDArray[np.float64]:
    if isinstance(stream, Stream):
        return stream.values
    return np.asarray(stream, dtype=np.float64).ravel()


def _valid(stream: Stream | npt.ArrayLike) -> npt.NDArray[np.float64]:
    values = _array(stream)
    return values[~np.isnan(values)]


def _rolling_mean(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    sums = np.cumsum(values)
    window = sums[ROLLING_WINDOW_S - 1 :].copy()
    window[1:] -= sums[:-ROLLING_WINDOW_S]
    return window / ROLLING_WINDOW_S


def _fourth_power_mean_root(rolling: npt.NDArray[np.float64]) -> float:
    squared = rolling * rolling
    return float(np.mean(squared * squared) ** 0.25)
