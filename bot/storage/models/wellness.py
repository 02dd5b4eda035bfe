"""Daily wellness: one row per athlete and local day (the morning check-in).

Subjective answers are stored on the science core's 1–5 scales (1 = best, 5 = worst),
so readiness reads them without translation.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime

# The answers readiness reads (bot.domain.wellness.WellnessFields), kept in its index.
READINESS_ANSWERS = (
    "rmssd_ms",
    "resting_hr_bpm",
    "sleep_hours",
    "sleep_quality",
    "fatigue",
    "soreness",
    "stress",
    "mood",
    "motivation",
    "illness",
    "injury",
    "weight_kg",
)


class WellnessDayRow(Base):
    __tablename__ = "wellness_days"
    __table_args__ = (
        UniqueConstraint("athlete_id", "day"),
        # Readiness reads two months of answers for every brief: from this index alone,
        # a few neighbouring pages, instead of one table page per day (days are written
        # day by day for everyone, so an athlete's rows lie far apart in the table).
        Index("ix_wellness_days_readiness", "athlete_id", "day", *READINESS_ANSWERS),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False
    )
    day: Mapped[date] = mapped_column(Date, nullable=False)
    rmssd_ms: Mapped[float | None] = mapped_column(Float)
    resting_hr_bpm: Mapped[float | None] = mapped_column(Float)
    sleep_hours: Mapped[float | None] = mapped_column(Float)
    sleep_quality: Mapped[int | None] = mapped_column(Integer)
    fatigue: Mapped[int | None] = mapped_column(Integer)
    soreness: Mapped[int | None] = mapped_column(Integer)
    stress: Mapped[int | None] = mapped_column(Integer)
    mood: Mapped[int | None] = mapped_column(Integer)
    motivation: Mapped[int | None] = mapped_column(Integer)
    illness: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    injury: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    # Where each synced value came from ({"rmssd_ms": "intervals", ...}); a field absent
    # here came from ``source`` (the athlete's check-in).
    field_sources: Mapped[dict[str, str]] = mapped_column(JSON, nullable=False, default=dict)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
