"""A whole squad's facts in one query per table, for the access gate alone.

The roster, the morning digest and the Sunday summary need the same few facts about every
athlete (check-ins, daily loads, the newest workout, the plan's recent sessions). Read one
athlete at a time that is eight queries each — about 190 ms for 60 athletes; read here it
is one query per table for the whole squad, filtered per athlete in memory. Each part is
read only for the athletes whose granted scopes can show it, so nothing withheld is even
loaded. Only :class:`bot.coach.services.access.AccessGate` calls this module; it decides
the scopes, this module just reads what it is told to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.profile.timezones import local_now
from bot.coach.services.plan_records import TrackedSession, goal_of, tracked
from bot.coach.services.readiness import HISTORY_DAYS
from bot.domain.athletes import Athlete
from bot.domain.squads import Scope
from bot.domain.wellness import WellnessFields
from bot.storage.repositories import (
    ActivityRepository,
    AthleteRepository,
    PlanRepository,
    WellnessRepository,
)


@dataclass(frozen=True, slots=True)
class SquadFacts:
    """What was read, per athlete id; an athlete missing from a part: not read (scope not
    granted) or nothing stored."""

    athletes: dict[int, Athlete]
    today: dict[int, date]  # each athlete's own local date
    loads: dict[int, dict[date, float]] = field(default_factory=dict)
    answers: dict[int, list[tuple[date, WellnessFields]]] = field(default_factory=dict)
    latest_activity: dict[int, date] = field(default_factory=dict)
    race_day: dict[int, date | None] = field(default_factory=dict)
    sessions: dict[int, list[TrackedSession]] = field(default_factory=dict)


async def read_squad(
    session: AsyncSession,
    clock: Clock,
    members: dict[int, frozenset[Scope]],
    *,
    sessions_back: int,
    sessions_window: tuple[date, date] | None = None,
    hidden: dict[int, frozenset[str]],
) -> SquadFacts:
    """Everyone in ``members`` (athlete id → granted scopes) at once. Plan sessions are read
    from ``sessions_back`` days before each athlete's today up to it, or over
    ``sessions_window`` when given (a calendar week). ``hidden``: per athlete, the activity
    sources this reader may not receive (``visibility.hidden_sources``), left out of the
    loads and the newest workout alike."""
    athletes = await AthleteRepository(session).many(members)
    now = clock.now()
    today = {i: local_now(a.timezone, now).date() for i, a in athletes.items()}
    if not athletes:
        return SquadFacts(athletes, today)

    def granted(*scopes: Scope) -> list[int]:
        return [i for i in athletes if members[i] & set(scopes)]

    last = max(today.values())
    activities = ActivityRepository(session)
    excluded = frozenset().union(*hidden.values()) if hidden else frozenset()
    loads = await activities.daily_loads_of(
        granted(Scope.WELLNESS, Scope.ACTIVITIES), last, excluding_sources=excluded
    )
    earliest = min([*today.values(), *(sessions_window or ())[:1]])
    answers = await WellnessRepository(session).answers_of(
        granted(Scope.WELLNESS), earliest - timedelta(days=HISTORY_DAYS - 1), last
    )
    latest = await activities.latest_days(granted(Scope.ACTIVITIES), excluding_sources=excluded)
    race_day, sessions = await _plan_sessions(
        session, granted(Scope.PLAN_VIEW), today, sessions_back, sessions_window
    )
    return SquadFacts(athletes, today, loads, answers, latest, race_day, sessions)


async def _plan_sessions(
    session: AsyncSession,
    ids: list[int],
    today: dict[int, date],
    back: int,
    window: tuple[date, date] | None,
) -> tuple[dict[int, date | None], dict[int, list[TrackedSession]]]:
    """The active plans' race days and sessions. The stored plan is read as it is: the
    days read are past (or this week's), which bringing a plan in step with its profile
    never rewrites (``rewrite_future`` keeps done and past sessions)."""
    plans = PlanRepository(session)
    active = await plans.active_of(ids)
    if not active:
        return {}, {}
    first, last = window or (
        min(today[i] for i in active) - timedelta(days=back),
        max(today[i] for i in active),
    )
    stored = await plans.sessions_of_plans([p.id for p in active.values()], first, last)
    race_day = {i: goal_of(p.content.goal).date for i, p in active.items()}
    sessions = {}
    for athlete_id, plan in active.items():
        start, end = window or (today[athlete_id] - timedelta(days=back), today[athlete_id])
        sessions[athlete_id] = [
            tracked(s) for s in stored[plan.id] if s.id is not None and start <= s.day <= end
        ]
    return race_day, sessions
