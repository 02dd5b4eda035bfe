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
    CHRONIC_DAYS,
    CHRONIC_LAMBDA,
    CTL_ALPHA,
    MAX_DAILY_LOAD,
    SD_EPSILON,
    WEEK,
)

Array = npt.NDArray[np.float64]


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
    ctl = _ewma(by_day, CTL_ALPHA)
    atl = _ewma(by_day, ATL_ALPHA)
    acute = _williams(by_day, ACUTE_LAMBDA)
    chronic = _williams(by_day, CHRONIC_LAMBDA)
    tsb = np.zeros_like(by_day)
    tsb[1:] = ctl[:-1] - atl[:-1]
    ramp = ctl.copy()
    ramp[WEEK:] -= ctl[:-WEEK]
    acwr = np.full_like(by_day, np.nan)
    ready = chronic[CHRONIC_DAYS - 1 :]
    np.divide(acute[CHRONIC_DAYS - 1 :], ready, out=acwr[CHRONIC_DAYS - 1 :], where=ready > 0.0)
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


def _ewma(by_day: Array, alpha: float) -> Array:
    out = np.empty_like(by_day)
    level = np.zeros(by_day.shape[1])
    step = np.empty_like(level)
    for d in range(by_day.shape[0]):
        # level + alpha * (x - level), written with out= to avoid temporaries.
        np.subtract(by_day[d], level, out=step)
        np.multiply(step, alpha, out=step)
        np.add(level, step, out=level)
        out[d] = level
    return out


def _williams(by_day: Array, lam: float) -> Array:
    out = np.empty_like(by_day)
    level = np.zeros(by_day.shape[1])
    keep = 1.0 - lam
    fresh = np.empty_like(level)
    for d in range(by_day.shape[0]):
        # lam * x + (1 - lam) * level
        np.multiply(by_day[d], lam, out=fresh)
        np.multiply(level, keep, out=level)
        np.add(fresh, level, out=level)
        out[d] = level
    return out


def _monotony(by_day: Array) -> tuple[Array, Array]:
    days = by_day.shape[0]
    monotony = np.full_like(by_day, np.nan)
    strain = np.full_like(by_day, np.nan)
    if days < WEEK:
        return monotony, strain
    span = days - WEEK + 1
    windows = [by_day[k : k + span] for k in range(WEEK)]  # oldest first, like the scalar sum
    total = np.zeros((span, by_day.shape[1]))
    for w in windows:
        total += w
    mean = total / WEEK
    squares = np.zeros_like(total)
    for w in windows:
        diff = w - mean
        squares += diff * diff
    sd = np.sqrt(squares / WEEK)
    defined = sd > SD_EPSILON * np.maximum(1.0, mean)
    mono = np.divide(mean, sd, out=np.full_like(mean, np.nan), where=defined)
    monotony[WEEK - 1 :] = mono
    strain[WEEK - 1 :] = np.where(defined, total * mono, np.nan)
    return monotony, strain
