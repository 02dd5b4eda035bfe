"""zone_overrides: custom zone bounds per athlete, metric and zone, with their history

Revision ID: 0024
Revises: 0018
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "zone_overrides",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=16), nullable=False),
        sa.Column("zone_number", sa.Integer(), nullable=False),
        sa.Column("lower", sa.Float(), nullable=True),
        sa.Column("upper", sa.Float(), nullable=True),
        sa.Column("set_by", sa.String(length=8), nullable=False),
        sa.Column("setter_id", sa.Integer(), nullable=True),
        sa.Column("setter_name", sa.String(length=128), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cleared_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_zone_overrides_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["setter_id"],
            ["athletes.id"],
            name=op.f("fk_zone_overrides_setter_id_athletes"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zone_overrides")),
    )
    op.create_index(
        "ix_zone_overrides_athlete_metric",
        "zone_overrides",
        ["athlete_id", "metric", "cleared_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_zone_overrides_athlete_metric", table_name="zone_overrides")
    op.drop_table("zone_overrides")
