"""The typed zone lines the hints show in every language are read by the zone reader:
each <code> example in a language's zones.ftl parses, and the words mean what they say."""

from __future__ import annotations

import re

import pytest

from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.zone_text import ZoneChange, parse_zone_change
from bot.i18n.catalog import LOCALES_DIR, SUPPORTED_LANGUAGES

_RESET_EXAMPLES = {"/zones reset", "/zones сброс"}


def _examples(language: str) -> list[str]:
    text = (LOCALES_DIR / language / "zones.ftl").read_text(encoding="utf-8")
    codes = re.findall(r"<code>(.*?)</code>", text)
    # A code with a placeholder ("{ $command }") is filled in by the bot, not an example.
    return [code for code in codes if code not in _RESET_EXAMPLES and "{ $" not in code]


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_zone_example_in_the_catalog_is_understood(language: str) -> None:
    examples = _examples(language)
    assert examples
    for example in examples:
        parse_zone_change(example.removeprefix("/zones "))


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("zona 2 pulso 130-145", ZoneChange("heart_rate", "2", 130, 145)),
        ("zona 3 ritmo 4:50-5:10", ZoneChange("run_pace", "3", 290, 310)),
        ("zona 2 potencia 150-210", ZoneChange("power", "2", 150, 210)),
        ("zona 4 natación 1:50-2:00", ZoneChange("swim_pace", "4", 110, 120)),
        ("Zone 2 Puls 130-145", ZoneChange("heart_rate", "2", 130, 145)),
        ("Zone 3 Pace 4:50-5:10", ZoneChange("run_pace", "3", 290, 310)),
        ("Zone 3 Tempo 4:50-5:10", ZoneChange("run_pace", "3", 290, 310)),
        ("Zone 2 Leistung 150-210", ZoneChange("power", "2", 150, 210)),
        ("zone 5c FC 182+", ZoneChange("heart_rate", "5c", 182, None)),
        ("zone 3 allure 4:50-5:10", ZoneChange("run_pace", "3", 290, 310)),
        ("zone 2 puissance 150-210", ZoneChange("power", "2", 150, 210)),
        ("zona 2 frequenza 130-145", ZoneChange("heart_rate", "2", 130, 145)),
        ("zona 3 passo 4:50-5:10", ZoneChange("run_pace", "3", 290, 310)),
        ("zona 2 potenza 150-210", ZoneChange("power", "2", 150, 210)),
        ("zona 3 nuoto 1:50-2:00", ZoneChange("swim_pace", "3", 110, 120)),
    ],
)
def test_zone_lines_in_spanish_german_french_and_italian(text: str, change: ZoneChange) -> None:
    assert parse_zone_change(text) == change


def test_zona_without_a_number_is_still_unreadable() -> None:
    with pytest.raises(ProfileInputError) as raised:
        parse_zone_change("zona pulso 130-145")
    assert raised.value.code == "zone-format"
