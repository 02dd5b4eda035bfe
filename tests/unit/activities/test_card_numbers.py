"""The numbers an activity card shows beside the activity (issue #16, one truth per number)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.coach.science import pmc_series
from bot.domain.activities import (
    Activity,
    ActivityFields,
    ActivityLoad,
    ActivitySource,
    CandidateSession,
)
from bot.domain.profiles import GoalFields, GoalKind, SportChoice, Units
from bot.handlers.activity_render import (
    ascent_text,
    fitness_line,
    history_text,
    load_notes,
    session_title,
)
from bot.handlers.onboarding.formatting import Formatter
from bot.handlers.onboarding.render import race_name
from bot.i18n import Catalogs

T = Catalogs.load().translator("en")


def test_form_on_the_card_is_yesterdays_fitness_minus_fatigue() -> None:
    days = pmc_series([100.0] * 6 + [300.0])
    today = days[-1]
    line = fitness_line(T, Formatter(T), today)
    # Going into day 7: CTL 13.31 − ATL 57.56 = −44; after its 300, 20 − 90 = −70.
    assert round(today.tsb) == round(days[-2].ctl - days[-2].atl) == -44
    assert line == "Fitness 20 · fatigue 90 · form -44"


def test_no_fitness_line_without_load_history() -> None:
    assert fitness_line(T, Formatter(T), None) is None
    (nothing,) = pmc_series([0.0])
    assert fitness_line(T, Formatter(T), nothing) is None


def card_load_notes(*assumptions: str) -> list[str]:
    load = ActivityLoad(value=120.0, method="heart_rate", assumptions=assumptions)
    fields = ActivityFields(
        source=ActivitySource.FILE, sport="bike", sub_sport="generic",
        local_date=date(2026, 3, 1), load=load,
    )  # fmt: skip
    now = datetime(2026, 3, 1, tzinfo=UTC)
    return load_notes(T, Activity(1, 1, fields, None, None, None, now, now))


def test_the_card_says_why_a_load_is_not_the_streams_own() -> None:
    assert card_load_notes("trimp_k_sex_unknown") == []
    assert card_load_notes("power_all_zero") == [
        "⚠️ The power meter sent only zeros: the load comes from the next best data instead."
    ]
    assert card_load_notes("scaled_partial:75") == [
        "⚠️ The recording covers 75 % of the workout time: the load assumes the rest was alike."
    ]


def activity_on(day: date, **changes: object) -> Activity:
    fields = ActivityFields(
        source=ActivitySource.FILE, sport="run", sub_sport="generic", local_date=day,
        moving_s=3600, distance_m=10_000, **changes,  # type: ignore[arg-type]
    )  # fmt: skip
    now = datetime(2026, 3, 1, tzinfo=UTC)
    return Activity(1, 1, fields, None, None, None, now, now)


def test_history_names_the_year_of_activities_from_other_years() -> None:
    today = date(2026, 12, 6)
    text = history_text(
        T, Formatter(T),
        [activity_on(date(2026, 12, 5)), activity_on(date(2013, 8, 16))], 0, 2, today=today,
    )  # fmt: skip
    assert "1. Sat 5 Dec · 🏃" in text
    assert "2. Fri 16 Aug 2013 · 🏃" in text


def test_imperial_athletes_climb_in_feet() -> None:
    assert ascent_text(Formatter(T, Units.IMPERIAL), 514) == "⛰ 1,686 ft up"
    assert ascent_text(Formatter(T), 514) == "⛰ 514 m up"


def test_imperial_athletes_see_cycling_goals_in_miles() -> None:
    goal = GoalFields(
        kind=GoalKind.RACE, discipline=SportChoice.BIKE, distance_code="bike_event",
        distance_m=160_000.0,
    )  # fmt: skip
    assert race_name(T, Formatter(T, Units.IMPERIAL), goal) == "🚴 100 mi (century)"
    assert race_name(T, Formatter(T), goal) == "🚴 160 km (century)"


def test_the_card_names_a_session_as_the_plan_does() -> None:
    def planned(title: str, kind: str) -> CandidateSession:
        return CandidateSession(
            id=1, day=date(2026, 3, 1), order=0, sport="run", session_type=kind, title=title,
            duration_s=5400, distance_m=None, load=90.0, status="pending",
            matched_activity_id=None,
        )  # fmt: skip

    assert session_title(T, planned("run.long", "long")) == "Long run"  # not "Long Run"
    ru = Catalogs.load().translator("ru")
    assert session_title(ru, planned("run.long", "long")) == "Длительный бег"
    assert session_title(T, planned("endurance", "endurance")) == "Endurance run"
