"""Plan changes: the audit log of every applied change, the one pending proposal per
chat, and the constraints athletes stated ("no ride on Sunday").

Operations, weeks and rules are JSON in the change engine's vocabulary; the log keeps
the changed weeks before and after, so ``/undo`` can put them back and a coach can read
what changed, who asked and why."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime


class PlanChangeRow(Base):
    __tablename__ = "plan_changes"
    __table_args__ = (Index("ix_plan_changes_athlete_id_id", "athlete_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False
    )
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plans.id", ondelete="CASCADE"), nullable=False
    )
    proposed_by: Mapped[str] = mapped_column(String(24), nullable=False)
    request_text: Mapped[str] = mapped_column(Text, nullable=False)
    operations: Mapped[list[Any]] = mapped_column(JSON, nullable=False)
    reason: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    before: Mapped[list[Any]] = mapped_column(JSON, nullable=False)
    after: Mapped[list[Any]] = mapped_column(JSON, nullable=False)
    constraints: Mapped[list[Any]] = mapped_column(JSON, nullable=False)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PendingProposalRow(Base):
    """At most one per chat (the primary key): a new proposal replaces the last one."""

    __tablename__ = "pending_plan_changes"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False
    )
    nonce: Mapped[str] = mapped_column(String(16), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    proposed_by: Mapped[str] = mapped_column(String(24), nullable=False)
    request_text: Mapped[str] = mapped_column(Text, nullable=False)
    operations: Mapped[list[Any]] = mapped_column(JSON, nullable=False)
    options: Mapped[list[Any]] = mapped_column(JSON, nullable=False)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plans.id", ondelete="CASCADE"), nullable=False
    )
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class AthleteConstraintRow(Base):
    __tablename__ = "athlete_constraints"
    __table_args__ = (Index("ix_athlete_constraints_athlete_id", "athlete_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False
    )
    # The change that stated it: undoing the change removes the constraint with it.
    change_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_changes.id", ondelete="CASCADE")
    )
    rule: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
