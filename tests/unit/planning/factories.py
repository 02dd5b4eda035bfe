"""Requests for planning tests: sensible defaults, override what the test is about."""

from __future__ import annotations

import dataclasses
from datetime import date, time, timedelta
from typing import Any

from bot.coach.planning import (
    Discipline,
    Equipment,
    Experience,
    Goal,
    Plan,
    PlanRequest,
    RaceKind,
    Session,
    Thresholds,
    Week,
)

MONDAY = date(2026, 1, 5)


def race_day(weeks: int, weekday: int = 6, today: date = MONDAY) -> date:
    """The ``weekday`` of the ``weeks``-th calendar week counting today's week as 1."""
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks - 1, days=weekday)


def make_request(**overrides: Any) -> PlanRequest:
    """An intermediate triathlete with every threshold known, racing a 70.3 in 20 weeks."""
    fields: dict[str, Any] = {
        "today": MONDAY,
        "discipline": Discipline.TRIATHLON,
        "experience": Experience.INTERMEDIATE,
        "age": 35,
        "goal": Goal(RaceKind.HALF_IRONMAN, race_day(20)),
        "weekly_hours": 10.0,
        "available_weekdays": frozenset(range(7)),
        "long_weekday": 5,
        "pool_weekdays": frozenset({0, 2, 4}),
        "equipment": Equipment(power_meter=True, hr_strap=True),
        "thresholds": Thresholds(
            ftp_w=250,
            run_threshold_pace_s_per_km=270,
            css_s_per_100m=105,
            lthr=160,
            hrmax=185,
            resting_hr=50,
        ),
        "recent_weekly_hours": 6.0,
    }
    fields.update(overrides)
    return PlanRequest(**fields)


def night_cyclist() -> PlanRequest:
    """Issue 16's cyclist: a 160 km event in 17 weeks, FTP 250 W, 8 h on Tue/Thu/Sat/Sun,
    long rides on Saturday; onboarding finished on Saturday 5 December at 22:30 local."""
    return make_request(
        today=date(2026, 12, 5),
        discipline=Discipline.BIKE,
        goal=Goal(RaceKind.BIKE_EVENT, date(2027, 3, 28), distance_m=160_000),
        weekly_hours=8.0,
        available_weekdays=frozenset({1, 3, 5, 6}),
        long_weekday=5,
        thresholds=Thresholds(ftp_w=250),
        recent_weekly_hours=None,
        now=time(22, 30),
    )


def replace_week(plan: Plan, index: int, **changes: Any) -> Plan:
    weeks = list(plan.weeks)
    weeks[index] = dataclasses.replace(weeks[index], **changes)
    return dataclasses.replace(plan, weeks=tuple(weeks))


def replace_sessions(plan: Plan, index: int, sessions: list[Session]) -> Plan:
    ordered = tuple(sorted(sessions, key=lambda s: (s.date, s.order)))
    return replace_week(plan, index, sessions=ordered)


def moved(session: Session, day: date, order: int | None = None) -> Session:
    return dataclasses.replace(
        session,
        date=day,
        order=order or session.order,
        id=f"{day.isoformat()}#{order or session.order}",
    )


def week_of(plan: Plan, predicate: Any) -> Week:
    return next(w for w in plan.weeks if predicate(w))
