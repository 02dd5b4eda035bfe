"""The one door through which the AI for a human coach reads the squad.

A :class:`CoachScope` is made for one coach and reads only through the access gate, and
only about athletes who grant the coach "AI summaries" at that moment — on top of the
scope each fact needs (plan view, workouts, readiness). An athlete the model names is
resolved among those athletes alone: another squad's athlete, one who withheld AI
summaries, one who left, or an invented id is refused with the same words, which say
nothing about whether that person exists.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.clock import Clock
from bot.coach.planning.model import monday
from bot.coach.profile.timezones import local_now
from bot.coach.services.access import AccessGate
from bot.coach.squads.digest import AthleteWeek, SquadWeek
from bot.coach.squads.roster import RosterLine
from bot.domain.athletes import Athlete
from bot.domain.squads import Scope

AI_SCOPE = Scope.AI_SUMMARIES


class OutsideScopeError(LookupError):
    """The athlete named is not one whose data this coach's AI may read."""


class CoachScope:
    """Read-only squad access for the AI of one coach; every read goes through the gate."""

    AI_SCOPE = AI_SCOPE

    def __init__(self, coach: Athlete, gate: AccessGate, clock: Clock) -> None:
        self._coach = coach
        self._gate = gate
        self._clock = clock

    @property
    def coach_id(self) -> int:
        return self._coach.id

    def local_now(self) -> datetime:
        return local_now(self._coach.timezone, self._clock.now())

    def today(self) -> date:
        return self.local_now().date()

    async def consenting(self) -> frozenset[int]:
        """The athletes who grant AI summaries now."""
        return frozenset(await self._gate.members(self._coach.id, only=AI_SCOPE))

    async def roster(self) -> list[RosterLine]:
        """Today's roster of the consenting athletes (each part under its own scope)."""
        return await self._gate.roster(self._coach.id, only=AI_SCOPE)

    async def week(self, weeks_ago: int) -> SquadWeek:
        """The consenting athletes' calendar week, ``weeks_ago`` weeks before this one."""
        first = monday(self.today()) - timedelta(weeks=weeks_ago)
        return await self._gate.squad_week(self._coach.id, first, only=AI_SCOPE)

    async def athlete_weeks(self, athlete_id: int, weeks: int) -> list[tuple[date, AthleteWeek]]:
        """One consenting athlete's last ``weeks`` weeks (Monday, figures), oldest first."""
        if athlete_id not in await self.consenting():
            raise OutsideScopeError(athlete_id)
        found = []
        for weeks_ago in range(weeks - 1, -1, -1):
            week = await self.week(weeks_ago)
            found += [(week.monday, a) for a in week.athletes if a.athlete_id == athlete_id]
        return found

    async def resolve(self, reference: str) -> tuple[int, str]:
        """The consenting athlete ``reference`` names: their id as a tool gave it, or their
        name (unambiguous, case-insensitive). OutsideScopeError otherwise."""
        lines = await self.roster()
        text = reference.strip().casefold()
        by_id = [line for line in lines if str(line.athlete_id) == text]
        by_name = [line for line in lines if line.name.casefold() == text] or [
            line for line in lines if line.name.casefold().split(" ")[0] == text
        ]
        found = by_id or by_name
        if len(found) != 1:
            raise OutsideScopeError(reference)
        return found[0].athlete_id, found[0].name
