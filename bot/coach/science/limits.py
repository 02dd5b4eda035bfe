"""Plausibility limits: what a sensor sample or a threshold can physically be.

Stream samples outside these limits are dropped as sensor spikes; scalar inputs (thresholds,
summaries) outside them raise :class:`~bot.coach.science.errors.InvalidValueError`.
"""

from __future__ import annotations

from bot.coach.science.units import Sport

# Highest recorded human HR is ~250 bpm in young children; adults stay well below.
HEART_RATE_MIN_BPM = 25.0
HEART_RATE_MAX_BPM = 250.0
# Sprint peaks of elite track cyclists reach ~2,500 W (Dorel et al. 2005 report ~1,600-2,000 W).
POWER_MAX_W = 2500.0
# Bolt's peak speed was ~12.4 m/s; descending bikes rarely exceed ~30 m/s (108 km/h);
# the 50 m freestyle record is ~2.4 m/s.
MAX_SPEED_M_S: dict[Sport, float] = {
    Sport.RUN: 12.5,
    Sport.BIKE: 30.0,
    Sport.SWIM: 3.0,
    Sport.STRENGTH: 12.5,
    Sport.OTHER: 40.0,
}
ALTITUDE_MIN_M = -500.0
ALTITUDE_MAX_M = 9000.0
