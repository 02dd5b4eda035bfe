"""The coach agent's tools: the chatting athlete's own data, read through their scope.

Each docstring is what the model reads. Numbers are the services' and the science
core's (nothing is recomputed here), rounded for reading; paces and durations also come
as clock text so the model can quote them as they are. Missing data is "not recorded".
Text from files, devices or other services is fenced (:func:`~bot.coach.agent.safety.fence`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.coach.agent.calc import CalcError, clock, convert, evaluate
from bot.coach.agent.safety import fence
from bot.coach.agent.tools import (
    NOT_RECORDED,
    Attachment,
    Tool,
    ToolContext,
    ToolError,
    ToolRegistry,
    tool,
)
from bot.coach.science import InvalidValueError, SessionAmounts, session_compliance
from bot.coach.science.readiness import Readiness
from bot.coach.science.zones import ZoneSet
from bot.domain.activities import Activity
from bot.domain.profiles import ThresholdKind
from bot.domain.wellness import WellnessFields

MAX_CALENDAR_DAYS = 28
MAX_WELLNESS_DAYS = 90
MAX_LOAD_DAYS = 90
MAX_NOTE_CHARS = 300
MAX_LAPS = 20
_PACE_KINDS = {ThresholdKind.RUN_THRESHOLD_PACE: "/km", ThresholdKind.CSS: "/100m"}


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NoArgs(_Args):
    pass


class DateRange(_Args):
    first: date = Field(description="First day, YYYY-MM-DD (the athlete's local date)")
    last: date = Field(description="Last day, YYYY-MM-DD, on or after first")

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        if self.last < self.first:
            raise ValueError("last is before first")
        return self


class ActivityArgs(_Args):
    activity_id: int | None = Field(
        default=None, description="The activity's id from get_calendar; omit for the latest"
    )


class DayArgs(_Args):
    day: date | None = Field(default=None, description="YYYY-MM-DD; omit for today")


class Conversion(_Args):
    value: str = Field(description="A number, or m:ss / h:mm:ss for paces and durations")
    from_unit: str = Field(
        description="m, km, mi, yd, ft, kg, lb, s, min, h, m/s, km/h, mph, min/km, min/mi, "
        "min/100m, min/100yd"
    )
    to_unit: str = Field(description="A unit of the same kind (a speed or a pace for either)")


class CalcArgs(_Args):
    expression: str | None = Field(
        default=None,
        description="Arithmetic: numbers, + - * / ** and parentheses; m:ss counts as seconds",
    )
    conversion: Conversion | None = None

    @model_validator(mode="after")
    def _one(self) -> CalcArgs:
        if (self.expression is None) == (self.conversion is None):
            raise ValueError("give either expression or conversion")
        return self


class NoteArgs(_Args):
    text: str = Field(min_length=1, max_length=MAX_NOTE_CHARS, description="The note")
    medical: bool = Field(
        description="True for anything about health: injuries, illness, conditions, "
        "medication. Medical notes are kept only after the athlete taps to confirm."
    )


def _range(args: DateRange, limit: int) -> tuple[date, date]:
    days = (args.last - args.first).days + 1
    if days > limit:
        raise ToolError(f"the range is {days} days; ask for at most {limit} at a time")
    return args.first, args.last


ACWR_TOO_EARLY = "not enough data yet (under 4 weeks)"


def _r(value: float | None, digits: int = 1) -> float | str:
    return NOT_RECORDED if value is None else round(value, digits)


def _minutes(seconds: float | None) -> dict[str, Any] | str:
    if seconds is None:
        return NOT_RECORDED
    return {"min": round(seconds / 60), "clock": clock(seconds)}


def _km(metres: float | None) -> float | str:
    return NOT_RECORDED if not metres else round(metres / 1000, 2)


# -- profile ------------------------------------------------------------------------------


@tool(NoArgs)
async def get_profile(context: ToolContext, args: NoArgs) -> dict[str, Any]:
    """The athlete's profile: sports, experience, age, weight, weekly hours, units, the
    thresholds in force (with source and since when), training zones, the goal or race,
    and the notes they asked you to remember."""
    snapshot = await context.scope.profile()
    if snapshot is None:
        return {"profile": NOT_RECORDED, "hint": "the athlete has not finished /start"}
    fields = snapshot.profile.fields
    age = context.today.year - fields.birth_year if fields.birth_year else None
    thresholds: dict[str, Any] = {}
    for kind, entry in snapshot.thresholds.items():
        item: dict[str, Any] = {
            "value": round(entry.value, 1),
            "unit": kind.unit,
            "source": entry.source.value,
            "since": entry.effective_date.isoformat(),
        }
        if kind in _PACE_KINDS:
            item["pace"] = clock(entry.value) + _PACE_KINDS[kind]
        thresholds[kind.value] = item
    for kind in ThresholdKind:
        thresholds.setdefault(kind.value, NOT_RECORDED)
    goal: dict[str, Any] | str = NOT_RECORDED
    if snapshot.goal is not None:
        g = snapshot.goal.fields
        goal = {
            "kind": g.kind.value,
            "race": g.distance_code or NOT_RECORDED,
            "name": fence(g.custom_name) or NOT_RECORDED,
            "date": g.race_date.isoformat() if g.race_date else NOT_RECORDED,
            "days_to_go": (g.race_date - context.today).days if g.race_date else NOT_RECORDED,
            "priority": g.priority.value if g.priority else NOT_RECORDED,
            "target_time": clock(g.target_time_s) if g.target_time_s else NOT_RECORDED,
        }
    zones = context.scope.zones(snapshot)
    return {
        "sports": [s.value for s in fields.sports] or NOT_RECORDED,
        "experience": fields.experience.value if fields.experience else NOT_RECORDED,
        "age": age if age is not None else NOT_RECORDED,
        "sex": fields.sex.value if fields.sex else NOT_RECORDED,
        "weight_kg": _r(fields.weight_kg),
        "weekly_hours": _r(fields.weekly_hours),
        "units": fields.units.value,
        "equipment": {
            "power_meter": fields.has_power_meter,
            "hr_strap": fields.has_hr_strap,
            "smart_trainer": fields.has_smart_trainer,
        },
        "injuries": fence(fields.injuries) or NOT_RECORDED,
        "thresholds": thresholds,
        "zones": [_zone_set(block.zones) for block in zones.blocks()] or NOT_RECORDED,
        "goal": goal,
        "notes": [fence(n.text) for n in await context.scope.notes()] or NOT_RECORDED,
    }


def _zone_set(zones: ZoneSet) -> dict[str, Any]:
    pace = zones.metric.descending

    def bound(value: float | None) -> float | str | None:
        if value is None or (pace and value <= 0):  # an open end of the range
            return None
        return clock(value) if pace else round(value)

    return {
        "metric": zones.metric.value,
        "model": zones.model,
        "unit": zones.unit,
        "zones": [
            {"zone": z.number, "name": z.name, "from": bound(z.lower), "to": bound(z.upper)}
            for z in zones.zones
        ],
    }


# -- calendar and activities --------------------------------------------------------------


@tool(DateRange)
async def get_calendar(context: ToolContext, args: DateRange) -> dict[str, Any]:
    """Planned sessions and done activities from first to last (at most 28 days): each
    session's id, sport, type, planned minutes, distance and load, its status and how well
    the matched activity fulfilled it (compliance: green within 20 %, yellow, red); each
    activity's id, sport, minutes, distance and load. Use get_activity for one activity's
    details."""
    first, last = _range(args, MAX_CALENDAR_DAYS)
    activities = await context.scope.activities(first, last)
    by_id = {a.id: a for a in activities}
    planned = await context.scope.plan(first, last)
    sessions: list[dict[str, Any]] | str = NOT_RECORDED
    phase: str = NOT_RECORDED
    if planned is not None:
        plan_context, tracked = planned
        week = plan_context.week_of(first)
        phase = week.phase if week is not None else NOT_RECORDED
        sessions = []
        for item in tracked:
            s = item.session
            done = by_id.get(item.outcome.matched_activity_id or -1)
            sessions.append(
                {
                    "id": s.id,  # what propose_week_changes names a session by
                    "date": s.date.isoformat(),
                    "sport": s.sport.value,
                    "type": s.type.value,
                    "planned": _minutes(s.duration_s),
                    "planned_km": _km(s.distance_m),
                    "planned_load": round(s.load),
                    "status": item.outcome.status.value,
                    "activity_id": done.id if done else None,
                    "compliance": _compliance(s.duration_s, s.distance_m, s.load, done),
                }
            )
    return {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "phase": phase,
        "sessions": sessions,
        "activities": [_activity_line(a) for a in activities] or NOT_RECORDED,
    }


def _compliance(
    duration_s: float, distance_m: float | None, load: float, done: Activity | None
) -> dict[str, Any] | str:
    if done is None:
        return NOT_RECORDED
    planned = SessionAmounts(duration_s or None, distance_m or None, load or None)
    did = SessionAmounts(done.duration_s, done.fields.distance_m, done.load_value)
    try:
        result = session_compliance(planned, did)
    except InvalidValueError:
        return NOT_RECORDED
    return {
        "basis": result.basis.value,
        "percent": round(result.ratio * 100),
        "colour": result.color.value,
    }


def _activity_line(activity: Activity) -> dict[str, Any]:
    f = activity.fields
    return {
        "id": activity.id,
        "date": activity.local_date.isoformat(),
        "sport": activity.sport,
        "name": fence(f.name) or NOT_RECORDED,
        "time": _minutes(activity.duration_s),
        "km": _km(f.distance_m),
        "load": _r(activity.load_value, 0),
    }


@tool(ActivityArgs)
async def get_activity(context: ToolContext, args: ActivityArgs) -> dict[str, Any]:
    """One activity in detail (the latest if no id): summary (time, distance, ascent,
    heart rate, power, pace), laps, time in zones, load with its method and intensity
    factor, RPE, the planned session it fulfilled, and fitness/fatigue/form that day."""
    activity_id = args.activity_id
    if activity_id is None:
        latest = await context.scope.recent_activities(1)
        if not latest:
            return {"activity": NOT_RECORDED}
        activity_id = latest[0].id
    view = await context.scope.activity(activity_id)
    if view is None:
        raise ToolError(f"the athlete has no activity {activity_id}")
    a = view.activity
    f = a.fields
    pace: str = NOT_RECORDED
    if f.avg_speed and a.sport in ("running", "run", "walking", "hiking"):
        pace = clock(1000 / f.avg_speed) + "/km"
    elif f.avg_speed and a.sport in ("swimming", "swim"):
        pace = clock(100 / f.avg_speed) + "/100m"
    data: dict[str, Any] = {
        **_activity_line(a),
        "source": f.source.value,
        "elapsed": _minutes(f.elapsed_s),
        "ascent_m": _r(f.ascent_m, 0),
        "avg_hr": _r(f.avg_hr, 0),
        "max_hr": _r(f.max_hr, 0),
        "avg_power": _r(f.avg_power, 0),
        "normalized_power": _r(f.normalized_power, 0),
        "avg_pace": pace,
        "avg_speed_kmh": _r(f.avg_speed * 3.6 if f.avg_speed else None),
        "rpe": f.rpe if f.rpe is not None else NOT_RECORDED,
        "note": fence(f.note) or NOT_RECORDED,
        "load_method": f.load.method if f.load else NOT_RECORDED,
        "intensity_factor": _r(f.load.intensity_factor if f.load else None, 2),
        "laps": [
            {
                "lap": number,
                "time": _minutes(lap.timer_s or lap.elapsed_s),
                "km": _km(lap.distance_m),
                "avg_hr": _r(lap.avg_hr, 0),
                "avg_power": _r(lap.avg_power, 0),
            }
            for number, lap in enumerate(f.laps[:MAX_LAPS], start=1)
        ]
        or NOT_RECORDED,
        "time_in_zones": [
            {
                "metric": zt.metric,
                "zones": [{"zone": z.number, "min": round(z.seconds / 60)} for z in zt.zones],
            }
            for zt in f.zones
        ]
        or NOT_RECORDED,
    }
    if view.session is not None:
        data["planned_session"] = {
            "type": view.session.session_type,
            "planned": _minutes(view.session.duration_s),
            "status": view.session.status,
        }
    if view.fitness is not None:
        data["that_day"] = {
            "fitness_ctl": round(view.fitness.ctl, 1),
            "fatigue_atl": round(view.fitness.atl, 1),
            "form_tsb": round(view.fitness.tsb, 1),
        }
    return data


# -- wellness, load, readiness ----------------------------------------------------------------

_SCALE = "1 = best … 5 = worst"


@tool(DateRange)
async def get_wellness(context: ToolContext, args: DateRange) -> dict[str, Any]:
    """Daily check-ins from first to last (at most 90 days): sleep hours and quality,
    soreness, fatigue, stress, mood (1 = best … 5 = worst), HRV (rMSSD, ms), resting heart
    rate, illness and injury flags."""
    first, last = _range(args, MAX_WELLNESS_DAYS)
    records = await context.scope.wellness(first, last)
    return {
        "scale": _SCALE,
        "days": [{"date": r.day.isoformat(), **_wellness(r.fields)} for r in records]
        or NOT_RECORDED,
        "days_without_check_in": (last - first).days + 1 - len(records),
    }


def _wellness(fields: WellnessFields) -> dict[str, Any]:
    def value(v: float | int | None) -> float | int | str:
        return NOT_RECORDED if v is None else round(v, 1) if isinstance(v, float) else v

    return {
        "sleep_h": value(fields.sleep_hours),
        "sleep_quality": value(fields.sleep_quality),
        "soreness": value(fields.soreness),
        "fatigue": value(fields.fatigue),
        "stress": value(fields.stress),
        "mood": value(fields.mood),
        "hrv_rmssd_ms": value(fields.rmssd_ms),
        "resting_hr": value(fields.resting_hr_bpm),
        "ill": fields.illness,
        "injured": fields.injury,
    }


@tool(DateRange)
async def get_load(context: ToolContext, args: DateRange) -> dict[str, Any]:
    """Training load from first to last (at most 90 days): each day's load, fitness (CTL,
    42-day), fatigue (ATL, 7-day), form (TSB = yesterday's CTL − ATL), ACWR (7:28 EWMA;
    0.8–1.3 is the usual band, above 1.5 a warning, and the thresholds are debated),
    monotony and strain. Ranges over 28 days are given weekly plus the last day."""
    first, last = _range(args, MAX_LOAD_DAYS)
    series = await context.scope.load(first, last)
    if not series:
        return {"load": NOT_RECORDED, "hint": "no activity with a load yet"}
    if len(series) > MAX_CALENDAR_DAYS:
        series = [p for i, p in enumerate(series) if i % 7 == 0 or i == len(series) - 1]
    days = [
        {
            "date": day.isoformat(),
            "load": round(p.load),
            "fitness_ctl": round(p.ctl, 1),
            "fatigue_atl": round(p.atl, 1),
            "form_tsb": round(p.tsb, 1),
            # Under 4 weeks of data ACWR mostly echoes its seed (pmc.py): no ratio then.
            "acwr": _r(p.acwr, 2) if p.acwr_confident else ACWR_TOO_EARLY,
            "monotony": _r(p.monotony, 2),
            "strain": _r(p.strain, 0),
        }
        for day, p in series
    ]
    return {
        "days": days,
        "change_in_fitness": round(series[-1][1].ctl - series[0][1].ctl, 1),
    }


@tool(DayArgs)
async def get_readiness(context: ToolContext, args: DayArgs) -> dict[str, Any]:
    """Readiness for a day (default today): score 0–100, status (green: as planned, amber:
    modify, red: rest), confidence, red flags (illness, injury) and every factor with its
    value, baseline, direction and share of the score."""
    day = args.day or context.today
    if day > context.today:
        raise ToolError("readiness exists only for today and past days")
    stored = await context.scope.readiness(day)
    return {"date": day.isoformat(), **readiness_data(stored.readiness)}


def readiness_data(readiness: Readiness) -> dict[str, Any]:
    return {
        "score": _r(readiness.score, 0),
        "status": readiness.status.value if readiness.status else NOT_RECORDED,
        "confidence_percent": round(readiness.confidence * 100),
        "red_flags": list(readiness.red_flags),
        "factors": [
            {
                "factor": f.code,
                "value": _r(f.value, 2),
                "baseline": _r(f.baseline, 2),
                "direction": f.direction.value,
                "points": round(f.contribution, 1),
                **({"missing": f.reason} if f.reason else {}),
            }
            for f in readiness.factors
        ],
    }


# -- calc and notes -----------------------------------------------------------------------


@tool(CalcArgs)
async def calc(context: ToolContext, args: CalcArgs) -> dict[str, Any]:
    """Arithmetic and unit conversions (distance, weight, duration, speed ↔ pace). Always
    use it instead of computing in your head: any number you state that is not in a tool
    result must come from here."""
    try:
        if args.expression is not None:
            value = evaluate(args.expression)
            return {"expression": args.expression, "result": round(value, 3)}
        assert args.conversion is not None
        c = args.conversion
        return {
            "converted": c.value,
            "from": c.from_unit,
            **convert(c.value, c.from_unit, c.to_unit),
        }
    except CalcError as error:
        raise ToolError(str(error)) from None


@tool(NoArgs)
async def recall_notes(context: ToolContext, args: NoArgs) -> dict[str, Any]:
    """The notes the athlete asked you to remember (preferences, constraints, health)."""
    notes = await context.scope.notes()
    return {
        "notes": [{"saved": n.created_at.date().isoformat(), "text": fence(n.text)} for n in notes]
        or NOT_RECORDED
    }


@tool(NoteArgs, reads=False)
async def remember_note(context: ToolContext, args: NoteArgs) -> dict[str, Any]:
    """Keep a short note about the athlete for later conversations (at most 300
    characters), only when they ask you to remember something or state a lasting
    preference or constraint. Medical notes wait for the athlete's confirming tap."""
    note = await context.scope.remember(" ".join(args.text.split()), medical=args.medical)
    if args.medical:
        context.attach(Attachment("note_confirm", note.id, note.text))
        return {"saved": False, "waiting_for": "the athlete's tap on Confirm under your answer"}
    return {"saved": True}


def coach_tools() -> ToolRegistry:
    """The coach's own tools; features add theirs with ``with_tools``."""
    tools: list[Tool] = [
        get_profile,
        get_calendar,
        get_activity,
        get_wellness,
        get_load,
        get_readiness,
        calc,
        recall_notes,
        remember_note,
    ]
    return ToolRegistry(tools)
