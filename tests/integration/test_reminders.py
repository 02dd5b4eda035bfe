"""The evening reminder's answers on the real database: done and partly become a manual
activity linked to the reminder's session, skipped marks it (ill or injured flags the
day), and a reminder answered already, logged by a file, someone else's or out of the
plan records nothing."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.ingest.checkin import Measurements
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services import Services
from bot.coach.services.reminders import (
    ReminderAnsweredError,
    ReminderGoneError,
    SkipReason,
    part_of,
)
from bot.domain.activities import CandidateSession, MatchKind
from bot.domain.athletes import Athlete
from bot.domain.deliveries import DeliveryKind, NewDelivery, athlete_recipient
from bot.domain.plans import PlanStatus
from bot.storage.repositories import (
    ActivityRepository,
    BriefPreferenceRepository,
    DeliveryRepository,
    PlanRepository,
)
from tests.integration.test_plans import MONDAY, make_athlete, make_runner

Factory = async_sessionmaker[AsyncSession]
TUESDAY = MONDAY + timedelta(days=1)  # a training day of the runner (Tue, Wed, Thu, Sat, Sun)
EVENING = datetime(2026, 1, 6, 19, 0, tzinfo=UTC)  # the runner's zone is UTC
assert EVENING.date() == TUESDAY


async def sent_reminder(
    session: AsyncSession,
    athlete: Athlete,
    session_id: int,
    *,
    kind: DeliveryKind = DeliveryKind.EVENING_REMINDER,
) -> int:
    """A reminder as the sender leaves it: sent, with the session it asked about."""
    outbox = DeliveryRepository(session)
    [delivery_id] = await outbox.add_new(
        [
            NewDelivery(
                kind=kind,
                recipient=athlete_recipient(athlete.id),
                chat_id=athlete.telegram_id,
                athlete_id=athlete.id,
                local_date=TUESDAY,
                due_at=EVENING,
                payload={},
            )
        ],
        now=EVENING,
    )
    claimed = await outbox.claim(
        EVENING, limit=5, lease_until=EVENING + timedelta(minutes=1), token="sender-a"
    )
    assert [d.id for d in claimed] == [delivery_id]
    await outbox.mark_sent(
        delivery_id,
        token="sender-a",
        message_id=77,
        payload={"session_id": session_id, "text": "How did it go today?", "buttons": []},
        now=EVENING,
    )
    return delivery_id


async def tuesday(session: AsyncSession, services: Services, athlete: Athlete) -> CandidateSession:
    """The runner's planned session on Tuesday (the plan is built first): the plan's first
    day (Monday is not a training day), so a 40-minute easy run of 6.99 km."""
    await services.plans.day(athlete, TUESDAY)
    [planned] = await ActivityRepository(session).candidate_sessions(athlete.id, TUESDAY, TUESDAY)
    assert (planned.sport, planned.duration_s, planned.distance_m) == ("run", 2400.0, 6990.0)
    return planned


def rtss(seconds: float) -> float:
    """Run TSS at the planned pace (6.99 km in 40 min) against the runner's threshold of
    270 s/km: hours × IF² × 100 (Skiba's rTSS, as TrainingPeaks defines it)."""
    intensity = (6990.0 / 2400.0) / (1000.0 / 270.0)
    return seconds / 3600 * intensity**2 * 100


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(EVENING + timedelta(minutes=20))


async def test_done_records_the_planned_session_as_an_activity_linked_to_it(
    session_factory: Factory, clock: ManualClock
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        services = Services(session, clock)
        planned = await tuesday(session, services, athlete)
        delivery = await sent_reminder(session, athlete, planned.id)
        before = await services.activities.fitness(athlete.id, TUESDAY)

        done = await services.reminders.record_done(athlete, delivery, rpe=6)

        activities = await ActivityRepository(session).on_days(athlete.id, TUESDAY, TUESDAY)
        stored = await ActivityRepository(session).planned_session(athlete.id, planned.id)
        row = await DeliveryRepository(session).get(delivery)
    assert before is None  # nothing logged before: no fitness yet
    [activity] = activities
    assert activity.id == done.activity.id
    assert activity.sport == planned.sport == "run"
    assert activity.local_date == TUESDAY
    assert activity.duration_s == planned.duration_s
    assert activity.fields.distance_m == planned.distance_m
    assert activity.fields.rpe == 6
    assert activity.planned_session_id == planned.id
    assert activity.match_kind is MatchKind.MANUAL
    load = activity.fields.load
    # Scored by pace against the 4:30/km threshold (the planned pace, IF 0.79), not RPE.
    assert load is not None and load.method == "pace"
    assert load.value == pytest.approx(rtss(2400), abs=0.05)
    assert load.intensity_factor == pytest.approx(0.786, abs=0.005)
    assert stored is not None
    assert (stored.status, stored.matched_activity_id) == ("done", activity.id)
    assert done.status == "done"
    # Fitness and fatigue on the day include it: the first load, one day of each
    # exponentially weighted average (time constants 42 and 7 days).
    assert done.fitness is not None
    assert done.fitness.atl == pytest.approx(load.value * (1 - math.exp(-1 / 7)))
    assert done.fitness.ctl == pytest.approx(load.value * (1 - math.exp(-1 / 42)))
    assert row is not None and row.payload["choice"] == "done"
    assert row.payload["session_id"] == planned.id  # the sent message's data is kept


async def test_partly_records_the_part_done_and_the_session_is_partial(
    session_factory: Factory, clock: ManualClock
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        services = Services(session, clock)
        planned = await tuesday(session, services, athlete)
        delivery = await sent_reminder(session, athlete, planned.id)
        half = part_of(planned.duration_s, 0.5)

        done = await services.reminders.record_done(athlete, delivery, rpe=4, duration_s=half)

        stored = await ActivityRepository(session).planned_session(athlete.id, planned.id)
    assert done.activity.duration_s == half == 20 * 60  # half of 40 min, in whole minutes
    # At the planned pace: the distance scales with the time.
    assert done.activity.fields.distance_m == pytest.approx(6990.0 * 20 / 40)
    assert stored is not None and stored.status == "partial" == done.status
    assert stored.matched_activity_id == done.activity.id
    load = done.activity.fields.load
    assert (
        load is not None
        and load.method == "pace"
        and load.value == pytest.approx(rtss(20 * 60), abs=0.05)
    )


async def test_a_second_answer_records_nothing_more(
    session_factory: Factory, clock: ManualClock
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        services = Services(session, clock)
        planned = await tuesday(session, services, athlete)
        delivery = await sent_reminder(session, athlete, planned.id)
        await services.reminders.record_done(athlete, delivery, rpe=6)

        with pytest.raises(ReminderAnsweredError) as again:
            await services.reminders.record_done(athlete, delivery, rpe=6)
        with pytest.raises(ReminderAnsweredError):
            await services.reminders.record_skipped(athlete, delivery, SkipReason.ILL)
        activities = await ActivityRepository(session).on_days(athlete.id, TUESDAY, TUESDAY)
        wellness = await services.wellness.day(athlete.id, TUESDAY)
    assert again.value.status == "done"
    assert len(activities) == 1
    assert wellness is None  # the refused "ill" flagged nothing


async def test_a_session_logged_by_a_workout_meanwhile_is_already_answered(
    session_factory: Factory, clock: ManualClock
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        services = Services(session, clock)
        planned = await tuesday(session, services, athlete)
        delivery = await sent_reminder(session, athlete, planned.id)
        logged = await services.activities.log_manual(
            athlete, QuickLog("run", planned.duration_s, rpe=5), TUESDAY
        )
        assert logged.planned_session_id == planned.id  # matched on its own

        with pytest.raises(ReminderAnsweredError):
            await services.reminders.open(athlete, delivery)
        with pytest.raises(ReminderAnsweredError):
            await services.reminders.record_done(athlete, delivery, rpe=6)
        activities = await ActivityRepository(session).on_days(athlete.id, TUESDAY, TUESDAY)
    assert [a.id for a in activities] == [logged.id]


@pytest.mark.parametrize(
    ("reason", "flag"),
    [(SkipReason.ILL, "illness"), (SkipReason.INJURED, "injury"), (SkipReason.TIRED, None)],
)
async def test_skipped_marks_the_session_and_ill_or_injured_flags_the_day(
    session_factory: Factory, clock: ManualClock, reason: SkipReason, flag: str | None
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        services = Services(session, clock)
        planned = await tuesday(session, services, athlete)
        delivery = await sent_reminder(session, athlete, planned.id)
        # The morning's check-in stays as it was, beside the flag.
        await services.wellness.measure(athlete, TUESDAY, Measurements(rmssd_ms=55.0))

        skipped = await services.reminders.record_skipped(athlete, delivery, reason)

        stored = await PlanRepository(session).session(planned.id)
        wellness = await services.wellness.day(athlete.id, TUESDAY)
        activities = await ActivityRepository(session).on_days(athlete.id, TUESDAY, TUESDAY)
        row = await DeliveryRepository(session).get(delivery)
    assert stored is not None
    assert stored.session.outcome.status.value == "skipped" == skipped.session.status
    assert stored.session.outcome.notes == f"skipped: {reason.value}"
    assert activities == []
    assert wellness is not None and wellness.fields.rmssd_ms == 55.0
    assert wellness.fields.illness is (flag == "illness")
    assert wellness.fields.injury is (flag == "injury")
    assert skipped.wellness_flag == flag
    assert row is not None and row.payload["choice"] == f"skipped:{reason.value}"


async def test_ill_without_a_check_in_creates_the_flagged_day(
    session_factory: Factory, clock: ManualClock
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        services = Services(session, clock)
        planned = await tuesday(session, services, athlete)
        delivery = await sent_reminder(session, athlete, planned.id)
        await services.reminders.record_skipped(athlete, delivery, SkipReason.ILL)
        days = await services.wellness.days(athlete.id, TUESDAY, TUESDAY)
        record = await services.wellness.day(athlete.id, TUESDAY)
    assert [(d.day, d.illness, d.injury) for d in days] == [(TUESDAY, True, False)]
    assert record is not None and record.source == "reminder"


async def test_stale_reminders_are_refused(session_factory: Factory, clock: ManualClock) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        other = await make_athlete(session, telegram_id=7_100_000_002)
        services = Services(session, clock)
        planned = await tuesday(session, services, athlete)
        delivery = await sent_reminder(session, athlete, planned.id)
        brief = await sent_reminder(session, athlete, planned.id, kind=DeliveryKind.MORNING_BRIEF)
        reminders = services.reminders
        for who, delivery_id in ((other, delivery), (athlete, 987_654), (athlete, brief)):
            with pytest.raises(ReminderGoneError):
                await reminders.record_done(who, delivery_id, rpe=5)
        # The plan is replaced (a new goal): the old plan's session cannot be answered.
        plan = await PlanRepository(session).active(athlete.id, sessions=False)
        assert plan is not None
        await PlanRepository(session).set_status(plan.id, PlanStatus.SUPERSEDED, now=clock.now())
        with pytest.raises(ReminderGoneError):
            await reminders.record_skipped(athlete, delivery, SkipReason.OTHER)
        activities = await ActivityRepository(session).on_days(athlete.id, TUESDAY, TUESDAY)
    assert activities == []


async def test_a_deleted_session_makes_the_reminder_stale(
    session_factory: Factory, clock: ManualClock
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        services = Services(session, clock)
        planned = await tuesday(session, services, athlete)
        delivery = await sent_reminder(session, athlete, planned.id + 10_000)
        with pytest.raises(ReminderGoneError):
            await services.reminders.open(athlete, delivery)


async def test_the_evening_reminder_is_turned_off_and_on(
    session_factory: Factory, clock: ManualClock
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        services = Services(session, clock)
        preferences = BriefPreferenceRepository(session)
        assert (await preferences.get(athlete.id)).evening_reminder is True
        await services.reminders.set_evening_reminder(athlete, False)
        off = await preferences.get(athlete.id)
        await services.reminders.set_evening_reminder(athlete, False)  # a double tap
        await services.reminders.set_evening_reminder(athlete, True)
        on = await preferences.get(athlete.id)
    assert (off.evening_reminder, off.briefs_enabled) == (False, True)
    assert on.evening_reminder is True
