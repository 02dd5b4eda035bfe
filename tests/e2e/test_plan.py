"""The plan in Telegram end to end: /today on a session day and a rest day, /week with its
navigation (previous/next, a day and back, a double tap, a button of a replaced plan),
/plan with the race countdown and warnings, and the .zwo and FIT exports arriving as
documents that decode to the planned steps; in English and Russian, for a beginner 10 km
runner, a cyclist with a power meter and a 70.3 triathlete.

Profiles are stored directly (onboarding has its own end-to-end tests); the plan is
built by the bot on the athlete's first look, as in production.
"""

from __future__ import annotations

import dataclasses
import html
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, time, timedelta

import fitdecode
from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.planning import (
    Repeat,
    Session,
    SessionSport,
    Step,
    TargetKind,
    Thresholds,
    render_target,
    workout_to_fit,
    workout_to_zwo,
)
from bot.coach.services import AthleteService
from bot.coach.services.plan_records import TrackedSession
from bot.coach.services.plans import PlanService
from bot.domain.athletes import Athlete, TelegramIdentity
from bot.domain.profiles import (
    Experience,
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
from bot.handlers.plan.texts import PlanWords
from bot.i18n import Catalogs
from bot.sandbox.emulator import ChatMessage
from bot.storage.db import create_engine, make_session_factory
from bot.storage.repositories import ProfileRepository
from tests.e2e.harness import Person, TempoUnderTest

CATALOGS = Catalogs.load()
MONDAY = date(2026, 1, 5)  # the harness clock starts on Monday 5 January 2026, 06:00 UTC


def plain(text: str) -> str:
    return html.unescape(re.sub(r"</?[a-z-]+[^>]*>", "", text))


def say(language: str, key: str, **args: object) -> str:
    """A catalog text as the person reads it."""
    return plain(CATALOGS.translator(language)(key, **args))


@asynccontextmanager
async def database(tempo: TempoUnderTest) -> AsyncIterator[AsyncSession]:
    engine = create_engine(tempo.database_url)
    try:
        async with make_session_factory(engine)() as session:
            yield session
            await session.commit()
    finally:
        await engine.dispose()


async def store_profile(
    tempo: TempoUnderTest,
    person: Person,
    fields: ProfileFields,
    goal: GoalFields,
    thresholds: dict[ThresholdKind, float],
    *,
    language: str,
) -> Athlete:
    async with database(tempo) as session:
        now = tempo.clock.now()
        athlete, _ = await AthleteService(session, tempo.clock).on_contact(
            TelegramIdentity(
                telegram_id=person.id,
                first_name=person.user.first_name,
                language_code=language,
                private_chat_id=person.id,
            )
        )
        profiles = ProfileRepository(session)
        await profiles.set_timezone(athlete.id, "Europe/London", now=now)
        await profiles.save(athlete.id, fields, now=now, completed_at=now)
        await profiles.replace_goal(athlete.id, goal, now=now)
        for kind, value in thresholds.items():
            entry = NewThreshold(kind, value, ThresholdSource.MEASURED, MONDAY)
            await profiles.add_threshold(athlete.id, entry, now=now)
        return athlete


def profile(**fields: object) -> ProfileFields:
    return ProfileFields(brief_time=time(6, 30), birth_year=1990, **fields)  # type: ignore[arg-type]


async def sessions_on(tempo: TempoUnderTest, athlete: Athlete, day: date) -> list[TrackedSession]:
    async with database(tempo) as session:
        fresh = await AthleteService(session, tempo.clock).get(athlete.telegram_id)
        assert fresh is not None
        return list((await PlanService(session, tempo.clock).day(fresh, day)).sessions)


def go_to(tempo: TempoUnderTest, day: date, hour: int = 7) -> None:
    """Move the clock to ``hour`` o'clock (London, UTC in winter) on ``day``."""
    tempo.clock.set(
        tempo.clock.now().replace(year=day.year, month=day.month, day=day.day, hour=hour)
    )


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


def text_of(tempo: TempoUnderTest, person: Person, message: ChatMessage) -> str:
    """The message as it stands now (after edits)."""
    return tempo.account.message(person.user, message.message_id).text or ""


def last_answer(person: Person) -> str | None:
    return person.account.callback_answers[-1].text


# -- a beginner 10 km runner, in English -----------------------------------------------------


async def test_beginner_runner_today_week_and_plan(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    athlete = await store_profile(
        tempo,
        ann,
        profile(
            sports=(SportChoice.RUN,),
            experience=Experience.BEGINNER,
            weekly_hours=3.0,
            available_weekdays=(1, 3, 5, 6),
            long_day=6,
        ),
        GoalFields(
            kind=GoalKind.RACE,
            discipline=SportChoice.RUN,
            distance_code="10k",
            distance_m=10000.0,
            race_date=date(2026, 3, 15),
            priority=Priority.A,
        ),
        {},
        language="en",
    )

    # Someone without a profile is told how to get a plan.
    stranger = await tempo.person("Zoe").send("/today")
    assert stranger.text == say("en", "plan-problem-no-profile")

    # Monday is not a training day: the plan starts on Tuesday, and today is before it
    # (not a "rest day": issue 16); the first session is named.
    before = await ann.send("/today")
    assert "Your plan starts Tuesday, 6 January." in (before.text or "")
    assert "First up: Tue 6 · 🏃 Easy run · 30 min" in (before.text or "")
    assert say("en", "plan-rest-day") not in (before.text or "")

    # Tuesday: the session in full, by feel (no thresholds): RPE and the talk test.
    go_to(tempo, MONDAY + timedelta(days=1))
    today = await ann.send("/today")
    text = today.text or ""
    [planned] = await sessions_on(tempo, athlete, MONDAY + timedelta(days=1))
    title = PlanWords(CATALOGS.translator("en"), Units.METRIC).title(planned.session)
    assert "Today, Tuesday, 6 January" in text and title in text
    assert "RPE 3–4 (you can talk in sentences)" in text
    assert set(today.button_texts) >= {"⬇️ Zwift .zwo", "⬇️ FIT workout", "📅 The week"}

    # The week, then next and back in the same message; a double tap moves one week.
    week = await ann.send("/week")
    assert (week.text or "").startswith("📅 Week 1 of ")
    await ann.press("Week 2 »", on=week)
    assert text_of(tempo, ann, week).startswith("📅 Week 2 of ")
    await ann.press("« Week 1", on=tempo.account.message(ann.user, week.message_id))
    edits = tempo.account.message(ann.user, week.message_id).edit_count
    await press_twice(ann, tempo.account.message(ann.user, week.message_id), "Week 2 »")
    shown = tempo.account.message(ann.user, week.message_id)
    assert text_of(tempo, ann, week).startswith("📅 Week 2 of ")
    assert shown.edit_count == edits + 1

    # A day of the week opens in place, and goes back to its week.
    await ann.press("Thu 15", on=shown)
    day = tempo.account.message(ann.user, week.message_id)
    assert "Thursday, 15 January" in (day.text or "")
    await ann.press("« Back to the week", on=day)
    assert text_of(tempo, ann, week).startswith("📅 Week 2 of ")

    # A button of a plan that has since been replaced: said politely, current week shown.
    old = await ann.send("/week")
    async with database(tempo) as session:
        await PlanService(session, tempo.clock).rebuild_for(athlete)
    await ann.press("Week 2 »", on=old)
    assert last_answer(ann) == say("en", "plan-stale-button")
    assert text_of(tempo, ann, old).startswith("📅 Week 1 of ")

    # The whole plan: countdown, phases, and the engine's warning in plain words.
    overview = await ann.send("/plan")
    text = overview.text or ""
    assert "🗺 Your plan: 10 km · 15 March 2026 (A race)" in text
    assert "⏳ 68 days to race day" in text
    assert "Phases" in text and "Base · weeks 1–" in text
    assert "No threshold for running yet" in text


# -- a cyclist with a power meter, in Russian: targets in watts, both exports ------------------


def _steps(session_blocks: tuple[Step | Repeat, ...]) -> list[Step]:
    steps: list[Step] = []
    for block in session_blocks:
        steps.extend(block.steps if isinstance(block, Repeat) else (block,))
    return steps


async def test_cyclist_with_power_meter_gets_watts_and_workout_files(
    tempo: TempoUnderTest,
) -> None:
    igor = tempo.person("Igor", language_code="ru")
    athlete = await store_profile(
        tempo,
        igor,
        profile(
            sports=(SportChoice.BIKE,),
            experience=Experience.INTERMEDIATE,
            weekly_hours=6.0,
            available_weekdays=(0, 1, 2, 3, 4, 5, 6),
            long_day=5,
            has_power_meter=True,
            has_smart_trainer=True,
        ),
        GoalFields(kind=GoalKind.GENERAL),
        {ThresholdKind.FTP: 250.0},
        language="ru",
    )
    today = await igor.send("/today")
    [planned] = await sessions_on(tempo, athlete, MONDAY)
    session = planned.session
    assert session.sport is SessionSport.BIKE
    thresholds = Thresholds(ftp_w=250)
    text = today.text or ""
    assert text.startswith("📋 Сегодня, понедельник, 5 января")
    for step in _steps(session.workout.blocks()):
        assert step.target.kind is TargetKind.POWER_FTP
        watts = render_target(step.target, thresholds, Units.METRIC)
        assert f"{watts.low:.0f}–{watts.high:.0f} Вт" in text
    # Coggan's endurance level at FTP 250 W, as the planner renders it.
    assert "140–188 Вт" in text

    await igor.press("⬇️ Zwift .zwo", on=today)
    zwo = igor.last_bot_message()
    assert zwo.document is not None and zwo.document.file_name == "tempo-2026-01-05-bike.zwo"
    assert zwo.caption == say("ru", "plan-export-caption-zwo")
    name = PlanWords(CATALOGS.translator("ru"), Units.METRIC).file_name(session)
    assert zwo.document.content.decode() == workout_to_zwo(_named(session, name), name=name)
    root = ET.fromstring(zwo.document.content)
    assert root.findtext("sportType") == "bike" and root.findtext("name") == name

    await igor.press("⬇️ Тренировка FIT", on=today)
    fit = igor.last_bot_message()
    assert fit.document is not None and fit.document.file_name == "tempo-2026-01-05-bike.fit"
    content = fit.document.content
    assert content == workout_to_fit(_named(session, name), thresholds, name=name)
    decoded = _fit_steps(content)
    expected = _steps(session.workout.blocks())
    work = [d for d in decoded if d.get("duration_type") == "time"]
    assert [d["duration_time"] for d in work] == [s.duration_s for s in expected]
    # FIT power targets are watts + 1000 (0-1000 would be % FTP).
    assert [d["custom_target_power_low"] for d in work] == [
        1000 + round(s.target.low * 250) for s in expected
    ]
    assert [d["custom_target_power_high"] for d in work] == [
        1000 + round(s.target.high * 250) for s in expected
    ]


def _named(session: Session, name: str) -> Session:
    """The session as exported: its name in the athlete's words instead of codes."""
    return dataclasses.replace(session, title=name, objective=name)


def _fit_steps(content: bytes) -> list[dict[str, object]]:
    steps = []
    with fitdecode.FitReader(io.BytesIO(content), check_crc=fitdecode.CrcCheck.RAISE) as reader:
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "workout_step":
                steps.append({f.name: f.value for f in frame.fields})
    return steps


# -- a 70.3 triathlete, in Russian: the plan at a glance --------------------------------------


async def test_half_ironman_plan_in_russian(tempo: TempoUnderTest) -> None:
    olga = tempo.person("Olga", language_code="ru")
    await store_profile(
        tempo,
        olga,
        profile(
            sports=(SportChoice.TRIATHLON,),
            experience=Experience.INTERMEDIATE,
            weekly_hours=10.0,
            available_weekdays=(0, 1, 2, 3, 4, 5, 6),
            long_day=5,
            pool_access=True,
            pool_weekdays=(0, 2, 4),
            has_power_meter=True,
            has_hr_strap=True,
        ),
        GoalFields(
            kind=GoalKind.RACE,
            discipline=SportChoice.TRIATHLON,
            distance_code="70.3",
            distance_m=113000.0,
            race_date=date(2026, 6, 7),
            priority=Priority.A,
        ),
        {
            ThresholdKind.FTP: 230.0,
            ThresholdKind.RUN_THRESHOLD_PACE: 285.0,
            ThresholdKind.CSS: 110.0,
        },
        language="ru",
    )
    overview = await olga.send("/plan")
    text = overview.text or ""
    assert "🗺 Ваш план: 70.3 (половинка) · 7 июня 2026\u202fг. (старт A)" in text
    assert "⏳ До старта 153 дня" in text
    for phase in ("База", "Развитие", "Пик", "Подводка", "Старт"):
        assert f"• {phase} · недел" in text
    assert "👉 1 · 5 янв." in text

    await olga.press("📅 Неделя", on=overview)
    shown = tempo.account.message(olga.user, overview.message_id).text or ""
    assert shown.startswith("📅 Неделя 1 из ")
    assert "🏊" in shown and "🚴" in shown and "🏃" in shown
    today = await olga.send("/today")
    assert "Сегодня, понедельник, 5 января" in (today.text or "")
    assert "/100 м" in (today.text or "") or "Вт" in (today.text or "")


async def test_a_cyclist_who_finishes_at_half_past_ten_starts_tomorrow(
    tempo: TempoUnderTest,
) -> None:
    # Issue 16: onboarding at 22:24 showed "Long ride · 5 h 30 min" for that evening.
    saturday = MONDAY + timedelta(days=5)
    go_to(tempo, saturday, hour=22)
    tempo.clock.set(tempo.clock.now().replace(minute=30))
    rider = tempo.person("Rob")
    await store_profile(
        tempo,
        rider,
        profile(
            sports=(SportChoice.BIKE,),
            experience=Experience.INTERMEDIATE,
            weekly_hours=8.0,
            available_weekdays=(1, 3, 5, 6),
            long_day=5,
            has_power_meter=True,
        ),
        GoalFields(
            kind=GoalKind.RACE,
            discipline=SportChoice.BIKE,
            distance_code="bike_event",
            distance_m=160_000.0,
            race_date=date(2026, 5, 3),
            priority=Priority.A,
        ),
        {ThresholdKind.FTP: 250.0},
        language="en",
    )

    tonight = await rider.send("/today")
    week = await rider.send("/week")

    assert "Your plan starts Sunday, 11 January." in (tonight.text or "")
    assert "First up: Sun 11 · 🚴 Endurance ride · 1 h 15 min" in (tonight.text or "")
    assert "Sat 10 · before your plan starts" in (week.text or "")
    assert "Sun 11 · 🚴 Endurance ride · 1 h 15 min" in (week.text or "")

    go_to(tempo, saturday + timedelta(days=1))
    tomorrow = await rider.send("/today")
    assert "Today, Sunday, 11 January" in (tomorrow.text or "")
    assert "Endurance ride · 1 h 15 min" in (tomorrow.text or "")
