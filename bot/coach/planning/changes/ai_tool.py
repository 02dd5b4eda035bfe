"""The AI coach's ``propose_week_changes`` tool: its definition and a pure validator.

The model never writes a plan. It calls the tool with structured operations (and the
athlete's constraints in structured form); :func:`validate_tool_input` turns them into
change-engine operations and a checked proposal, or into reasons the model can read and
act on. The agent loop (``bot/coach/agent``) owns the retries (at most two after a
refusal) and, on success, asks ``PlanChangeService.propose(..., author=AI_COACH)`` for the
card — built by our code from the proposal, never from the model's prose — which the
athlete applies with one tap.

Two health rules are enforced here, whatever the model asks: red readiness or a health
flag (ill or injured today) forbids any hard session in the coming seven days, and an
ACWR above 1.5 (Gabbett 2016, Br J Sports Med 50:273; the threshold is debated) forces a
lighter current week: its planned load must drop by at least 10 %.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.coach.planning.changes.codec import AI_OPERATIONS, constraint_of, operation_of
from bot.coach.planning.changes.engine import propose
from bot.coach.planning.changes.layout import is_settled
from bot.coach.planning.changes.model import (
    AddConstraint,
    Constraint,
    Operation,
    Proposal,
    RefusalCode,
)
from bot.coach.planning.changes.sessions import has_intensity
from bot.coach.planning.model import Plan, SessionSport, monday
from bot.coach.planning.request import PlanRequest

TOOL_NAME = "propose_week_changes"
ACWR_LIMIT = 1.5
LIGHTER_BY = 0.9  # the current week's load at most 90 % of what it was
UNWELL_DAYS = 7
MAX_OPERATIONS = 12

_DATE = {"type": "string", "format": "date", "description": "YYYY-MM-DD"}
_SPORT = {"type": "string", "enum": [s.value for s in SessionSport]}
_SPORTS = {"type": "array", "items": _SPORT, "uniqueItems": True}
_WEEKDAYS = {
    "type": "array",
    "items": {"type": "integer", "minimum": 0, "maximum": 6},
    "description": "0 = Monday … 6 = Sunday",
}
_SESSION = {"type": "string", "description": "a session id from the plan, e.g. 2026-01-06#1"}
_RULE = {
    "type": "object",
    "description": "A rule the athlete stated; every later change honours it.",
    "properties": {
        "first": {**_DATE, "description": "first day it applies (omit: from today)"},
        "last": {**_DATE, "description": "last day it applies (omit: open-ended)"},
        "weekdays": _WEEKDAYS,
        "rest": {"type": "boolean", "description": "no training at all on those days"},
        "sports": {**_SPORTS, "description": "only these sports on those days"},
        "banned": {**_SPORTS, "description": "none of these sports on those days"},
        "max_minutes": {"type": "integer", "minimum": 0, "maximum": 600},
        "no_intensity": {"type": "boolean", "description": "nothing at tempo or above"},
    },
    "additionalProperties": False,
}


def _op(name: str, description: str, fields: Mapping[str, object]) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": {"op": {"const": name}, **fields},
        "required": ["op", *fields],
        "additionalProperties": False,
    }


_OPERATION_SCHEMAS = [
    _op("move", "Move a session to another day.", {"session_id": _SESSION, "to": _DATE}),
    _op("swap_days", "Swap everything planned on two days.", {"first": _DATE, "second": _DATE}),
    _op(
        "shorten",
        "Shorten a session to this many minutes.",
        {"session_id": _SESSION, "minutes": {"type": "integer", "minimum": 15}},
    ),
    _op("easier", "Its easier alternative, or one zone down.", {"session_id": _SESSION}),
    _op("skip", "Take a session out.", {"session_id": _SESSION}),
    _op(
        "replace_sport",
        "The same minutes in the same zones in another sport (e.g. no pool: ride).",
        {"session_id": _SESSION, "sport": _SPORT},
    ),
    _op("rest_day", "Make a day a rest day.", {"day": _DATE}),
    _op(
        "limit_days",
        "Limit or block dates (travel, a closed pool). Give sports, banned, max_minutes "
        "or rest=true.",
        {"first": _DATE, "last": _DATE},
    ),
    _op(
        "illness",
        "Ill: rest, then an easy return ramp by days ill and where the symptoms are.",
        {
            "since": _DATE,
            "days_ill": {"type": "integer", "minimum": 0, "maximum": 60},
            "symptoms": {"type": "string", "enum": ["above_neck", "below_neck"]},
        },
    ),
    _op(
        "injury",
        "No `sport` until `until` (exclusive); cross-training in `instead`.",
        {"sport": _SPORT, "until": _DATE},
    ),
    _op("rebuild", "Rebuild the plan from this day on.", {"day": _DATE}),
]
# Optional fields of limit_days and injury.
_OPERATION_SCHEMAS[7]["properties"].update(
    {"sports": _SPORTS, "banned": _SPORTS, "max_minutes": {"type": "integer"}, "rest": {
        "type": "boolean"}, "weekdays": _WEEKDAYS}
)  # fmt: skip
_OPERATION_SCHEMAS[9]["properties"]["instead"] = _SPORT

TOOL_DEFINITION: dict[str, Any] = {
    "name": TOOL_NAME,
    "description": (
        "Propose changes to the athlete's current and coming weeks. Give structured "
        "operations (on session ids and dates from the plan you were shown) and any rule "
        "the athlete stated (e.g. 'no ride on Sunday': weekdays [6], banned ['bike']). "
        "The engine checks every guardrail and rule and either returns the proposal, which "
        "the athlete sees as a card and applies with one tap, or the reasons it was refused "
        "so you can try again differently. Done and past sessions cannot change. Never "
        "describe a change as made: the athlete decides."
    ),
    "input_schema": {
        "type": "object",
        "properties": {
            "operations": {
                "type": "array",
                "items": {"oneOf": _OPERATION_SCHEMAS},
                "maxItems": MAX_OPERATIONS,
            },
            "constraints": {"type": "array", "items": _RULE, "maxItems": 6},
            "reason": {"type": "string", "description": "why, in one sentence", "maxLength": 300},
        },
        "required": ["operations"],
        "additionalProperties": False,
    },
}


@dataclass(frozen=True, slots=True)
class Health:
    """Today's readiness colour, whether a health flag (ill, injured) is set, the ACWR."""

    readiness: str | None = None  # green | amber | red
    flagged: bool = False
    acwr: float | None = None

    @property
    def unwell(self) -> bool:
        return self.readiness == "red" or self.flagged


@dataclass(frozen=True, slots=True)
class ToolCheck:
    """The validator's answer: ``proposal`` when it may be shown, else ``reasons``."""

    operations: tuple[Operation, ...]
    proposal: Proposal | None
    reasons: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.proposal is not None and not self.reasons

    def for_model(self) -> dict[str, Any]:
        """What the tool returns to the model (no ids or data beyond its own input)."""
        if self.ok and self.proposal is not None:
            return {
                "status": "proposed",
                "days_changed": [d.day.isoformat() for d in self.proposal.days],
                "repairs": [r.code.value for r in self.proposal.repairs],
            }
        return {"status": "refused", "reasons": list(self.reasons)}


def _parse(raw: Any) -> tuple[list[Operation], list[str]]:
    if not isinstance(raw, dict):
        return [], ["the input must be an object with 'operations'"]
    unknown = set(raw) - {"operations", "constraints", "reason"}
    if unknown:
        return [], [f"unknown field(s): {', '.join(sorted(unknown))}"]
    items = raw.get("operations")
    rules = raw.get("constraints") or []
    if not isinstance(items, list) or not isinstance(rules, list):
        return [], ["'operations' and 'constraints' must be lists"]
    if len(items) > MAX_OPERATIONS:
        return [], [f"at most {MAX_OPERATIONS} operations at once"]
    ops: list[Operation] = []
    errors: list[str] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or item.get("op") not in AI_OPERATIONS:
            errors.append(f"operation {i}: 'op' must be one of {sorted(AI_OPERATIONS)}")
            continue
        try:
            ops.append(operation_of(item))
        except (ValueError, TypeError) as error:
            errors.append(f"operation {i} ({item.get('op')}): {error}")
    for i, rule in enumerate(rules):
        try:
            ops.append(AddConstraint(constraint_of({**rule, "reason": "athlete"})))
        except (ValueError, TypeError) as error:
            errors.append(f"constraint {i}: {error}")
    if not ops and not errors:
        errors.append("no operations: nothing to propose")
    return ops, errors


def _hard_days(proposal: Proposal, today: date, done: Collection[str]) -> list[str]:
    end = today + timedelta(days=UNWELL_DAYS - 1)
    return [
        s.id
        for s in proposal.after.sessions()
        if today <= s.date <= end and not is_settled(s, today, done) and has_intensity(s)
    ]


def _week_load(plan: Plan, today: date) -> float:
    start = monday(today)
    return sum(s.load for s in plan.sessions() if start <= s.date <= start + timedelta(days=6))


def validate_tool_input(
    raw: Any,
    *,
    plan: Plan,
    request: PlanRequest,
    today: date,
    done: Collection[str] = (),
    constraints: Sequence[Constraint] = (),
    health: Health = Health(),
) -> ToolCheck:
    """The model's tool input as operations and a checked proposal, or the reasons
    (plain English for the model) it cannot be proposed."""
    ops, errors = _parse(raw)
    if errors:
        return ToolCheck(tuple(ops), None, tuple(errors))
    proposal = propose(plan, request, ops, today=today, done=done, constraints=constraints)
    if proposal.refusal is not None:
        return ToolCheck(tuple(ops), None, (proposal.refusal.describe(),))
    reasons = []
    if health.unwell:
        hard = _hard_days(proposal, today, done)
        if hard:
            reasons.append(
                f"{RefusalCode.UNWELL_NO_INTENSITY.value}: readiness is red or a health flag is "
                f"set, so no hard session in the next {UNWELL_DAYS} days; make these easier or "
                f"skip them: {', '.join(hard)}"
            )
    if health.acwr is not None and health.acwr > ACWR_LIMIT:
        before, after = _week_load(plan, today), _week_load(proposal.after, today)
        if after > before * LIGHTER_BY:
            reasons.append(
                f"{RefusalCode.LIGHTER_WEEK_NEEDED.value}: ACWR is {health.acwr:.2f} (> "
                f"{ACWR_LIMIT}); this week's planned load must fall to at most "
                f"{before * LIGHTER_BY:.0f} (now {after:.0f})"
            )
    if reasons:
        return ToolCheck(tuple(ops), None, tuple(reasons))
    return ToolCheck(tuple(ops), proposal, ())
