"""Activities, original files and wellness on the real database (SQLite or PostgreSQL):
round trips, chunked files, deduplication, the thresholds of the activity's own day,
fitness recomputed on demand, deletion, and the check-in's daily row."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.ingest import StorageQuotaError, TruncatedFileError
from bot.coach.ingest.checkin import Measurements
from bot.coach.ingest.quicklog import QuickLog, parse_caption
from bot.coach.services import AthleteService
from bot.coach.services.activities import ActivityService
from bot.coach.services.wellness import WellnessService
from bot.domain.activities import ActivityFields, ActivitySource, LapRecord, ZoneSeconds, ZoneTimes
from bot.domain.athletes import Athlete, TelegramIdentity
from bot.domain.profiles import NewThreshold, ProfileFields, Sex, ThresholdKind, ThresholdSource
from bot.storage.models import ActivityFileChunkRow, ActivityFileRow
from bot.storage.repositories import ActivityRepository, ProfileRepository, WellnessRepository
from bot.storage.repositories.activities import CHUNK_BYTES
from tests.conftest import FIXTURES
from tests.unit.ingest.synthetic import Leg, activity_fit
from tests.unit.ingest.test_device_files import summary_first_phone_file

NOW = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
EDGE_810 = "Edge810-Vector-2013-08-16-15-35-10.fit"


async def make_athlete(session: AsyncSession, telegram_id: int = 5_000_000_001) -> Athlete:
    athlete, _ = await AthleteService(session, ManualClock(NOW)).on_contact(
        TelegramIdentity(telegram_id=telegram_id, first_name="Ann", private_chat_id=telegram_id)
    )
    return athlete


async def add_ftp(session: AsyncSession, athlete: Athlete, watts: float, effective: date) -> None:
    profiles = ProfileRepository(session)
    if await profiles.get(athlete.id) is None:
        await profiles.save(athlete.id, ProfileFields(sex=Sex.MALE), now=NOW)
    await profiles.add_threshold(
        athlete.id,
        NewThreshold(ThresholdKind.FTP, watts, ThresholdSource.TEST, effective),
        now=NOW,
    )


def fields(**changes: object) -> ActivityFields:
    base = ActivityFields(
        source=ActivitySource.FILE,
        sport="bike",
        sub_sport="road",
        local_date=date(2026, 3, 1),
        start_time=datetime(2026, 3, 1, 8, 0, tzinfo=UTC),
        timezone="Europe/Berlin",
        elapsed_s=4000.0,
        moving_s=3600.0,
        distance_m=36000.0,
        zones=(ZoneTimes("power", "coggan", (ZoneSeconds(1, "Z1", 600.0),)),),
        laps=(LapRecord(datetime(2026, 3, 1, 8, 0, tzinfo=UTC), 4000, 3600, 36000, 140, 200),),
        device_summary={"normalized_power": 230.0},
        warnings=("crc_mismatch",),
        sha256="a" * 64,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


async def test_an_activity_round_trips(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory() as session:
        athlete = await make_athlete(session)
        repository = ActivityRepository(session)
        stored = await repository.add(athlete.id, fields(), file_id=None, now=NOW)
        await session.commit()
    async with session_factory() as session:
        again = await ActivityRepository(session).get(stored.id)
    assert again is not None
    assert again.fields == fields()
    assert again.created_at == NOW


async def test_files_are_kept_in_chunks_and_read_back_whole(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = os.urandom(CHUNK_BYTES * 2 + 1234)
    async with session_factory() as session:
        athlete = await make_athlete(session)
        kept = await ActivityRepository(session).add_file(
            athlete.id, sha256="b" * 64, file_name="big.fit", container="fit", data=data, now=NOW
        )
        await session.commit()
    async with session_factory() as session:
        pieces = await ActivityRepository(session).file_chunks(kept.id)
    assert [len(p) for p in pieces] == [CHUNK_BYTES, CHUNK_BYTES, 1234]
    assert b"".join(pieces) == data


async def test_the_same_file_activity_cannot_be_stored_twice(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        athlete = await make_athlete(session)
        repository = ActivityRepository(session)
        await repository.add(athlete.id, fields(), file_id=None, now=NOW)
        with pytest.raises(IntegrityError):
            await repository.add(athlete.id, fields(), file_id=None, now=NOW)


async def test_ingest_is_idempotent_and_keeps_the_original(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = (FIXTURES / EDGE_810).read_bytes()
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(session, ManualClock(NOW))
        first = await service.ingest(athlete, EDGE_810, data)
        second = await service.ingest(athlete, EDGE_810, data)
        await session.commit()
        assert len(first.stored) == 1 and not first.duplicates
        assert not second.stored and second.duplicates[0].same_file
        name, original = await service.original_file(athlete.id, first.stored[0].id) or ("", b"")
        assert (name, original) == (EDGE_810, data)
        files = await session.scalar(select(func.count()).select_from(ActivityFileRow))
    assert files == 1


async def test_load_uses_the_threshold_in_force_on_the_activity_day(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """The ride was on 2013-08-16: an FTP entered later does not rescore it."""
    data = (FIXTURES / EDGE_810).read_bytes()
    async with session_factory() as session:
        athlete = await make_athlete(session)
        await add_ftp(session, athlete, 300, date(2013, 1, 1))
        await add_ftp(session, athlete, 250, date(2014, 1, 1))
        service = ActivityService(session, ManualClock(NOW))
        [ride] = (await service.ingest(athlete, EDGE_810, data)).stored
    load = ride.fields.load
    assert load is not None and load.method == "power"
    # NP 301 W at FTP 300 for 4,700 s: IF ≈ 1.00, TSS ≈ 131 (not ≈ 189 at FTP 250).
    assert load.intensity_factor == pytest.approx(301 / 300, rel=0.01)
    assert load.value == pytest.approx(4700 / 3600 * (301 / 300) ** 2 * 100, rel=0.02)
    assert ride.local_date == date(2013, 8, 16)


async def test_a_damaged_file_is_only_stored_when_asked(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = activity_fit([Leg("running", 600, 3.0)])[:-3]  # its last bytes missing
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(session, ManualClock(NOW))
        with pytest.raises(TruncatedFileError):
            await service.ingest(athlete, "eof.fit", data)
        assert await ActivityRepository(session).count(athlete.id) == 0
        report = await service.ingest(athlete, "eof.fit", data, accept_partial=True)
        assert report.salvaged and len(report.stored) == 1


async def test_thirteen_seconds_of_a_damaged_file_are_not_saved_even_when_asked(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = (FIXTURES / "activity-unexpected-eof.fit").read_bytes()
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(session, ManualClock(NOW))
        with pytest.raises(TruncatedFileError):
            await service.ingest(athlete, "eof.fit", data, accept_partial=True)
        assert await ActivityRepository(session).count(athlete.id) == 0


async def test_a_salvaged_phone_file_is_scored_for_its_whole_hour(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Five recorded minutes of a 59-minute run whose summary came first: saving it
    scores the hour by the summary's average HR (it once scored 5.6 instead of ~72)."""
    async with session_factory() as session:
        athlete = await make_athlete(session)
        profiles = ProfileRepository(session)
        await profiles.save(athlete.id, ProfileFields(sex=Sex.MALE), now=NOW)
        for kind, value in ((ThresholdKind.LTHR, 165.0), (ThresholdKind.HR_MAX, 190.0),
                            (ThresholdKind.RESTING_HR, 50.0)):  # fmt: skip
            await profiles.add_threshold(
                athlete.id,
                NewThreshold(kind, value, ThresholdSource.MEASURED, date(2000, 1, 1)),
                now=NOW,
            )
        service = ActivityService(session, ManualClock(NOW))
        report = await service.ingest(
            athlete, "phone.fit", summary_first_phone_file(), accept_partial=True
        )
        [activity] = report.stored
        assert activity.fields.moving_s == 59 * 60
        assert activity.fields.load is not None
        assert activity.fields.load.method == "heart_rate"
        assert activity.fields.load.value > 40


async def test_a_caption_gives_every_workout_leg_its_rpe_and_the_first_its_note(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    race = activity_fit([Leg("swimming", 300, 1.2), Leg("transition", 60, 1.0),
                         Leg("running", 600, 3.0)])  # fmt: skip
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(session, ManualClock(NOW))
        report = await service.ingest(
            athlete, "race.fit", race, caption=parse_caption("felt great, rpe 7")
        )
        assert [a.fields.rpe for a in report.stored] == [7, None, 7]
        assert [a.fields.note for a in report.stored] == ["felt great", None, None]


async def test_original_files_past_the_quota_are_refused_and_nothing_is_saved(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    first = activity_fit([Leg("running", 600, 3.0)])
    # Three times as long: the same start is not the same workout recorded twice.
    second = activity_fit([Leg("cycling", 1800, 8.0)])
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(
            session, ManualClock(NOW), quota_bytes=len(first) + len(second) - 1
        )
        await service.ingest(athlete, "run.fit", first)
        with pytest.raises(StorageQuotaError) as caught:
            await service.ingest(athlete, "ride.fit", second)
        assert caught.value.params["used_bytes"] == len(first)
        assert caught.value.params["limit_bytes"] == len(first) + len(second) - 1
        assert await ActivityRepository(session).count(athlete.id) == 1
        assert await ActivityRepository(session).files_size(athlete.id) == len(first)


async def test_fitness_is_recomputed_from_the_day_of_a_late_or_deleted_activity(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(session, ManualClock(NOW))
        day = date(2026, 3, 1)
        late = date(2026, 2, 20)
        # 60 min at RPE 7 = 100 load points each.
        await service.log_manual(athlete, QuickLog("run", 3600, rpe=7), day)
        only = await service.fitness(athlete.id, day)
        early = await service.log_manual(athlete, QuickLog("run", 3600, rpe=7), late)
        both = await service.fitness(athlete.id, day)
        assert only is not None and both is not None
        assert only.ctl == pytest.approx(100 * (1 - 2.718281828 ** (-1 / 42)), rel=1e-6)
        assert both.ctl > only.ctl and both.atl > only.atl
        await service.delete(athlete.id, early.id)
        after = await service.fitness(athlete.id, day)
        assert after == only
        assert await service.fitness(athlete.id, late) is None


async def test_deleting_the_last_activity_of_a_file_removes_the_file(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = (FIXTURES / "garmin-fenix-5-run.fit").read_bytes()
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(session, ManualClock(NOW))
        [run] = (await service.ingest(athlete, "run.fit", data)).stored
        await service.delete(athlete.id, run.id)
        files = await session.scalar(select(func.count()).select_from(ActivityFileRow))
        chunks = await session.scalar(select(func.count()).select_from(ActivityFileChunkRow))
    assert (files, chunks) == (0, 0)


async def test_rpe_gives_a_sensorless_activity_its_load(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = (FIXTURES / "activity-small-fenix2-run.fit").read_bytes()  # no HR, no thresholds
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(session, ManualClock(NOW))
        [run] = (await service.ingest(athlete, "run.fit", data)).stored
        assert run.fields.load is None
        rated = await service.set_rpe(athlete.id, run.id, 5)
    assert rated.fields.load is not None
    assert rated.fields.load.method == "session_rpe"
    assert rated.fields.load.value == pytest.approx(5 * 2832 / 60 * 100 / 420, rel=0.01)


async def test_the_sport_of_a_file_that_did_not_say_is_rescored(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = (FIXTURES / "korita-zbevnica.gpx").read_bytes()
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(session, ManualClock(NOW))
        [track] = (await service.ingest(athlete, "korita.gpx", data)).stored
        assert track.sport == "other" and "sport_unknown" in track.fields.warnings
        hiked = await service.reanalyse(athlete, track.id, sport="hike")
    assert hiked.sport == "hike" and "sport_unknown" not in hiked.fields.warnings
    assert hiked.fields.distance_m == pytest.approx(track.fields.distance_m)


async def test_a_check_in_is_one_row_per_day_and_reads_as_science_wellness(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = WellnessService(session, clock)
        today = service.today(athlete)
        await service.answer(athlete, today, "mood", "2")
        await service.answer(athlete, today, "illness", "")
        await service.measure(athlete, today, Measurements(rmssd_ms=62, resting_hr_bpm=48))
        await service.answer(athlete, today, "mood", "4")  # changed her mind
        record = await service.finish(athlete, today)
        await session.commit()
    assert record.completed_at == NOW
    async with session_factory() as session:
        service = WellnessService(session, clock)
        [day] = await service.days(athlete.id, today - timedelta(days=7), today)
        rows = await WellnessRepository(session).between(athlete.id, today, today)
        assert await service.checked_in(athlete.id, today)
        assert not await service.checked_in(athlete.id, today - timedelta(days=1))
    assert len(rows) == 1
    assert (day.mood, day.illness, day.rmssd_ms, day.resting_hr_bpm) == (4, True, 62, 48)


async def test_a_file_replaces_the_same_workout_logged_by_hand(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Tapped "Done" in the evening, then the watch file came: one workout, not two."""
    data = (FIXTURES / "garmin-fenix-5-run.fit").read_bytes()
    async with session_factory() as session:
        athlete = await make_athlete(session)
        probe = ActivityService(session, ManualClock(NOW))
        [recorded] = (await probe.ingest(athlete, "probe.fit", data)).stored
        day, seconds = recorded.local_date, recorded.duration_s
        assert seconds is not None
        await probe.delete(athlete.id, recorded.id)

        service = ActivityService(session, ManualClock(NOW))
        logged = await service.log_manual(
            athlete, QuickLog("run", round(seconds * 1.2), rpe=6, note="legs heavy"), day
        )
        other_sport = await service.log_manual(athlete, QuickLog("bike", round(seconds)), day)
        report = await service.ingest(athlete, "run.fit", data)
        on_day = await ActivityRepository(session).on_days(athlete.id, day, day)
        await session.commit()

    assert [a.id for a in report.replaced] == [logged.id]
    [kept] = report.stored
    assert {a.id for a in on_day} == {kept.id, other_sport.id}  # the ride is another workout
    assert kept.fields.source == ActivitySource.FILE
    assert (kept.fields.rpe, kept.fields.note) == (6, "legs heavy")
    assert kept.duration_s == seconds  # the file's own numbers
    # No thresholds to score the file by: the carried RPE gives its load (Foster's session
    # RPE on the file's own time; 60 min at RPE 7 = 100).
    assert kept.fields.load is not None and kept.fields.load.method == "session_rpe"
    assert kept.fields.load.value == pytest.approx(6 * seconds / 60 * 100 / 420, abs=0.1)


async def test_a_hand_log_of_a_different_length_is_kept(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    data = (FIXTURES / "garmin-fenix-5-run.fit").read_bytes()
    async with session_factory() as session:
        athlete = await make_athlete(session)
        service = ActivityService(session, ManualClock(NOW))
        [recorded] = (await service.ingest(athlete, "probe.fit", data)).stored
        day, seconds = recorded.local_date, recorded.duration_s or 0.0
        await service.delete(athlete.id, recorded.id)
        await service.log_manual(athlete, QuickLog("run", round(seconds * 2), rpe=4), day)
        report = await service.ingest(athlete, "run.fit", data)
    assert report.replaced == () and len(report.stored) == 1
