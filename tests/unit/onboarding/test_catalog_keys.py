"""Every catalog key the profile screens build from codes exists in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.coach.profile import dialog as machine
from bot.coach.profile.races import RACE_OPTIONS
from bot.coach.profile.zones import FIELD_TESTS
from bot.coach.science import (
    hr_zones_coggan,
    hr_zones_friel_bike,
    hr_zones_friel_run,
    hr_zones_karvonen,
    hr_zones_percent_max,
    power_zones_coggan,
    run_pace_zones_friel,
    swim_pace_zones_css,
)
from bot.domain.profiles import ThresholdKind, ThresholdSource
from bot.handlers.onboarding.render import SETTINGS_ITEMS, SUMMARY_SECTIONS, key_safe
from bot.i18n import SUPPORTED_LANGUAGES, Catalogs

CATALOGS = Catalogs.load()
PROFILE_CODE = Path(__file__).resolve().parents[3] / "bot" / "coach" / "profile"


def built_keys() -> set[str]:
    keys: set[str] = set()
    for step in machine.STEPS.values():
        keys.add(f"ob-q-{step.id}")
        if step.escape:
            keys.add(f"ob-btn-{step.escape}")
        if step.input is machine.Input.MULTI and step.min_picks:
            keys.add(f"ob-error-pick-{step.id}")
    labelled = ("sports", "experience", "race_priority", "pool", "equipment", "watch", "sex",
                "units", "th_source", "th_date")  # fmt: skip
    for step in labelled:
        keys.update(f"ob-opt-{step}-{key_safe(code)}" for code in machine.options(step, {}))
    keys.update(f"ob-opt-goal-{key_safe(code)}" for code in [*RACE_OPTIONS, "custom", "general"])
    keys.update({"ob-opt-races-0", "ob-opt-races-20", "ob-opt-long_day-any"})
    for kind in ThresholdKind:
        keys.update({f"th-name-{kind.value}", f"ob-unknown-{kind.value}"})
    keys.update(f"th-source-{source.value}" for source in ThresholdSource)
    keys.update({"th-source-mark-estimated", "th-source-mark-test"})
    keys.update(f"test-{code}" for code in FIELD_TESTS.values())
    keys.update(f"summary-edit-{section.value}" for section in SUMMARY_SECTIONS)
    keys.update(f"settings-{item}" for item in SETTINGS_ITEMS)
    zone_sets = [
        power_zones_coggan(250), hr_zones_coggan(170), hr_zones_friel_run(170),
        hr_zones_friel_bike(170), hr_zones_karvonen(50, 190), hr_zones_percent_max(190),
        run_pace_zones_friel(4.0), swim_pace_zones_css(1.2),
    ]  # fmt: skip
    for zones in zone_sets:
        keys.add(f"zones-model-{zones.model}")
        keys.add(f"zones-{zones.metric.value}")
        keys.update(f"zone-{zone.code}" for zone in zones.zones)
    return keys


def raised_error_codes() -> set[str]:
    """Literal codes of ``ProfileInputError("…")`` in the profile code."""
    codes: set[str] = set()
    for path in PROFILE_CODE.glob("*.py"):
        codes.update(re.findall(r'ProfileInputError\(\s*"([a-z0-9_-]+)"', path.read_text()))
    # Built with f-strings: "{kind}-out-of-range", "{step}-above-max".
    codes.update({"hr-max-out-of-range", "resting-hr-out-of-range", "lthr-out-of-range"})
    codes.update({"lthr-above-max", "resting-hr-above-max"})
    return codes


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_keys_built_from_codes_exist(language: str) -> None:
    missing = built_keys() - CATALOGS.message_ids[language]
    assert not missing, sorted(missing)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_error_the_profile_code_raises_has_a_message(language: str) -> None:
    codes = raised_error_codes()
    assert len(codes) > 40
    missing = {f"ob-error-{code}" for code in codes} - CATALOGS.message_ids[language]
    assert not missing, sorted(missing)
