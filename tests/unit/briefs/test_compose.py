"""The morning brief's contents for green, amber and red days, red flags, missing data,
no plan and rest days, in both languages, within Telegram's limits."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from bot.coach.briefs.callbacks import BriefActionCode
from bot.coach.briefs.compose import TELEGRAM_TEXT_LIMIT, compose_morning_brief
from bot.coach.briefs.model import BriefSession
from bot.coach.briefs.reasons import main_reasons
from bot.coach.planning.model import SessionSport
from bot.coach.science.readiness import LoadState, assess_readiness
from bot.coach.science.wellness import WellnessDay
from bot.domain.deliveries import OutgoingMessage
from bot.domain.profiles import Units
from bot.handlers.plan.texts import PlanWords
from bot.i18n import SUPPORTED_LANGUAGES, Catalogs
from tests.unit.briefs.factories import (
    amber_day,
    easy_ride,
    green_day,
    ill_day,
    inputs,
    intervals,
    red_day,
)

CATALOGS = Catalogs.load()
EN = CATALOGS.translator("en")
RU = CATALOGS.translator("ru")
CHOICE = (BriefActionCode.ADJUSTED, BriefActionCode.ORIGINAL)
CHART = (BriefActionCode.CHART,)  # the readiness trend, on every brief with readiness


def actions(message: OutgoingMessage) -> list[tuple[str, ...]]:
    return [tuple(b.action for b in row) for row in message.buttons]


def order(text: str, *parts: str) -> list[int]:
    return [text.index(part) for part in parts]


def test_a_green_day_trains_as_planned_with_the_reasons_that_made_it_green() -> None:
    brief = compose_morning_brief(inputs(green_day(), (intervals(),)), EN)
    text = brief.text
    assert text.startswith("☀️ <b>Good morning, Ann!</b> Tuesday, 3 March")
    assert "🟢 <b>Readiness 87/100 — train as planned.</b>" in text
    assert "• slept 8.2 h — well rested" in text
    assert "🏃 <b>Threshold intervals 5 × 6 min</b> · 1 h 10 min, 12 km" in text
    assert "<i>5 × 6 min at 4:05–4:15 /km</i>\n<i>2 min easy jog between</i>" in text
    assert "Adjusted for today" not in text
    assert actions(brief) == [CHART]


def test_an_amber_day_offers_the_easier_session_with_a_choice() -> None:
    readiness = amber_day()
    brief = compose_morning_brief(inputs(readiness, (intervals(),)), EN)
    text = brief.text
    assert "🟡 <b>Readiness 69/100 — take it easier today.</b>" in text
    reasons = [line for line in text.splitlines() if line.startswith("• ")]
    assert 2 <= len(reasons) <= 3
    assert reasons == [f"• {EN(r.key, **r.args)}" for r in main_reasons(readiness)]
    assert "• you feel tired" in reasons
    assert order(text, "Readiness", "<b>Today</b>", "<b>Adjusted for today</b>") == sorted(
        order(text, "Readiness", "<b>Today</b>", "<b>Adjusted for today</b>")
    )
    assert "🏃 <b>Easy run</b> · 45 min\n<i>Zone 2, conversational</i>" in text
    assert actions(brief) == [CHOICE, CHART]
    assert [b.text for b in brief.buttons[0]] == [
        "✅ Do the adjusted session",
        "Keep the original",
    ]


def test_an_amber_day_with_an_easy_session_keeps_it_without_buttons() -> None:
    brief = compose_morning_brief(inputs(amber_day(), (easy_ride(),)), EN)
    assert "already easy" in brief.text
    assert actions(brief) == [CHART]


def test_a_red_day_names_its_reasons_in_plain_words_and_offers_rest() -> None:
    brief = compose_morning_brief(inputs(red_day(), (intervals(),)), EN)
    text = brief.text
    assert "🔴 <b>Readiness 20/100 — rest or recovery only.</b>" in text
    assert re.search(r"• HRV \d+ % below your normal range for 4 days", text)
    assert "• you feel exhausted" in text or "• slept 5 h" in text
    assert "<b>Adjusted for today</b>\n😴 Rest, or at most 20–30 minutes very easy." in text
    assert actions(brief) == [CHOICE, CHART]


def test_red_flags_come_first() -> None:
    brief = compose_morning_brief(inputs(ill_day(), (intervals(),)), EN)
    text = brief.text
    assert text.index("🤒 <b>You reported being ill.</b>") < text.index("🔴 <b>Readiness")
    # The verdict names the illness as its reason, and its score reads red, not 80-odd.
    assert "🔴 <b>Readiness 30/100 — rest or recovery only.</b>\n• illness reported" in text
    ru = compose_morning_brief(inputs(ill_day(), (intervals(),)), RU).text
    assert "\n• вы сообщили о болезни" in ru
    assert actions(brief) == [CHOICE, CHART]


def test_no_readiness_data_yet() -> None:
    brief = compose_morning_brief(inputs(None, (easy_ride(),)), EN)
    assert "📊 <b>No readiness data yet.</b>" in brief.text
    assert "🚴 <b>Endurance ride</b> · 1 h 30 min" in brief.text
    assert brief.buttons == ()


def test_no_plan_yet() -> None:
    brief = compose_morning_brief(inputs(green_day(), None), EN)
    assert "🗓 <b>No plan yet.</b>" in brief.text
    assert "<b>Today</b>" not in brief.text


def test_a_rest_day_on_a_red_day_needs_no_adjustment() -> None:
    brief = compose_morning_brief(inputs(red_day(), ()), EN)
    assert "😴 <b>Rest day.</b>" in brief.text
    assert "Adjusted" not in brief.text
    assert actions(brief) == [CHART]


def test_the_check_in_invitation_only_when_not_checked_in_and_check_ins_exist() -> None:
    invited = compose_morning_brief(inputs(None, (), checked_in=False), EN)
    assert "One tap to check in" in invited.text
    assert actions(invited) == [(BriefActionCode.CHECK_IN,)]
    for checked_in in (True, None):
        quiet = compose_morning_brief(inputs(None, (), checked_in=checked_in), EN)
        assert "check in" not in quiet.text.lower().replace("check in in the morning", "")
        assert quiet.buttons == ()


def test_amber_with_check_in_has_both_rows_of_buttons() -> None:
    brief = compose_morning_brief(inputs(amber_day(), (intervals(),), checked_in=False), EN)
    assert actions(brief) == [CHOICE, (BriefActionCode.CHECK_IN,), CHART]


def test_imperial_units_and_russian() -> None:
    brief = compose_morning_brief(
        inputs(red_day(), (intervals(),), units=Units.IMPERIAL, first_name="Оля"), RU
    )
    text = brief.text
    assert text.startswith("☀️ <b>Доброе утро, Оля!</b> Вторник, 3 марта")
    assert "🔴 <b>Готовность 20/100" in text
    assert "1 ч 10 мин, 7,5 миль" in text
    assert re.search(r"ВСР на \d+ % ниже вашей нормы 4 дня", text)
    assert [b.text for b in brief.buttons[0]] == ["✅ Сделать облегчённую", "Оставить по плану"]


def test_plan_text_is_escaped() -> None:
    session = BriefSession(title="<b>Hill</b> & repeats", sport="run", duration_s=1800,
                           targets="<script>")  # fmt: skip
    text = compose_morning_brief(inputs(None, (session,)), EN).text
    assert "&lt;b&gt;Hill&lt;/b&gt; &amp; repeats" in text
    assert "<i>&lt;script&gt;</i>" in text


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_an_absurdly_long_plan_still_fits_one_message_with_whole_tags(language: str) -> None:
    t = CATALOGS.translator(language)
    steps = "\n".join(f"step {i}: 100 m easy" for i in range(400))
    long = BriefSession(title="Long " * 50, sport="swim", duration_s=7200, targets=steps)
    text = compose_morning_brief(inputs(amber_day(), (long,) * 3), t).text
    assert len(text) <= TELEGRAM_TEXT_LIMIT
    assert text.endswith("\n…")
    for tag in ("b", "i"):
        assert text.count(f"<{tag}>") == text.count(f"</{tag}>")


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("day", [green_day, amber_day, red_day, ill_day, lambda: None])
def test_every_case_formats_without_missing_keys(language: str, day: object) -> None:
    t = CATALOGS.translator(language)
    text = compose_morning_brief(
        inputs(day(), (intervals(), easy_ride()), checked_in=False), t
    ).text  # type: ignore[operator]
    assert "brief-" not in text  # a missing key would show its name
    assert len(text) <= TELEGRAM_TEXT_LIMIT


def test_a_session_already_done_is_shown_as_done_not_as_todays_and_not_adjusted() -> None:
    done = replace(intervals(), status="done")
    brief = compose_morning_brief(inputs(amber_day(), (done,)), EN)
    assert "<b>Today</b>" not in brief.text
    assert "<b>Done today</b>\n✅ 🏃 Threshold intervals 5 × 6 min" in brief.text
    assert "Adjusted for today" not in brief.text
    assert actions(brief) == [(BriefActionCode.CHART,)]  # no choice to make, the trend only
    later = replace(easy_ride(), status="pending")
    both = compose_morning_brief(inputs(green_day(), (replace(done, status="partial"), later)), EN)
    assert "<b>Today</b>\n🚴 <b>Endurance ride</b>" in both.text
    assert "🌓 🏃 Threshold intervals 5 × 6 min (in part)" in both.text
    assert both.text.index("<b>Today</b>") < both.text.index("<b>Done today</b>")


def test_the_russian_date_after_the_greeting_starts_a_sentence() -> None:
    brief = compose_morning_brief(inputs(green_day(), (intervals(),)), RU)
    assert brief.text.startswith("☀️ <b>Доброе утро, Ann!</b> Вторник, 3 марта")


@pytest.mark.parametrize(
    ("soreness", "english", "russian"),
    [
        (1, "no soreness", "мышцы не болят"),
        (2, "only a little sore", "мышцы почти не болят"),
    ],
)
def test_a_slightly_sore_athlete_is_not_told_there_is_no_soreness(
    soreness: int, english: str, russian: str
) -> None:
    """A sandbox tester checked in "a little sore" (2) and read "no soreness"."""
    day = date(2026, 3, 3)
    readiness = assess_readiness(
        day, [WellnessDay(day, soreness=soreness, fatigue=1, sleep_quality=1)]
    )
    reasons = {r.factor: r for r in main_reasons(readiness)}

    assert reasons["soreness"].args == {"level": soreness}
    assert EN(reasons["soreness"].key, **reasons["soreness"].args) == english
    assert RU(reasons["soreness"].key, **reasons["soreness"].args) == russian


def test_a_score_that_moves_says_which_factors_moved_it() -> None:
    """A sandbox tester's readiness fell from one day to the next under the same reasons:
    the reasons explain the level, so the change since yesterday is named too."""
    today = date(2026, 3, 3)
    checkin = [WellnessDay(today, sleep_hours=8.2, fatigue=2, soreness=1)]
    yesterday = assess_readiness(today, checkin, LoadState(tsb=8, acwr=1.0, monotony=1.2))
    tired = assess_readiness(today, checkin, LoadState(tsb=-25, acwr=1.0, monotony=1.2))
    assert yesterday.score is not None and tired.score is not None
    drop = round(yesterday.score - tired.score)
    assert drop >= 3
    assert [r.key for r in main_reasons(tired)] == [r.key for r in main_reasons(yesterday)]

    text = compose_morning_brief(replace(inputs(tired), yesterday=yesterday), EN).text
    assert f"↘️ {drop} points below yesterday, mostly: form" in text
    russian = compose_morning_brief(replace(inputs(tired), yesterday=yesterday), RU).text
    said = rf"↘️ На {drop} балл(а|ов)? ниже, чем вчера, в основном из-за: свежесть"
    assert re.search(said, russian)
    same = compose_morning_brief(replace(inputs(tired), yesterday=tired), EN).text
    assert "yesterday" not in same


@pytest.mark.parametrize(
    ("sport", "metres", "written"),
    [
        ("run", 4610, "4\xa0610 м"),  # the brief said "4,6 км" where /today said "4 610 м"
        ("run", 12_500, "12,5 км"),
        ("swim", 6000, "6\xa0000 м"),  # pools are in metres, on the plan as here
    ],
)
def test_the_brief_writes_a_distance_as_the_plan_screen_does(
    sport: str, metres: float, written: str
) -> None:
    session = replace(intervals(), sport=sport, distance_m=metres)
    text = compose_morning_brief(inputs(green_day(), (session,)), RU).text
    plan_words = PlanWords(RU, Units.METRIC)
    assert str(plan_words.distance(metres, SessionSport(sport))) == written
    assert f"1 ч 10 мин, {written}" in text
