"""The morning check-in in pure code: its questions, their answers on the science
core's scales, and the typed measurements (HRV, resting HR, sleep hours).

Every subjective question has five answers shown best first; answer ``k`` (1–5) is
stored as ``k`` on the Hooper-style scale of ``bot.coach.science.wellness`` where
1 = best and 5 = worst, so no button order can invert a scale by accident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from bot.domain.wellness import WellnessFields

# The subjective questions, in the order the check-in shows them.
SCALES = ("sleep_quality", "soreness", "fatigue", "stress", "mood")
SLEEP_HOURS = (5.0, 6.0, 7.0, 8.0, 9.0, 10.0)  # the buttons; 5 = "5 or less", 10 = "10+"
FLAGS = ("illness", "injury")

RMSSD_RANGE = (5.0, 300.0)  # ms: outside this a typed value is a typo, not a reading
RESTING_HR_RANGE = (25.0, 120.0)  # bpm
SLEEP_RANGE = (0.0, 24.0)  # hours


class CheckinInputError(Exception):
    """A typed check-in value that cannot be right; ``code`` names the message."""

    def __init__(self, code: str, **params: str | int | float) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}")


@dataclass(frozen=True, slots=True)
class Measurements:
    rmssd_ms: float | None = None
    resting_hr_bpm: float | None = None
    sleep_hours: float | None = None


def answer(fields: WellnessFields, question: str, value: str) -> WellnessFields:
    """``fields`` with one button's answer applied (a flag button toggles)."""
    if question in SCALES:
        score = int(value)
        if not 1 <= score <= 5:
            raise CheckinInputError("scale", value=score)
        changes: dict[str, Any] = {question: score}
        return replace(fields, **changes)
    if question == "sleep_hours":
        hours = float(value)
        if hours not in SLEEP_HOURS:
            raise CheckinInputError("sleep", value=hours)
        return replace(fields, sleep_hours=hours)
    if question in FLAGS:
        flag: dict[str, Any] = {question: not getattr(fields, question)}
        return replace(fields, **flag)
    raise CheckinInputError("question", question=question)


_NUM = r"(\d+(?:[.,]\d+)?)"
_LABELLED = (
    # HRV first: its words (vfc, hfv) contain the resting-HR ones (fc) of es/fr/it.
    (
        "rmssd_ms",
        re.compile(rf"(?:hrv|rmssd|вср|вариабельность|vfc|hfv|variabilit[àa])\s*[:=]?\s*{_NUM}"),
    ),
    (
        "resting_hr_bpm",
        re.compile(
            rf"(?:rhr|resting\s*hr|hr|pulse|пульс|чсс|чсс\s*покоя"
            rf"|ruhepuls|puls|pulso|pouls|polso|battito"
            rf"|fc(?:r|\s*(?:en\s*reposo|de\s*repos|au\s*repos|a\s*riposo))?)\s*[:=]?\s*{_NUM}"
        ),
    ),
    (
        "sleep_hours",
        re.compile(
            rf"(?:sleep|slept|сон|спал|спала|sueño|sueno|dormí|dormi|schlaf|geschlafen"
            rf"|sommeil|sonno|dormito)\s*[:=]?\s*{_NUM}"
        ),
    ),
)


def parse_measurements(text: str) -> Measurements:
    """Typed overnight numbers: "hrv 62 rhr 48", "вср 62 пульс 48", "sleep 7.5", or two
    bare numbers "62 48" (HRV first, then resting HR, as the check-in asks)."""
    rest = " " + text.lower() + " "
    found: dict[str, float] = {}
    for name, pattern in _LABELLED:
        match = pattern.search(rest)
        if match:
            found[name] = float(match.group(1).replace(",", "."))
            rest = rest[: match.start()] + " " + rest[match.end() :]
    bare = [float(n.replace(",", ".")) for n in re.findall(_NUM, rest)]
    if bare and not found and len(bare) <= 2:
        found["rmssd_ms"] = bare[0]
        if len(bare) == 2:
            found["resting_hr_bpm"] = bare[1]
    elif bare:
        raise CheckinInputError("unclear")
    if not found:
        raise CheckinInputError("unclear")
    checks = {
        "rmssd_ms": RMSSD_RANGE,
        "resting_hr_bpm": RESTING_HR_RANGE,
        "sleep_hours": SLEEP_RANGE,
    }
    for name, value in found.items():
        low, high = checks[name]
        if not low <= value <= high:
            raise CheckinInputError(name, value=value, low=low, high=high)
    return Measurements(**found)


def with_measurements(fields: WellnessFields, measured: Measurements) -> WellnessFields:
    return replace(
        fields,
        rmssd_ms=measured.rmssd_ms if measured.rmssd_ms is not None else fields.rmssd_ms,
        resting_hr_bpm=(
            measured.resting_hr_bpm
            if measured.resting_hr_bpm is not None
            else fields.resting_hr_bpm
        ),
        sleep_hours=(
            measured.sleep_hours if measured.sleep_hours is not None else fields.sleep_hours
        ),
    )
