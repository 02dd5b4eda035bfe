"""Thresholds over history (issue #16): the earliest known value holds for every earlier
day, so uploads from before onboarding get a load, and changing the history scores the
stored activities again and says how many changed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services.activities import ActivityService
from bot.coach.services.container import Services
from bot.domain.profiles import ProfileFields, Sex, SportChoice, ThresholdKind
from bot.storage.repositories import ProfileRepository
from tests.conftest import FIXTURES
from tests.integration.test_activities import EDGE_810, NOW, add_ftp, make_athlete


async def test_a_threshold_entered_today_scores_a_ride_from_years_before(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = (FIXTURES / EDGE_810).read_bytes()
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(session, ManualClock(NOW))
        [before] = (await service.ingest(athlete, EDGE_810, data)).stored
        await add_ftp(session, athlete, 300, NOW.date())  # told at onboarding, in 2026
        assert await service.rescore(athlete) == 1
        ride = await service.get(athlete.id, before.id)
        assert ride is not None
        assert await service.rescore(athlete) == 0  # nothing changed since
        await session.commit()
    assert before.fields.load is None or before.fields.load.method != "power"
    load = ride.fields.load
    assert ride.local_date == date(2013, 8, 16)
    # NP 301 W at the FTP 300 entered later, the earliest known: IF ≈ 1.00, TSS ≈ 131.
    assert load is not None and load.method == "power"
    assert load.intensity_factor == pytest.approx(301 / 300, rel=0.01)
    assert load.value == pytest.approx(4700 / 3600 * (301 / 300) ** 2 * 100, rel=0.02)


async def test_a_back_dated_value_rescores_only_the_days_it_changes(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = (FIXTURES / EDGE_810).read_bytes()
    async with session_factory() as session:
        athlete = await make_athlete(session)
        await add_ftp(session, athlete, 300, date(2013, 1, 1))
        service = ActivityService(session, ManualClock(NOW))
        [ride] = (await service.ingest(athlete, EDGE_810, data)).stored
        await service.log_manual(
            athlete, QuickLog(sport="run", duration_s=3600, rpe=5), date(2026, 3, 1)
        )
        # A test in 2013 measured 250 W from 1 August: the ride of the 16th changes, the
        # run (scored by RPE) does not.
        before = await ProfileRepository(session).threshold_history(athlete.id)
        await add_ftp(session, athlete, 250, date(2013, 8, 1))
        assert await service.rescore(athlete, before) == 1
        assert await service.rescore(athlete, before) == 0  # scored with these already
        rescored = await service.get(athlete.id, ride.id)
        await session.commit()
    assert ride.fields.load is not None and rescored is not None
    assert rescored.fields.load is not None
    assert rescored.fields.load.intensity_factor == pytest.approx(301 / 250, rel=0.01)
    assert rescored.fields.load.value == pytest.approx(ride.fields.load.value * 1.44, rel=0.02)


async def test_a_threshold_dialog_that_changes_the_history_reports_the_rescored_count(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = (FIXTURES / EDGE_810).read_bytes()
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_athlete(session)
        await add_ftp(session, athlete, 300, date(2013, 1, 1))
        cyclist = ProfileFields(sports=(SportChoice.BIKE,), sex=Sex.MALE, has_power_meter=True)
        await ProfileRepository(session).save(athlete.id, cyclist, now=NOW, completed_at=NOW)
        services = Services(session, clock)
        await services.activities.ingest(athlete, EDGE_810, data)
        onboarding = services.onboarding
        dialog = await onboarding.begin_threshold(athlete, ThresholdKind.FTP, None)
        assert dialog.step == "ftp"
        dialog = onboarding.answer_text(athlete, dialog, "250")
        dialog = onboarding.choose(athlete, dialog, "test")
        dialog = onboarding.answer_text(athlete, dialog, "13.08.2013")  # > five years back
        finished = await onboarding.finish(athlete, dialog)
        unchanged = await onboarding.finish(
            athlete, await onboarding.begin_edit(athlete, "body", None)
        )
        await session.commit()
    assert finished.rescored == 1
    assert finished.snapshot.thresholds[ThresholdKind.FTP].value == 250  # the latest since
    assert unchanged.rescored == 0
