"""The team's group chats and each athlete's group privacy tier (issue 21)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
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


class GroupPollRow(Base):
    """A roll-call poll the bot sent to a group: ``poll_answer`` carries only the poll's
    id, so its chat and squad are kept here."""

    __tablename__ = "group_polls"

    poll_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    squad_id: Mapped[int | None] = mapped_column(ForeignKey("squads.id", ondelete="SET NULL"))
    message_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    local_date: Mapped[date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class GroupPollVoteRow(Base):
    """One athlete's current answer to a roll-call (an empty list: retracted)."""

    __tablename__ = "group_poll_votes"
    __table_args__ = (UniqueConstraint("poll_id", "athlete_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    poll_id: Mapped[str] = mapped_column(
        ForeignKey("group_polls.poll_id", ondelete="CASCADE"), nullable=False
    )
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False, index=True
    )
    option_ids: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class GroupLeaverRow(Base):
    """An athlete who left a team group's chat: the group no longer sees them (a row is
    removed when they join it again)."""

    __tablename__ = "group_leavers"
    __table_args__ = (UniqueConstraint("chat_id", "athlete_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athletes.id", ondelete="CASCADE"), nullable=False, index=True
    )
    left_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class GroupRollCallRow(Base):
    """A roll-call the coach scheduled for a group (weekly on ``weekday``, or daily when
    it is null), sent through the outbox at ``at_minute`` past local midnight."""

    __tablename__ = "group_roll_calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    weekday: Mapped[int | None] = mapped_column(Integer)
    at_minute: Mapped[int] = mapped_column(Integer, nullable=False)
    question: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
