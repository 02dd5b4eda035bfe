"""The coach's digest and Sunday summary composed from the database through the gate:
what each athlete grants at the moment of composing, nothing more; a week's compliance,
load, fitness change, red and sick days per scope. Real database (SQLite, or PostgreSQL
when configured)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services.access import AccessGate
from bot.coach.services.activities import ActivityService
from bot.coach.services.coach_digest import CoachDigestService
from bot.coach.services.deliveries import DeliveryService, Skip
from bot.coach.services.squads import SquadService
from bot.coach.services.wellness import WellnessService
from bot.coach.squads.digest import WeekVerdict
from bot.domain.deliveries import DeliveryKind, DeliveryStatus, OutgoingMessage
from bot.domain.squads import Scope
from bot.handlers.digest_render import DigestRender
from bot.i18n import Catalogs
from bot.storage.repositories import ActivityRepository, DeliveryRepository, ProfileRepository
from tests.integration.test_coach_access import SECOND_ATHLETE_ID, squad_with_runner
from tests.integration.test_plans import MONDAY, NOW, make_athlete

SUNDAY = MONDAY + timedelta(days=6)
SUMMARY_AT = datetime(2026, 1, 11, 21, 0, tzinfo=UTC)  # the coach lives in UTC
CATALOGS = Catalogs.load()


async def test_the_sunday_summary_counts_each_athletes_week_in_its_scopes(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """The runner (plan, workouts, wellness) does nothing of the week's plan and is ill on
    Wednesday: struggling. The second shares only workouts and runs four times: improved,
    with no compliance and nothing of wellness read."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, token = await squad_with_runner(session, clock)
        gate = AccessGate(session, clock)
        planned = await gate.week(coach.id, runner.id)  # the plan is built on Monday
        await WellnessService(session, clock).set_flag(
            runner, MONDAY + timedelta(days=2), "illness"
        )
        rider = await make_athlete(session, SECOND_ATHLETE_ID)
        await squads.accept(token, rider)
        (shared,) = await squads.sharing(rider)
        for scope in (Scope.PLAN_VIEW, Scope.WELLNESS):
            await squads.set_scope(rider, shared.membership.id, scope, granted=False)
        activities = ActivityService(session, clock)
        for day in (0, 2, 4, 6):
            await activities.log_manual(
                rider, QuickLog("ride", 5400, rpe=5), MONDAY + timedelta(days=day)
            )
        rider_loads = await ActivityRepository(session).daily_loads(rider.id, MONDAY, SUNDAY)
        clock.set(SUMMARY_AT)
        week = await CoachDigestService(session, clock).week(coach.id, SUNDAY)
        message = DigestRender().weekly(CATALOGS.translator("en"), week)

    by_id = {a.athlete_id: a for a in week.athletes}
    ran, rode = by_id[runner.id], by_id[rider.id]
    assert len(planned.sessions) == 5
    assert ran.compliance == 0.0 and ran.sick_days == 1 and ran.red_days is not None
    assert ran.load == 0.0  # the one logged run was the Sunday before the week
    assert ran.verdict is WeekVerdict.STRUGGLING
    assert rode.compliance is None and rode.red_days is None and rode.sick_days is None
    assert rode.load == sum(rider_loads.values()) > 0
    assert rode.fitness_change is not None and rode.fitness_change > 0
    assert rode.verdict is WeekVerdict.IMPROVED
    assert week.compliance == 0.0 and week.load == rode.load
    text = message.text
    assert "Squad week</b> 5 January 2026 – 11 January 2026" in text
    assert "plan done: 0%" in text
    assert "📉 <b>Struggling</b> (1): <b>Pia</b> (1 day ill or injured)" in text
    assert "📈 <b>Improved</b> (1): <b>Pia</b> (fitness +" in text


async def compose(
    session: AsyncSession, clock: ManualClock, kind: DeliveryKind
) -> OutgoingMessage | Skip:
    (row,) = [d for d in await DeliveryRepository(session).list() if d.kind is kind]
    service = DeliveryService(session, clock, digest_words=DigestRender())
    return await service.prepare(row, CATALOGS)


async def test_a_digest_composed_after_consent_changed_shows_only_what_is_granted_then(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Scheduled while the runner shares everything and is ill; composed after she
    withholds wellness: no colour, no check-in, no illness. After she leaves: no runner."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, _ = await squad_with_runner(session, clock)
        await ProfileRepository(session).set_timezone(coach.id, "Asia/Tokyo", now=NOW)
        await CoachDigestService(session, clock).set_time(coach, time(16, 0))  # 07:00 UTC
        await WellnessService(session, clock).set_flag(runner, MONDAY, "illness")
        clock.set(NOW + timedelta(hours=1))
        report = await DeliveryService(session, clock).schedule_due(clock.now())
        scheduled = await compose(session, clock, DeliveryKind.COACH_DIGEST)
        (shared,) = await squads.sharing(runner)
        await squads.set_scope(runner, shared.membership.id, Scope.WELLNESS, granted=False)
        withheld = await compose(session, clock, DeliveryKind.COACH_DIGEST)
        await squads.leave(runner, shared.membership.id)
        gone = await compose(session, clock, DeliveryKind.COACH_DIGEST)
        rows = await DeliveryRepository(session).list()

    assert report.scheduled == 2  # the runner's own brief (06:30 UTC) and the digest
    (row,) = [d for d in rows if d.kind is DeliveryKind.COACH_DIGEST]
    assert row.status is DeliveryStatus.PENDING
    assert row.athlete_id == coach.id and row.local_date == MONDAY
    assert row.due_at == datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
    assert isinstance(scheduled, OutgoingMessage) and isinstance(withheld, OutgoingMessage)
    assert "ill or injured" in scheduled.text and "no check-in" not in scheduled.text
    assert "✓ checked in" in scheduled.text
    assert "Pia" in withheld.text
    for private in ("ill or injured", "checked in", "no check-in", "🟢", "🟡", "🔴"):
        assert private not in withheld.text
    assert gone == Skip("no athletes")


async def test_a_digest_turned_off_after_the_tick_is_skipped_and_nobody_in_a_squad_gets_none(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW - timedelta(hours=1))
    async with session_factory() as session:
        _, coach, _, _ = await squad_with_runner(session, clock)
        lonely = await make_athlete(session, SECOND_ATHLETE_ID)
        await SquadService(session, clock).create(lonely, "Empty")
        digests = CoachDigestService(session, clock)
        for who in (coach, lonely):
            await digests.set_time(who, time(5, 30))
        clock.set(NOW)
        await DeliveryService(session, clock).schedule_due(clock.now())
        rows = [
            d
            for d in await DeliveryRepository(session).list()
            if d.kind is DeliveryKind.COACH_DIGEST
        ]
        await digests.set_enabled(coach, False)
        service = DeliveryService(session, clock, digest_words=DigestRender())
        outcomes = {row.athlete_id: await service.prepare(row, CATALOGS) for row in rows}
        settings = await digests.settings(coach)

    assert outcomes == {coach.id: Skip("digest turned off"), lonely.id: Skip("no athletes")}
    assert settings.next_digest is None and settings.next_summary is not None
    assert settings.next_summary.weekday() == 6 and settings.next_summary.hour == 21
