"""The morning brief's sources on the real database: readiness from stored check-ins and
activities, the day's sessions from the active plan, the check-in flag."""

from __future__ import annotations

import html
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.briefs.stored_sources import StoredBriefSources
from bot.coach.ingest.checkin import Measurements
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.science import LoadState, ReadinessStatus, assess_readiness
from bot.coach.services import AthleteService
from bot.coach.services.activities import ActivityService
from bot.coach.services.plans import PlanService
from bot.coach.services.readiness import HISTORY_DAYS
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete
from bot.domain.wellness import WellnessFields
from bot.handlers.plan.brief_words import brief_session
from bot.handlers.plan.texts import PlanWords
from bot.i18n import Catalogs
from bot.storage.models.wellness import READINESS_ANSWERS
from bot.storage.repositories import ProfileRepository, WellnessRepository
from bot.storage.repositories.activities import _DAILY_LOADS
from bot.storage.repositories.wellness import _ANSWERS_BETWEEN
from tests.integration.test_plans import MONDAY, NOW, make_athlete, make_runner

TUESDAY = MONDAY + timedelta(days=1)  # a training day of the runner (Tue, Wed, Thu, Sat, Sun)
FRIDAY = MONDAY + timedelta(days=4)  # a rest day
CLOCK_AT = datetime(2026, 1, 6, 6, 0, tzinfo=UTC)  # Tuesday morning
assert CLOCK_AT.date() == TUESDAY and NOW.date() == MONDAY


async def check_in_for_weeks(
    session: AsyncSession, clock: ManualClock, athlete: Athlete, until: date
) -> None:
    """Five weeks of morning HRV and resting HR, the last week well below the baseline."""
    wellness = WellnessService(session, clock)
    for back in range(1, 36):
        rmssd = 42.0 if back <= 5 else 62.0 + (back % 3)
        measured = Measurements(rmssd_ms=rmssd, resting_hr_bpm=50.0 + back % 2, sleep_hours=7.5)
        await wellness.measure(athlete, until - timedelta(days=back), measured)


async def test_the_brief_reads_readiness_sessions_and_check_ins_from_stored_data(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(CLOCK_AT)
    catalogs = Catalogs.load()
    async with session_factory() as session:
        athlete = await make_runner(session)
        await check_in_for_weeks(session, clock, athlete, TUESDAY)
        activities = ActivityService(session, clock)
        for back in (1, 2, 3, 5):  # an hour at RPE 7: 100 load points each
            await activities.log_manual(
                athlete, QuickLog("run", 3600, rpe=7), TUESDAY - timedelta(days=back)
            )
        sources = StoredBriefSources(session, clock, catalogs, brief_session)

        readiness = await sources.readiness(athlete.id, TUESDAY)
        history = await WellnessService(session, clock).days(
            athlete.id, TUESDAY - timedelta(days=HISTORY_DAYS - 1), TUESDAY
        )
        fitness = await activities.fitness(athlete.id, TUESDAY)
        sessions = await sources.sessions(athlete, TUESDAY)
        profile = await ProfileRepository(session).get(athlete.id)
        given_profile = await sources.sessions(athlete, TUESDAY, profile=profile)
        rest = await sources.sessions(athlete, FRIDAY)
        before_plan = await sources.sessions(athlete, MONDAY - timedelta(days=7))
        day = await PlanService(session, clock).day(athlete, TUESDAY)
        not_yet = await sources.checked_in(athlete.id, TUESDAY)
        yesterday = await sources.checked_in(athlete.id, TUESDAY - timedelta(days=1))

    assert readiness is not None and fitness is not None and len(history) == 35
    assert readiness == assess_readiness(TUESDAY, history, LoadState.from_pmc_day(fitness))
    factors = {f.code: f for f in readiness.factors}
    assert factors["hrv"].subscore is not None and factors["hrv"].subscore < 0.8  # HRV dipped
    assert factors["resting_hr"].baseline is not None  # today not checked in yet
    assert factors["tsb"].value == fitness.tsb < 0  # four hard days: tired going in
    assert readiness.status is not None and readiness.status is not ReadinessStatus.GREEN

    assert day.sessions and sessions is not None
    words = PlanWords(catalogs.translator("en"), day.context.units)
    assert [s.title for s in sessions] == [
        html.unescape(words.title(item.session)) for item in day.sessions
    ]
    planned = day.sessions[0].session
    first = sessions[0]
    assert (first.sport, first.duration_s, first.distance_m) == (
        planned.sport.value,
        planned.duration_s,
        planned.distance_m,
    )
    assert first.targets and "<" not in first.targets and "/km" in first.targets
    assert given_profile == sessions  # the profile a push read already serves the same
    assert rest == ()
    assert before_plan is None
    assert (not_yet, yesterday) == (False, True)


async def test_without_a_profile_or_data_the_brief_has_nothing_to_say(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(CLOCK_AT)
    async with session_factory() as session:
        athlete = await make_athlete(session)
        sources = StoredBriefSources(session, clock, Catalogs.load(), brief_session)
        readiness = await sources.readiness(athlete.id, TUESDAY)
        sessions = await sources.sessions(athlete, TUESDAY)
        checked_in = await sources.checked_in(athlete.id, TUESDAY)
    assert readiness is not None and readiness.status is None and readiness.score is None
    assert (sessions, checked_in) == (None, False)


async def test_sessions_are_in_the_athletes_language(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(CLOCK_AT)
    catalogs = Catalogs.load()
    async with session_factory() as session:
        athlete = await make_runner(session)
        athlete = await AthleteService(session, clock).change_language(athlete.telegram_id, "ru")
        sources = StoredBriefSources(session, clock, catalogs, brief_session)
        sessions = await sources.sessions(athlete, TUESDAY)
        day = await PlanService(session, clock).day(athlete, TUESDAY)
    assert sessions
    words = PlanWords(catalogs.translator("ru"), day.context.units)
    assert sessions[0].title == html.unescape(words.title(day.sessions[0].session))
    assert "/км" in sessions[0].targets


async def test_the_check_in_flag_read_with_readiness_is_the_flag_read_alone(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    # Readiness reads the day's check-in with its history; the flag asked after it in the
    # same composition comes from that read and must say what a read of its own says.
    clock = ManualClock(CLOCK_AT)
    catalogs = Catalogs.load()
    async with session_factory() as session:
        athlete = await make_runner(session)
        await check_in_for_weeks(session, clock, athlete, TUESDAY)  # up to Monday
        weighed_only = TUESDAY + timedelta(days=1)  # a row, but no check-in answer
        await WellnessRepository(session).save(
            athlete.id, weighed_only, WellnessFields(weight_kg=70.0), source="checkin", now=NOW
        )
        days = (MONDAY, TUESDAY, weighed_only)
        with_readiness = []
        for day in days:
            sources = StoredBriefSources(session, clock, catalogs, brief_session)
            await sources.readiness(athlete.id, day)
            with_readiness.append(await sources.checked_in(athlete.id, day))
        alone = [
            await StoredBriefSources(session, clock, catalogs, brief_session).checked_in(
                athlete.id, day
            )
            for day in days
        ]
    assert with_readiness == alone == [True, False, False]


async def test_the_briefs_range_reads_are_served_by_their_covering_indexes(
    engine: AsyncEngine, backend: str
) -> None:
    # Every brief reads two months of answers and every day's load; rows are written day
    # by day for everyone, so reading them from the table costs a page per row. The
    # indexes of migration 0007 hold every column these reads ask for.
    if backend != "sqlite":
        pytest.skip("SQLite's query plan; PostgreSQL chooses by its statistics")
    assert set(READINESS_ANSWERS) == set(WellnessFields.__dataclass_fields__)
    reads = (
        (_ANSWERS_BETWEEN, "ix_wellness_days_readiness"),
        (_DAILY_LOADS, "ix_activities_athlete_id_local_date_load"),
    )
    async with engine.connect() as connection:
        for statement, index in reads:
            sql = str(statement.compile(dialect=engine.dialect))
            plan = await connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {sql}", (1, MONDAY, TUESDAY)
            )
            details = " ".join(str(row[-1]) for row in plan)
            assert f"USING COVERING INDEX {index}" in details, details
