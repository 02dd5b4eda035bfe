"""Plans on the real database (SQLite or PostgreSQL): the planner's Plan survives the trip
through the tables unchanged, the athlete's plan follows their profile, regeneration
keeps the past and what is done, and the exports come out of stored sessions."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime, time, timedelta

import fitdecode
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.planning import (
    Discipline,
    Equipment,
    Experience,
    ExportError,
    Goal,
    PlanRequest,
    RaceKind,
    SessionSport,
    TargetKind,
    Thresholds,
    generate_plan,
)
from bot.coach.services import AthleteService
from bot.coach.services.plan_records import new_plan, plan_of
from bot.coach.services.plans import (
    ExportFormat,
    PlanChange,
    PlanService,
    PlanUnavailableError,
    SessionGoneError,
)
from bot.domain.activities import ActivityFields, ActivitySource
from bot.domain.athletes import Athlete, TelegramIdentity
from bot.domain.plans import PlanStatus, SessionOutcome, SessionStatus
from bot.domain.profiles import (
    GoalFields,
    GoalKind,
    NewThreshold,
    Priority,
    ProfileFields,
    SportChoice,
    ThresholdKind,
    ThresholdSource,
    Units,
)
from bot.storage.repositories import ActivityRepository, PlanRepository, ProfileRepository
from bot.storage.unit_of_work import transaction

NOW = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)  # a Monday
MONDAY = date(2026, 1, 5)


def triathlon_request() -> PlanRequest:
    return PlanRequest(
        today=MONDAY,
        discipline=Discipline.TRIATHLON,
        experience=Experience.INTERMEDIATE,
        age=35,
        goal=Goal(RaceKind.HALF_IRONMAN, MONDAY + timedelta(weeks=19, days=6)),
        weekly_hours=10.0,
        available_weekdays=frozenset(range(7)),
        long_weekday=5,
        pool_weekdays=frozenset({0, 2, 4}),
        equipment=Equipment(power_meter=True, hr_strap=True),
        thresholds=Thresholds(ftp_w=250, run_threshold_pace_s_per_km=270, css_s_per_100m=105),
    )


def beginner_request() -> PlanRequest:
    # No thresholds at all: RPE targets with talk-test cues, and an early race warning.
    return PlanRequest(
        today=MONDAY,
        discipline=Discipline.RUN,
        experience=Experience.BEGINNER,
        age=52,
        goal=Goal(RaceKind.RUN_10K, MONDAY + timedelta(weeks=5, days=5)),
        weekly_hours=3.0,
        available_weekdays=frozenset({1, 3, 5}),
        long_weekday=6,
    )


async def make_athlete(session: AsyncSession, telegram_id: int = 7_100_000_001) -> Athlete:
    athlete, _ = await AthleteService(session, ManualClock(NOW)).on_contact(
        TelegramIdentity(telegram_id=telegram_id, first_name="Pia", private_chat_id=telegram_id)
    )
    return athlete


def runner(**changes: object) -> ProfileFields:
    fields = ProfileFields(
        sports=(SportChoice.RUN,),
        experience=Experience.INTERMEDIATE,
        birth_year=1990,
        weekly_hours=5.0,
        available_weekdays=(1, 2, 3, 5, 6),
        long_day=6,
        has_hr_strap=True,
        units=Units.METRIC,
        brief_time=time(6, 30),
    )
    return dataclasses.replace(fields, **changes)  # type: ignore[arg-type]


async def make_runner(
    session: AsyncSession, *, goal: GoalFields | None = None, fields: ProfileFields | None = None
) -> Athlete:
    athlete = await make_athlete(session)
    profiles = ProfileRepository(session)
    await profiles.save(athlete.id, fields or runner(), now=NOW, completed_at=NOW)
    await profiles.replace_goal(
        athlete.id,
        goal
        or GoalFields(
            kind=GoalKind.RACE,
            discipline=SportChoice.RUN,
            distance_code="half_marathon",
            distance_m=21097.5,
            race_date=MONDAY + timedelta(weeks=13, days=6),
            priority=Priority.A,
        ),
        now=NOW,
    )
    await profiles.add_threshold(
        athlete.id,
        NewThreshold(ThresholdKind.RUN_THRESHOLD_PACE, 270.0, ThresholdSource.MEASURED, MONDAY),
        now=NOW,
    )
    return athlete


@pytest.mark.parametrize("request_of", [triathlon_request, beginner_request])
async def test_a_plan_round_trips_through_the_tables_unchanged(
    session_factory: async_sessionmaker[AsyncSession], request_of: object
) -> None:
    request = request_of()  # type: ignore[operator]
    plan = generate_plan(request)
    async with session_factory() as session:
        athlete = await make_athlete(session)
        stored = await PlanRepository(session).add_active(
            athlete.id, new_plan(plan, request, None), now=NOW
        )
        await session.commit()
    async with session_factory() as session:
        loaded = await PlanRepository(session).active(athlete.id)
    assert loaded is not None
    # What add_active returns is the plan without its sessions.
    weeks = tuple(dataclasses.replace(w, sessions=()) for w in loaded.content.weeks)
    assert dataclasses.replace(
        loaded, content=dataclasses.replace(loaded.content, weeks=weeks)
    ) == (stored)
    assert loaded.status is PlanStatus.ACTIVE and loaded.recalculated == 0
    assert plan_of(loaded) == plan
    assert [w.planned_hours for w in loaded.content.weeks] == [w.planned_hours for w in plan.weeks]
    assert {s.outcome.status for s in loaded.sessions()} == {SessionStatus.PENDING}


async def test_a_new_plan_supersedes_the_active_one(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    request = beginner_request()
    async with session_factory() as session:
        athlete = await make_athlete(session)
        plans = PlanRepository(session)
        first = await plans.add_active(
            athlete.id, new_plan(generate_plan(request), request, None), now=NOW
        )
        second = await plans.add_active(
            athlete.id, new_plan(generate_plan(request), request, None), now=NOW
        )
        await session.commit()
    async with session_factory() as session:
        plans = PlanRepository(session)
        active = await plans.active(athlete.id, sessions=False)
        history = await plans.history(athlete.id)
    assert active is not None and active.id == second.id
    assert [(p.id, p.status) for p in history] == [
        (second.id, PlanStatus.ACTIVE),
        (first.id, PlanStatus.SUPERSEDED),
    ]
    assert all(w.sessions == () for w in active.content.weeks)


async def test_the_plan_is_built_from_the_profile_and_left_alone_while_it_holds(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_runner(session)
        plans = PlanService(session, clock)
        assert await plans.regenerate_for(athlete) is PlanChange.BUILT
        assert await plans.regenerate_for(athlete) is PlanChange.UNCHANGED
        context = await plans.context(athlete)
        await session.commit()
    plan = plan_of(context.plan)
    assert plan.goal.kind is RaceKind.HALF_MARATHON
    # Made on a Monday, a rest day for this athlete: the plan starts on their first
    # training day, Tuesday (issue 16).
    assert plan.start == MONDAY + timedelta(days=1)
    assert plan.end == MONDAY + timedelta(weeks=13, days=6)
    assert context.thresholds.run_threshold_pace_s_per_km == 270.0
    assert context.plan.content.inputs["available_weekdays"] == [1, 2, 3, 5, 6]


async def test_regeneration_keeps_the_past_and_done_sessions_and_rebuilds_the_future(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_runner(session)
        plans = PlanService(session, clock)
        await plans.regenerate_for(athlete)
        repo = PlanRepository(session)
        before = await repo.active(athlete.id)
        assert before is not None
        # Week 2: Tuesday's session done, then on Wednesday the athlete drops Wednesdays
        # and Thursdays and gets a new threshold pace.
        week2 = before.content.weeks[1]
        done = week2.sessions[0]
        assert done.id is not None and done.day == MONDAY + timedelta(days=8)
        await repo.record_outcome(
            done.id,
            SessionOutcome(SessionStatus.DONE, matched_activity_id=42, rpe=6),
            now=NOW,
        )
        clock.set(NOW + timedelta(days=9))  # Wednesday of week 2
        profiles = ProfileRepository(session)
        await profiles.save(
            athlete.id, runner(available_weekdays=(1, 5, 6)), now=clock.now(), completed_at=NOW
        )
        await profiles.add_threshold(
            athlete.id,
            NewThreshold(
                ThresholdKind.RUN_THRESHOLD_PACE, 262.0, ThresholdSource.TEST, clock.now().date()
            ),
            now=clock.now(),
        )
        assert await plans.regenerate_for(athlete) is PlanChange.REGENERATED
        await session.commit()
    async with session_factory() as session:
        after = await PlanRepository(session).active(athlete.id)
    assert after is not None and after.id == before.id and after.recalculated == 1
    today = MONDAY + timedelta(days=9)
    old = {s.key: s for s in before.sessions()}
    new = {s.key: s for s in after.sessions()}
    # The past stays exactly as it was planned, row ids included; the done one with its
    # outcome.
    for key, session_before in old.items():
        if session_before.day < today:
            assert new[key].id == session_before.id
            assert new[key].workout == session_before.workout
    assert new[done.key].outcome == SessionOutcome(
        SessionStatus.DONE, matched_activity_id=42, rpe=6
    )
    assert plan_of(after).weeks[0] == plan_of(before).weeks[0]
    # The future follows the new availability.
    future = [s for s in after.sessions() if s.day >= today]
    assert future and {s.day.weekday() for s in future} <= {1, 5, 6}
    assert after.content.inputs["thresholds"]["run_threshold_pace_s_per_km"] == 262.0
    assert any(n.code == "regenerated" for n in after.content.weeks[1].notes)


async def test_a_finished_fitness_block_is_followed_by_the_next_one(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_runner(session, goal=GoalFields(kind=GoalKind.GENERAL))
        plans = PlanService(session, clock)
        first = (await plans.context(athlete)).plan
        clock.set(datetime.combine(first.end + timedelta(days=1), time(8), UTC))
        second = (await plans.context(athlete)).plan
        history = await PlanRepository(session).history(athlete.id)
    # The next block starts on the runner's first training day after the last block: the
    # Monday after it is a rest day, so Tuesday.
    assert second.id != first.id and second.start == first.end + timedelta(days=2)
    assert [p.status for p in history] == [PlanStatus.ACTIVE, PlanStatus.FINISHED]


async def test_what_stops_a_plan_is_said_by_code(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_athlete(session)
        plans = PlanService(session, clock)
        with pytest.raises(PlanUnavailableError) as no_profile:
            await plans.day(athlete)
        await ProfileRepository(session).save(athlete.id, runner(), now=NOW, completed_at=NOW)
        await ProfileRepository(session).replace_goal(
            athlete.id,
            GoalFields(
                kind=GoalKind.RACE,
                discipline=SportChoice.RUN,
                distance_code="10k",
                race_date=MONDAY - timedelta(days=1),
            ),
            now=NOW,
        )
        with pytest.raises(PlanUnavailableError) as past:
            await plans.week(athlete)
    assert no_profile.value.code == "no_profile"
    assert past.value.code == "race_in_past"


async def test_views_and_exports_read_the_stored_sessions(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_runner(
            session,
            fields=runner(sports=(SportChoice.TRIATHLON,), pool_access=True, pool_weekdays=(2,)),
            goal=GoalFields(kind=GoalKind.GENERAL),
        )
        plans = PlanService(session, clock)
        week = await plans.week(athlete)
        assert week.week.index == 0 and week.sessions
        day = await plans.day(athlete, week.sessions[0].session.date)
        assert [s.id for s in day.sessions] == [
            s.id for s in week.sessions if s.session.date == day.day
        ]
        runs = [s for s in week.sessions if s.session.sport is SessionSport.RUN]
        swims = [s for s in week.sessions if s.session.sport is SessionSport.SWIM]
        assert runs and swims
        fit = await plans.export(athlete, runs[0].id, ExportFormat.FIT, name="Easy run")
        zwo = await plans.export(athlete, runs[0].id, ExportFormat.ZWO, name="Easy run")
        with pytest.raises(ExportError):
            await plans.export(athlete, swims[0].id, ExportFormat.ZWO, name="Swim")
        with pytest.raises(SessionGoneError):
            await plans.export(athlete, 10_000_000, ExportFormat.FIT, name="x")
    assert fit.filename.endswith(".fit") and zwo.filename.endswith(".zwo")
    assert b"<name>Easy run</name>" in zwo.content
    with fitdecode.FitReader(io.BytesIO(fit.content)) as reader:
        names = [f.name for f in reader if isinstance(f, fitdecode.FitDataMessage)]
    steps = list(runs[0].session.workout.blocks())
    assert names.count("workout_step") >= len(steps)
    assert runs[0].session.workout.warmup[0].target.kind is TargetKind.PACE_THRESHOLD


async def test_the_plan_stays_until_race_day_and_then_asks_for_a_new_goal(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    race_day = MONDAY + timedelta(weeks=9, days=6)
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_runner(
            session,
            goal=GoalFields(
                kind=GoalKind.RACE,
                discipline=SportChoice.RUN,
                distance_code="10k",
                race_date=race_day,
            ),
        )
        plans = PlanService(session, clock)
        built = (await plans.context(athlete)).plan
        clock.set(datetime.combine(race_day, time(7), UTC))
        on_race_day = await plans.day(athlete)
        clock.set(datetime.combine(race_day + timedelta(days=1), time(7), UTC))
        with pytest.raises(PlanUnavailableError) as after:
            await plans.day(athlete)
        history = await PlanRepository(session).history(athlete.id)
    assert [s.session.type.value for s in on_race_day.sessions] == ["race"]
    assert on_race_day.context.plan.id == built.id
    assert after.value.code == "race_in_past"
    assert [(p.id, p.status) for p in history] == [(built.id, PlanStatus.FINISHED)]


def _run(day: date, minutes: int) -> ActivityFields:
    return ActivityFields(
        source=ActivitySource.MANUAL,
        sport="run",
        sub_sport="generic",
        local_date=day,
        elapsed_s=minutes * 60.0,
        moving_s=minutes * 60.0,
    )


@pytest.mark.parametrize(
    ("runs", "baseline", "source"),
    [
        # Three weeks of logged running, 6 h in all: the plan starts from 2 h a week.
        ([(21, 60), (18, 60), (14, 60), (11, 60), (7, 60), (3, 60)], 2.0, "recent"),
        # One run yesterday says nothing about a usual week: an estimate (intermediate, 5 h).
        ([(1, 90)], 5.0, "estimate"),
    ],
)
async def test_a_new_plan_starts_from_the_training_logged_where_there_is_enough(
    session_factory: async_sessionmaker[AsyncSession],
    runs: list[tuple[int, int]],
    baseline: float,
    source: str,
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_runner(session)
        for days_ago, minutes in runs:
            await ActivityRepository(session).add(
                athlete.id, _run(MONDAY - timedelta(days=days_ago), minutes), file_id=None, now=NOW
            )
        plans = PlanService(session, clock)
        plan = plan_of((await plans.context(athlete)).plan)
        # A later upload does not rebuild it: the stored inputs are the profile's.
        await ActivityRepository(session).add(athlete.id, _run(MONDAY, 45), file_id=None, now=NOW)
        assert await plans.regenerate_for(athlete) is PlanChange.UNCHANGED
        await session.commit()

    assert plan.baseline_hours == pytest.approx(baseline)
    intro = next(n for n in plan.weeks[0].notes if n.code == "intro_week")
    assert intro.param("source") == source


async def test_a_plan_built_in_an_update_that_fails_is_not_stored(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Services never commit: the unit of work does, at its edge. A plan built while an
    update runs (a view, the end of onboarding) is rolled back with the rest of the
    update when the update fails, instead of standing committed half-way."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        athlete = await make_runner(session)
        await session.commit()
    with pytest.raises(RuntimeError, match="the reply failed"):
        async with transaction(session_factory) as session:
            assert await PlanService(session, clock).regenerate_for(athlete) is PlanChange.BUILT
            raise RuntimeError("the reply failed")
    async with session_factory() as session:
        assert await PlanRepository(session).active(athlete.id) is None
