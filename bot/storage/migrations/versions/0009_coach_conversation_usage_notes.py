"""the AI coach: conversation turns, summaries, tool calls, usage and cost, athlete notes,
health flags

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _athlete_fk(table: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["athlete_id"],
        ["athletes.id"],
        name=op.f(f"fk_{table}_athlete_id_athletes"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    op.create_table(
        "coach_turns",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("grounding_violations", sa.Integer(), nullable=False),
        sa.Column("rounds", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _athlete_fk("coach_turns"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coach_turns")),
    )
    op.create_index("ix_coach_turns_athlete_id_id", "coach_turns", ["athlete_id", "id"])
    op.create_table(
        "coach_summaries",
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("through_turn_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _athlete_fk("coach_summaries"),
        sa.PrimaryKeyConstraint("athlete_id", name=op.f("pk_coach_summaries")),
    )
    op.create_table(
        "coach_tool_calls",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("turn_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("arguments", sa.JSON(), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("result_chars", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["turn_id"],
            ["coach_turns.id"],
            name=op.f("fk_coach_tool_calls_turn_id_coach_turns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coach_tool_calls")),
    )
    op.create_index(
        op.f("ix_coach_tool_calls_turn_id"), "coach_tool_calls", ["turn_id"], unique=False
    )
    op.create_table(
        "ai_usage",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("cache_write_tokens", sa.Integer(), nullable=False),
        sa.Column("cache_read_tokens", sa.Integer(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _athlete_fk("ai_usage", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ai_usage")),
    )
    op.create_index("ix_ai_usage_athlete_id_created_at", "ai_usage", ["athlete_id", "created_at"])
    op.create_index(op.f("ix_ai_usage_created_at"), "ai_usage", ["created_at"], unique=False)
    op.create_table(
        "athlete_notes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("medical", sa.Boolean(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _athlete_fk("athlete_notes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_athlete_notes")),
    )
    op.create_index(
        op.f("ix_athlete_notes_athlete_id"), "athlete_notes", ["athlete_id"], unique=False
    )
    op.create_table(
        "health_flags",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _athlete_fk("health_flags"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_flags")),
    )
    op.create_index(
        op.f("ix_health_flags_athlete_id"), "health_flags", ["athlete_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_health_flags_athlete_id"), table_name="health_flags")
    op.drop_table("health_flags")
    op.drop_index(op.f("ix_athlete_notes_athlete_id"), table_name="athlete_notes")
    op.drop_table("athlete_notes")
    op.drop_index(op.f("ix_ai_usage_created_at"), table_name="ai_usage")
    op.drop_index("ix_ai_usage_athlete_id_created_at", table_name="ai_usage")
    op.drop_table("ai_usage")
    op.drop_index(op.f("ix_coach_tool_calls_turn_id"), table_name="coach_tool_calls")
    op.drop_table("coach_tool_calls")
    op.drop_table("coach_summaries")
    op.drop_index("ix_coach_turns_athlete_id_id", table_name="coach_turns")
    op.drop_table("coach_turns")
