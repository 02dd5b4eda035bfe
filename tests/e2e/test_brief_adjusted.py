""" "Do the adjusted session" on a morning brief, end to end (issue #16): today's plan
changes where the athlete looks (/today), the brief keeps its other buttons, and a red
day's rest never marks a session skipped before the day is over."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.coach.briefs.model import BriefSession
from bot.coach.briefs.sources import BriefSources
from bot.coach.briefs.stored_sources import StoredBriefSources
from bot.coach.science import Readiness
from bot.coach.services.plans import PlanService
from bot.domain.athletes import Athlete
from bot.domain.plans import SessionStatus
from bot.domain.profiles import Profile, Units
from bot.handlers.plan.brief_words import brief_session
from bot.handlers.plan.texts import PlanWords
from bot.jobs.limiter import SendBudget
from bot.jobs.sender import DeliverySender
from bot.jobs.transport import TelegramTransport
from bot.storage.unit_of_work import transaction
from tests.e2e.activity_chat import athlete_id, plain, translator
from tests.e2e.harness import TempoUnderTest
from tests.e2e.test_pushes_stored import make_runner_with_history
from tests.unit.briefs.factories import amber_day, red_day

pytestmark = pytest.mark.e2e


class VerdictOnStoredPlan:
    """Stored sessions (the real plan), a verdict fixed by the test, no check-in yet."""

    def __init__(self, stored: StoredBriefSources, verdict: str) -> None:
        self._stored, self._verdict = stored, verdict

    async def readiness(
        self, athlete_id: int, day: date, *, excluding_sources: frozenset[str] = frozenset()
    ) -> Readiness | None:
        return amber_day(day) if self._verdict == "amber" else red_day(day)

    async def sessions(
        self, athlete: Athlete, day: date, *, profile: Profile | None = None
    ) -> tuple[BriefSession, ...] | None:
        return await self._stored.sessions(athlete, day, profile=profile)

    async def checked_in(self, athlete_id: int, day: date) -> bool | None:
        return False


async def brief_on_a_hard_day(tempo: TempoUnderTest, verdict: str):  # type: ignore[no-untyped-def]
    app = tempo.app
    assert app is not None
    ann = tempo.person("Ann")
    await ann.send("/help")
    athlete = await make_runner_with_history(tempo, await athlete_id(tempo, ann))
    async with transaction(app.session_factory) as session:
        week = await PlanService(session, tempo.clock).week(athlete)
    hard = next(
        s
        for s in week.sessions
        if s.session.is_hard and s.session.alternative is not None
        and s.session.date > tempo.clock.now().date()
    )  # fmt: skip
    tempo.clock.set(datetime.combine(hard.session.date, time(6, 30), UTC))

    def sources(session: object) -> BriefSources:
        stored = StoredBriefSources(session, tempo.clock, app.catalogs, brief_session)  # type: ignore[arg-type]
        return VerdictOnStoredPlan(stored, verdict)

    assert (await app.pushes.tick(tempo.clock.now())).scheduled >= 1
    sender = DeliverySender(
        app.session_factory, tempo.clock, TelegramTransport(app.push_bot), app.catalogs,
        budget=SendBudget(tempo.clock), sources=sources,  # type: ignore[arg-type]
    )  # fmt: skip
    assert (await sender.drain()).sent == 1
    return ann, athlete, hard, ann.last_bot_message()


async def test_the_adjusted_session_replaces_todays_in_today_and_keeps_the_check_in(
    tempo: TempoUnderTest,
) -> None:
    t = translator()
    ann, _athlete, hard, brief = await brief_on_a_hard_day(tempo, "amber")
    words = PlanWords(t, Units.METRIC)
    original, easier = (
        plain(words.title(hard.session)),
        plain(words.title(hard.session.alternative)),
    )
    assert brief.button_texts == [
        plain(t("brief-btn-adjusted")),
        plain(t("brief-btn-original")),
        plain(t("brief-btn-checkin")),
        plain(t("chart-btn-readiness")),
    ]
    before = await ann.send("/today")
    assert original in (before.text or "")
    await ann.press(plain(t("brief-btn-adjusted")), on=brief)
    # The choice row only goes.
    assert brief.button_texts == [plain(t("brief-btn-checkin")), plain(t("chart-btn-readiness"))]
    today = await ann.send("/today")
    assert easier in (today.text or "") and original not in (today.text or "")
    assert plain(t("plan-adjusted-easier")) in (today.text or "")


async def test_a_red_days_rest_shows_in_today_and_skips_nothing_in_the_morning(
    tempo: TempoUnderTest,
) -> None:
    app = tempo.app
    assert app is not None
    t = translator()
    ann, athlete, hard, brief = await brief_on_a_hard_day(tempo, "red")
    await ann.press(plain(t("brief-btn-adjusted")), on=brief)
    assert plain(t("brief-btn-checkin")) in brief.button_texts
    today = await ann.send("/today")
    assert plain(t("plan-adjusted-rest")) in (today.text or "")
    await ann.settle()
    async with transaction(app.session_factory) as session:
        day = await PlanService(session, tempo.clock).day(athlete, hard.session.date)
    assert {s.outcome.status for s in day.sessions} == {SessionStatus.PENDING}
