"""activities, their original files (chunked blobs) and daily wellness

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "activity_files",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("container", sa.String(length=8), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_activity_files_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_files")),
        sa.UniqueConstraint(
            "athlete_id", "sha256", name=op.f("uq_activity_files_athlete_id_sha256")
        ),
    )
    op.create_table(
        "wellness_days",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("rmssd_ms", sa.Float(), nullable=True),
        sa.Column("resting_hr_bpm", sa.Float(), nullable=True),
        sa.Column("sleep_hours", sa.Float(), nullable=True),
        sa.Column("sleep_quality", sa.Integer(), nullable=True),
        sa.Column("fatigue", sa.Integer(), nullable=True),
        sa.Column("soreness", sa.Integer(), nullable=True),
        sa.Column("stress", sa.Integer(), nullable=True),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("motivation", sa.Integer(), nullable=True),
        sa.Column("illness", sa.Boolean(), nullable=False),
        sa.Column("injury", sa.Boolean(), nullable=False),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_wellness_days_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wellness_days")),
        sa.UniqueConstraint("athlete_id", "day", name=op.f("uq_wellness_days_athlete_id_day")),
    )
    op.create_table(
        "activity_file_chunks",
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["activity_files.id"],
            name=op.f("fk_activity_file_chunks_file_id_activity_files"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("file_id", "seq", name=op.f("pk_activity_file_chunks")),
    )
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=True),
        sa.Column("planned_session_id", sa.Integer(), nullable=True),
        sa.Column("match_kind", sa.String(length=16), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("file_index", sa.Integer(), nullable=False),
        sa.Column("multisport_group", sa.String(length=64), nullable=True),
        sa.Column("leg_index", sa.Integer(), nullable=False),
        sa.Column("leg_count", sa.Integer(), nullable=False),
        sa.Column("sport", sa.String(length=16), nullable=False),
        sa.Column("sub_sport", sa.String(length=16), nullable=False),
        sa.Column("raw_sport", sa.String(length=64), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("start_time", sa.DateTime(timezone=True), nullable=True),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("untimed", sa.Boolean(), nullable=False),
        sa.Column("elapsed_s", sa.Float(), nullable=True),
        sa.Column("moving_s", sa.Float(), nullable=True),
        sa.Column("distance_m", sa.Float(), nullable=True),
        sa.Column("ascent_m", sa.Float(), nullable=True),
        sa.Column("descent_m", sa.Float(), nullable=True),
        sa.Column("avg_hr", sa.Float(), nullable=True),
        sa.Column("max_hr", sa.Float(), nullable=True),
        sa.Column("avg_power", sa.Float(), nullable=True),
        sa.Column("max_power", sa.Float(), nullable=True),
        sa.Column("normalized_power", sa.Float(), nullable=True),
        sa.Column("avg_speed", sa.Float(), nullable=True),
        sa.Column("avg_cadence", sa.Float(), nullable=True),
        sa.Column("calories", sa.Float(), nullable=True),
        sa.Column("load", sa.Float(), nullable=True),
        sa.Column("load_method", sa.String(length=16), nullable=True),
        sa.Column("intensity_factor", sa.Float(), nullable=True),
        sa.Column("load_assumptions", sa.JSON(), nullable=False),
        sa.Column("zones", sa.JSON(), nullable=False),
        sa.Column("laps", sa.JSON(), nullable=False),
        sa.Column("device_summary", sa.JSON(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("rpe", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_activities_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["activity_files.id"],
            name=op.f("fk_activities_file_id_activity_files"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["planned_session_id"],
            ["plan_sessions.id"],
            name=op.f("fk_activities_planned_session_id_plan_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
        sa.UniqueConstraint(
            "athlete_id",
            "sha256",
            "file_index",
            name=op.f("uq_activities_athlete_id_sha256_file_index"),
        ),
    )
    op.create_index(
        "ix_activities_athlete_id_local_date",
        "activities",
        ["athlete_id", "local_date"],
        unique=False,
    )
    op.create_index(
        "ix_activities_athlete_id_start_time",
        "activities",
        ["athlete_id", "start_time"],
        unique=False,
    )
    op.create_index(op.f("ix_activities_file_id"), "activities", ["file_id"], unique=False)
    op.create_index(
        op.f("ix_activities_planned_session_id"),
        "activities",
        ["planned_session_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_activities_planned_session_id"), table_name="activities")
    op.drop_index(op.f("ix_activities_file_id"), table_name="activities")
    op.drop_index("ix_activities_athlete_id_start_time", table_name="activities")
    op.drop_index("ix_activities_athlete_id_local_date", table_name="activities")
    op.drop_table("activities")
    op.drop_table("activity_file_chunks")
    op.drop_table("wellness_days")
    op.drop_table("activity_files")
