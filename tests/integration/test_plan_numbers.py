"""The plan's numbers are what was done (issue #16, one truth per number)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services.activities import ActivityService
from bot.coach.services.plans import PlanService
from bot.domain.plans import SessionStatus
from bot.handlers.plan.render import week_text, words
from bot.i18n import Catalogs
from tests.integration.test_plans import MONDAY, NOW, make_runner


async def test_the_week_counts_the_time_done_not_the_time_planned(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        plans = PlanService(session, ManualClock(NOW))
        week = await plans.week(athlete)
        first = min(
            (s for s in week.sessions if s.session.date >= MONDAY),
            key=lambda s: s.session.date,
        )
        planned = first.session.duration_s
        evening = datetime.combine(first.session.date, datetime.min.time(), UTC)
        clock = ManualClock(evening + timedelta(hours=18))
        half = planned / 2
        await ActivityService(session, clock).log_manual(
            athlete, QuickLog(sport="run", duration_s=half, rpe=5), session_id=first.id
        )
        after = await PlanService(session, clock).week(athlete)
        await session.commit()

    (done,) = after.done
    assert done.id == first.id and done.outcome.status is SessionStatus.PARTIAL
    assert after.done_s == half != planned
    t = Catalogs.load().translator("en")
    text = week_text(t, after)
    shown = str(words(t, after.context).duration(round(half), whole_minutes=True))
    assert shown != str(words(t, after.context).duration(planned, whole_minutes=True))
    assert f"<b>Done:</b> 1 of {after.week.session_count} · {shown}" in text
