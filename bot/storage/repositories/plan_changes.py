"""The plan-change audit log, pending proposals and stated constraints; never commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.plan_changes import (
    NewPendingProposal,
    NewPlanChange,
    PendingKind,
    PendingProposal,
    PlanChangeRecord,
    StoredConstraint,
)
from bot.storage.models import AthleteConstraintRow, PendingProposalRow, PlanChangeRow


def _change(row: PlanChangeRow) -> PlanChangeRecord:
    return PlanChangeRecord(
        id=row.id,
        change=NewPlanChange(
            athlete_id=row.athlete_id,
            plan_id=row.plan_id,
            proposed_by=row.proposed_by,
            request_text=row.request_text,
            operations=list(row.operations),
            reason=dict(row.reason),
            before=list(row.before),
            after=list(row.after),
            constraints=list(row.constraints),
        ),
        applied_at=row.applied_at,
        undone_at=row.undone_at,
    )


def _pending(row: PendingProposalRow) -> PendingProposal:
    return PendingProposal(
        id=row.chat_id,
        proposal=NewPendingProposal(
            chat_id=row.chat_id,
            athlete_id=row.athlete_id,
            nonce=row.nonce,
            kind=PendingKind(row.kind),
            proposed_by=row.proposed_by,
            request_text=row.request_text,
            operations=list(row.operations),
            options=list(row.options),
            plan_id=row.plan_id,
            fingerprint=row.fingerprint,
            expires_at=row.expires_at,
        ),
        created_at=row.created_at,
    )


class PlanChangeRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- the audit log ----------------------------------------------------------------------

    async def add_change(self, change: NewPlanChange, *, now: datetime) -> PlanChangeRecord:
        row = PlanChangeRow(
            athlete_id=change.athlete_id,
            plan_id=change.plan_id,
            proposed_by=change.proposed_by,
            request_text=change.request_text,
            operations=change.operations,
            reason=change.reason,
            before=change.before,
            after=change.after,
            constraints=change.constraints,
            applied_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return _change(row)

    async def changes(self, athlete_id: int, *, limit: int = 20) -> list[PlanChangeRecord]:
        """The athlete's changes, newest first."""
        rows = await self._session.scalars(
            select(PlanChangeRow)
            .where(PlanChangeRow.athlete_id == athlete_id)
            .order_by(PlanChangeRow.id.desc())
            .limit(limit)
        )
        return [_change(row) for row in rows]

    async def mark_undone(self, change_id: int, *, now: datetime) -> bool:
        """Mark a change undone; False when it already was (a double tap)."""
        result = await self._session.execute(
            update(PlanChangeRow)
            .where(PlanChangeRow.id == change_id, PlanChangeRow.undone_at.is_(None))
            .values(undone_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    # -- the pending proposal of a chat --------------------------------------------------------

    async def put_pending(self, pending: NewPendingProposal, *, now: datetime) -> None:
        """Store the chat's pending proposal, replacing any earlier one."""
        await self._session.execute(
            delete(PendingProposalRow).where(PendingProposalRow.chat_id == pending.chat_id)
        )
        self._session.add(
            PendingProposalRow(
                chat_id=pending.chat_id,
                athlete_id=pending.athlete_id,
                nonce=pending.nonce,
                kind=pending.kind.value,
                proposed_by=pending.proposed_by,
                request_text=pending.request_text,
                operations=pending.operations,
                options=pending.options,
                plan_id=pending.plan_id,
                fingerprint=pending.fingerprint,
                created_at=now,
                expires_at=pending.expires_at,
            )
        )
        await self._session.flush()

    async def pending(self, chat_id: int) -> PendingProposal | None:
        row = await self._session.get(PendingProposalRow, chat_id, populate_existing=True)
        return _pending(row) if row is not None else None

    async def take_pending(self, chat_id: int, nonce: str) -> PendingProposal | None:
        """Remove and return the chat's pending proposal if its nonce matches."""
        found = await self.pending(chat_id)
        if found is None or found.proposal.nonce != nonce:
            return None
        await self._session.execute(
            delete(PendingProposalRow).where(
                PendingProposalRow.chat_id == chat_id, PendingProposalRow.nonce == nonce
            )
        )
        return found

    # -- constraints ---------------------------------------------------------------------------

    async def add_constraints(
        self, athlete_id: int, change_id: int | None, rules: list[dict], *, now: datetime
    ) -> None:
        self._session.add_all(
            AthleteConstraintRow(
                athlete_id=athlete_id, change_id=change_id, rule=rule, created_at=now
            )
            for rule in rules
        )
        await self._session.flush()

    async def constraints(self, athlete_id: int) -> list[StoredConstraint]:
        rows = await self._session.scalars(
            select(AthleteConstraintRow)
            .where(AthleteConstraintRow.athlete_id == athlete_id)
            .order_by(AthleteConstraintRow.id)
        )
        return [
            StoredConstraint(r.id, r.athlete_id, r.change_id, dict(r.rule), r.created_at)
            for r in rows
        ]

    async def remove_constraints_of(self, change_id: int) -> None:
        await self._session.execute(
            delete(AthleteConstraintRow).where(AthleteConstraintRow.change_id == change_id)
        )

    async def remove_constraint(self, athlete_id: int, constraint_id: int) -> bool:
        result = await self._session.execute(
            delete(AthleteConstraintRow).where(
                AthleteConstraintRow.athlete_id == athlete_id,
                AthleteConstraintRow.id == constraint_id,
            )
        )
        return bool(getattr(result, "rowcount", 0))
