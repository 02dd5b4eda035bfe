"""training plans, their weeks and sessions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("goal", sa.JSON(), nullable=False),
        sa.Column("discipline", sa.String(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("recalculated", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("start_ctl", sa.Float(), nullable=False),
        sa.Column("baseline_hours", sa.Float(), nullable=False),
        sa.Column("recovery_every", sa.Integer(), nullable=False),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_plans_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goals.id"],
            name=op.f("fk_plans_goal_id_goals"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
    )
    op.create_index("ix_plans_athlete_id_status", "plans", ["athlete_id", "status"], unique=False)
    op.create_table(
        "plan_weeks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("week_index", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("phase", sa.String(length=16), nullable=False),
        sa.Column("is_recovery", sa.Boolean(), nullable=False),
        sa.Column("planned_hours", sa.Float(), nullable=False),
        sa.Column("planned_load", sa.Float(), nullable=False),
        sa.Column("session_count", sa.Integer(), nullable=False),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_plan_weeks_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_weeks")),
        sa.UniqueConstraint(
            "plan_id", "week_index", name=op.f("uq_plan_weeks_plan_id_week_index")
        ),
    )
    op.create_table(
        "plan_sessions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("session_key", sa.String(length=40), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("order_in_day", sa.Integer(), nullable=False),
        sa.Column("sport", sa.String(length=16), nullable=False),
        sa.Column("session_type", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=40), nullable=False),
        sa.Column("objective", sa.String(length=40), nullable=False),
        sa.Column("workout", sa.JSON(), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        sa.Column("distance_m", sa.Integer(), nullable=True),
        sa.Column("planned_load", sa.Float(), nullable=False),
        sa.Column("alternative", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("matched_activity_id", sa.Integer(), nullable=True),
        sa.Column("rpe", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_plan_sessions_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["plan_weeks.id"],
            name=op.f("fk_plan_sessions_week_id_plan_weeks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_sessions")),
        sa.UniqueConstraint(
            "plan_id", "session_key", name=op.f("uq_plan_sessions_plan_id_session_key")
        ),
    )
    op.create_index(
        "ix_plan_sessions_plan_id_session_date",
        "plan_sessions",
        ["plan_id", "session_date"],
        unique=False,
    )
    op.create_index(op.f("ix_plan_sessions_week_id"), "plan_sessions", ["week_id"], unique=False)
    op.create_index(
        op.f("ix_plan_sessions_matched_activity_id"),
        "plan_sessions",
        ["matched_activity_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_plan_sessions_matched_activity_id"), table_name="plan_sessions")
    op.drop_index(op.f("ix_plan_sessions_week_id"), table_name="plan_sessions")
    op.drop_index("ix_plan_sessions_plan_id_session_date", table_name="plan_sessions")
    op.drop_table("plan_sessions")
    op.drop_table("plan_weeks")
    op.drop_index("ix_plans_athlete_id_status", table_name="plans")
    op.drop_table("plans")
