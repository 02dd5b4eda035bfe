"""The coach's roster for 60 athletes: composed (every scoped read, ranking) and drawn
(first page) in milliseconds. Target: under 100 ms (issue 20).

Seeding is timed apart: a real SQLite database, migrated, a coach and 60 onboarded runners
in one squad with all scopes, each with three weeks of check-ins and workouts. The first
roster builds every athlete's plan (once, as their own first /week would); the figure is
the best of several later rounds, in wall-clock and in this process's CPU time.

    .venv/bin/python bench/roster.py [athletes] [rounds]
"""

from __future__ import annotations

import asyncio
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
from bot.coach.services.squads import SquadService
from bot.coach.services.wellness import WellnessService
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
from bot.handlers.roster_render import roster_markup, roster_text
from bot.i18n import Catalogs
from bot.storage import migrate
from bot.storage.db import create_engine, make_session_factory

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
        await session.commit()
        return coach.id


async def measure(database: Path, athletes: int, rounds: int) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    await migrate.upgrade(engine)
    factory = make_session_factory(engine)
    clock = ManualClock(NOW)
    started = clock_time.perf_counter()
    coach_id = await seed(factory, clock, athletes)
    print(f"seeded {athletes} athletes in {clock_time.perf_counter() - started:.1f} s")
    t = Catalogs.load().translator("en")
    async with factory() as session:  # first roster: every plan is built
        await AccessGate(session, clock).roster(coach_id)
        await session.commit()
    best_wall = best_cpu = float("inf")
    for _ in range(rounds):
        wall, cpu = clock_time.perf_counter(), clock_time.process_time()
        async with factory() as session:
            lines = await AccessGate(session, clock).roster(coach_id)
            roster_text(t, lines, 0)
            roster_markup(t, lines, 0)
        best_wall = min(best_wall, clock_time.perf_counter() - wall)
        best_cpu = min(best_cpu, clock_time.process_time() - cpu)
    print(
        f"roster of {len(lines)}: {best_wall * 1000:.0f} ms wall, "
        f"{best_cpu * 1000:.0f} ms CPU (best of {rounds})"
    )
    await engine.dispose()


def main() -> None:
    athletes = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as workdir:
        asyncio.run(measure(Path(workdir) / "roster.db", athletes, rounds))


if __name__ == "__main__":
    main()
