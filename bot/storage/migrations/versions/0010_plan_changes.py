"""plan changes: the audit log, pending proposals, athletes' constraints

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _athlete_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["athlete_id"],
        ["athletes.id"],
        name=op.f(f"fk_{table}_athlete_id_athletes"),
        ondelete="CASCADE",
    )


def _plan_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["plan_id"], ["plans.id"], name=op.f(f"fk_{table}_plan_id_plans"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "plan_changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("proposed_by", sa.String(length=24), nullable=False),
        sa.Column("request_text", sa.Text(), nullable=False),
        sa.Column("operations", sa.JSON(), nullable=False),
        sa.Column("reason", sa.JSON(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("constraints", sa.JSON(), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        _athlete_fk("plan_changes"),
        _plan_fk("plan_changes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_changes")),
    )
    op.create_index("ix_plan_changes_athlete_id_id", "plan_changes", ["athlete_id", "id"])
    op.create_table(
        "pending_plan_changes",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("proposed_by", sa.String(length=24), nullable=False),
        sa.Column("request_text", sa.Text(), nullable=False),
        sa.Column("operations", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        _athlete_fk("pending_plan_changes"),
        _plan_fk("pending_plan_changes"),
        sa.PrimaryKeyConstraint("chat_id", name=op.f("pk_pending_plan_changes")),
    )
    op.create_table(
        "athlete_constraints",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=True),
        sa.Column("rule", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _athlete_fk("athlete_constraints"),
        sa.ForeignKeyConstraint(
            ["change_id"],
            ["plan_changes.id"],
            name=op.f("fk_athlete_constraints_change_id_plan_changes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_athlete_constraints")),
    )
    op.create_index("ix_athlete_constraints_athlete_id", "athlete_constraints", ["athlete_id"])


def downgrade() -> None:
    op.drop_index("ix_athlete_constraints_athlete_id", table_name="athlete_constraints")
    op.drop_table("athlete_constraints")
    op.drop_table("pending_plan_changes")
    op.drop_index("ix_plan_changes_athlete_id_id", table_name="plan_changes")
    op.drop_table("plan_changes")
