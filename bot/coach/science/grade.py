"""Grade-adjusted running speed from the energy cost of gradient running.

Minetti et al. 2002, J Appl Physiol 93:1039, "Energy cost of walking and running at extreme
uphill and downhill slopes": C(i) = 155.4i⁵ − 30.4i⁴ − 43.3i³ + 46.3i² + 19.5i + 3.6
J·kg⁻¹·m⁻¹ for gradient i (rise/run) in −0.45..+0.45, the range they measured. The
flat-equivalent speed is speed × C(i) / C(0).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from bot.coach.science.errors import InvalidValueError

MINETTI_MAX_GRADE = 0.45
FLAT_COST = 3.6
# Grade is taken over a centred 10 s window and only where at least 5 m were covered, so
# barometric noise while standing does not become a 40 % "slope".
GRADE_HALF_WINDOW_S = 5
GRADE_MIN_DISTANCE_M = 5.0


def minetti_cost(grade: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Energy cost of running (J/kg/m) at ``grade``, clipped to Minetti's ±45 %."""
    i = np.clip(np.asarray(grade, dtype=np.float64), -MINETTI_MAX_GRADE, MINETTI_MAX_GRADE)
    return ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + FLAT_COST


def grade_from_altitude(
    speed_m_s: npt.NDArray[np.float64], altitude_m: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Gradient per second from 1 Hz speed and altitude on the same axis (0 where unknown)."""
    if speed_m_s.size != altitude_m.size:
        raise InvalidValueError(
            f"speed ({speed_m_s.size} s) and altitude ({altitude_m.size} s) must share "
            "one 1 Hz axis"
        )
    distance = np.concatenate(([0.0], np.cumsum(np.nan_to_num(speed_m_s))))[:-1]
    w = GRADE_HALF_WINDOW_S
    n = speed_m_s.size
    ahead = np.minimum(np.arange(n) + w, n - 1)
    behind = np.maximum(np.arange(n) - w, 0)
    run = distance[ahead] - distance[behind]
    rise = altitude_m[ahead] - altitude_m[behind]
    grade = np.zeros(n)
    ok = (run >= GRADE_MIN_DISTANCE_M) & np.isfinite(rise)
    grade[ok] = rise[ok] / run[ok]
    return grade


def grade_adjusted_speed(
    speed_m_s: npt.NDArray[np.float64], altitude_m: npt.NDArray[np.float64] | None
) -> npt.NDArray[np.float64]:
    """Flat-equivalent speed (NaN kept where speed is missing)."""
    if altitude_m is None:
        return speed_m_s
    factor = minetti_cost(grade_from_altitude(speed_m_s, altitude_m)) / FLAT_COST
    return speed_m_s * factor
