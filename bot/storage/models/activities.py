"""Activities, the original files they came from, and their links to planned sessions.

An original upload is kept in ``activity_files`` (its metadata) and
``activity_file_chunks`` (its bytes in chunks of at most 256 KiB): a blob table works the
same on SQLite and PostgreSQL, is backed up with the database, keeps setup to two
commands, and chunks let an export stream a file without holding it whole.

Each activity (a leg of a multisport file is one) references its file; the dedup key of
a file's activities is ``(athlete_id, sha256, file_index)``, the hash of the activity
file's own bytes, so the same FIT sent bare, gzipped or zipped is stored once.
``planned_session_id`` is the session of the plan it fulfils (SET NULL if a plan's
regeneration drops that session).
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
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime


class ActivityFileRow(Base):
    __tablename__ = "activity_files"
    __table_args__ = (UniqueConstraint("athlete_id", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False
    )
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    container: Mapped[str] = mapped_column(String(8), nullable=False)
    size_bytes: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class ActivityFileChunkRow(Base):
    __tablename__ = "activity_file_chunks"

    file_id: Mapped[int] = mapped_column(
        ForeignKey("activity_files.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class ActivityRow(Base):
    __tablename__ = "activities"
    __table_args__ = (
        UniqueConstraint("athlete_id", "sha256", "file_index"),
        # With the load, so a day's loads (fitness, every brief) come from the index alone:
        # an athlete's rows lie spread over the table, one page each.
        Index("ix_activities_athlete_id_local_date_load", "athlete_id", "local_date", "load"),
        Index("ix_activities_athlete_id_start_time", "athlete_id", "start_time"),
        # One row per synced activity: a second sync finds it by the service's id.
        UniqueConstraint("athlete_id", "source", "external_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False
    )
    file_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity_files.id", ondelete="SET NULL"), index=True
    )
    planned_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_sessions.id", ondelete="SET NULL"), index=True
    )
    match_kind: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    sha256: Mapped[str | None] = mapped_column(String(64))
    file_index: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    multisport_group: Mapped[str | None] = mapped_column(String(64))
    leg_index: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    leg_count: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    sport: Mapped[str] = mapped_column(String(16), nullable=False)
    sub_sport: Mapped[str] = mapped_column(String(16), nullable=False)
    raw_sport: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str | None] = mapped_column(String(255))
    start_time: Mapped[datetime | None] = mapped_column(UTCDateTime)
    local_date: Mapped[date] = mapped_column(Date, nullable=False)
    timezone: Mapped[str] = mapped_column(String(64), nullable=False)
    untimed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    elapsed_s: Mapped[float | None] = mapped_column(Float)
    moving_s: Mapped[float | None] = mapped_column(Float)
    distance_m: Mapped[float | None] = mapped_column(Float)
    ascent_m: Mapped[float | None] = mapped_column(Float)
    descent_m: Mapped[float | None] = mapped_column(Float)
    avg_hr: Mapped[float | None] = mapped_column(Float)
    max_hr: Mapped[float | None] = mapped_column(Float)
    avg_power: Mapped[float | None] = mapped_column(Float)
    max_power: Mapped[float | None] = mapped_column(Float)
    normalized_power: Mapped[float | None] = mapped_column(Float)
    avg_speed: Mapped[float | None] = mapped_column(Float)
    avg_cadence: Mapped[float | None] = mapped_column(Float)
    calories: Mapped[float | None] = mapped_column(Float)
    load: Mapped[float | None] = mapped_column(Float)
    load_method: Mapped[str | None] = mapped_column(String(16))
    intensity_factor: Mapped[float | None] = mapped_column(Float)
    load_assumptions: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    zones: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    laps: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    device_summary: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    warnings: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    rpe: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    external_id: Mapped[str | None] = mapped_column(String(64))
    device: Mapped[str | None] = mapped_column(String(128))
