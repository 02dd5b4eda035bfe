"""The full day in each language: Babel's words with each language's own pattern."""

from __future__ import annotations

from datetime import date

import pytest

from bot.i18n.dates import long_day

SUNDAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Sunday, 6 December"),
        ("ru", "воскресенье, 6 декабря"),
        ("es", "domingo, 6 de diciembre"),
        ("de", "Sonntag, 6. Dezember"),
        ("fr", "dimanche 6 décembre"),
        ("it", "domenica 6 dicembre"),
    ],
)
def test_a_day_is_written_as_the_language_writes_it(language: str, expected: str) -> None:
    assert long_day(SUNDAY, language) == expected
