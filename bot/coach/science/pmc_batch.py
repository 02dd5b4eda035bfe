"""The PMC for many athletes at once: a 2-D array (athletes × days), vectorised across
athletes. The EWMA recurrences are sequential over days, so the loop runs over days and each
step is one NumPy operation over all athletes. Same formulas, same operation order as the
scalar path in ``pmc`` (and so the same bits); None there is NaN here."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bot.coach.science.errors import InvalidValueError
from bot.coach.science.pmc import (
    ACUTE_LAMBDA,
    ATL_ALPHA,
    CHRONIC_LAMBDA,
    CTL_ALPHA,
    MAX_DAILY_LOAD,
    MONOTONY_CAP,
    SD_EPSILON,
    WEEK,
)

Array = npt.NDArray[np.float64]
MONOTONY_BLOCK_DAYS = 64


@dataclass(frozen=True, slots=True, eq=False)
class PmcBatch:
    """Each field is (athletes × days); NaN where the scalar path gives None."""

    load: Array
    ctl: Array
    atl: Array
    tsb: Array
    ramp: Array
    acute_ewma: Array
    chronic_ewma: Array
    acwr: Array
    monotony: Array
    strain: Array


def pmc_batch(loads: npt.ArrayLike) -> PmcBatch:
    """PMC for every row of ``loads`` (athletes × consecutive days), each from zero."""
    matrix = np.asarray(loads, dtype=np.float64)
    if matrix.ndim != 2 or matrix.shape[1] == 0:
        raise InvalidValueError(f"loads must be athletes × days (2-D), got shape {matrix.shape}")
    if not np.all(np.isfinite(matrix)) or matrix.min() < 0 or matrix.max() > MAX_DAILY_LOAD:
        raise InvalidValueError(
            f"daily loads must be finite and within 0..{MAX_DAILY_LOAD:g}; "
            f"got min {np.nanmin(matrix):g}, max {np.nanmax(matrix):g}"
        )
    by_day = np.ascontiguousarray(matrix.T)  # days × athletes: each step reads one row
    ctl, atl, acute, chronic = _ewmas(by_day)
    tsb = np.zeros_like(by_day)
    tsb[1:] = ctl[:-1] - atl[:-1]
    ramp = ctl.copy()
    ramp[WEEK:] -= ctl[:-WEEK]
    acwr = np.full_like(by_day, np.nan)
    np.divide(acute, chronic, out=acwr, where=chronic > 0.0)
    monotony, strain = _monotony(by_day)
    return PmcBatch(
        load=matrix,
        ctl=ctl.T,
        atl=atl.T,
        tsb=tsb.T,
        ramp=ramp.T,
        acute_ewma=acute.T,
        chronic_ewma=chronic.T,
        acwr=acwr.T,
        monotony=monotony.T,
        strain=strain.T,
    )


def _ewmas(by_day: Array) -> tuple[Array, Array, Array, Array]:
    """CTL, ATL and the acute and chronic EWMAs in one pass over the days: all four are
    level += rate × (x − level), stacked so each day costs three NumPy calls."""
    days, athletes = by_day.shape
    rates = np.array([[CTL_ALPHA], [ATL_ALPHA], [ACUTE_LAMBDA], [CHRONIC_LAMBDA]])
    out = np.empty((days, 4, athletes))
    level = np.zeros((4, athletes))
    step = np.empty_like(level)
    # Day 0: CTL and ATL from zero; the ACWR EWMAs seeded with the first load (as in pmc).
    out[0, :2] = level[:2] + rates[:2] * (by_day[0] - level[:2])
    out[0, 2:] = by_day[0]
    level = out[0]
    for d in range(1, days):
        np.subtract(by_day[d], level, out=step)
        np.multiply(rates, step, out=step)
        np.add(level, step, out=out[d])
        level = out[d]
    return out[:, 0], out[:, 1], out[:, 2], out[:, 3]


def _monotony(by_day: Array) -> tuple[Array, Array]:
    days, athletes = by_day.shape
    monotony = np.full_like(by_day, np.nan)
    strain = np.full_like(by_day, np.nan)
    # Blocks of days small enough to stay in cache; each output day d ≥ 6 reads days d−6..d.
    for first in range(WEEK - 1, days, MONOTONY_BLOCK_DAYS):
        last = min(first + MONOTONY_BLOCK_DAYS, days)
        rows = last - first
        total = np.zeros((rows, athletes))
        for k in range(WEEK):  # oldest first, like the scalar sum
            total += by_day[first - (WEEK - 1) + k : last - (WEEK - 1) + k]
        mean = total / WEEK
        squares = np.zeros_like(total)
        diff = np.empty_like(total)
        for k in range(WEEK):
            np.subtract(by_day[first - (WEEK - 1) + k : last - (WEEK - 1) + k], mean, out=diff)
            np.multiply(diff, diff, out=diff)
            squares += diff
        sd = np.sqrt(squares / WEEK)
        spread = sd > SD_EPSILON * np.maximum(1.0, mean)
        block = monotony[first:last]
        np.divide(mean, sd, out=block, where=spread)
        np.minimum(block, MONOTONY_CAP, out=block, where=spread)
        block[~spread & (mean > 0.0)] = MONOTONY_CAP  # identical non-zero loads
        block[mean <= 0.0] = np.nan  # a week of rest
        defined = ~np.isnan(block)
        np.multiply(total, block, out=strain[first:last], where=defined)
    return monotony, strain
