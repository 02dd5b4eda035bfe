"""The planner's words meet the catalogs: every code the planner can produce has a message
in every language, and every day, week and overview of a spread of real plans renders
into Telegram HTML under the message limit, with no message id left untranslated.

No database here: the views are built from generated plans with made-up row ids.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.coach.planning import (
    Discipline,
    Equipment,
    Experience,
    Goal,
    Injuries,
    InjuryFlag,
    Notice,
    NoticeCode,
    Phase,
    Plan,
    PlanRequest,
    RaceKind,
    SessionSport,
    StepKind,
    TalkTest,
    Thresholds,
    Units,
    generate_plan,
    library,
)
from bot.coach.services.plan_records import new_plan, notice_of, tracked
from bot.coach.services.plans import DayPlan, PlanContext, PlanOverview, WeekPlan
from bot.domain.plans import PlanRecord, PlanStatus
from bot.handlers.plan import render
from bot.handlers.plan.texts import PlanWords, code_key
from bot.i18n import SUPPORTED_LANGUAGES, Catalogs
from bot.sandbox.emulator.html_rules import parse_html
from tests.unit.planning.factories import night_cyclist

CATALOGS = Catalogs.load()
MONDAY = date(2026, 1, 5)
NOW_PLACEHOLDER = date(2026, 1, 5)
REQUEST_SOURCE = Path(library.__file__).with_name("request.py")


def _title_and_objective_codes() -> tuple[set[str], set[str]]:
    templates = [v for v in vars(library).values() if isinstance(v, library.Template)]
    templates += list(library.OPENERS.values())
    titles = {t.code for t in templates}
    titles |= {f"race.{kind.value}" for kind in RaceKind if kind is not RaceKind.GENERAL_FITNESS}
    objectives = {t.objective for t in templates} | {"easier_option", "race"}
    return titles, objectives


TITLES, OBJECTIVES = _title_and_objective_codes()
EXPECTED_KEYS = (
    {code_key("plan-title", c) for c in TITLES}
    | {code_key("plan-objective", c) for c in OBJECTIVES}
    | {code_key("plan-notice", c.value) for c in NoticeCode}
    | {code_key("plan-race", k.value) for k in RaceKind}
    | {code_key("plan-phase", p.value) for p in Phase}
    | {code_key("plan-sport", s.value) for s in SessionSport}
    | {code_key("plan-sport", d.value) for d in Discipline}
    | {code_key("plan-talk", t.value) for t in TalkTest}
    | {f"plan-step-{k.value}" for k in StepKind}
    | {code_key("plan-problem", c) for c in render.PROBLEM_CODES}
)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_planner_code_has_words_in_every_language(language: str) -> None:
    missing = EXPECTED_KEYS - CATALOGS.message_ids[language]
    assert not missing, sorted(missing)


def test_every_refusal_of_the_planner_request_has_a_reply() -> None:
    raised = set(re.findall(r'PlanRequestError\(\s*"([a-z_]+)"', REQUEST_SOURCE.read_text()))
    # The service never passes training history, so "negative_history" cannot happen
    # (it would get the general "check your profile" reply).
    assert raised and raised - {"negative_history"} <= render.PROBLEM_CODES


def _request(**changes: object) -> PlanRequest:
    base = PlanRequest(
        today=MONDAY + timedelta(days=2),
        discipline=Discipline.TRIATHLON,
        experience=Experience.INTERMEDIATE,
        age=38,
        goal=Goal(RaceKind.HALF_IRONMAN, MONDAY + timedelta(weeks=22, days=6)),
        weekly_hours=11.0,
        available_weekdays=frozenset(range(7)),
        long_weekday=5,
        pool_weekdays=frozenset({0, 2, 4}),
        equipment=Equipment(power_meter=True, hr_strap=True),
        thresholds=Thresholds(ftp_w=250, run_threshold_pace_s_per_km=270, css_s_per_100m=105),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


REQUESTS = {
    "70.3 with every threshold, imperial": _request(units=Units.IMPERIAL),
    "beginner 10 km by feel, few days, too little time": _request(
        discipline=Discipline.RUN,
        experience=Experience.BEGINNER,
        goal=Goal(RaceKind.RUN_10K, MONDAY + timedelta(weeks=4, days=5)),
        weekly_hours=2.0,
        available_weekdays=frozenset({1, 5}),
        long_weekday=6,
        pool_weekdays=frozenset(),
        equipment=Equipment(),
        thresholds=Thresholds(),
    ),
    "masters Ironman on heart rate, injured run": _request(
        age=58,
        goal=Goal(RaceKind.IRONMAN, MONDAY + timedelta(weeks=40, days=6)),
        equipment=Equipment(hr_strap=True),
        thresholds=Thresholds(lthr=158, hrmax=178, resting_hr=48),
        injuries=Injuries("Achilles", frozenset({InjuryFlag.RUN})),
        pool_weekdays=frozenset(),
    ),
    "swimmer, general fitness": _request(
        discipline=Discipline.SWIM,
        goal=Goal(RaceKind.GENERAL_FITNESS),
        thresholds=Thresholds(css_s_per_100m=95),
    ),
}


def _record(plan: Plan, request: PlanRequest) -> PlanRecord:
    """The plan as the repository would return it, with row ids."""
    content = new_plan(plan, request, None)
    numbers = iter(range(1, 100_000))
    weeks = tuple(
        dataclasses.replace(
            week,
            id=next(numbers),
            sessions=tuple(dataclasses.replace(s, id=next(numbers)) for s in week.sessions),
        )
        for week in content.weeks
    )
    return PlanRecord(
        id=1,
        athlete_id=1,
        status=PlanStatus.ACTIVE,
        recalculated=2,
        created_at=None,  # type: ignore[arg-type]
        updated_at=None,  # type: ignore[arg-type]
        content=dataclasses.replace(content, weeks=weeks),
    )


def _check(text: str) -> None:
    assert len(text) <= render.MESSAGE_LIMIT
    parse_html(text)  # raises like Telegram on a broken or forbidden tag
    leftovers = re.findall(r"\bplan-[a-z0-9-]+", text)
    assert not leftovers, leftovers


@pytest.mark.parametrize("name", sorted(REQUESTS))
@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_view_of_real_plans_renders(name: str, language: str) -> None:
    request = REQUESTS[name]
    plan = generate_plan(request)
    record = _record(plan, request)
    t = CATALOGS.translator(language)
    context = PlanContext(record, request.today, request.thresholds, request.units, None)
    _check(
        render.plan_text(
            t, PlanOverview(context, tuple(notice_of(n) for n in record.content.warnings))
        )
    )
    sessions = [tracked(s) for s in record.sessions()]
    for week in record.content.weeks:
        in_week = tuple(
            s for s in sessions if week.start <= s.session.date <= week.start + timedelta(days=6)
        )
        view = WeekPlan(context, week, in_week)
        _check(render.week_text(t, view))
        render.week_markup(t, view)
        for offset in range(7):
            day = week.start + timedelta(days=offset)
            on_day = tuple(s for s in in_week if s.session.date == day)
            later = [s for s in sessions if s.session.date > day]
            day_view = DayPlan(context, day, on_day, week, later[0] if later else None)
            _check(render.day_text(t, day_view))
            for row in render.day_markup(t, day_view, back_to_week=True).inline_keyboard:
                for button in row:
                    assert len((button.callback_data or "").encode()) <= 64


def _night_cyclist() -> tuple[PlanRequest, Plan, PlanContext]:
    request = night_cyclist()
    plan = generate_plan(request)
    context = PlanContext(
        _record(plan, request), request.today, request.thresholds, Units.METRIC, None
    )
    return request, plan, context


@pytest.mark.parametrize(
    ("language", "before", "rest", "starts", "first_week"),
    [
        (
            "en",
            "Sat 5 · before your plan starts",
            "Mon 7 · rest",
            "plan starts Sunday, 6 December",
            "from 6 Dec",
        ),
        # QA: «План начинается понедельник, 7 декабря» lacked its «в».
        (
            "ru",
            "Сб 5 · до начала плана",
            "Пн 7 · отдых",
            "План начинается в воскресенье, 6 декабря",
            "с 6 дек.",
        ),
    ],
)
def test_days_before_the_plan_starts_are_shown_as_such(
    language: str, before: str, rest: str, starts: str, first_week: str
) -> None:
    request, plan, context = _night_cyclist()
    t = CATALOGS.translator(language)
    record = context.plan
    sessions = [tracked(s) for s in record.sessions()]
    week1, week2 = record.content.weeks[:2]

    week_text = render.week_text(t, WeekPlan(context, week1, tuple(sessions[:1])))
    next_week = render.week_text(
        t, WeekPlan(context, week2, tuple(s for s in sessions if week2.start <= s.session.date))
    )
    today = render.day_text(t, DayPlan(context, request.today, (), week1, sessions[0]))
    overview = render.plan_text(t, PlanOverview(context, ()))

    # Monday to Saturday of the first week: before the plan, not "rest" (it starts Sunday).
    assert before in week_text and ("rest" not in week_text and "отдых" not in week_text)
    assert rest in next_week  # a real rest day once the plan runs
    assert starts in today and ("Rest day" not in today and "День отдыха" not in today)
    assert starts in overview and first_week in overview
    for text in (week_text, next_week, today, overview):
        _check(text)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "Long run (1 h 30 min) didn't fit: this week's 2 training days already hold all "
            "they can (two sessions a day at most, one per sport).",
        ),
        (
            "ru",
            "Для тренировки «Длительный бег» (1 ч 30 мин) не нашлось места: все 2 "
            "тренировочных дня этой недели уже заполнены (не больше двух тренировок в день "
            "и по одной на вид спорта).",
        ),
    ],
)
def test_a_session_that_did_not_fit_is_named_with_why(language: str, expected: str) -> None:
    note = Notice.of(
        NoticeCode.SESSION_NOT_PLACED,
        title="run.long",
        duration_s=5400,
        reason="days_full",
        days=2,
    )
    words = PlanWords(CATALOGS.translator(language), Units.METRIC)

    assert words.notice(note) == expected


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("en", "⚠️ A minimal plan: you train 1 day a week, and this goal needs 3 or more"),
        ("ru", "⚠️ Минимальный план: вы тренируетесь 1 день в неделю, а для полноценной"),
    ],
)
def test_a_minimal_plan_says_so_first(language: str, opening: str) -> None:
    # Issue 16: one training day a week with a marathon goal, kept as a minimal plan.
    request = _request(
        discipline=Discipline.RUN,
        goal=Goal(RaceKind.MARATHON, MONDAY + timedelta(weeks=14, days=6)),
        weekly_hours=5.0,
        available_weekdays=frozenset({6}),
        pool_weekdays=frozenset(),
    )
    plan = generate_plan(request)
    record = _record(plan, request)
    context = PlanContext(record, request.today, request.thresholds, request.units, None)
    warnings = tuple(notice_of(n) for n in record.content.warnings)

    text = render.plan_text(CATALOGS.translator(language), PlanOverview(context, warnings))

    warnings_block = text.split("\n\n")[3]
    assert warnings_block.split("\n")[1].startswith(opening)
    # After the introduction, every loading week holds its long run, not 0.3-0.8 h.
    loading = [w for w in plan.weeks[1:] if w.phase in (Phase.BASE, Phase.BUILD, Phase.PEAK)]
    assert min(w.training_hours for w in loading if not w.is_recovery) >= 2.5
    _check(text)
