"""Zones: published boundaries, lookup on boundaries, overrides, and their invariants."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.science import (
    PaceUnit,
    ScienceError,
    Zone,
    ZoneDefinitionError,
    ZoneMetric,
    ZoneOverride,
    ZoneSet,
    ZoneSource,
    apply_zone_overrides,
    custom_zone_set,
    hr_zones_coggan,
    hr_zones_friel_bike,
    hr_zones_friel_run,
    hr_zones_karvonen,
    hr_zones_percent_max,
    karvonen_target_hr,
    power_zones_coggan,
    run_pace_zones_friel,
    swim_pace_zones_css,
    time_in_pace_zones,
    time_in_zones,
    zone_of,
)


def bounds(zones: ZoneSet) -> list[tuple[float, float | None]]:
    return [(z.lower, z.upper) for z in zones.zones]


def test_coggan_power_zones_for_ftp_300() -> None:
    zones = power_zones_coggan(300)
    # [0.55, 0.75, 0.90, 1.05, 1.20, 1.50] × 300 W
    assert zones.boundaries() == (165.0, 225.0, 270.0, 315.0, 360.0, 450.0)
    assert [z.number for z in zones.zones] == [1, 2, 3, 4, 5, 6, 7]
    assert zones.zones[0].lower == 0.0
    assert zones.zones[-1].upper is None
    assert zones.zones[-1].code == "neuromuscular"


@pytest.mark.parametrize(
    ("watts", "zone"),
    [(0, 1), (165, 1), (165.01, 2), (225, 2), (270, 3), (270.5, 4), (315, 4), (360, 5),
     (450, 6), (451, 7), (2000, 7)],
)  # fmt: skip
def test_a_value_on_a_boundary_belongs_to_the_lower_zone(watts: float, zone: int) -> None:
    assert zone_of(power_zones_coggan(300), watts).number == zone


def test_coggan_hr_zones_from_lthr_170() -> None:
    # 68/83/94/105 % of 170 = 115.6, 141.1, 159.8, 178.5
    assert hr_zones_coggan(170).boundaries() == pytest.approx((115.6, 141.1, 159.8, 178.5))


def test_friel_run_and_bike_zones_from_lthr_170() -> None:
    run = hr_zones_friel_run(170)
    # 85/89/94/99/102/106 % of 170
    assert run.boundaries() == pytest.approx((144.5, 151.3, 159.8, 168.3, 173.4, 180.2))
    assert [z.label for z in run.zones] == ["1", "2", "3", "4", "5a", "5b", "5c"]
    bike = hr_zones_friel_bike(170)
    # 81/89/93/99/102/106 % of 170
    assert bike.boundaries() == pytest.approx((137.7, 151.3, 158.1, 168.3, 173.4, 180.2))
    # LTHR itself (100 %) is Friel's zone 5a in both.
    assert zone_of(run, 170).label == "5a"
    assert zone_of(bike, 170).label == "5a"


def test_karvonen_70_percent_with_rest_50_and_max_190_is_148() -> None:
    assert karvonen_target_hr(50, 190, 0.70) == pytest.approx(148.0)
    zones = hr_zones_karvonen(50, 190)
    # 50 + {50,60,70,80,90} % × 140 = 120, 134, 148, 162, 176
    assert zones.zones[0].lower == pytest.approx(120.0)
    assert zones.boundaries() == pytest.approx((134.0, 148.0, 162.0, 176.0))
    # Below zone 1's floor still counts as zone 1.
    assert zone_of(zones, 90).number == 1


def test_percent_hr_max_zones() -> None:
    zones = hr_zones_percent_max(180)
    # {60,70,80,90} % of 180
    assert zones.boundaries() == pytest.approx((108.0, 126.0, 144.0, 162.0))
    assert zones.zones[0].lower == pytest.approx(90.0)


def test_run_pace_zones_zone_1_is_slowest() -> None:
    # Threshold pace 4:00/km (240 s); boundaries 129/113/105/100/96/90 % of 240 s.
    zones = run_pace_zones_friel(1000 / 240)
    assert zones.metric is ZoneMetric.RUN_PACE
    assert zones.unit == "s_per_km"
    assert zones.boundaries() == pytest.approx((309.6, 271.2, 252.0, 240.0, 230.4, 216.0))
    assert zones.zones[0].upper is None  # slower than 309.6 s/km, open-ended
    assert zones.zones[-1].lower == 0.0  # faster than 216 s/km
    assert zone_of(zones, 600).number == 1
    assert zone_of(zones, 309.6).number == 1  # on the boundary: the easier zone
    assert zone_of(zones, 309.5).number == 2
    assert zone_of(zones, 150).label == "5c"


def test_super_threshold_never_holds_a_pace_slower_than_threshold() -> None:
    """A sandbox tester saw threshold pace 4:30/km inside zone 5a "4:22–4:33": Friel's 5a
    is 97–100 % of threshold pace time, zone 4 101–105 % (sub-threshold)."""
    zones = run_pace_zones_friel(1000 / 270)
    four, five_a = zones.zones[3], zones.zones[4]
    assert (four.label, five_a.label) == ("4", "5a")
    assert five_a.upper == pytest.approx(270.0) == four.lower  # threshold pace: the edge
    assert five_a.lower == pytest.approx(0.96 * 270)
    assert zone_of(zones, 271).label == "4"  # a second slower: sub-threshold
    assert zone_of(zones, 269).label == "5a"  # a second faster: super-threshold
    assert zone_of(zones, 270).label == "4"  # the boundary itself: the easier zone


def test_run_pace_zones_in_miles() -> None:
    zones = run_pace_zones_friel(1000 / 240, PaceUnit.PER_MILE)
    # 240 s/km = 386.24 s/mile; zone 5a/5b boundary at 96 % = 370.79 s/mile
    assert zones.boundaries()[4] == pytest.approx(0.96 * 240 * 1.609344)


def test_swim_zones_from_css_1_35() -> None:
    zones = swim_pace_zones_css(200 / 190)
    # CSS pace 95 s/100 m; 108/104/100/96 % = 102.6, 98.8, 95, 91.2
    assert zones.boundaries() == pytest.approx((102.6, 98.8, 95.0, 91.2))
    assert zone_of(zones, 95.0).number == 3
    assert zone_of(zones, 94.0).code == "threshold"


def test_time_in_power_zones_counts_boundaries_in_the_lower_zone() -> None:
    stream = np.repeat([100.0, 165.0, 166.0, 300.0, np.nan], 10)
    seconds = [t.seconds for t in time_in_zones(power_zones_coggan(300), stream)]
    assert seconds == [20.0, 10.0, 0.0, 10.0, 0.0, 0.0, 0.0]


def test_time_in_pace_zones_from_speed_counts_standing_as_zone_1() -> None:
    zones = run_pace_zones_friel(1000 / 240)
    speed = np.array([0.0, 0.0, 1000 / 235, 1000 / 235, 5.0, np.nan])
    times = {t.label: t.seconds for t in time_in_pace_zones(zones, speed)}
    # 235 s/km → 5a (just faster than threshold); 5.0 m/s = 200 s/km → 5c
    assert times == {"1": 2.0, "2": 0.0, "3": 0.0, "4": 0.0, "5a": 2.0, "5b": 0.0, "5c": 1.0}


def test_override_moves_the_shared_boundary_and_wins() -> None:
    custom = apply_zone_overrides(power_zones_coggan(300), [ZoneOverride(2, upper=230)])
    assert custom.source is ZoneSource.CUSTOM
    assert custom.boundaries() == (165.0, 230.0, 270.0, 315.0, 360.0, 450.0)
    assert zone_of(custom, 228).number == 2


def test_override_of_pace_zone_moves_its_slower_neighbour() -> None:
    computed = run_pace_zones_friel(1000 / 240)
    # Zone 2's slow edge is its upper bound (seconds): moving it moves zone 1's lower.
    custom = apply_zone_overrides(computed, [ZoneOverride(2, upper=320.0, name="Easy")])
    assert custom.zones[0].lower == 320.0
    assert custom.zones[1].name == "Easy"
    assert zone_of(custom, 315).number == 2


def test_override_that_leaves_a_gap_is_refused() -> None:
    computed = power_zones_coggan(300)
    with pytest.raises(ZoneDefinitionError, match="zone 2 ends at 230 but zone 3 starts at 240"):
        apply_zone_overrides(computed, [ZoneOverride(2, upper=230), ZoneOverride(3, lower=240)])


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ([ZoneOverride(2, upper=100)], "empty or inverted"),
        ([ZoneOverride(9, upper=100)], "there is no zone 9"),
        ([ZoneOverride(2, upper=200), ZoneOverride(2, upper=210)], "overridden twice"),
        ([ZoneOverride(7, upper=900)], "must stay open-ended"),
        ([ZoneOverride(3, lower=-5)], "invalid custom bound"),
    ],
)
def test_bad_overrides_raise(overrides: list[ZoneOverride], message: str) -> None:
    with pytest.raises(ZoneDefinitionError, match=message):
        apply_zone_overrides(power_zones_coggan(300), overrides)


def make_zone(number: int, lower: float, upper: float | None) -> Zone:
    return Zone(number, str(number), f"z{number}", f"Zone {number}", "custom", lower, upper)


def test_custom_zone_set_is_validated() -> None:
    good = custom_zone_set(
        ZoneMetric.HEART_RATE, "bpm", [make_zone(1, 0, 140), make_zone(2, 140, 160),
                                       make_zone(3, 160, None)]
    )  # fmt: skip
    assert zone_of(good, 150).number == 2
    with pytest.raises(ZoneDefinitionError, match="not contiguous: one ends at 140"):
        custom_zone_set(ZoneMetric.HEART_RATE, "bpm",
                        [make_zone(1, 0, 140), make_zone(2, 145, None)])  # fmt: skip
    with pytest.raises(ZoneDefinitionError, match="must be open-ended"):
        custom_zone_set(ZoneMetric.HEART_RATE, "bpm",
                        [make_zone(1, 0, 140), make_zone(2, 140, 200)])  # fmt: skip
    with pytest.raises(ZoneDefinitionError, match="numbered 1..2"):
        custom_zone_set(ZoneMetric.HEART_RATE, "bpm",
                        [make_zone(2, 0, 140), make_zone(1, 140, None)])  # fmt: skip


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: power_zones_coggan(0), "FTP must be between 1 and 2500 W, got 0"),
        (lambda: hr_zones_friel_run(300), "LTHR must be between 60 and 250"),
        (lambda: hr_zones_karvonen(60, 55), "HRmax must be between 100"),
        (lambda: hr_zones_karvonen(110, 105), "HRmax (105) must be above resting HR (110)"),
        (lambda: karvonen_target_hr(100, 100, 0.5), "HRmax (100) must be above resting HR"),
        (lambda: run_pace_zones_friel(0), "threshold speed must be between"),
        (lambda: zone_of(power_zones_coggan(300), float("nan")), "missing value"),
        (lambda: zone_of(power_zones_coggan(300), -1), "cannot be negative"),
    ],
)
def test_bad_zone_input_raises(call, message: str) -> None:
    with pytest.raises(ScienceError, match=re.escape(message)):
        call()


def assert_contiguous_and_ordered(zones: ZoneSet) -> None:
    marks = zones.boundaries()
    if zones.metric.descending:
        assert all(a > b for a, b in zip(marks, marks[1:], strict=False))
        for slow, fast in zip(zones.zones, zones.zones[1:], strict=False):
            assert fast.upper == slow.lower
    else:
        assert all(a < b for a, b in zip(marks, marks[1:], strict=False))
        for easy, hard in zip(zones.zones, zones.zones[1:], strict=False):
            assert easy.upper == hard.lower
    for bound, zone in zip(marks, zones.zones, strict=False):
        assert zone_of(zones, bound).number == zone.number  # boundary → easier zone


@given(st.floats(min_value=50, max_value=600))
def test_power_zones_are_contiguous_and_ordered(ftp: float) -> None:
    assert_contiguous_and_ordered(power_zones_coggan(ftp))


@given(st.floats(min_value=100, max_value=200))
def test_hr_zones_are_contiguous_and_ordered(lthr: float) -> None:
    for zones in (hr_zones_coggan(lthr), hr_zones_friel_run(lthr), hr_zones_friel_bike(lthr)):
        assert_contiguous_and_ordered(zones)


@given(st.floats(min_value=30, max_value=90), st.floats(min_value=150, max_value=220))
def test_karvonen_zones_are_contiguous_and_ordered(rest: float, top: float) -> None:
    assert_contiguous_and_ordered(hr_zones_karvonen(rest, top))


@given(st.floats(min_value=2.0, max_value=7.0), st.floats(min_value=0.6, max_value=2.0))
def test_pace_zones_are_contiguous_and_ordered(run_speed: float, css: float) -> None:
    assert_contiguous_and_ordered(run_pace_zones_friel(run_speed))
    assert_contiguous_and_ordered(swim_pace_zones_css(css))


@given(st.floats(min_value=100, max_value=400), st.floats(min_value=0, max_value=1000),
       st.floats(min_value=0, max_value=1000))  # fmt: skip
def test_zone_of_is_monotone_in_effort(ftp: float, a: float, b: float) -> None:
    zones = power_zones_coggan(ftp)
    low, high = sorted((a, b))
    assert zone_of(zones, low).number <= zone_of(zones, high).number


def test_pace_zones_need_a_pace_unit() -> None:
    with pytest.raises(ZoneDefinitionError, match="pace zones need a pace unit"):
        custom_zone_set(ZoneMetric.RUN_PACE, "min_per_km",
                        [make_zone(1, 300, None), make_zone(2, 0, 300)])  # fmt: skip
