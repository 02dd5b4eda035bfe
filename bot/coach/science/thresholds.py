"""Thresholds (FTP, LTHR, HRmax, resting HR, run threshold speed, CSS) and their field tests.

Every threshold carries its source so a brief can say "estimated" when it is a formula and
not a measurement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot.coach.science.errors import InvalidValueError, require_positive, require_range
from bot.coach.science.limits import HEART_RATE_MAX_BPM, HEART_RATE_MIN_BPM, POWER_MAX_W
from bot.coach.science.zones import ZoneOverride


class ThresholdSource(StrEnum):
    MEASURED = "measured"  # read from a device or entered by athlete/coach
    TEST = "test"  # derived from a field test we know the protocol of
    ESTIMATED = "estimated"  # a population formula, not the athlete's own number


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Threshold:
    """A threshold value with its unit ("bpm", "W", "m/s"), source and method code."""

    value: float
    unit: str
    source: ThresholdSource
    method: str


@dataclass(frozen=True, slots=True)
class AthleteThresholds:
    """The thresholds in force on an activity's day; any may be unknown (None).

    Speeds are in m/s: ``run_threshold_speed`` is threshold pace as a speed, ``css`` is
    critical swim speed.
    """

    ftp_w: float | None = None
    lthr_bpm: float | None = None
    hr_max_bpm: float | None = None
    hr_rest_bpm: float | None = None
    run_threshold_speed: float | None = None
    css: float | None = None
    sex: Sex = Sex.UNKNOWN
    # Custom zone bounds per ZoneMetric value, in bpm, W, s/km and s/100 m (the units of
    # the zone sets built from these thresholds); applied over the computed zones.
    zone_overrides: tuple[tuple[str, tuple[ZoneOverride, ...]], ...] = ()


def estimate_hr_max(age_years: float) -> Threshold:
    """HRmax = 208 − 0.7 × age (Tanaka, Monahan & Seals 2001, J Am Coll Cardiol 37:153)."""
    age = require_range("age", age_years, 10, 100, "years")
    return Threshold(208.0 - 0.7 * age, "bpm", ThresholdSource.ESTIMATED, "tanaka_2001")


def hr_max(age_years: float | None = None, measured_bpm: float | None = None) -> Threshold:
    """The athlete's HRmax: the measured value when known, else the Tanaka estimate."""
    if measured_bpm is not None:
        value = require_range("HRmax", measured_bpm, 100, HEART_RATE_MAX_BPM, "bpm")
        return Threshold(value, "bpm", ThresholdSource.MEASURED, "measured")
    if age_years is None:
        raise InvalidValueError("HRmax needs either a measured value or the athlete's age")
    return estimate_hr_max(age_years)


def ftp_from_20min_test(avg_power_w: float) -> Threshold:
    """FTP = 95 % of a 20-minute all-out average (Allen & Coggan, Training and Racing with
    a Power Meter, 2nd ed. 2010, ch. 3)."""
    power = require_range("20-minute average power", avg_power_w, 1, POWER_MAX_W, "W")
    return Threshold(0.95 * power, "W", ThresholdSource.TEST, "coggan_20min_x0.95")


def lthr_from_30min_test(avg_hr_last_20min_bpm: float) -> Threshold:
    """LTHR = average HR of the last 20 min of a solo 30-minute time trial (Friel, "A Quick
    Guide to Setting Zones", 2009)."""
    hr = require_range(
        "average HR", avg_hr_last_20min_bpm, HEART_RATE_MIN_BPM, HEART_RATE_MAX_BPM, "bpm"
    )
    return Threshold(hr, "bpm", ThresholdSource.TEST, "friel_30min_last_20min")


RUN_TEST_SECONDS = 1800.0


def run_threshold_speed_from_30min_test(distance_m: float) -> Threshold:
    """Threshold speed = distance / 1800 s: the average pace of the WHOLE solo 30-minute run
    time trial (Friel 2009; McGehee et al. 2005, J Strength Cond Res 19:553, found the 30-min
    TT mean velocity matches lactate-threshold velocity). HR uses only the last 20 min."""
    distance = require_range("30-minute test distance", distance_m, 1000, 12_000, "m")
    return Threshold(distance / RUN_TEST_SECONDS, "m/s", ThresholdSource.TEST, "friel_30min_run")


def css_from_test(t400_s: float, t200_s: float) -> Threshold:
    """Critical swim speed = (400 − 200) / (T400 − T200) m/s (Wakayoshi et al. 1992; the
    Swim Smooth 400/200 protocol)."""
    t400 = require_positive("400 m time", t400_s, "s")
    t200 = require_positive("200 m time", t200_s, "s")
    if t400 <= t200:
        raise InvalidValueError(
            f"the 400 m time ({t400:g} s) must be longer than the 200 m time ({t200:g} s)"
        )
    if t400 < 2 * t200:
        # A 400 m swum faster per 100 m than the 200 m means the two times are swapped or
        # mistyped; CSS would come out faster than the 200 m pace, which is impossible.
        raise InvalidValueError(
            f"the 400 m time ({t400:g} s) is faster per 100 m than the 200 m time "
            f"({t200:g} s): check the two times"
        )
    return Threshold(200.0 / (t400 - t200), "m/s", ThresholdSource.TEST, "css_400_200")


def threshold_in_force(history: Sequence[tuple[date, Threshold]], day: date) -> Threshold | None:
    """The threshold that held on ``day``: the latest one that took effect on or before it
    (a past activity's load uses the threshold of its own day, domain.md). Before the first
    entry, the earliest known value holds: nothing older is known, and an athlete's
    threshold a few weeks before they told us is far closer to it than to nothing. None
    only for an empty history."""
    current: tuple[date, Threshold] | None = None
    earliest: tuple[date, Threshold] | None = None
    for effective, threshold in history:
        if effective <= day and (current is None or effective >= current[0]):
            current = (effective, threshold)
        if earliest is None or effective < earliest[0]:
            earliest = (effective, threshold)
    chosen = current or earliest
    return chosen[1] if chosen is not None else None
