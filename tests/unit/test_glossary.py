"""One Russian word for each load number (QA: activity cards said «Форма» for CTL while
/fitness said «Фитнес», and the roster said «форма» for TSB): CTL is «фитнес», ATL
«усталость», TSB «свежесть» on every screen."""

from __future__ import annotations

import re
from pathlib import Path

RU = Path(__file__).resolve().parents[2] / "bot" / "locales" / "ru"
# Messages whose numbers are CTL or TSB, by their variables or keys.
LOAD_NUMBERS = re.compile(r"\$(ctl|tsb)\b|^(review-fitness|weekly-why-fitness|roster-form)\b")


def test_russian_load_numbers_are_never_called_forma() -> None:
    lines = [
        (path.name, line)
        for path in sorted(RU.glob("*.ftl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if LOAD_NUMBERS.search(line)
    ]
    assert len(lines) >= 8
    wrong = [(name, line) for name, line in lines if re.search(r"[Фф]орм[аеуы]", line)]
    assert wrong == []
    ctl = [line for _, line in lines if "$ctl" in line and "{ $ctl }" in line]
    assert ctl and all(re.search(r"[Фф]итнес", line) for line in ctl), ctl
