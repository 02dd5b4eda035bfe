"""A read request (``reader.ChangeRequest``) -> engine operations on the plan as it is.

"Move my long run to Saturday" names a session by what it is; here it becomes the
session of the plan it means: the first pending one from today on (two weeks at most)
that fits the sport and kind named. Nothing found is :class:`NoMatch`, said as such.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from bot.coach.planning.changes.layout import is_settled
from bot.coach.planning.changes.model import (
    AddConstraint,
    AddRestDay,
    Constraint,
    Illness,
    Injury,
    LimitDays,
    MakeEasier,
    MoveSession,
    Operation,
    SkipSession,
    Symptoms,
)
from bot.coach.planning.changes.reader import ChangeRequest, RequestKind
from bot.coach.planning.changes.sessions import has_intensity
from bot.coach.planning.model import Plan, Session, SessionSport, SessionType

LOOK_AHEAD = timedelta(days=13)


@dataclass(frozen=True, slots=True)
class NoMatch:
    """The plan holds nothing the request could mean (``code`` names the reply)."""

    code: str


def _pending(plan: Plan, today: date, done: Collection[str]) -> list[Session]:
    return [
        s
        for s in plan.sessions()
        if not is_settled(s, today, done) and s.date <= today + LOOK_AHEAD
    ]


def _fits(session: Session, request: ChangeRequest) -> bool:
    if request.sport is not None and request.sport not in session.sports:
        return False
    if request.session_type is SessionType.LONG:
        return session.type is SessionType.LONG
    if request.session_type is not None:
        return session.is_hard
    return session.type is not SessionType.RACE


def resolve(
    request: ChangeRequest, plan: Plan, *, today: date, done: Collection[str] = ()
) -> list[Operation] | NoMatch:
    kind = request.kind
    if kind is RequestKind.ILLNESS:
        symptoms = request.symptoms or Symptoms.BELOW_NECK
        return [Illness(today, request.days_ill, symptoms)]
    if kind in (RequestKind.LIMITS, RequestKind.NO_SPORT):
        assert request.first is not None and request.last is not None
        return [
            LimitDays(
                request.first,
                request.last,
                sports=request.sports,
                banned=request.banned,
                max_minutes=request.minutes,
                rest=request.sports == frozenset(),
            )
        ]
    if kind is RequestKind.INJURY:
        sport = request.sport or SessionSport.RUN
        instead = SessionSport.RUN if sport is SessionSport.BIKE else SessionSport.BIKE
        until = request.last or today + timedelta(days=7)
        return [Injury(sport, until, instead)]
    if kind is RequestKind.STANDING_RULE:
        rule = Constraint(first=today, weekdays=request.weekdays, banned=request.banned)
        return [AddConstraint(rule)]
    if kind is RequestKind.TIME_TODAY:
        day = request.day or today
        return [LimitDays(day, day, max_minutes=request.minutes)]
    if kind is RequestKind.REST_DAY:
        return [AddRestDay(request.day or today)]
    pending = _pending(plan, today, done)
    if kind is RequestKind.MOVE:
        assert request.day is not None
        found = [
            s
            for s in pending
            if _fits(s, request) and (request.first is None or s.date == request.first)
        ]
        if not found:
            return NoMatch("no_such_session")
        return [MoveSession(found[0].id, request.day)]
    day = request.day or today
    on_day = [s for s in pending if s.date == day and _fits(s, request)]
    if not on_day:
        return NoMatch("nothing_that_day")
    if kind is RequestKind.SKIP:
        return [SkipSession(s.id) for s in on_day]
    easier = [s for s in on_day if s.alternative is not None or has_intensity(s)]
    targets = easier or [s for s in on_day if s.type is not SessionType.RECOVERY]
    if not targets:
        return NoMatch("already_easy")
    return [MakeEasier(s.id) for s in targets]
