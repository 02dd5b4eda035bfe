"""Load over time: fitness (CTL), fatigue (ATL), form (TSB), ramp, ACWR, monotony, strain.

* CTL_d = CTL_{d−1} + (1 − e^(−1/42))·(load_d − CTL_{d−1}); ATL the same with 7 days
  (Banister impulse-response as used in TrainingPeaks' Performance Manager, Allen & Coggan
  2010 ch. 7).
* TSB shown on day d = CTL_{d−1} − ATL_{d−1}: form going INTO the day, before its session
  (TrainingPeaks convention).
* Ramp_d = CTL_d − CTL_{d−7}; days before the start carry the starting CTL.
* ACWR = acute / chronic EWMA of daily load, EWMA_d = λ·load_d + (1 − λ)·EWMA_{d−1},
  λ = 2/(N + 1), N = 7 and 28 (Williams et al. 2017, Br J Sports Med 51:209). Both EWMAs
  are seeded with the first day's load (EWMA_1 = load_1), so a steady load reads 1.0 from
  the first day instead of climbing from zero (single exponential smoothing starts at the
  first observation: NIST/SEMATECH e-Handbook of Statistical Methods, 6.4.3.1). None
  while the chronic load is 0; under 28 days of history (``ACWR_CONFIDENT_DAYS``) the
  ratio is low-confidence (``acwr_confident``).
* Monotony = mean / SD of the last 7 daily loads, rest days counting 0, with the
  POPULATION SD (divide by 7: the week is the whole population, not a sample); strain =
  7-day load × monotony (Foster 1998, Med Sci Sports Exerc 30:1164). None before 7 days of
  history and for a week of rest (mean 0). Identical non-zero loads (SD ≈ 0) are the most
  monotonous week there is: monotony is capped at ``MONOTONY_CAP`` rather than unbounded.

The scalar path here and the NumPy batch path in ``pmc_batch`` use the same operations in
the same order, so they agree to the last bit.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.coach.science.errors import InvalidValueError, require_non_negative

CTL_DAYS = 42
ATL_DAYS = 7
CTL_ALPHA = 1.0 - math.exp(-1.0 / CTL_DAYS)
ATL_ALPHA = 1.0 - math.exp(-1.0 / ATL_DAYS)
ACUTE_DAYS = 7
CHRONIC_DAYS = 28
ACUTE_LAMBDA = 2.0 / (ACUTE_DAYS + 1)
CHRONIC_LAMBDA = 2.0 / (CHRONIC_DAYS + 1)
WEEK = 7
# Under four weeks of data the chronic EWMA mostly holds its seed: a low-confidence ratio.
ACWR_CONFIDENT_DAYS = 28
# A chronic load under one point a day is next to no training: a ratio over it is noise
# (QA: a sandbox athlete's /fitness read "ACWR 0"), shown as not enough data.
ACWR_MIN_CHRONIC = 1.0
# SD below this share of the mean (or of 1 load point) counts as zero.
SD_EPSILON = 1e-9
# Monotony above 2 is already high (Foster 1998); identical loads (SD 0) report this value.
MONOTONY_CAP = 10.0
# Daily load above this is a data error (a 24 h effort at IF 1.0 is 2,400).
MAX_DAILY_LOAD = 3000.0


class AcwrBand(StrEnum):
    """ACWR bands; the cut-points are debated (Impellizzeri et al. 2020, Int J Sports
    Physiol Perform 15:907) and must be presented to athletes as a guide, not a rule."""

    LOW = "low"  # < 0.8
    USUAL = "usual"  # 0.8–1.3
    HIGH = "high"  # 1.3–1.5
    WARNING = "warning"  # > 1.5


class FormZone(StrEnum):
    """Where form (TSB) lies, as intervals.icu's fitness chart names its bands (the same
    cut-points TrainingPeaks users read from the Performance Manager: Friel, "The Triathlete's
    Training Bible", 4th ed., 2016, ch. 11): fresher above, deeper into training below."""

    TRANSITION = "transition"  # > +25: losing fitness
    FRESH = "fresh"  # +5..+25: race-ready
    GREY = "grey"  # -10..+5: neither training nor resting much
    OPTIMAL = "optimal"  # -30..-10: productive training
    HIGH_RISK = "high_risk"  # < -30: overreaching


# (zone, lower bound, upper bound) from the top down; a value on a bound takes the lower band.
FORM_ZONES: tuple[tuple[FormZone, float, float], ...] = (
    (FormZone.TRANSITION, 25.0, math.inf),
    (FormZone.FRESH, 5.0, 25.0),
    (FormZone.GREY, -10.0, 5.0),
    (FormZone.OPTIMAL, -30.0, -10.0),
    (FormZone.HIGH_RISK, -math.inf, -30.0),
)


def form_zone(tsb: float) -> FormZone:
    for zone, low, _ in FORM_ZONES:
        if tsb > low:
            return zone
    return FormZone.HIGH_RISK


def acwr_band(acwr: float) -> AcwrBand:
    if acwr < 0.8:
        return AcwrBand.LOW
    if acwr <= 1.3:
        return AcwrBand.USUAL
    if acwr <= 1.5:
        return AcwrBand.HIGH
    return AcwrBand.WARNING


@dataclass(frozen=True, slots=True)
class PmcState:
    """Everything the next day needs. ``recent_loads``: the last up-to-6 daily loads, oldest
    first; ``recent_ctl``: CTL on each of the last 7 days, oldest first; ``days``: days of
    history folded in. Use :meth:`initial` to start from known CTL/ATL."""

    ctl: float = 0.0
    atl: float = 0.0
    acute_ewma: float = 0.0
    chronic_ewma: float = 0.0
    days: int = 0
    recent_loads: tuple[float, ...] = ()
    recent_ctl: tuple[float, ...] = (0.0,) * WEEK

    def __post_init__(self) -> None:
        if len(self.recent_ctl) != WEEK:
            raise InvalidValueError(
                f"recent_ctl must hold {WEEK} days, got {len(self.recent_ctl)}"
            )
        if len(self.recent_loads) > WEEK - 1:
            raise InvalidValueError(f"recent_loads holds at most {WEEK - 1} days")

    @classmethod
    def initial(cls, ctl: float = 0.0, atl: float = 0.0) -> PmcState:
        """A start from known CTL/ATL (e.g. imported), with no day-level history."""
        c = require_non_negative("starting CTL", ctl)
        a = require_non_negative("starting ATL", atl)
        return cls(ctl=c, atl=a, recent_ctl=(c,) * WEEK)


@dataclass(frozen=True, slots=True)
class PmcDay:
    """One day of the Performance Manager. ``tsb`` is form going into the day."""

    load: float
    ctl: float
    atl: float
    tsb: float
    ramp: float
    acute_ewma: float
    chronic_ewma: float
    acwr: float | None
    monotony: float | None
    strain: float | None
    days: int = 1  # days of history folded in, this one included

    @property
    def acwr_confident(self) -> bool:
        """ACWR rests on four weeks of data and some chronic load; before that it is
        shown as a rough guide."""
        return (
            self.acwr is not None
            and self.days >= ACWR_CONFIDENT_DAYS
            and self.chronic_ewma >= ACWR_MIN_CHRONIC
        )


def pmc_step(state: PmcState, load: float) -> tuple[PmcState, PmcDay]:
    """Fold one day's load into ``state``: the incremental update for a new day."""
    x = _load(load)
    ctl = state.ctl + CTL_ALPHA * (x - state.ctl)
    atl = state.atl + ATL_ALPHA * (x - state.atl)
    # λ·x + (1 − λ)·prev written as prev + λ·(x − prev): the same EWMA, one form for all four.
    if state.days == 0:
        acute = chronic = x  # seeded with the first load (see the module docstring)
    else:
        acute = state.acute_ewma + ACUTE_LAMBDA * (x - state.acute_ewma)
        chronic = state.chronic_ewma + CHRONIC_LAMBDA * (x - state.chronic_ewma)
    days = state.days + 1
    acwr = acute / chronic if chronic > 0.0 else None
    window = (*state.recent_loads, x)
    monotony, strain = _monotony(window) if len(window) == WEEK else (None, None)
    day = PmcDay(
        load=x,
        ctl=ctl,
        atl=atl,
        tsb=state.ctl - state.atl,
        ramp=ctl - state.recent_ctl[0],
        acute_ewma=acute,
        chronic_ewma=chronic,
        acwr=acwr,
        monotony=monotony,
        strain=strain,
        days=days,
    )
    next_state = PmcState(
        ctl=ctl,
        atl=atl,
        acute_ewma=acute,
        chronic_ewma=chronic,
        days=days,
        recent_loads=window[1:] if len(window) == WEEK else window,
        recent_ctl=(*state.recent_ctl[1:], ctl),
    )
    return next_state, day


def pmc_series(loads: Iterable[float], start: PmcState | None = None) -> list[PmcDay]:
    """The PMC for consecutive daily loads (rest days must be given as 0)."""
    state = start if start is not None else PmcState()
    days = []
    for load in loads:
        state, day = pmc_step(state, load)
        days.append(day)
    return days


def pmc_last_day(loads: Iterable[float]) -> PmcDay | None:
    """``pmc_series(loads)[-1]`` (None for no days) without building the days before it:
    the same operations in the same order on plain floats, so the same bits, at a fraction
    of the cost (fitness on a day folds every day since the athlete's first load)."""
    ctl = atl = acute = chronic = 0.0
    days = 0
    recent_ctl = deque((0.0,) * WEEK, maxlen=WEEK)  # CTL on each of the last 7 days
    window: deque[float] = deque(maxlen=WEEK)  # the last 7 loads, this one included
    x = tsb = ramp = 0.0
    for load in loads:
        x = _load(load)
        tsb = ctl - atl
        ctl = ctl + CTL_ALPHA * (x - ctl)
        atl = atl + ATL_ALPHA * (x - atl)
        if days == 0:
            acute = chronic = x  # seeded with the first load
        else:
            acute = acute + ACUTE_LAMBDA * (x - acute)
            chronic = chronic + CHRONIC_LAMBDA * (x - chronic)
        ramp = ctl - recent_ctl[0]
        recent_ctl.append(ctl)
        window.append(x)
        days += 1
    if days == 0:
        return None
    acwr = acute / chronic if chronic > 0.0 else None
    monotony, strain = _monotony(tuple(window)) if len(window) == WEEK else (None, None)
    return PmcDay(
        load=x,
        ctl=ctl,
        atl=atl,
        tsb=tsb,
        ramp=ramp,
        acute_ewma=acute,
        chronic_ewma=chronic,
        acwr=acwr,
        monotony=monotony,
        strain=strain,
        days=days,
    )


def state_after(history: Sequence[PmcDay], start: PmcState | None = None) -> PmcState:
    """The state after the last day of ``history`` (which began from ``start``)."""
    begin = start if start is not None else PmcState()
    if not history:
        return begin
    last = history[-1]
    loads = (*begin.recent_loads, *(d.load for d in history))
    ctls = (*begin.recent_ctl, *(d.ctl for d in history))
    return PmcState(
        ctl=last.ctl,
        atl=last.atl,
        acute_ewma=last.acute_ewma,
        chronic_ewma=last.chronic_ewma,
        days=begin.days + len(history),
        recent_loads=loads[-(WEEK - 1) :],
        recent_ctl=ctls[-WEEK:],
    )


def recompute_from(
    history: Sequence[PmcDay],
    loads: Sequence[float],
    from_index: int,
    start: PmcState | None = None,
) -> list[PmcDay]:
    """History with days ``from_index`` onward recomputed from ``loads`` (all days' loads,
    e.g. after a late upload changed the load of day ``from_index``). Days before it are
    kept as they were."""
    if not 0 <= from_index <= len(history):
        raise InvalidValueError(
            f"cannot recompute from day {from_index}: history has {len(history)} days"
        )
    if len(loads) < from_index:
        raise InvalidValueError(f"{len(loads)} loads given, need at least {from_index}")
    kept = list(history[:from_index])
    return kept + pmc_series(loads[from_index:], state_after(kept, start))


def daily_loads(
    sessions: Iterable[tuple[date, float]], first_day: date, last_day: date
) -> list[float]:
    """One load per calendar day from ``first_day`` to ``last_day`` inclusive: sessions on
    the same day add up, days without sessions are 0, sessions outside the range are an
    error (the caller picks the range)."""
    if last_day < first_day:
        raise InvalidValueError(f"last day {last_day} is before first day {first_day}")
    totals = [0.0] * ((last_day - first_day).days + 1)
    for day, load in sessions:
        if not first_day <= day <= last_day:
            raise InvalidValueError(f"a session on {day} is outside {first_day}..{last_day}")
        totals[(day - first_day).days] += require_non_negative(f"load on {day}", load)
    return totals


def day_dates(first_day: date, count: int) -> list[date]:
    """The dates of ``count`` consecutive days from ``first_day`` (to label a series)."""
    return [first_day + timedelta(days=i) for i in range(count)]


def _load(value: float) -> float:
    x = require_non_negative("daily load", value)
    if x > MAX_DAILY_LOAD:
        raise InvalidValueError(f"a daily load of {x:g} is impossible (max {MAX_DAILY_LOAD:g})")
    return x


def _monotony(window: tuple[float, ...]) -> tuple[float | None, float | None]:
    total = 0.0
    for x in window:
        total = total + x
    mean = total / WEEK
    squares = 0.0
    for x in window:
        d = x - mean
        squares = squares + d * d
    sd = math.sqrt(squares / WEEK)
    if mean <= 0.0:
        return None, None  # a week of rest: nothing to be monotonous about
    flat = sd <= SD_EPSILON * max(1.0, mean)
    monotony = MONOTONY_CAP if flat else min(mean / sd, MONOTONY_CAP)
    return monotony, total * monotony
