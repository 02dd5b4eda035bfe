"""The weekly review on the real database: the week measured against the plan, next week
adapted once (and stored), and the message in both languages."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.briefs.review import compose_weekly_review
from bot.coach.ingest.checkin import Measurements
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.planning.adapt import Adaptation
from bot.coach.services.activities import ActivityService
from bot.coach.services.deliveries import DeliveryService
from bot.coach.services.plans import PlanService
from bot.coach.services.reviews import WeeklyReviewService
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete
from bot.domain.deliveries import PauseReason
from bot.domain.plans import PlannedSessionRecord, SessionStatus
from bot.i18n import Catalogs
from bot.sandbox.emulator.html_rules import parse_html
from tests.integration.test_plans import MONDAY, NOW, make_athlete, make_runner

# The runner's plan: Monday 5 January a loading week, then a recovery week, then loading.
# The week reviewed is the recovery week, so the week it adapts is a loading one.
WEEK = MONDAY + timedelta(days=7)
SUNDAY_EVENING = datetime(2026, 1, 18, 19, 30, tzinfo=UTC)  # 20:30 in Berlin
NEXT_MONDAY = WEEK + timedelta(days=7)
SUNDAY = WEEK + timedelta(days=6)


async def runner_with_a_plan(session: AsyncSession) -> Athlete:
    """The half-marathon runner (Tue, Wed, Thu, Sat, Sun), planned on Monday morning."""
    athlete = await make_runner(session)
    await PlanService(session, ManualClock(NOW)).regenerate_for(athlete)
    return athlete


async def week_sessions(
    session: AsyncSession, clock: ManualClock, athlete: Athlete, monday: date
) -> list[PlannedSessionRecord]:
    plans = PlanService(session, clock)
    plan = await plans.stored((await plans.context(athlete)).plan.id)
    assert plan is not None
    return [s for s in plan.sessions() if monday <= s.day < monday + timedelta(days=7)]


async def do_every_session(session: AsyncSession, clock: ManualClock, athlete: Athlete) -> float:
    """Log each of the reviewed week's sessions as planned, at RPE 5; the hours logged."""
    activities = ActivityService(session, clock)
    hours = 0.0
    for planned in await week_sessions(session, clock, athlete, WEEK):
        await activities.log_manual(
            athlete, QuickLog(planned.sport, planned.duration_s, rpe=5), planned.day
        )
        hours += planned.duration_s / 3600
    return hours


async def test_a_week_done_as_planned_progresses_and_is_reviewed_once(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(SUNDAY_EVENING)
    async with session_factory() as session:
        athlete = await runner_with_a_plan(session)
        hours = await do_every_session(session, clock, athlete)
        planned = await week_sessions(session, clock, athlete, WEEK)
        before = await week_sessions(session, clock, athlete, NEXT_MONDAY)
        reviews = WeeklyReviewService(session, clock)
        assert reviews.last_week_start(athlete) == WEEK  # Sunday: this week
        review = await reviews.review(athlete, WEEK)
        again = await reviews.review(athlete, WEEK)
        after = await week_sessions(session, clock, athlete, NEXT_MONDAY)
        await session.commit()

    assert review is not None and again == review
    assert all(s.outcome.status is SessionStatus.DONE for s in planned)
    s = review.summary
    assert (s.sessions_planned, s.sessions_done, s.green) == (
        len(planned),
        len(planned),
        len(planned),
    )
    assert s.share_pct is not None and s.share_pct >= 90  # by load: RPE 5 for every one
    assert s.done_hours == round(hours, 2) == s.planned_hours
    assert s.ctl_before is None and s.ctl_after is not None and s.ctl_after > 0
    assert review.action == Adaptation.PROGRESS.value and not review.applied
    assert [(x.key, x.duration_s) for x in after] == [(x.key, x.duration_s) for x in before]
    assert [c.code for c in review.changes] == ["why_share", "progress"]
    assert s.next_sessions == len(after)
    assert s.next_hours == round(sum(x.duration_s for x in after) / 3600, 1)


async def test_a_missed_week_is_repeated_and_noted_on_the_week(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(SUNDAY_EVENING)
    async with session_factory() as session:
        athlete = await runner_with_a_plan(session)
        planned = await week_sessions(session, clock, athlete, WEEK)
        reviews = WeeklyReviewService(session, clock)
        review = await reviews.review(athlete, WEEK)
        repeated = await week_sessions(session, clock, athlete, NEXT_MONDAY)
        plans = PlanService(session, clock)
        context = await plans.context(athlete)
        recalculated = context.plan.recalculated
        await reviews.review(athlete, WEEK)  # a retried push: no second adaptation
        context_again = await plans.context(athlete)
        await session.commit()

    assert review is not None
    assert review.summary.share_pct == 0 and review.summary.sessions_done == 0
    assert review.action == Adaptation.REPEAT_WEEK.value and review.applied
    assert [(s.day - timedelta(days=7), s.sport, s.type, s.duration_s) for s in repeated] == [
        (s.day, s.sport, s.type, s.duration_s) for s in planned
    ]
    week = context.week_of(NEXT_MONDAY)
    assert week is not None and "adapted" in [n.code for n in week.notes]
    assert context_again.plan.recalculated == recalculated == 1
    # The profile did not change, so reading the plan does not regenerate it back.
    assert context_again.plan.content.inputs == context.plan.content.inputs


async def test_a_sick_week_brings_an_easy_return(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(SUNDAY_EVENING)
    async with session_factory() as session:
        athlete = await runner_with_a_plan(session)
        wellness = WellnessService(session, clock)
        for offset in (2, 3, 4):
            day = WEEK + timedelta(days=offset)
            await wellness.measure(athlete, day, Measurements(sleep_hours=6.0))
            await wellness.set_flag(athlete, day, "illness")
        before = await week_sessions(session, clock, athlete, NEXT_MONDAY)
        review = await WeeklyReviewService(session, clock).review(athlete, WEEK)
        after = await week_sessions(session, clock, athlete, NEXT_MONDAY)
        await session.commit()

    assert review is not None and review.summary.sick_days == 3
    assert review.action == Adaptation.RETURN_RAMP.value and review.applied
    hours = sum(s.duration_s for s in after) / 3600
    assert hours < 0.7 * sum(s.duration_s for s in before) / 3600
    assert all(s.type not in ("tempo", "threshold", "intervals") for s in after)
    assert [c.code for c in review.changes][:2] == ["why_sick", "return_ramp"]


async def test_the_review_reads_well_in_both_languages(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(SUNDAY_EVENING)
    catalogs = Catalogs.load()
    async with session_factory() as session:
        athlete = await runner_with_a_plan(session)
        activities = ActivityService(session, clock)
        first = (await week_sessions(session, clock, athlete, WEEK))[0]
        await activities.log_manual(
            athlete, QuickLog(first.sport, first.duration_s, rpe=6), first.day
        )
        review = await WeeklyReviewService(session, clock).review(athlete, WEEK)
        await session.commit()

    assert review is not None
    english = compose_weekly_review(review, catalogs.translator("en")).text
    russian = compose_weekly_review(review, catalogs.translator("ru")).text
    for text in (english, russian):
        parse_html(text)  # raises like Telegram on a broken or forbidden tag
        assert len(text) <= 4096
    assert "Your week, 12 Jan – 18 Jan" in english
    assert f"✅ 1 of {review.summary.sessions_planned} planned sessions done" in english
    assert "Next week" in english and "/week" in english
    assert "Ваша неделя" in russian
    # One decimal mark per language: "1,5 ч" in Russian like everywhere else, never "1.5".
    [volume] = [line for line in russian.splitlines() if line.startswith("⏱")]
    assert re.search(r"\d\.\d", russian) is None and " ч из " in volume


async def test_a_pause_for_illness_counts_as_sick_days_in_the_review(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    tuesday = datetime(2026, 1, 13, 8, 0, tzinfo=UTC)
    async with session_factory() as session:
        athlete = await runner_with_a_plan(session)
        traveller = await make_athlete(session, telegram_id=7_100_000_002)
        for who, reason in ((athlete, PauseReason.ILLNESS), (traveller, PauseReason.TRAVEL)):
            await DeliveryService(session, ManualClock(tuesday)).pause(who, reason)
        friday = ManualClock(tuesday + timedelta(days=3))
        for who in (athlete, traveller):
            assert await DeliveryService(session, friday).resume(who)
        wellness = WellnessService(session, friday)
        flagged = [
            (await wellness.day(athlete.id, WEEK + timedelta(days=offset))) for offset in range(7)
        ]
        travelled = await WellnessService(session, friday).days(traveller.id, WEEK, SUNDAY)
        review = await WeeklyReviewService(session, ManualClock(SUNDAY_EVENING)).review(
            athlete, WEEK
        )
        await session.commit()

    ill = [r.day for r in flagged if r is not None and r.fields.illness]
    assert ill == [WEEK + timedelta(days=1), WEEK + timedelta(days=2), WEEK + timedelta(days=3)]
    assert travelled == []  # travel is not illness
    assert review is not None and review.summary.sick_days == 3
    assert review.action == Adaptation.RETURN_RAMP.value
