"""What each goal demands: sports mix, taper, minimum preparation, useful volume, race IF.

Tables are by experience (beginner, intermediate, advanced). Sources, in one place:
- taper length: Bosquet et al. (2007) Med Sci Sports Exerc 39:1358-1365 (8-14 days is
  best, volume -41-60 %, intensity and frequency kept); Mujika & Padilla (2003): longer
  events tolerate and need the longer end. Short races get the race week only.
- preparation length: the common published plan lengths (Higdon novice marathon 18 wk,
  half 12 wk; Friel's 12-24 week annual plans for 70.3/Ironman; Couch-to-5K 9 wk).
- useful weekly volume: Friel's annual-hours guidance, Training Bible ch. 7 (sprint
  ~300-500 h/yr up to Ironman 700-1000 h/yr), divided by ~50 weeks.
- race IF: Coggan's IF by event duration (~1.05 for 20-30 min down to ~0.7 for 10+ h).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.coach.planning.model import Effort, SessionSport
from bot.coach.planning.request import Discipline, Experience, Goal, RaceKind

Triple = tuple[float, float, float]
_EXP_INDEX = {Experience.BEGINNER: 0, Experience.INTERMEDIATE: 1, Experience.ADVANCED: 2}

RUN_RACES = frozenset(
    {RaceKind.RUN_5K, RaceKind.RUN_10K, RaceKind.HALF_MARATHON, RaceKind.MARATHON, RaceKind.ULTRA}
)
MULTISPORT_RACES = frozenset(
    {RaceKind.SPRINT, RaceKind.OLYMPIC, RaceKind.HALF_IRONMAN, RaceKind.IRONMAN}
)


@dataclass(frozen=True, slots=True)
class _Row:
    hours: Triple  # typical finishing time, h
    taper_weeks: int  # weeks of taper before the race week
    min_weeks: Triple  # recommended preparation, weeks
    min_hours: float  # below this weekly volume the distance is a stretch
    max_hours: Triple  # useful weekly volume cap, h
    long_caps: tuple[tuple[SessionSport, float], ...]  # longest session per sport, h
    race_if: float


_RACES: dict[RaceKind, _Row] = {
    RaceKind.RUN_5K: _Row(
        (0.5, 0.42, 0.33), 0, (6, 4, 4), 2.0, (4, 6, 8), ((SessionSport.RUN, 1.0),), 1.05
    ),
    RaceKind.RUN_10K: _Row(
        (1.1, 0.9, 0.7), 0, (8, 6, 5), 2.5, (5, 7, 9), ((SessionSport.RUN, 1.25),), 1.0
    ),
    RaceKind.HALF_MARATHON: _Row(
        (2.5, 2.0, 1.6), 1, (12, 10, 8), 3.5, (5, 8, 10), ((SessionSport.RUN, 2.0),), 0.93
    ),
    # Daniels caps the long run near 2.5 h for most; 3 h for the slowest marathoners.
    RaceKind.MARATHON: _Row(
        (5.0, 4.0, 3.3), 2, (18, 14, 12), 5.0, (6, 9, 12), ((SessionSport.RUN, 3.0),), 0.84
    ),
    RaceKind.ULTRA: _Row(
        (8.0, 7.0, 6.0), 2, (24, 18, 16), 6.0, (8, 11, 14), ((SessionSport.RUN, 4.0),), 0.68
    ),
    RaceKind.SPRINT: _Row(
        (1.6, 1.3, 1.1),
        0,
        (8, 6, 6),
        4.0,
        (6, 8, 10),
        ((SessionSport.BIKE, 1.5), (SessionSport.RUN, 1.0), (SessionSport.SWIM, 0.75)),
        0.95,
    ),
    RaceKind.OLYMPIC: _Row(
        (3.2, 2.6, 2.2),
        1,
        (12, 10, 8),
        6.0,
        (7, 10, 12),
        ((SessionSport.BIKE, 2.5), (SessionSport.RUN, 1.5), (SessionSport.SWIM, 1.0)),
        0.9,
    ),
    RaceKind.HALF_IRONMAN: _Row(
        (6.5, 5.5, 4.8),
        1,
        (20, 16, 12),
        8.0,
        (9, 12, 15),
        ((SessionSport.BIKE, 3.5), (SessionSport.RUN, 2.0), (SessionSport.SWIM, 1.0)),
        0.82,
    ),
    RaceKind.IRONMAN: _Row(
        (14.0, 12.0, 10.5),
        2,
        (30, 24, 20),
        10.0,
        (11, 15, 20),
        ((SessionSport.BIKE, 5.5), (SessionSport.RUN, 2.75), (SessionSport.SWIM, 1.25)),
        0.72,
    ),
}
_GENERAL_CAPS = ((SessionSport.RUN, 1.5), (SessionSport.BIKE, 3.0), (SessionSport.SWIM, 1.0))

# Triathlon time split by discipline (Friel: about 20/50/30 for long course; sprint
# athletes give the swim more). Duathlon: bike 55 / run 45.
SHARES: dict[Discipline, tuple[tuple[SessionSport, float], ...]] = {
    Discipline.RUN: ((SessionSport.RUN, 1.0),),
    Discipline.BIKE: ((SessionSport.BIKE, 1.0),),
    Discipline.SWIM: ((SessionSport.SWIM, 1.0),),
    Discipline.TRIATHLON: (
        (SessionSport.BIKE, 0.5),
        (SessionSport.RUN, 0.3),
        (SessionSport.SWIM, 0.2),
    ),
    Discipline.DUATHLON: ((SessionSport.BIKE, 0.55), (SessionSport.RUN, 0.45)),
}
# Average speeds used to turn a distance into a duration when no target time is given.
_BIKE_KMH: Triple = (22.0, 27.0, 32.0)
_RUN_KMH: Triple = (8.5, 10.5, 12.5)
_SWIM_KMH: Triple = (2.4, 3.0, 3.6)
# Race legs as fractions of finishing time (swim, bike, run); transitions fold into them.
_TRI_SPLIT = ((SessionSport.SWIM, 0.14), (SessionSport.BIKE, 0.52), (SessionSport.RUN, 0.34))
_DU_SPLIT = ((SessionSport.RUN, 0.25), (SessionSport.BIKE, 0.55), (SessionSport.RUN, 0.20))


@dataclass(frozen=True, slots=True)
class RaceProfile:
    """The goal reduced to numbers the planner uses; ``race_hours`` is 0 for fitness."""

    kind: RaceKind
    discipline: Discipline
    race_hours: float
    taper_weeks: int
    min_weeks: int
    min_hours: float
    max_hours: float
    long_caps: dict[SessionSport, float]
    race_if: float
    legs: tuple[tuple[SessionSport, float], ...]  # (sport, fraction of race time)

    def race_effort(self) -> Effort:
        """The generic effort closest to race intensity (for race-pace work)."""
        if self.race_if >= 1.03:
            return Effort.VO2MAX
        if self.race_if >= 0.95:
            return Effort.THRESHOLD
        if self.race_if >= 0.88:
            return Effort.SWEET_SPOT
        if self.race_if >= 0.76:
            return Effort.TEMPO
        return Effort.ENDURANCE


def training_discipline(goal: Goal, athlete: Discipline) -> Discipline:
    """Training follows the goal's sport; the athlete's discipline fills the gaps."""
    if goal.kind in RUN_RACES:
        return Discipline.RUN
    if goal.kind in MULTISPORT_RACES:
        return Discipline.DUATHLON if athlete is Discipline.DUATHLON else Discipline.TRIATHLON
    if goal.kind is RaceKind.BIKE_EVENT:
        return Discipline.BIKE
    if goal.kind is RaceKind.CUSTOM and goal.discipline is not None:
        return goal.discipline
    return athlete


def _if_for_hours(hours: float) -> float:
    # Coggan: ~1.05 for a 20-min effort, ~1.0 at 1 h, ~0.9 at 2-3 h, ~0.75 at 6 h.
    points = ((0.33, 1.05), (1.0, 1.0), (2.5, 0.9), (6.0, 0.75), (12.0, 0.65))
    if hours <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if hours <= x1:
            return y0 + (y1 - y0) * (hours - x0) / (x1 - x0)
    return points[-1][1]


def _scaled_row(hours: float, discipline: Discipline) -> _Row:
    """Cycling events and custom goals: everything scales with expected duration."""
    taper = 0 if hours < 1.5 else (1 if hours < 4 else 2)
    if hours < 2:
        min_weeks: Triple = (6, 4, 4)
    elif hours < 5:
        min_weeks = (10, 8, 6)
    else:
        min_weeks = (16, 12, 10)
    caps = {
        SessionSport.BIKE: min(max(hours, 1.5), 5.5),
        SessionSport.RUN: min(max(hours * 0.75, 1.0), 3.0),
        SessionSport.SWIM: min(max(hours, 0.75), 1.5),
    }
    long_caps = tuple((s, caps[s]) for s, _ in SHARES[discipline])
    max_hours: Triple = (
        min(4 + 1.5 * hours, 12),
        min(6 + 1.5 * hours, 16),
        min(8 + 1.5 * hours, 20),
    )
    return _Row(
        (hours,) * 3,
        taper,
        min_weeks,
        min(1.5 + hours, 8),
        max_hours,
        long_caps,
        _if_for_hours(hours),
    )


def _speed_kmh(discipline: Discipline, experience: Experience) -> float:
    i = _EXP_INDEX[experience]
    if discipline is Discipline.BIKE:
        return _BIKE_KMH[i]
    if discipline is Discipline.SWIM:
        return _SWIM_KMH[i]
    return _RUN_KMH[i]


def race_profile(goal: Goal, discipline: Discipline, experience: Experience) -> RaceProfile:
    """Numbers for ``goal`` trained as ``discipline`` (see :func:`training_discipline`)."""
    i = _EXP_INDEX[experience]
    if goal.kind is RaceKind.GENERAL_FITNESS:
        return RaceProfile(
            goal.kind, discipline, 0.0, 0, 0, 0.0, 40.0, {s: h for s, h in _GENERAL_CAPS}, 0.0, ()
        )
    if goal.kind in _RACES:
        row = _RACES[goal.kind]
    else:
        if goal.target_time_s or goal.duration_s:
            hours = (goal.target_time_s or goal.duration_s or 0) / 3600
        else:
            hours = (goal.distance_m or 0) / 1000 / _speed_kmh(discipline, experience)
        row = _scaled_row(max(hours, 0.25), discipline)
    race_hours = row.hours[i]
    if goal.target_time_s:
        # A target far outside what people do over the distance (stored before the
        # profile refused such answers, e.g. a half marathon in 99 h) is not planned for.
        target = goal.target_time_s / 3600
        race_hours = target if row.hours[2] / 3 <= target <= row.hours[0] * 3 else race_hours
    legs: tuple[tuple[SessionSport, float], ...]
    if discipline is Discipline.TRIATHLON:
        legs = _TRI_SPLIT
    elif discipline is Discipline.DUATHLON:
        legs = _DU_SPLIT
    else:
        legs = ((SHARES[discipline][0][0], 1.0),)
    caps = dict(row.long_caps)
    for sport, _ in SHARES[discipline]:
        caps.setdefault(sport, 1.0)
    return RaceProfile(
        kind=goal.kind,
        discipline=discipline,
        race_hours=race_hours,
        taper_weeks=row.taper_weeks,
        min_weeks=int(row.min_weeks[i]),
        min_hours=row.min_hours,
        max_hours=row.max_hours[i],
        long_caps=caps,
        race_if=row.race_if,
        legs=legs,
    )


# Training days a week below which a goal cannot be prepared for properly, only survived:
# the common published plans (Higdon's novice half marathon and marathon, 4 runs a week,
# 3 at the least; Couch-to-5K, 3 runs; Friel's sprint/olympic plans 4-5 days, 70.3 and
# Ironman 5-6) less one day: below this the plan is a minimal plan and says so.
_DAYS_NEEDED: dict[RaceKind, int] = {
    RaceKind.RUN_5K: 2,
    RaceKind.RUN_10K: 2,
    RaceKind.HALF_MARATHON: 3,
    RaceKind.MARATHON: 3,
    RaceKind.ULTRA: 4,
    RaceKind.SPRINT: 3,
    RaceKind.OLYMPIC: 3,
    RaceKind.HALF_IRONMAN: 4,
    RaceKind.IRONMAN: 5,
}


def days_needed(kind: RaceKind, race_hours: float | None = None) -> int:
    """Training days a week a goal needs for more than a minimal plan."""
    if kind in _DAYS_NEEDED:
        return _DAYS_NEEDED[kind]
    if kind is RaceKind.GENERAL_FITNESS:
        return 1
    hours = race_hours or 0.0  # a cycling event or a custom race: by its length
    return 2 if hours < 2 else 3


def shorter_alternative(kind: RaceKind, weeks: int, experience: Experience) -> RaceKind | None:
    """The longest race of the same family that fits in ``weeks`` (the alternative offered
    with an insufficient-time warning)."""
    i = _EXP_INDEX[experience]
    for family in (
        (
            RaceKind.ULTRA,
            RaceKind.MARATHON,
            RaceKind.HALF_MARATHON,
            RaceKind.RUN_10K,
            RaceKind.RUN_5K,
        ),
        (RaceKind.IRONMAN, RaceKind.HALF_IRONMAN, RaceKind.OLYMPIC, RaceKind.SPRINT),
    ):
        if kind in family:
            shorter = family[family.index(kind) + 1 :]
            return next((k for k in shorter if _RACES[k].min_weeks[i] <= weeks), None)
    return None
