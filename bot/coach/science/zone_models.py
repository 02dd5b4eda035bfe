"""Published zone models, computed from thresholds.

Friel publishes whole-percent bands with 1 % gaps (Z2 85–89 %, Z3 90–94 %); we place each
boundary at the easier band's published harder edge (89 %), so every whole percent lands in
Friel's zone under our "a boundary belongs to the easier zone" rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.coach.science.errors import InvalidValueError, require_positive, require_range
from bot.coach.science.limits import HEART_RATE_MAX_BPM, HEART_RATE_MIN_BPM, POWER_MAX_W
from bot.coach.science.units import PaceUnit
from bot.coach.science.zones import Zone, ZoneMetric, ZoneSet, ZoneSource

# (label, code, English name, English one-line purpose)
_Spec = tuple[str, str, str, str]

_COGGAN_POWER: tuple[_Spec, ...] = (
    ("1", "active_recovery", "Active recovery", "Easy spinning that speeds recovery"),
    ("2", "endurance", "Endurance", "Long aerobic riding that builds the base"),
    ("3", "tempo", "Tempo", "Brisk steady work for aerobic power and muscular endurance"),
    ("4", "lactate_threshold", "Lactate threshold", "Near-hour efforts that raise FTP"),
    ("5", "vo2max", "VO2max", "3–8 minute intervals that raise maximal aerobic power"),
    ("6", "anaerobic_capacity", "Anaerobic capacity", "30 s–2 min efforts for anaerobic work"),
    ("7", "neuromuscular", "Neuromuscular power", "Sprints under 30 s for peak power"),
)
_COGGAN_HR: tuple[_Spec, ...] = _COGGAN_POWER[:5]
_FRIEL: tuple[_Spec, ...] = (
    ("1", "recovery", "Recovery", "Very easy effort for recovery, warm-up and cool-down"),
    ("2", "aerobic", "Aerobic", "Easy aerobic endurance, the bulk of base training"),
    ("3", "tempo", "Tempo", "Moderate steady effort for aerobic and muscular endurance"),
    ("4", "subthreshold", "Sub-threshold", "Hard sustained work just below threshold"),
    ("5a", "superthreshold", "Super-threshold", "At to just above threshold"),
    ("5b", "aerobic_capacity", "Aerobic capacity", "VO2max intervals of 3–8 minutes"),
    ("5c", "anaerobic_capacity", "Anaerobic capacity", "Short all-out efforts and sprints"),
)
_FIVE_HR: tuple[_Spec, ...] = (
    ("1", "very_light", "Very light", "Warm-up, cool-down and active recovery"),
    ("2", "light", "Light", "Easy aerobic endurance"),
    ("3", "moderate", "Moderate", "Steady aerobic work"),
    ("4", "hard", "Hard", "Threshold work, sustainable for tens of minutes"),
    ("5", "maximum", "Maximum", "Short intervals near maximal effort"),
)
_CSS_SWIM: tuple[_Spec, ...] = (
    ("1", "recovery", "Recovery", "Easy swimming, drills, warm-up and cool-down"),
    ("2", "endurance", "Endurance", "Steady aerobic swimming that builds the base"),
    ("3", "tempo", "Tempo", "Brisk sustained swimming a little slower than CSS"),
    ("4", "threshold", "Threshold", "CSS pace and just faster: the key threshold sets"),
    ("5", "vo2max", "VO2max and speed", "Short fast repeats well above CSS"),
)


def power_zones_coggan(ftp_w: float) -> ZoneSet:
    """Coggan's 7 power levels: 55/75/90/105/120/150 % FTP (Allen & Coggan 2010, table 3.1)."""
    ftp = require_range("FTP", ftp_w, 1, POWER_MAX_W, "W")
    bounds = _percent_of(ftp, (55, 75, 90, 105, 120, 150))
    return _ascending(
        ZoneMetric.POWER, "W", "coggan_power", _COGGAN_POWER, floor=0.0, bounds=bounds
    )


def hr_zones_coggan(lthr_bpm: float) -> ZoneSet:
    """Coggan's HR levels: 68/83/94/105 % LTHR (Allen & Coggan 2010, table 3.1)."""
    lthr = _lthr(lthr_bpm)
    bounds = _percent_of(lthr, (68, 83, 94, 105))
    return _ascending(
        ZoneMetric.HEART_RATE, "bpm", "coggan_hr", _COGGAN_HR, floor=0.0, bounds=bounds
    )


def hr_zones_friel_run(lthr_bpm: float) -> ZoneSet:
    """Friel running LTHR zones: <85, 85–89, 90–94, 95–99, 100–102, 103–106, >106 % (Friel,
    "A Quick Guide to Setting Zones", 2009)."""
    lthr = _lthr(lthr_bpm)
    bounds = _percent_of(lthr, (85, 89, 94, 99, 102, 106))
    return _ascending(
        ZoneMetric.HEART_RATE, "bpm", "friel_run_hr", _FRIEL, floor=0.0, bounds=bounds
    )


def hr_zones_friel_bike(lthr_bpm: float) -> ZoneSet:
    """Friel cycling LTHR zones: <81, 81–89, 90–93, 94–99, 100–102, 103–106, >106 % (Friel,
    "A Quick Guide to Setting Zones", 2009)."""
    lthr = _lthr(lthr_bpm)
    bounds = _percent_of(lthr, (81, 89, 93, 99, 102, 106))
    return _ascending(
        ZoneMetric.HEART_RATE, "bpm", "friel_bike_hr", _FRIEL, floor=0.0, bounds=bounds
    )


def karvonen_target_hr(hr_rest_bpm: float, hr_max_bpm: float, fraction: float) -> float:
    """Target HR = rest + fraction × (max − rest) (Karvonen, Kentala & Mustala 1957)."""
    rest, top = _rest_and_max(hr_rest_bpm, hr_max_bpm)
    share = require_range("heart-rate reserve fraction", fraction, 0, 1.2)
    return rest + share * (top - rest)


def hr_zones_karvonen(hr_rest_bpm: float, hr_max_bpm: float) -> ZoneSet:
    """5 zones at 50/60/70/80/90 % of heart-rate reserve (Karvonen et al. 1957; ACSM's
    Guidelines for Exercise Testing and Prescription)."""
    rest, top = _rest_and_max(hr_rest_bpm, hr_max_bpm)
    at = [rest + p * (top - rest) / 100 for p in (50, 60, 70, 80, 90)]
    return _ascending(
        ZoneMetric.HEART_RATE, "bpm", "karvonen", _FIVE_HR, floor=at[0], bounds=at[1:]
    )


def hr_zones_percent_max(hr_max_bpm: float) -> ZoneSet:
    """5 zones at 50/60/70/80/90 % HRmax (ACSM; the common 5-zone %HRmax model)."""
    top = require_range("HRmax", hr_max_bpm, 100, HEART_RATE_MAX_BPM, "bpm")
    at = _percent_of(top, (50, 60, 70, 80, 90))
    return _ascending(
        ZoneMetric.HEART_RATE, "bpm", "percent_hr_max", _FIVE_HR, floor=at[0], bounds=at[1:]
    )


def run_pace_zones_friel(threshold_speed_m_s: float, unit: PaceUnit = PaceUnit.PER_KM) -> ZoneSet:
    """Friel run pace zones as % of threshold pace TIME: >129, 114–129, 106–113, 101–105,
    97–100, 90–96, <90 % (Friel, "A Quick Guide to Setting Zones", 2009).

    Friel's whole percents leave gaps (113–114, 105–106, 100–101, 96–97); each gap goes to
    the slower zone, so every zone ends at Friel's slow edge: boundaries 129/113/105/100/
    96/90 %. Zone 4 (sub-threshold) thus reaches threshold pace and 5a (super-threshold)
    starts there, never holding a pace slower than threshold; threshold pace itself is the
    4/5a boundary, in the easier zone like every boundary (:func:`zone_of`)."""
    speed = require_range("threshold speed", threshold_speed_m_s, 0.5, 12.5, "m/s")
    pace = unit.metres / speed
    percents = (129, 113, 105, 100, 96, 90)
    return _descending(
        ZoneMetric.RUN_PACE, unit, "friel_run_pace", _FRIEL, threshold_pace=pace, percents=percents
    )


def swim_pace_zones_css(css_m_s: float, unit: PaceUnit = PaceUnit.PER_100M) -> ZoneSet:
    """5 swim zones as % of CSS pace time: >108, 104–108, 100–104, 96–100, <96 %.

    Cut-points are ours, rounded from CSS-relative tables (Swim Smooth; CSS per Wakayoshi et
    al. 1992): zone 4 is CSS pace and up to 4 % faster.
    """
    css = require_range("CSS", css_m_s, 0.2, 3.0, "m/s")
    pace = unit.metres / css
    percents = (108, 104, 100, 96)
    return _descending(
        ZoneMetric.SWIM_PACE,
        unit,
        "css_swim_pace",
        _CSS_SWIM,
        threshold_pace=pace,
        percents=percents,
    )


def _percent_of(base: float, percents: Sequence[int]) -> list[float]:
    # Whole percents times base / 100 is exact for whole-number bases (300 W × 55 / 100 =
    # 165.0), where 0.55 × 300 is not, so a value on a boundary really is on it.
    return [base * p / 100 for p in percents]


def _lthr(value: float) -> float:
    return require_range("LTHR", value, 60, HEART_RATE_MAX_BPM, "bpm")


def _rest_and_max(rest_bpm: float, max_bpm: float) -> tuple[float, float]:
    rest = require_range("resting HR", rest_bpm, HEART_RATE_MIN_BPM, 120, "bpm")
    top = require_range("HRmax", max_bpm, 100, HEART_RATE_MAX_BPM, "bpm")
    if top <= rest:
        raise InvalidValueError(f"HRmax ({top:g}) must be above resting HR ({rest:g})")
    return rest, top


def _ascending(
    metric: ZoneMetric,
    unit: str,
    model: str,
    specs: Sequence[_Spec],
    *,
    floor: float,
    bounds: Sequence[float],
) -> ZoneSet:
    lows = [floor, *bounds]
    highs: list[float | None] = [*bounds, None]
    zones = tuple(
        Zone(i + 1, label, code, name, purpose, low, high)
        for i, ((label, code, name, purpose), low, high) in enumerate(
            zip(specs, lows, highs, strict=True)
        )
    )
    return ZoneSet(metric, unit, model, ZoneSource.COMPUTED, zones)


def _descending(
    metric: ZoneMetric,
    unit: PaceUnit,
    model: str,
    specs: Sequence[_Spec],
    *,
    threshold_pace: float,
    percents: Sequence[int],
) -> ZoneSet:
    require_positive("threshold pace", threshold_pace, unit.value)
    bounds = _percent_of(threshold_pace, percents)
    # Zone 1 (slowest) is open on the slow side; the fastest zone runs down to 0 s.
    lows = [*bounds, 0.0]
    highs: list[float | None] = [None, *bounds]
    zones = tuple(
        Zone(i + 1, label, code, name, purpose, low, high)
        for i, ((label, code, name, purpose), low, high) in enumerate(
            zip(specs, lows, highs, strict=True)
        )
    )
    return ZoneSet(metric, unit.value, model, ZoneSource.COMPUTED, zones)
