"""A typed zone change ("zone 2 hr 130-145", "зона 3 темп 4:50-5:10", "z5 power 300+",
"zona 2 pulso 130-145", "Zone 3 Pace 4:50-5:10", "zone 2 puissance 150-210"),
read into the metric, the zone number and bounds in the athlete's own units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.profile.errors import ProfileInputError

# Words for each metric in the languages the bot speaks (first match wins).
_METRIC_WORDS = (
    (
        "heart_rate",
        ("hr", "heart", "pulse", "bpm", "пульс", "чсс")
        + ("pulso", "fc", "frecuencia", "lpm")  # es
        + ("puls", "hf", "herzfrequenz")  # de
        + ("fréquence", "frequence")  # fr (+ fc)
        + ("frequenza", "battiti"),  # it (+ fc)
    ),
    (
        "power",
        ("power", "watts", "w", "мощность", "ватт", "вт")
        + ("potencia", "vatios", "leistung", "watt", "puissance", "potenza"),
    ),
    (
        "swim_pace",
        ("swim", "css", "плавание", "плав")
        + ("natación", "natacion", "schwimmen", "natation", "nage", "nuoto"),
    ),
    (
        "run_pace",
        ("pace", "run", "темп", "бег")
        + ("ritmo", "carrera", "tempo", "lauf", "laufen", "allure", "course", "passo", "corsa"),
    ),
)
_ZONE = re.compile(r"(?<![a-zа-яё])(?:zone|zona|зона|z)\s*(\d{1,2}[abcабс]?)(?![\w:.,])")
_CYRILLIC = str.maketrans("абс", "abc")
_VALUE = r"(\d{1,2}:\d{2}|\d{1,4}(?:[.,]\d+)?)"
_RANGE = re.compile(_VALUE + r"\s*(?:-|–|—|\.\.|to|до)\s*" + _VALUE)
_OPEN = re.compile(_VALUE + r"\s*\+")


@dataclass(frozen=True, slots=True)
class ZoneChange:
    """Bounds in the athlete's units (bpm, W, s per km/mile, s per 100 m/yd); ``upper``
    None for an open-ended zone ("300+")."""

    metric: str
    zone: str  # the zone's label as typed: "2", "5b"
    lower: float
    upper: float | None


def _number(text: str) -> float:
    if ":" in text:
        minutes, seconds = text.split(":")
        return int(minutes) * 60 + int(seconds)
    return float(text.replace(",", "."))


def parse_zone_change(text: str) -> ZoneChange:
    """ProfileInputError (code ``zone-format``) when a part is missing."""
    lowered = text.lower()
    zone = _ZONE.search(lowered)
    rest = _ZONE.sub(" ", lowered)
    words = set(re.findall(r"[^\W\d_]+", rest))
    metric = next((m for m, names in _METRIC_WORDS if words & set(names)), None)
    if zone is None or metric is None:
        raise ProfileInputError("zone-format")
    found = _RANGE.search(rest)
    if found is not None:
        a, b = _number(found.group(1)), _number(found.group(2))
        low, high = min(a, b), max(a, b)
        if low == high:
            raise ProfileInputError("zone-empty")
        return ZoneChange(metric, zone.group(1).translate(_CYRILLIC), low, high)
    open_ended = _OPEN.search(rest)
    if open_ended is None:
        raise ProfileInputError("zone-format")
    return ZoneChange(
        metric, zone.group(1).translate(_CYRILLIC), _number(open_ended.group(1)), None
    )
