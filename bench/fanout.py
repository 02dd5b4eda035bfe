"""The morning fan-out: composing briefs for a big club, and sending them within limits.

0. Seeding (setup, timed apart): a real SQLite database, migrated, with N athletes
   (10,000 by default) who finished onboarding — six archetypes (runners, a cyclist, a
   triathlete, a swimmer; race and general-fitness goals; metric and imperial; en and ru),
   eight timezones, brief times from 05:00 to 08:45 — each with D days (90) of stored
   check-ins, activities with load on their training days, and an active plan that began
   weeks ago (generated once per archetype and local date and stored with
   ``PlanRepository.add_active``; every other athlete gets a copy of those rows). Rows go
   in day by day, as they would accumulate, so an athlete's history is spread over the
   file rather than packed together. Seeding runs in a child process.
1. Composition from stored data: for every athlete, what the sender does at send time —
   one transaction per push, ``DeliveryService.prepare`` with the sources the composition
   root wires in (``stored_sources``: readiness from stored check-ins and the PMC folded
   from stored loads, today's sessions from the plan, the check-in state), the same
   number of pushes in flight as the sender. Prints briefs per second (target ≥ 200/s)
   and peak memory (target ≤ 400 MB) beside the baseline:
2. Composition without the database (baseline): the same N × D days of synthetic wellness
   kept in memory, readiness (``assess_readiness``) and the brief
   (``compose_morning_brief``) with a fixed session; the ratio shows what reading stored
   data costs.
3. Sending: S seeded athletes (600 by default, in their own database) whose brief time
   came five minutes ago, drained by Tempo's sender (outbox in SQLite, claim, compose from
   stored data, send, record) to the emulator enforcing Telegram's 30 messages/s; prints
   the achieved rate (target ≥ 95 % of 30/s) and the 429s received (target 0), beside a
   bare aiogram loop sending the same texts under the same limiter, and the ratio.

    .venv/bin/python bench/fanout.py [--athletes 10000] [--days 90] [--send 600]
                                     [--keep club.db]

``--keep FILE`` seeds into FILE (and FILE.seeded, the members and the seeding clock) once
and reuses both on later runs with the same --athletes and --days: for measuring a change
to composition without waiting minutes for the seeding each time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pickle
import random
import resource
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from functools import cache
from multiprocessing import get_context
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Insert, Integer, bindparam, event, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.sql.dml import ReturningInsert

from bot.app import create_app
from bot.clock import Clock, ManualClock, SystemClock
from bot.coach.briefs.compose import compose_morning_brief
from bot.coach.briefs.model import BriefInputs, BriefSession
from bot.coach.briefs.sources import BriefSources, BriefSourcesFactory
from bot.coach.briefs.stored_sources import stored_sources
from bot.coach.planning import generate_plan
from bot.coach.science import LoadState, Readiness, WellnessDay, assess_readiness
from bot.coach.services.deliveries import DeliveryService, Skip
from bot.coach.services.plan_records import new_plan
from bot.coach.services.plans import plan_request
from bot.coach.services.profiles import ProfileService
from bot.config import Settings
from bot.domain.athletes import Athlete
from bot.domain.deliveries import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    athlete_recipient,
)
from bot.domain.plans import NewPlan
from bot.domain.profiles import (
    Experience,
    GoalFields,
    GoalKind,
    Priority,
    Profile,
    ProfileFields,
    SportChoice,
    ThresholdKind,
    Units,
)
from bot.handlers.plan.brief_words import brief_session
from bot.i18n import Catalogs, Translator
from bot.jobs.limiter import Rate, SendBudget, SendRates
from bot.jobs.sender import DeliverySender, SenderConfig
from bot.jobs.transport import TelegramTransport
from bot.sandbox.emulator import BotApiEmulator, FloodLimits, emulator_bot
from bot.storage import migrate
from bot.storage.db import create_engine, make_session_factory
from bot.storage.models import (
    ActivityRow,
    AthleteProfileRow,
    AthleteRow,
    Base,
    DeliveryRow,
    GoalRow,
    PlanRow,
    PlanSessionRow,
    PlanWeekRow,
    ThresholdRow,
    WellnessDayRow,
)
from bot.storage.repositories import PlanRepository
from bot.storage.unit_of_work import transaction

TOKEN = "1000000004:BENCH-fanout-token-abcdefghij"
TODAY = date(2026, 3, 3)  # the in-memory baseline's day
TELEGRAM_RATE = 30.0
# Tempo's budget for the run: exactly the emulator's rate, a burst well under its 30.
RATES = SendRates(overall=Rate(TELEGRAM_RATE, burst=5.0))
ZONES = (
    "Europe/Berlin",
    "Europe/London",
    "Europe/Moscow",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Kathmandu",
    "Asia/Tokyo",
    "Australia/Sydney",
)
# Race plans began four weeks ago; a general-fitness block lasts four weeks (then the
# next one is built), so those began two weeks ago and are still current.
RACE_PLAN_BEGAN = timedelta(weeks=4)
GENERAL_BLOCK_BEGAN = timedelta(weeks=2)
SEED_BATCH = 500  # athletes per seeding transaction
SEED_CACHE_KIB = 512 * 1024  # SQLite's page cache while seeding (the default is 2 MiB)


# -- the club -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Archetype:
    fields: ProfileFields
    goal: GoalFields
    race_in_days: int | None  # from the athlete's today; None for general fitness
    thresholds: tuple[tuple[ThresholdKind, float], ...]
    sports: tuple[str, ...]  # what their activities are, in rotation


def _profile(**changes: Any) -> ProfileFields:
    return replace(ProfileFields(birth_year=1988, units=Units.METRIC), **changes)


def _race(discipline: SportChoice, code: str, metres: float | None = None) -> GoalFields:
    return GoalFields(
        kind=GoalKind.RACE,
        discipline=discipline,
        distance_code=code,
        distance_m=metres,
        priority=Priority.A,
    )


ARCHETYPES = (
    Archetype(
        _profile(
            sports=(SportChoice.RUN,),
            experience=Experience.INTERMEDIATE,
            weekly_hours=5.0,
            available_weekdays=(1, 2, 3, 5, 6),
            long_day=6,
            has_hr_strap=True,
        ),
        _race(SportChoice.RUN, "half_marathon", 21097.5),
        70,
        ((ThresholdKind.RUN_THRESHOLD_PACE, 270.0), (ThresholdKind.HR_MAX, 188.0)),
        ("run",),
    ),
    Archetype(
        _profile(
            sports=(SportChoice.RUN,),
            experience=Experience.BEGINNER,
            birth_year=1975,
            weekly_hours=3.0,
            available_weekdays=(1, 3, 5),
            long_day=5,
        ),
        _race(SportChoice.RUN, "10k", 10000.0),
        42,
        (),
        ("run",),
    ),
    Archetype(
        _profile(
            sports=(SportChoice.BIKE,),
            experience=Experience.ADVANCED,
            weekly_hours=8.0,
            available_weekdays=(0, 1, 3, 5, 6),
            long_day=5,
            has_power_meter=True,
            has_smart_trainer=True,
            has_hr_strap=True,
        ),
        GoalFields(kind=GoalKind.GENERAL),
        None,
        ((ThresholdKind.FTP, 265.0), (ThresholdKind.LTHR, 165.0)),
        ("bike",),
    ),
    Archetype(
        _profile(
            sports=(SportChoice.TRIATHLON,),
            experience=Experience.INTERMEDIATE,
            weekly_hours=10.0,
            available_weekdays=(0, 1, 2, 3, 4, 5, 6),
            long_day=5,
            pool_access=True,
            pool_weekdays=(0, 2, 4),
            has_power_meter=True,
            has_hr_strap=True,
        ),
        _race(SportChoice.TRIATHLON, "70.3"),
        112,
        (
            (ThresholdKind.FTP, 230.0),
            (ThresholdKind.RUN_THRESHOLD_PACE, 285.0),
            (ThresholdKind.CSS, 110.0),
        ),
        ("swim", "bike", "run"),
    ),
    Archetype(
        _profile(
            sports=(SportChoice.RUN,),
            experience=Experience.ADVANCED,
            birth_year=1981,
            weekly_hours=8.0,
            available_weekdays=(0, 1, 2, 3, 5, 6),
            long_day=6,
            has_hr_strap=True,
            units=Units.IMPERIAL,
        ),
        _race(SportChoice.RUN, "marathon", 42195.0),
        84,
        ((ThresholdKind.RUN_THRESHOLD_PACE, 240.0), (ThresholdKind.LTHR, 172.0)),
        ("run",),
    ),
    Archetype(
        _profile(
            sports=(SportChoice.SWIM,),
            experience=Experience.INTERMEDIATE,
            weekly_hours=4.0,
            available_weekdays=(0, 2, 4, 6),
            long_day=6,
            pool_access=True,
            pool_weekdays=(0, 2, 4, 6),
        ),
        GoalFields(kind=GoalKind.GENERAL),
        None,
        ((ThresholdKind.CSS, 95.0),),
        ("swim",),
    ),
)


@dataclass(frozen=True, slots=True)
class Member:
    """A seeded athlete, as the bench needs to address their brief."""

    id: int
    telegram_id: int
    today: date  # local, on the seeding clock


@dataclass
class Seeded:
    members: list[Member] = field(default_factory=list)
    check_ins: int = 0
    activities: int = 0
    plans: int = 0
    plan_sessions: int = 0
    generated: int = 0  # distinct plans generated (per archetype and local date)


async def seed_club(
    factory: async_sessionmaker[AsyncSession],
    clock: Clock,
    count: int,
    days: int,
    *,
    telegram_ids: Sequence[int] | None = None,
    brief_time_in: Callable[[str], clock_time] | None = None,
) -> Seeded:
    """``count`` athletes with ``days`` days of history each and an active plan.
    ``brief_time_in(zone)`` picks the brief time (default: 05:00–08:45 at random).

    The first athlete of each archetype and local date gets the plan their profile makes,
    stored by ``PlanRepository.add_active``; the others get a copy of those rows (the same
    content, their own plan, weeks and sessions), made in SQL, which is ~50× faster."""
    rng = random.Random(7)
    now = clock.now()
    seeded = Seeded()
    templates: dict[tuple[int, date], tuple[int, int]] = {}  # → (plan id, session count)
    for start in range(0, count, SEED_BATCH):
        people = range(start, min(count, start + SEED_BATCH))
        async with transaction(factory) as session:
            batch = [_member(rng, index, telegram_ids, now, brief_time_in) for index in people]
            await _insert_people(session, batch, now)
            for kind, rows in _history(rng, batch, days, now):
                await session.execute(insert(kind), rows)
                if kind is WellnessDayRow:
                    seeded.check_ins += len(rows)
                else:
                    seeded.activities += len(rows)
            for person in batch:
                key = (person.archetype_index, person.member.today)
                if key in templates:
                    await _copy_plan(session, templates[key][0], person.member.id)
                else:
                    content = await _plan_for(session, clock, person.member)
                    content = replace(content, goal_id=person.member.id)
                    stored = await PlanRepository(session).add_active(
                        person.member.id, content, now=now
                    )
                    sessions = sum(len(w.sessions) for w in content.weeks)
                    templates[key] = (stored.id, sessions)
                    seeded.generated += 1
                seeded.plans += 1
                seeded.plan_sessions += templates[key][1]
            seeded.members.extend(person.member for person in batch)
    return seeded


async def _copy_plan(session: AsyncSession, template: int, athlete_id: int) -> None:
    """The template plan's rows again for ``athlete_id`` (whose goal has their id)."""
    copy_plan, copy_weeks, copy_sessions = _plan_copies()
    plan_id = (
        await session.execute(copy_plan, {"template": template, "athlete": athlete_id})
    ).scalar_one()
    await session.execute(copy_weeks, {"template": template, "plan": plan_id})
    await session.execute(copy_sessions, {"template": template, "plan": plan_id})


@cache
def _plan_copies() -> tuple[ReturningInsert[tuple[int]], Insert, Insert]:
    """INSERT … SELECT statements that copy a plan, its weeks and its sessions."""
    plans, weeks, sessions = (
        Base.metadata.tables[row.__tablename__] for row in (PlanRow, PlanWeekRow, PlanSessionRow)
    )
    template, plan_id, athlete = (
        bindparam(name, type_=Integer) for name in ("template", "plan", "athlete")
    )
    plan_columns = [c for c in plans.c if c.key not in ("id", "athlete_id", "goal_id")]
    copy_plan = (
        insert(plans)
        .from_select(
            ["athlete_id", "goal_id", *(c.key for c in plan_columns)],
            select(athlete, athlete, *plan_columns).where(plans.c.id == template),
        )
        .returning(plans.c.id)
    )
    week_columns = [c for c in weeks.c if c.key not in ("id", "plan_id")]
    copy_weeks = insert(weeks).from_select(
        ["plan_id", *(c.key for c in week_columns)],
        select(plan_id, *week_columns).where(weeks.c.plan_id == template),
    )
    old, new = weeks.alias("old_week"), weeks.alias("new_week")
    session_columns = [c for c in sessions.c if c.key not in ("id", "plan_id", "week_id")]
    copy_sessions = insert(sessions).from_select(
        ["plan_id", "week_id", *(c.key for c in session_columns)],
        select(plan_id, new.c.id, *session_columns)
        .select_from(
            sessions.join(old, sessions.c.week_id == old.c.id).join(
                new, (new.c.plan_id == plan_id) & (new.c.week_index == old.c.week_index)
            )
        )
        .where(sessions.c.plan_id == template),
    )
    return copy_plan, copy_weeks, copy_sessions


def seed_database(database: Path, now: datetime, count: int, days: int) -> Seeded:
    """Migrate and seed ``database`` (run in a child process, so that the measuring
    process never held the seeding's memory; with a large page cache, since inserting
    day by day touches every athlete's index pages each day)."""

    async def seed() -> Seeded:
        engine = create_engine(f"sqlite+aiosqlite:///{database}")
        event.listen(engine.sync_engine, "connect", _bulk_loading)
        await migrate.upgrade(engine)
        try:
            return await seed_club(make_session_factory(engine), ManualClock(now), count, days)
        finally:
            await engine.dispose()

    return asyncio.run(seed())


def _bulk_loading(connection: Any, _record: Any) -> None:
    # Setup, not production: a large page cache, no rollback journal and no syncing (a
    # crash loses only the bench's temporary file). The composition's engine is opened
    # afterwards with Tempo's own settings (WAL, synchronous=NORMAL, the default cache).
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA cache_size=-{SEED_CACHE_KIB}")
    cursor.execute("PRAGMA journal_mode=OFF")
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.close()


@dataclass(frozen=True, slots=True)
class _Person:
    member: Member
    archetype_index: int
    zone: str
    language: str
    brief_time: clock_time
    base_hrv: float
    base_rhr: float
    trend: float


def _member(
    rng: random.Random,
    index: int,
    telegram_ids: Sequence[int] | None,
    now: datetime,
    brief_time_in: Callable[[str], clock_time] | None,
) -> _Person:
    zone = ZONES[index % len(ZONES)]
    if brief_time_in is None:
        brief_time = clock_time(5 + rng.randrange(4), rng.choice((0, 15, 30, 45)))
    else:
        brief_time = brief_time_in(zone)
    telegram_id = telegram_ids[index] if telegram_ids is not None else 5_000_000_000 + index
    return _Person(
        member=Member(index + 1, telegram_id, now.astimezone(ZoneInfo(zone)).date()),
        archetype_index=index % len(ARCHETYPES),
        zone=zone,
        language="ru" if index % 4 == 3 else "en",
        brief_time=brief_time,
        base_hrv=rng.uniform(35, 90),
        base_rhr=rng.uniform(42, 62),
        trend=rng.choice([0.0, 0.0, -0.15, 0.1]),  # some athletes are wearing down
    )


async def _insert_people(session: AsyncSession, batch: Sequence[_Person], now: datetime) -> None:
    """Athletes who finished onboarding: the rows the onboarding dialog leaves behind."""
    onboarded = now - timedelta(days=120)
    athletes: list[dict[str, Any]] = []
    profiles: list[dict[str, Any]] = []
    goals: list[dict[str, Any]] = []
    thresholds: list[dict[str, Any]] = []
    for person in batch:
        athlete_id = person.member.id
        archetype = ARCHETYPES[person.archetype_index]
        f = archetype.fields
        athletes.append(
            {
                "id": athlete_id,
                "telegram_id": person.member.telegram_id,
                "chat_id": person.member.telegram_id,
                "first_name": f"Athlete{athlete_id}",
                "language": person.language,
                "timezone": person.zone,
                "status": "active",
                "role": "athlete",
                "created_at": onboarded,
                "updated_at": onboarded,
            }
        )
        profiles.append(
            {
                "athlete_id": athlete_id,
                "sports": [s.value for s in f.sports],
                "experience": f.experience.value if f.experience else None,
                "birth_year": f.birth_year,
                "weekly_hours": f.weekly_hours,
                "available_weekdays": sorted(f.available_weekdays),
                "long_day": f.long_day,
                "pool_access": f.pool_access,
                "pool_weekdays": sorted(f.pool_weekdays),
                "has_power_meter": f.has_power_meter,
                "has_hr_strap": f.has_hr_strap,
                "has_smart_trainer": f.has_smart_trainer,
                "units": f.units.value,
                "brief_time": person.brief_time,
                "onboarding_completed_at": onboarded,
                "created_at": onboarded,
                "updated_at": onboarded,
            }
        )
        goal = archetype.goal
        race_date = (
            person.member.today + timedelta(days=archetype.race_in_days)
            if archetype.race_in_days is not None
            else None
        )
        goals.append(
            {
                "id": athlete_id,
                "athlete_id": athlete_id,
                "kind": goal.kind.value,
                "discipline": goal.discipline.value if goal.discipline else None,
                "distance_code": goal.distance_code,
                "distance_m": goal.distance_m,
                "race_date": race_date,
                "priority": goal.priority.value if goal.priority else None,
                "created_at": onboarded,
            }
        )
        thresholds.extend(
            {
                "athlete_id": athlete_id,
                "kind": kind.value,
                "value": value,
                "source": "measured",
                "effective_date": onboarded.date(),
                "created_at": onboarded,
            }
            for kind, value in archetype.thresholds
        )
    await session.execute(insert(AthleteRow), athletes)
    await session.execute(insert(AthleteProfileRow), profiles)
    await session.execute(insert(GoalRow), goals)
    if thresholds:
        await session.execute(insert(ThresholdRow), thresholds)


def _history(
    rng: random.Random, batch: Sequence[_Person], days: int, now: datetime
) -> Iterable[tuple[type[Any], list[dict[str, Any]]]]:
    """Check-ins and activities day by day, oldest first, for the whole batch: most
    mornings checked in (today by a third of the club so far), activities on most of each
    athlete's training days, a long session on the long day."""
    for back in range(days, -1, -1):
        wellness: list[dict[str, Any]] = []
        activities: list[dict[str, Any]] = []
        for person in batch:
            day = person.member.today - timedelta(days=back)
            morning = datetime.combine(day, clock_time(7), ZoneInfo(person.zone))
            checks_in = person.member.id % 3 == 0 if back == 0 else rng.random() < 0.9
            if checks_in:
                dip = 1 + person.trend * (back < 5)
                wellness.append(
                    {
                        "athlete_id": person.member.id,
                        "day": day,
                        "rmssd_ms": max(5.0, person.base_hrv * dip + rng.gauss(0, 4)),
                        "resting_hr_bpm": person.base_rhr + rng.gauss(0, 1.5),
                        "sleep_hours": min(10.0, max(3.5, rng.gauss(7.2, 0.8))),
                        "sleep_quality": rng.randint(2, 5),
                        "fatigue": rng.randint(1, 5),
                        "soreness": rng.randint(1, 4),
                        "stress": rng.randint(1, 4),
                        "mood": rng.randint(2, 5),
                        "motivation": rng.randint(2, 5),
                        "illness": rng.random() < 0.005,
                        "injury": False,
                        "source": "checkin",
                        "completed_at": morning,
                        "created_at": morning,
                        "updated_at": morning,
                    }
                )
            archetype = ARCHETYPES[person.archetype_index]
            trains = day.weekday() in archetype.fields.available_weekdays
            if back == 0 or not trains or rng.random() > 0.85:
                continue
            long_day = day.weekday() == archetype.fields.long_day
            minutes = rng.uniform(90, 180) if long_day else rng.uniform(30, 75)
            sport = archetype.sports[(back + person.member.id) % len(archetype.sports)]
            by_rpe = not archetype.fields.has_hr_strap
            rpe = rng.randint(3, 8)
            start = morning + timedelta(hours=10)
            activities.append(
                {
                    "athlete_id": person.member.id,
                    "source": "manual" if by_rpe else "file",
                    "sha256": None if by_rpe else f"{person.member.id:016x}{back:048x}",
                    "sport": sport,
                    "sub_sport": "generic",
                    "start_time": None if by_rpe else start,
                    "local_date": day,
                    "timezone": person.zone,
                    "elapsed_s": minutes * 60 + 120,
                    "moving_s": minutes * 60,
                    "distance_m": minutes * {"run": 180.0, "bike": 500.0, "swim": 40.0}[sport],
                    "avg_hr": None if by_rpe else rng.uniform(125, 160),
                    "load": minutes / 60 * rng.uniform(45, 95),
                    "load_method": "session_rpe" if by_rpe else "heart_rate",
                    "rpe": rpe if by_rpe else None,
                    "created_at": start,
                    "updated_at": start,
                }
            )
        if wellness:
            yield WellnessDayRow, wellness
        if activities:
            yield ActivityRow, activities


async def _plan_for(session: AsyncSession, clock: Clock, member: Member) -> NewPlan:
    """The plan this athlete's profile makes, begun some weeks ago: generated from the
    request of that day, stored with today's request as its inputs (what PlanService
    compares, so the plan is current and the brief does not rebuild it)."""
    snapshot = await ProfileService(session, clock).snapshot(member.id)
    assert snapshot is not None and snapshot.today == member.today
    race = snapshot.goal is not None and snapshot.goal.fields.race_date is not None
    began = member.today - (RACE_PLAN_BEGAN if race else GENERAL_BLOCK_BEGAN)
    plan = generate_plan(plan_request(snapshot, began))
    return new_plan(plan, plan_request(snapshot, member.today), goal_id=None)


# -- what the briefs held -----------------------------------------------------------


@dataclass
class Tally:
    statuses: Counter[str] = field(default_factory=Counter)
    with_sessions: int = 0
    rest_days: int = 0
    no_plan: int = 0
    checked_in: int = 0


class Tallied:
    """The production sources, counting what they answered (for the printout only)."""

    def __init__(self, inner: BriefSources, tally: Tally) -> None:
        self._inner = inner
        self._tally = tally

    async def readiness(self, athlete_id: int, day: date) -> Readiness | None:
        found = await self._inner.readiness(athlete_id, day)
        status = found.status.value if found is not None and found.status else "none"
        self._tally.statuses[status] += 1
        return found

    async def sessions(
        self, athlete: Athlete, day: date, *, profile: Profile | None = None
    ) -> tuple[BriefSession, ...] | None:
        found = await self._inner.sessions(athlete, day, profile=profile)
        if found is None:
            self._tally.no_plan += 1
        elif found:
            self._tally.with_sessions += 1
        else:
            self._tally.rest_days += 1
        return found

    async def checked_in(self, athlete_id: int, day: date) -> bool | None:
        found = await self._inner.checked_in(athlete_id, day)
        self._tally.checked_in += bool(found)
        return found


def tallied(factory: BriefSourcesFactory, tally: Tally) -> BriefSourcesFactory:
    return lambda session: Tallied(factory(session), tally)


# -- 1. composition from stored data ---------------------------------------------------


def _delivery(member: Member, now: datetime) -> Delivery:
    return Delivery(
        id=member.id,
        kind=DeliveryKind.MORNING_BRIEF,
        recipient=athlete_recipient(member.id),
        chat_id=member.telegram_id,
        athlete_id=member.id,
        local_date=member.today,
        due_at=now,
        status=DeliveryStatus.SENDING,
        attempts=1,
        next_attempt_at=now,
        telegram_message_id=None,
        error=None,
        payload={},
        sent_at=None,
        created_at=now,
        updated_at=now,
    )


async def compose_stored(
    factory: async_sessionmaker[AsyncSession],
    clock: Clock,
    catalogs: Catalogs,
    members: Sequence[Member],
    sources: BriefSourcesFactory,
) -> tuple[int, int]:
    """Prepare every member's brief as the sender does: a transaction per push, as many
    in flight as the sender keeps. Returns (briefs, longest text)."""
    queue = list(reversed(members))
    longest = 0
    composed = 0

    async def worker() -> None:
        nonlocal longest, composed
        while queue:
            member = queue.pop()
            async with transaction(factory) as session:
                service = DeliveryService(session, clock, sources(session))
                prepared = await service.prepare(_delivery(member, clock.now()), catalogs)
            if isinstance(prepared, Skip):
                raise RuntimeError(f"brief for {member} skipped: {prepared.reason}")
            longest = max(longest, len(prepared.text))
            composed += 1

    await asyncio.gather(*(worker() for _ in range(SenderConfig().concurrency)))
    return composed, longest


def seeding(athletes: int, days: int, database: Path, now: datetime) -> Seeded:
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as child:
        seeded = child.submit(seed_database, database, now, athletes, days).result()
    seconds = time.perf_counter() - started
    size = database.stat().st_size + _wal_size(database)
    print(f"seeding: {athletes:,} athletes × {days} days in {seconds:.1f} s (not timed below)")
    print(
        f"  {seeded.check_ins:,} check-ins, {seeded.activities:,} activities, "
        f"{seeded.plans:,} plans ({seeded.generated} generated), "
        f"{seeded.plan_sessions:,} planned sessions; database {size / 2**20:.0f} MB"
    )
    return seeded


async def composition_stored(database: Path, seeded: Seeded, now: datetime) -> float:
    clock = ManualClock(now)
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    factory = make_session_factory(engine)
    rss_before = _rss_mib()
    catalogs = Catalogs.load()
    production = stored_sources(clock, catalogs, brief_session)
    members = list(seeded.members)
    random.Random(3).shuffle(members)  # due order is by brief time, not by id
    tally = Tally()
    cpu, started = time.process_time(), time.perf_counter()
    composed, longest = await compose_stored(
        factory, clock, catalogs, members, tallied(production, tally)
    )
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    rate = composed / seconds

    tracemalloc.start()
    await compose_stored(factory, clock, catalogs, members[::10], production)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    statements = 0

    def count(*_: Any) -> None:
        nonlocal statements
        statements += 1

    sample = members[:200]
    event.listen(engine.sync_engine, "before_cursor_execute", count)
    await compose_stored(factory, clock, catalogs, sample, production)
    event.remove(engine.sync_engine, "before_cursor_execute", count)
    async with transaction(factory) as session:
        plans = await session.scalar(select(func.count()).select_from(PlanRow))
        rebuilt = await session.scalar(select(func.sum(PlanRow.recalculated)))
        deliveries = await session.scalar(select(func.count()).select_from(DeliveryRow))
    await engine.dispose()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    grown = _rss_mib() - rss_before

    print(f"composition from stored data: {composed:,} briefs, {dict(tally.statuses)}")
    print(
        f"  today's sessions {tally.with_sessions:,}, rest days {tally.rest_days:,}, "
        f"no plan {tally.no_plan:,}; checked in today {tally.checked_in:,}"
    )
    print(f"  briefs/s (wall)             {rate:8.0f} /s   (target ≥ 200/s)")
    print(f"  CPU per brief               {cpu / composed * 1000:8.2f} ms")
    print(f"  SQL statements per brief    {statements / len(sample):8.1f}")
    print(f"  peak traced memory          {peak / 2**20:8.1f} MB (every 10th brief again)")
    print(f"  peak RSS of the process     {rss:8.0f} MB (target ≤ 400 MB; imports included)")
    print(f"  RSS grown while composing   {grown:8.0f} MB")
    print(f"  longest brief               {longest:8d} chars (limit 4096)")
    print(f"  plans {plans:,}, rebuilt by the briefs {rebuilt or 0}, outbox rows {deliveries}")
    return rate


def _kept(database: Path, athletes: int, days: int) -> tuple[Seeded, datetime] | None:
    """A database seeded by an earlier run with the same size, and its seeding clock."""
    sidecar = database.with_name(database.name + ".seeded")
    if not (database.exists() and sidecar.exists()):
        return None
    with sidecar.open("rb") as file:
        size, seeded, now = pickle.load(file)  # noqa: S301 (the bench's own file)
    return (seeded, now) if size == (athletes, days) else None


def _keep(database: Path, athletes: int, days: int, seeded: Seeded, now: datetime) -> None:
    with database.with_name(database.name + ".seeded").open("wb") as file:
        pickle.dump(((athletes, days), seeded, now), file)


def _rss_mib() -> float:
    """The process's resident memory now (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _wal_size(database: Path) -> int:
    wal = database.with_name(database.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


# -- 2. composition without the database (baseline) --------------------------------------


def synthetic_history(rng: random.Random, days: int) -> list[WellnessDay]:
    base_hrv, base_rhr = rng.uniform(35, 90), rng.uniform(42, 62)
    trend = rng.choice([0.0, 0.0, -0.15, 0.1])  # some athletes are wearing down
    out = []
    for back in range(days, -1, -1):
        out.append(
            WellnessDay(
                TODAY - timedelta(days=back),
                rmssd_ms=max(5.0, base_hrv * (1 + trend * (back < 5)) + rng.gauss(0, 4)),
                resting_hr_bpm=base_rhr + rng.gauss(0, 1.5),
                sleep_hours=min(10.0, max(3.5, rng.gauss(7.2, 0.8))),
                fatigue=rng.randint(1, 5) if back == 0 else None,
                soreness=rng.randint(1, 4) if back == 0 else None,
            )
        )
    return out


SESSION = BriefSession(
    title="Threshold intervals 5 × 6 min",
    sport="run",
    duration_s=4200,
    targets="5 × 6 min at 4:05–4:15 /km\n2 min easy jog between",
    distance_m=12_000,
    easier=BriefSession("Easy run", "run", 2700, "Zone 2, conversational"),
)


def composition_in_memory(athletes: int, days: int) -> float:
    """Throughput is timed without tracemalloc (it slows every allocation several times);
    memory is traced in a second pass that builds the same histories and composes briefs
    from them (briefs are not kept, so the histories are what memory holds)."""
    catalogs = Catalogs.load()
    translators = [catalogs.translator("en"), catalogs.translator("ru")]
    histories, loads = _club(athletes, days)

    started = time.perf_counter()
    for history, load in zip(histories, loads, strict=True):
        assess_readiness(TODAY, history, load)
    readiness_rate = athletes / (time.perf_counter() - started)

    started = time.perf_counter()
    statuses: dict[str, int] = {}
    longest = 0
    for index, (history, load) in enumerate(zip(histories, loads, strict=True)):
        brief, status = _brief(index, history, load, translators)
        longest = max(longest, len(brief))
        statuses[status] = statuses.get(status, 0) + 1
    compose_rate = athletes / (time.perf_counter() - started)
    del histories, loads

    tracemalloc.start()
    histories, loads = _club(athletes, days)
    for index in range(0, athletes, 10):
        _brief(index, histories[index], loads[index], translators)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"composition without the database (baseline): {days} days in memory {statuses}")
    print(f"  readiness alone             {readiness_rate:8.0f} /s")
    print(f"  readiness + brief           {compose_rate:8.0f} /s")
    print(f"  peak traced memory          {peak / 2**20:8.0f} MB (the histories)")
    print(f"  longest brief               {longest:8d} chars")
    return compose_rate


def _club(athletes: int, days: int) -> tuple[list[list[WellnessDay]], list[LoadState]]:
    rng = random.Random(42)
    histories = [synthetic_history(rng, days) for _ in range(athletes)]
    loads = [LoadState(tsb=rng.uniform(-35, 15), acwr=rng.uniform(0.7, 1.7)) for _ in histories]
    return histories, loads


def _brief(
    index: int, history: list[WellnessDay], load: LoadState, translators: list[Translator]
) -> tuple[str, str]:
    readiness = assess_readiness(TODAY, history, load)
    inputs = BriefInputs(TODAY, "Ann", Units.METRIC, readiness, (SESSION,), index % 3 == 0)
    brief = compose_morning_brief(inputs, translators[index % 2])
    return brief.text, readiness.status.value if readiness.status else "none"


# -- 3. sending ---------------------------------------------------------------------------


async def sending(count: int, days: int, workdir: Path) -> None:
    clock = SystemClock()
    emulator = BotApiEmulator(clock=time.monotonic, limits=FloodLimits())
    await emulator.start()
    account = emulator.add_bot(TOKEN, "tempo_fanout_bot")
    users = [emulator.add_user(f"U{i}", username=f"u{i}") for i in range(count)]
    for user in users:
        account.user_sends_text(user, "/start")  # a bot may write only to who started it
    settings = Settings(
        telegram_bot_token=TOKEN,  # type: ignore[arg-type]
        telegram_api_base=emulator.base_url,
        database_url=f"sqlite+aiosqlite:///{workdir / 'fanout.db'}",
    )
    app = create_app(settings, clock=clock)
    await migrate.upgrade(app.engine)
    # Everyone's brief time came five minutes ago, in their own zone.
    due = clock.now() - timedelta(minutes=5)

    def brief_time_in(zone: str) -> clock_time:
        return due.astimezone(ZoneInfo(zone)).time().replace(second=0, microsecond=0)

    started = time.perf_counter()
    await seed_club(
        app.session_factory,
        clock,
        count,
        days,
        telegram_ids=[user.id for user in users],
        brief_time_in=brief_time_in,
    )
    seed_seconds = time.perf_counter() - started
    # A running process's tick looks back to its previous tick: only what fell due since.
    now = clock.now()
    async with transaction(app.session_factory) as session:
        service = DeliveryService(session, clock)
        await service.schedule_due(now, since=now - timedelta(minutes=10))
        kinds = Counter(
            kind
            for (kind,) in await session.execute(
                select(DeliveryRow.kind).where(DeliveryRow.status == "pending")
            )
        )
    tally = Tally()
    sender = DeliverySender(
        app.session_factory,
        clock,
        TelegramTransport(app.push_bot),
        app.catalogs,
        budget=SendBudget(clock, RATES),
        sources=tallied(stored_sources(clock, app.catalogs, brief_session), tally),
    )
    before = emulator.stats.too_many_requests
    cpu, started = time.process_time(), time.perf_counter()
    report = await sender.drain()
    tempo_seconds = time.perf_counter() - started
    # The emulator answers in this process too: its share of the CPU is counted here.
    busy = (time.process_time() - cpu) / tempo_seconds
    tempo_429 = emulator.stats.too_many_requests - before

    text = account.bot_messages(users[0])[0].source or "Good morning"
    for user in users:
        account.user_sends_text(user, "/start")
    bare_seconds, bare_429 = await bare_loop(emulator, clock, [user.id for user in users], text)
    await app.close()
    await emulator.stop()

    tempo_rate, bare_rate = report.sent / tempo_seconds, count / bare_seconds
    print(
        f"sending: {count} seeded athletes ({seed_seconds:.1f} s to seed), due at once "
        f"{dict(kinds)}; emulator enforcing {TELEGRAM_RATE:.0f}/s"
    )
    print(
        f"  composed from stored data: {dict(tally.statuses)}, today's sessions "
        f"{tally.with_sessions}, rest days {tally.rest_days}, no plan {tally.no_plan}"
    )
    print(f"  {'':28} {'sent':>6} {'seconds':>8} {'msg/s':>7} {'of 30/s':>8} {'429s':>5}")
    for name, sent, seconds, rate, rejected in (
        ("bare aiogram loop (baseline)", count, bare_seconds, bare_rate, bare_429),
        ("Tempo sender (outbox)", report.sent, tempo_seconds, tempo_rate, tempo_429),
    ):
        share = rate / TELEGRAM_RATE * 100
        print(f"  {name:28} {sent:6d} {seconds:8.2f} {rate:7.2f} {share:7.1f}% {rejected:5d}")
    print(f"  ratio Tempo/baseline {tempo_rate / bare_rate:.3f} (targets: ≥ 95 % of 30/s, 0 429s)")
    print(f"  CPU busy while Tempo sent   {busy:.0%} of one core (sender, composition, emulator)")
    if report.sent != count:
        print(f"  NOT ALL SENT: {report}")


async def bare_loop(
    emulator: BotApiEmulator, clock: Clock, chats: Sequence[int], text: str
) -> tuple[float, int]:
    """Baseline: the same text to every chat, a bare aiogram loop under the same limiter,
    no database. Returns (seconds, 429s)."""
    bare = emulator_bot(emulator.api_server, TOKEN)
    budget = SendBudget(clock, RATES)
    emulator.limits = FloodLimits()  # fresh buckets for the second run
    before = emulator.stats.too_many_requests
    started = time.perf_counter()
    for chat in chats:
        await budget.acquire(chat, group=False, max_pause=60)
        await bare.send_message(chat, text)
    seconds = time.perf_counter() - started
    await bare.session.close()
    return seconds, emulator.stats.too_many_requests - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--athletes", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--send", type=int, default=600)
    parser.add_argument("--keep", type=Path, help="seed into this file once, reuse after")
    args = parser.parse_args()
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with tempfile.TemporaryDirectory() as workdir:
        database = args.keep or Path(workdir) / "club.db"
        kept = _kept(database, args.athletes, args.days) if args.keep else None
        if kept is None:
            for stale in (
                database,
                *(database.with_name(database.name + x) for x in ("-wal", "-shm")),
            ):
                stale.unlink(missing_ok=True)
            seeded = seeding(args.athletes, args.days, database, now)
            if args.keep:
                _keep(database, args.athletes, args.days, seeded, now)
        else:
            seeded, now = kept
            print(f"seeding: reusing {database} seeded at {now:%Y-%m-%d %H:%M} UTC")
        stored = asyncio.run(composition_stored(database, seeded, now))
    in_memory = composition_in_memory(args.athletes, args.days)
    print(f"ratio stored/in-memory composition {stored / in_memory:.2f}")
    if args.send > 0:
        with tempfile.TemporaryDirectory() as workdir:
            asyncio.run(sending(args.send, args.days, Path(workdir)))
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
