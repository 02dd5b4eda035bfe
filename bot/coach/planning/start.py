"""The first day of a plan: not tonight, and a day the athlete trains.

Rules (documented in docs/architecture.md, "The first days of a plan"):
- a plan made at or after ``LATE_START`` (20:00) local time starts tomorrow: nobody should
  open a plan at 22:30 to find a session "today" (the session would end near midnight);
- before that, a first day whose session could not be over by ``DAY_ENDS`` (21:30) when
  started ``GET_READY`` (15 min) from now also moves the start to tomorrow (checked by the
  generator once the first day's session is known: :func:`fits_today`);
- the plan then starts on the first of the athlete's training days from that day on (a
  pool day, for a swimmer), so its first day holds its first session; when the days left
  in the first week are too few to hold any session, it starts the next week (the
  generator's call). The days of the first week before the start are shown as "before
  your plan starts", not as rest;
- a race today keeps the plan on today, whatever the hour (the race is the point).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from bot.coach.planning.model import Session
from bot.coach.planning.races import training_discipline
from bot.coach.planning.request import Discipline, PlanRequest

LATE_START = time(20, 0)
DAY_ENDS = time(21, 30)
GET_READY = timedelta(minutes=15)
_ONE_DAY = timedelta(days=1)


def first_day(request: PlanRequest, *, late: bool | None = None) -> date:
    """The day the plan starts: today, or tomorrow when it is late (``late`` forces the
    choice), moved on to the first training day (never past race day)."""
    day = request.today
    race_day = request.goal.date
    if late is None:
        late = request.now is not None and request.now >= LATE_START
    if late and race_day != day:
        day += _ONE_DAY
    days = request.available_weekdays
    if training_discipline(request.goal, request.discipline) is Discipline.SWIM:
        days = days & request.pool_weekdays or days
    for _ in range(7):
        if day.weekday() in days or day == race_day:
            break
        day += _ONE_DAY
    return min(day, race_day) if race_day is not None else day


def next_week_start(request: PlanRequest, start: date) -> date:
    """The first training day of the week after ``start``'s (never past race day)."""
    monday = start + timedelta(days=7 - start.weekday())
    later = dataclasses.replace(request, today=monday)
    return first_day(later, late=False)


def fits_today(request: PlanRequest, start: date, sessions: Iterable[Session]) -> bool:
    """Whether the sessions of ``start`` can still be done when it is ``request.today``
    at ``request.now``: started after getting ready, over by DAY_ENDS."""
    if request.now is None or start != request.today:
        return True
    seconds = sum(s.duration_s for s in sessions if s.date == start)
    if not seconds:
        return True
    begins = datetime.combine(start, request.now) + GET_READY
    return begins + timedelta(seconds=seconds) <= datetime.combine(start, DAY_ENDS)
