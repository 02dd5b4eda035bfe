"""The full day in each language: Babel's words with each language's own pattern."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Catalogs
from bot.i18n.dates import clock, day_and_clock, day_month, long_date, long_day, short_day
from bot.i18n.numbers import format_duration

CATALOGS = Catalogs.load()

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


@pytest.mark.parametrize(
    ("language", "short", "day_and_month", "with_year", "moment"),
    [
        ("en", "Sun 6 Dec", "6 Dec", "6 December 2026", "Sun 6 Dec, 06:30"),
        ("ru", "вс, 6 дек.", "6 дек.", "6 декабря 2026\u202fг.", "вс, 6 дек., 06:30"),
        ("es", "dom, 6 dic", "6 dic", "6 de diciembre de 2026", "dom, 6 dic, 06:30"),
        ("de", "So., 6. Dez.", "6. Dez.", "6. Dezember 2026", "So., 6. Dez., 06:30"),
        ("fr", "dim. 6 déc.", "6 déc.", "6 décembre 2026", "dim. 6 déc., 06:30"),
        ("it", "dom 6 dic", "6 dic", "6 dicembre 2026", "dom 6 dic, 06:30"),
    ],
)
def test_one_style_per_language_day_first_and_a_24_hour_clock(
    language: str, short: str, day_and_month: str, with_year: str, moment: str
) -> None:
    day = date(2026, 12, 6)
    assert short_day(day, language) == short
    assert day_month(day, language) == day_and_month
    assert long_date(day, language) == with_year
    assert day_and_clock(datetime(2026, 12, 6, 6, 30), language) == moment  # noqa: DTZ001
    assert clock(time(18, 5), language) == "18:05"


@pytest.mark.parametrize(
    ("seconds", "en", "ru"),
    [(9000, "2 h 30 min", "2 ч 30 мин"), (3600, "1 h", "1 ч"), (2700, "45 min", "45 мин")],
)
def test_a_duration_is_hours_and_minutes_never_decimal_hours(
    seconds: int, en: str, ru: str
) -> None:
    assert format_duration(seconds, CATALOGS.translator("en")) == en
    assert format_duration(seconds, CATALOGS.translator("ru")) == ru
    assert Formatter(CATALOGS.translator("en")).hours(seconds / 3600) == en
