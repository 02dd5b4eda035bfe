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

The activity's own day comes first: while that day holds a free session of the same sport,
the activity is that day's (the closest one), even when it is too short or too long to fit
(then it is ``partial``) as long as it is a quarter to twice the planned amount
(``OWN_DAY_RANGE``): a shortened long run is the long run, not tomorrow's easy run. And a
later day's session is never completed while the activity's day has a session of the same
sport at all.

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
# Done / planned on the activity's own day: a session done in part, or stretched.
OWN_DAY_RANGE = (0.25, 2.0)

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
    same_sport = [s for s in sessions if sport_fits(work.sport, s.sport)]
    own_day = [s for s in same_sport if s.day == work.day]
    free = [s for s in same_sport if s.matched_activity_id in (None, activity_id)]
    own_day_fits = [
        (gap, s.order, s)
        for s in free
        if s.day == work.day and (gap := _distance_to(work, s)) is not None
    ]
    if own_day_fits:
        return min(own_day_fits, key=lambda fit: fit[:2])[2]
    ranked: list[tuple[tuple[int, float, date, int], CandidateSession]] = []
    for session in free:
        if own_day and session.day > work.day:
            continue  # never tomorrow's session while today had one of this sport
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


def _distance_to(work: DoneWork, session: CandidateSession) -> float | None:
    """How far ``work`` is from a session of its own day: its closeness when it fits,
    else 1 + the smaller relative difference within ``OWN_DAY_RANGE`` (ranked after every
    fitting session), else None."""
    close = closeness(work, session)
    if close is not None:
        return close
    low, high = OWN_DAY_RANGE
    options = [
        abs(done / planned - 1.0)
        for done, planned in (
            (work.duration_s, session.duration_s),
            (work.distance_m, session.distance_m),
        )
        if done and planned and planned > 0 and low <= done / planned <= high
    ]
    return 1.0 + min(options) if options else None


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
