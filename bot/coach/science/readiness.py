"""Readiness to train: a 0–100 score, a status, and the factors that explain it.

Every factor gets a sub-score s in 0..1 where 0.8 is a usual day, 1.0 the best case and 0
the worst; direction is positive/neutral/negative as s is above/at/below 0.8, "missing" when
there is no data (never imputed: the factor is left out and confidence falls).
score = 100 × Σ wᵢsᵢ / Σ wᵢ over present factors, so score = 80 + Σ contributionᵢ with
contributionᵢ = 100 × wᵢ / Σw × (sᵢ − 0.8): the points each factor added or took away.
Status: red flags (illness, injury) force red; else ≥ 70 green, ≥ 50 amber, < 50 red.
A red flag also caps the score at RED_FLAG_CEILING (or sets it there when no factor has
data): a "rest only" day must not read 82/100; the flag, not the factors, is the reason.
The weights and cut-points are our design (subjective measures weigh a lot because they
track load at least as well as objective ones: Saw, Main & Gastin 2016, Br J Sports Med
50:281); each factor cites its own reference. Codes and numbers only: no prose here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from bot.coach.science.errors import InvalidValueError
from bot.coach.science.pmc import PmcDay, acwr_band
from bot.coach.science.wellness import SUBJECTIVE_FIELDS, WellnessDay

NEUTRAL = 0.8
GREEN_FROM = 70.0
AMBER_FROM = 50.0
# Our design: a red-flag day's score sits in the red band (below AMBER_FROM).
RED_FLAG_CEILING = 30.0
WEIGHTS: Mapping[str, float] = {
    "hrv": 0.25,
    "resting_hr": 0.10,
    "sleep_hours": 0.12,
    "sleep_quality": 0.06,
    "fatigue": 0.08,
    "soreness": 0.07,
    "stress": 0.04,
    "mood": 0.03,
    "motivation": 0.02,
    "tsb": 0.10,
    "acwr": 0.08,
    "monotony": 0.05,
}
# HRV (Plews et al. 2012, Eur J Appl Physiol 112:3729; Plews, Laursen, Stanley, Kilding &
# Buchheit 2013, Sports Med 43:773; HRV4Training): 7-day mean of ln rMSSD against the mean ±
# 0.5 SD of a 60-day baseline, ≥ 3 valid days in the week, ≥ 14 baseline days. The baseline
# is the 60 days BEFORE the 7-day window (HRV4Training includes the recent week; excluding it
# keeps a week-long drop from hiding in its own baseline).
HRV_WEEK_DAYS = 7
HRV_MIN_WEEK_VALUES = 3
HRV_BASELINE_DAYS = 60
HRV_MIN_BASELINE_VALUES = 14
HRV_SWC_SD = 0.5
HRV_MIN_SD = 0.01  # ln units (~1 %): a perfectly flat baseline must not make z infinite
RHR_BASELINE_DAYS = 60
RHR_MIN_BASELINE_VALUES = 7
CONTEXT_DAYS = 28
SUBJECTIVE_SUBSCORE = {1: 1.0, 2: 0.9, 3: 0.8, 4: 0.4, 5: 0.0}
# Sub-score curves: (input, sub-score) points joined linearly, flat beyond the ends; each
# is monotone so a worse input never raises the score. Sources at the factor functions.
Curve = tuple[tuple[float, float], ...]
RESTING_HR_CURVE: Curve = ((-6.0, 0.9), (-2.0, NEUTRAL), (2.0, NEUTRAL), (12.0, 0.0))
SLEEP_HOURS_CURVE: Curve = ((4.0, 0.0), (7.0, NEUTRAL), (8.0, 1.0))
TSB_CURVE: Curve = ((-50.0, 0.0), (-30.0, 0.4), (-10.0, NEUTRAL), (5.0, NEUTRAL), (25.0, 1.0))
ACWR_CURVE: Curve = ((1.3, NEUTRAL), (1.5, 0.5), (2.0, 0.0))
MONOTONY_CURVE: Curve = ((1.5, NEUTRAL), (2.0, 0.5), (3.0, 0.2))


class ReadinessStatus(StrEnum):
    GREEN = "green"  # train as planned
    AMBER = "amber"  # modify: shorten or lower the intensity
    RED = "red"  # rest or recovery only


class Direction(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class LoadState:
    """Today's training-load context (see ``pmc``); any may be unknown."""

    tsb: float | None = None
    acwr: float | None = None
    monotony: float | None = None

    @classmethod
    def from_pmc_day(cls, day: PmcDay) -> LoadState:
        # Under four weeks of data ACWR mostly echoes its seed: it does not move the verdict.
        acwr = day.acwr if day.acwr_confident else None
        return cls(tsb=day.tsb, acwr=acwr, monotony=day.monotony)


@dataclass(frozen=True, slots=True)
class ReadinessFactor:
    """One factor. ``value`` and ``baseline`` are in the factor's unit (HRV: ln ms);
    ``reason`` says why a factor is missing; ``details`` holds the numbers a sentence needs."""

    code: str
    value: float | None
    baseline: float | None
    direction: Direction
    weight: float
    subscore: float | None = None
    contribution: float = 0.0
    reason: str | None = None
    details: Mapping[str, float | int | str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Readiness:
    """``score``/``status`` are None when no factor has data and nothing is flagged."""

    day: date
    score: float | None
    status: ReadinessStatus | None
    confidence: float
    factors: tuple[ReadinessFactor, ...]
    red_flags: tuple[str, ...]

    def factor(self, code: str) -> ReadinessFactor:
        for item in self.factors:
            if item.code == code:
                return item
        raise KeyError(code)


def assess_readiness(
    today: date, history: Sequence[WellnessDay], load: LoadState | None = None
) -> Readiness:
    """Readiness on ``today`` from wellness ``history`` (one entry per day at most; entries
    after today are ignored) and today's load context."""
    days = _by_day(history, today)
    entry = days.get(today)
    raw = [
        _hrv(today, days),
        _resting_hr(today, days),
        _sleep_hours(today, days),
        *(_subjective(name, today, days) for name in SUBJECTIVE_FIELDS),
        *_load_factors(load or LoadState()),
    ]
    present = sum(f.weight for f in raw if f.subscore is not None)
    factors = tuple(_with_contribution(f, present) for f in raw)
    flags = tuple(
        flag
        for flag, on in (("illness", entry and entry.illness), ("injury", entry and entry.injury))
        if on
    )
    score = None if present == 0 else NEUTRAL * 100 + sum(f.contribution for f in factors)
    if flags:
        score = RED_FLAG_CEILING if score is None else min(score, RED_FLAG_CEILING)
    return Readiness(
        day=today,
        score=score,
        status=_status(score, flags),
        confidence=present / sum(WEIGHTS.values()),
        factors=factors,
        red_flags=flags,
    )


def _status(score: float | None, flags: tuple[str, ...]) -> ReadinessStatus | None:
    if flags:
        return ReadinessStatus.RED
    if score is None:
        return None
    if score >= GREEN_FROM:
        return ReadinessStatus.GREEN
    if score >= AMBER_FROM:
        return ReadinessStatus.AMBER
    return ReadinessStatus.RED


def _by_day(history: Sequence[WellnessDay], today: date) -> dict[date, WellnessDay]:
    """The entries up to ``today`` by day, in date order (``_values`` relies on it)."""
    days: dict[date, WellnessDay] = {}
    for entry in sorted(history, key=_day_of):
        if entry.day > today:
            continue
        if entry.day in days:
            raise InvalidValueError(f"two wellness entries for {entry.day}")
        days[entry.day] = entry
    return days


def _day_of(entry: WellnessDay) -> date:
    return entry.day


def _values(
    days: Mapping[date, WellnessDay], attr: str, first: date, last: date
) -> list[tuple[date, float]]:
    """The reported values of ``attr`` from ``first`` to ``last``, in date order
    (``days`` is in date order: one pass over ~60 entries beats a step per calendar day,
    ~5x, and readiness asks ten windows per brief)."""
    return [
        (day, float(value))
        for day, entry in days.items()
        if first <= day <= last and (value := getattr(entry, attr)) is not None
    ]


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def _sample_sd(values: Sequence[float]) -> float:
    mean = _mean(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


def _direction(subscore: float) -> Direction:
    if subscore > NEUTRAL:
        return Direction.POSITIVE
    if subscore < NEUTRAL:
        return Direction.NEGATIVE
    return Direction.NEUTRAL


def _factor(
    code: str,
    value: float | None,
    baseline: float | None,
    subscore: float | None,
    *,
    reason: str | None = None,
    details: Mapping[str, float | int | str] | None = None,
) -> ReadinessFactor:
    direction = Direction.MISSING if subscore is None else _direction(subscore)
    if subscore is None and reason is None:
        reason = "no_data"
    return ReadinessFactor(
        code,
        value,
        baseline,
        direction,
        WEIGHTS[code],
        subscore,
        reason=reason,
        details=dict(details or {}),
    )


def _with_contribution(factor: ReadinessFactor, present_weight: float) -> ReadinessFactor:
    if factor.subscore is None:
        return factor
    share = factor.weight / present_weight
    return ReadinessFactor(
        factor.code,
        factor.value,
        factor.baseline,
        factor.direction,
        factor.weight,
        factor.subscore,
        100.0 * share * (factor.subscore - NEUTRAL),
        factor.reason,
        factor.details,
    )


def _piecewise(x: float, points: Sequence[tuple[float, float]]) -> float:
    """Linear interpolation through ``points`` (x ascending), flat beyond the ends."""
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def _hrv(today: date, days: Mapping[date, WellnessDay]) -> ReadinessFactor:
    week_start = today - timedelta(days=HRV_WEEK_DAYS - 1)
    week = [(d, math.log(v)) for d, v in _values(days, "rmssd_ms", week_start, today)]
    base_end = week_start - timedelta(days=1)
    base_start = base_end - timedelta(days=HRV_BASELINE_DAYS - 1)
    base = [math.log(v) for _, v in _values(days, "rmssd_ms", base_start, base_end)]
    counts = {"valid_days_7d": len(week), "baseline_days": len(base)}
    if len(base) < HRV_MIN_BASELINE_VALUES:
        return _factor("hrv", None, None, None, reason="hrv_baseline_building", details=counts)
    mean_base = _mean(base)
    sd = max(_sample_sd(base), HRV_MIN_SD)
    low, high = mean_base - HRV_SWC_SD * sd, mean_base + HRV_SWC_SD * sd
    if len(week) < HRV_MIN_WEEK_VALUES:
        return _factor("hrv", None, mean_base, None, reason="hrv_too_few_days", details=counts)
    mean_week = _mean([v for _, v in week])
    z = (mean_week - mean_base) / sd
    if z < -HRV_SWC_SD:
        subscore = max(0.0, NEUTRAL - 0.4 * (-HRV_SWC_SD - z))
    elif z > HRV_SWC_SD:
        subscore = min(1.0, NEUTRAL + 0.2 * (z - HRV_SWC_SD))
    else:
        subscore = NEUTRAL
    edge = low if mean_week < low else high if mean_week > high else mean_week
    below = [d for d, v in week if v < low]
    streak = 0
    for _, v in reversed(week):
        if v >= low:
            break
        streak += 1
    details: dict[str, float | int | str] = {
        **counts,
        "baseline_sd": sd,
        "range_low": low,
        "range_high": high,
        "z": z,
        "mean_7d_rmssd_ms": math.exp(mean_week),
        "baseline_rmssd_ms": math.exp(mean_base),
        "pct_vs_range": (math.exp(mean_week - edge) - 1.0) * 100.0,
        "days_below_range": len(below),
        "consecutive_days_below": streak,
    }
    if today in days and days[today].rmssd_ms is not None:
        details["today_rmssd_ms"] = float(days[today].rmssd_ms or 0.0)
    return _factor("hrv", mean_week, mean_base, subscore, details=details)


def _resting_hr(today: date, days: Mapping[date, WellnessDay]) -> ReadinessFactor:
    # Morning resting HR well above normal flags fatigue or illness (Buchheit 2014, Front
    # Physiol 5:73); ±2 bpm is day-to-day noise, +12 bpm takes the factor to 0.
    end = today - timedelta(days=1)
    base = [
        v
        for _, v in _values(
            days, "resting_hr_bpm", end - timedelta(days=RHR_BASELINE_DAYS - 1), end
        )
    ]
    entry = days.get(today)
    value = entry.resting_hr_bpm if entry is not None else None
    counts = {"baseline_days": len(base)}
    if len(base) < RHR_MIN_BASELINE_VALUES:
        return _factor(
            "resting_hr", value, None, None, reason="resting_hr_baseline_building", details=counts
        )
    baseline = _mean(base)
    if value is None:
        return _factor("resting_hr", None, baseline, None, details=counts)
    delta = value - baseline
    subscore = _piecewise(delta, RESTING_HR_CURVE)
    return _factor(
        "resting_hr", float(value), baseline, subscore, details={**counts, "delta_bpm": delta}
    )


def _context_mean(days: Mapping[date, WellnessDay], attr: str, today: date) -> float | None:
    end = today - timedelta(days=1)
    prior = [v for _, v in _values(days, attr, end - timedelta(days=CONTEXT_DAYS - 1), end)]
    return _mean(prior) if prior else None


def _sleep_hours(today: date, days: Mapping[date, WellnessDay]) -> ReadinessFactor:
    # Adults need ≥ 7 h (Watson et al. 2015, Sleep 38:843); athletes 7–9 h (Walsh et al.
    # 2021, Br J Sports Med 55:356): 7 h is a usual night, ≥ 8 h the best, ≤ 4 h the worst.
    entry = days.get(today)
    value = entry.sleep_hours if entry is not None else None
    baseline = _context_mean(days, "sleep_hours", today)
    if value is None:
        return _factor("sleep_hours", None, baseline, None)
    subscore = _piecewise(value, SLEEP_HOURS_CURVE)
    return _factor("sleep_hours", value, baseline, subscore)


def _subjective(name: str, today: date, days: Mapping[date, WellnessDay]) -> ReadinessFactor:
    entry = days.get(today)
    value = getattr(entry, name) if entry is not None else None
    baseline = _context_mean(days, name, today)
    if value is None:
        return _factor(name, None, baseline, None)
    return _factor(name, float(value), baseline, SUBJECTIVE_SUBSCORE[value])


def _load_factors(load: LoadState) -> list[ReadinessFactor]:
    factors = []
    # TSB bands from TrainingPeaks' PMC guidance (Allen & Coggan 2010 ch. 7; Friel): below
    # −30 high risk, −30..−10 productive fatigue, −10..+5 neutral, above +5 fresh.
    if load.tsb is None:
        factors.append(_factor("tsb", None, None, None))
    else:
        factors.append(_factor("tsb", load.tsb, None, _piecewise(load.tsb, TSB_CURVE)))
    # ACWR: 0.8–1.3 usual, > 1.5 warning (Williams 2017; debated: Impellizzeri 2020). A low
    # ACWR is an undertraining question, not a reason to hold back today: neutral.
    if load.acwr is None:
        factors.append(_factor("acwr", None, None, None))
    else:
        factors.append(
            _factor(
                "acwr",
                load.acwr,
                None,
                _piecewise(load.acwr, ACWR_CURVE),
                details={"band": acwr_band(load.acwr).value},
            )
        )
    # Monotony above 2.0 went with illness and overtraining in Foster 1998.
    if load.monotony is None:
        factors.append(_factor("monotony", None, None, None))
    else:
        subscore = _piecewise(load.monotony, MONOTONY_CURVE)
        factors.append(_factor("monotony", load.monotony, None, subscore))
    return factors
