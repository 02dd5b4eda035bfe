"""The coach's roster and morning digest for 60 athletes, each composed (every scoped
read, ranking) and drawn in milliseconds. Target: under 100 ms each (issue 20).

Seeding is timed apart: a real SQLite database, migrated, a coach and 60 onboarded runners
in one squad with all scopes, each with three weeks of check-ins and workouts and a plan
(built as their own first /week builds it). Side by side in the same run, the baseline
reads the same facts one athlete at a time (as the roster did before it read the squad in
one query per table). Figures are the best of several rounds, wall-clock and this
process's CPU time.

    .venv/bin/python bench/roster.py [athletes] [rounds]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time as clock_time
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from bot.clock import ManualClock
from bot.coach.ingest.checkin import Measurements
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.planning import Experience, Units
from bot.coach.services import AthleteService
from bot.coach.services.access import AccessGate
from bot.coach.services.activities import ActivityService
from bot.coach.services.coach_digest import CoachDigestService
from bot.coach.services.plans import PlanService
from bot.coach.services.readiness import readiness_given
from bot.coach.services.squads import SquadService
from bot.coach.services.wellness import WellnessService
from bot.coach.squads.roster import Flag, RosterLine, done_share, rank
from bot.domain.athletes import TelegramIdentity
from bot.domain.profiles import (
    GoalFields,
    GoalKind,
    NewThreshold,
    Priority,
    ProfileFields,
    SportChoice,
    ThresholdKind,
    ThresholdSource,
)
from bot.domain.squads import ALL_SCOPES
from bot.handlers.digest_render import DigestRender
from bot.handlers.roster_render import roster_markup, roster_text
from bot.i18n import Catalogs
from bot.storage import migrate
from bot.storage.db import create_engine, make_session_factory
from bot.storage.repositories import AthleteRepository, SquadRepository

NOW = datetime(2026, 1, 26, 7, 0, tzinfo=UTC)
TODAY = NOW.date()
START = TODAY - timedelta(days=21)


def runner() -> ProfileFields:
    return ProfileFields(
        sports=(SportChoice.RUN,),
        experience=Experience.INTERMEDIATE,
        birth_year=1990,
        weekly_hours=5.0,
        available_weekdays=(1, 2, 3, 5, 6),
        long_day=6,
        has_hr_strap=True,
        units=Units.METRIC,
        brief_time=time(6, 30),
    )


async def seed(factory, clock: ManualClock, athletes: int) -> int:  # type: ignore[no-untyped-def]
    from bot.storage.repositories import ProfileRepository

    async with factory() as session:
        coach, _ = await AthleteService(session, clock).on_contact(
            TelegramIdentity(telegram_id=1, first_name="Coach", private_chat_id=1)
        )
        squads = SquadService(session, clock)
        squad, _ = await squads.create(coach, "Bench squad")
        invitation = await squads.invite(
            coach, squad.id, scopes=frozenset(ALL_SCOPES), max_uses=athletes
        )
        for i in range(athletes):
            identity = TelegramIdentity(
                telegram_id=100 + i, first_name=f"A{i}", private_chat_id=100 + i
            )
            athlete, _ = await AthleteService(session, clock).on_contact(identity)
            profiles = ProfileRepository(session)
            await profiles.save(athlete.id, runner(), now=NOW, completed_at=NOW)
            await profiles.replace_goal(
                athlete.id,
                GoalFields(
                    kind=GoalKind.RACE,
                    discipline=SportChoice.RUN,
                    distance_code="half_marathon",
                    distance_m=21097.5,
                    race_date=TODAY + timedelta(days=7 * (2 + i % 12)),
                    priority=Priority.A,
                ),
                now=NOW,
            )
            await profiles.add_threshold(
                athlete.id,
                NewThreshold(
                    ThresholdKind.RUN_THRESHOLD_PACE, 270.0, ThresholdSource.MEASURED, START
                ),
                now=NOW,
            )
            wellness = WellnessService(session, clock)
            activities = ActivityService(session, clock)
            for back in range(1, 22):
                day = TODAY - timedelta(days=back)
                await wellness.measure(
                    athlete,
                    day,
                    Measurements(
                        rmssd_ms=55.0 + (i + back) % 9, resting_hr_bpm=50.0, sleep_hours=7.0
                    ),
                )
                if back % 2 == i % 2:
                    await activities.log_manual(
                        athlete, QuickLog("run", 3000 + 60 * (i % 20), rpe=6), day
                    )
            await squads.accept(invitation.token, athlete)
            await PlanService(session, clock).week(athlete)  # the plan, as their /week
        await session.commit()
        return coach.id


async def per_athlete_roster(session, clock: ManualClock, coach_id: int) -> list[RosterLine]:  # type: ignore[no-untyped-def]
    """The baseline: the same roster, each athlete's facts read by their own queries (the
    athlete, every day's load, two months of check-ins, the newest workout, the plan row
    and its last week of sessions): eight queries an athlete."""
    members = await SquadRepository(session).active_members(coach_id)
    athletes, wellness = AthleteRepository(session), WellnessService(session, clock)
    activities, plans = ActivityService(session, clock), PlanService(session, clock)
    lines = []
    for membership in members:
        athlete = await athletes.get(membership.athlete_id)
        assert athlete is not None
        today = wellness.today(athlete)
        fitness = await activities.fitness(athlete.id, today)
        stored = await readiness_given(wellness, athlete.id, today, fitness)
        await wellness.records(athlete.id, today - timedelta(days=2), today)
        await activities.latest_day(athlete.id)
        _, race, sessions = await plans.around_today(athlete, 7)
        pairs = [(item.session, item.outcome.status) for item in sessions]
        colour = stored.readiness.status.value if stored.readiness.status else None
        lines.append(
            RosterLine(
                athlete.id,
                athlete.display_name,
                colour,
                stored.day_answers is not None,
                done_share(pairs, today),
                fitness.tsb if fitness else None,
                (Flag.RACE_SOON,) if race and (race - today).days <= 14 else (),
            )
        )
    return rank(lines)


async def measure(database: Path, athletes: int, rounds: int) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    await migrate.upgrade(engine)
    factory = make_session_factory(engine)
    clock = ManualClock(NOW)
    started = clock_time.perf_counter()
    coach_id = await seed(factory, clock, athletes)
    print(f"seeded {athletes} athletes in {clock_time.perf_counter() - started:.1f} s")
    t = Catalogs.load().translator("en")
    day = TODAY
    words = DigestRender()

    async def baseline() -> None:
        async with factory() as session:
            lines = await per_athlete_roster(session, clock, coach_id)
            roster_text(t, lines, 0)
            roster_markup(t, lines, 0)

    async def roster() -> None:
        async with factory() as session:
            lines = await AccessGate(session, clock).roster(coach_id)
            roster_text(t, lines, 0)
            roster_markup(t, lines, 0)
            assert len(lines) == athletes

    async def digest() -> None:
        async with factory() as session:
            composed = await CoachDigestService(session, clock).daily(coach_id, day)
            assert len(words.daily(t, composed).text) <= 4096

    async def weekly() -> None:
        async with factory() as session:
            week = await CoachDigestService(session, clock).week(coach_id, day - timedelta(days=1))
            assert len(words.weekly(t, week).text) <= 4096

    await baseline()  # warm: caches, the first statement compilations
    figures = {}
    for name, work in (
        ("baseline: per-athlete reads", baseline),
        ("roster (/squad, first page)", roster),
        ("morning digest", digest),
        ("Sunday squad summary", weekly),
    ):
        best_wall = best_cpu = float("inf")
        for _ in range(rounds):
            wall, cpu = clock_time.perf_counter(), clock_time.process_time()
            await work()
            best_wall = min(best_wall, clock_time.perf_counter() - wall)
            best_cpu = min(best_cpu, clock_time.process_time() - cpu)
        figures[name] = (best_wall, best_cpu)
    base_cpu = figures["baseline: per-athlete reads"][1]
    print(f"{athletes} athletes, best of {rounds}, load average {os.getloadavg()[0]:.1f}")
    for name, (wall, cpu) in figures.items():
        print(
            f"{name:30} {wall * 1000:6.1f} ms wall {cpu * 1000:6.1f} ms CPU "
            f"({base_cpu / cpu:4.1f}x the baseline's speed)"
        )
    await engine.dispose()


def main() -> None:
    athletes = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as workdir:
        asyncio.run(measure(Path(workdir) / "roster.db", athletes, rounds))


if __name__ == "__main__":
    main()
