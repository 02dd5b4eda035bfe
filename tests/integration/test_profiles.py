"""Profiles, goals and the threshold history on the real database (SQLite or PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.profile import dialog as machine
from bot.coach.profile.dialog import Context, Flow
from bot.coach.services import AthleteService, OnboardingService, ProfileService
from bot.domain.athletes import Athlete, TelegramIdentity
from bot.domain.profiles import (
    Experience,
    GoalFields,
    GoalKind,
    NewThreshold,
    Priority,
    ProfileFields,
    Sex,
    SportChoice,
    ThresholdKind,
    ThresholdSource,
    Units,
)
from bot.storage.repositories import AthleteRepository, ProfileRepository

NOW = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
FTP, HR_MAX = ThresholdKind.FTP, ThresholdKind.HR_MAX


async def make_athlete(session: AsyncSession, telegram_id: int = 5_000_000_001) -> Athlete:
    athlete, _ = await AthleteService(session, ManualClock(NOW)).on_contact(
        TelegramIdentity(telegram_id=telegram_id, first_name="Anna", private_chat_id=telegram_id)
    )
    return athlete


def triathlete() -> ProfileFields:
    return ProfileFields(
        sports=(SportChoice.TRIATHLON, SportChoice.RUN),
        experience=Experience.ADVANCED,
        races_finished=12,
        birth_year=1985,
        sex=Sex.FEMALE,
        weight_kg=61.5,
        weekly_hours=11.5,
        available_weekdays=(0, 1, 3, 5, 6),
        long_day=5,
        pool_access=True,
        pool_weekdays=(1, 3),
        has_power_meter=True,
        has_hr_strap=True,
        has_smart_trainer=False,
        watch_brand="garmin",
        injuries="Achilles tendinopathy (2025): no hill sprints",
        units=Units.IMPERIAL,
        brief_time=time(5, 45),
    )


async def test_a_profile_round_trips_every_field(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        athlete = await make_athlete(session)
        saved = await ProfileRepository(session).save(
            athlete.id, triathlete(), now=NOW, completed_at=NOW
        )
        await session.commit()
    async with session_factory() as session:
        profile = await ProfileRepository(session).get(athlete.id)
    assert profile == saved
    assert profile is not None
    assert profile.fields == triathlete()
    assert profile.onboarding_completed_at == NOW
    assert profile.created_at == NOW and profile.created_at.tzinfo is not None


async def test_saving_again_updates_and_keeps_the_completion_mark(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    later = datetime(2026, 2, 1, tzinfo=UTC)
    async with session_factory() as session:
        athlete = await make_athlete(session)
        repository = ProfileRepository(session)
        await repository.save(athlete.id, triathlete(), now=NOW, completed_at=NOW)
        fewer = ProfileFields(sports=(SportChoice.SWIM,), weekly_hours=4.0)
        updated = await repository.save(athlete.id, fewer, now=later, completed_at=later)
        await session.commit()
    assert updated.fields == fewer
    assert (updated.onboarding_completed_at, updated.created_at, updated.updated_at) == (
        NOW,
        NOW,
        later,
    )


async def test_a_profile_is_complete_only_once_onboarding_finished(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        athlete = await make_athlete(session)
        repository = ProfileRepository(session)
        before = await repository.is_complete(athlete.id)
        await repository.save(athlete.id, triathlete(), now=NOW)
        unfinished = await repository.is_complete(athlete.id)
        await repository.save(athlete.id, triathlete(), now=NOW, completed_at=NOW)
        finished = await repository.is_complete(athlete.id)
    assert (before, unfinished, finished) == (False, False, True)


async def test_a_new_goal_archives_the_old_one(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    marathon = GoalFields(
        kind=GoalKind.RACE,
        discipline=SportChoice.RUN,
        distance_code="marathon",
        distance_m=42195.0,
        race_date=date(2026, 4, 18),
        priority=Priority.A,
        target_time_s=12600,
    )
    async with session_factory() as session:
        athlete = await make_athlete(session)
        repository = ProfileRepository(session)
        assert await repository.current_goal(athlete.id) is None
        first = await repository.replace_goal(athlete.id, marathon, now=NOW)
        second = await repository.replace_goal(
            athlete.id, GoalFields(kind=GoalKind.GENERAL), now=datetime(2026, 3, 1, tzinfo=UTC)
        )
        await session.commit()
    async with session_factory() as session:
        repository = ProfileRepository(session)
        current = await repository.current_goal(athlete.id)
        history = await repository.goal_history(athlete.id)
    assert current == second
    assert [goal.id for goal in history] == [first.id, second.id]
    assert history[0].fields == marathon


async def test_the_threshold_in_force_is_the_latest_effective_on_or_before_the_day(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    def ftp(value: float, day: date, source: ThresholdSource) -> NewThreshold:
        return NewThreshold(FTP, value, source, day)

    async with session_factory() as session:
        athlete = await make_athlete(session)
        other = await make_athlete(session, telegram_id=42)
        repository = ProfileRepository(session)
        await repository.add_threshold(
            athlete.id, ftp(250, date(2026, 1, 1), ThresholdSource.MEASURED), now=NOW
        )
        await repository.add_threshold(
            athlete.id, ftp(262, date(2026, 2, 1), ThresholdSource.TEST), now=NOW
        )
        # Entered later, but it took effect in between (a back-dated test result).
        await repository.add_threshold(
            athlete.id, ftp(255, date(2026, 1, 15), ThresholdSource.TEST), now=NOW
        )
        # Two values on one day: the one entered last wins.
        await repository.add_threshold(
            athlete.id, ftp(264, date(2026, 2, 1), ThresholdSource.MEASURED), now=NOW
        )
        await repository.add_threshold(
            athlete.id,
            NewThreshold(HR_MAX, 180, ThresholdSource.ESTIMATED, date(2026, 1, 1), "tanaka_2001"),
            now=NOW,
        )
        await repository.add_threshold(
            other.id, ftp(400, date(2025, 1, 1), ThresholdSource.MEASURED), now=NOW
        )
        await session.commit()
    async with session_factory() as session:
        repository = ProfileRepository(session)

        async def value_on(day: date) -> float | None:
            entry = await repository.threshold_on(athlete.id, FTP, day)
            return entry.value if entry else None

        # Before the first entry, the earliest known value holds (issue #16).
        assert await value_on(date(2025, 12, 31)) == 250
        assert await value_on(date(2026, 1, 1)) == 250
        assert await value_on(date(2026, 1, 14)) == 250
        assert await value_on(date(2026, 1, 15)) == 255
        assert await value_on(date(2026, 1, 31)) == 255
        assert await value_on(date(2026, 2, 1)) == 264
        assert await value_on(date(2027, 1, 1)) == 264
        in_force = await repository.thresholds_on(athlete.id, date(2026, 1, 20))
        assert {kind: entry.value for kind, entry in in_force.items()} == {FTP: 255, HR_MAX: 180}
        assert in_force[HR_MAX].source is ThresholdSource.ESTIMATED
        assert in_force[HR_MAX].method == "tanaka_2001"
        history = await repository.threshold_history(athlete.id, FTP)
        assert [(e.effective_date.day, e.value) for e in history] == [
            (1, 250),
            (15, 255),
            (1, 262),
            (1, 264),
        ]
        earlier = await repository.thresholds_on(athlete.id, date(2025, 6, 1))
        assert {kind: entry.value for kind, entry in earlier.items()} == {FTP: 250, HR_MAX: 180}
        assert await repository.thresholds_on(other.id + 1000, NOW.date()) == {}


async def test_the_timezone_is_set_on_the_athlete(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        athlete = await make_athlete(session)
        await ProfileRepository(session).set_timezone(athlete.id, "Asia/Kathmandu", now=NOW)
        await session.commit()
    async with session_factory() as session:
        refreshed = await AthleteRepository(session).get(athlete.id)
    assert refreshed is not None and refreshed.timezone == "Asia/Kathmandu"


# -- the service: answers in, records out --------------------------------------------------


def finished_runner(today: date) -> machine.Dialog:
    context = Context(today=today)
    d = machine.start(Flow.ONBOARDING, machine.ONBOARDING_STEPS, nonce="t")
    d = machine.done(machine.toggle(d, "run"))
    d = machine.choose(d, "beginner", context)
    d = machine.choose(d, "0", context)
    d = machine.choose(d, "general", context)
    d = machine.choose(d, "5", context)
    d = machine.done(machine.toggle(machine.toggle(d, "2"), "6"))
    d = machine.choose(d, "6", context)
    d = machine.done(d)
    d = machine.choose(d, "none", context)
    d = machine.answer_text(d, "1976", context)
    d = machine.choose(d, "skip", context)
    d = machine.choose(d, "skip", context)
    d = machine.answer_text(d, "5:30", context)
    for _ in range(3):
        d = machine.choose(d, "unknown", context)
    d = machine.choose(d, "none", context)
    d = machine.answer_text(d, "Berlin", context)
    d = machine.choose(d, "0700", context)
    assert d.finished
    return d


async def test_finishing_onboarding_stores_everything_and_estimates_hr_max(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_athlete(session)
        services = OnboardingService(ProfileService(session, clock))
        snapshot = (await services.finish(athlete, finished_runner(date(2026, 1, 5)))).snapshot
        await session.commit()
    assert snapshot.timezone == "Europe/Berlin"
    assert snapshot.today == date(2026, 1, 5)
    assert snapshot.profile.completed
    fields = snapshot.profile.fields
    assert (fields.sports, fields.weekly_hours, fields.available_weekdays) == (
        (SportChoice.RUN,),
        5.0,
        (2, 6),
    )
    assert fields.brief_time == time(7, 0)
    assert snapshot.goal is not None and snapshot.goal.fields.kind is GoalKind.GENERAL
    # Tanaka at 50: 208 - 35 = 173, marked as an estimate.
    hr_max = snapshot.thresholds[HR_MAX]
    assert (hr_max.value, hr_max.source, hr_max.method) == (
        173.0,
        ThresholdSource.ESTIMATED,
        "tanaka_2001",
    )
    pace = snapshot.thresholds[ThresholdKind.RUN_THRESHOLD_PACE]
    assert (pace.value, pace.source) == (330.0, ThresholdSource.MEASURED)


async def test_a_changed_birth_year_re_estimates_hr_max_but_never_a_measured_one(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_athlete(session)
        profiles = ProfileService(session, clock)
        onboarding = OnboardingService(profiles)
        await onboarding.finish(athlete, finished_runner(date(2026, 1, 5)))
        clock.advance(86400)
        body = await onboarding.begin_edit(athlete, "body", None)
        context = onboarding.context(athlete)
        body = machine.answer_text(body, "1986", context)
        body = machine.choose(machine.choose(body, "skip", context), "skip", context)
        snapshot = (await onboarding.finish(athlete, body)).snapshot
        assert snapshot.thresholds[HR_MAX].value == 180.0  # 208 - 0.7 * 40
        assert len(await profiles.threshold_history(athlete.id, HR_MAX)) == 2
        await profiles.add_threshold(
            athlete.id, NewThreshold(HR_MAX, 191, ThresholdSource.MEASURED, date(2026, 1, 6))
        )
        again = await onboarding.begin_edit(athlete, "body", None)
        again = machine.answer_text(again, "1990", context)
        again = machine.choose(machine.choose(again, "skip", context), "skip", context)
        snapshot = (await onboarding.finish(athlete, again)).snapshot
        await session.commit()
    assert snapshot.thresholds[HR_MAX].value == 191.0
    assert snapshot.profile.fields.birth_year == 1990
