"""Which planned session an activity fulfils, and how well: pure rules.

A session fits an activity when
* the sport is the same (a planned brick takes its bike or its run leg);
* it is planned on the activity's local day or one day either side (people swap days);
* the activity's duration is within ±30 % of the planned duration, or its distance
  within ±10 % of the planned distance;
* no other activity fulfils it already.

Of several fits the best is the one on the same day, then the closest in duration or
distance (the smaller relative difference of the two), then the earlier in the day. So
two runs on a day with a 40-minute and a 90-minute run planned each find their own.

The outcome uses the science core's compliance (TrainingPeaks colours on duration, else
distance, else load): green is ``done``, yellow or red is ``partial``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bot.coach.science import (
    ComplianceColor,
    ScienceError,
    SessionAmounts,
    SessionCompliance,
    session_compliance,
)
from bot.domain.activities import CandidateSession

DAY_WINDOW = 1
DURATION_TOLERANCE = 0.30
DISTANCE_TOLERANCE = 0.10

_SAME_SPORT = {
    "run": frozenset({"run"}),
    "bike": frozenset({"bike"}),
    "swim": frozenset({"swim"}),
    "strength": frozenset({"strength"}),
    "brick": frozenset({"bike", "run"}),
}


@dataclass(frozen=True, slots=True)
class DoneWork:
    """What matching needs to know about an activity."""

    sport: str
    day: date
    duration_s: float | None
    distance_m: float | None
    load: float | None = None


@dataclass(frozen=True, slots=True)
class MatchOutcome:
    status: str  # "done" or "partial" (bot.domain.plans.SessionStatus values)
    compliance: SessionCompliance | None


def sport_fits(activity_sport: str, planned_sport: str) -> bool:
    return activity_sport in _SAME_SPORT.get(planned_sport, frozenset({planned_sport}))


def _relative(done: float | None, planned: float | None) -> float | None:
    if done is None or planned is None or planned <= 0:
        return None
    return abs(done - planned) / planned


def closeness(work: DoneWork, session: CandidateSession) -> float | None:
    """The smaller relative difference of duration and distance that is within its
    tolerance, or None when neither is."""
    options = []
    by_time = _relative(work.duration_s, session.duration_s)
    if by_time is not None and by_time <= DURATION_TOLERANCE + 1e-9:
        options.append(by_time)
    by_distance = _relative(work.distance_m, session.distance_m)
    if by_distance is not None and by_distance <= DISTANCE_TOLERANCE + 1e-9:
        options.append(by_distance)
    return min(options) if options else None


def fits(work: DoneWork, session: CandidateSession) -> bool:
    return (
        sport_fits(work.sport, session.sport)
        and abs((session.day - work.day).days) <= DAY_WINDOW
        and closeness(work, session) is not None
    )


def best_match(
    work: DoneWork,
    sessions: Iterable[CandidateSession],
    *,
    activity_id: int | None = None,
) -> CandidateSession | None:
    """The session ``work`` fulfils best, or None. A session already fulfilled by
    another activity is not offered (``activity_id`` is this activity's own id)."""
    ranked: list[tuple[tuple[int, float, date, int], CandidateSession]] = []
    for session in sessions:
        taken = session.matched_activity_id not in (None, activity_id)
        if taken or not sport_fits(work.sport, session.sport):
            continue
        day_gap = abs((session.day - work.day).days)
        if day_gap > DAY_WINDOW:
            continue
        close = closeness(work, session)
        if close is None:
            continue
        ranked.append(((day_gap, close, session.day, session.order), session))
    if not ranked:
        return None
    ranked.sort(key=lambda pair: pair[0])
    return ranked[0][1]


def outcome(work: DoneWork, session: CandidateSession) -> MatchOutcome:
    """``done`` when compliance is green, ``partial`` otherwise."""
    planned = SessionAmounts(
        duration_s=session.duration_s or None,
        distance_m=session.distance_m or None,
        load=session.load or None,
    )
    done = SessionAmounts(duration_s=work.duration_s, distance_m=work.distance_m, load=work.load)
    try:
        result = session_compliance(planned, done)
    except ScienceError:
        return MatchOutcome("done", None)
    status = "done" if result.color is ComplianceColor.GREEN else "partial"
    return MatchOutcome(status, result)
