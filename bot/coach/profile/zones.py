"""The athlete's training zones, computed by the science core from the thresholds in force.

Which model: Coggan power levels from FTP; Friel run pace zones from threshold pace; CSS
swim zones; heart rate from LTHR (Friel's running or cycling zones, by the athlete's
sports) when known, else Karvonen from HRmax and resting HR, else % of HRmax.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from bot.coach.science import (
    PaceUnit,
    ZoneDefinitionError,
    ZoneSet,
    hr_zones_friel_bike,
    hr_zones_friel_run,
    hr_zones_karvonen,
    hr_zones_percent_max,
    power_zones_coggan,
    run_pace_zones_friel,
    swim_pace_zones_css,
)
from bot.coach.science.zones import ZoneOverride, apply_zone_overrides
from bot.domain.profiles import ProfileFields, ThresholdEntry, ThresholdKind, Units
from bot.domain.zone_overrides import ZoneOverrideEntry


@dataclass(frozen=True, slots=True)
class ZoneBlock:
    """One zone set and the thresholds it was computed from."""

    zones: ZoneSet
    basis: tuple[ThresholdEntry, ...]
    # With overrides in force: the zones the thresholds give, and the overrides applied.
    computed: ZoneSet | None = None
    overrides: tuple[ZoneOverrideEntry, ...] = ()

    @property
    def from_thresholds(self) -> ZoneSet:
        return self.computed or self.zones


@dataclass(frozen=True, slots=True)
class ProfileZones:
    power: ZoneBlock | None = None
    run_pace: ZoneBlock | None = None
    swim_pace: ZoneBlock | None = None
    heart_rate: ZoneBlock | None = None

    def blocks(self) -> list[ZoneBlock]:
        return [b for b in (self.heart_rate, self.power, self.run_pace, self.swim_pace) if b]

    def block(self, metric: str) -> ZoneBlock | None:
        """The block of a ZoneMetric value (heart_rate, power, run_pace, swim_pace)."""
        return next((b for b in self.blocks() if b.zones.metric.value == metric), None)


def compute_zones(
    fields: ProfileFields,
    thresholds: Mapping[ThresholdKind, ThresholdEntry],
    overrides: Iterable[ZoneOverrideEntry] = (),
) -> ProfileZones:
    """The athlete's effective zones: computed from the thresholds, then the athlete's or
    coach's overrides applied — the one place every screen, target, chart and the AI read
    zones from (domain.md: overrides win everywhere)."""
    computed = _computed_zones(fields, thresholds)
    entries = tuple(overrides)
    if not entries:
        return computed
    return ProfileZones(
        *(
            _effective_block(block, entries)
            for block in (
                computed.power,
                computed.run_pace,
                computed.swim_pace,
                computed.heart_rate,
            )
        )
    )


def _effective_block(
    block: ZoneBlock | None, entries: tuple[ZoneOverrideEntry, ...]
) -> ZoneBlock | None:
    if block is None:
        return None
    mine = tuple(e for e in entries if e.metric == block.zones.metric.value)
    effective = effective_set(block.zones, mine)
    if effective is block.zones:
        return block
    return replace(block, zones=effective, computed=block.zones, overrides=mine)


# Canonical units of stored bounds (``bot.domain.zone_overrides``) per pace metric.
_CANONICAL_METRES = {"run_pace": 1000.0, "swim_pace": 100.0}


def to_set_unit(zones: ZoneSet, value: float | None) -> float | None:
    """A bound in canonical units (bpm, W, s/km, s/100 m) in the zone set's own unit."""
    canonical = _CANONICAL_METRES.get(zones.metric.value)
    if value is None or canonical is None:
        return value
    return value * PaceUnit(zones.unit).metres / canonical


def to_canonical(zones: ZoneSet, value: float | None) -> float | None:
    """The inverse of :func:`to_set_unit`."""
    canonical = _CANONICAL_METRES.get(zones.metric.value)
    if value is None or canonical is None:
        return value
    return value * canonical / PaceUnit(zones.unit).metres


def overrides_of(zones: ZoneSet, entries: Iterable[ZoneOverrideEntry]) -> list[ZoneOverride]:
    """The stored entries of this set's metric as science overrides in the set's unit."""
    return [
        ZoneOverride(e.number, to_set_unit(zones, e.lower), to_set_unit(zones, e.upper))
        for e in entries
        if e.metric == zones.metric.value
    ]


def science_overrides(
    entries: Iterable[ZoneOverrideEntry],
) -> tuple[tuple[str, tuple[ZoneOverride, ...]], ...]:
    """Entries grouped by metric in canonical units, for ``AthleteThresholds`` (whose
    zone sets are per km and per 100 m, the canonical units)."""
    grouped: dict[str, list[ZoneOverride]] = {}
    for e in entries:
        grouped.setdefault(e.metric, []).append(ZoneOverride(e.number, e.lower, e.upper))
    return tuple((metric, tuple(found)) for metric, found in grouped.items())


def effective_set(zones: ZoneSet, entries: Iterable[ZoneOverrideEntry]) -> ZoneSet:
    """``zones`` with the overrides of its metric applied. Overrides were checked against
    the zones of their day; should a later threshold change make them contradict the new
    computed zones (a gap or an inverted zone), the computed zones are used until the
    athlete or coach sets them again, rather than showing a broken set."""
    mine = overrides_of(zones, entries)
    if not mine:
        return zones
    try:
        return apply_zone_overrides(zones, mine)
    except ZoneDefinitionError:
        return zones


def _computed_zones(
    fields: ProfileFields, thresholds: Mapping[ThresholdKind, ThresholdEntry]
) -> ProfileZones:
    imperial = fields.units is Units.IMPERIAL
    ftp = thresholds.get(ThresholdKind.FTP)
    pace = thresholds.get(ThresholdKind.RUN_THRESHOLD_PACE)
    css = thresholds.get(ThresholdKind.CSS)
    power = ZoneBlock(power_zones_coggan(ftp.value), (ftp,)) if ftp and fields.bikes else None
    run = None
    if pace and fields.runs:
        unit = PaceUnit.PER_MILE if imperial else PaceUnit.PER_KM
        run = ZoneBlock(run_pace_zones_friel(1000.0 / pace.value, unit), (pace,))
    swim = None
    if css and fields.swims:
        unit = PaceUnit.PER_100YD if imperial else PaceUnit.PER_100M
        swim = ZoneBlock(swim_pace_zones_css(100.0 / css.value, unit), (css,))
    return ProfileZones(power, run, swim, _heart_rate(fields, thresholds))


def _heart_rate(
    fields: ProfileFields, thresholds: Mapping[ThresholdKind, ThresholdEntry]
) -> ZoneBlock | None:
    lthr = thresholds.get(ThresholdKind.LTHR)
    top = thresholds.get(ThresholdKind.HR_MAX)
    rest = thresholds.get(ThresholdKind.RESTING_HR)
    if lthr is not None:
        model = hr_zones_friel_run if fields.runs or not fields.bikes else hr_zones_friel_bike
        return ZoneBlock(model(lthr.value), (lthr,))
    if top is not None and rest is not None and top.value > rest.value:
        return ZoneBlock(hr_zones_karvonen(rest.value, top.value), (top, rest))
    if top is not None:
        return ZoneBlock(hr_zones_percent_max(top.value), (top,))
    return None


FIELD_TESTS = {
    ThresholdKind.FTP: "ftp20",
    ThresholdKind.RUN_THRESHOLD_PACE: "run30",
    ThresholdKind.CSS: "css",
    ThresholdKind.LTHR: "lthr30",
    ThresholdKind.RESTING_HR: "resting",
}


def missing_tests(
    fields: ProfileFields, thresholds: Mapping[ThresholdKind, ThresholdEntry]
) -> list[str]:
    """Field tests that would measure what is unknown or only estimated."""
    wanted = [ThresholdKind.LTHR, ThresholdKind.RESTING_HR]
    if fields.bikes and (fields.has_power_meter or fields.has_smart_trainer):
        wanted.insert(0, ThresholdKind.FTP)  # an FTP test needs something that measures power
    if fields.runs:
        wanted.insert(0, ThresholdKind.RUN_THRESHOLD_PACE)
    if fields.swims:
        wanted.insert(0, ThresholdKind.CSS)
    tests: list[str] = []
    for kind in wanted:
        entry = thresholds.get(kind)
        if entry is None or entry.source.value == "estimated":
            test = FIELD_TESTS[kind]
            if test not in tests:
                tests.append(test)
    return tests
