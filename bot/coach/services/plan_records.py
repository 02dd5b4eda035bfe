"""The planner's frozen dataclasses <-> the stored plan records (``bot.domain.plans``).

Storage may not import the planner, so plans cross the boundary as records whose
workouts, goals and notices are JSON in the planner's own vocabulary. The conversion is
exact: ``to_plan(to_new_plan(plan, ...)) == plan`` (tests/integration/test_plans.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from bot.coach.planning import (
    Discipline,
    Effort,
    Goal,
    Notice,
    Phase,
    Plan,
    PlanRequest,
    Priority,
    RaceKind,
    Repeat,
    Session,
    SessionSport,
    SessionType,
    Step,
    StepKind,
    TalkTest,
    Target,
    TargetKind,
    Week,
    Workout,
)
from bot.domain.plans import (
    SETTLED_STATUSES,
    Json,
    NewPlan,
    NoticeRecord,
    PlannedSessionRecord,
    PlanRecord,
    PlanWeekRecord,
    SessionOutcome,
)
from bot.domain.visibility import Audience, outcomes_visible_to

# -- workouts ---------------------------------------------------------------------------


def _target_json(target: Target) -> Json:
    out: Json = {"kind": target.kind.value, "low": target.low, "high": target.high}
    if target.talk is not None:
        out["talk"] = target.talk.value
    return out


def _target(raw: Json) -> Target:
    talk = raw.get("talk")
    return Target(
        TargetKind(raw["kind"]),
        float(raw["low"]),
        float(raw["high"]),
        TalkTest(talk) if talk else None,
    )


def _step_json(step: Step) -> Json:
    out: Json = {
        "kind": step.kind.value,
        "effort": int(step.effort),
        "target": _target_json(step.target),
        "duration_s": step.duration_s,
    }
    if step.distance_m is not None:
        out["distance_m"] = step.distance_m
    if step.sport is not None:
        out["sport"] = step.sport.value
    if step.progressive:
        out["progressive"] = True
    return out


def _step(raw: Json) -> Step:
    sport = raw.get("sport")
    distance = raw.get("distance_m")
    return Step(
        kind=StepKind(raw["kind"]),
        effort=Effort(int(raw["effort"])),
        target=_target(raw["target"]),
        duration_s=int(raw["duration_s"]),
        distance_m=int(distance) if distance is not None else None,
        sport=SessionSport(sport) if sport else None,
        progressive=bool(raw.get("progressive", False)),
    )


def _block_json(block: Step | Repeat) -> Json:
    if isinstance(block, Repeat):
        return {"repeat": block.count, "steps": [_step_json(s) for s in block.steps]}
    return _step_json(block)


def _block(raw: Json) -> Step | Repeat:
    if "repeat" in raw:
        return Repeat(int(raw["repeat"]), tuple(_step(s) for s in raw["steps"]))
    return _step(raw)


def workout_json(workout: Workout) -> Json:
    return {
        "warmup": [_step_json(s) for s in workout.warmup],
        "main": [_block_json(b) for b in workout.main],
        "cooldown": [_step_json(s) for s in workout.cooldown],
    }


def workout_of(raw: Json) -> Workout:
    return Workout(
        tuple(_step(s) for s in raw["warmup"]),
        tuple(_block(b) for b in raw["main"]),
        tuple(_step(s) for s in raw["cooldown"]),
    )


# -- sessions ---------------------------------------------------------------------------


def _alternative_json(session: Session) -> Json:
    return {
        "id": session.id,
        "date": session.date.isoformat(),
        "order": session.order,
        "sport": session.sport.value,
        "type": session.type.value,
        "title": session.title,
        "objective": session.objective,
        "workout": workout_json(session.workout),
        "duration_s": session.duration_s,
        "distance_m": session.distance_m,
        "load": session.load,
    }


def _alternative(raw: Json) -> Session:
    distance = raw.get("distance_m")
    return Session(
        id=str(raw["id"]),
        date=date.fromisoformat(raw["date"]),
        order=int(raw["order"]),
        sport=SessionSport(raw["sport"]),
        type=SessionType(raw["type"]),
        title=str(raw["title"]),
        objective=str(raw["objective"]),
        workout=workout_of(raw["workout"]),
        duration_s=int(raw["duration_s"]),
        distance_m=int(distance) if distance is not None else None,
        load=float(raw["load"]),
    )


def session_record(session: Session) -> PlannedSessionRecord:
    return PlannedSessionRecord(
        key=session.id,
        day=session.date,
        order=session.order,
        sport=session.sport.value,
        type=session.type.value,
        title=session.title,
        objective=session.objective,
        workout=workout_json(session.workout),
        duration_s=session.duration_s,
        distance_m=session.distance_m,
        load=session.load,
        alternative=_alternative_json(session.alternative) if session.alternative else None,
    )


def session_of(record: PlannedSessionRecord) -> Session:
    return Session(
        id=record.key,
        date=record.day,
        order=record.order,
        sport=SessionSport(record.sport),
        type=SessionType(record.type),
        title=record.title,
        objective=record.objective,
        workout=workout_of(record.workout),
        duration_s=record.duration_s,
        distance_m=record.distance_m,
        load=record.load,
        alternative=_alternative(record.alternative) if record.alternative else None,
    )


@dataclass(frozen=True, slots=True)
class TrackedSession:
    """A planned session with what storage knows about it: its row id and outcome."""

    id: int
    session: Session
    outcome: SessionOutcome


def tracked(record: PlannedSessionRecord) -> TrackedSession:
    assert record.id is not None, "only stored sessions are tracked"
    return TrackedSession(record.id, session_of(record), record.outcome)


def matched_ids(sessions: Iterable[TrackedSession]) -> set[int]:
    """The activities matched to ``sessions`` (what ``sessions_visible_to`` needs the
    sources of)."""
    return {i for s in sessions if (i := s.outcome.matched_activity_id) is not None}


def sessions_visible_to(
    sessions: Iterable[TrackedSession],
    matched_sources: Mapping[int, str],
    *,
    viewer_id: int,
    owner_id: int,
    audience: Audience,
) -> tuple[TrackedSession, ...]:
    """``owner_id``'s sessions with the outcomes ``viewer_id`` may see for ``audience``
    (``visibility.outcomes_visible_to``: one matched by Strava reads as not done)."""
    items = tuple(sessions)
    outcomes = outcomes_visible_to(
        (s.outcome for s in items),
        matched_sources,
        viewer_id=viewer_id,
        owner_id=owner_id,
        audience=audience,
    )
    return tuple(
        item if shown is item.outcome else replace(item, outcome=shown)
        for item, shown in zip(items, outcomes, strict=True)
    )


# -- notices, goals, weeks, plans -------------------------------------------------------


def notice_record(notice: Notice) -> NoticeRecord:
    return NoticeRecord(notice.code, dict(notice.params))


def notice_of(record: NoticeRecord) -> Notice:
    return Notice(record.code, tuple(sorted(record.params.items())))


def goal_json(goal: Goal) -> Json:
    return {
        "kind": goal.kind.value,
        "date": goal.date.isoformat() if goal.date else None,
        "priority": goal.priority.value,
        "target_time_s": goal.target_time_s,
        "distance_m": goal.distance_m,
        "duration_s": goal.duration_s,
        "discipline": goal.discipline.value if goal.discipline else None,
    }


def goal_of(raw: Json) -> Goal:
    return Goal(
        kind=RaceKind(raw["kind"]),
        date=date.fromisoformat(raw["date"]) if raw.get("date") else None,
        priority=Priority(raw.get("priority") or Priority.A.value),
        target_time_s=raw.get("target_time_s"),
        distance_m=raw.get("distance_m"),
        duration_s=raw.get("duration_s"),
        discipline=Discipline(raw["discipline"]) if raw.get("discipline") else None,
    )


def week_record(week: Week) -> PlanWeekRecord:
    return PlanWeekRecord(
        index=week.index,
        start=week.start,
        phase=week.phase.value,
        is_recovery=week.is_recovery,
        planned_hours=week.planned_hours,
        planned_load=week.planned_load,
        session_count=week.session_count,
        notes=tuple(notice_record(n) for n in week.notes),
        sessions=tuple(session_record(s) for s in week.sessions),
    )


def week_of(record: PlanWeekRecord) -> Week:
    return Week(
        index=record.index,
        start=record.start,
        phase=Phase(record.phase),
        is_recovery=record.is_recovery,
        sessions=tuple(session_of(s) for s in record.sessions),
        notes=tuple(notice_of(n) for n in record.notes),
    )


def request_json(request: PlanRequest) -> Json:
    """The request without its date: equal JSON means the same plan inputs."""
    t, goal = request.thresholds, request.goal
    return {
        "discipline": request.discipline.value,
        "experience": request.experience.value,
        "age": request.age,
        "goal": goal_json(goal),
        "weekly_hours": request.weekly_hours,
        "available_weekdays": sorted(request.available_weekdays),
        "long_weekday": request.long_weekday,
        "pool_weekdays": sorted(request.pool_weekdays),
        "equipment": {
            "power_meter": request.equipment.power_meter,
            "hr_strap": request.equipment.hr_strap,
        },
        "thresholds": {
            "ftp_w": t.ftp_w,
            "run_threshold_pace_s_per_km": t.run_threshold_pace_s_per_km,
            "css_s_per_100m": t.css_s_per_100m,
            "lthr": t.lthr,
            "hrmax": t.hrmax,
            "resting_hr": t.resting_hr,
        },
        "recent_ctl": request.recent_ctl,
        "recent_weekly_hours": request.recent_weekly_hours,
        "injuries": {
            "notes": request.injuries.notes,
            "flags": sorted(f.value for f in request.injuries.flags),
        },
        "recovery_cadence": (
            int(request.recovery_cadence) if request.recovery_cadence is not None else None
        ),
        "units": request.units.value,
    }


def new_plan(plan: Plan, request: PlanRequest, goal_id: int | None) -> NewPlan:
    return NewPlan(
        goal=goal_json(plan.goal),
        discipline=plan.discipline.value,
        start=plan.start,
        end=plan.end,
        warnings=tuple(notice_record(n) for n in plan.warnings),
        start_ctl=plan.start_ctl,
        baseline_hours=plan.baseline_hours,
        recovery_every=plan.recovery_every,
        inputs=request_json(request),
        weeks=tuple(week_record(w) for w in plan.weeks),
        goal_id=goal_id,
    )


def plan_of(record: PlanRecord | NewPlan) -> Plan:
    """The planner's Plan (with sessions only if the record was loaded with them)."""
    content = record.content if isinstance(record, PlanRecord) else record
    return Plan(
        goal=goal_of(content.goal),
        discipline=Discipline(content.discipline),
        start=content.start,
        end=content.end,
        weeks=tuple(week_of(w) for w in content.weeks),
        warnings=tuple(notice_of(n) for n in content.warnings),
        start_ctl=content.start_ctl,
        baseline_hours=content.baseline_hours,
        recovery_every=content.recovery_every,
    )


def settled_keys(sessions: Iterable[PlannedSessionRecord], today: date) -> set[str]:
    """Sessions a regeneration must keep: the past (history) and what is already done."""
    return {s.key for s in sessions if s.day < today or s.outcome.status in SETTLED_STATUSES}
