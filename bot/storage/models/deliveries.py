"""The delivery outbox and the athlete's brief preferences."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime


class DeliveryRow(Base):
    """One scheduled push. The unique key makes a second insert of the same push (a
    restart, a double tick, a second worker) a no-op instead of a second message."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("recipient", "kind", "local_date"),
        # The sender's claim: open rows whose time has come, oldest first.
        Index("ix_deliveries_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    recipient: Mapped[str] = mapped_column(String(40), nullable=False)
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    athlete_id: Mapped[int | None] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), index=True
    )
    local_date: Mapped[date] = mapped_column(Date, nullable=False)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    # The sender that claimed the row last: only it records the outcome (migration 0008).
    claim_token: Mapped[str | None] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class BriefPreferenceRow(Base):
    """Push preferences; an athlete without a row has the defaults (briefs on, no quiet
    days). Weekdays are ``date.weekday()`` numbers (Monday = 0)."""

    __tablename__ = "brief_preferences"

    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), primary_key=True
    )
    briefs_enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # "How did it go?" in the evening when the day's session is not logged (default on).
    evening_reminder: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )
    quiet_weekdays: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    pause_reason: Mapped[str | None] = mapped_column(String(16))
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
