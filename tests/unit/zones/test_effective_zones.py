"""The effective zones: computed from the thresholds, custom zones applied on top, read
the same way by the profile screen, plan targets and activity time-in-zone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.coach.ingest.metrics import zone_sets
from bot.coach.planning.model import Target, TargetKind
from bot.coach.planning.request import Thresholds, ZoneMap
from bot.coach.planning.targets import TargetUnit, render_target
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.zone_text import ZoneChange, parse_zone_change
from bot.coach.profile.zones import compute_zones, effective_set, science_overrides
from bot.coach.science import (
    AthleteThresholds,
    ZoneOverride,
    apply_zone_overrides,
    hr_zones_friel_run,
    power_zones_coggan,
    run_pace_zones_friel,
)
from bot.coach.science import Sport as ScienceSport
from bot.coach.science.zones import carry_into
from bot.domain.profiles import (
    Experience,
    ProfileFields,
    SportChoice,
    ThresholdEntry,
    ThresholdKind,
    ThresholdSource,
    Units,
)
from bot.domain.zone_overrides import ZoneOverrideEntry, ZoneSetter

SET_AT = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)


def entry(metric: str, number: int, lower: float | None, upper: float | None) -> ZoneOverrideEntry:
    return ZoneOverrideEntry(metric, number, lower, upper, ZoneSetter.ATHLETE, 1, "Pia", SET_AT)


def threshold(kind: ThresholdKind, value: float) -> ThresholdEntry:
    return ThresholdEntry(
        1, 1, kind, value, ThresholdSource.MEASURED, date(2026, 1, 1), None, SET_AT
    )


def runner(units: Units = Units.METRIC) -> ProfileFields:
    return ProfileFields(
        sports=(SportChoice.RUN,), experience=Experience.INTERMEDIATE, units=units
    )


def test_carry_into_keeps_a_value_in_the_same_zone_at_the_same_place() -> None:
    computed = hr_zones_friel_run(170)  # Z2 144.5-151.3
    effective = apply_zone_overrides(computed, [ZoneOverride(2, 130, 145)])
    assert carry_into(computed, effective, 144.5 + (151.3 - 144.5) / 2) == pytest.approx(137.5)
    assert carry_into(computed, effective, 151.3) == pytest.approx(145.0)
    # Zone 1 shrank to 0-130: its top moves with it; the open top zone is only shifted.
    assert carry_into(computed, effective, 144.5) == pytest.approx(130.0)
    assert carry_into(computed, effective, 190.0) == pytest.approx(190.0)
    assert carry_into(computed, computed, 150.0) == 150.0


def test_profile_zones_apply_the_override_and_keep_the_computed_ones() -> None:
    thresholds = {ThresholdKind.LTHR: threshold(ThresholdKind.LTHR, 170)}
    plain = compute_zones(runner(), thresholds)
    custom = compute_zones(runner(), thresholds, [entry("heart_rate", 2, 130, 145)])
    assert plain.heart_rate is not None and custom.heart_rate is not None
    zones = custom.heart_rate.zones
    assert (zones.by_number(2).lower, zones.by_number(2).upper) == (130, 145)
    assert zones.by_number(1).upper == 130 and zones.by_number(3).lower == 145
    assert custom.heart_rate.computed == plain.heart_rate.zones
    assert [e.number for e in custom.heart_rate.overrides] == [2]
    assert plain.heart_rate.computed is None


def test_pace_overrides_are_stored_per_km_and_shown_in_the_athletes_units() -> None:
    thresholds = {
        ThresholdKind.RUN_THRESHOLD_PACE: threshold(ThresholdKind.RUN_THRESHOLD_PACE, 270)
    }
    overrides = [entry("run_pace", 3, 280, 300)]  # s/km
    metric = compute_zones(runner(), thresholds, overrides).run_pace
    imperial = compute_zones(runner(Units.IMPERIAL), thresholds, overrides).run_pace
    assert metric is not None and imperial is not None
    assert metric.zones.by_number(3).lower == 280
    assert imperial.zones.by_number(3).lower == pytest.approx(280 * 1.609344)
    assert imperial.zones.by_number(3).upper == pytest.approx(300 * 1.609344)


def test_an_override_that_no_longer_fits_falls_back_to_the_computed_zones() -> None:
    computed = power_zones_coggan(250)  # Z3 187.5-225
    stale = [entry("power", 2, 150, 240)]  # past the top of zone 3
    assert effective_set(computed, stale) is computed


def test_activity_zone_sets_use_the_overrides() -> None:
    overrides = science_overrides([entry("power", 2, 150, 200)])
    sets = zone_sets(ScienceSport.BIKE, AthleteThresholds(ftp_w=250, zone_overrides=overrides))
    zone = sets["power"].by_number(2)
    assert (zone.lower, zone.upper) == (150, 200)
    plain = zone_sets(ScienceSport.BIKE, AthleteThresholds(ftp_w=250))
    assert plain["power"].by_number(2).upper == 187.5


def test_session_targets_are_carried_into_the_custom_zones() -> None:
    computed = power_zones_coggan(250)
    effective = apply_zone_overrides(computed, [ZoneOverride(2, 150, 200)])
    endurance = Target(TargetKind.POWER_FTP, 0.56, 0.75)  # 140-187.5 W: computed zone 2
    plain = render_target(endurance, Thresholds(ftp_w=250), Units.METRIC)
    custom = render_target(
        endurance,
        Thresholds(ftp_w=250, zone_maps=(ZoneMap(computed, effective),)),
        Units.METRIC,
    )
    assert (plain.low, plain.high, plain.unit) == (140, 188, TargetUnit.WATTS)
    assert (custom.low, custom.high) == (152, 200)  # inside the custom zone 2


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("zone 2 hr 130-145", ZoneChange("heart_rate", "2", 130, 145)),
        ("Z3 pace 5:10 - 4:50", ZoneChange("run_pace", "3", 290, 310)),
        ("зона 5б пульс 170–175", ZoneChange("heart_rate", "5b", 170, 175)),
        ("power zone 7 600+", ZoneChange("power", "7", 600, None)),
        ("зона 2 темп 5:30 до 6:00", ZoneChange("run_pace", "2", 330, 360)),
        ("zone 4 swim 1:40-1:45", ZoneChange("swim_pace", "4", 100, 105)),
    ],
)
def test_typed_zone_changes_are_read(text: str, change: ZoneChange) -> None:
    assert parse_zone_change(text) == change


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("zone 2 130-145", "zone-format"),
        ("hr 130-145", "zone-format"),
        ("zone 2 hr fast", "zone-format"),
        ("zone 2 hr 140-140", "zone-empty"),
    ],
)
def test_unreadable_zone_changes_say_what_is_missing(text: str, code: str) -> None:
    with pytest.raises(ProfileInputError) as raised:
        parse_zone_change(text)
    assert raised.value.code == code


def test_run_pace_zone_map_keeps_paces_in_their_zone() -> None:
    computed = run_pace_zones_friel(1000 / 270)  # Z2 305.1-348.3 s/km
    effective = apply_zone_overrides(computed, [ZoneOverride(2, 320, 360)])
    moved = carry_into(computed, effective, 330.0)
    assert 320 < moved < 360
