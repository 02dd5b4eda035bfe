"""Dialog answers to profile records and back (pure)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, time
from typing import Any

from bot.coach.profile.dialog import (
    STEP_KIND,
    THRESHOLD_STEPS,
    Answers,
    race_distance,
    sports_of,
)
from bot.coach.profile.races import CUSTOM, GENERAL, RACE_OPTIONS, primary_discipline
from bot.coach.science import estimate_hr_max
from bot.domain.profiles import (
    Experience,
    GoalFields,
    GoalKind,
    NewThreshold,
    Priority,
    ProfileFields,
    ProfileSnapshot,
    Sex,
    SportChoice,
    ThresholdKind,
    ThresholdSource,
    Units,
)


def _clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def profile_fields(answers: Answers, base: ProfileFields, steps: Iterable[str]) -> ProfileFields:
    """``base`` with the fields the given (answered, applicable) steps set."""
    asked = set(steps)
    changes: dict[str, Any] = {}
    simple: dict[str, tuple[str, Callable[[Any], Any]]] = {
        "experience": ("experience", Experience),
        "races": ("races_finished", int),
        "hours": ("weekly_hours", float),
        "days": ("available_weekdays", lambda v: tuple(sorted(int(d) for d in v))),
        "long_day": ("long_day", lambda v: None if v is None else int(v)),
        "watch": ("watch_brand", lambda v: v),
        "birth_year": ("birth_year", int),
        "sex": ("sex", lambda v: None if v is None else Sex(v)),
        "weight": ("weight_kg", lambda v: None if v is None else float(v)),
        "injuries": ("injuries", lambda v: v),
        "brief_time": ("brief_time", _clock),
        "units": ("units", Units),
    }
    for step, (name, convert) in simple.items():
        if step in asked and step in answers:
            changes[name] = convert(answers[step])
    if "sports" in asked:
        chosen = sports_of(answers)
        changes["sports"] = tuple(sport for sport in SportChoice if sport in chosen)
    if "equipment" in asked:
        kit = set(answers.get("equipment") or ())
        changes["has_power_meter"] = "power_meter" in kit
        changes["has_hr_strap"] = "hr_strap" in kit
        changes["has_smart_trainer"] = "smart_trainer" in kit
    if "units" in answers and "units" not in asked:  # inferred from what was typed
        changes.setdefault("units", Units(answers["units"]))
    fields = replace(base, **changes)
    if "pool" in asked:
        fields = _pool(fields, answers)
    elif {"days", "sports"} & asked and not fields.swims:
        fields = replace(fields, pool_access=False, pool_weekdays=())
    return fields


def _pool(fields: ProfileFields, answers: Answers) -> ProfileFields:
    choice = answers.get("pool")
    if not fields.swims or choice in (None, "no"):
        return replace(fields, pool_access=False, pool_weekdays=())
    if choice == "all":
        return replace(fields, pool_access=True, pool_weekdays=fields.available_weekdays)
    days = tuple(sorted(int(day) for day in answers.get("pool_days") or ()))
    return replace(fields, pool_access=True, pool_weekdays=days)


def goal_fields(answers: Answers) -> GoalFields:
    code = answers.get("goal") or GENERAL
    if code == GENERAL:
        return GoalFields(kind=GoalKind.GENERAL)
    custom = answers.get("race_custom") if isinstance(answers.get("race_custom"), dict) else {}
    option = RACE_OPTIONS.get(code)
    distance_m, _ = race_distance(answers)
    described = code == CUSTOM or (option is not None and option.needs_description)
    race_date = answers.get("race_date")
    priority = answers.get("race_priority")
    return GoalFields(
        kind=GoalKind.RACE,
        discipline=option.discipline if option else primary_discipline(sports_of(answers)),
        distance_code=option.distance_code if option else CUSTOM,
        distance_m=distance_m,
        duration_s=(custom or {}).get("duration_s") if described else None,
        custom_name=(custom or {}).get("name") if described else None,
        race_date=date.fromisoformat(race_date) if race_date else None,
        priority=Priority(priority) if priority else None,
        target_time_s=answers.get("race_target"),
    )


def new_thresholds(answers: Answers, steps: Iterable[str], today: date) -> list[NewThreshold]:
    """Thresholds typed in the asked steps, in force from today (or from the date and
    with the source chosen in /settings)."""
    effective = date.fromisoformat(answers["th_date"]) if answers.get("th_date") else today
    found = []
    for step in steps:
        kind = STEP_KIND.get(step)
        entry = answers.get(step)
        if kind is None or not isinstance(entry, dict):
            continue
        source = answers.get("th_source") or entry.get("source") or "measured"
        found.append(
            NewThreshold(
                kind=ThresholdKind(kind),
                value=float(entry["value"]),
                source=ThresholdSource(source),
                effective_date=effective,
                method=entry.get("method") if source == entry.get("source") else None,
            )
        )
    return found


def hr_max_estimate(birth_year: int | None, today: date) -> NewThreshold | None:
    """HRmax from age (Tanaka 2001), marked as an estimate; None without a birth year."""
    if birth_year is None:
        return None
    age = today.year - birth_year
    estimate = estimate_hr_max(age)
    return NewThreshold(
        kind=ThresholdKind.HR_MAX,
        value=round(estimate.value),
        source=ThresholdSource.ESTIMATED,
        effective_date=today,
        method=estimate.method,
    )


def answers_from(snapshot: ProfileSnapshot) -> Answers:
    """What an edit dialog starts from: the stored values, so conditions, ticked boxes
    and cross-checks (LTHR below HRmax) see the athlete as they are."""
    fields = snapshot.profile.fields
    answers: Answers = {
        "sports": [sport.value for sport in fields.sports],
        "days": list(fields.available_weekdays),
        "units": fields.units.value,
        "equipment": [
            code
            for code, has in (
                ("power_meter", fields.has_power_meter),
                ("hr_strap", fields.has_hr_strap),
                ("smart_trainer", fields.has_smart_trainer),
            )
            if has
        ],
        "pool_days": list(fields.pool_weekdays),
    }
    if fields.birth_year is not None:
        answers["birth_year"] = fields.birth_year
    goal = snapshot.goal.fields if snapshot.goal else None
    if goal is not None:
        # What the days check of a week edit needs to know about the stored goal.
        general = goal.kind is GoalKind.GENERAL or not goal.distance_code
        answers["goal_kind"] = "general_fitness" if general else goal.distance_code
        seconds = goal.duration_s or goal.target_time_s
        kilometres = (goal.distance_m or 0) / 1000
        answers["goal_hours"] = seconds / 3600 if seconds else (kilometres / 25 or None)
    for kind, entry in snapshot.thresholds.items():
        answers[THRESHOLD_STEPS[kind.value]] = {
            "value": entry.value,
            "source": entry.source.value,
            "method": None,
        }
    return answers
