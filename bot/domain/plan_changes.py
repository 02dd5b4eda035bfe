"""Plan changes as plain records: the audit log, the pending proposal of a chat and the
athlete's stated constraints. Operations, constraints and weeks are JSON in the change
engine's vocabulary (``bot.coach.planning.changes.codec``); storage does not read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

Json = dict[str, Any]


class PendingKind(StrEnum):
    PROPOSAL = "proposal"  # a card with Apply / Discard
    QUESTION = "question"  # the reader was unsure: ``options`` are the readings offered


@dataclass(frozen=True, slots=True)
class NewPlanChange:
    """An applied change, as the audit log keeps it."""

    athlete_id: int
    plan_id: int
    proposed_by: str  # athlete | coach | ai_coach | weekly_adaptation
    request_text: str  # the request in its author's words
    operations: list[Json]
    reason: Json  # {"code": ..., "params": {...}}: why (the repairs, the adaptation)
    before: list[Json]  # the changed weeks as they were
    after: list[Json]  # and as they became
    constraints: list[Json]  # the constraints the change stated


@dataclass(frozen=True, slots=True)
class PlanChangeRecord:
    id: int
    change: NewPlanChange
    applied_at: datetime
    undone_at: datetime | None


@dataclass(frozen=True, slots=True)
class NewPendingProposal:
    chat_id: int
    athlete_id: int
    nonce: str
    kind: PendingKind
    proposed_by: str
    request_text: str
    operations: list[Json]
    options: list[Json]  # a question's readings, each {"operations": [...], "label": ...}
    plan_id: int
    fingerprint: str  # the plan as it was when proposed: a different one means stale
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class PendingProposal:
    id: int
    proposal: NewPendingProposal
    created_at: datetime


@dataclass(frozen=True, slots=True)
class StoredConstraint:
    id: int
    athlete_id: int
    change_id: int | None
    rule: Json
    created_at: datetime
