"""Weekly reviews: one row per athlete and training week (Monday), written when the week
is reviewed. The unique key makes a second review of the same week (a restart, a second
worker, /review after the Sunday push) read the first one instead of adapting twice."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime


class WeeklyReviewRow(Base):
    __tablename__ = "weekly_reviews"
    __table_args__ = (UniqueConstraint("athlete_id", "week_start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False
    )
    week_start: Mapped[date] = mapped_column(Date, nullable=False)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))
    # What was decided for next week (an ``Adaptation`` kind) and whether it was applied.
    action: Mapped[str] = mapped_column(String(24), nullable=False)
    applied: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # The figures the review shows, and one line per change, as catalogue codes.
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    changes: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
