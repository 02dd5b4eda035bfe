"""Every proposal card, applied view and refusal renders as valid Telegram HTML under
4096 characters in every language, every code has words, and the card's weekly totals
are the sums of the sessions it shows."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from bot.coach.planning import Plan, PlanRequest, SessionSport, generate_plan
from bot.coach.planning.changes import (
    AddConstraint,
    Author,
    Constraint,
    Illness,
    Injury,
    LimitDays,
    MakeEasier,
    MoveSession,
    Operation,
    RefusalCode,
    RepairCode,
    ShortenSession,
    SkipSession,
    Symptoms,
    propose,
)
from bot.coach.planning.guardrails import ViolationCode
from bot.coach.services.plan_changes import ProposalView
from bot.coach.services.plan_records import TrackedSession, new_plan
from bot.coach.services.plans import ChangeBase, DayPlan
from bot.domain.plans import PlanRecord, PlanStatus, SessionOutcome
from bot.domain.profiles import Units
from bot.handlers.plan.texts import code_key
from bot.handlers.plan_changes import render
from bot.i18n import SUPPORTED_LANGUAGES, Catalogs
from bot.sandbox.emulator.html_rules import parse_html
from tests.unit.planning.factories import MONDAY, make_request

CATALOGS = Catalogs.load()
TUESDAY = MONDAY + timedelta(days=1)
NOW = datetime(2026, 1, 6, 7, tzinfo=UTC)


def _view(plan: Plan, request: PlanRequest, ops: list[Operation]) -> ProposalView:
    record = PlanRecord(1, 1, PlanStatus.ACTIVE, 0, NOW, NOW, new_plan(plan, request, None))
    base = ChangeBase(
        record, plan, request, TUESDAY, frozenset(), None, request.thresholds, Units.METRIC, ""
    )
    proposal = propose(plan, request, ops, today=TUESDAY)
    nonce = "abcd1234" if proposal.ok else None
    return ProposalView(
        proposal, base, nonce, "travelling <Mon–Thu> & only running", Author.ATHLETE
    )


def _cases() -> dict[str, tuple[Plan, PlanRequest, list[Operation]]]:
    request = make_request(long_weekday=6)
    plan = generate_plan(request)
    first = next(s for s in plan.sessions() if s.date >= TUESDAY)
    rule = Constraint(first=MONDAY, weekdays=frozenset({6}), banned=frozenset({SessionSport.BIKE}))
    week = MONDAY + timedelta(days=7)
    return {
        "skip": (plan, request, [SkipSession(first.id)]),
        "shorten": (plan, request, [ShortenSession(first.id, 20)]),
        "refused": (plan, request, [MoveSession(first.id, TUESDAY - timedelta(days=1))]),
        "illness": (plan, request, [Illness(TUESDAY, 5, Symptoms.BELOW_NECK)]),
        "injury": (plan, request, [Injury(SessionSport.RUN, TUESDAY + timedelta(days=20))]),
        "travel": (
            plan,
            request,
            [
                LimitDays(
                    week, week + timedelta(days=3), frozenset({SessionSport.RUN}), max_minutes=45
                )
            ],
        ),
        "rule": (plan, request, [AddConstraint(rule)]),
    }


CASES = _cases()


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_cards_render_in_every_language(name: str, language: str) -> None:
    plan, request, ops = CASES[name]
    view = _view(plan, request, ops)
    t = CATALOGS.translator(language)
    texts = [render.card_text(t, view)]
    if view.proposal.ok:
        texts.append(render.applied_text(t, view))
        texts.append(render.applied_text(t, view, undone=True))
    for text in texts:
        assert len(text) < 4096
        parse_html(text)
        assert not re.findall(r"\b(change|plan|review)-[a-z0-9-]+", text), text
    assert "&lt;Mon–Thu&gt; &amp; only running" in texts[0]  # the athlete's words, escaped
    if not view.proposal.ok:
        assert "⛔" in texts[0]
        # A refusal keeps a way on: back to the day, whose change buttons are there.
        markup = render.card_markup(t, view)
        assert markup is not None
        assert [b.text for row in markup.inline_keyboard for b in row] == [t("change-btn-back")]


def test_the_card_totals_are_the_sums_of_its_weeks() -> None:
    plan, request, ops = CASES["illness"]
    view = _view(plan, request, ops)
    text = render.card_text(CATALOGS.translator("en"), view)
    for change in view.proposal.weeks[:4]:
        assert change.after is not None
        load = round(sum(s.load for s in change.after.sessions))
        assert f"→ {load} ·" in text


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_code_has_words(language: str) -> None:
    ids = CATALOGS.message_ids[language]
    for code in RefusalCode:
        if code is not RefusalCode.GUARDRAIL:
            assert code_key("change-refused", code.value) in ids
    for code in RepairCode:
        assert code_key("change-repair", code.value) in ids
    for code in ViolationCode:
        assert code_key("change-violation", code.value) in ids
    for sport in SessionSport:
        assert f"change-rule-only-{sport.value}" in ids and f"change-rule-no-{sport.value}" in ids


def test_a_week_left_without_training_says_rest_not_zero() -> None:
    request = make_request(long_weekday=6)
    plan = generate_plan(request)
    week = MONDAY + timedelta(days=7)
    rest = LimitDays(week, week + timedelta(days=6), frozenset(), rest=True)
    text = render.card_text(CATALOGS.translator("en"), _view(plan, request, [rest]))
    line = next(x for x in text.splitlines() if x.startswith("📊 12 Jan"))
    assert "→ rest ·" in line and line.endswith("→ —"), line
    assert " 0 s" not in text and " 0 %" not in text


def test_a_session_one_zone_down_shows_its_effort() -> None:
    request = make_request(long_weekday=6)
    plan = generate_plan(request)
    steady = next(
        s
        for s in plan.sessions()
        if s.date >= TUESDAY and s.type.value == "endurance" and s.title.endswith("strides")
    )
    view = _view(plan, request, [MakeEasier(steady.id)])
    text = render.card_text(CATALOGS.translator("en"), view)
    day = next(x for x in text.splitlines() if "→" in x and "(up to" in x)
    before, after = day.split("→", 1)
    assert "(up to " in before and "(up to " in after and before.split(": ", 1)[1] != after


def test_two_sessions_on_a_day_get_buttons_named_by_session() -> None:
    request = make_request(long_weekday=6)
    plan = generate_plan(request)
    first, second = [s for s in plan.sessions() if s.date >= TUESDAY][:2]
    second = dataclasses.replace(second, date=first.date, order=first.order + 1)
    context = SimpleNamespace(today=TUESDAY)
    view = DayPlan(
        context,  # type: ignore[arg-type]
        first.date,
        (TrackedSession(1, first, SessionOutcome()), TrackedSession(2, second, SessionOutcome())),
        None,
        None,
    )
    t = CATALOGS.translator("en")
    rows = render.day_rows(t, view)
    labels = [b.text for row in rows[:4] for b in row]
    title_one = plain_title(t, first.title)
    title_two = plain_title(t, second.title)
    assert labels[:4] == [
        f"{t(k)} · {render.SPORT_ICONS[first.sport]} {title_one}"
        for k in ("change-btn-move", "change-btn-shorten", "change-btn-easier", "change-btn-skip")
    ]
    assert all(label.endswith(f"{render.SPORT_ICONS[second.sport]} {title_two}")
               for label in [b.text for row in rows[2:4] for b in row])  # fmt: skip


def plain_title(t: object, code: str) -> str:
    return t(code_key("plan-title", code))  # type: ignore[operator, no-any-return]
