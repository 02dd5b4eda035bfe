"""athlete profiles, goals and the threshold history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "athlete_profiles",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("sports", sa.JSON(), nullable=False),
        sa.Column("experience", sa.String(length=16), nullable=True),
        sa.Column("races_finished", sa.Integer(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(length=8), nullable=True),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("weekly_hours", sa.Float(), nullable=True),
        sa.Column("available_weekdays", sa.JSON(), nullable=False),
        sa.Column("long_day", sa.Integer(), nullable=True),
        sa.Column("pool_access", sa.Boolean(), nullable=False),
        sa.Column("pool_weekdays", sa.JSON(), nullable=False),
        sa.Column("has_power_meter", sa.Boolean(), nullable=False),
        sa.Column("has_hr_strap", sa.Boolean(), nullable=False),
        sa.Column("has_smart_trainer", sa.Boolean(), nullable=False),
        sa.Column("watch_brand", sa.String(length=40), nullable=True),
        sa.Column("injuries", sa.Text(), nullable=True),
        sa.Column("units", sa.String(length=8), nullable=False),
        sa.Column("brief_time", sa.Time(), nullable=False),
        sa.Column("onboarding_completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_athlete_profiles_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_athlete_profiles")),
        sa.UniqueConstraint("athlete_id", name=op.f("uq_athlete_profiles_athlete_id")),
    )
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("discipline", sa.String(length=16), nullable=True),
        sa.Column("distance_code", sa.String(length=24), nullable=True),
        sa.Column("distance_m", sa.Float(), nullable=True),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("custom_name", sa.String(length=120), nullable=True),
        sa.Column("race_date", sa.Date(), nullable=True),
        sa.Column("priority", sa.String(length=1), nullable=True),
        sa.Column("target_time_s", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_goals_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    op.create_index(op.f("ix_goals_athlete_id"), "goals", ["athlete_id"], unique=False)
    op.create_table(
        "thresholds",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("method", sa.String(length=40), nullable=True),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_thresholds_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thresholds")),
    )
    op.create_index(
        "ix_thresholds_athlete_kind_date",
        "thresholds",
        ["athlete_id", "kind", "effective_date"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_thresholds_athlete_kind_date", table_name="thresholds")
    op.drop_table("thresholds")
    op.drop_index(op.f("ix_goals_athlete_id"), table_name="goals")
    op.drop_table("goals")
    op.drop_table("athlete_profiles")
