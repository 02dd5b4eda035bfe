"""Zones: contiguous, ordered intensity bands, their lookup, time in zones and overrides.

Conventions (the same for every metric):

* Zones are numbered from 1 = easiest. ``lower < upper`` numerically, in the set's unit
  (W, bpm, or seconds per km / mile / 100 m for pace).
* Power and HR ascend: zone k is ``(lower, upper]``. Pace descends (faster = fewer
  seconds): zone 1 is the SLOWEST, open-ended on the slow side (``upper is None``), and zone
  k is ``[lower, upper)``; the fastest zone runs down to 0 s.
* A value exactly on a boundary belongs to the LOWER-numbered (easier) zone.
* The hardest zone is open-ended. Values easier than zone 1's floor count as zone 1.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from bot.coach.science.errors import InvalidValueError, ZoneDefinitionError
from bot.coach.science.units import PaceUnit


class ZoneMetric(StrEnum):
    POWER = "power"
    HEART_RATE = "heart_rate"
    RUN_PACE = "run_pace"
    SWIM_PACE = "swim_pace"

    @property
    def descending(self) -> bool:
        """True for pace: a higher number is an easier effort."""
        return self in (ZoneMetric.RUN_PACE, ZoneMetric.SWIM_PACE)


class ZoneSource(StrEnum):
    COMPUTED = "computed"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Zone:
    """One zone. ``code`` is the stable key for translated names; ``name`` and ``purpose``
    are the English defaults. ``upper is None`` means open-ended."""

    number: int
    label: str
    code: str
    name: str
    purpose: str
    lower: float
    upper: float | None


@dataclass(frozen=True, slots=True)
class ZoneSet:
    """A complete, validated set of zones for one metric."""

    metric: ZoneMetric
    unit: str
    model: str
    source: ZoneSource
    zones: tuple[Zone, ...]

    def __post_init__(self) -> None:
        if self.metric.descending and self.unit not in {u.value for u in PaceUnit}:
            raise ZoneDefinitionError(
                f"pace zones need a pace unit ({', '.join(u.value for u in PaceUnit)}), "
                f"got {self.unit!r}"
            )
        _validate(self.metric, self.zones)

    def by_number(self, number: int) -> Zone:
        for zone in self.zones:
            if zone.number == number:
                return zone
        raise ZoneDefinitionError(f"there is no zone {number} in the {self.model} zones")

    def boundaries(self) -> tuple[float, ...]:
        """The shared boundaries between zones k and k+1, in zone order."""
        if self.metric.descending:
            return tuple(zone.lower for zone in self.zones[:-1])
        return tuple(_upper(zone) for zone in self.zones[:-1])


@dataclass(frozen=True, slots=True)
class ZoneTime:
    number: int
    label: str
    seconds: float


@dataclass(frozen=True, slots=True)
class ZoneOverride:
    """A coach's or athlete's change to one zone. ``None`` keeps the computed value.

    Moving a bound moves the neighbour's shared bound with it, unless the neighbour is
    overridden too, in which case both must agree.
    """

    number: int
    lower: float | None = None
    upper: float | None = None
    name: str | None = None


def zone_of(zones: ZoneSet, value: float) -> Zone:
    """The zone holding ``value`` (a boundary belongs to the easier zone)."""
    number = float(value)
    if math.isnan(number):
        raise InvalidValueError("cannot find the zone of a missing value (NaN)")
    if number < 0:
        raise InvalidValueError(f"a {zones.metric.value} value cannot be negative, got {value}")
    bounds = zones.boundaries()
    if zones.metric.descending:
        # Boundaries run slow→fast (decreasing); bisect on negated values keeps "boundary
        # belongs to the easier zone" with one code path.
        index = bisect.bisect_left([-b for b in bounds], -number)
    else:
        index = bisect.bisect_left(bounds, number)
    return zones.zones[index]


def time_in_zones(
    zones: ZoneSet, values: npt.ArrayLike, seconds_per_sample: float = 1.0
) -> tuple[ZoneTime, ...]:
    """Seconds spent in each zone by a 1 Hz stream in the zone set's unit; NaN is skipped."""
    array = np.asarray(values, dtype=np.float64)
    array = array[~np.isnan(array)]
    bounds = np.asarray(zones.boundaries(), dtype=np.float64)
    if zones.metric.descending:
        index = np.searchsorted(-bounds, -array, side="left")
    else:
        index = np.searchsorted(bounds, array, side="left")
    counts = np.bincount(index, minlength=len(zones.zones))
    return tuple(
        ZoneTime(zone.number, zone.label, float(counts[i]) * seconds_per_sample)
        for i, zone in enumerate(zones.zones)
    )


def time_in_pace_zones(zones: ZoneSet, speed_m_s: npt.ArrayLike) -> tuple[ZoneTime, ...]:
    """Time in pace zones from a 1 Hz speed stream (m/s); standing still counts as zone 1."""
    if not zones.metric.descending:
        raise ZoneDefinitionError(f"{zones.model} zones are not pace zones")
    speed = np.asarray(speed_m_s, dtype=np.float64)
    metres = PaceUnit(zones.unit).metres
    with np.errstate(divide="ignore"):
        pace = np.where(speed > 0, metres / np.where(speed > 0, speed, 1.0), np.inf)
    pace[np.isnan(speed)] = np.nan
    return time_in_zones(zones, pace)


def custom_zone_set(metric: ZoneMetric, unit: str, zones: Sequence[Zone]) -> ZoneSet:
    """A full custom set (any number of zones); raises ZoneDefinitionError if it has gaps,
    overlaps or is out of order."""
    return ZoneSet(metric, unit, "custom", ZoneSource.CUSTOM, tuple(zones))


def apply_zone_overrides(computed: ZoneSet, overrides: Sequence[ZoneOverride]) -> ZoneSet:
    """Computed zones with overrides applied; the overrides win (domain.md: users complain
    when custom zones are ignored). The result is validated contiguous and ordered."""
    if not overrides:
        return computed
    by_number: dict[int, ZoneOverride] = {}
    for override in overrides:
        if override.number in by_number:
            raise ZoneDefinitionError(f"zone {override.number} is overridden twice")
        computed.by_number(override.number)
        by_number[override.number] = override
    # Work in numeric order (ascending values) so pace and power share one algorithm.
    numeric = list(computed.zones[::-1] if computed.metric.descending else computed.zones)
    lows = [z.lower for z in numeric]
    highs: list[float | None] = [z.upper for z in numeric]
    for i in range(len(numeric) - 1):
        left = by_number.get(numeric[i].number)
        right = by_number.get(numeric[i + 1].number)
        left_high = left.upper if left else None
        right_low = right.lower if right else None
        if left_high is not None and right_low is not None and left_high != right_low:
            raise ZoneDefinitionError(
                f"zone {numeric[i].number} ends at {left_high:g} but zone "
                f"{numeric[i + 1].number} starts at {right_low:g}: zones must be contiguous"
            )
        boundary = left_high if left_high is not None else right_low
        if boundary is not None:
            boundary = _bound(numeric[i].number, boundary)
            highs[i] = boundary
            lows[i + 1] = boundary
    first = by_number.get(numeric[0].number)
    if first is not None and first.lower is not None:
        lows[0] = _bound(first.number, first.lower)
    last = by_number.get(numeric[-1].number)
    if last is not None and last.upper is not None:
        raise ZoneDefinitionError(
            f"zone {numeric[-1].number} must stay open-ended, got an upper bound of {last.upper:g}"
        )
    rebuilt = []
    for zone, low, high in zip(numeric, lows, highs, strict=True):
        change = by_number.get(zone.number)
        name = change.name if change and change.name else zone.name
        rebuilt.append(replace(zone, lower=low, upper=high, name=name))
    ordered = tuple(rebuilt[::-1] if computed.metric.descending else rebuilt)
    return ZoneSet(computed.metric, computed.unit, computed.model, ZoneSource.CUSTOM, ordered)


def _bound(number: int, value: float) -> float:
    bound = float(value)
    if not math.isfinite(bound) or bound < 0:
        raise ZoneDefinitionError(f"zone {number} has an invalid custom bound: {value!r}")
    return bound


def _upper(zone: Zone) -> float:
    if zone.upper is None:
        raise ZoneDefinitionError(f"only the last zone may be open-ended, zone {zone.number} is")
    return zone.upper


def _validate(metric: ZoneMetric, zones: tuple[Zone, ...]) -> None:
    if len(zones) < 2:
        raise ZoneDefinitionError(f"a zone set needs at least 2 zones, got {len(zones)}")
    numbers = [zone.number for zone in zones]
    if numbers != list(range(1, len(zones) + 1)):
        raise ZoneDefinitionError(f"zones must be numbered 1..{len(zones)} in order: {numbers}")
    numeric = zones[::-1] if metric.descending else zones
    for zone in numeric:
        bounds = [zone.lower] if zone.upper is None else [zone.lower, zone.upper]
        if any(not math.isfinite(b) or b < 0 for b in bounds):
            raise ZoneDefinitionError(f"zone {zone.label} has an invalid bound: {bounds}")
        if zone.upper is not None and zone.upper <= zone.lower:
            raise ZoneDefinitionError(
                f"zone {zone.label} is empty or inverted: {zone.lower:g} to {zone.upper:g}"
            )
    for below, above in zip(numeric, numeric[1:], strict=False):
        high = _upper(below)
        if high != above.lower:
            raise ZoneDefinitionError(
                f"zones {below.label} and {above.label} are not contiguous: one ends at "
                f"{high:g}, the next starts at {above.lower:g}"
            )
    if numeric[-1].upper is not None:
        raise ZoneDefinitionError(
            f"the hardest zone {zones[-1].label} must be open-ended"
            if not metric.descending
            else f"the slowest zone {zones[0].label} must be open-ended"
        )


def carry_into(computed: ZoneSet, effective: ZoneSet, value: float) -> float:
    """``value`` moved from the computed zones into the same zone of the effective
    (overridden) ones, at the same relative place: a target in computed zone 2 stays in
    zone 2 when zone 2 is redefined (domain.md: overrides win everywhere). A piecewise
    linear map over the zone bounds; an open-ended zone is shifted by its finite bound."""
    if computed is effective or computed.zones == effective.zones:
        return value
    zone = zone_of(computed, max(0.0, value))
    target = effective.by_number(zone.number)
    if zone.upper is not None and target.upper is not None and zone.upper > zone.lower:
        share = (value - zone.lower) / (zone.upper - zone.lower)
        return target.lower + share * (target.upper - target.lower)
    if zone.upper is None or target.upper is None:
        return target.lower + (value - zone.lower)
    return target.lower
