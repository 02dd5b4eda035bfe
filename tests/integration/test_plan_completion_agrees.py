""" "% of the plan done" is one quantity (``bot.domain.plans.plan_completion``): the
athlete's weekly review, the coach's Sunday summary and the coach's roster show the same
value for the same week, and a session done — even one overdone far past its target — is
never also counted missed. Real database, the runner's first week."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.briefs.review import compose_weekly_review
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services.access import AccessGate
from bot.coach.services.activities import ActivityService
from bot.coach.services.plans import PlanService
from bot.coach.services.reviews import WeeklyReviewService
from bot.domain.plans import SessionStatus
from bot.i18n import Catalogs
from tests.integration.test_coach_access import squad_with_runner
from tests.integration.test_plans import MONDAY, NOW
from tests.integration.test_weekly_review import week_sessions

SUNDAY_EVENING = datetime(2026, 1, 11, 19, 30, tzinfo=UTC)  # 20:30 in Berlin
NEXT_MONDAY_MORNING = datetime(2026, 1, 12, 6, 0, tzinfo=UTC)


async def test_the_review_the_sunday_summary_and_the_roster_agree(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    catalogs = Catalogs.load()
    async with session_factory() as session:
        _, coach, runner, _ = await squad_with_runner(session, clock)
        week = await PlanService(session, clock).week(runner)  # the plan, made on Monday
        planned = sorted(week.sessions, key=lambda s: (s.session.date, s.session.order))
        clock.advance((SUNDAY_EVENING - NOW).total_seconds())
        activities = ActivityService(session, clock)
        overdone, as_planned = planned[0].session, planned[1].session
        # The first session run 1.9 times as long as planned (TrainingPeaks red), the
        # second as planned (green), the rest not done.
        await activities.log_manual(
            runner, QuickLog(overdone.sport.value, 1.9 * overdone.duration_s, rpe=8), overdone.date
        )
        await activities.log_manual(
            runner,
            QuickLog(as_planned.sport.value, as_planned.duration_s, rpe=5),
            as_planned.date,
        )
        review = await WeeklyReviewService(session, clock).review(runner, MONDAY)
        gate = AccessGate(session, clock)
        (summary_week,) = (await gate.squad_week(coach.id, MONDAY)).athletes
        clock.advance((NEXT_MONDAY_MORNING - SUNDAY_EVENING).total_seconds())
        (line,) = await gate.roster(coach.id)
        stored = await week_sessions(session, clock, runner, MONDAY)
        await session.commit()

    assert review is not None
    statuses = {s.id: s.outcome.status for s in stored}
    assert statuses[planned[0].id] is SessionStatus.PARTIAL  # overdone: matched, not green
    assert statuses[planned[1].id] is SessionStatus.DONE
    s = review.summary
    count = len(planned)
    expected = round(200 / count)
    assert (s.sessions_planned, s.sessions_done) == (count, 2)
    # Colours for the sessions done only: the overdone one is red, not "missed".
    assert (s.green, s.yellow, s.red) == (1, 0, 1)
    assert s.share_pct == expected  # never ~190 % (or more, by load) for the overdone one
    assert summary_week.compliance == 2 / count  # the coach's Sunday summary
    assert line.compliance == 2 / count  # the roster on Monday: the same seven days
    english = compose_weekly_review(review, catalogs.translator("en")).text
    russian = compose_weekly_review(review, catalogs.translator("ru")).text
    assert f"✅ 2 of {count} planned sessions done ({expected} % of the plan)" in english
    assert f"🔴 1 done but far off · ⚪ {count - 2} missed" in english
    assert f"Выполнено 2 из {count} запланированных тренировок ({expected} % плана)" in russian
