"""The team's group chats and each athlete's group privacy tier (issue 21)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime


class TeamGroupRow(Base):
    """A Telegram group the bot was added to; linked to one squad by its coach."""

    __tablename__ = "team_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Telegram chat ids of supergroups are below -10**12: a 64-bit column.
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(128), nullable=False)
    squad_id: Mapped[int | None] = mapped_column(
        ForeignKey("squads.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    thread_id: Mapped[int | None] = mapped_column(BigInteger)
    ai_enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    board_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class GroupTierRow(Base):
    """An athlete's group privacy tier (no row: the default, "done or not")."""

    __tablename__ = "group_tiers"

    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), primary_key=True
    )
    tier: Mapped[str] = mapped_column(String(16), nullable=False)
