"""team_groups, group_tiers, group_polls, group_poll_votes: the team's group chats, each
athlete's group privacy, roll-call polls with their answers, and who left a group

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "team_groups",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("title", sa.String(length=128), nullable=False),
        sa.Column("squad_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("ai_enabled", sa.Boolean(), nullable=False),
        sa.Column("board_message_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["squad_id"],
            ["squads.id"],
            name=op.f("fk_team_groups_squad_id_squads"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_groups")),
        sa.UniqueConstraint("chat_id", name=op.f("uq_team_groups_chat_id")),
    )
    op.create_index(op.f("ix_team_groups_squad_id"), "team_groups", ["squad_id"], unique=False)
    op.create_table(
        "group_tiers",
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_group_tiers_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("athlete_id", name=op.f("pk_group_tiers")),
    )
    op.create_table(
        "group_polls",
        sa.Column("poll_id", sa.String(length=64), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("squad_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["squad_id"],
            ["squads.id"],
            name=op.f("fk_group_polls_squad_id_squads"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("poll_id", name=op.f("pk_group_polls")),
    )
    op.create_index(op.f("ix_group_polls_chat_id"), "group_polls", ["chat_id"], unique=False)
    op.create_table(
        "group_poll_votes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("poll_id", sa.String(length=64), nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("option_ids", sa.JSON(), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_group_poll_votes_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["poll_id"],
            ["group_polls.poll_id"],
            name=op.f("fk_group_poll_votes_poll_id_group_polls"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_poll_votes")),
        sa.UniqueConstraint(
            "poll_id", "athlete_id", name=op.f("uq_group_poll_votes_poll_id_athlete_id")
        ),
    )
    op.create_index(
        op.f("ix_group_poll_votes_athlete_id"), "group_poll_votes", ["athlete_id"], unique=False
    )

    op.create_table(
        "group_leavers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athletes.id"],
            name=op.f("fk_group_leavers_athlete_id_athletes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_leavers")),
        sa.UniqueConstraint(
            "chat_id", "athlete_id", name=op.f("uq_group_leavers_chat_id_athlete_id")
        ),
    )
    op.create_index(
        op.f("ix_group_leavers_athlete_id"), "group_leavers", ["athlete_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_group_leavers_athlete_id"), table_name="group_leavers")
    op.drop_table("group_leavers")
    op.drop_index(op.f("ix_group_poll_votes_athlete_id"), table_name="group_poll_votes")
    op.drop_table("group_poll_votes")
    op.drop_index(op.f("ix_group_polls_chat_id"), table_name="group_polls")
    op.drop_table("group_polls")
    op.drop_table("group_tiers")
    op.drop_index(op.f("ix_team_groups_squad_id"), table_name="team_groups")
    op.drop_table("team_groups")
