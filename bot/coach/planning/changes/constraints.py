"""The athlete's stated constraints: which sessions break them, and making a plan keep them.

A constraint is checked on every session from today on that is not settled (done, or
in the past); ``enforce`` changes only such sessions — another sport by time in zone,
shorter, easier, or rest — and says what it did, one :class:`Repair` per change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from bot.coach.planning.changes.layout import assemble, is_settled, longest
from bot.coach.planning.changes.model import ChangeRefused, Constraint, Repair, RepairCode
from bot.coach.planning.changes.sessions import (
    ENDURANCE_SPORTS,
    MIN_MINUTES,
    has_intensity,
    in_sport,
    shortened,
    without_intensity,
)
from bot.coach.planning.model import Plan, Session, SessionSport, SessionType
from bot.coach.planning.request import PlanRequest
from bot.coach.planning.sessions import FIVE_MIN, PlanContext


@dataclass(frozen=True, slots=True)
class Breach:
    """A constraint a session (or a day's total) breaks."""

    constraint: Constraint
    day: date
    session_id: str | None  # None: the day's total time


def breaches(
    plan: Plan, constraints: Sequence[Constraint], *, today: date, done: Collection[str]
) -> list[Breach]:
    """Every constraint broken by a session from ``today`` on that is not done."""
    found: list[Breach] = []
    per_day: dict[date, int] = defaultdict(int)
    for s in plan.sessions():
        if is_settled(s, today, done) or s.type is SessionType.RACE:
            continue  # history, and the race itself (it is the point, not a session)
        per_day[s.date] += s.duration_s
        for c in constraints:
            if not c.covers(s.date):
                continue
            if (
                c.rest
                or not all(c.allows(sport) for sport in s.sports)
                or (c.no_intensity and has_intensity(s))
            ):
                found.append(Breach(c, s.date, s.id))
    for day, seconds in sorted(per_day.items()):
        for c in constraints:
            if c.covers(day) and c.max_minutes is not None and seconds > c.max_minutes * 60:
                found.append(Breach(c, day, None))
    return found


def _covering(constraints: Sequence[Constraint], day: date) -> list[Constraint]:
    return [c for c in constraints if c.covers(day)]


def _sport_for(
    session: Session,
    rules: list[Constraint],
    request: PlanRequest,
    prefer: Sequence[SessionSport],
) -> SessionSport | None:
    """The first sport the day's rules allow (swims only on pool days)."""
    for sport in (*prefer, *ENDURANCE_SPORTS):
        if sport not in ENDURANCE_SPORTS or sport is session.sport:
            continue
        if sport is SessionSport.SWIM and session.date.weekday() not in request.pool_weekdays:
            continue
        if all(c.allows(sport) for c in rules):
            return sport
    return None


def _kept(
    ctx: PlanContext,
    session: Session,
    rules: list[Constraint],
    *,
    plan: Plan,
    prefer: Sequence[SessionSport],
    repairs: list[Repair],
) -> Session | None:
    """The session changed to keep the day's rules, or None (rest)."""
    if any(c.rest for c in rules):
        repairs.append(Repair(RepairCode.CONSTRAINT_REST, session.date, session.sport))
        return None
    if not all(c.allows(sport) for c in rules for sport in session.sports):
        sport = _sport_for(session, rules, ctx.request, prefer)
        if sport is None:
            repairs.append(Repair(RepairCode.CONSTRAINT_REST, session.date, session.sport))
            return None
        was = session.sport
        session = in_sport(ctx, session, sport, max_s=longest(plan, session.date, sport))
        repairs.append(
            Repair(RepairCode.CONSTRAINT_SPORT, session.date, sport, (("was", was.value),))
        )
    if any(c.no_intensity for c in rules) and has_intensity(session):
        session = without_intensity(ctx, session)
        repairs.append(Repair(RepairCode.CONSTRAINT_EASED, session.date, session.sport))
    return session


def _fit_day(
    ctx: PlanContext, sessions: list[Session], limit_s: int, repairs: list[Repair]
) -> list[Session]:
    """The day's sessions within ``limit_s``: the shorter ones go, the longest is cut."""
    kept = sorted(sessions, key=lambda s: s.duration_s, reverse=True)
    while len(kept) > 1 and sum(s.duration_s for s in kept) > limit_s:
        gone = kept.pop()
        repairs.append(Repair(RepairCode.CONSTRAINT_REST, gone.date, gone.sport))
    if kept and kept[0].duration_s > limit_s:
        first = kept[0]
        if limit_s < MIN_MINUTES * 60:
            repairs.append(Repair(RepairCode.CONSTRAINT_REST, first.date, first.sport))
            return []
        try:
            kept[0] = shortened(ctx, first, limit_s // 60)
        except ChangeRefused:
            repairs.append(Repair(RepairCode.CONSTRAINT_REST, first.date, first.sport))
            return []
        repairs.append(
            Repair(
                RepairCode.CONSTRAINT_SHORTENED,
                first.date,
                first.sport,
                (("minutes", kept[0].duration_s // 60),),
            )
        )
    return kept


def enforce(
    ctx: PlanContext,
    plan: Plan,
    constraints: Sequence[Constraint],
    *,
    today: date,
    done: Collection[str],
    prefer: Sequence[SessionSport] = (),
) -> tuple[Plan, list[Repair]]:
    """``plan`` changed so that every constraint holds; settled sessions untouched."""
    if not constraints:
        return plan, []
    repairs: list[Repair] = []
    out: list[Session] = []
    by_day: dict[date, list[Session]] = defaultdict(list)
    for s in plan.sessions():
        rules = _covering(constraints, s.date)
        if is_settled(s, today, done) or not rules or s.type is SessionType.RACE:
            out.append(s)
            continue
        changed = _kept(ctx, s, rules, plan=plan, prefer=prefer, repairs=repairs)
        if changed is not None:
            by_day[s.date].append(changed)
    for day, held in by_day.items():
        limits = [c.max_minutes for c in _covering(constraints, day) if c.max_minutes is not None]
        if not limits:
            out.extend(held)
            continue
        settled_s = sum(s.duration_s for s in out if s.date == day and is_settled(s, today, done))
        limit_s = max(min(limits) * 60 - settled_s, 0) // FIVE_MIN * FIVE_MIN
        out.extend(_fit_day(ctx, held, limit_s, repairs))
    if not repairs:
        return plan, []
    return assemble(plan, out), repairs
