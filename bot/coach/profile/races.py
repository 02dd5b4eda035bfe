"""The races an athlete can pick in one tap, per sport.

``distance_code`` values are the planner's race kinds (``bot.coach.planning.request``):
a triathlon and a duathlon share ``sprint``/``olympic`` and differ by discipline; cycling
events are ``bike_event`` with a distance or a duration; anything else is ``custom``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.domain.profiles import SportChoice


@dataclass(frozen=True, slots=True)
class RaceOption:
    code: str  # the button's code
    discipline: SportChoice
    distance_code: str
    distance_m: float | None
    needs_description: bool = False  # asks the athlete to type the race


_RUN, _BIKE, _SWIM = SportChoice.RUN, SportChoice.BIKE, SportChoice.SWIM
_TRI, _DU = SportChoice.TRIATHLON, SportChoice.DUATHLON

RACE_OPTIONS: dict[str, RaceOption] = {
    option.code: option
    for option in (
        RaceOption("5k", _RUN, "5k", 5000.0),
        RaceOption("10k", _RUN, "10k", 10000.0),
        RaceOption("half_marathon", _RUN, "half_marathon", 21097.5),
        RaceOption("marathon", _RUN, "marathon", 42195.0),
        RaceOption("ultra", _RUN, "ultra", None),
        # Triathlon: 0.75/20/5, 1.5/40/10, 1.9/90/21.1, 3.8/180/42.2 km.
        RaceOption("sprint", _TRI, "sprint", 25750.0),
        RaceOption("olympic", _TRI, "olympic", 51500.0),
        RaceOption("70.3", _TRI, "70.3", 113000.0),
        RaceOption("140.6", _TRI, "140.6", 226000.0),
        # Duathlon (World Triathlon): 5/20/2.5 and 10/40/5 km.
        RaceOption("du_sprint", _DU, "sprint", 27500.0),
        RaceOption("du_standard", _DU, "olympic", 55000.0),
        RaceOption("bike_100", _BIKE, "bike_event", 100000.0),
        RaceOption("bike_160", _BIKE, "bike_event", 160000.0),
        RaceOption("bike_200", _BIKE, "bike_event", 200000.0),
        RaceOption("bike_other", _BIKE, "bike_event", None, needs_description=True),
        RaceOption("swim_1500", _SWIM, "custom", 1500.0),
        RaceOption("swim_3800", _SWIM, "custom", 3800.0),
        RaceOption("swim_5k", _SWIM, "custom", 5000.0),
        RaceOption("swim_10k", _SWIM, "custom", 10000.0),
    )
}
CUSTOM = "custom"
GENERAL = "general"

_BY_SPORT: dict[SportChoice, tuple[str, ...]] = {
    _RUN: ("5k", "10k", "half_marathon", "marathon", "ultra"),
    _TRI: ("sprint", "olympic", "70.3", "140.6"),
    _DU: ("du_sprint", "du_standard"),
    _BIKE: ("bike_100", "bike_160", "bike_200", "bike_other"),
    _SWIM: ("swim_1500", "swim_3800", "swim_5k", "swim_10k"),
}


def goal_options(sports: Iterable[SportChoice]) -> list[str]:
    """The one-tap races for the athlete's sports, then "another race" and "fitness"."""
    codes: list[str] = []
    for sport in sports:
        codes.extend(code for code in _BY_SPORT[sport] if code not in codes)
    return [*codes, CUSTOM, GENERAL]


def primary_discipline(sports: Iterable[SportChoice]) -> SportChoice:
    """The discipline a custom race is in: multisport first, then the first sport named."""
    chosen = list(sports)
    for sport in (_TRI, _DU):
        if sport in chosen:
            return sport
    return chosen[0] if chosen else _RUN
