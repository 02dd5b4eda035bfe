"""Targets: bands agree with the published zone models in coach/science, the renderer
gives numbers and unit codes for any thresholds and units, IF follows the target."""

from __future__ import annotations

import pytest

from bot.coach.planning import (
    Effort,
    SessionSport,
    TalkTest,
    Target,
    TargetKind,
    TargetUnit,
    Thresholds,
    Units,
    intensity_factor,
    render_target,
)
from bot.coach.planning.targets import (
    HR_BIKE_BANDS,
    HR_RUN_BANDS,
    POWER_BANDS,
    RUN_PACE_BANDS,
    load_of,
    make_target,
    target_kind_for,
)
from bot.coach.science import hr_zones_coggan, hr_zones_friel_run, power_zones_coggan
from tests.unit.planning.factories import make_request

T = Thresholds(
    ftp_w=250,
    run_threshold_pace_s_per_km=270,
    css_s_per_100m=105,
    lthr=160,
    hrmax=190,
    resting_hr=50,
)
COGGAN_LEVEL = {
    Effort.RECOVERY: 1,
    Effort.ENDURANCE: 2,
    Effort.TEMPO: 3,
    Effort.THRESHOLD: 4,
    Effort.VO2MAX: 5,
    Effort.ANAEROBIC: 6,
}


@pytest.mark.parametrize(("effort", "level"), COGGAN_LEVEL.items())
def test_power_bands_sit_inside_coggans_levels(effort: Effort, level: int) -> None:
    zone = power_zones_coggan(1000).by_number(level)  # FTP 1000 W: watts = permille
    low, high = POWER_BANDS[effort]
    assert zone.lower / 1000 <= low + 0.01
    assert zone.upper is None or high <= zone.upper / 1000


@pytest.mark.parametrize("effort", [Effort.ENDURANCE, Effort.TEMPO, Effort.THRESHOLD])
def test_hr_bands_match_coggan_and_friel(effort: Effort) -> None:
    lthr = 200  # bpm; zone edges / 200 are the published fractions
    coggan = hr_zones_coggan(lthr).by_number(COGGAN_LEVEL[effort])
    low, high = HR_BIKE_BANDS[effort]
    assert coggan.lower / lthr <= low + 0.01 and high <= (coggan.upper or 9e9) / lthr
    friel = hr_zones_friel_run(lthr).by_number(
        {Effort.ENDURANCE: 2, Effort.TEMPO: 3, Effort.THRESHOLD: 4}[effort]
    )
    low, high = HR_RUN_BANDS[effort]
    assert friel.lower / lthr <= low + 0.01 and high <= (friel.upper or 9e9) / lthr + 0.01


@pytest.mark.parametrize(
    ("target", "units", "expected", "unit"),
    [
        (Target(TargetKind.POWER_FTP, 0.56, 0.75), Units.METRIC, "140–188 W", TargetUnit.WATTS),
        (
            Target(TargetKind.PACE_THRESHOLD, 0.78, 0.87),
            Units.METRIC,
            "5:10–5:46/km",
            TargetUnit.S_PER_KM,
        ),
        (
            Target(TargetKind.PACE_THRESHOLD, 0.78, 0.87),
            Units.IMPERIAL,
            "8:19–9:17/mi",
            TargetUnit.S_PER_MILE,
        ),
        (
            Target(TargetKind.SWIM_PACE_CSS, 0.98, 1.02),
            Units.METRIC,
            "1:43–1:47/100m",
            TargetUnit.S_PER_100M,
        ),
        (
            Target(TargetKind.SWIM_PACE_CSS, 0.98, 1.02),
            Units.IMPERIAL,
            "1:34–1:38/100yd",
            TargetUnit.S_PER_100YD,
        ),
        (Target(TargetKind.HR_LTHR, 0.85, 0.89), Units.METRIC, "136–142 bpm", TargetUnit.BPM),
        # Karvonen 70 % with rest 50 and max 190 = 148 (domain.md worked example).
        (Target(TargetKind.HR_RESERVE, 0.7, 0.8), Units.METRIC, "148–162 bpm", TargetUnit.BPM),
        (
            Target(TargetKind.RPE, 3, 4, TalkTest.SENTENCES),
            Units.METRIC,
            "RPE 3–4",
            TargetUnit.RPE,
        ),
    ],
)
def test_render(target: Target, units: Units, expected: str, unit: TargetUnit) -> None:
    rendered = render_target(target, T, units)
    assert (rendered.text, rendered.unit) == (expected, unit)
    assert rendered.low <= rendered.high


def test_pace_numbers_are_seconds_fast_first() -> None:
    rendered = render_target(Target(TargetKind.PACE_THRESHOLD, 0.96, 1.01), T, Units.METRIC)
    assert (rendered.low, rendered.high) == (267, 281)


def test_missing_threshold_falls_back_to_percentages() -> None:
    rendered = render_target(Target(TargetKind.POWER_FTP, 0.56, 0.75), Thresholds(), Units.METRIC)
    assert (rendered.low, rendered.high, rendered.unit) == (56, 75, TargetUnit.PCT_FTP)


def test_intensity_factor_is_the_ratio_for_power_and_pace() -> None:
    assert intensity_factor(Target(TargetKind.POWER_FTP, 0.95, 1.05), SessionSport.BIKE) == (
        pytest.approx(1.0)
    )
    assert intensity_factor(
        Target(TargetKind.PACE_THRESHOLD, 0.78, 0.88), SessionSport.RUN
    ) == pytest.approx(0.83)


@pytest.mark.parametrize("kind", [TargetKind.HR_LTHR, TargetKind.HR_RESERVE, TargetKind.RPE])
@pytest.mark.parametrize("sport", [SessionSport.BIKE, SessionSport.RUN])
def test_same_zone_gives_the_same_intensity_whatever_the_target_kind(
    kind: TargetKind, sport: SessionSport
) -> None:
    reference = TargetKind.POWER_FTP if sport is SessionSport.BIKE else TargetKind.PACE_THRESHOLD
    for effort in (Effort.ENDURANCE, Effort.TEMPO, Effort.THRESHOLD):
        expected = intensity_factor(make_target(reference, effort, sport), sport)
        assert intensity_factor(make_target(kind, effort, sport), sport) == pytest.approx(
            expected, abs=1e-9
        )


def test_load_is_hours_if_squared_and_cubed_for_swims() -> None:
    assert load_of(3600, 1.0, SessionSport.BIKE) == pytest.approx(100)  # TSS of an hour at FTP
    assert load_of(3600, 0.8, SessionSport.RUN) == pytest.approx(64)
    assert load_of(3600, 0.8, SessionSport.SWIM) == pytest.approx(51.2)


def test_anaerobic_work_has_no_heart_rate_band() -> None:
    target = make_target(TargetKind.HR_LTHR, Effort.ANAEROBIC, SessionSport.RUN)
    assert (target.kind, target.talk) == (TargetKind.RPE, TalkTest.NO_TALKING)


@pytest.mark.parametrize(
    ("sport", "overrides", "kind"),
    [
        (SessionSport.BIKE, {}, TargetKind.POWER_FTP),
        (SessionSport.BIKE, {"thresholds": Thresholds(lthr=160)}, TargetKind.HR_LTHR),
        (
            SessionSport.BIKE,
            {"thresholds": Thresholds(hrmax=190, resting_hr=50)},
            TargetKind.HR_RESERVE,
        ),
        (SessionSport.RUN, {}, TargetKind.PACE_THRESHOLD),
        (SessionSport.RUN, {"thresholds": Thresholds()}, TargetKind.RPE),
        (SessionSport.SWIM, {}, TargetKind.SWIM_PACE_CSS),
        (SessionSport.SWIM, {"thresholds": Thresholds(lthr=160)}, TargetKind.RPE),
    ],
)
def test_the_most_objective_target_the_athlete_can_follow(
    sport: SessionSport, overrides: dict, kind: TargetKind
) -> None:
    assert target_kind_for(sport, make_request(**overrides)) is kind


def test_run_pace_bands_are_friels_zones_as_speed() -> None:
    # Friel Z2 is 114-129 % of threshold pace time: 1/1.29 = 0.775 .. 1/1.14 = 0.877.
    low, high = RUN_PACE_BANDS[Effort.ENDURANCE]
    assert low == pytest.approx(1 / 1.29, abs=0.006)
    assert high == pytest.approx(1 / 1.14, abs=0.008)
