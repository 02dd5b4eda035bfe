"""The delivery outbox on the real database: scheduling, preferences, claims, expiry."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.services.deliveries import BriefTimeUnreadableError, DeliveryService
from bot.domain.athletes import Athlete, AthleteStatus, TelegramIdentity
from bot.domain.deliveries import (
    BriefPreferences,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    OutgoingMessage,
    PauseReason,
)
from bot.domain.profiles import ProfileFields, SportChoice, Units
from bot.jobs.tick import BriefTick
from bot.storage.db import create_engine, make_session_factory
from bot.storage.repositories import (
    AthleteRepository,
    BriefPreferenceRepository,
    DeliveryRepository,
    ProfileRepository,
)
from bot.storage.unit_of_work import transaction

Factory = async_sessionmaker[AsyncSession]
MONDAY = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)


async def seed_athlete(
    factory: Factory,
    clock: ManualClock,
    telegram_id: int,
    *,
    first_name: str = "Ann",
    timezone: str = "UTC",
    brief_time: time = time(6, 30),
    language: str = "en",
    units: Units = Units.METRIC,
    onboarded: bool = True,
) -> Athlete:
    """An athlete with a private chat and a profile, as onboarding leaves them."""
    now = clock.now()
    async with transaction(factory) as session:
        athlete, _ = await AthleteRepository(session).upsert_from_telegram(
            TelegramIdentity(telegram_id, first_name, private_chat_id=telegram_id),
            language=language,
            now=now,
        )
        profiles = ProfileRepository(session)
        await profiles.set_timezone(athlete.id, timezone, now=now)
        await profiles.save(
            athlete.id,
            ProfileFields(sports=(SportChoice.RUN,), brief_time=brief_time, units=units),
            now=now,
            completed_at=now if onboarded else None,
        )
        fresh = await AthleteRepository(session).get(athlete.id)
    assert fresh is not None
    return fresh


async def outbox(factory: Factory, **filters: object) -> list:  # type: ignore[type-arg]
    async with factory() as session:
        return await DeliveryRepository(session).list(**filters)  # type: ignore[arg-type]


async def run_ticks(
    tick: BriefTick, clock: ManualClock, until: datetime, step: float = 60
) -> None:
    while clock.now() < until:
        clock.advance(step)
        await tick(clock.now())


async def test_each_athlete_gets_one_row_a_day_at_local_time(session_factory: Factory) -> None:
    clock = ManualClock(MONDAY - timedelta(days=1))
    berlin = await seed_athlete(session_factory, clock, 101, timezone="Europe/Berlin")
    kathmandu = await seed_athlete(
        session_factory, clock, 102, timezone="Asia/Kathmandu", brief_time=time(7, 0)
    )
    tick = BriefTick(session_factory, clock)
    await run_ticks(tick, clock, MONDAY + timedelta(days=2), step=300)
    rows = await outbox(session_factory, kind=DeliveryKind.MORNING_BRIEF)
    by_athlete = {(r.athlete_id, r.local_date): r for r in rows}
    assert len(rows) == len(by_athlete) == 6  # Sunday, Monday, Tuesday each
    assert by_athlete[berlin.id, date(2026, 3, 2)].due_at == datetime(
        2026, 3, 2, 5, 30, tzinfo=UTC
    )
    # Kathmandu is UTC+05:45: 07:00 there is 01:15 UTC.
    assert by_athlete[kathmandu.id, date(2026, 3, 3)].due_at == datetime(
        2026, 3, 3, 1, 15, tzinfo=UTC
    )
    assert {r.status for r in rows} == {DeliveryStatus.PENDING}
    assert {r.kind for r in rows} == {DeliveryKind.MORNING_BRIEF}
    assert rows[0].chat_id in (101, 102)
    # The evening reminder at 19:00 local every day, the review on Sunday at 20:30.
    reminders = {
        (r.athlete_id, r.local_date): r.due_at
        for r in await outbox(session_factory, kind=DeliveryKind.EVENING_REMINDER)
    }
    assert len(reminders) == 6
    assert reminders[berlin.id, date(2026, 3, 2)] == datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    assert reminders[kathmandu.id, date(2026, 3, 2)] == datetime(2026, 3, 2, 13, 15, tzinfo=UTC)
    reviews = await outbox(session_factory, kind=DeliveryKind.WEEKLY_REVIEW)
    assert {(r.athlete_id, r.local_date, r.due_at) for r in reviews} == {
        (berlin.id, date(2026, 3, 1), datetime(2026, 3, 1, 19, 30, tzinfo=UTC)),
        (kathmandu.id, date(2026, 3, 1), datetime(2026, 3, 1, 14, 45, tzinfo=UTC)),
    }


async def test_ticking_twice_or_late_inserts_nothing_new(session_factory: Factory) -> None:
    clock = ManualClock(MONDAY)
    await seed_athlete(session_factory, clock, 101)
    tick = BriefTick(session_factory, clock)
    clock.set(MONDAY + timedelta(hours=7))
    first = await tick(clock.now())
    again = await tick(clock.now())
    clock.advance(timedelta(hours=1))
    later = await tick(clock.now())
    assert (first.scheduled, again.scheduled, later.scheduled) == (1, 0, 0)
    assert len(await outbox(session_factory)) == 1


async def test_two_ticks_at_once_keep_one_row(session_factory: Factory, engine) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from bot.storage.db import create_engine, make_session_factory

    clock = ManualClock(MONDAY)
    for telegram_id in range(200, 230):
        await seed_athlete(session_factory, clock, telegram_id)
    clock.set(MONDAY + timedelta(hours=7))
    other_engine = create_engine(engine.url.render_as_string(hide_password=False))
    try:
        ticks = [
            BriefTick(session_factory, clock),
            BriefTick(make_session_factory(other_engine), clock),
        ]
        reports = await asyncio.gather(*(tick(clock.now()) for tick in ticks))
    finally:
        await other_engine.dispose()
    assert sum(r.scheduled for r in reports) == 30
    assert len(await outbox(session_factory)) == 30


async def test_no_brief_before_onboarding_ends_or_for_whoever_should_not_get_one(
    session_factory: Factory,
) -> None:
    clock = ManualClock(MONDAY + timedelta(hours=10))  # after today's 06:30
    late = await seed_athlete(session_factory, clock, 101)
    unfinished = await seed_athlete(session_factory, clock, 102, onboarded=False)
    off = await seed_athlete(session_factory, clock, 103)
    paused = await seed_athlete(session_factory, clock, 104)
    quiet = await seed_athlete(session_factory, clock, 105)
    blocked = await seed_athlete(session_factory, clock, 106)
    async with transaction(session_factory) as session:
        service = DeliveryService(session, clock)
        await service.set_enabled(off, False)
        await service.pause(paused, PauseReason.TRAVEL)
        await service.toggle_quiet_day(quiet, 1)  # Tuesday
        await AthleteRepository(session).set_status(106, AthleteStatus.BLOCKED, now=clock.now())
    tick = BriefTick(session_factory, clock)
    await run_ticks(tick, clock, MONDAY + timedelta(days=1, hours=12), step=600)
    briefs = await outbox(session_factory, kind=DeliveryKind.MORNING_BRIEF)
    dates = {(r.athlete_id, r.local_date) for r in briefs}
    tuesday = date(2026, 3, 3)
    assert (late.id, date(2026, 3, 2)) not in dates  # joined after Monday's brief time
    assert (late.id, tuesday) in dates
    assert (quiet.id, tuesday) not in dates
    everything = {(r.athlete_id, r.kind) for r in await outbox(session_factory)}
    # Joined before Monday's 19:00: that evening's reminder is theirs; the quiet Tuesday
    # has none.
    evenings = await outbox(session_factory, kind=DeliveryKind.EVENING_REMINDER)
    assert (late.id, date(2026, 3, 2)) in {(r.athlete_id, r.local_date) for r in evenings}
    assert (quiet.id, tuesday) not in {(r.athlete_id, r.local_date) for r in evenings}
    for nobody in (unfinished, off, paused, blocked):
        assert not [d for d in everything if d[0] == nobody.id]


async def test_a_brief_missed_while_down_is_recorded_expired_not_sent(
    session_factory: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    clock = ManualClock(MONDAY)
    early = await seed_athlete(session_factory, clock, 101, brief_time=time(6, 0))
    later = await seed_athlete(session_factory, clock, 102, brief_time=time(9, 0))
    tick = BriefTick(session_factory, clock)
    await tick(clock.now())
    clock.set(MONDAY + timedelta(hours=10))  # down from 00:00 to 10:00
    with caplog.at_level(logging.WARNING):
        report = await tick(clock.now())
    assert (report.scheduled, report.expired) == (1, 1)
    rows = {r.athlete_id: r for r in await outbox(session_factory)}
    assert rows[early.id].status is DeliveryStatus.EXPIRED  # 4 h late: dropped
    assert rows[later.id].status is DeliveryStatus.PENDING  # 1 h late: still sent
    assert "dropped" in caplog.text


async def test_pending_rows_expire_once_the_grace_window_passes(session_factory: Factory) -> None:
    clock = ManualClock(MONDAY + timedelta(hours=6, minutes=30))
    await seed_athlete(session_factory, clock, 101)
    await BriefTick(session_factory, clock)(clock.now())
    clock.advance(timedelta(hours=3, minutes=1))
    async with transaction(session_factory) as session:
        dropped = await DeliveryService(session, clock).expire_overdue(clock.now())
    assert [d.status for d in dropped] == [DeliveryStatus.EXPIRED]
    assert [r.status for r in await outbox(session_factory)] == [DeliveryStatus.EXPIRED]


async def test_claims_are_leases_a_dead_senders_rows_come_back(session_factory: Factory) -> None:
    clock = ManualClock(MONDAY)
    for telegram_id in (101, 102, 103):
        await seed_athlete(session_factory, clock, telegram_id)
    clock.set(MONDAY + timedelta(hours=7))
    await BriefTick(session_factory, clock)(clock.now())
    lease = timedelta(minutes=10)
    async with transaction(session_factory) as session:
        first = await DeliveryService(session, clock).claim(
            clock.now(), limit=2, lease=lease, token="a"
        )
    async with transaction(session_factory) as session:
        second = await DeliveryService(session, clock).claim(
            clock.now(), limit=5, lease=lease, token="b"
        )
    assert len(first) == 2 and len(second) == 1
    assert {d.id for d in first}.isdisjoint({d.id for d in second})
    assert all(d.status is DeliveryStatus.SENDING and d.attempts == 1 for d in first + second)
    clock.advance(lease + timedelta(seconds=1))  # their sender never came back
    async with transaction(session_factory) as session:
        again = await DeliveryService(session, clock).claim(
            clock.now(), limit=5, lease=lease, token="c"
        )
    assert len(again) == 3
    assert {d.attempts for d in again} == {2}


async def one_claimed_row(factory: Factory, clock: ManualClock, lease: timedelta) -> Delivery:
    """One athlete's brief, due at 07:00 and claimed then by "sender-a"."""
    await seed_athlete(factory, clock, 101)
    clock.set(MONDAY + timedelta(hours=7))
    await BriefTick(factory, clock)(clock.now())
    async with transaction(factory) as session:
        (claimed,) = await DeliveryService(session, clock).claim(
            clock.now(), limit=1, lease=lease, token="sender-a"
        )
    return claimed


async def test_only_the_sender_holding_a_claim_records_or_renews_it(
    session_factory: Factory,
) -> None:
    """Sender A's lease runs out, B claims the row: A can neither record an outcome over
    B's claim nor renew it (so it does not send), and B records it."""
    clock = ManualClock(MONDAY)
    lease = timedelta(seconds=30)
    by_a = await one_claimed_row(session_factory, clock, lease)
    clock.advance(lease + timedelta(seconds=1))  # A is stuck in a flood pause
    async with transaction(session_factory) as session:
        (by_b,) = await DeliveryService(session, clock).claim(
            clock.now(), limit=1, lease=lease, token="sender-b"
        )
    assert by_a.id == by_b.id and by_b.claim_token == "sender-b"
    message = OutgoingMessage("Good morning")
    async with transaction(session_factory) as session:
        service = DeliveryService(session, clock)
        assert not await service.renew(by_a, clock.now() + lease)
        assert not await service.mark_sent(by_a, message, 11)
        assert not await service.mark_failed(by_a, "late")
        assert not await service.release(by_a, clock.now())
    (row,) = await outbox(session_factory)
    assert row.status is DeliveryStatus.SENDING and row.claim_token == "sender-b"
    async with transaction(session_factory) as session:
        service = DeliveryService(session, clock)
        assert await service.renew(by_b, clock.now() + lease)
        assert await service.mark_sent(by_b, message, 12)
    (row,) = await outbox(session_factory)
    assert (row.status, row.telegram_message_id) == (DeliveryStatus.SENT, 12)


async def test_a_claim_never_takes_a_row_whose_renewal_is_under_way_or_done(
    session_factory: Factory, engine: AsyncEngine
) -> None:
    """Two senders on two engines (as two processes) at the instant sender A's lease runs
    out, on PostgreSQL under READ COMMITTED. A renews (uncommitted): B's claim skips the
    locked row, and after A commits finds it not due. Later B claims first (uncommitted):
    A's renewal waits for B's commit and then matches nothing, so A does not send."""
    if engine.dialect.name != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite has one writer at a time")
    clock = ManualClock(MONDAY)
    lease = timedelta(seconds=30)
    by_a = await one_claimed_row(session_factory, clock, lease)
    other = create_engine(engine.url.render_as_string(hide_password=False))
    b_factory = make_session_factory(other)
    try:
        clock.advance(lease)  # A's lease ends now: A renews as B looks for due rows
        async with transaction(session_factory) as a_session:
            assert await DeliveryService(a_session, clock).renew(by_a, clock.now() + lease)
            async with transaction(b_factory) as b_session:
                assert (
                    await DeliveryService(b_session, clock).claim(
                        clock.now(), limit=5, lease=lease, token="sender-b"
                    )
                    == []
                )
        async with transaction(b_factory) as b_session:
            assert (
                await DeliveryService(b_session, clock).claim(
                    clock.now(), limit=5, lease=lease, token="sender-b"
                )
                == []
            )

        clock.advance(lease + timedelta(seconds=1))  # A stalls; its renewed lease runs out
        async with transaction(b_factory) as b_session:
            (by_b,) = await DeliveryService(b_session, clock).claim(
                clock.now(), limit=5, lease=lease, token="sender-b"
            )
            async with transaction(session_factory) as a_session:
                renewal = asyncio.ensure_future(
                    DeliveryService(a_session, clock).renew(by_a, clock.now() + lease)
                )
                # A's UPDATE waits on B's row lock until B commits (below).
                done, _ = await asyncio.wait({renewal}, timeout=0.2)
                assert not done
                await b_session.commit()
                assert not await renewal
    finally:
        await other.dispose()
    (row,) = await outbox(session_factory)
    assert (row.id, row.claim_token, row.status) == (
        by_b.id,
        "sender-b",
        DeliveryStatus.SENDING,
    )


async def test_brief_settings_time_quiet_days_pause_and_resume(session_factory: Factory) -> None:
    clock = ManualClock(datetime(2026, 3, 2, 12, 0, tzinfo=UTC))  # Monday noon
    ann = await seed_athlete(session_factory, clock, 101, timezone="Europe/Berlin")
    async with transaction(session_factory) as session:
        service = DeliveryService(session, clock)
        assert await service.set_time_text(ann, "6.45") == time(6, 45)
        with pytest.raises(BriefTimeUnreadableError):
            await service.set_time_text(ann, "soon")
        await service.toggle_quiet_day(ann, 1)  # Tuesday off
        settings = await service.settings(ann)
        assert settings is not None
        assert settings.brief_time == time(6, 45)
        assert settings.preferences.quiet_weekdays == (1,)
        assert settings.next_brief == datetime(
            2026, 3, 4, 6, 45, tzinfo=settings.next_brief.tzinfo
        )
        assert await service.pause(ann, PauseReason.ILLNESS) is True
        assert await service.pause(ann, PauseReason.TRAVEL) is False
        paused = await service.settings(ann)
        assert paused is not None and paused.paused and paused.next_brief is None
        assert paused.preferences.pause_reason is PauseReason.ILLNESS
        assert await service.resume(ann) is True
        assert await service.resume(ann) is False
        resumed = await service.settings(ann)
        assert resumed is not None and not resumed.paused
        assert resumed.preferences.pause_reason is None


async def test_settings_need_a_finished_profile(session_factory: Factory) -> None:
    clock = ManualClock(MONDAY)
    newcomer = await seed_athlete(session_factory, clock, 101, onboarded=False)
    async with transaction(session_factory) as session:
        assert await DeliveryService(session, clock).settings(newcomer) is None


async def test_a_pushs_recipient_is_read_whole_in_one_statement(
    session_factory: Factory,
    engine,  # type: ignore[no-untyped-def]
) -> None:
    # Athlete, preferences and profile in one joined read must say exactly what the three
    # reads of their own say: with preferences changed, with none, and with no profile.
    clock = ManualClock(MONDAY)
    chose = await seed_athlete(session_factory, clock, 801, timezone="Asia/Kathmandu")
    defaults = await seed_athlete(session_factory, clock, 802, units=Units.IMPERIAL)
    async with transaction(session_factory) as session:
        service = DeliveryService(session, clock)
        await service.set_enabled(chose, False)
        await service.toggle_quiet_day(chose, 5)
        bare, _ = await AthleteRepository(session).upsert_from_telegram(
            TelegramIdentity(803, "Bo", private_chat_id=803), language="ru", now=MONDAY
        )
    statements: list[str] = []
    event.listen(engine.sync_engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    async with session_factory() as session:
        preferences = BriefPreferenceRepository(session)
        joined = [await preferences.recipient(a.id) for a in (chose, defaults, bare)]
        reads = len(statements)
        alone = [
            (
                await AthleteRepository(session).get(a.id),
                await preferences.get(a.id),
                await ProfileRepository(session).get(a.id),
            )
            for a in (chose, defaults, bare)
        ]
        missing = await preferences.recipient(bare.id + 1000)
    assert reads == 3 and missing is None
    assert [(r.athlete, r.preferences, r.profile) for r in joined if r is not None] == alone
    assert joined[0] is not None and joined[0].preferences.briefs_enabled is False
    assert joined[0].preferences.quiet_weekdays == (5,)
    assert joined[1] is not None and joined[1].profile is not None
    assert joined[1].profile.fields.units is Units.IMPERIAL
    assert joined[2] is not None and joined[2].profile is None
    assert joined[2].preferences == BriefPreferences(athlete_id=bare.id)
