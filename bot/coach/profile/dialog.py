"""The onboarding and profile-editing dialog as a pure state machine (no Telegram).

A :class:`Dialog` is plain JSON-able data: which flow it is, the steps it may ask (its
scope), the step being asked, the answers so far and a token that changes every time a
question is asked. Handlers keep it in the FSM storage (the database), render the current
step and feed answers back through :func:`choose`, :func:`answer_text`, :func:`toggle`,
:func:`done` and :func:`back`. Which steps apply depends on the answers (the pool question
only for swimmers, FTP only for cyclists), so the step count of the progress marker can
change as the athlete answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from bot.coach.planning.races import days_needed
from bot.coach.planning.request import RaceKind
from bot.coach.profile import parsing
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.races import GENERAL, RACE_OPTIONS, goal_options, primary_discipline
from bot.coach.profile.timezones import resolve_timezone_text
from bot.coach.science import InvalidValueError, css_from_test
from bot.domain.profiles import SportChoice

Answers = dict[str, Any]


class Input(StrEnum):
    CHOICE = "choice"  # one tap
    MULTI = "multi"  # toggles and a Done button
    TEXT = "text"  # typed (quick-answer buttons may be offered too)
    LOCATION = "location"  # typed, or a shared location (reply keyboard)


class Section(StrEnum):
    SPORT = "sport"
    GOAL = "goal"
    WEEK = "week"
    EQUIPMENT = "equipment"
    BODY = "body"
    THRESHOLDS = "thresholds"
    HEALTH = "health"
    TIME = "time"
    UNITS = "units"
    THRESHOLD = "threshold"  # one threshold changed from /settings


class Flow(StrEnum):
    ONBOARDING = "onboarding"
    EDIT = "edit"


# -- which steps apply ----------------------------------------------------------------


def sports_of(answers: Answers) -> set[SportChoice]:
    return {SportChoice(code) for code in answers.get("sports") or ()}


def _counted_sports(answers: Answers) -> set[SportChoice]:
    # Before the sports are chosen, count the questions of the commonest athlete (a
    # runner), so the first progress marker is close to what most people will see.
    if "sports" not in answers:
        return {SportChoice.RUN}
    return sports_of(answers)


def _runs(answers: Answers) -> bool:
    return bool(
        _counted_sports(answers) & {SportChoice.RUN, SportChoice.TRIATHLON, SportChoice.DUATHLON}
    )


def _bikes(answers: Answers) -> bool:
    return bool(
        _counted_sports(answers) & {SportChoice.BIKE, SportChoice.TRIATHLON, SportChoice.DUATHLON}
    )


def _swims(answers: Answers) -> bool:
    return bool(_counted_sports(answers) & {SportChoice.SWIM, SportChoice.TRIATHLON})


def _race(answers: Answers) -> bool:
    # Counted before the goal is chosen, so the progress total shrinks for general
    # fitness rather than grows for a race.
    return answers.get("goal") != GENERAL


def _described_race(answers: Answers) -> bool:
    code = answers.get("goal")
    return code == "custom" or (code in RACE_OPTIONS and RACE_OPTIONS[code].needs_description)


def _some_pool_days(answers: Answers) -> bool:
    return _swims(answers) and answers.get("pool") == "some"


def threshold_given(answers: Answers) -> bool:
    """In a /settings threshold change: was a value typed (not "I don't know")?"""
    kind = str(answers.get("th_kind") or "")
    return bool(kind) and isinstance(answers.get(THRESHOLD_STEPS.get(kind, "")), dict)


def _always(_: Answers) -> bool:
    return True


def days_short(answers: Answers) -> tuple[int, int] | None:
    """(training days chosen, days the goal needs) when the days cannot carry the goal
    (a marathon on one day a week): the athlete then chooses to add days, change the
    goal or keep a minimal plan, which says it is minimal."""
    days = answers.get("days")
    kind, hours = _goal_kind(answers)
    if not days or kind is None:
        return None
    needed = days_needed(kind, hours)
    return (len(days), needed) if len(days) < needed else None


def _goal_kind(answers: Answers) -> tuple[RaceKind | None, float | None]:
    """The planner's race kind and expected hours of the goal the answers describe: the
    goal step's choice in this dialog, else the stored goal (an edit of the week)."""
    code = answers.get("goal")
    if code is None:
        stored = answers.get("goal_kind")
        return (RaceKind(stored) if stored else None), answers.get("goal_hours")
    if code == GENERAL:
        return RaceKind.GENERAL_FITNESS, None
    option = RACE_OPTIONS.get(code)
    described = answers.get("race_custom")
    custom: dict[str, Any] = described if isinstance(described, dict) else {}
    hours = (custom.get("duration_s") or 0) / 3600 or None
    distance = custom.get("distance_m") or (option.distance_m if option else None)
    if hours is None and distance:
        hours = distance / 1000 / 25  # a rough ride or race pace: only the bracket matters
    kind = RaceKind(option.distance_code) if option else RaceKind.CUSTOM
    return kind, hours


def _days_check(answers: Answers) -> bool:
    return answers.get("days_check") != "minimal" and days_short(answers) is not None


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    section: Section
    input: Input
    escape: str | None = None  # the "no answer" button: skip, unknown or none
    typed: bool = False  # a CHOICE step that also takes a typed answer
    applies: Callable[[Answers], bool] = _always
    min_picks: int = 0  # MULTI: how many must be ticked before Done


STEPS: dict[str, Step] = {
    step.id: step
    for step in (
        Step("sports", Section.SPORT, Input.MULTI, min_picks=1),
        Step("experience", Section.SPORT, Input.CHOICE),
        Step("races", Section.SPORT, Input.CHOICE, typed=True),
        Step("goal", Section.GOAL, Input.CHOICE),
        Step("race_custom", Section.GOAL, Input.TEXT, applies=_described_race),
        Step("race_date", Section.GOAL, Input.TEXT, applies=_race),
        Step("race_priority", Section.GOAL, Input.CHOICE, applies=_race),
        Step("race_target", Section.GOAL, Input.TEXT, escape="skip", applies=_race),
        Step("hours", Section.WEEK, Input.CHOICE, typed=True),
        Step("days", Section.WEEK, Input.MULTI, min_picks=1),
        Step("days_check", Section.WEEK, Input.CHOICE, applies=_days_check),
        Step("long_day", Section.WEEK, Input.CHOICE),
        Step("pool", Section.WEEK, Input.CHOICE, applies=_swims),
        Step("pool_days", Section.WEEK, Input.MULTI, min_picks=1, applies=_some_pool_days),
        Step("equipment", Section.EQUIPMENT, Input.MULTI),
        Step("watch", Section.EQUIPMENT, Input.CHOICE, typed=True),
        Step("birth_year", Section.BODY, Input.TEXT),
        Step("sex", Section.BODY, Input.CHOICE, escape="skip"),
        Step("weight", Section.BODY, Input.TEXT, escape="skip"),
        Step("ftp", Section.THRESHOLDS, Input.TEXT, escape="unknown", applies=_bikes),
        Step("run_pace", Section.THRESHOLDS, Input.TEXT, escape="unknown", applies=_runs),
        Step("css", Section.THRESHOLDS, Input.TEXT, escape="unknown", applies=_swims),
        Step("hr_max", Section.THRESHOLDS, Input.TEXT, escape="unknown"),
        Step("resting_hr", Section.THRESHOLDS, Input.TEXT, escape="unknown"),
        Step("lthr", Section.THRESHOLDS, Input.TEXT, escape="unknown"),
        Step("injuries", Section.HEALTH, Input.TEXT, escape="none"),
        Step("timezone", Section.TIME, Input.LOCATION),
        Step("brief_time", Section.TIME, Input.CHOICE, typed=True),
        # Only in /settings:
        Step("units", Section.UNITS, Input.CHOICE),
        Step("th_source", Section.THRESHOLD, Input.CHOICE, applies=threshold_given),
        Step("th_date", Section.THRESHOLD, Input.CHOICE, typed=True, applies=threshold_given),
    )
}
SETTINGS_ONLY = ("units", "th_source", "th_date")
ONBOARDING_STEPS = tuple(step for step in STEPS if step not in SETTINGS_ONLY)
SECTION_STEPS: dict[Section, tuple[str, ...]] = {
    section: tuple(s for s in ONBOARDING_STEPS if STEPS[s].section is section)
    for section in Section
}
SECTION_STEPS[Section.UNITS] = ("units",)
# What an edit dialog may change: a summary section, or a single /settings entry.
EDIT_SCOPES: dict[str, tuple[str, ...]] = {
    **{section.value: SECTION_STEPS[section] for section in Section if SECTION_STEPS[section]},
    "timezone": ("timezone",),
    "brief_time": ("brief_time",),
}
# A new goal is checked against the training days too.
EDIT_SCOPES[Section.GOAL.value] = (*SECTION_STEPS[Section.GOAL], "days_check")
# The threshold kind (bot.domain.profiles.ThresholdKind value) each step asks for.
THRESHOLD_STEPS = {
    "ftp": "ftp",
    "run_threshold_pace": "run_pace",
    "css": "css",
    "hr_max": "hr_max",
    "resting_hr": "resting_hr",
    "lthr": "lthr",
}
STEP_KIND = {step: kind for kind, step in THRESHOLD_STEPS.items()}


# -- quick answers (buttons) ------------------------------------------------------------

_STATIC_OPTIONS: dict[str, tuple[str, ...]] = {
    "sports": tuple(sport.value for sport in SportChoice),
    "experience": ("beginner", "intermediate", "advanced"),
    "races": ("0", "1", "2", "3", "5", "10", "20"),
    "race_priority": ("A", "B", "C"),
    "hours": ("3", "5", "7", "10", "12", "15"),
    "days": tuple(str(day) for day in range(7)),
    "pool": ("all", "some", "no"),
    "equipment": ("power_meter", "hr_strap", "smart_trainer"),
    "watch": ("garmin", "coros", "polar", "suunto", "apple", "wahoo", "other", "none"),
    "sex": ("male", "female"),
    "brief_time": ("0530", "0600", "0630", "0700", "0730", "0800"),
    "units": ("metric", "imperial"),
    "th_source": ("measured", "test"),
    "th_date": ("today",),
    "days_check": ("add_days", "change_goal", "minimal"),
}
# Where each "days_check" answer leads: back to a question, or on with a minimal plan.
DAYS_CHECK_JUMPS = {"add_days": "days", "change_goal": "goal"}
DEFAULT_BRIEF_TIME = "0630"  # button codes are HHMM: callback data cannot hold ":"


def date_choices(step: str, answers: Answers) -> list[str]:
    """The readings (ISO dates) of an ambiguous typed date the step waits to have chosen."""
    return list(answers.get(f"{step}_choices") or ()) if step in DATE_STEPS else []


def options(step: str, answers: Answers) -> list[str]:
    """The codes of the buttons a step offers (besides Back and its escape)."""
    if step in DATE_STEPS:
        return list(_STATIC_OPTIONS.get(step, ())) + date_choices(step, answers)
    if step == "goal":
        return goal_options(SportChoice(code) for code in answers.get("sports") or ())
    if step == "long_day":
        return [str(day) for day in answers.get("days") or ()] + ["any"]
    if step == "pool_days":
        return [str(day) for day in answers.get("days") or range(7)]
    if step == "equipment" and not _bikes(answers):
        # A smart trainer is a bike on a stand: nothing to a runner or a swimmer.
        return [code for code in _STATIC_OPTIONS[step] if code != "smart_trainer"]
    return list(_STATIC_OPTIONS.get(step, ()))


# -- the dialog state ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Dialog:
    """One dialog in progress; :meth:`to_json`/:meth:`from_json` round-trip it through
    the FSM storage. ``token`` goes into every button, so a button from an earlier
    question (or an earlier dialog: ``nonce``) is recognised as stale."""

    flow: Flow
    scope: tuple[str, ...]
    step: str | None
    nonce: str
    version: int = 1
    section: str | None = None
    history: tuple[str, ...] = ()
    answers: Answers = field(default_factory=dict)
    picks: tuple[str, ...] = ()

    @property
    def token(self) -> str:
        return f"{self.nonce}{self.version}"

    @property
    def finished(self) -> bool:
        return self.step is None

    @property
    def current(self) -> Step:
        if self.step is None:
            raise ProfileInputError("dialog-finished")
        return STEPS[self.step]

    def to_json(self) -> dict[str, Any]:
        return {
            "flow": self.flow.value,
            "scope": list(self.scope),
            "step": self.step,
            "nonce": self.nonce,
            "version": self.version,
            "section": self.section,
            "history": list(self.history),
            "answers": dict(self.answers),
            "picks": list(self.picks),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Dialog:
        return cls(
            flow=Flow(data["flow"]),
            scope=tuple(data["scope"]),
            step=data.get("step"),
            nonce=str(data["nonce"]),
            version=int(data.get("version", 1)),
            section=data.get("section"),
            history=tuple(data.get("history") or ()),
            answers=dict(data.get("answers") or {}),
            picks=tuple(data.get("picks") or ()),
        )


@dataclass(frozen=True, slots=True)
class Context:
    """What validation needs to know about the world: the athlete's local date."""

    today: date


def start(
    flow: Flow,
    scope: tuple[str, ...],
    *,
    nonce: str,
    answers: Answers | None = None,
    section: str | None = None,
    version: int = 1,
) -> Dialog:
    """A dialog positioned on the first step of ``scope`` that applies."""
    dialog = Dialog(
        flow=flow,
        scope=scope,
        step=None,
        nonce=nonce,
        version=version,
        section=section,
        answers=dict(answers or {}),
    )
    first = _next_applicable(dialog, None)
    return replace(dialog, step=first, picks=_initial_picks(first, dialog.answers))


def applicable(dialog: Dialog) -> list[str]:
    return [step for step in dialog.scope if STEPS[step].applies(dialog.answers)]


def progress(dialog: Dialog) -> tuple[int, int]:
    """(number of the current question, questions in all) as things stand."""
    steps = applicable(dialog)
    if dialog.step not in steps:
        return len(steps), len(steps)
    return steps.index(dialog.step) + 1, len(steps)


def reask(dialog: Dialog) -> Dialog:
    """The same question sent again: a new token, so older copies go stale."""
    return replace(dialog, version=dialog.version + 1)


def back(dialog: Dialog) -> Dialog:
    """Return to the previous question that still applies."""
    history = list(dialog.history)
    while history:
        previous = history.pop()
        if STEPS[previous].applies(dialog.answers):
            return replace(
                dialog,
                step=previous,
                history=tuple(history),
                version=dialog.version + 1,
                picks=_initial_picks(previous, dialog.answers),
            )
    raise ProfileInputError("first-question")


def choose(dialog: Dialog, code: str, context: Context) -> Dialog:
    """A tap on one of the step's buttons (or on its escape)."""
    step = dialog.current
    if step.escape is not None and code == step.escape:
        return _submit(dialog, None)
    if step.input not in (Input.CHOICE, Input.TEXT) or code not in options(
        step.id, dialog.answers
    ):
        raise ProfileInputError("use-buttons")
    if step.id == "days_check" and code in DAYS_CHECK_JUMPS:
        return _jump(dialog, DAYS_CHECK_JUMPS[code])
    return _submit(dialog, _choice_value(step.id, code, context))


def _jump(dialog: Dialog, target: str) -> Dialog:
    """Back to ``target`` (the days or the goal question); an edit that does not hold it
    asks its section's questions right after this one."""
    scope = dialog.scope
    if target not in scope:
        at = scope.index(dialog.current.id) + 1
        scope = (*scope[:at], *SECTION_STEPS[STEPS[target].section], *scope[at:])
    return replace(
        dialog,
        scope=scope,
        step=target,
        history=(*dialog.history, dialog.current.id),
        version=dialog.version + 1,
        picks=_initial_picks(target, dialog.answers),
    )


def toggle(dialog: Dialog, code: str) -> Dialog:
    step = dialog.current
    if step.input is not Input.MULTI or code not in options(step.id, dialog.answers):
        raise ProfileInputError("use-buttons")
    picks = [pick for pick in dialog.picks if pick != code]
    if len(picks) == len(dialog.picks):
        picks.append(code)
    return replace(dialog, picks=tuple(picks))


def done(dialog: Dialog) -> Dialog:
    """Done under a multi-select: the ticked options are the answer."""
    step = dialog.current
    if step.input is not Input.MULTI:
        raise ProfileInputError("use-buttons")
    if len(dialog.picks) < step.min_picks:
        raise ProfileInputError(f"pick-{step.id}")
    ordered = [code for code in options(step.id, dialog.answers) if code in dialog.picks]
    value: list[Any] = [int(code) for code in ordered] if step.id in _DAY_STEPS else ordered
    return _submit(dialog, value)


def answer_text(dialog: Dialog, text: str, context: Context) -> Dialog:
    """A typed answer, parsed and checked for the current step. A date that reads two
    ways ("03/04/2027") is not guessed: the same question comes back with both readings
    in words as buttons (:func:`date_choices`)."""
    step = dialog.current
    if step.input in (Input.MULTI,) or (step.input is Input.CHOICE and not step.typed):
        raise ProfileInputError("use-buttons")
    if step.id in DATE_STEPS:
        readings = _date_readings(step.id, text, context.today)
        if len(readings) > 1:
            choices = {**dialog.answers, f"{step.id}_choices": readings}
            return replace(dialog, answers=choices, version=dialog.version + 1)
        return _submit(dialog, readings[0])
    value, answers = _parse(step.id, text, dialog.answers, context)
    return _submit(replace(dialog, answers=answers), value)


def expects_location(dialog: Dialog) -> bool:
    return not dialog.finished and dialog.current.input is Input.LOCATION


def answer_location(dialog: Dialog, zone: str) -> Dialog:
    """The zone found at the location the athlete shared (see ``timezone_at``)."""
    if not expects_location(dialog):
        raise ProfileInputError("location-not-expected")
    return _submit(dialog, {"zone": zone, "city": None})


# -- internals ---------------------------------------------------------------------------

_DAY_STEPS = ("days", "pool_days")
DATE_STEPS = ("race_date", "th_date")
_DATE_PARSERS = {"race_date": parsing.parse_race_date, "th_date": parsing.parse_effective_date}


def _date_readings(step: str, text: str, today: date) -> list[str]:
    """The readings of a typed date that the step accepts, as ISO dates (the error of the
    first reading when none is accepted)."""
    parse = _DATE_PARSERS[step]
    accepted: list[str] = []
    refusal: ProfileInputError | None = None
    for reading in parsing.date_readings(text, today=today):
        try:
            accepted.append(parse(reading.isoformat(), today=today).isoformat())
        except ProfileInputError as error:
            refusal = refusal or error
    if not accepted:
        assert refusal is not None
        raise refusal
    return accepted


def _next_applicable(dialog: Dialog, after: str | None) -> str | None:
    start_at = 0 if after is None else dialog.scope.index(after) + 1
    for step in dialog.scope[start_at:]:
        if STEPS[step].applies(dialog.answers):
            return step
    return None


def _initial_picks(step: str | None, answers: Answers) -> tuple[str, ...]:
    if step is None or STEPS[step].input is not Input.MULTI:
        return ()
    current = answers.get(step) or ()
    allowed = options(step, answers)
    return tuple(str(code) for code in current if str(code) in allowed)


def _submit(dialog: Dialog, value: Any) -> Dialog:
    step = dialog.current.id
    answers = {**dialog.answers, step: value}
    answers.pop(f"{step}_choices", None)
    moved = replace(dialog, answers=answers)
    following = _next_applicable(moved, step)
    return replace(
        moved,
        step=following,
        history=(*dialog.history, step),
        version=dialog.version + 1,
        picks=_initial_picks(following, answers),
    )


def _choice_value(step: str, code: str, context: Context) -> Any:
    if step == "races":
        return int(code)
    if step == "hours":
        return float(code)
    if step == "long_day":
        return None if code == "any" else int(code)
    if step == "watch":
        return None if code == "none" else code
    if step in DATE_STEPS:  # a reading of an ambiguous date, or "today"
        return context.today.isoformat() if code == "today" else code
    if step == "brief_time":
        return f"{code[:2]}:{code[2:]}"
    return code


def _imperial(answers: Answers) -> bool:
    return answers.get("units") == "imperial"


def _with_units(answers: Answers, imperial_typed: bool) -> Answers:
    """Someone who types miles or pounds first gets imperial units (changeable later)."""
    if "units" in answers:
        return answers
    return {**answers, "units": "imperial" if imperial_typed else "metric"}


def _threshold(value: float, source: str = "measured", method: str | None = None) -> Answers:
    return {"value": value, "source": source, "method": method}


def _parse(step: str, text: str, answers: Answers, context: Context) -> tuple[Any, Answers]:
    """(value, answers) for a typed answer; answers may gain inferred units."""
    today = context.today
    if step == "races":
        return parsing.parse_count(text), answers
    if step == "race_custom":
        race = parsing.parse_race_description(text)
        return {"name": race.name, "distance_m": race.distance_m, "duration_s": race.duration_s}, (
            answers
        )
    if step == "race_target":
        distance, discipline = race_distance(answers)
        return parsing.parse_target_time(text, distance_m=distance, discipline=discipline), answers
    if step == "hours":
        return parsing.parse_weekly_hours(text), answers
    if step == "watch":
        return _short_text(text, 40), answers
    if step == "birth_year":
        return parsing.parse_birth_year(text, today=today), answers
    if step == "weight":
        weight = parsing.parse_weight(text, imperial=_imperial(answers))
        return weight.kg, _with_units(answers, weight.typed_pounds)
    if step == "injuries":
        return parsing.parse_free_text(text), answers
    if step == "timezone":
        choice = resolve_timezone_text(text)
        return {"zone": choice.zone, "city": choice.city.name_en if choice.city else None}, (
            answers
        )
    if step == "brief_time":
        return parsing.parse_time_of_day(text).strftime("%H:%M"), answers
    return _parse_threshold(step, text, answers)


def _parse_threshold(step: str, text: str, answers: Answers) -> tuple[Any, Answers]:
    if step == "ftp":
        return _threshold(parsing.parse_ftp(text)), answers
    if step == "run_pace":
        pace = parsing.parse_run_threshold_pace(text, imperial=_imperial(answers))
        value = round(pace.per(parsing.PaceBase.KM), 1)
        return _threshold(value), _with_units(answers, pace.base.imperial)
    if step == "css":
        return _parse_css(text, answers)
    if step in ("hr_max", "resting_hr", "lthr"):
        bpm = parsing.parse_heart_rate(text, kind=step)
        _check_heart_rates(step, bpm, answers)
        return _threshold(float(bpm)), answers
    raise ProfileInputError("use-buttons")


def _parse_css(text: str, answers: Answers) -> tuple[Any, Answers]:
    pace, test = parsing.parse_css(text, imperial=_imperial(answers))
    if pace is not None:
        value = round(pace.per(parsing.PaceBase.HUNDRED_M), 1)
        return _threshold(value), _with_units(answers, pace.base.imperial)
    assert test is not None
    try:
        speed = css_from_test(*test)
    except InvalidValueError:
        raise ProfileInputError("css-test-order") from None
    seconds = round(100 / speed.value, 1)
    parsing.check_css(seconds, parsing.PaceValue(seconds, parsing.PaceBase.HUNDRED_M))
    return _threshold(seconds, "test", speed.method), answers


def _known(answers: Answers, step: str) -> float | None:
    entry = answers.get(step)
    return float(entry["value"]) if isinstance(entry, dict) else None


def _check_heart_rates(step: str, bpm: int, answers: Answers) -> None:
    top = _known(answers, "hr_max")
    rest = _known(answers, "resting_hr")
    if step in ("lthr", "resting_hr") and top is not None and bpm >= top:
        raise ProfileInputError(f"{step.replace('_', '-')}-above-max", bpm=bpm, hr_max=top)
    if step == "lthr" and rest is not None and bpm <= rest:
        raise ProfileInputError("lthr-below-rest", bpm=bpm, resting=rest)


def _short_text(text: str, maximum: int) -> str:
    kept = " ".join(text.split())
    if not kept:
        raise ProfileInputError("use-buttons")
    if len(kept) > maximum:
        raise ProfileInputError("text-too-long", maximum=maximum)
    return kept


def race_distance(answers: Answers) -> tuple[float | None, str | None]:
    """The goal race's distance (m) and discipline code, as far as the answers say."""
    code = answers.get("goal")
    option = RACE_OPTIONS.get(code or "")
    custom = answers.get("race_custom") if _described_race(answers) else None
    distance = option.distance_m if option else None
    if isinstance(custom, dict) and custom.get("distance_m"):
        distance = float(custom["distance_m"])
    if option is not None:
        return distance, option.discipline.value
    return distance, primary_discipline(sports_of(answers)).value
