"""Custom zones: the athlete sets or resets them from /zones, a coach with the "plan edit"
scope from the athlete card (through the gate). The zone set wins and its neighbours follow
(each keeps its far bound) so the set stays contiguous; a change that would leave a
neighbour narrower than a useful minimum is refused with the nearest range that fits. Read
back by every screen through
``ProfileService.zones`` (``coach.profile.zones.compute_zones``)."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.zone_text import ZoneChange
from bot.coach.profile.zones import (
    ZoneBlock,
    compute_zones,
    effective_set,
    overrides_of,
    to_canonical,
)
from bot.coach.science import ZoneDefinitionError, ZoneSet
from bot.coach.science.zones import Zone, ZoneOverride, apply_zone_overrides
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
        kept = {
            e.number: e
            for e in snapshot.zone_overrides
            if e.metric == change.metric and e.number != number
        }
        mine = ZoneOverride(number, change.lower, upper)
        before = effective_set(zones, snapshot.zone_overrides)
        _refuse_squeezed(zones, before, mine, change)
        now = self._clock.now()
        moved = _follow(zones, kept, mine, setter=setter, set_by=set_by, now=now)
        _check(zones, [*overrides_of(zones, {**kept, **moved}.values()), mine], mine)
        entry = ZoneOverrideEntry(
            metric=change.metric,
            number=number,
            lower=to_canonical(zones, change.lower),
            upper=to_canonical(zones, upper),
            set_by=set_by,
            setter_id=setter.id,
            setter_name=setter.display_name[:128],
            set_at=now,
        )
        await self._repo.replace(athlete.id, [entry, *moved.values()], now=now)
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
    """Apply strictly: after the neighbours followed, what is left is a bound the science
    core refuses (a negative value, say)."""
    try:
        apply_zone_overrides(zones, overrides)
    except ZoneDefinitionError as error:
        raise ProfileInputError("zone-conflict", number=_label(zones, mine.number)) from error


def _label(zones: ZoneSet, number: int) -> str:
    return zones.by_number(number).label


# The narrowest zone worth keeping, in the set's own unit (bpm, W, s per km/mile, s per
# 100 m/yd): about the beat-to-beat noise of a chest strap, a power meter's ±1-2 % at
# endurance watts, a few seconds of GPS pace. A neighbour is refused below this only when
# the change narrows it (a computed zone may already be narrower).
_MIN_WIDTH = {"heart_rate": 3.0, "power": 5.0, "run_pace": 5.0, "swim_pace": 2.0}
# A metric word the parser reads in every language, for the command the advice suggests.
_COMMAND_WORD = {"heart_rate": "hr", "power": "power", "run_pace": "pace", "swim_pace": "swim"}


def _numeric(zones: ZoneSet) -> list[Zone]:
    """Ascending values, so pace and power/HR read the same way."""
    return list(zones.zones[::-1] if zones.metric.descending else zones.zones)


def _follow(
    zones: ZoneSet,
    kept: dict[int, ZoneOverrideEntry],
    mine: ZoneOverride,
    *,
    setter: Athlete,
    set_by: ZoneSetter,
    now: datetime,
) -> dict[int, ZoneOverrideEntry]:
    """The neighbours' own overrides with the shared bound moved to the new zone's, so the
    set stays contiguous: the newest change wins and each neighbour keeps its far bound.
    (Neighbours without an override follow by themselves in ``apply_zone_overrides``.)"""
    numeric = _numeric(zones)
    index = next(i for i, z in enumerate(numeric) if z.number == mine.number)
    moved: dict[int, ZoneOverrideEntry] = {}
    below = kept.get(numeric[index - 1].number) if index > 0 else None
    if below is not None and below.upper is not None and mine.lower is not None:
        moved[below.number] = replace(below, upper=to_canonical(zones, mine.lower))
    above = kept.get(numeric[index + 1].number) if index + 1 < len(numeric) else None
    if above is not None and above.lower is not None and mine.upper is not None:
        moved[above.number] = replace(above, lower=to_canonical(zones, mine.upper))
    return {
        number: replace(
            entry,
            set_by=set_by,
            setter_id=setter.id,
            setter_name=setter.display_name[:128],
            set_at=now,
        )
        for number, entry in moved.items()
    }


def _refuse_squeezed(
    zones: ZoneSet, before: ZoneSet, mine: ZoneOverride, change: ZoneChange
) -> None:
    """Refuse a change that would leave a neighbour narrower than ``_MIN_WIDTH`` (or
    empty), naming it and the nearest range of this zone that leaves it room."""
    minimum = _MIN_WIDTH[zones.metric.value]
    numeric = _numeric(before)
    index = next(i for i, z in enumerate(numeric) if z.number == mine.number)
    low = mine.lower if mine.lower is not None else numeric[index].lower
    squeezed: Zone | None = None
    suggested: tuple[float, float | None] = (low, mine.upper)
    if index > 0:
        below = numeric[index - 1]
        width, was = low - below.lower, (below.upper or low) - below.lower
        if width < minimum and width < was:
            squeezed, suggested = below, (math.ceil(below.lower + minimum), mine.upper)
    if squeezed is None and index + 1 < len(numeric) and mine.upper is not None:
        above = numeric[index + 1]
        if above.upper is not None:
            width, was = above.upper - mine.upper, above.upper - above.lower
            if width < minimum and width < was:
                squeezed, suggested = above, (low, math.floor(above.upper - minimum))
    if squeezed is None:
        return
    first, last = suggested
    if last is not None and last - first < 1:
        # No range of this zone leaves the neighbour room: only moving it first helps.
        raise ProfileInputError("zone-squeezed-only", number=change.zone, neighbour=squeezed.label)
    shown = _typed(zones, first) + ("+" if last is None else f"-{_typed(zones, last)}")
    raise ProfileInputError(
        "zone-squeezed",
        number=change.zone,
        neighbour=squeezed.label,
        command=f"/zones zone {change.zone} {_COMMAND_WORD[zones.metric.value]} {shown}",
    )


def _typed(zones: ZoneSet, value: float) -> str:
    """A bound as the athlete types it: 4:49 for a pace, 143 for bpm or watts."""
    if zones.metric.descending:
        seconds = round(value)
        return f"{seconds // 60}:{seconds % 60:02d}"
    return f"{value:g}"
