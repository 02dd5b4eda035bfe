"""The AI coach's propose_week_changes tool: the schema names exactly the engine's
operations, bad input comes back as reasons the model can act on, and the health rules
hold whatever the model asks."""

from __future__ import annotations

import json
from datetime import timedelta

from bot.coach.planning import generate_plan
from bot.coach.planning.changes.ai_tool import (
    TOOL_DEFINITION,
    TOOL_NAME,
    Health,
    validate_tool_input,
)
from bot.coach.planning.changes.codec import AI_OPERATIONS, OPERATIONS
from bot.coach.planning.changes.model import AddConstraint, SkipSession
from bot.coach.planning.model import monday
from tests.unit.planning.factories import MONDAY, make_request

TUESDAY = MONDAY + timedelta(days=1)
REQUEST = make_request()
PLAN = generate_plan(REQUEST)


WELL = Health()


def check(raw: object, health: Health = WELL):  # type: ignore[no-untyped-def]
    return validate_tool_input(raw, plan=PLAN, request=REQUEST, today=TUESDAY, health=health)


def test_the_schema_names_every_operation_and_is_json() -> None:
    assert TOOL_DEFINITION["name"] == TOOL_NAME == "propose_week_changes"
    items = TOOL_DEFINITION["input_schema"]["properties"]["operations"]["items"]["oneOf"]
    assert {item["properties"]["op"]["const"] for item in items} == set(AI_OPERATIONS)
    assert set(OPERATIONS) - set(AI_OPERATIONS) == {"place"}  # a human coach's alone
    json.dumps(TOOL_DEFINITION)  # what the API receives


def test_the_ai_cannot_place_a_session_as_a_coach_does() -> None:
    found = check(
        {"operations": [{"op": "place", "day": "2026-01-10", "sport": "bike", "minutes": 120}]}
    )
    assert not found.ok and "'op' must be one of" in found.reasons[0]


def test_a_valid_input_becomes_operations_and_a_proposal() -> None:
    session = next(s for s in PLAN.sessions() if s.date >= TUESDAY)
    raw = {
        "operations": [{"op": "skip", "session_id": session.id}],
        "constraints": [{"weekdays": [6], "banned": ["bike"]}],
        "reason": "a long day at work",
    }
    result = check(raw)
    assert result.ok and result.proposal is not None
    assert result.operations[0] == SkipSession(session.id)
    assert isinstance(result.operations[1], AddConstraint)
    assert result.for_model()["status"] == "proposed"


def test_bad_input_is_explained() -> None:
    assert check([]).reasons == ("the input must be an object with 'operations'",)
    assert "unknown field" in check({"operations": [], "note": 1}).reasons[0]
    assert check({"operations": []}).reasons == ("no operations: nothing to propose",)
    wrong = check({"operations": [{"op": "shorten", "session_id": "x", "minutes": "ten"}]})
    assert "operation 0 (shorten)" in wrong.reasons[0]
    missing = check({"operations": [{"op": "skip", "session_id": "2030-01-01#1"}]})
    assert missing.reasons == ("session_not_found (session=2030-01-01#1)",)
    assert missing.for_model() == {"status": "refused", "reasons": list(missing.reasons)}


def test_red_readiness_forbids_hard_sessions_this_week() -> None:
    easy = next(s for s in PLAN.sessions() if s.date >= TUESDAY and not s.is_hard)
    raw = {"operations": [{"op": "skip", "session_id": easy.id}]}
    assert check(raw).ok
    unwell = check(raw, Health(readiness="red"))
    assert not unwell.ok and unwell.reasons[0].startswith("unwell_no_intensity")
    flagged = check(raw, Health(flagged=True))
    assert not flagged.ok
    # Taking out every session with intensity in the coming seven days is accepted.
    soon = [
        s
        for s in PLAN.sessions()
        if TUESDAY <= s.date < TUESDAY + timedelta(days=7) and s.workout.hard_s
    ]
    eased = check(
        {"operations": [{"op": "skip", "session_id": s.id} for s in soon]},
        Health(readiness="red"),
    )
    assert eased.ok, eased.reasons


def test_a_high_acwr_forces_a_lighter_week() -> None:
    later = [s for s in PLAN.sessions() if s.date >= monday(TUESDAY) + timedelta(days=7)]
    raw = {"operations": [{"op": "skip", "session_id": later[0].id}]}
    assert check(raw, Health(acwr=1.4)).ok
    heavy = check(raw, Health(acwr=1.62))
    assert not heavy.ok and heavy.reasons[0].startswith("lighter_week_needed: ACWR is 1.62")
    this_week = sorted(
        (s for s in PLAN.sessions() if TUESDAY <= s.date < monday(TUESDAY) + timedelta(days=7)),
        key=lambda s: -s.load,
    )
    lighter = {"operations": [{"op": "skip", "session_id": s.id} for s in this_week[:2]]}
    assert check(lighter, Health(acwr=1.62)).ok


def test_a_hostile_model_gets_reasons_not_a_proposal() -> None:
    session = next(s for s in PLAN.sessions() if s.date >= TUESDAY)
    moved = check({"operations": [{"op": "move", "session_id": session.id, "to": "2026-02-30"}]})
    assert moved.reasons == ("operation 0 (move): day is out of range for month",)
    past = check({"operations": [{"op": "rest_day", "day": "1999-01-01"}]})
    assert past.proposal is None and past.reasons
    absurd = check({"operations": [{"op": "shorten", "session_id": session.id, "minutes": 5000}]})
    assert absurd.reasons[0].startswith("not_shorter (minutes=5000")
    other = check({"operations": [{"op": "skip", "session_id": "2099-01-01#1"}]})
    assert other.proposal is None and other.reasons
    many = check({"operations": [{"op": "skip", "session_id": session.id}] * 50})
    assert many.reasons == ("at most 12 operations at once",)
