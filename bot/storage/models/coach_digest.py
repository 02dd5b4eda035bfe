"""A coach's digest preferences: the morning digest on or off and its local time. A coach
without a row has the defaults (on, 07:00 in their own zone)."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import Boolean, ForeignKey, Time
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime


class CoachDigestPreferenceRow(Base):
    __tablename__ = "coach_digest_preferences"

    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), primary_key=True
    )
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    digest_time: Mapped[time] = mapped_column(Time, nullable=False)
    weekly_enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
