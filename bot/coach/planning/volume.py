"""Weekly volume: where it starts, how fast it may grow, how recovery and taper cut it.

Rules (domain.md "Periodisation"; sources inline):
- start from the athlete's current level: recent weekly hours, else recent CTL, else a
  conservative default for the experience level; never above the hours they have;
- loading weeks grow at most 8 % a week in base, 6 % in build, hold in peak (the
  "10 % rule" with margin; Gabbett 2016 Br J Sports Med 50:273 on spikes in load);
- the weekly fitness ramp stays under ~8 CTL points (TrainingPeaks' 5-8/week guidance);
- recovery weeks at 60 % of the last loading week (Friel: 3+1 / 2+1 mesocycles);
- taper: volume -40-60 % over 1-3 weeks, intensity kept (Bosquet et al. 2007).
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.coach.planning.model import Phase
from bot.coach.planning.request import Experience, PlanRequest
from bot.coach.science.pmc import CTL_ALPHA

# An 80/20 week averages about 50 TSS per hour (0.8 x ~43 + 0.2 x ~85).
TSS_PER_HOUR = 50.0
# Nobody is planned below three 30-minute sessions a week.
MIN_BASELINE_HOURS = 1.5
DEFAULT_BASELINE_HOURS = {
    Experience.BEGINNER: 3.0,
    Experience.INTERMEDIATE: 5.0,
    Experience.ADVANCED: 7.0,
}
GROWTH = {Phase.BASE: 1.08, Phase.BUILD: 1.06, Phase.PEAK: 1.0}
GENERAL_FITNESS_GROWTH = 1.05
RECOVERY_FACTOR = 0.6
# Training hours of each taper week, then of the race week, as fractions of the last
# loading week: the mean cut is 42-50 %, inside Bosquet's 41-60 % band.
TAPER_FACTORS: dict[int, tuple[tuple[float, ...], float]] = {
    0: ((), 0.5),
    1: ((0.65,), 0.45),
    2: ((0.75, 0.6), 0.4),
    3: ((0.8, 0.7, 0.55), 0.4),
}

# Guardrail limits, shared with guardrails.py so generator and checker agree.
MAX_WEEKLY_GROWTH = 1.10
MAX_CTL_RAMP = 8.0
# The generator aims a little under the guardrail so rounding never trips it.
GENERATOR_CTL_RAMP = 7.5
GENERATOR_MAX_GROWTH = 1.095

# CTL is a 42-day exponentially weighted load, the same recursion as the PMC in
# coach/science: CTL_d = CTL_{d-1} + (1 - e^(-1/42)) (load_d - CTL_{d-1}).
CTL_GAIN = CTL_ALPHA
CTL_KEEP = 1 - CTL_ALPHA


def baseline_hours(request: PlanRequest) -> float:
    """The weekly hours the athlete trains now (the plan's first reference)."""
    if request.recent_weekly_hours is not None:
        hours = request.recent_weekly_hours
    elif request.recent_ctl is not None:
        hours = request.recent_ctl * 7 / TSS_PER_HOUR
    else:
        hours = min(DEFAULT_BASELINE_HOURS[request.experience], request.weekly_hours)
    return max(hours, MIN_BASELINE_HOURS)


def starting_ctl(request: PlanRequest, baseline: float) -> float:
    if request.recent_ctl is not None:
        return request.recent_ctl
    return baseline * TSS_PER_HOUR / 7


def ctl_after(ctl: float, daily_loads: Iterable[float]) -> float:
    for load in daily_loads:
        ctl += CTL_GAIN * (load - ctl)
    return ctl


def max_week_load(ctl_at_week_start: float, days: int = 7) -> float:
    """The most load ``days`` days may hold so CTL rises at most GENERATOR_CTL_RAMP.

    After n days CTL_n = k^n CTL_0 + g sum(k^(n-d) load_d) <= k^n CTL_0 + g W, so
    W <= (ramp + (1 - k^n) CTL_0) / g bounds the ramp whatever the order of the days.
    """
    return (GENERATOR_CTL_RAMP + (1 - CTL_KEEP**days) * ctl_at_week_start) / CTL_GAIN


def loading_target(
    phase: Phase, *, reference: float, intended: float, budget: float, general: bool
) -> float:
    """Hours of a loading week: the intended progression (growth over the last loading
    week's *target*, so rounding losses do not compound), but never more than the
    guardrail's 10 % over the last loading week's *actual* hours, nor the budget."""
    growth = GENERAL_FITNESS_GROWTH if general else GROWTH.get(phase, 1.0)
    return min(budget, max(intended, reference) * growth, reference * GENERATOR_MAX_GROWTH)


def taper_target(position: int, taper_weeks: int, reference: float) -> float:
    """Training hours of taper week ``position`` (== taper_weeks means the race week)."""
    weeks, race_week = TAPER_FACTORS[min(taper_weeks, 3)]
    factor = weeks[position] if position < len(weeks) else race_week
    return reference * factor
