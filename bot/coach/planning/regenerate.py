"""Rebuilding the future of a plan when the goal, availability or thresholds change.

The past is history and stays as it was planned (compliance is measured against it);
sessions already done this week stay too. Everything from ``today`` on is rebuilt from
the new request, continuing the old plan's ramp, recovery cadence and fitness curve, so
the guardrails hold across the seam. A plan that has not started yet (made late last
night, or before the athlete's first training day) is simply made again; a change made
late in the day (start.py) leaves today as it was and rebuilds from tomorrow.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, timedelta

from bot.coach.planning.generator import build_plan, generate_plan
from bot.coach.planning.model import Plan, monday
from bot.coach.planning.request import PlanRequest
from bot.coach.planning.start import LATE_START


def regenerate(
    plan: Plan, request: PlanRequest, today: date, done_session_ids: Iterable[str]
) -> Plan:
    """Keep past weeks, this week's past days and done sessions; rebuild from ``today``.

    ``request`` carries the new goal/availability/thresholds; its ``today`` is replaced
    by ``today``. Raises PlanRequestError when the new request is invalid (e.g. a race
    date already past)."""
    if request.today != today:
        request = dataclasses.replace(request, today=today)
    if today < plan.start:
        return generate_plan(request)
    if request.now is not None and request.now >= LATE_START and request.goal.date != today:
        today += timedelta(days=1)
        request = dataclasses.replace(request, today=today)
    done = frozenset(done_session_ids)
    this_week = monday(today)
    kept = tuple(week for week in plan.weeks if week.start < this_week)
    current = next((week for week in plan.weeks if week.start == this_week), None)
    fixed = tuple(
        s for s in (current.sessions if current else ()) if s.date < today or s.id in done
    )
    start = plan.start if plan.start <= today else today
    return build_plan(
        request,
        start=start,
        kept_weeks=kept,
        fixed=fixed,
        start_ctl=plan.start_ctl,
        baseline=plan.baseline_hours,
    )
