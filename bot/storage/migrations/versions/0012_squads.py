"""human coaches: squads, memberships with consent scopes, invitation links

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "squads",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _fk("squads", "coach_id", "athletes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_squads")),
    )
    op.create_index("ix_squads_coach_id", "squads", ["coach_id"])
    op.create_table(
        "squad_memberships",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("squad_id", sa.Integer(), nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        _fk("squad_memberships", "squad_id", "squads"),
        _fk("squad_memberships", "athlete_id", "athletes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_squad_memberships")),
        sa.UniqueConstraint(
            "squad_id", "athlete_id", name=op.f("uq_squad_memberships_squad_id_athlete_id")
        ),
    )
    op.create_index("ix_squad_memberships_athlete_id", "squad_memberships", ["athlete_id"])
    op.create_table(
        "squad_invitations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("squad_id", sa.Integer(), nullable=False),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("max_uses", sa.Integer(), nullable=False),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        _fk("squad_invitations", "squad_id", "squads"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_squad_invitations")),
        sa.UniqueConstraint("token", name=op.f("uq_squad_invitations_token")),
    )


def downgrade() -> None:
    op.drop_table("squad_invitations")
    op.drop_index("ix_squad_memberships_athlete_id", table_name="squad_memberships")
    op.drop_table("squad_memberships")
    op.drop_index("ix_squads_coach_id", table_name="squads")
    op.drop_table("squads")
