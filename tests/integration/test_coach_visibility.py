"""Strava's terms keep its data out of AI models, the owner's own chat included: the coach
agent's scope never hands a Strava-sourced activity to a tool (bot/domain/visibility.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.agent.runtime import offline_coach
from bot.coach.services.coach import CoachService
from bot.domain.activities import ActivityFields, ActivitySource
from bot.storage.repositories import ActivityRepository
from tests.integration.test_plans import MONDAY, NOW, make_runner


async def test_the_coach_agent_never_reads_a_strava_activity(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_runner(session)
        logged = ActivityFields(
            source=ActivitySource.MANUAL,
            sport="run",
            sub_sport="generic",
            local_date=MONDAY - timedelta(days=1),
            elapsed_s=3600.0,
            moving_s=3600.0,
        )
        activities = ActivityRepository(session)
        manual = await activities.add(athlete.id, logged, file_id=None, now=NOW)
        synced = replace(logged, source=ActivitySource.STRAVA, external_id="s-1")
        strava = await activities.add(athlete.id, synced, file_id=None, now=NOW)
        scope = CoachService(session, clock, offline_coach()).scope(athlete)
        listed = await scope.activities(MONDAY - timedelta(days=7), MONDAY)
        recent = await scope.recent_activities(10)
        strava_view = await scope.activity(strava.id)
        manual_view = await scope.activity(manual.id)

    assert [a.id for a in listed] == [a.id for a in recent] == [manual.id]
    assert strava_view is None and manual_view is not None
