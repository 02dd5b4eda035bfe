"""The athlete as the rest of the code sees it: a plain, immutable record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AthleteStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    BLOCKED = "blocked"  # the athlete blocked the bot: we stop pushing to them


class Role(StrEnum):
    ATHLETE = "athlete"
    COACH = "coach"


@dataclass(frozen=True, slots=True)
class Athlete:
    id: int
    telegram_id: int
    chat_id: int | None
    first_name: str
    last_name: str | None
    username: str | None
    language: str
    timezone: str
    status: AthleteStatus
    role: Role
    created_at: datetime
    updated_at: datetime

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True, slots=True)
class TelegramIdentity:
    """What Telegram tells us about a user on each update."""

    telegram_id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    private_chat_id: int | None = None


def telegram_changes(athlete: Athlete, identity: TelegramIdentity) -> dict[str, object]:
    """The fields Telegram now reports differently for ``athlete`` (empty: nothing new).

    A contact from the athlete's private chat also records that chat, and one from an
    athlete marked as having blocked the bot means they unblocked it.
    """
    fresh: dict[str, object] = {
        "first_name": identity.first_name[:128],
        "last_name": identity.last_name[:128] if identity.last_name else None,
        "username": identity.username,
    }
    if identity.private_chat_id is not None:
        fresh["chat_id"] = identity.private_chat_id
        if athlete.status is AthleteStatus.BLOCKED:
            fresh["status"] = AthleteStatus.ACTIVE
    return {name: value for name, value in fresh.items() if getattr(athlete, name) != value}
