"""Sync against the fake intervals.icu and Strava on loopback, into the real database:
connect with a key, import history with streams through the ingest rules, wellness with
its sources, sync again without duplicates, one activity once across sources, planned
workouts out, Strava's owner-only rule and deauthorisation, and every failure."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.ingest.checkin import Measurements
from bot.coach.services import AthleteService
from bot.coach.services.activities import ActivityService
from bot.coach.services.integrations import ConnectError, IntegrationService
from bot.coach.services.sync import SyncProgress, SyncReport, SyncService
from bot.coach.services.wellness import WellnessService
from bot.domain.activities import ActivitySource
from bot.domain.athletes import Athlete, TelegramIdentity
from bot.domain.integrations import IntegrationStatus, Provider, RunKind, RunStatus
from bot.integrations.connectors import Connectors
from bot.storage.models import ActivityRow, IntegrationRow, SyncRunRow
from bot.storage.unit_of_work import transaction
from tests.conftest import FIXTURES
from tests.fakes.integrations import TEST_KEY, connectors_for
from tests.fakes.intervals_icu import FakeAthlete, IntervalsIcuFake
from tests.fakes.seed import FakeActivity

NOW = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
async def connectors(clock: ManualClock, intervals: IntervalsIcuFake) -> AsyncIterator[Connectors]:
    built = connectors_for(clock, intervals)
    try:
        yield built
    finally:
        await built.close()


async def make_athlete(
    factory: async_sessionmaker[AsyncSession], clock: ManualClock, telegram_id: int = 7001
) -> Athlete:
    async with transaction(factory) as session:
        athlete, _ = await AthleteService(session, clock).on_contact(
            TelegramIdentity(
                telegram_id=telegram_id, first_name="Ann", private_chat_id=telegram_id
            )
        )
    return athlete


async def connect(
    factory: async_sessionmaker[AsyncSession],
    clock: ManualClock,
    connectors: Connectors,
    athlete: Athlete,
    remote: FakeAthlete,
) -> None:
    async with transaction(factory) as session:
        await IntegrationService(session, clock, connectors).connect_intervals_key(
            athlete, remote.api_key
        )


@dataclass
class Connected:
    """An athlete connected to the fake intervals.icu by key, and their account there."""

    athlete: Athlete
    remote: FakeAthlete
    service: SyncService

    async def import_history(self, months: int = 1) -> SyncReport:
        return await self.service.run(
            self.athlete.id, Provider.INTERVALS, RunKind.IMPORT, months=months
        )


@pytest.fixture
def connected(
    session_factory: async_sessionmaker[AsyncSession],
    clock: ManualClock,
    connectors: Connectors,
    intervals: IntervalsIcuFake,
) -> Callable[..., Awaitable[Connected]]:
    """Make an athlete, give them a season on the fake (``add_athlete``'s arguments;
    ``prepare`` edits it first) and connect them with its key."""

    async def make(
        prepare: Callable[[FakeAthlete], object] | None = None, **season: Any
    ) -> Connected:
        remote = intervals.add_athlete(**season)
        if prepare is not None:
            prepare(remote)
        athlete = await make_athlete(session_factory, clock)
        await connect(session_factory, clock, connectors, athlete, remote)
        return Connected(athlete, remote, SyncService(session_factory, clock, connectors))

    return make


Connect = Callable[..., Awaitable[Connected]]


async def count(factory: async_sessionmaker[AsyncSession], *where: object) -> int:
    async with factory() as session:
        return int(
            await session.scalar(select(func.count()).select_from(ActivityRow).where(*where)) or 0
        )


async def test_a_key_is_checked_kept_encrypted_and_a_wrong_one_refused(
    session_factory: async_sessionmaker[AsyncSession],
    clock: ManualClock,
    connectors: Connectors,
    intervals: IntervalsIcuFake,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    remote = intervals.add_athlete()
    athlete = await make_athlete(session_factory, clock)
    wrong = "x" * 24
    with pytest.raises(ConnectError) as refused:
        async with transaction(session_factory) as session:
            await IntegrationService(session, clock, connectors).connect_intervals_key(
                athlete, wrong
            )
    assert refused.value.code == "wrong_key"
    assert wrong not in str(refused.value)
    await connect(session_factory, clock, connectors, athlete, remote)
    async with session_factory() as session:
        row = await session.scalar(select(IntegrationRow))
    assert row is not None and row.external_athlete_id == remote.id
    assert remote.api_key not in row.secret
    assert connectors.cipher is not None
    assert connectors.cipher.decrypt(row.secret).value == remote.api_key
    assert remote.api_key not in caplog.text and wrong not in caplog.text


async def test_history_import_stores_activities_with_streams_and_wellness_once(
    session_factory: async_sessionmaker[AsyncSession],
    clock: ManualClock,
    connectors: Connectors,
    connected: Connect,
) -> None:
    ann = await connected(last_day=date(2026, 3, 1), days=35)
    athlete, remote = ann.athlete, ann.remote
    async with transaction(session_factory) as session:
        integrations = IntegrationService(session, clock, connectors)
        offers = await integrations.threshold_offers(athlete)
        assert {o.kind.value: o.value for o in offers} == {
            "ftp": 265, "lthr": 172, "hr_max": 190, "run_threshold_pace": 255.1, "css": 82.0,
        }  # fmt: skip
        for offer in offers:
            await integrations.accept_threshold(athlete, offer.kind, offer.value)
    seen: list[SyncProgress] = []

    async def progress(update: SyncProgress) -> None:
        seen.append(update)

    service = ann.service
    report = await service.run(
        athlete.id, Provider.INTERVALS, RunKind.IMPORT, months=3, progress=progress
    )
    expected = len(remote.season.activities)
    assert report.status is RunStatus.OK and report.error is None
    assert report.stored == expected and expected > 15
    assert report.wellness_days == 35
    assert seen[-1].finished and seen[-1].done == expected
    assert len(seen) < expected  # one message edited now and then, not one per activity
    assert await count(session_factory, ActivityRow.source == "intervals") == expected
    async with session_factory() as session:
        ride = await session.scalar(
            select(ActivityRow).where(ActivityRow.sport == "bike").limit(1)
        )
        assert ride is not None and ride.external_id and ride.device == "Garmin Forerunner 965"
        assert ride.load is not None and ride.load_method == "power"
        assert ride.normalized_power is not None
        runs = list(await session.scalars(select(SyncRunRow)))
    # One list page, one page that finds nothing older, a stream per activity, wellness.
    assert runs[0].api_calls == expected + 3 and runs[0].activities == expected
    async with session_factory() as session:
        day = await WellnessService(session, clock).day(athlete.id, date(2026, 3, 1))
    assert day is not None
    wanted = next(w for w in remote.season.wellness if w.day == date(2026, 3, 1))
    assert day.fields.rmssd_ms == wanted.hrv
    assert day.fields.resting_hr_bpm == wanted.resting_hr
    assert day.source_of("rmssd_ms") == "intervals"
    # A second sync finds nothing new and stores nothing twice.
    clock.advance(3600)
    again = await service.run(athlete.id, Provider.INTERVALS, RunKind.SYNC)
    assert again.stored == 0 and again.status is RunStatus.OK
    assert await count(session_factory) == expected


async def test_the_athletes_own_check_in_wins_over_a_synced_value(
    session_factory: async_sessionmaker[AsyncSession], clock: ManualClock, connected: Connect
) -> None:
    ann = await connected(last_day=date(2026, 3, 1), days=3)
    async with transaction(session_factory) as session:
        await WellnessService(session, clock).measure(
            ann.athlete, date(2026, 3, 1), Measurements(rmssd_ms=80.0, resting_hr_bpm=None)
        )
    await ann.import_history()
    async with session_factory() as session:
        day = await WellnessService(session, clock).day(ann.athlete.id, date(2026, 3, 1))
    assert day is not None and day.fields.rmssd_ms == 80.0
    assert day.source_of("rmssd_ms") == "checkin"
    assert day.source_of("resting_hr_bpm") == "intervals"


@pytest.mark.parametrize("sport_type", ["Run", "Workout"])
async def test_a_chat_upload_and_a_synced_copy_are_one_activity(
    session_factory: async_sessionmaker[AsyncSession],
    clock: ManualClock,
    connectors: Connectors,
    intervals: IntervalsIcuFake,
    sport_type: str,
) -> None:
    """The same workout by start time, and by start and duration when the service names
    its sport otherwise ("Workout")."""
    name = "garmin-fenix-5-run.fit"
    remote = intervals.add_athlete()
    remote.add_activity(
        FakeActivity(
            id="i777",
            start=datetime(2017, 6, 11, 14, 34, 11, tzinfo=UTC),
            type=sport_type,
            name="Run",
            duration_s=57,
            seed=1,
            speed=2.8,
            power=None,
        )
    )
    athlete = await make_athlete(session_factory, clock)
    await connect(session_factory, clock, connectors, athlete, remote)
    async with transaction(session_factory) as session:
        uploaded = await ActivityService(session, clock).ingest(
            athlete, name, (FIXTURES / name).read_bytes()
        )
    assert len(uploaded.stored) == 1
    report = await SyncService(session_factory, clock, connectors).run(
        athlete.id, Provider.INTERVALS, RunKind.IMPORT, months=120
    )
    assert report.duplicates == 1 and report.stored == 0
    assert await count(session_factory) == 1


@pytest.mark.parametrize(
    ("script", "code"),
    [
        ("status:500x3", "unavailable"),
        ("status:404", "not_found"),
        ("malformed", "malformed"),
        ("revoke", "revoked"),
    ],
)
async def test_a_failing_service_changes_nothing_and_says_why(
    session_factory: async_sessionmaker[AsyncSession],
    *,
    connected: Connect,
    intervals: IntervalsIcuFake,
    script: str,
    code: str,
) -> None:
    ann = await connected(last_day=date(2026, 3, 1), days=10)
    if script == "malformed":
        intervals.malformed_next()
    elif script == "revoke":
        intervals.revoke(ann.remote)
    else:
        status, _, times = script.removeprefix("status:").partition("x")
        intervals.fail_next(int(status), int(times or 1))
    report = await ann.import_history()
    assert report.status is RunStatus.FAILED and report.error == code
    assert await count(session_factory) == 0
    async with session_factory() as session:
        row = await session.scalar(select(IntegrationRow))
    assert row is not None and row.last_sync_status == code
    revoked = code == "revoked"
    assert (row.status == IntegrationStatus.REVOKED.value) is revoked


async def test_a_rate_limit_is_waited_out_on_the_clock_and_counted(
    clock: ManualClock, connected: Connect, intervals: IntervalsIcuFake
) -> None:
    ann = await connected(last_day=date(2026, 3, 1), days=14)
    intervals.rate_limit_every = 4
    before = clock.now()
    report = await ann.import_history()
    assert report.status is RunStatus.OK
    assert report.stats.rate_limited >= 2
    assert clock.now() - before >= timedelta(seconds=5 * report.stats.rate_limited)
    assert report.stored == len(ann.remote.season.activities)


async def test_a_stream_longer_than_its_activity_is_cut_and_said(
    session_factory: async_sessionmaker[AsyncSession], connected: Connect
) -> None:
    ann = await connected(
        lambda remote: remote.long_stream.add(remote.season.activities[0].id),
        last_day=date(2026, 3, 1),
        days=7,
    )
    victim = ann.remote.season.activities[0]
    await ann.import_history()
    async with session_factory() as session:
        row = await session.scalar(select(ActivityRow).where(ActivityRow.external_id == victim.id))
    assert row is not None and "stream_longer_than_activity" in row.warnings


async def test_key_rotation_re_encrypts_on_read(
    session_factory: async_sessionmaker[AsyncSession],
    clock: ManualClock,
    intervals: IntervalsIcuFake,
) -> None:
    from cryptography.fernet import Fernet

    old = connectors_for(clock, intervals)
    remote = intervals.add_athlete(last_day=date(2026, 3, 1), days=3)
    athlete = await make_athlete(session_factory, clock)
    await connect(session_factory, clock, old, athlete, remote)
    await old.close()
    new_key = Fernet.generate_key().decode()
    rotated = connectors_for(clock, intervals, key=f"{new_key},{TEST_KEY}")
    try:
        report = await SyncService(session_factory, clock, rotated).run(
            athlete.id, Provider.INTERVALS, RunKind.IMPORT, months=1
        )
    finally:
        await rotated.close()
    assert report.status is RunStatus.OK
    async with session_factory() as session:
        row = await session.scalar(select(IntegrationRow))
    assert row is not None
    assert Fernet(new_key.encode()).decrypt(row.secret.encode()).decode() == remote.api_key


async def test_strava_sourced_activities_reach_their_owner_alone() -> None:
    from bot.domain.activities import Activity, ActivityFields
    from bot.domain.visibility import Audience, activities_visible_to

    def activity(activity_id: int, owner: int, source: ActivitySource) -> Activity:
        return Activity(
            id=activity_id,
            athlete_id=owner,
            fields=ActivityFields(
                source=source, sport="run", sub_sport="generic", local_date=date(2026, 3, 1)
            ),
            file_id=None,
            planned_session_id=None,
            match_kind=None,
            created_at=NOW,
            updated_at=NOW,
        )

    mine = [
        activity(1, 10, ActivitySource.STRAVA),
        activity(2, 10, ActivitySource.INTERVALS),
        activity(3, 10, ActivitySource.FILE),
    ]
    own = activities_visible_to(mine, viewer_id=10, audience=Audience.OWNER)
    assert [a.id for a in own] == [1, 2, 3]
    for audience in (Audience.COACH, Audience.GROUP, Audience.EXPORT_FOR_OTHERS):
        assert [a.id for a in activities_visible_to(mine, viewer_id=99, audience=audience)] == [
            2,
            3,
        ]
    assert [
        a.id for a in activities_visible_to(mine, viewer_id=10, audience=Audience.AI_CONTEXT)
    ] == [2, 3]
    assert activities_visible_to(mine, viewer_id=99, audience=Audience.OWNER) == []


async def test_a_service_that_never_answers_is_a_timeout_after_two_retries(
    clock: ManualClock, intervals: IntervalsIcuFake
) -> None:
    from bot.integrations.errors import ServiceTimeout
    from bot.integrations.http import Backoff, ServiceClient
    from bot.integrations.intervals import IntervalsClient, api_key_header

    remote = intervals.add_athlete()
    http = ServiceClient("intervals.icu", intervals.base_url, clock, Backoff(clock), timeout_s=0.2)
    for _ in range(3):
        intervals.hang_next()
    before = clock.now()
    try:
        with pytest.raises(ServiceTimeout) as failed:
            await IntervalsClient(http, api_key_header(remote.api_key)).athlete()
    finally:
        await http.close()
    assert http.stats.calls == 3
    assert clock.now() - before == timedelta(seconds=5)  # 1 s and 4 s, on the clock
    assert remote.api_key not in str(failed.value)
    assert str(failed.value) == "intervals.icu: GET /api/v1/athlete/0: no answer"


async def test_the_plan_on_the_calendar_follows_a_change_of_plan(
    session_factory: async_sessionmaker[AsyncSession],
    clock: ManualClock,
    connectors: Connectors,
    intervals: IntervalsIcuFake,
) -> None:
    from bot.coach.briefs.model import BriefSession
    from bot.coach.planning import Session, Thresholds, Units
    from bot.coach.services.plans import PlanService
    from bot.domain.plans import SessionOutcome, SessionStatus
    from bot.domain.profiles import (
        Experience,
        GoalFields,
        GoalKind,
        NewThreshold,
        ProfileFields,
        SportChoice,
        ThresholdKind,
        ThresholdSource,
    )
    from bot.handlers.plan.brief_words import brief_session
    from bot.i18n import Catalogs
    from bot.storage.repositories import PlanRepository, ProfileRepository

    english = Catalogs.load().translator("en")

    def words(
        _athlete: Athlete, units: Units, session: Session, thresholds: Thresholds
    ) -> BriefSession:
        return brief_session(english, units, session, thresholds)

    remote = intervals.add_athlete()
    athlete = await make_athlete(session_factory, clock)
    async with transaction(session_factory) as session:
        profiles = ProfileRepository(session)
        fields = ProfileFields(
            sports=(SportChoice.BIKE,), experience=Experience.INTERMEDIATE, weekly_hours=6.0,
            available_weekdays=(0, 1, 2, 3, 4, 5, 6), long_day=5, has_power_meter=True,
        )  # fmt: skip
        await profiles.save(athlete.id, fields, now=NOW, completed_at=NOW)
        await profiles.replace_goal(athlete.id, GoalFields(kind=GoalKind.GENERAL), now=NOW)
        await profiles.add_threshold(
            athlete.id,
            NewThreshold(ThresholdKind.FTP, 250.0, ThresholdSource.MEASURED, date(2026, 1, 1)),
            now=NOW,
        )
    await connect(session_factory, clock, connectors, athlete, remote)
    service = SyncService(session_factory, clock, connectors, words=words)
    first = await service.export_plans(athlete.id)
    assert first.exported == len(remote.events) > 3 and first.removed == 0
    before = {key: e["description"] for key, e in remote.events.items()}
    assert any(" W" in text for text in before.values())  # targets in watts for FTP 250
    assert (await service.export_plans(athlete.id)).exported == 0  # nothing changed
    # A new FTP changes every target; a skipped session leaves the calendar.
    async with transaction(session_factory) as session:
        await ProfileRepository(session).add_threshold(
            athlete.id,
            NewThreshold(ThresholdKind.FTP, 280.0, ThresholdSource.MEASURED, date(2026, 3, 2)),
            now=NOW,
        )
        fresh = await AthleteService(session, clock).get(athlete.telegram_id)
        assert fresh is not None
        _, upcoming = await PlanService(session, clock).upcoming(fresh, 14)
        skipped = upcoming[0]
        await PlanRepository(session).record_outcome(
            skipped.id, SessionOutcome(SessionStatus.SKIPPED), now=NOW
        )
    second = await service.export_plans(athlete.id)
    assert second.removed == 1 and second.exported == len(remote.events)
    gone = f"tempo-{athlete.id}-{skipped.session.date.isoformat()}-{skipped.session.order}"
    assert gone not in remote.events
    changed = [k for k, e in remote.events.items() if e["description"] != before[k]]
    assert changed and all(e["filename"].endswith(".fit") for e in remote.events.values())
    left = len(remote.events)
    assert await service.remove_exports(athlete.id) == left
    assert remote.events == {}


async def test_strava_backfill_stops_at_the_rate_limit_and_resumes_in_the_next_window(
    session_factory: async_sessionmaker[AsyncSession],
    clock: ManualClock,
    intervals: IntervalsIcuFake,
) -> None:
    from bot.domain.integrations import AuthKind
    from bot.storage.repositories import IntegrationRepository
    from tests.fakes.strava import StravaFake

    strava = StravaFake(clock=clock, read_limit_15min=12)
    await strava.start()
    built = connectors_for(clock, intervals, strava)
    try:
        remote = strava.add_athlete("Ann", days=30)
        athlete = await make_athlete(session_factory, clock)
        tokens = await built.strava.exchange_code(strava.authorize(remote))
        assert built.cipher is not None and tokens.refresh_token is not None
        async with transaction(session_factory) as session:
            await IntegrationRepository(session).save(
                athlete.id, Provider.STRAVA, external_athlete_id=tokens.athlete.external_id,
                auth_kind=AuthKind.OAUTH, secret=built.cipher.encrypt(tokens.access_token),
                refresh=built.cipher.encrypt(tokens.refresh_token), expires_at=tokens.expires_at,
                sync_minute=0, now=clock.now(),
            )  # fmt: skip
        service = SyncService(session_factory, clock, built)
        first = await service.run(athlete.id, Provider.STRAVA, RunKind.IMPORT, months=2)
        assert first.status is RunStatus.FAILED and first.error == "rate_limited"
        assert first.stats.rate_limited == 1
        assert 0 < first.stored < len(remote.season.activities)
        stored = await count(session_factory, ActivityRow.source == "strava")
        assert stored == first.stored  # what came in stays
        # Strava is paused for the whole process until its window turns: no request.
        calls = len(strava.requests)
        paused = await service.run(athlete.id, Provider.STRAVA, RunKind.SYNC)
        assert paused.error == "rate_limited" and len(strava.requests) == calls
        clock.advance(15 * 60)
        rest = await service.run(athlete.id, Provider.STRAVA, RunKind.IMPORT, months=2)
        total = await count(session_factory, ActivityRow.source == "strava")
        assert rest.stored > 0 and total > stored
    finally:
        await built.close()
        await strava.stop()


async def test_each_connection_syncs_at_its_minute_and_before_its_brief(
    session_factory: async_sessionmaker[AsyncSession],
    clock: ManualClock,
    connectors: Connectors,
    intervals: IntervalsIcuFake,
) -> None:
    from datetime import time

    from bot.coach.services.integrations import sync_minute_of
    from bot.domain.profiles import ProfileFields
    from bot.storage.repositories import ProfileRepository

    remote = intervals.add_athlete()
    athlete = await make_athlete(session_factory, clock)
    async with transaction(session_factory) as session:
        profiles = ProfileRepository(session)
        await profiles.save(athlete.id, ProfileFields(brief_time=time(7, 0)), now=NOW)
        await profiles.set_timezone(athlete.id, "Europe/Berlin", now=NOW)
    await connect(session_factory, clock, connectors, athlete, remote)
    service = SyncService(session_factory, clock, connectors)
    minute = sync_minute_of(athlete.id)
    # On the day it was connected and never synced, the history import the athlete
    # chooses comes first: no routine sync takes the default window in its place.
    today = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert not [m for m in range(60) if await service.due(today + timedelta(minutes=m))]
    hour = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    due = {m for m in range(60) if await service.due(hour + timedelta(minutes=m))}
    assert due == {minute}
    # The brief is at 07:00 Berlin = 06:00 UTC: a sync is due at 05:45 UTC whatever the
    # connection's own minute.
    assert await service.due(datetime(2026, 3, 3, 5, 45, tzinfo=UTC)) == [
        (athlete.id, Provider.INTERVALS)
    ]
    assert minute == 46 or await service.due(datetime(2026, 3, 3, 5, 46, tzinfo=UTC)) == []


async def test_every_import_has_a_load_and_thresholds_taken_later_score_it_again(
    session_factory: async_sessionmaker[AsyncSession],
    clock: ManualClock,
    connectors: Connectors,
    connected: Connect,
) -> None:
    """No thresholds yet (the athlete taps the history length before "Use"): every
    activity still gets a load — intervals.icu's own figure — and taking the offered
    thresholds then scores the imported history with Tempo's methods: power TSS from the
    ride's NP, swim sTSS from distance and CSS, run rTSS from pace."""
    ann = await connected(last_day=date(2026, 3, 1), days=21)
    athlete, remote = ann.athlete, ann.remote
    report = await ann.import_history()
    assert report.stored == len(remote.season.activities)
    by_id = {a.id: a.summary()["training_load"] for a in remote.season.activities}
    async with session_factory() as session:
        rows = list(await session.scalars(select(ActivityRow)))
    assert {row.sport for row in rows} == {"bike", "run", "swim"}
    assert all(row.load_method == "service" for row in rows)
    assert all(row.load == by_id[row.external_id] for row in rows)

    async with transaction(session_factory) as session:
        integrations = IntegrationService(session, clock, connectors)
        offers = await integrations.threshold_offers(athlete)
        changed = await integrations.accept_thresholds(athlete, offers)
    assert changed == len(rows)
    async with session_factory() as session:
        rows = list(await session.scalars(select(ActivityRow)))
    methods = {row.sport: row.load_method for row in rows}
    assert methods == {"bike": "power", "run": "pace", "swim": "swim_pace"}
    ride = next(row for row in rows if row.sport == "bike")
    assert ride.normalized_power is not None and ride.moving_s is not None
    hours = ride.moving_s / 3600
    # TSS = hours × (NP / FTP)² × 100 with the offered FTP of 265 W.
    assert ride.load == pytest.approx(round(hours * (ride.normalized_power / 265) ** 2 * 100, 1))


async def test_the_chosen_history_is_imported_whole_page_by_page(
    session_factory: async_sessionmaker[AsyncSession],
    connected: Connect,
    intervals: IntervalsIcuFake,
) -> None:
    """Twelve months chosen, the service lists at most 7 activities an answer: every
    activity of the window comes in, none twice, and a routine sync running when the
    athlete chose does not swallow the import."""
    from bot.jobs.sync import SyncJobs

    ann = await connected(last_day=date(2026, 3, 1), days=150)
    athlete, remote = ann.athlete, ann.remote
    intervals.max_page = 7
    jobs = SyncJobs(ann.service)
    assert jobs.start(athlete.id, Provider.INTERVALS, RunKind.SYNC)
    assert jobs.start(athlete.id, Provider.INTERVALS, RunKind.IMPORT, months=12)
    assert not jobs.start(athlete.id, Provider.INTERVALS, RunKind.IMPORT, months=12)
    await jobs.idle()
    expected = len(remote.season.activities)
    assert expected > 100
    assert await count(session_factory) == expected
    async with session_factory() as session:
        oldest = await session.scalar(select(func.min(ActivityRow.local_date)))
        runs = list(await session.scalars(select(SyncRunRow).order_by(SyncRunRow.id)))
    assert oldest == min(a.start.date() for a in remote.season.activities)
    assert [r.kind for r in runs] == ["sync", "import"]
    listed = [r for r in intervals.requests if r.path.endswith("/activities")]
    assert len(listed) >= expected / 7
