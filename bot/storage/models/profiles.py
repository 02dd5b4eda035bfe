"""Athlete profiles, goals and the threshold history."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime


class AthleteProfileRow(Base):
    """One per athlete: what onboarding collects and /settings changes.

    Weekdays are ``date.weekday()`` numbers (Monday = 0); ``brief_time`` is local to the
    athlete's timezone (``athletes.timezone``).
    """

    __tablename__ = "athlete_profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), unique=True, nullable=False
    )
    sports: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    experience: Mapped[str | None] = mapped_column(String(16))
    races_finished: Mapped[int | None] = mapped_column(Integer)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str | None] = mapped_column(String(8))
    weight_kg: Mapped[float | None] = mapped_column(Float)
    weekly_hours: Mapped[float | None] = mapped_column(Float)
    available_weekdays: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    long_day: Mapped[int | None] = mapped_column(Integer)
    pool_access: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    pool_weekdays: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    has_power_meter: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    has_hr_strap: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    has_smart_trainer: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    watch_brand: Mapped[str | None] = mapped_column(String(40))
    injuries: Mapped[str | None] = mapped_column(Text)
    units: Mapped[str] = mapped_column(String(8), nullable=False, default="metric")
    brief_time: Mapped[time] = mapped_column(Time, nullable=False)
    onboarding_completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class GoalRow(Base):
    """The athlete's goal. A changed goal archives the old row rather than losing it;
    the current goal is the one with ``archived_at`` empty."""

    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), index=True, nullable=False
    )
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    discipline: Mapped[str | None] = mapped_column(String(16))
    distance_code: Mapped[str | None] = mapped_column(String(24))
    distance_m: Mapped[float | None] = mapped_column(Float)
    duration_s: Mapped[int | None] = mapped_column(Integer)
    custom_name: Mapped[str | None] = mapped_column(String(120))
    race_date: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[str | None] = mapped_column(String(1))
    target_time_s: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ThresholdRow(Base):
    """One value in a threshold's history (units per kind: ``ThresholdKind.unit``).

    The value in force on a day is the latest ``effective_date`` on or before it; of two
    entries on the same date the later one (higher id) wins.
    """

    __tablename__ = "thresholds"
    __table_args__ = (
        Index("ix_thresholds_athlete_kind_date", "athlete_id", "kind", "effective_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    method: Mapped[str | None] = mapped_column(String(40))
    effective_date: Mapped[date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
