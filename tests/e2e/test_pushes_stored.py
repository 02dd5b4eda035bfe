"""The morning brief from stored data, end to end: a runner with a plan, weeks of check-ins
(the last one through /checkin) and a few runs gets a brief, composed by the sources the
composition root wires in, with today's session and a readiness verdict; its check-in
button opens the same check-in /checkin does."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.coach.briefs.stored_sources import StoredBriefSources
from bot.coach.ingest.checkin import Measurements
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services.activities import ActivityService
from bot.coach.services.plans import PlanService
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete
from bot.domain.deliveries import DeliveryKind, DeliveryStatus
from bot.domain.profiles import (
    GoalFields,
    GoalKind,
    NewThreshold,
    Priority,
    SportChoice,
    ThresholdKind,
    ThresholdSource,
)
from bot.handlers.plan.brief_words import brief_session
from bot.handlers.plan.texts import PlanWords
from bot.storage.repositories import AthleteRepository, DeliveryRepository, ProfileRepository
from bot.storage.unit_of_work import transaction
from tests.e2e.activity_chat import (
    athlete_id,
    plain,
    press_all,
    send_all,
    translator,
    wait_for_edit,
)
from tests.e2e.harness import TempoUnderTest, start_tempo
from tests.fakes.anthropic_api import AnthropicApiFake, Reply
from tests.integration.test_plans import runner

pytestmark = pytest.mark.e2e

MONDAY = date(2026, 1, 5)  # the harness clock starts on Monday 06:00 UTC
TUESDAY = MONDAY + timedelta(days=1)  # a training day: the runner trains Tue, Wed, Thu, Sat, Sun
BRIEF_AT = datetime(2026, 1, 6, 6, 30, tzinfo=UTC)
NOTE_BEFORE = "Easy does it today: your HRV is down. Check in after breakfast."
NOTE_AFTER = "Thanks for checking in. Keep the run easy and short."


async def make_runner_with_history(tempo: TempoUnderTest, who: int) -> Athlete:
    """A finished runner's profile, a half-marathon goal, five weeks of morning HRV and
    resting HR and four recent runs, through the services the bot uses."""
    app = tempo.app
    assert app is not None
    clock = tempo.clock
    now = clock.now()
    async with transaction(app.session_factory) as session:
        profiles = ProfileRepository(session)
        await profiles.save(who, runner(), now=now, completed_at=now)
        goal = GoalFields(
            kind=GoalKind.RACE,
            discipline=SportChoice.RUN,
            distance_code="half_marathon",
            distance_m=21097.5,
            race_date=MONDAY + timedelta(weeks=13, days=6),
            priority=Priority.A,
        )
        await profiles.replace_goal(who, goal, now=now)
        threshold = NewThreshold(
            ThresholdKind.RUN_THRESHOLD_PACE, 270.0, ThresholdSource.MEASURED, MONDAY
        )
        await profiles.add_threshold(who, threshold, now=now)
        athlete = await AthleteRepository(session).get(who)
        assert athlete is not None
        wellness = WellnessService(session, clock)
        for back in range(1, 36):
            measured = Measurements(rmssd_ms=62.0 + back % 3, resting_hr_bpm=50.0, sleep_hours=7.5)
            await wellness.measure(athlete, MONDAY - timedelta(days=back), measured)
        activities = ActivityService(session, clock)
        for back in (1, 2, 4, 5):
            await activities.log_manual(
                athlete, QuickLog("run", 3600, rpe=7), MONDAY - timedelta(days=back)
            )
    return athlete


async def test_a_morning_brief_shows_the_planned_session_and_a_verdict_from_check_ins(
    tempo: TempoUnderTest,
) -> None:
    app = tempo.app
    assert app is not None
    t = translator()
    ann = tempo.person("Ann")
    await ann.send("/help")  # opens the chat
    athlete = await make_runner_with_history(tempo, await athlete_id(tempo, ann))
    # Monday's check-in through the bot: HRV well down, resting HR up.
    [card] = await send_all(tempo, ann, "/checkin")
    await send_all(tempo, ann, "hrv 38 rhr 56")
    await ann.press(plain(t("checkin-btn-done")), on=card)

    tempo.clock.set(BRIEF_AT)
    await app.pushes.tick(tempo.clock.now())
    report = await app.pushes.sender.drain()
    assert report.sent == 1
    brief = ann.last_bot_message()
    text = brief.text or ""

    async with transaction(app.session_factory) as session:
        day = await PlanService(session, tempo.clock).day(athlete, TUESDAY)
        sources = StoredBriefSources(session, tempo.clock, app.catalogs, brief_session)
        readiness = await sources.readiness(athlete.id, TUESDAY)
        (delivery,) = [
            d for d in await DeliveryRepository(session).list() if d.local_date == TUESDAY
        ]
    assert delivery.status is DeliveryStatus.SENT
    words = PlanWords(t, day.context.units)
    assert day.sessions
    for item in day.sessions:
        assert plain(words.title(item.session)) in text
    assert "No plan yet" not in text
    assert readiness is not None and readiness.status is not None
    assert readiness.score is not None
    verdict = plain(t(f"brief-verdict-{readiness.status.value}", score=round(readiness.score)))
    assert verdict in text
    assert {f.code for f in readiness.factors if f.subscore is not None} >= {"hrv", "tsb"}
    assert plain(t("brief-btn-checkin")) in brief.button_texts

    # The check-in button opens today's check-in, the same message /checkin sends.
    [checkin] = await press_all(tempo, ann, plain(t("brief-btn-checkin")), on=brief)
    assert plain(t("checkin-title")) in (checkin.text or "")
    assert plain(t("checkin-btn-done")) in checkin.button_texts
    await ann.press(str(checkin.inline_keyboard[5][1]["callback_data"]), on=checkin)  # mood 1
    await ann.settle()  # the tap's transaction has committed
    async with app.session_factory() as session:
        wellness = WellnessService(session, tempo.clock)
        assert await wellness.checked_in(athlete.id, TUESDAY)
        assert (await wellness.current(athlete, TUESDAY)).mood == 1

    # Done: the brief above is brought up to date — today's check-in counts in its
    # verdict and its invitation to check in is gone.
    since = tempo.account.mark()
    await press_all(tempo, ann, plain(t("checkin-btn-done")), on=checkin)
    # The brief is composed again once the check-in has committed: wait for its edit.
    await wait_for_edit(tempo, ann, brief, since=since)
    updated = brief  # the emulator edits a message in place
    assert updated.text != text and updated.edit_count >= 1
    assert plain(t("brief-btn-checkin")) not in updated.button_texts
    assert plain(t("brief-checkin-invite")) not in (updated.text or "")
    async with transaction(app.session_factory) as session:
        sources = StoredBriefSources(session, tempo.clock, app.catalogs, brief_session)
        after = await sources.readiness(athlete.id, TUESDAY)
        (stored,) = [
            d
            for d in await DeliveryRepository(session).list(local_date=TUESDAY)
            if d.kind is DeliveryKind.MORNING_BRIEF
        ]
    assert after is not None and after.status is not None and after.score is not None
    new_verdict = plain(t(f"brief-verdict-{after.status.value}", score=round(after.score)))
    assert new_verdict in (updated.text or "")
    assert stored.payload["text"] != delivery.payload["text"]


async def test_the_brief_composed_again_after_a_check_in_keeps_its_llm_note(
    database_url: str, anthropic_api: AnthropicApiFake
) -> None:
    """With an API key the brief carries the coach's note; a check-in changes its facts,
    so the brief composed again after the check-in committed asks for a new note and
    shows it (composed inside the update, it used to lose the note)."""
    anthropic_api.script(Reply(NOTE_BEFORE), Reply(NOTE_AFTER))
    tempo = await start_tempo(
        database_url,
        settings={
            "anthropic_api_key": anthropic_api.api_key,
            "anthropic_base_url": anthropic_api.base_url,
            "coach_model": "claude-e2e-model",
        },
    )
    try:
        app = tempo.app
        assert app is not None
        t = translator()
        ann = tempo.person("Ann")
        await ann.send("/help")  # opens the chat
        await make_runner_with_history(tempo, await athlete_id(tempo, ann))
        tempo.clock.set(BRIEF_AT)
        await app.pushes.tick(tempo.clock.now())
        assert (await app.pushes.sender.drain()).sent == 1
        brief = ann.last_bot_message()
        assert f"💬 {NOTE_BEFORE}" in (brief.text or "")

        [checkin] = await press_all(tempo, ann, plain(t("brief-btn-checkin")), on=brief)
        await ann.press(str(checkin.inline_keyboard[5][1]["callback_data"]), on=checkin)
        since = tempo.account.mark()
        await press_all(tempo, ann, plain(t("checkin-btn-done")), on=checkin)
        await wait_for_edit(tempo, ann, brief, since=since)
    finally:
        await tempo.stop()
        await tempo.emulator.stop()
    assert f"💬 {NOTE_AFTER}" in (brief.text or "")
    assert plain(t("brief-checkin-invite")) not in (brief.text or "")
    assert len(anthropic_api.requests) == 2
