"""The plan-change audit log: an applied proposal as a row (the changed weeks before and
after, who asked, in which words, why) and the constraints it stated. Shared by
``PlanChangeService`` and the weekly adaptation (``PlanService.adapt_week``), so every
change reaches the log by one path."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.planning import Phase, Week
from bot.coach.planning.changes import (
    Author,
    Constraint,
    Proposal,
    RestoreWeeks,
    constraint_json,
    constraint_of,
    operation_json,
)
from bot.coach.services.plan_records import notice_of, session_of, session_record
from bot.domain.plan_changes import Json, NewPlanChange, PlanChangeRecord
from bot.domain.plans import NoticeRecord, PlannedSessionRecord
from bot.storage.repositories import PlanChangeRepository

# -- weeks as JSON (the audit log) -----------------------------------------------------------


def _session_json(record: PlannedSessionRecord) -> Json:
    return {
        "key": record.key,
        "day": record.day.isoformat(),
        "order": record.order,
        "sport": record.sport,
        "type": record.type,
        "title": record.title,
        "objective": record.objective,
        "workout": record.workout,
        "duration_s": record.duration_s,
        "distance_m": record.distance_m,
        "load": record.load,
        "alternative": record.alternative,
    }


def week_json(week: Week) -> Json:
    return {
        "index": week.index,
        "start": week.start.isoformat(),
        "phase": week.phase.value,
        "is_recovery": week.is_recovery,
        "notes": [{"code": n.code, "params": dict(n.params)} for n in week.notes],
        "sessions": [_session_json(session_record(s)) for s in week.sessions],
    }


def week_from_json(raw: Json) -> Week:
    sessions = tuple(
        session_of(
            PlannedSessionRecord(
                key=s["key"],
                day=date.fromisoformat(s["day"]),
                order=int(s["order"]),
                sport=s["sport"],
                type=s["type"],
                title=s["title"],
                objective=s["objective"],
                workout=s["workout"],
                duration_s=int(s["duration_s"]),
                distance_m=s.get("distance_m"),
                load=float(s["load"]),
                alternative=s.get("alternative"),
            )
        )
        for s in raw["sessions"]
    )
    return Week(
        index=int(raw["index"]),
        start=date.fromisoformat(raw["start"]),
        phase=Phase(raw["phase"]),
        is_recovery=bool(raw["is_recovery"]),
        sessions=sessions,
        notes=tuple(notice_of(NoticeRecord(n["code"], n.get("params", {}))) for n in raw["notes"]),
    )


def _reason(proposal: Proposal, extra: dict[str, Any] | None = None) -> Json:
    return {
        "repairs": [
            {"code": r.code.value, "day": r.day.isoformat() if r.day else None}
            for r in proposal.repairs
        ],
        **(extra or {}),
    }


async def record_change(
    session: AsyncSession,
    clock: Clock,
    athlete_id: int,
    plan_id: int,
    proposal: Proposal,
    *,
    author: Author,
    request_text: str,
    reason: dict[str, Any] | None = None,
) -> PlanChangeRecord:
    """The audit row of an applied proposal, and the constraints it states."""
    repo = PlanChangeRepository(session)
    change = await repo.add_change(
        NewPlanChange(
            athlete_id=athlete_id,
            plan_id=plan_id,
            proposed_by=author.value,
            request_text=request_text[:2000],
            operations=[
                operation_json(op)
                for op in proposal.operations
                if not isinstance(op, RestoreWeeks)
            ],
            reason=_reason(proposal, reason),
            before=[week_json(w.before) for w in proposal.weeks if w.before is not None],
            after=[week_json(w.after) for w in proposal.weeks if w.after is not None],
            constraints=[constraint_json(c) for c in proposal.new_constraints],
        ),
        now=clock.now(),
    )
    if proposal.new_constraints:
        await repo.add_constraints(
            athlete_id,
            change.id,
            [constraint_json(c) for c in proposal.new_constraints],
            now=clock.now(),
        )
    return change


async def stored_constraints(
    session: AsyncSession, athlete_id: int, today: date
) -> list[Constraint]:
    """The athlete's constraints still in force on ``today``."""
    found = [
        constraint_of(c.rule) for c in await PlanChangeRepository(session).constraints(athlete_id)
    ]
    return [c for c in found if not c.ended(today)]
