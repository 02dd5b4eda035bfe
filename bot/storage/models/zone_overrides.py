"""Custom zone bounds per athlete, metric and zone, with who set them and when.

A history: setting a zone again or resetting closes the row in force (``cleared_at``)
and, when setting, adds a new one; rows are never updated otherwise. Bounds are in
canonical units (``bot.domain.zone_overrides``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime


class ZoneOverrideRow(Base):
    __tablename__ = "zone_overrides"
    __table_args__ = (
        Index("ix_zone_overrides_athlete_metric", "athlete_id", "metric", "cleared_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False
    )
    metric: Mapped[str] = mapped_column(String(16), nullable=False)
    zone_number: Mapped[int] = mapped_column(Integer, nullable=False)
    lower: Mapped[float | None] = mapped_column(Float)
    upper: Mapped[float | None] = mapped_column(Float)
    set_by: Mapped[str] = mapped_column(String(8), nullable=False)
    setter_id: Mapped[int | None] = mapped_column(ForeignKey("athletes.id", ondelete="SET NULL"))
    setter_name: Mapped[str] = mapped_column(String(128), nullable=False)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
