"""Sports and pace units shared by zones, streams and load."""

from __future__ import annotations

from enum import StrEnum

from bot.coach.science.errors import require_positive


class Sport(StrEnum):
    """The sport of an activity, as far as the formulas care."""

    BIKE = "bike"
    RUN = "run"
    SWIM = "swim"
    STRENGTH = "strength"
    OTHER = "other"


class PaceUnit(StrEnum):
    """Pace is seconds per a distance: faster means a lower number."""

    PER_KM = "s_per_km"
    PER_MILE = "s_per_mile"
    PER_100M = "s_per_100m"
    PER_100YD = "s_per_100yd"

    @property
    def metres(self) -> float:
        """The distance the pace refers to, in metres (international mile and yard)."""
        return _METRES[self]


_METRES = {
    PaceUnit.PER_KM: 1000.0,
    PaceUnit.PER_MILE: 1609.344,
    PaceUnit.PER_100M: 100.0,
    PaceUnit.PER_100YD: 91.44,
}


def pace_from_speed(speed_m_s: float, unit: PaceUnit) -> float:
    """Seconds per ``unit`` at ``speed_m_s`` (which must be > 0)."""
    return unit.metres / require_positive("speed", speed_m_s, "m/s")


def speed_from_pace(pace_s: float, unit: PaceUnit) -> float:
    """Metres per second for a pace of ``pace_s`` seconds per ``unit``."""
    return unit.metres / require_positive("pace", pace_s, unit.value)
