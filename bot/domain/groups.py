"""The team's group chat: a Telegram group linked to a squad, and what each athlete lets
the group see of them (their group privacy tier).

Plain, immutable records; the storage layer returns them, the access gate reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
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


class PollKind(StrEnum):
    """A roll-call: who is in for a session, or how everyone feels this morning."""

    IN_OUT = "in_out"
    FEELING = "feeling"


# The options of each kind, in order (catalog keys ``group-poll-<kind>-<n>``).
POLL_OPTIONS: dict[PollKind, int] = {PollKind.IN_OUT: 2, PollKind.FEELING: 4}
# A feeling answer as the morning check-in reads it: fatigue 1 (best) to 5 (worst), or ill.
FEELING_FATIGUE: dict[int, int | None] = {0: 1, 1: 2, 2: 4, 3: None}  # 3: ill (a flag)


@dataclass(frozen=True, slots=True)
class GroupPoll:
    poll_id: str
    chat_id: int
    squad_id: int | None
    message_id: int
    kind: PollKind
    local_date: date
    closed: bool


@dataclass(frozen=True, slots=True)
class PollResults:
    """Who answered what (for the coach) and how many (for the group)."""

    poll: GroupPoll
    names_by_option: tuple[tuple[str, ...], ...]

    @property
    def counts(self) -> tuple[int, ...]:
        return tuple(len(names) for names in self.names_by_option)


@dataclass(frozen=True, slots=True)
class ScheduledRollCall:
    """A roll-call the coach scheduled for a group: sent at ``at`` in the group's zone
    (the squad coach's) on ``weekday`` (``date.weekday()``), or every day when None.
    The group's sessions of the week on its board are its weekly in/out roll-calls."""

    id: int
    chat_id: int
    kind: PollKind
    weekday: int | None
    at: time
    question: str | None
    created_at: datetime  # none is sent for a time before it was scheduled
