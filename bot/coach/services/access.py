"""The one scoped gate for reading another person's data.

Every read names who asks (the coach's athlete id), whose data (the athlete's id) and
which scope; the gate checks, at the moment of that read, an active membership in one of
the asker's squads that grants the scope, and raises :class:`AccessDenied` otherwise.
Nothing is cached between reads, so a scope revoked or a squad left a second ago is
refused on the next tap of a button still on the coach's screen.

The gate exposes only what a coach needs, by calling the athlete's own services:
profile summary, thresholds and zones, this week planned against done, the last
activities, readiness with its reasons. Handlers and tools for coaches use this class and
nothing else to read an athlete.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.profile.zones import ProfileZones
from bot.coach.science import Readiness
from bot.coach.services.activities import ActivityService
from bot.coach.services.plans import PlanService, WeekPlan
from bot.coach.services.profiles import ProfileService
from bot.coach.services.readiness import readiness_on
from bot.coach.services.wellness import WellnessService, is_check_in
from bot.domain.activities import Activity
from bot.domain.athletes import Athlete
from bot.domain.profiles import ProfileSnapshot
from bot.domain.squads import Scope
from bot.storage.repositories import AthleteRepository, SquadRepository

LAST_ACTIVITIES = 5
# Sources whose terms let only the athlete see the data (Strava's API agreement forbids
# showing an athlete's Strava data to anyone else).
_OWNER_ONLY_SOURCES = frozenset({"strava"})


class AccessDenied(PermissionError):  # noqa: N818 -- the domain's word for it
    """The asker may not read this (no active membership granting ``scope``). Carries no
    data about the athlete: a refusal must not tell a stranger whether they exist."""

    def __init__(self, scope: Scope | None) -> None:
        super().__init__(f"access denied ({scope.value if scope else 'membership'})")
        self.scope = scope


def visible_to_others(activity: Activity) -> bool:
    """Whether an activity may be shown to anyone but its owner: not when its source's
    terms forbid it (Strava)."""
    return activity.fields.source.value not in _OWNER_ONLY_SOURCES


@dataclass(frozen=True, slots=True)
class CoachedProfile:
    athlete: Athlete
    snapshot: ProfileSnapshot
    zones: ProfileZones


@dataclass(frozen=True, slots=True)
class CoachedReadiness:
    readiness: Readiness
    checked_in: bool


class AccessGate:
    """Scoped reads of an athlete's data for a coach; one session per update or job."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._squads = SquadRepository(session)
        self._athletes = AthleteRepository(session)
        self._profiles = ProfileService(session, clock)
        self._plans = PlanService(session, clock)
        self._activities = ActivityService(session, clock)
        self._wellness = WellnessService(session, clock)

    async def granted(self, coach_id: int, athlete_id: int) -> frozenset[Scope]:
        """The scopes ``athlete_id`` grants ``coach_id`` now (across the coach's squads);
        empty for a stranger, a former member, or oneself."""
        if coach_id == athlete_id:
            return frozenset()
        scopes: frozenset[Scope] = frozenset()
        for membership in await self._squads.active_between(coach_id, athlete_id):
            scopes |= membership.scopes
        return scopes

    async def athlete(self, coach_id: int, athlete_id: int) -> Athlete:
        """The athlete's name and settings, for a coach with an active membership (any
        scope): the roster and the card's heading need no more."""
        if coach_id == athlete_id or not await self._squads.active_between(coach_id, athlete_id):
            raise AccessDenied(None)
        athlete = await self._athletes.get(athlete_id)
        if athlete is None:
            raise AccessDenied(None)
        return athlete

    async def require(self, coach_id: int, athlete_id: int, scope: Scope) -> Athlete:
        """The athlete, if ``scope`` is granted to the coach at this moment."""
        if scope not in await self.granted(coach_id, athlete_id):
            raise AccessDenied(scope)
        athlete = await self._athletes.get(athlete_id)
        if athlete is None:
            raise AccessDenied(scope)
        return athlete

    # -- the reads a coach needs ------------------------------------------------------------

    async def profile(self, coach_id: int, athlete_id: int) -> CoachedProfile | None:
        """Profile summary, goal, thresholds in force and zones (scope: plan view); None
        while the athlete has not finished onboarding."""
        athlete = await self.require(coach_id, athlete_id, Scope.PLAN_VIEW)
        snapshot = await self._profiles.snapshot(athlete_id)
        if snapshot is None or not snapshot.profile.completed:
            return None
        return CoachedProfile(athlete, snapshot, self._profiles.zones(snapshot))

    async def week(self, coach_id: int, athlete_id: int) -> WeekPlan:
        """This week planned against done (scope: plan view). PlanUnavailableError when
        the athlete has no plan to show."""
        athlete = await self.require(coach_id, athlete_id, Scope.PLAN_VIEW)
        return await self._plans.week(athlete)

    async def last_activities(
        self, coach_id: int, athlete_id: int, limit: int = LAST_ACTIVITIES
    ) -> list[Activity]:
        """The newest activities others may see (scope: activities)."""
        await self.require(coach_id, athlete_id, Scope.ACTIVITIES)
        page, _ = await self._activities.recent(athlete_id, limit=limit * 2)
        return [a for a in page if visible_to_others(a)][:limit]

    async def readiness(self, coach_id: int, athlete_id: int) -> CoachedReadiness:
        """Readiness on the athlete's local today with its factors and red flags, and
        whether they checked in (scope: wellness and readiness)."""
        athlete = await self.require(coach_id, athlete_id, Scope.WELLNESS)
        today = self._wellness.today(athlete)
        readiness, answers = await readiness_on(
            self._wellness, self._activities, athlete_id, today
        )
        return CoachedReadiness(readiness, is_check_in(answers))
