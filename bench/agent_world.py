"""Shared by bench/agent.py and bench/agent_eval.py: a migrated SQLite database with one
runner (profile, half-marathon goal, threshold pace 4:30/km, five weeks of check-ins,
four runs), the coach wired as the composition root wires it, and a way to ask."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker  # noqa: E402

from bot.clock import ManualClock  # noqa: E402
from bot.coach.agent.client import TextSink  # noqa: E402
from bot.coach.agent.runtime import CoachRuntime  # noqa: E402
from bot.coach.ingest.checkin import Measurements  # noqa: E402
from bot.coach.ingest.quicklog import QuickLog  # noqa: E402
from bot.coach.services.activities import ActivityService  # noqa: E402
from bot.coach.services.athletes import AthleteService  # noqa: E402
from bot.coach.services.coach import CoachReply, CoachService  # noqa: E402
from bot.coach.services.wellness import WellnessService  # noqa: E402
from bot.domain.athletes import Athlete, TelegramIdentity  # noqa: E402
from bot.domain.profiles import (  # noqa: E402
    Experience,
    GoalFields,
    GoalKind,
    NewThreshold,
    Priority,
    ProfileFields,
    SportChoice,
    ThresholdKind,
    ThresholdSource,
    Units,
)
from bot.i18n import Catalogs, Translator  # noqa: E402
from bot.storage import migrate  # noqa: E402
from bot.storage.db import create_engine, make_session_factory  # noqa: E402
from bot.storage.repositories import ProfileRepository  # noqa: E402
from bot.storage.unit_of_work import transaction  # noqa: E402

MONDAY = date(2026, 1, 5)
NOW = datetime.combine(MONDAY, time(7, 40), tzinfo=UTC)


@dataclass
class World:
    factory: async_sessionmaker[AsyncSession]
    clock: ManualClock
    athlete: Athlete
    coach: CoachRuntime
    catalogs: Catalogs

    def t(self, language: str = "en") -> Translator:
        return self.catalogs.translator(language)

    async def ask(
        self, text: str, language: str = "en", on_text: TextSink | None = None
    ) -> CoachReply:
        """One message through the coach's use-case, in its own unit of work."""
        async with transaction(self.factory) as session:
            service = CoachService(session, self.clock, self.coach)
            return await service.answer(self.athlete, text, self.t(language), on_text=on_text)


@asynccontextmanager
async def coach_world(
    folder: Path, coach: CoachRuntime, clock: ManualClock | None = None
) -> AsyncIterator[World]:
    engine = create_engine(f"sqlite+aiosqlite:///{folder / 'tempo.db'}")
    try:
        await migrate.upgrade(engine)
        factory = make_session_factory(engine)
        clock = clock or ManualClock(NOW)
        async with transaction(factory) as session:
            athlete = await make_runner(session, clock)
        yield World(factory, clock, athlete, coach, Catalogs.load())
    finally:
        await engine.dispose()


async def make_runner(session: AsyncSession, clock: ManualClock) -> Athlete:
    now = clock.now()
    athlete, _ = await AthleteService(session, clock).on_contact(
        TelegramIdentity(telegram_id=42, first_name="Ann", private_chat_id=42)
    )
    profiles = ProfileRepository(session)
    fields = ProfileFields(
        sports=(SportChoice.RUN,),
        experience=Experience.INTERMEDIATE,
        birth_year=1990,
        weekly_hours=5.0,
        available_weekdays=(1, 2, 3, 5, 6),
        long_day=6,
        has_hr_strap=True,
        units=Units.METRIC,
    )
    await profiles.save(athlete.id, fields, now=now, completed_at=now)
    goal = GoalFields(
        kind=GoalKind.RACE,
        discipline=SportChoice.RUN,
        distance_code="half_marathon",
        distance_m=21097.5,
        race_date=MONDAY + timedelta(weeks=13, days=6),
        priority=Priority.A,
    )
    await profiles.replace_goal(athlete.id, goal, now=now)
    pace = NewThreshold(ThresholdKind.RUN_THRESHOLD_PACE, 270.0, ThresholdSource.MEASURED, MONDAY)
    await profiles.add_threshold(athlete.id, pace, now=now)
    wellness = WellnessService(session, clock)
    for back in range(1, 36):
        measured = Measurements(rmssd_ms=62.0 + back % 3, resting_hr_bpm=50.0, sleep_hours=7.5)
        await wellness.measure(athlete, MONDAY - timedelta(days=back), measured)
    activities = ActivityService(session, clock)
    for back in (1, 2, 4, 5):
        await activities.log_manual(
            athlete, QuickLog("run", 3600, rpe=7), MONDAY - timedelta(days=back)
        )
    return athlete
