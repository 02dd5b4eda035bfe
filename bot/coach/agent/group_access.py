"""The one door through which the AI in a team's group chat reads the group.

A :class:`GroupScope` is made for one asker in one group chat. Of the group's members it
reads only what the group itself may see — the board's lines, each already cut to the
athlete's group privacy tier by the access gate (``AccessGate.board``) — and the group's
sessions of the week (its weekly roll-calls). Of the asker it reads their own data, through
their own :class:`~bot.coach.agent.access.AthleteScope` (an answer that used it reaches
the asker alone). A member the model names is resolved among the board's lines only:
someone whose tier is "nothing", who left the chat or the squad, who is not in the squad,
or an invented name or id is refused with the same words, which say nothing about whether
that person exists.

Someone in the chat who is neither an athlete of the linked squad nor its coach is a
guest: the group tools refuse them, and they get general training answers only.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from bot.clock import Clock
from bot.coach.profile.timezones import local_now
from bot.coach.services.access import AccessGate
from bot.coach.services.group_schedule import GroupScheduleService, GroupSession
from bot.domain.athletes import Athlete
from bot.domain.groups import BoardLine


class AskerRole(StrEnum):
    ATHLETE = "athlete"  # active in the linked squad and still in the chat
    COACH = "coach"  # the linked squad's coach
    GUEST = "guest"  # anyone else in the chat: general answers only


class OutsideGroupError(LookupError):
    """The member named is not one the group may see."""


class GroupScope:
    """Read-only group access for the AI answering one asker in one group chat."""

    def __init__(  # noqa: PLR0913 (the scope's parts)
        self,
        asker: Athlete,
        chat_id: int,
        role: AskerRole,
        *,
        gate: AccessGate,
        schedule: GroupScheduleService,
        clock: Clock,
    ) -> None:
        self._asker = asker
        self._chat_id = chat_id
        self.role = role
        self._gate = gate
        self._schedule = schedule
        self._clock = clock

    @property
    def sees_group(self) -> bool:
        return self.role is not AskerRole.GUEST

    def local_now(self) -> datetime:
        return local_now(self._asker.timezone, self._clock.now())

    def today(self) -> date:
        return self.local_now().date()

    async def board(self) -> list[BoardLine]:
        """The board's lines as the group sees them now (empty for a guest)."""
        if not self.sees_group:
            return []
        return await self._gate.board(self._chat_id)

    async def sessions(self) -> list[GroupSession]:
        """The group's sessions of this week (empty for a guest)."""
        if not self.sees_group:
            return []
        return await self._schedule.sessions(self._chat_id, self.today())

    async def line(self, reference: str) -> BoardLine:
        """The board line ``reference`` names (the whole name or an unambiguous first
        name, case-insensitive); OutsideGroupError for anyone else."""
        lines = await self.board()
        text = " ".join(reference.split()).casefold()
        found = [line for line in lines if line.name.casefold() == text] or [
            line for line in lines if line.name.casefold().split(" ")[0] == text
        ]
        if not text or len(found) != 1:
            raise OutsideGroupError(reference)
        return found[0]
