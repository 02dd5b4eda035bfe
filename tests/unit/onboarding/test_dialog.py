"""The onboarding dialog as a pure state machine: order, conditions, back, tokens."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.coach.profile import dialog as machine
from bot.coach.profile.dialog import Context, Dialog, Flow
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.records import goal_fields, new_thresholds, profile_fields
from bot.coach.profile.zones import missing_tests
from bot.domain.profiles import (
    GoalKind,
    Priority,
    ProfileFields,
    SportChoice,
    ThresholdKind,
    ThresholdSource,
    Units,
)
from bot.handlers.onboarding.render import echo, typed_echo
from bot.i18n import Catalogs

CONTEXT = Context(today=date(2026, 1, 5))


def onboarding() -> Dialog:
    return machine.start(Flow.ONBOARDING, machine.ONBOARDING_STEPS, nonce="ab12")


def pick(dialog: Dialog, *codes: str) -> Dialog:
    for code in codes:
        dialog = machine.toggle(dialog, code)
    return machine.done(dialog)


def runner_until_thresholds() -> Dialog:
    d = pick(onboarding(), "run")
    d = machine.choose(d, "intermediate", CONTEXT)
    d = machine.answer_text(d, "4", CONTEXT)
    d = machine.choose(d, "marathon", CONTEXT)
    d = machine.answer_text(d, "18.04.2026", CONTEXT)
    d = machine.choose(d, "A", CONTEXT)
    d = machine.answer_text(d, "3:45", CONTEXT)
    d = machine.choose(d, "7", CONTEXT)
    d = pick(d, "1", "3", "5", "6")
    d = machine.choose(d, "6", CONTEXT)
    d = pick(d, "hr_strap")
    d = machine.choose(d, "garmin", CONTEXT)
    d = machine.answer_text(d, "1986", CONTEXT)
    d = machine.choose(d, "female", CONTEXT)
    return machine.answer_text(d, "58 kg", CONTEXT)


def test_a_runner_is_asked_only_what_applies() -> None:
    d = runner_until_thresholds()
    assert d.step == "run_pace"
    assert "pool" not in machine.applicable(d) and "ftp" not in machine.applicable(d)
    assert machine.progress(d) == (16, 22)
    d = machine.answer_text(d, "4:50/km", CONTEXT)
    d = machine.choose(d, "unknown", CONTEXT)  # HRmax
    d = machine.answer_text(d, "48", CONTEXT)
    d = machine.answer_text(d, "168", CONTEXT)
    d = machine.choose(d, "none", CONTEXT)
    d = machine.answer_text(d, "Москва", CONTEXT)
    d = machine.choose(d, "0630", CONTEXT)
    assert d.finished
    fields = profile_fields(d.answers, ProfileFields(), machine.applicable(d))
    assert fields.sports == (SportChoice.RUN,)
    assert fields.races_finished == 4
    assert fields.available_weekdays == (1, 3, 5, 6)
    assert fields.long_day == 6
    assert (fields.has_hr_strap, fields.has_power_meter) == (True, False)
    assert fields.watch_brand == "garmin"
    assert (fields.birth_year, fields.weight_kg, fields.units) == (1986, 58.0, Units.METRIC)
    assert fields.brief_time == time(6, 30)
    assert fields.pool_access is False
    goal = goal_fields(d.answers)
    assert goal.kind is GoalKind.RACE and goal.distance_code == "marathon"
    assert (goal.race_date, goal.priority, goal.target_time_s) == (
        date(2026, 4, 18),
        Priority.A,
        13500,
    )
    thresholds = new_thresholds(d.answers, machine.applicable(d), CONTEXT.today)
    assert [(t.kind, t.value, t.source) for t in thresholds] == [
        (ThresholdKind.RUN_THRESHOLD_PACE, 290.0, ThresholdSource.MEASURED),
        (ThresholdKind.RESTING_HR, 48.0, ThresholdSource.MEASURED),
        (ThresholdKind.LTHR, 168.0, ThresholdSource.MEASURED),
    ]
    assert d.answers["timezone"] == {"zone": "Europe/Moscow", "city": "Moscow"}


def test_every_question_gets_a_new_token_and_toggles_keep_it() -> None:
    d = onboarding()
    assert d.token == "ab121"
    toggled = machine.toggle(d, "run")
    assert toggled.token == d.token and toggled.picks == ("run",)
    assert machine.toggle(toggled, "run").picks == ()
    moved = machine.done(machine.toggle(toggled, "swim"))
    assert moved.step == "experience" and moved.token == "ab122"
    assert moved.answers["sports"] == ["run", "swim"]
    assert machine.reask(moved).token == "ab123"


def test_done_needs_a_pick_and_buttons_need_their_step() -> None:
    with pytest.raises(ProfileInputError, match="pick-sports"):
        machine.done(onboarding())
    with pytest.raises(ProfileInputError, match="use-buttons"):
        machine.answer_text(onboarding(), "running", CONTEXT)
    with pytest.raises(ProfileInputError, match="use-buttons"):
        machine.choose(onboarding(), "advanced", CONTEXT)


def test_back_returns_one_step_and_skips_what_no_longer_applies() -> None:
    d = pick(onboarding(), "run")
    with pytest.raises(ProfileInputError, match="first-question"):
        machine.back(onboarding())
    d = machine.choose(d, "beginner", CONTEXT)
    d = machine.answer_text(d, "0", CONTEXT)
    d = machine.choose(d, "10k", CONTEXT)
    assert d.step == "race_date"
    back = machine.back(d)
    assert back.step == "goal" and back.version == d.version + 1
    general = machine.choose(back, "general", CONTEXT)
    assert general.step == "hours"
    assert machine.back(general).step == "goal"
    again = machine.back(machine.back(machine.back(back)))
    assert again.step == "sports" and again.picks == ("run",)  # the earlier ticks are kept


def test_a_triathlete_gets_pool_and_every_threshold() -> None:
    d = pick(onboarding(), "triathlon")
    steps = machine.applicable(d)
    assert {"pool", "ftp", "run_pace", "css"} <= set(steps)
    assert "pool_days" not in steps
    d = machine.choose(d, "advanced", CONTEXT)
    assert machine.options("goal", d.answers)[:4] == ["sprint", "olympic", "70.3", "140.6"]
    d = {**d.answers, "pool": "some"}  # type: ignore[assignment]
    assert machine.STEPS["pool_days"].applies(d)  # type: ignore[arg-type]


def test_css_from_test_times_is_a_test_result() -> None:
    d = machine.start(Flow.EDIT, ("css",), nonce="x", answers={"sports": ["swim"]})
    d = machine.answer_text(d, "6:00 2:50", CONTEXT)
    assert d.answers["css"] == {"value": 95.0, "source": "test", "method": "css_400_200"}


def test_imperial_answers_switch_units_once() -> None:
    d = machine.start(Flow.EDIT, ("weight", "run_pace"), nonce="x", answers={"sports": ["run"]})
    d = machine.answer_text(d, "160 lbs", CONTEXT)
    assert d.answers["units"] == "imperial" and d.answers["weight"] == 72.6
    d = machine.answer_text(d, "7:15", CONTEXT)  # a bare pace is now per mile
    assert d.answers["run_pace"]["value"] == pytest.approx(270.3, abs=0.1)


def test_heart_rates_are_checked_against_each_other() -> None:
    answers = {"hr_max": {"value": 180.0, "source": "measured", "method": None}}
    d = machine.start(Flow.EDIT, ("lthr", "resting_hr"), nonce="x", answers=answers)
    with pytest.raises(ProfileInputError, match="lthr-above-max"):
        machine.answer_text(d, "185", CONTEXT)


def test_custom_race_and_cycling_event_are_described() -> None:
    d = machine.start(Flow.EDIT, machine.SECTION_STEPS[machine.Section.GOAL], nonce="x",
                      answers={"sports": ["bike"]})  # fmt: skip
    d = machine.choose(d, "bike_other", CONTEXT)
    assert d.step == "race_custom"
    d = machine.answer_text(d, "Dirty Kanza 200 mi", CONTEXT)
    d = machine.answer_text(d, "2026-06-06", CONTEXT)
    d = machine.choose(d, "B", CONTEXT)
    d = machine.choose(d, "skip", CONTEXT)
    goal = goal_fields(d.answers)
    assert goal.discipline is SportChoice.BIKE and goal.distance_code == "bike_event"
    assert goal.distance_m == pytest.approx(321868.8)
    assert goal.custom_name == "Dirty Kanza 200 mi"
    assert goal.target_time_s is None


def test_the_dialog_round_trips_through_json() -> None:
    d = runner_until_thresholds()
    assert Dialog.from_json(d.to_json()) == d


def test_no_ftp_test_is_suggested_without_something_that_measures_power() -> None:
    without = ProfileFields(sports=(SportChoice.BIKE,), has_hr_strap=True)
    assert "ftp20" not in missing_tests(without, {})
    assert missing_tests(without, {}) == ["lthr30", "resting"]
    with_meter = ProfileFields(sports=(SportChoice.BIKE,), has_power_meter=True)
    assert missing_tests(with_meter, {})[0] == "ftp20"
    on_trainer = ProfileFields(sports=(SportChoice.BIKE,), has_smart_trainer=True)
    assert missing_tests(on_trainer, {})[0] == "ftp20"

    t = Catalogs.load().translator("en")
    asked = machine.start(
        Flow.ONBOARDING, ("ftp",), nonce="ab12", answers={"sports": ["bike"], "equipment": []}
    )
    assert asked.step == "ftp"
    reply = echo(t, asked, "esc", "unknown")
    assert "FTP test" not in reply and "without a power meter" in reply
    metered = machine.start(
        Flow.ONBOARDING,
        ("ftp",),
        nonce="ab12",
        answers={"sports": ["bike"], "equipment": ["power_meter"]},
    )
    assert "20-minute FTP test" in echo(t, metered, "esc", "unknown")


# -- answers that would make absurd plans (issue 16) --------------------------------------


def runner_at(step: str, goal: str = "marathon") -> Dialog:
    d = pick(onboarding(), "run")
    d = machine.choose(d, "intermediate", CONTEXT)
    d = machine.answer_text(d, "4", CONTEXT)
    d = machine.choose(d, goal, CONTEXT)
    while d.step != step:
        d = machine.choose(d, "A", CONTEXT) if d.step == "race_priority" else d
        if d.step == "race_date":
            d = machine.answer_text(d, "18 April 2026", CONTEXT)
        elif d.step == "race_target":
            d = machine.choose(d, "skip", CONTEXT)
        elif d.step == "hours":
            d = machine.choose(d, "5", CONTEXT)
    return d


@pytest.mark.parametrize(
    ("typed", "readings"),
    [
        ("03/04/2026", ["2026-04-03", "2026-03-04"]),
        ("3.4.26", ["2026-04-03", "2026-03-04"]),
        ("03/04", ["2026-04-03", "2026-03-04"]),
    ],
)
def test_an_ambiguous_date_is_asked_back_with_both_readings(
    typed: str, readings: list[str]
) -> None:
    d = runner_at("race_date")

    asked = machine.answer_text(d, typed, CONTEXT)

    # Not silently read as 3 April: the same question, both readings as buttons.
    assert asked.step == "race_date" and asked.version == d.version + 1
    assert machine.options("race_date", asked.answers) == readings
    chosen = machine.choose(asked, readings[1], CONTEXT)
    assert chosen.step == "race_priority" and chosen.answers["race_date"] == readings[1]
    assert "race_date_choices" not in chosen.answers


@pytest.mark.parametrize(
    ("typed", "day"),
    [("13/04/2026", "2026-04-13"), ("04/04/2026", "2026-04-04"), ("3 April 2026", "2026-04-03")],
)
def test_a_date_that_reads_one_way_is_taken_at_once(typed: str, day: str) -> None:
    d = machine.answer_text(runner_at("race_date"), typed, CONTEXT)

    assert (d.step, d.answers["race_date"]) == ("race_priority", day)


def test_a_reading_in_the_past_is_not_offered() -> None:
    # On 5 January 2026, "04/01/2026" can only be 1 April (4 January has passed).
    d = machine.answer_text(runner_at("race_date"), "04/01/2026", CONTEXT)

    assert (d.step, d.answers["race_date"]) == ("race_priority", "2026-04-01")


def test_a_marathon_on_one_day_a_week_gets_a_choice() -> None:
    d = pick(runner_at("days"), "6")

    assert d.step == "days_check"
    assert machine.days_short(d.answers) == (1, 3)
    assert machine.options("days_check", d.answers) == ["add_days", "change_goal", "minimal"]
    # Add days: back to the days, ticked as they were; enough days pass the check.
    more = machine.choose(d, "add_days", CONTEXT)
    assert (more.step, more.picks) == ("days", ("6",))
    assert pick(more, "2", "4").step == "long_day"
    # Change the goal: back to the goal question.
    assert machine.choose(d, "change_goal", CONTEXT).step == "goal"
    # A minimal plan, said to be minimal: the dialog goes on.
    minimal = machine.choose(d, "minimal", CONTEXT)
    assert minimal.step == "long_day" and minimal.answers["days_check"] == "minimal"


def test_enough_days_for_the_goal_ask_nothing_more() -> None:
    assert pick(runner_at("days", goal="5k"), "1", "6").step == "long_day"
    assert pick(runner_at("days", goal="general"), "6").step == "long_day"


def test_a_new_goal_in_settings_is_checked_against_the_stored_days() -> None:
    stored = {"sports": ["run"], "days": [6], "goal_kind": "5k", "goal_hours": None}
    d = machine.start(Flow.EDIT, machine.EDIT_SCOPES["goal"], nonce="cd34", answers=stored)
    d = machine.choose(d, "marathon", CONTEXT)
    d = machine.answer_text(d, "18 April 2026", CONTEXT)
    d = machine.choose(d, "A", CONTEXT)
    d = machine.choose(d, "skip", CONTEXT)

    assert d.step == "days_check" and machine.days_short(d.answers) == (1, 3)
    # Adding days from a goal edit asks the week's questions right after this one.
    more = machine.choose(d, "add_days", CONTEXT)
    assert more.step == "days" and more.scope.index("days") > more.scope.index("days_check")
    assert pick(more, "2", "4").step == "long_day"


def test_a_week_edit_knows_the_stored_goal() -> None:
    stored = {"sports": ["run"], "days": [1, 3, 6], "goal_kind": "marathon", "goal_hours": 4.0}
    d = machine.start(Flow.EDIT, machine.EDIT_SCOPES["week"], nonce="ef56", answers=stored)
    d = machine.choose(d, "5", CONTEXT)
    d = machine.done(machine.toggle(machine.toggle(d, "1"), "3"))  # only Sunday left

    assert d.step == "days_check"
    assert machine.choose(d, "minimal", CONTEXT).step == "long_day"


def test_an_ambiguous_threshold_date_is_asked_back_too() -> None:
    stored = {"sports": ["bike"], "th_kind": "ftp"}
    d = machine.start(Flow.EDIT, ("ftp", "th_source", "th_date"), nonce="gh78", answers=stored)
    d = machine.answer_text(d, "250", CONTEXT)
    d = machine.choose(d, "measured", CONTEXT)

    asked = machine.answer_text(d, "03/12/2025", CONTEXT)

    assert asked.step == "th_date"
    assert machine.options("th_date", asked.answers) == ["today", "2025-12-03", "2025-03-12"]
    assert machine.choose(asked, "2025-03-12", CONTEXT).answers["th_date"] == "2025-03-12"


def at_step(step: str, dialog: Dialog) -> Dialog:
    assert dialog.current.id == step
    return dialog


def test_only_an_athlete_who_rides_is_offered_a_smart_trainer() -> None:
    """A sandbox tester, a runner only, was asked about a smart trainer."""
    runner = {"sports": ["run"]}
    assert machine.options("equipment", runner) == ["power_meter", "hr_strap"]
    with pytest.raises(ProfileInputError):
        machine.toggle(at_step("equipment", _to_equipment("run")), "smart_trainer")
    for sports in (["bike"], ["triathlon"], ["run", "bike"]):
        assert "smart_trainer" in machine.options("equipment", {"sports": sports})


def _to_equipment(sport: str) -> Dialog:
    d = pick(onboarding(), sport)
    d = machine.choose(d, "intermediate", CONTEXT)
    d = machine.answer_text(d, "4", CONTEXT)
    d = machine.choose(d, "general", CONTEXT)
    d = machine.choose(d, "7", CONTEXT)
    d = pick(d, "1", "3", "5", "6")
    return machine.choose(d, "6", CONTEXT)


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [("en", "6.5", "6 h 30 min"), ("ru", "6,5", "6 ч 30 мин"), ("en", "7", "7 h")],
)
def test_a_typed_answer_is_echoed_like_a_tapped_one(language: str, typed: str, shown: str) -> None:
    """A sandbox tester saw taps echoed under their question with ✓ and typed answers not."""
    t = Catalogs.load().translator(language)
    d = pick(onboarding(), "run")
    d = machine.choose(d, "intermediate", CONTEXT)
    d = machine.answer_text(d, "4", CONTEXT)
    d = machine.choose(d, "general", CONTEXT)
    before = at_step("hours", d)
    after = machine.answer_text(before, typed, CONTEXT)
    assert typed_echo(t, before, after, typed) == shown
    # The races question typed "4": the option's own label.
    races = at_step("races", machine.choose(pick(onboarding(), "run"), "beginner", CONTEXT))
    assert typed_echo(t, races, machine.answer_text(races, "4", CONTEXT), "4") == "4"


def test_a_typed_date_is_echoed_in_words_and_an_ambiguous_one_not_at_all() -> None:
    t = Catalogs.load().translator("en")
    d = pick(onboarding(), "run")
    d = machine.choose(d, "intermediate", CONTEXT)
    d = machine.answer_text(d, "4", CONTEXT)
    before = at_step("race_date", machine.choose(d, "marathon", CONTEXT))
    after = machine.answer_text(before, "18.04.2026", CONTEXT)
    assert typed_echo(t, before, after, "18.04.2026") == "18 April 2026"
    unsure = machine.answer_text(before, "03/04/2027", CONTEXT)
    assert typed_echo(t, before, unsure, "03/04/2027") is None  # asked again, both readings
