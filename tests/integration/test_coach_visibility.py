"""Strava's terms keep its data out of AI models, the owner's own chat included: the coach
agent's scope never hands a Strava-sourced activity to a tool, nor a fitness, form or
readiness figure folded from its load, and the brief's LLM note gets readiness without it
(bot/domain/visibility.py; docs/decisions/0006-strava-data-never-reaches-the-ai.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.agent.runtime import offline_coach
from bot.coach.briefs.model import BriefInputs
from bot.coach.briefs.stored_sources import stored_sources
from bot.coach.services.activities import ActivityService
from bot.coach.services.coach import CoachService
from bot.coach.services.deliveries import DeliveryService
from bot.domain.activities import ActivityFields, ActivityLoad, ActivitySource
from bot.handlers.plan.brief_words import brief_session
from bot.i18n import Catalogs
from bot.storage.repositories import ActivityRepository, DeliveryRepository
from bot.storage.unit_of_work import transaction
from tests.integration.test_brief_note import add_morning_brief
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


class NoteProbe:
    """A note writer that records what the model would have received."""

    def __init__(self) -> None:
        self.received: list[BriefInputs] = []

    async def note(self, inputs: BriefInputs, language: str) -> str | None:
        self.received.append(inputs)
        return None


async def _loads(session: AsyncSession, athlete_id: int) -> None:
    """Four weeks of 50-point manual runs, and a 400-point Strava ride the day before."""
    activities = ActivityRepository(session)
    for back in range(1, 29):
        day = MONDAY - timedelta(days=back)
        fields = ActivityFields(
            source=ActivitySource.MANUAL,
            sport="run",
            sub_sport="generic",
            local_date=day,
            elapsed_s=3600.0,
            moving_s=3600.0,
            load=ActivityLoad(50.0, "rpe"),
        )
        await activities.add(athlete_id, fields, file_id=None, now=NOW)
        if back == 1:
            ride = replace(
                fields,
                source=ActivitySource.STRAVA,
                external_id="s-9",
                sport="ride",
                load=ActivityLoad(400.0, "power"),
            )
            await activities.add(athlete_id, ride, file_id=None, now=NOW)


async def test_load_figures_the_ai_receives_leave_strava_loads_out(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """A Strava ride's load is Strava data: the agent's fitness and readiness fold only
    the other activities, while the athlete's own figures count it."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_runner(session)
        await _loads(session, athlete.id)
        service = ActivityService(session, clock)
        own = await service.fitness(athlete.id, MONDAY)
        without = await service.fitness(
            athlete.id, MONDAY, excluding_sources=frozenset({ActivitySource.STRAVA})
        )
        scope = CoachService(session, clock, offline_coach()).scope(athlete)
        series = await scope.load(MONDAY, MONDAY)
        readiness = await scope.readiness(MONDAY)

    assert own is not None and without is not None
    assert own.atl > without.atl + 40  # the 400-point ride weighs on the owner's fatigue
    assert [(day, point.atl, point.ctl) for day, point in series] == [
        (MONDAY, without.atl, without.ctl)
    ]
    assert readiness.fitness == without
    assert readiness.readiness.factor("tsb").value == without.tsb


async def test_the_brief_note_gets_readiness_without_strava_loads_and_the_brief_with(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with transaction(session_factory) as session:
        athlete = await make_runner(session)
        await _loads(session, athlete.id)
        delivery_id = await add_morning_brief(session, athlete, MONDAY, NOW)
    probe = NoteProbe()
    async with transaction(session_factory) as session:
        delivery = await DeliveryRepository(session).get(delivery_id)
        assert delivery is not None
        sources = stored_sources(clock, Catalogs.load(), brief_session)(session)
        await DeliveryService(session, clock, sources, notes=probe).prepare(
            delivery, Catalogs.load()
        )
        service = ActivityService(session, clock)
        own = await service.fitness(athlete.id, MONDAY)
        without = await service.fitness(
            athlete.id, MONDAY, excluding_sources=frozenset({ActivitySource.STRAVA})
        )

    assert own is not None and without is not None and own.tsb != without.tsb
    (received,) = probe.received
    assert received.readiness is not None
    assert received.readiness.factor("tsb").value == without.tsb
