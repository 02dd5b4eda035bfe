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
    # Named 1–5 answers typed instead of tapped ("soreness 2"), on the stored scale.
    scales: tuple[tuple[str, int], ...] = ()


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


# The 1–5 questions by name, in the six languages: a named field wins over the bare
# numbers read as HRV and resting HR ("soreness 2" is no HRV of 2 ms). Sleep quality
# comes before the sleep hours whose word it contains.
_SCALE_WORDS = (
    (
        "sleep_quality",
        r"sleep\s*quality|качество\s*сна|calidad\s*del?\s*sueño|schlafqualität"
        r"|qualité\s*du\s*sommeil|qualità\s*del\s*sonno",
    ),
    (
        "soreness",
        r"soreness|sore|muscle\s*pain|болезненность|крепатура|боль\s*в\s*мышцах|мышцы"
        r"|dolor\s*muscular|agujetas|muskelkater|courbatures?|indolenzimento"
        r"|dolori\s*muscolari",
    ),
    (
        "fatigue",
        r"fatigue|tiredness|tired|усталость|утомление|fatiga|cansancio|müdigkeit"
        r"|erschöpfung|stanchezza|fatica",
    ),
    ("stress", r"stress|стресс|estrés|estres"),
    ("mood", r"mood|настроение|ánimo|animo|humor|stimmung|laune|humeur|moral|umore"),
)
_SCALES_TYPED = tuple(
    (name, re.compile(rf"(?<!\w)(?:{words})\s*[:=-]?\s*{_NUM}")) for name, words in _SCALE_WORDS
)


def _typed_scale(name: str, text: str) -> int:
    """A typed 1–5 answer on the stored scale (1 best). Soreness, fatigue and stress are
    typed as amounts (2 = a little), as stored; mood and sleep quality as how good they
    were (5 = great), so they are turned round."""
    value = float(text.replace(",", "."))
    if value != int(value) or not 1 <= value <= 5:
        raise CheckinInputError("scale", value=text)
    score = int(value)
    return 6 - score if name in ("mood", "sleep_quality") else score


def parse_measurements(text: str) -> Measurements:
    """Typed overnight numbers: "hrv 62 rhr 48", "вср 62 пульс 48", "sleep 7.5", named
    1–5 answers ("soreness 2", "стресс 3"), or two bare numbers "62 48" (HRV first, then
    resting HR, as the check-in asks)."""
    rest = " " + text.lower() + " "
    scales: dict[str, int] = {}
    for name, pattern in _SCALES_TYPED:
        match = pattern.search(rest)
        if match:
            scales[name] = _typed_scale(name, match.group(1))
            rest = rest[: match.start()] + " " + rest[match.end() :]
    found: dict[str, float] = {}
    for name, pattern in _LABELLED:
        match = pattern.search(rest)
        if match:
            found[name] = float(match.group(1).replace(",", "."))
            rest = rest[: match.start()] + " " + rest[match.end() :]
    bare = [float(n.replace(",", ".")) for n in re.findall(_NUM, rest)]
    if bare and not found and not scales and len(bare) <= 2:
        found["rmssd_ms"] = bare[0]
        if len(bare) == 2:
            found["resting_hr_bpm"] = bare[1]
    elif bare:
        raise CheckinInputError("unclear")
    if not found and not scales:
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
    return Measurements(**found, scales=tuple(scales.items()))


def with_measurements(fields: WellnessFields, measured: Measurements) -> WellnessFields:
    answered: dict[str, Any] = dict(measured.scales)
    return replace(
        fields,
        **answered,
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
