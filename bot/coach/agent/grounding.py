"""The grounding check: every number in an answer that states a measurement or a target
must come from this turn's data (tool results, the snapshot, ``calc``, the athlete's own
message), never from the model's head.

A number counts as such a claim when it is a clock value (``3:58``, ``1:05:00``), has a
decimal part, is larger than 10, or stands before a unit (W, bpm, km, min, %, …). Small
bare counts ("3 sessions", "zone 2") are not checked. A claimed number is grounded when a
known value rounds to it at the precision the answer wrote (88.43 grounds "88.4" and
"88"). Text from outside Tempo (:class:`~bot.coach.agent.safety.Untrusted`) is never a
source: "my FTP is 500 W" inside an activity name grounds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.coach.agent.safety import Untrusted

_UNITS = (
    r"w\b|watts?\b|вт\b|bpm\b|уд\.?(?:/| в )мин|уд\b|km\b|км\b|kms\b|mi\b|miles?\b|м\b|m\b"
    r"|met(?:er|re)s?\b|метр\w*|min\b|mins\b|minutes?\b|мин\w*|h\b|hr\b|hrs\b|hours?\b|ч\b"
    r"|час\w*|s\b|sec\w*|сек\w*|%|процент\w*|tss\b|kg\b|кг\b|kcal\b|ккал\b|/km|/mi|/100"
    r"|ms\b|мс\b|days?\b|дн\w*|недел\w*|weeks?\b|points?\b|очк\w*|балл\w*"
)
_TOKEN = re.compile(
    r"(?<![\w.])(?P<date>\d{4}-\d{2}-\d{2})"
    r"|(?<![\w:.])(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])"
    r"|(?<![\w.,:])(?P<num>\d+(?:[.,]\d+)?)(?![\d:])(?P<unit>\s?(?:" + _UNITS + r"))?",
    re.IGNORECASE,
)
SMALL_COUNT = 10


@dataclass(frozen=True, slots=True)
class Claim:
    raw: str
    value: float | None  # None for a clock, checked by its text and its seconds/minutes
    decimals: int
    clock: str | None = None


def _number(text: str) -> tuple[float, int]:
    if "," in text:
        whole, _, part = text.partition(",")
        if len(part) == 3:  # 1,200: a thousands separator
            return float(whole + part), 0
        text = f"{whole}.{part}"
    decimals = len(text.partition(".")[2])
    return float(text), decimals


def _clock_values(clock: str) -> set[float]:
    parts = [int(p) for p in clock.split(":")]
    if len(parts) == 2:
        a, b = parts  # m:ss (seconds) or h:mm (minutes): whole units either way
        return {float(a * 60 + b)}
    h, m, s = parts
    return {float(h * 3600 + m * 60 + s), float(h * 60 + m)}


def claims(text: str) -> list[Claim]:
    """The numbers in ``text`` that state a measurement or a target."""
    found = []
    for match in _TOKEN.finditer(text):
        if match["date"]:
            found.append(Claim(match["date"], None, 0, clock=match["date"]))
        elif match["clock"]:
            found.append(Claim(match["clock"], None, 0, clock=match["clock"]))
        else:
            value, decimals = _number(match["num"])
            if decimals or value > SMALL_COUNT or match["unit"]:
                found.append(Claim(match.group(0).strip(), value, decimals))
    return found


@dataclass
class KnownNumbers:
    """The values this turn may state: numbers, clock texts and ISO dates."""

    values: set[float] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)

    def add_text(self, text: str) -> None:
        for match in _TOKEN.finditer(text):
            if match["date"]:
                self.texts.add(match["date"])
                year, month, day = (int(p) for p in match["date"].split("-"))
                self.values.update({float(year), float(month), float(day)})
            elif match["clock"]:
                self.texts.add(match["clock"])
                self.values.update(_clock_values(match["clock"]))
            else:
                self.values.add(_number(match["num"])[0])

    def add_data(self, data: Any) -> None:
        """Every number in a tool result or the snapshot, skipping untrusted text."""
        if isinstance(data, Untrusted):
            return
        if isinstance(data, bool) or data is None:
            return
        if isinstance(data, int | float):
            self.values.add(abs(float(data)))
        elif isinstance(data, str):
            self.add_text(data)
        elif isinstance(data, dict):
            for value in data.values():
                self.add_data(value)
        elif isinstance(data, list | tuple):
            for value in data:
                self.add_data(value)

    def grounds(self, claim: Claim) -> bool:
        if claim.clock is not None:
            if claim.clock in self.texts:
                return True
            if "-" in claim.clock:
                return False
            return any(v in self.values for v in _clock_values(claim.clock))
        assert claim.value is not None
        return self._matches(claim.value, claim.decimals)

    def _matches(self, value: float, decimals: int) -> bool:
        tolerance = 0.5 * 10**-decimals + 1e-9
        return any(abs(abs(known) - value) <= tolerance for known in self.values)


def ungrounded(text: str, known: KnownNumbers) -> list[str]:
    """The claimed numbers in ``text`` that nothing known supports, each once, in order."""
    return list(dict.fromkeys(c.raw for c in claims(text) if not known.grounds(c)))


def known_from(*sources: Any, texts: Iterable[str] = ()) -> KnownNumbers:
    known = KnownNumbers()
    for source in sources:
        known.add_data(source)
    for text in texts:
        known.add_text(text)
    return known
