"""Operations and constraints to and from JSON (pending proposals, the audit log, the
AI tool). Each operation is ``{"op": <name>, ...fields}``; unknown names or fields are
refused with ``ValueError`` naming what was wrong."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from bot.coach.planning.changes.model import (
    AddConstraint,
    AddRestDay,
    Constraint,
    Illness,
    Injury,
    LimitDays,
    MakeEasier,
    MoveSession,
    Operation,
    PlaceSession,
    RebuildFrom,
    ReplaceSport,
    ShortenSession,
    SkipSession,
    SwapDays,
    Symptoms,
)
from bot.coach.planning.model import SessionSport

Json = dict[str, Any]

OPERATIONS: dict[str, type] = {
    "move": MoveSession,
    "swap_days": SwapDays,
    "shorten": ShortenSession,
    "easier": MakeEasier,
    "skip": SkipSession,
    "replace_sport": ReplaceSport,
    "rest_day": AddRestDay,
    "limit_days": LimitDays,
    "illness": Illness,
    "injury": Injury,
    "rebuild": RebuildFrom,
    "place": PlaceSession,
}
_NAMES = {cls: name for name, cls in OPERATIONS.items()}
# Operations only a human coach makes (a session set by hand); the AI coach's tool offers
# and accepts the others.
COACH_ONLY = frozenset({"place"})
AI_OPERATIONS = {name: cls for name, cls in OPERATIONS.items() if name not in COACH_ONLY}


def _sports(raw: Any) -> frozenset[SessionSport]:
    if not isinstance(raw, list):
        raise ValueError("a list of sports is expected")
    return frozenset(SessionSport(str(s)) for s in raw)


def _weekdays(raw: Any) -> frozenset[int]:
    if not isinstance(raw, list) or not all(isinstance(d, int) and 0 <= d <= 6 for d in raw):
        raise ValueError("weekdays are numbers 0 (Monday) to 6 (Sunday)")
    return frozenset(raw)


def _int(raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or raw != int(raw):
        raise ValueError(f"{raw!r} is not a whole number")
    return int(raw)


def _bool(raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise ValueError(f"{raw!r} is not true or false")
    return raw


# Field name -> how to read it (every operation and constraint uses these names only).
_READ: dict[str, Callable[[Any], Any]] = {
    "session_id": str,
    "to": date.fromisoformat,
    "first": date.fromisoformat,
    "second": date.fromisoformat,
    "last": date.fromisoformat,
    "day": date.fromisoformat,
    "since": date.fromisoformat,
    "until": date.fromisoformat,
    "minutes": _int,
    "days_ill": _int,
    "effort": _int,
    "max_minutes": _int,
    "sport": SessionSport,
    "instead": SessionSport,
    "symptoms": Symptoms,
    "sports": _sports,
    "banned": _sports,
    "weekdays": _weekdays,
    "rest": _bool,
    "no_intensity": _bool,
    "reason": str,
}


def _write(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_write(v) for v in value)
    return value


def _fields(obj: Any) -> Json:
    return {f.name: _write(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def _read(cls: type, raw: Json, skip: frozenset[str] = frozenset()) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = set(raw) - names - skip
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
    values = {}
    for name in names & set(raw):
        value = raw[name]
        values[name] = None if value is None else _READ[name](value)
    try:
        return cls(**values)
    except TypeError as error:
        raise ValueError(f"missing field(s) for {cls.__name__}") from error


def operation_json(op: Operation) -> Json:
    if isinstance(op, AddConstraint):
        return {"op": "constraint", "rule": constraint_json(op.rule)}
    return {"op": _NAMES[type(op)], **_fields(op)}


def operation_of(raw: Json) -> Operation:
    name = raw.get("op")
    if name == "constraint":
        rule = raw.get("rule")
        if not isinstance(rule, dict) or set(raw) - {"op", "rule"}:
            raise ValueError("a constraint operation holds one 'rule' object")
        return AddConstraint(constraint_of(rule))
    if name not in OPERATIONS:
        raise ValueError(f"unknown operation {name!r}")
    op: Operation = _read(OPERATIONS[str(name)], raw, frozenset({"op"}))
    return op


def constraint_json(constraint: Constraint) -> Json:
    return _fields(constraint)


def constraint_of(raw: Json) -> Constraint:
    found: Constraint = _read(Constraint, raw)
    return found
