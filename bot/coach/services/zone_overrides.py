"""Custom zones: the athlete sets or resets them from /zones, a coach with the "plan edit"
scope from the athlete card (through the gate). Checked against the computed zones of the
day so the result is contiguous and ordered; read back by every screen through
``ProfileService.zones`` (``coach.profile.zones.compute_zones``)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.zone_text import ZoneChange
from bot.coach.profile.zones import ZoneBlock, compute_zones, overrides_of, to_canonical
from bot.coach.science import ZoneDefinitionError, ZoneSet
from bot.coach.science.zones import ZoneOverride, apply_zone_overrides
from bot.coach.services.access import AccessGate
from bot.coach.services.activities import ActivityService
from bot.coach.services.profiles import ProfileService
from bot.domain.athletes import Athlete
from bot.domain.squads import Scope
from bot.domain.zone_overrides import ZoneOverrideEntry, ZoneSetter
from bot.storage.repositories import ZoneOverrideRepository


class ZoneOverrideService:
    """Sets, resets and lists an athlete's custom zones; one session per update."""

    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        profiles: ProfileService,
        gate: AccessGate,
        activities: ActivityService | None = None,
    ) -> None:
        self._activities = activities
        self._repo = ZoneOverrideRepository(session)
        self._clock = clock
        self._profiles = profiles
        self._gate = gate

    async def set_own(self, athlete: Athlete, change: ZoneChange) -> ZoneBlock:
        """The athlete's own change; ProfileInputError says what is wrong with it."""
        return await self._set(athlete, change, athlete, ZoneSetter.ATHLETE)

    async def set_by_coach(
        self, coach: Athlete, athlete_id: int, change: ZoneChange
    ) -> tuple[Athlete, ZoneBlock]:
        """A coach's change: only with the athlete's "plan edit" consent now (else
        AccessDenied, nothing stored)."""
        athlete = await self._gate.require(coach.id, athlete_id, Scope.PLAN_EDIT)
        return athlete, await self._set(athlete, change, coach, ZoneSetter.COACH)

    async def reset_own(self, athlete: Athlete, metric: str | None = None) -> int:
        """Back to the computed zones (of one metric or all); how many zones were reset."""
        count = await self._repo.clear(athlete.id, metric, now=self._clock.now())
        if count:
            await self._rezone(athlete)
        return count

    async def _rezone(self, athlete: Athlete) -> None:
        # Stored time in zones of past activities follows the new zones (overrides win
        # everywhere), in the caller's transaction like a threshold change.
        if self._activities is not None:
            await self._activities.rescore(athlete)

    async def history(self, athlete_id: int) -> tuple[ZoneOverrideEntry, ...]:
        return await self._repo.history(athlete_id)

    async def _set(
        self, athlete: Athlete, change: ZoneChange, setter: Athlete, set_by: ZoneSetter
    ) -> ZoneBlock:
        snapshot = await self._profiles.snapshot(athlete.id)
        if snapshot is None:
            raise ProfileInputError("zone-no-profile")
        computed = compute_zones(snapshot.profile.fields, snapshot.thresholds).block(change.metric)
        if computed is None:
            raise ProfileInputError("zone-no-zones")
        zones = computed.zones
        number = _number(zones, change.zone)
        # The open-ended zone: the hardest for power and HR, the slowest for pace.
        open_zone = zones.zones[0] if zones.metric.descending else zones.zones[-1]
        upper = change.upper
        if upper is None and number != open_zone.number:
            raise ProfileInputError("zone-open", number=change.zone, hardest=open_zone.label)
        if number == open_zone.number:
            upper = None  # the open end of the hardest (or slowest) zone stays open
        kept = [
            e for e in snapshot.zone_overrides if e.metric == change.metric and e.number != number
        ]
        mine = ZoneOverride(number, change.lower, upper)
        _check(zones, [*overrides_of(zones, kept), mine], mine)
        entry = ZoneOverrideEntry(
            metric=change.metric,
            number=number,
            lower=to_canonical(zones, change.lower),
            upper=to_canonical(zones, upper),
            set_by=set_by,
            setter_id=setter.id,
            setter_name=setter.display_name[:128],
            set_at=self._clock.now(),
        )
        await self._repo.replace(athlete.id, [entry], now=self._clock.now())
        await self._rezone(athlete)
        fresh = await self._profiles.snapshot(athlete.id)
        assert fresh is not None
        block = self._profiles.zones(fresh).block(change.metric)
        assert block is not None
        return block


def _number(zones: ZoneSet, typed: str) -> int:
    """The zone a typed label names ("5b"), else its plain number ("5" is the 5th zone)."""
    for zone in zones.zones:
        if zone.label == typed:
            return zone.number
    if typed.isdigit() and 1 <= int(typed) <= len(zones.zones):
        return int(typed)
    first, last = zones.zones[0].label, zones.zones[-1].label
    raise ProfileInputError("zone-number", number=typed, count=f"{first}–{last}")


def _check(zones: ZoneSet, overrides: list[ZoneOverride], mine: ZoneOverride) -> None:
    """Apply strictly; a conflict names the neighbour it collides with."""
    try:
        apply_zone_overrides(zones, overrides)
    except ZoneDefinitionError as error:
        others = apply_zone_overrides(zones, [o for o in overrides if o is not mine])
        # Numeric order (ascending values) so pace and power read the same way.
        numeric = list(others.zones[::-1] if zones.metric.descending else others.zones)
        index = next(i for i, z in enumerate(numeric) if z.number == mine.number)
        below = numeric[index - 1] if index > 0 else None
        above = numeric[index + 1] if index + 1 < len(numeric) else None
        low = mine.lower if mine.lower is not None else numeric[index].lower
        if below is not None and low <= below.lower:
            raise ProfileInputError(
                "zone-overlap", number=_label(zones, mine.number), neighbour=below.label
            ) from error
        high = mine.upper
        top = above.upper if above is not None else None
        if above is not None and high is not None and top is not None and high >= top:
            raise ProfileInputError(
                "zone-overlap", number=_label(zones, mine.number), neighbour=above.label
            ) from error
        raise ProfileInputError("zone-conflict", number=_label(zones, mine.number)) from error


def _label(zones: ZoneSet, number: int) -> str:
    return zones.by_number(number).label
