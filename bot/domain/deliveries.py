"""Scheduled pushes: the delivery outbox, the athlete's brief preferences and the message
a push carries, as plain records shared by the storage, coach and jobs layers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from bot.domain.athletes import Athlete
from bot.domain.profiles import Profile


class DeliveryKind(StrEnum):
    MORNING_BRIEF = "morning_brief"
    EVENING_REMINDER = "evening_reminder"
    WEEKLY_REVIEW = "weekly_review"
    TEAM_ROLL_CALL = "team_roll_call"
    COACH_DIGEST = "coach_digest"
    # A sync's one-off word to its athlete (access revoked, Strava deauthorised): the
    # payload's ``key`` names the catalog message, put in the athlete's words when sent.
    SYNC_NOTICE = "sync_notice"
    COACH_WEEKLY = "coach_weekly"  # the coach's Sunday squad summary
    # A team group's pinned board, edited once a day (composed when sent, through the gate).
    GROUP_BOARD = "group_board"
    # A roll-call the coach scheduled for a group: a non-anonymous poll (sendPoll).
    GROUP_ROLL_CALL = "group_roll_call"
    # A word to a coach that an athlete joined, shares more or less, or left (the event
    # and the scope names only; put in the coach's words when sent).
    SQUAD_NOTICE = "squad_notice"


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # waiting for its due time or its next attempt
    SENDING = "sending"  # claimed by a sender; ``next_attempt_at`` is the claim's expiry
    SENT = "sent"
    FAILED = "failed"  # gave up: a permanent error, the athlete blocked us, or retries ran out
    EXPIRED = "expired"  # missed by more than the grace window: dropped, not sent late
    SKIPPED = "skipped"  # not wanted any more when its turn came (paused, turned off, quiet)


# The statuses a sender may still act on.
OPEN_STATUSES = (DeliveryStatus.PENDING, DeliveryStatus.SENDING)


class PauseReason(StrEnum):
    TRAVEL = "travel"
    ILLNESS = "illness"
    OTHER = "other"


class SentPoll(int):
    """The message id of a poll the transport sent, carrying the poll's id (a
    ``poll_answer`` names only the poll, so its chat is kept by that id)."""

    poll_id: str

    def __new__(cls, message_id: int, poll_id: str) -> SentPoll:
        sent = super().__new__(cls, message_id)
        sent.poll_id = poll_id
        return sent


def athlete_recipient(athlete_id: int) -> str:
    """The dedupe subject of a push to one athlete (their private chat)."""
    return f"athlete:{athlete_id}"


def chat_recipient(chat_id: int) -> str:
    """The dedupe subject of a push to a chat that is not one athlete (a team group)."""
    return f"chat:{chat_id}"


@dataclass(frozen=True, slots=True)
class NewDelivery:
    """A push the tick found due. At most one exists per (recipient, kind, local date)."""

    kind: DeliveryKind
    recipient: str
    chat_id: int
    athlete_id: int | None
    local_date: date
    due_at: datetime
    status: DeliveryStatus = DeliveryStatus.PENDING
    payload: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Delivery:
    """One row of the outbox.

    ``payload`` holds what composition needs beyond the database (nothing, for a morning
    brief, which is composed when it is sent so a check-in made after the tick counts);
    once sent it also holds the message as it went out (``text`` and ``buttons``).
    """

    id: int
    kind: DeliveryKind
    recipient: str
    chat_id: int
    athlete_id: int | None
    local_date: date
    due_at: datetime
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime
    telegram_message_id: int | None
    error: str | None
    payload: Mapping[str, Any]
    sent_at: datetime | None
    created_at: datetime
    updated_at: datetime
    # The claiming sender's token while ``sending``: only that sender records the result.
    claim_token: str | None = None

    @property
    def to_group(self) -> bool:
        # Telegram gives groups, supergroups and channels negative ids, people positive ones.
        return self.chat_id < 0


@dataclass(frozen=True, slots=True)
class BriefPreferences:
    """What the athlete chose about pushes. The brief time itself lives in the profile and
    the pause on the athlete (``AthleteStatus.PAUSED``); this holds the rest."""

    athlete_id: int
    briefs_enabled: bool = True
    evening_reminder: bool = True
    quiet_weekdays: tuple[int, ...] = ()  # date.weekday(): Monday = 0
    pause_reason: PauseReason | None = None
    paused_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PushRecipient:
    """Whom a push is for, as one read gives it: the athlete, what they chose about
    pushes, and their profile (None before onboarding saved one)."""

    athlete: Athlete
    preferences: BriefPreferences
    profile: Profile | None


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    """One athlete as the tick sees them: where and when their pushes go."""

    athlete_id: int
    chat_id: int
    timezone: str
    brief_time: time
    quiet_weekdays: tuple[int, ...]
    since: datetime  # no push is due before this moment (the end of onboarding)
    evening_reminder: bool = True


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: ``action`` is a short code the sender packs with the delivery id
    into callback data (see ``bot.coach.briefs.callbacks``)."""

    text: str
    action: str


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """A composed push: Telegram HTML (≤ 4096 characters) and rows of buttons; ``data`` is
    what the buttons' handlers need later (e.g. the session a reminder asks about), kept
    on the delivery when it is sent."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)
    # A team group's board: edit this message in place rather than send a new one.
    edit_message_id: int | None = None
    # A roll-call: sent as a non-anonymous poll with ``text`` as its question.
    poll_options: tuple[str, ...] = ()
    thread_id: int | None = None

    def as_payload(self) -> dict[str, Any]:
        rows = [[{"text": b.text, "action": b.action} for b in row] for row in self.buttons]
        return {**self.data, "text": self.text, "buttons": rows}
