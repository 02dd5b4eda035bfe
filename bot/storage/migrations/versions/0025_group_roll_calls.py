"""group_roll_calls: roll-calls a coach scheduled for a team group (issue 21)

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_roll_calls",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("at_minute", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_roll_calls")),
    )
    op.create_index(
        op.f("ix_group_roll_calls_chat_id"), "group_roll_calls", ["chat_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_group_roll_calls_chat_id"), table_name="group_roll_calls")
    op.drop_table("group_roll_calls")
