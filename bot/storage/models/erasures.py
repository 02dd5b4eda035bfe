"""What is left after an athlete erased their data: nothing about them.

One row per push that was waiting in the outbox when they left (its delivery id and when),
so a sender that had already claimed it does not send it (``bot/jobs/sender.py``); and one
row with no delivery for the erasure itself. No athlete id, no chat, no name.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base
from bot.storage.types import UTCDateTime


class ErasureRow(Base):
    __tablename__ = "erasures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    delivery_id: Mapped[int | None] = mapped_column(Integer, index=True)
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
