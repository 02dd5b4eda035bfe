"""Training plans: the plan, its weeks and its sessions.

A plan is built by ``bot.coach.planning`` and stored as it was made; regeneration keeps
the rows of the past (and of sessions already done) and rewrites the future in place, so
a session's row id survives as long as the session does. An athlete has at most one
``active`` plan; earlier ones stay as ``superseded`` (or ``finished``) history.

Titles, objectives, notes and warnings are catalogue codes with JSON parameters, never
prose. Structured workouts are JSON in the planner's own vocabulary (steps, repeats,
targets as fractions of a threshold), rendered for the athlete's thresholds when shown.
"""

from __future__ import annotations

from datetime import date, datetime
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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime


class PlanRow(Base):
    """One plan. ``goal`` is a snapshot of the goal it was built for (the goals row may
    be archived later); ``inputs`` is the planner request it was built from (without the
    date), so a change of profile is noticed and the plan can be regenerated;
    ``start_ctl``, ``baseline_hours`` and ``recovery_every`` are what regeneration needs
    to continue the same ramp."""

    __tablename__ = "plans"
    __table_args__ = (Index("ix_plans_athlete_id_status", "athlete_id", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False
    )
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goals.id", ondelete="SET NULL"))
    goal: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    discipline: Mapped[str] = mapped_column(String(16), nullable=False)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    recalculated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    warnings: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    start_ctl: Mapped[float] = mapped_column(Float, nullable=False)
    baseline_hours: Mapped[float] = mapped_column(Float, nullable=False)
    recovery_every: Mapped[int] = mapped_column(Integer, nullable=False)
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class PlanWeekRow(Base):
    """A week of a plan (Monday to Sunday). Planned totals are stored as the planner
    computed them so lists of weeks need no session rows; ``notes`` say why the week
    looks the way it does."""

    __tablename__ = "plan_weeks"
    __table_args__ = (UniqueConstraint("plan_id", "week_index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plans.id", ondelete="CASCADE"), nullable=False
    )
    week_index: Mapped[int] = mapped_column(Integer, nullable=False)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    phase: Mapped[str] = mapped_column(String(16), nullable=False)
    is_recovery: Mapped[bool] = mapped_column(Boolean, nullable=False)
    planned_hours: Mapped[float] = mapped_column(Float, nullable=False)
    planned_load: Mapped[float] = mapped_column(Float, nullable=False)
    session_count: Mapped[int] = mapped_column(Integer, nullable=False)
    notes: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)


class PlanSessionRow(Base):
    """A planned session. ``session_key`` is the planner's stable id (date and order in
    the day), unique within the plan. ``matched_activity_id`` will reference the
    activities table once it exists (a later migration adds the foreign key)."""

    __tablename__ = "plan_sessions"
    __table_args__ = (
        UniqueConstraint("plan_id", "session_key"),
        Index("ix_plan_sessions_plan_id_session_date", "plan_id", "session_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plans.id", ondelete="CASCADE"), nullable=False
    )
    week_id: Mapped[int] = mapped_column(
        ForeignKey("plan_weeks.id", ondelete="CASCADE"), nullable=False, index=True
    )
    session_key: Mapped[str] = mapped_column(String(40), nullable=False)
    session_date: Mapped[date] = mapped_column(Date, nullable=False)
    order_in_day: Mapped[int] = mapped_column(Integer, nullable=False)
    sport: Mapped[str] = mapped_column(String(16), nullable=False)
    session_type: Mapped[str] = mapped_column(String(16), nullable=False)
    title: Mapped[str] = mapped_column(String(40), nullable=False)
    objective: Mapped[str] = mapped_column(String(40), nullable=False)
    workout: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    duration_s: Mapped[int] = mapped_column(Integer, nullable=False)
    distance_m: Mapped[int | None] = mapped_column(Integer)
    planned_load: Mapped[float] = mapped_column(Float, nullable=False)
    alternative: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    matched_activity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    rpe: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
