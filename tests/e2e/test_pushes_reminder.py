"""The evening reminder end to end: an onboarded runner in Berlin with a plan gets "How did
it go?" at 19:00 local from the real tick and sender, and answers it with the buttons —
done (and an RPE), partly (a part, or typed minutes), skipped (and why). The session is
then done, partial or skipped, with an activity whose load counts; a double tap, a tap
after the plan changed and a restart mid-answer are survived; a session logged before
19:00 gets no reminder; /brief turns the reminder off."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.coach.services.plans import PlanService
from bot.domain.activities import Activity, CandidateSession, MatchKind
from bot.domain.athletes import Athlete
from bot.domain.deliveries import Delivery, DeliveryKind, DeliveryStatus
from bot.domain.plans import PlanStatus
from bot.domain.profiles import (
    GoalFields,
    GoalKind,
    NewThreshold,
    Priority,
    SportChoice,
    ThresholdKind,
    ThresholdSource,
)
from bot.domain.wellness import WellnessRecord
from bot.sandbox.emulator import ChatMessage
from bot.storage.repositories import (
    ActivityRepository,
    AthleteRepository,
    DeliveryRepository,
    PlanRepository,
    ProfileRepository,
    WellnessRepository,
)
from bot.storage.unit_of_work import transaction
from tests.e2e.activity_chat import athlete_id, plain, translator
from tests.e2e.harness import Person, TempoUnderTest
from tests.integration.test_plans import runner

pytestmark = pytest.mark.e2e

MONDAY = date(2026, 1, 5)  # the harness clock starts on Monday 06:00 UTC
TUESDAY = MONDAY + timedelta(days=1)  # a training day: the runner trains Tue, Wed, Thu, Sat, Sun
ZONE = "Europe/Berlin"  # UTC+1 in January
REMINDER_AT = datetime(2026, 1, 6, 18, 0, tzinfo=UTC)  # 19:00 in Berlin
T = translator()
ASK_RPE = plain(T("act-ask-rpe"))
ALREADY = plain(T("reminder-already"))
STALE = plain(T("reminder-stale"))


async def onboarded_runner(tempo: TempoUnderTest, person: Person) -> Athlete:
    """A runner in Berlin as onboarding leaves them: profile, half-marathon goal, run
    threshold (4:30/km), and the plan built from them."""
    app = tempo.app
    assert app is not None
    who = await athlete_id(tempo, person)
    now = tempo.clock.now()
    async with transaction(app.session_factory) as session:
        profiles = ProfileRepository(session)
        await profiles.set_timezone(who, ZONE, now=now)
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
        await PlanService(session, tempo.clock).day(athlete, TUESDAY)
    return athlete


async def tuesdays_session(tempo: TempoUnderTest, athlete: Athlete) -> CandidateSession:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        [found] = await ActivityRepository(session).candidate_sessions(
            athlete.id, TUESDAY, TUESDAY
        )
    return found


async def tuesdays_activities(tempo: TempoUnderTest, athlete: Athlete) -> list[Activity]:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        return await ActivityRepository(session).on_days(athlete.id, TUESDAY, TUESDAY)


async def reminders(tempo: TempoUnderTest) -> list[Delivery]:
    """Tuesday's evening reminders (Monday's, due before the test's first tick, went in
    as expired)."""
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        found = await DeliveryRepository(session).list(kind=DeliveryKind.EVENING_REMINDER)
    return [delivery for delivery in found if delivery.local_date == TUESDAY]


async def tuesdays_wellness(tempo: TempoUnderTest, athlete: Athlete) -> WellnessRecord | None:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        return await WellnessRepository(session).get(athlete.id, TUESDAY)


async def evening(tempo: TempoUnderTest, *, sent: int) -> None:
    """19:00 in Berlin: the tick schedules, the sender drains."""
    app = tempo.app
    assert app is not None
    tempo.clock.set(REMINDER_AT)
    await app.pushes.tick(tempo.clock.now())
    report = await app.pushes.sender.drain()
    assert report.sent == sent


async def reminded(
    tempo: TempoUnderTest, name: str = "Ann"
) -> tuple[Person, Athlete, ChatMessage]:
    ann = tempo.person(name)
    await ann.send("/help")  # opens the chat
    athlete = await onboarded_runner(tempo, ann)
    await evening(tempo, sent=1)
    return ann, athlete, ann.last_bot_message()


async def press_twice(person: Person, message: ChatMessage, label: str) -> None:
    """A double tap: both presses reach the bot before it answers the first."""
    account = person.account
    since = account.mark()
    account.user_presses_button(person.user, message, label)
    account.user_presses_button(person.user, message, label)
    while len([a for a in account.callback_answers if a.seq > since]) < 2:
        await account.wait_for_bot_activity(
            message.chat_id, since=account.mark(), kinds=["callback_answer"]
        )


def rtss(session: CandidateSession, seconds: float) -> float:
    """Run TSS at the session's planned pace against the 270 s/km threshold: hours ×
    IF² × 100 (Skiba's rTSS as TrainingPeaks defines it)."""
    assert session.distance_m is not None
    intensity = (session.distance_m / session.duration_s) / (1000.0 / 270.0)
    return seconds / 3600 * intensity**2 * 100


async def test_done_at_rpe_7_records_the_session_as_done_with_its_load(
    tempo: TempoUnderTest,
) -> None:
    ann = tempo.person("Ann")
    await ann.send("/help")
    athlete = await onboarded_runner(tempo, ann)
    # Not before 19:00 local (18:00 UTC): a minute earlier the tick has nothing.
    tempo.clock.set(REMINDER_AT - timedelta(minutes=1))
    assert tempo.app is not None
    await tempo.app.pushes.tick(tempo.clock.now())
    assert await reminders(tempo) == []
    await evening(tempo, sent=1)
    planned = await tuesdays_session(tempo, athlete)
    [delivery] = await reminders(tempo)
    assert (delivery.local_date, delivery.due_at) == (TUESDAY, REMINDER_AT)
    assert delivery.status is DeliveryStatus.SENT
    assert delivery.payload["session_id"] == planned.id

    reminder = ann.last_bot_message()
    assert (reminder.text or "").startswith(plain(T("reminder-question")))
    assert reminder.button_texts == ["✅ Done", "〰️ Partly", "❌ Skipped"]
    await ann.press("✅ Done", on=reminder)
    asked = tempo.account.message(ann.user, reminder.message_id)
    assert ASK_RPE in (asked.text or "")
    assert asked.button_texts[0] == "1 · very easy" and len(asked.button_texts) == 10
    await ann.press("7 · very hard", on=reminder)
    await ann.settle()

    [activity] = await tuesdays_activities(tempo, athlete)
    session = await tuesdays_session(tempo, athlete)
    assert (activity.sport, activity.duration_s, activity.fields.distance_m) == (
        "run",
        planned.duration_s,
        planned.distance_m,
    )
    assert activity.fields.rpe == 7 and activity.fields.timezone == ZONE
    assert (activity.planned_session_id, activity.match_kind) == (planned.id, MatchKind.MANUAL)
    assert (session.status, session.matched_activity_id) == ("done", activity.id)
    load = activity.fields.load
    assert load is not None and load.method == "pace"
    assert load.value == pytest.approx(rtss(planned, planned.duration_s), abs=0.05)
    result = tempo.account.message(ann.user, reminder.message_id)
    assert result.inline_keyboard == []  # answered: the buttons are gone
    text = result.text or ""
    assert "✅ Noted: done." in text and "RPE 7" in text
    assert f"Load {round(load.value)} (pace" in text
    assert "counts in your fitness and in this week's review" in text
    assert tempo.account.callback_answers[-1].text is None


async def test_a_double_tap_on_the_rpe_records_one_activity(tempo: TempoUnderTest) -> None:
    ann, athlete, reminder = await reminded(tempo)
    await ann.press("✅ Done", on=reminder)
    await press_twice(ann, reminder, "6 · hard+")
    await ann.settle()
    activities = await tuesdays_activities(tempo, athlete)
    assert len(activities) == 1 and activities[0].fields.rpe == 6
    answers = tempo.account.callback_answers[-2:]
    assert [a.text for a in answers] == [None, ALREADY]
    shown = tempo.account.message(ann.user, reminder.message_id)
    assert "✅ Noted: done." in (shown.text or "")  # the second tap did not overwrite it
    # Done again on an old keyboard after the answer: nothing more is recorded.
    assert (await tuesdays_session(tempo, athlete)).status == "done"


async def test_partly_half_then_typed_minutes_after_a_restart(tempo: TempoUnderTest) -> None:
    ann, athlete, reminder = await reminded(tempo)
    planned = await tuesdays_session(tempo, athlete)
    await ann.press("〰️ Partly", on=reminder)
    shown = tempo.account.message(ann.user, reminder.message_id)
    half_minutes = round(planned.duration_s / 2 / 60)
    assert shown.button_texts[1] == f"½ · {plain(T('brief-duration-m', minutes=half_minutes))}"
    await ann.press("⌨️ Type the minutes", on=reminder)
    # The bot restarts before the answer: the dialog state and the buttons survive it.
    await tempo.restart()
    asked = await ann.send("30")
    assert ASK_RPE in (asked.text or "")
    await ann.press("5 · hard", on=asked)
    await ann.settle()

    [activity] = await tuesdays_activities(tempo, athlete)
    session = await tuesdays_session(tempo, athlete)
    assert activity.duration_s == 1800.0 and activity.fields.rpe == 5
    assert planned.distance_m is not None
    assert activity.fields.distance_m == pytest.approx(
        planned.distance_m * 1800 / planned.duration_s
    )
    assert (session.status, session.matched_activity_id) == ("partial", activity.id)
    load = activity.fields.load
    assert load is not None and load.value == pytest.approx(rtss(planned, 1800), abs=0.05)
    result = tempo.account.message(ann.user, asked.message_id)
    assert "〰️ Noted: partly done." in (result.text or "") and result.inline_keyboard == []


async def test_skipped_ill_flags_the_day_and_suggests_a_pause(tempo: TempoUnderTest) -> None:
    ann, athlete, reminder = await reminded(tempo)
    await ann.press("❌ Skipped", on=reminder)
    asked = tempo.account.message(ann.user, reminder.message_id)
    assert asked.button_texts == ["⏰ No time", "😴 Too tired", "🤒 Ill", "🩹 Injured", "Other"]
    await ann.press("🤒 Ill", on=reminder)
    await ann.settle()

    assert await tuesdays_activities(tempo, athlete) == []
    assert (await tuesdays_session(tempo, athlete)).status == "skipped"
    wellness = await tuesdays_wellness(tempo, athlete)
    assert wellness is not None
    assert (wellness.fields.illness, wellness.fields.injury) == (True, False)
    text = tempo.account.message(ann.user, reminder.message_id).text or ""
    assert "sick day" in text and "/pause" in text
    # Only the reminder's day is flagged.
    assert await _wellness_on(tempo, athlete, TUESDAY + timedelta(days=1)) is None


async def _wellness_on(
    tempo: TempoUnderTest, athlete: Athlete, day: date
) -> WellnessRecord | None:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        return await WellnessRepository(session).get(athlete.id, day)


async def test_a_session_logged_after_the_reminder_is_already_noted(
    tempo: TempoUnderTest,
) -> None:
    ann, athlete, reminder = await reminded(tempo)
    planned = await tuesdays_session(tempo, athlete)
    await ann.send(f"/log ran {round(planned.duration_s / 60)} min rpe 6")
    await ann.press("✅ Done", on=reminder)
    answer = tempo.account.callback_answers[-1]
    assert (answer.text, answer.show_alert) == (ALREADY, True)
    assert tempo.account.message(ann.user, reminder.message_id).inline_keyboard == []
    await ann.settle()
    [logged] = await tuesdays_activities(tempo, athlete)
    assert logged.match_kind is MatchKind.AUTO and logged.fields.rpe == 6
    assert (await tuesdays_session(tempo, athlete)).matched_activity_id == logged.id


async def test_a_reminder_of_a_replaced_plan_is_stale(tempo: TempoUnderTest) -> None:
    ann, athlete, reminder = await reminded(tempo)
    app = tempo.app
    assert app is not None
    async with transaction(app.session_factory) as session:
        plans = PlanRepository(session)
        plan = await plans.active(athlete.id, sessions=False)
        assert plan is not None
        await plans.set_status(plan.id, PlanStatus.SUPERSEDED, now=tempo.clock.now())
    await ann.press("✅ Done", on=reminder)
    answer = tempo.account.callback_answers[-1]
    assert (answer.text, answer.show_alert) == (STALE, True)
    assert tempo.account.message(ann.user, reminder.message_id).inline_keyboard == []
    await ann.settle()
    assert await tuesdays_activities(tempo, athlete) == []


async def test_no_reminder_when_the_session_was_logged_before_19(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    await ann.send("/help")
    athlete = await onboarded_runner(tempo, ann)
    planned = await tuesdays_session(tempo, athlete)
    tempo.clock.set(REMINDER_AT - timedelta(hours=2))
    minutes = round(planned.duration_s / 60)
    await ann.send(f"/log ran {minutes} min rpe 6")
    await ann.settle()
    assert (await tuesdays_session(tempo, athlete)).status == "done"

    await evening(tempo, sent=0)
    [delivery] = await reminders(tempo)
    assert delivery.status is DeliveryStatus.SKIPPED
    assert delivery.error == "nothing open today"
    assert len(await tuesdays_activities(tempo, athlete)) == 1


async def test_brief_settings_turn_the_evening_reminder_off(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    await ann.send("/help")
    await onboarded_runner(tempo, ann)
    shown = await ann.send("/brief")
    assert "🌙 Evening reminder: on, at 19:00" in (shown.text or "")
    await ann.press("🌙 Reminder off", on=shown)
    edited = tempo.account.message(ann.user, shown.message_id)
    assert "🌙 Evening reminder: off." in (edited.text or "")
    assert "🌙 Reminder on" in edited.button_texts
    await ann.settle()

    await evening(tempo, sent=0)
    assert await reminders(tempo) == []
