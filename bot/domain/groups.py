"""The team's group chat: a Telegram group linked to a squad, and what each athlete lets
the group see of them (their group privacy tier).

Plain, immutable records; the storage layer returns them, the access gate reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class GroupTier(StrEnum):
    """What the group (the board, poll results, the AI in the group) may show of an
    athlete. The athlete's choice; "done or not" unless they chose otherwise."""

    NOTHING = "nothing"
    DONE = "done"  # whether today's session is done, nothing else
    COLOUR = "colour"  # and the readiness colour
    NUMBERS = "numbers"  # and the readiness score and today's minutes


DEFAULT_TIER = GroupTier.DONE
TIERS: tuple[GroupTier, ...] = tuple(GroupTier)


class GroupStatus(StrEnum):
    ACTIVE = "active"  # the bot is in the group
    REMOVED = "removed"  # the bot was removed (kept: re-adding restores the link)


@dataclass(frozen=True, slots=True)
class TeamGroup:
    """A group chat the bot is in; ``squad_id`` None until a coach links it."""

    id: int
    chat_id: int
    title: str
    squad_id: int | None
    status: GroupStatus
    thread_id: int | None  # the forum topic the bot posts in (None: the chat itself)
    ai_enabled: bool
    board_message_id: int | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class BoardLine:
    """One athlete on the team board, cut to their tier: a None part is not shown."""

    name: str
    tier: GroupTier
    done: bool | None
    colour: str | None  # green / amber / red, or None when not known
    score: int | None
    minutes_done: int | None
