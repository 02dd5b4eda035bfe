"""What a team group gets on a schedule, through the delivery outbox: its pinned board
edited once a day, and the roll-calls its coach scheduled ("thu 18:00", "daily 07:00"),
each at the group's local time — the squad coach's timezone. Group rows go through the
same outbox as private pushes, so the sender's per-chat pacing (20 a minute per group)
applies to them and a busy group never holds up a private push.

The group's *sessions of the week* on the board are its weekly in/out roll-calls: the
sessions the coach asks the whole group about ("thu 18:00 Who's in for Saturday's long
ride?"). Plan changes the coach applied to everyone are per athlete and keep no mark of
being for the group, so they are not shown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.briefs.schedule import GRACE, occurrences_between, zone_for
from bot.coach.planning.changes.reader import weekday_of
from bot.coach.planning.model import monday
from bot.coach.services.access import AccessGate
from bot.coach.services.groups import GroupService
from bot.domain.athletes import Athlete
from bot.domain.deliveries import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    NewDelivery,
    OutgoingMessage,
    SentPoll,
    chat_recipient,
)
from bot.domain.groups import (
    POLL_OPTIONS,
    BoardLine,
    GroupPoll,
    GroupStatus,
    PollKind,
    ScheduledRollCall,
)
from bot.domain.squads import Squad
from bot.i18n import Translator
from bot.storage.repositories import GroupPollRepository, GroupScheduleRepository

# The board is edited at this local time each day: after midnight's new day, before the
# morning's sessions.
BOARD_AT = time(6, 0)
GROUP_PUSHES = frozenset({DeliveryKind.GROUP_BOARD, DeliveryKind.GROUP_ROLL_CALL})
# At most this many scheduled roll-calls per group (a week of mornings and a few rides).
MAX_ROLL_CALLS = 12
# "daily" and "every day" in the six languages the coach may write in.
_DAILY = re.compile(
    r"^(daily|every\s*day|ежедневно|каждый\s+день|diario|todos\s+los\s+d[ií]as|täglich|"
    r"jeden\s+tag|tous\s+les\s+jours|chaque\s+jour|ogni\s+giorno|quotidianamente)\s+",
    re.I,
)
# 18:00, 18.00, 18h, 18h30, 6pm, 6:30 pm: a bare number is not a time ("sat 2 hours?").
_AT = re.compile(r"^(\d{1,2})(?:(?:[:.h](\d{2}))|(h))?\s*([ap])?(?:\.?m\.?)?(?=\s|$)", re.I)


def _day_and_rest(text: str) -> tuple[int | None, str] | None:
    """The day the schedule starts with (None: daily) and the words after it."""
    daily = _DAILY.match(text)
    if daily is not None:
        return None, text[daily.end() :]
    first, _, rest = text.partition(" ")
    day = weekday_of(first.rstrip(",").lower())
    return (day, rest.lstrip()) if day is not None else None


def looks_scheduled(text: str) -> bool:
    """A day (or "daily") followed by something that starts with a digit: the coach
    means a schedule, so a time the reader can't read is said, not sent as a poll."""
    found = _day_and_rest(text.strip())
    return found is not None and found[1][:1].isdigit()


class GroupWords(Protocol):
    """How the board reads in Telegram (``bot/handlers/groups_render.py``)."""

    def board(
        self,
        t: Translator,
        squad: Squad,
        lines: list[BoardLine],
        day: date,
        sessions: list[GroupSession],
    ) -> str: ...


class TranslatorFor(Protocol):
    def __call__(self, language: str) -> Translator: ...


@dataclass(frozen=True, slots=True)
class GroupSession:
    """A session of the group's week: the day and time of its roll-call, and its words."""

    day: date
    at: time
    question: str | None


@dataclass(frozen=True, slots=True)
class NotSent:
    reason: str


class WhenUnreadable(ValueError):
    """The schedule is not "<mon…sun|daily> HH:MM [question]"."""


def read_when(text: str) -> tuple[int | None, time, str | None]:
    """``thu 18:00 Who's in?`` -> (3, 18:00, "Who's in?"); ``daily 07:00`` -> (None, …);
    ``thursday 6pm …``, ``чт 18.00 …``, ``jeudi 18h …`` too."""
    found = _day_and_rest(text.strip())
    if found is None:
        raise WhenUnreadable(text)
    weekday, rest = found
    at = _AT.match(rest)
    if at is None:
        raise WhenUnreadable(text)
    hours, minutes, h_mark, half = at.groups()
    if minutes is None and h_mark is None and half is None:
        raise WhenUnreadable(text)  # "sat 2 hours": a number, not a time
    hour, minute = int(hours), int(minutes or 0)
    if half is not None:
        if not 1 <= hour <= 12:
            raise WhenUnreadable(text)
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    if hour > 23 or minute > 59:
        raise WhenUnreadable(text)
    question = rest[at.end() :].strip()[:300] or None
    return weekday, time(hour, minute), question


def group_sessions(roll_calls: list[ScheduledRollCall], day: date) -> list[GroupSession]:
    """The week (Monday to Sunday) of ``day``: its weekly in/out roll-calls, in order."""
    start = monday(day)
    return sorted(
        (
            GroupSession(start + timedelta(days=call.weekday), call.at, call.question)
            for call in roll_calls
            if call.kind is PollKind.IN_OUT and call.weekday is not None
        ),
        key=lambda session: (session.day, session.at),
    )


class GroupScheduleService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._schedule = GroupScheduleRepository(session)
        self._polls = GroupPollRepository(session)
        self._groups = GroupService(session, clock)
        self._gate = AccessGate(session, clock)
        self._clock = clock

    # -- the coach ------------------------------------------------------------------------

    async def schedule(
        self, coach: Athlete, chat_id: int, kind: PollKind, text: str
    ) -> ScheduledRollCall:
        """SquadError when ``coach`` does not coach the group's squad; WhenUnreadable."""
        await self._groups.roll_call_group(coach, chat_id)
        weekday, at, question = read_when(text)
        if len(await self._schedule.of_chat(chat_id)) >= MAX_ROLL_CALLS:
            raise WhenUnreadable(text)
        return await self._schedule.add(
            chat_id, kind, weekday, at, question, now=self._clock.now()
        )

    async def roll_calls(self, coach: Athlete, chat_id: int) -> list[ScheduledRollCall]:
        await self._groups.roll_call_group(coach, chat_id)
        return await self._schedule.of_chat(chat_id)

    async def cancel(self, coach: Athlete, chat_id: int, roll_call_id: int) -> bool:
        await self._groups.roll_call_group(coach, chat_id)
        return await self._schedule.cancel(chat_id, roll_call_id)

    async def sessions(self, chat_id: int, day: date) -> list[GroupSession]:
        return group_sessions(await self._schedule.of_chat(chat_id), day)

    async def moved(self, old_chat_id: int, new_chat_id: int) -> None:
        await self._schedule.move(old_chat_id, new_chat_id)

    # -- the tick -------------------------------------------------------------------------

    async def due(self, now: datetime, *, lookback: timedelta) -> list[NewDelivery]:
        """Every linked group's board edit and scheduled roll-call due in
        (now − lookback, now], in the group's zone; those missed by more than the grace
        window come as expired."""
        groups = await self._schedule.linked_groups()
        zones = dict(groups)
        calls = await self._schedule.all_of([chat_id for chat_id, _ in groups])
        start = now - lookback
        found: list[NewDelivery] = []
        for chat_id, zone in groups:
            for day, instant in occurrences_between(start, now, zone_for(zone), BOARD_AT):
                found.append(
                    _due(
                        DeliveryKind.GROUP_BOARD,
                        chat_recipient(chat_id),
                        chat_id,
                        day,
                        instant,
                        now=now,
                    )
                )
        for call in calls:
            at = occurrences_between(start, now, zone_for(zones[call.chat_id]), call.at)
            for day, instant in at:
                if (call.weekday is not None and day.weekday() != call.weekday) or (
                    instant < call.created_at
                ):
                    continue
                recipient = f"{chat_recipient(call.chat_id)}:rc{call.id}"
                found.append(
                    _due(
                        DeliveryKind.GROUP_ROLL_CALL,
                        recipient,
                        call.chat_id,
                        day,
                        instant,
                        now=now,
                        roll_call_id=call.id,
                    )
                )
        return found

    # -- the sender -----------------------------------------------------------------------

    async def compose(
        self, delivery: Delivery, words: GroupWords, t_for: TranslatorFor
    ) -> OutgoingMessage | NotSent:
        """Composed now: the board through the gate, cut to each athlete's tier at this
        moment; a roll-call only while it is still scheduled and the group linked."""
        group = await self._groups.group(delivery.chat_id)
        if group is None or group.status is not GroupStatus.ACTIVE:
            return NotSent("bot not in the group")
        squad = await self._groups.squad_of(group)
        coach = await self._groups.coach_of(squad) if squad is not None else None
        if squad is None or coach is None:
            return NotSent("group not linked")
        t = t_for(coach.language)  # the group speaks its coach's language
        if delivery.kind is DeliveryKind.GROUP_BOARD:
            if group.board_message_id is None:
                return NotSent("no board message to edit")
            text = words.board(
                t,
                squad,
                await self._gate.board(group.chat_id),
                delivery.local_date,
                await self.sessions(group.chat_id, delivery.local_date),
            )
            return OutgoingMessage(text, edit_message_id=group.board_message_id)
        roll_call_id = delivery.payload.get("roll_call_id")
        call = await self._schedule.get(roll_call_id) if isinstance(roll_call_id, int) else None
        if call is None or call.chat_id != group.chat_id:
            return NotSent("roll-call cancelled")
        return OutgoingMessage(
            call.question or t(f"group-poll-{call.kind.value}-question"),
            poll_options=tuple(
                t(f"group-poll-{call.kind.value}-{n}") for n in range(POLL_OPTIONS[call.kind])
            ),
            thread_id=group.thread_id,
            data={"poll_kind": call.kind.value},
        )

    async def sent(self, delivery: Delivery, message: OutgoingMessage, message_id: int) -> None:
        """A roll-call went out: keep its poll's chat and squad (its answers name neither)."""
        if not isinstance(message_id, SentPoll):
            return
        group = await self._groups.group(delivery.chat_id)
        kind = message.data.get("poll_kind")
        if group is None or not isinstance(kind, str):
            return
        poll = GroupPoll(
            poll_id=message_id.poll_id,
            chat_id=group.chat_id,
            squad_id=group.squad_id,
            message_id=int(message_id),
            kind=PollKind(kind),
            local_date=delivery.local_date,
            closed=False,
        )
        await self._polls.add(poll, now=self._clock.now())


def _due(
    kind: DeliveryKind,
    recipient: str,
    chat_id: int,
    day: date,
    instant: datetime,
    *,
    now: datetime,
    **payload: int,
) -> NewDelivery:
    return NewDelivery(
        kind=kind,
        recipient=recipient,
        chat_id=chat_id,
        athlete_id=None,
        local_date=day,
        due_at=instant,
        status=DeliveryStatus.EXPIRED if now - instant > GRACE else DeliveryStatus.PENDING,
        payload=payload,
    )
