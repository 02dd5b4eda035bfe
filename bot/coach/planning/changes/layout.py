"""Sessions in and out of a plan's weeks: the only place a change puts sessions back."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from datetime import date

from bot.coach.planning.model import Plan, Session, SessionSport, monday


def is_settled(session: Session, today: date, done: Collection[str]) -> bool:
    """Past days and done sessions are history: no change may touch them."""
    return session.date < today or session.id in done


def assemble(plan: Plan, sessions: Iterable[Session]) -> Plan:
    """``plan`` holding exactly ``sessions``, each in the week of its date."""
    by_week: dict[date, list[Session]] = {w.start: [] for w in plan.weeks}
    for session in sessions:
        week = by_week.get(monday(session.date))  # weeks start on Mondays
        if week is not None:
            week.append(session)
    weeks = []
    for w in plan.weeks:
        held = tuple(sorted(by_week[w.start], key=lambda s: (s.date, s.order)))
        weeks.append(w if held == w.sessions else dataclasses.replace(w, sessions=held))
    return dataclasses.replace(plan, weeks=tuple(weeks))


def free_order(sessions: Iterable[Session], day: date) -> int:
    """The smallest order not yet used on ``day``."""
    used = {s.order for s in sessions if s.date == day}
    order = 0
    while order in used:
        order += 1
    return order


def within_plan(plan: Plan, day: date) -> bool:
    return bool(plan.weeks) and plan.weeks[0].start <= day <= min(plan.end, plan.weeks[-1].end)


def longest(plan: Plan, day: date, sport: SessionSport) -> int | None:
    """The longest ``sport`` session planned in the week of ``day`` (seconds), if any."""
    start = monday(day)
    found = [
        s.duration_s
        for w in plan.weeks
        if w.start == start
        for s in w.sessions
        if s.sport is sport
    ]
    return max(found) if found else None
