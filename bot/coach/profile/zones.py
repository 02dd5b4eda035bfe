"""The athlete's training zones, computed by the science core from the thresholds in force.

Which model: Coggan power levels from FTP; Friel run pace zones from threshold pace; CSS
swim zones; heart rate from LTHR (Friel's running or cycling zones, by the athlete's
sports) when known, else Karvonen from HRmax and resting HR, else % of HRmax.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.coach.science import (
    PaceUnit,
    ZoneSet,
    hr_zones_friel_bike,
    hr_zones_friel_run,
    hr_zones_karvonen,
    hr_zones_percent_max,
    power_zones_coggan,
    run_pace_zones_friel,
    swim_pace_zones_css,
)
from bot.domain.profiles import ProfileFields, ThresholdEntry, ThresholdKind, Units


@dataclass(frozen=True, slots=True)
class ZoneBlock:
    """One zone set and the thresholds it was computed from."""

    zones: ZoneSet
    basis: tuple[ThresholdEntry, ...]


@dataclass(frozen=True, slots=True)
class ProfileZones:
    power: ZoneBlock | None = None
    run_pace: ZoneBlock | None = None
    swim_pace: ZoneBlock | None = None
    heart_rate: ZoneBlock | None = None

    def blocks(self) -> list[ZoneBlock]:
        return [b for b in (self.heart_rate, self.power, self.run_pace, self.swim_pace) if b]


def compute_zones(
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
