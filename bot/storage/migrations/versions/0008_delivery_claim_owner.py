"""a delivery claim names its sender

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

``claim_token`` is the token of the sender that claimed the row last. Only that sender
may record the row's outcome or renew its lease: a sender whose lease ran out while it
waited (a flood pause, a slow composition) finds its claim taken and sends nothing.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("deliveries", sa.Column("claim_token", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("claim_token")
