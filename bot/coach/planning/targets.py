"""Intensity targets: which kind an athlete gets, the bands per effort, IF, and rendering.

A plan only needs targets as fractions of a threshold; the renderer turns them into
watts, pace or bpm for whatever thresholds hold on the day the athlete looks. Where the
athlete or coach set custom zones, the numbers are carried into them (same zone, same
place in it: ``science.zones.carry_into``) without touching plans.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from bot.coach.planning.model import Effort, SessionSport, TalkTest, Target, TargetKind
from bot.coach.planning.request import Experience, PlanRequest, Thresholds, Units
from bot.coach.science.zones import carry_into

Band = tuple[float, float]

# Coggan power levels, % FTP (Allen & Coggan, Training and Racing with a Power Meter,
# 3rd ed. 2019): 55/75/90/105/120/150. Sweet spot 88-94 % is Coggan's own band.
POWER_BANDS: dict[Effort, Band] = {
    Effort.RECOVERY: (0.45, 0.55),
    Effort.ENDURANCE: (0.56, 0.75),
    Effort.TEMPO: (0.76, 0.90),
    Effort.SWEET_SPOT: (0.88, 0.94),
    Effort.THRESHOLD: (0.95, 1.05),
    Effort.VO2MAX: (1.06, 1.20),
    Effort.ANAEROBIC: (1.21, 1.50),
}
# Friel's run pace zones (% of threshold pace time: Z2 114-129, Z3 106-113, Z4 99-105,
# Z5a 97-100, Z5b 90-96) turned into fractions of threshold *speed*, which is what the
# rTSS intensity factor uses (speed / threshold speed).
RUN_PACE_BANDS: dict[Effort, Band] = {
    Effort.RECOVERY: (0.70, 0.77),
    Effort.ENDURANCE: (0.78, 0.87),
    Effort.TEMPO: (0.88, 0.94),
    Effort.SWEET_SPOT: (0.92, 0.96),
    Effort.THRESHOLD: (0.96, 1.01),
    Effort.VO2MAX: (1.02, 1.10),
    Effort.ANAEROBIC: (1.11, 1.25),
}
# Fractions of critical swim speed; aerobic sets at roughly CSS + 5-15 s/100 m
# (Wakayoshi et al. 1992; Swim Smooth CSS training guidance).
SWIM_BANDS: dict[Effort, Band] = {
    Effort.RECOVERY: (0.80, 0.86),
    Effort.ENDURANCE: (0.87, 0.93),
    Effort.TEMPO: (0.93, 0.97),
    Effort.SWEET_SPOT: (0.95, 0.98),
    Effort.THRESHOLD: (0.98, 1.02),
    Effort.VO2MAX: (1.03, 1.08),
    Effort.ANAEROBIC: (1.09, 1.15),
}
# Heart rate lags short efforts, so anaerobic work has no HR band and falls back to RPE.
# Coggan HR levels, % LTHR: 68/83/94/105 (used for the bike and anything not running).
HR_BIKE_BANDS: dict[Effort, Band] = {
    Effort.RECOVERY: (0.60, 0.68),
    Effort.ENDURANCE: (0.69, 0.83),
    Effort.TEMPO: (0.84, 0.94),
    Effort.SWEET_SPOT: (0.91, 0.97),
    Effort.THRESHOLD: (0.95, 1.05),
    Effort.VO2MAX: (1.03, 1.08),
}
# Friel's run LTHR zones: Z1 <85, Z2 85-89, Z3 90-94, Z4 95-99, Z5a 100-102, Z5b 103-106.
HR_RUN_BANDS: dict[Effort, Band] = {
    Effort.RECOVERY: (0.75, 0.84),
    Effort.ENDURANCE: (0.85, 0.89),
    Effort.TEMPO: (0.90, 0.94),
    Effort.SWEET_SPOT: (0.93, 0.96),
    Effort.THRESHOLD: (0.95, 1.00),
    Effort.VO2MAX: (1.00, 1.06),
}
# Karvonen: rest + fraction x (max - rest); the usual 50-60-70-80-90-100 % bands.
HRR_BANDS: dict[Effort, Band] = {
    Effort.RECOVERY: (0.50, 0.60),
    Effort.ENDURANCE: (0.60, 0.70),
    Effort.TEMPO: (0.70, 0.80),
    Effort.SWEET_SPOT: (0.77, 0.84),
    Effort.THRESHOLD: (0.82, 0.90),
    Effort.VO2MAX: (0.90, 0.97),
}
# Borg CR-10 with Foster's talk test (Foster et al. 2001, Med Sci Sports Exerc 33:S112).
RPE_BANDS: dict[Effort, tuple[float, float, TalkTest]] = {
    Effort.RECOVERY: (1, 2, TalkTest.FULL_CONVERSATION),
    Effort.ENDURANCE: (3, 4, TalkTest.SENTENCES),
    Effort.TEMPO: (5, 6, TalkTest.SHORT_PHRASES),
    Effort.SWEET_SPOT: (6, 7, TalkTest.SHORT_PHRASES),
    Effort.THRESHOLD: (7, 8, TalkTest.FEW_WORDS),
    Effort.VO2MAX: (8, 9, TalkTest.NO_TALKING),
    Effort.ANAEROBIC: (9, 10, TalkTest.NO_TALKING),
}

# Defaults when no threshold is known, only to estimate swim times and run distances.
DEFAULT_CSS_S_PER_100M = {
    Experience.BEGINNER: 150.0,
    Experience.INTERMEDIATE: 120.0,
    Experience.ADVANCED: 100.0,
}


def _bands(kind: TargetKind, sport: SessionSport) -> dict[Effort, Band]:
    if kind is TargetKind.POWER_FTP:
        return POWER_BANDS
    if kind is TargetKind.PACE_THRESHOLD:
        return RUN_PACE_BANDS
    if kind is TargetKind.SWIM_PACE_CSS:
        return SWIM_BANDS
    if kind is TargetKind.HR_LTHR:
        return HR_RUN_BANDS if sport is SessionSport.RUN else HR_BIKE_BANDS
    if kind is TargetKind.HR_RESERVE:
        return HRR_BANDS
    return {effort: (lo, hi) for effort, (lo, hi, _) in RPE_BANDS.items()}


def _if_bands(sport: SessionSport) -> dict[Effort, Band]:
    """The bands whose fractions *are* the intensity factor for this sport."""
    if sport is SessionSport.RUN:
        return RUN_PACE_BANDS
    if sport is SessionSport.SWIM:
        return SWIM_BANDS
    return POWER_BANDS


def _mid(band: Band) -> float:
    return (band[0] + band[1]) / 2


def _anchors(kind: TargetKind, sport: SessionSport) -> tuple[tuple[float, float], ...]:
    """(target midpoint, IF) pairs, one per effort, for interpolating an IF."""
    bands, if_bands = _bands(kind, sport), _if_bands(sport)
    return tuple(sorted((_mid(bands[e]), _mid(if_bands[e])) for e in bands))


_ANCHORS = {(kind, sport): _anchors(kind, sport) for kind in TargetKind for sport in SessionSport}


def intensity_factor(target: Target, sport: SessionSport) -> float:
    """IF of a target: the midpoint for power/pace/CSS targets (IF is that ratio, Coggan);
    for heart-rate and RPE targets, the IF of the same zone, interpolated between zones."""
    mid = (target.low + target.high) / 2
    if target.kind in (
        TargetKind.POWER_FTP,
        TargetKind.PACE_THRESHOLD,
        TargetKind.SWIM_PACE_CSS,
    ):
        return mid
    anchors = _ANCHORS[(target.kind, sport)]
    if mid <= anchors[0][0]:
        return anchors[0][1]
    for (x0, y0), (x1, y1) in zip(anchors, anchors[1:], strict=False):
        if mid <= x1:
            return y0 + (y1 - y0) * (mid - x0) / (x1 - x0) if x1 > x0 else y1
    return anchors[-1][1]


def load_of(duration_s: float, intensity: float, sport: SessionSport) -> float:
    """TSS-like load: hours x IF^2 x 100 (Coggan TSS, rTSS); swims use IF^3 (sTSS)."""
    exponent = 3 if sport is SessionSport.SWIM else 2
    return duration_s / 3600 * intensity**exponent * 100


def target_kind_for(sport: SessionSport, request: PlanRequest) -> TargetKind:
    """The most objective target the athlete can follow for this sport."""
    t, eq = request.thresholds, request.equipment
    if sport is SessionSport.BIKE and eq.power_meter and t.ftp_w:
        return TargetKind.POWER_FTP
    if sport is SessionSport.RUN and t.run_threshold_pace_s_per_km:
        return TargetKind.PACE_THRESHOLD
    if sport is SessionSport.SWIM:
        # Heart rate under water is unreliable; swimmers go by pace or feel.
        return TargetKind.SWIM_PACE_CSS if t.css_s_per_100m else TargetKind.RPE
    if sport in (SessionSport.BIKE, SessionSport.RUN) and eq.hr_strap:
        if t.lthr:
            return TargetKind.HR_LTHR
        if t.hrmax and t.resting_hr and t.hrmax > t.resting_hr:
            return TargetKind.HR_RESERVE
    return TargetKind.RPE


def make_target(kind: TargetKind, effort: Effort, sport: SessionSport) -> Target:
    """The band for ``effort``; kinds without a band for it (HR for sprints) use RPE."""
    band = _bands(kind, sport).get(effort)
    if band is None or kind is TargetKind.RPE:
        lo, hi, talk = RPE_BANDS[effort]
        return Target(TargetKind.RPE, lo, hi, talk)
    return Target(kind, band[0], band[1])


class TargetResolver:
    """Targets and IFs per (sport, effort) for one request, memoised (plans repeat them)."""

    def __init__(self, request: PlanRequest) -> None:
        self._kinds = {sport: target_kind_for(sport, request) for sport in SessionSport}
        self._targets: dict[tuple[SessionSport, Effort], Target] = {}

    def kind(self, sport: SessionSport) -> TargetKind:
        return self._kinds[sport]

    def target(self, sport: SessionSport, effort: Effort) -> Target:
        key = (sport, effort)
        found = self._targets.get(key)
        if found is None:
            found = self._targets[key] = make_target(self._kinds[sport], effort, sport)
        return found


class TargetUnit(StrEnum):
    WATTS = "W"
    BPM = "bpm"
    S_PER_KM = "s/km"
    S_PER_MILE = "s/mi"
    S_PER_100M = "s/100m"
    S_PER_100YD = "s/100yd"
    RPE = "rpe"
    # Fallbacks when the threshold a target refers to is not known (yet).
    PCT_FTP = "%ftp"
    PCT_THRESHOLD_SPEED = "%threshold_speed"
    PCT_CSS = "%css"
    PCT_LTHR = "%lthr"
    PCT_HRR = "%hrr"


@dataclass(frozen=True, slots=True)
class RenderedTarget:
    """Numbers plus a unit code; for paces ``low`` is the faster (smaller) value."""

    low: float
    high: float
    unit: TargetUnit
    text: str
    talk: TalkTest | None = None


_KM_PER_MILE = 1.609344
_M_PER_YD = 0.9144


def format_pace(seconds: float) -> str:
    total = round(seconds)
    return f"{total // 60}:{total % 60:02d}"


Carry = Callable[[float], float]


def _same(value: float) -> float:
    return value


def _pace(
    threshold_s: float, target: Target, per: float, unit: TargetUnit, carry: Carry = _same
) -> RenderedTarget:
    # Faster fraction of threshold speed -> shorter time per distance.
    fast = round(carry(threshold_s * per / target.high))
    slow = round(carry(threshold_s * per / target.low))
    suffix = unit.value.removeprefix("s")
    return RenderedTarget(fast, slow, unit, f"{format_pace(fast)}–{format_pace(slow)}{suffix}")


def _numbers(
    low: float, high: float, unit: TargetUnit, text_unit: str, carry: Carry = _same
) -> RenderedTarget:
    lo, hi = round(carry(low)), round(carry(high))
    return RenderedTarget(lo, hi, unit, f"{lo}–{hi} {text_unit}")


def render_target(target: Target, thresholds: Thresholds, units: Units) -> RenderedTarget:
    """Watts, pace per km/mile, pace per 100 m/yd, bpm or RPE for these thresholds, carried
    into the athlete's custom zones where there are any (overrides win everywhere)."""
    kind, t = target.kind, thresholds
    imperial = units is Units.IMPERIAL
    carry = carry_for(t, kind)
    if kind is TargetKind.POWER_FTP and t.ftp_w:
        low, high = target.low * t.ftp_w, target.high * t.ftp_w
        return _numbers(low, high, TargetUnit.WATTS, "W", carry)
    run_pace = t.run_threshold_pace_s_per_km
    if kind is TargetKind.PACE_THRESHOLD and run_pace:
        if imperial:
            return _pace(run_pace, target, _KM_PER_MILE, TargetUnit.S_PER_MILE, carry)
        return _pace(run_pace, target, 1.0, TargetUnit.S_PER_KM, carry)
    if kind is TargetKind.SWIM_PACE_CSS and t.css_s_per_100m:
        if imperial:
            return _pace(t.css_s_per_100m, target, _M_PER_YD, TargetUnit.S_PER_100YD, carry)
        return _pace(t.css_s_per_100m, target, 1.0, TargetUnit.S_PER_100M, carry)
    if kind is TargetKind.HR_LTHR and t.lthr:
        return _numbers(target.low * t.lthr, target.high * t.lthr, TargetUnit.BPM, "bpm", carry)
    if kind is TargetKind.HR_RESERVE and t.hrmax and t.resting_hr:
        reserve = t.hrmax - t.resting_hr
        low, high = t.resting_hr + target.low * reserve, t.resting_hr + target.high * reserve
        return _numbers(low, high, TargetUnit.BPM, "bpm", carry)
    if kind is TargetKind.RPE:
        lo, hi = round(target.low), round(target.high)
        return RenderedTarget(lo, hi, TargetUnit.RPE, f"RPE {lo}–{hi}", target.talk)
    fallback = {
        TargetKind.POWER_FTP: (TargetUnit.PCT_FTP, "% FTP"),
        TargetKind.PACE_THRESHOLD: (TargetUnit.PCT_THRESHOLD_SPEED, "% threshold speed"),
        TargetKind.SWIM_PACE_CSS: (TargetUnit.PCT_CSS, "% CSS"),
        TargetKind.HR_LTHR: (TargetUnit.PCT_LTHR, "% LTHR"),
        TargetKind.HR_RESERVE: (TargetUnit.PCT_HRR, "% HRR"),
    }[kind]
    return _numbers(target.low * 100, target.high * 100, *fallback)


_METRIC_OF = {
    TargetKind.POWER_FTP: "power",
    TargetKind.PACE_THRESHOLD: "run_pace",
    TargetKind.SWIM_PACE_CSS: "swim_pace",
    TargetKind.HR_LTHR: "heart_rate",
    TargetKind.HR_RESERVE: "heart_rate",
}


def carry_for(thresholds: Thresholds, kind: TargetKind) -> Carry:
    """Values of this kind moved into the custom zones of its metric (or left alone)."""
    metric = _METRIC_OF.get(kind)
    found = thresholds.zone_map(metric) if metric is not None else None
    if found is None:
        return _same
    computed, effective = found.computed, found.effective
    return lambda value: carry_into(computed, effective, value)
