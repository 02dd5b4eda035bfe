"""The Sunday review end to end: a runner whose plan was built on Monday misses a week;
at 20:30 on Sunday the tick and the sender deliver the review, next week holds the
missed week again, /week says why, and /review shows the review again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.coach.services.plans import PlanService
from bot.domain.deliveries import DeliveryKind, DeliveryStatus
from bot.storage.repositories import AthleteRepository, DeliveryRepository
from bot.storage.unit_of_work import transaction
from tests.e2e.activity_chat import athlete_id, send_all
from tests.e2e.harness import TempoUnderTest
from tests.e2e.test_pushes_stored import MONDAY, make_runner_with_history

pytestmark = pytest.mark.e2e

# The runner's plan: a loading week from Monday 5 January, a recovery week, then loading.
RECOVERY_WEEK = MONDAY + timedelta(days=7)
SUNDAY_REVIEW = datetime(2026, 1, 18, 20, 30, tzinfo=UTC)  # the athlete lives in UTC


async def test_the_sunday_review_adapts_next_week_and_says_why(tempo: TempoUnderTest) -> None:
    app = tempo.app
    assert app is not None
    ann = tempo.person("Ann")
    await ann.send("/help")
    who = await athlete_id(tempo, ann)
    await make_runner_with_history(tempo, who)
    async with transaction(app.session_factory) as session:
        athlete = await AthleteRepository(session).get(who)
        assert athlete is not None
        await PlanService(session, tempo.clock).regenerate_for(athlete)

    [none_yet] = await send_all(tempo, ann, "/review")
    assert "No weekly review yet" in (none_yet.text or "")

    # Nothing is logged during the plan's second week (a loading week: a fresh plan loads a
    # full cycle before it recovers); Sunday evening the review is due.
    tempo.clock.set(SUNDAY_REVIEW - timedelta(minutes=1))
    await app.pushes.tick(tempo.clock.now())  # catches up the week's briefs as expired
    await app.pushes.sender.drain()
    tempo.clock.set(SUNDAY_REVIEW)
    await app.pushes.tick(tempo.clock.now())
    report = await app.pushes.sender.drain()
    assert report.sent == 1
    review = ann.last_bot_message().text or ""
    assert "Your week, 12 Jan – 18 Jan" in review
    assert "0 of 5 planned sessions done" in review
    assert "0 % of the week's plan done." in review
    assert "Next week repeats this one" in review
    async with app.session_factory() as session:
        rows = await DeliveryRepository(session).list()
    (sent,) = [d for d in rows if d.kind is DeliveryKind.WEEKLY_REVIEW]
    assert sent.status is DeliveryStatus.SENT and sent.local_date == SUNDAY_REVIEW.date()

    # The next morning the plan shows the repeated week, and why.
    tempo.clock.set(SUNDAY_REVIEW + timedelta(hours=12))
    [week] = await send_all(tempo, ann, "/week")
    assert "Adapted by last week's review: last week's sessions again." in (week.text or "")
    [again] = await send_all(tempo, ann, "/review")
    assert again.text == review
