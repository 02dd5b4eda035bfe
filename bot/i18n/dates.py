"""The one way each language writes days, dates and clock times; every screen goes
through here so a message never mixes "Mon, December 7" with "Sunday, 6 December".

- ``long_day``: weekday, day and month in full ("Sunday, 6 December", «воскресенье,
  6 декабря», "domingo, 6 de diciembre", "Sonntag, 6. Dezember", "dimanche 6 décembre",
  "domenica 6 dicembre"): CLDR's full date pattern with the year left out;
- ``short_day``: the same abbreviated ("Sun 6 Dec", «вс, 6 дек.», "So., 6. Dez.");
- ``day_month``: day and short month ("6 Dec"), ``long_date``: with the year in full
  ("6 December 2026"; English is written day-month like the rest, never "December 6");
- ``clock``: 24-hour "06:30" in every language (the time the athlete typed in /settings
  reads back the same way; no "6:30 AM" beside "06:30").
Durations are ``bot.i18n.numbers.format_duration``.
"""

from __future__ import annotations

from datetime import date, datetime, time

from babel.dates import format_date

_WEEKDAY_DAY_MONTH = {
    "es": "EEEE, d 'de' MMMM",
    "de": "EEEE, d. MMMM",
    "fr": "EEEE d MMMM",
    "it": "EEEE d MMMM",
}
_DEFAULT = "EEEE, d MMMM"  # English and Russian, as the catalogs were written for
_SHORT_DAY = {"ru": "EEE, d MMM", "de": "EEE, d. MMM", "es": "EEE, d MMM"}
_SHORT_DEFAULT = "EEE d MMM"  # en, fr, it
_DAY_MONTH = {"de": "d. MMM"}
_LONG_DATE = {"de": "d. MMMM y", "es": "d 'de' MMMM 'de' y", "ru": "d MMMM y\u202f'г.'"}


def long_day(day: date, language: str) -> str:
    """``day`` with its weekday, day and month, lower case where the language writes it so
    (a sentence start is the caller's to capitalise)."""
    return format_date(day, format=_WEEKDAY_DAY_MONTH.get(language, _DEFAULT), locale=language)


def short_day(day: date, language: str, *, year: bool = False) -> str:
    """ "Sun 6 Dec" (with ``year``: "Sun 6 Dec 2026") — a day in a card or a list."""
    pattern = _SHORT_DAY.get(language, _SHORT_DEFAULT) + (" y" if year else "")
    return format_date(day, format=pattern, locale=language)


def day_month(day: date, language: str) -> str:
    """ "6 Dec" / «6 дек.» / "6. Dez."."""
    return format_date(day, format=_DAY_MONTH.get(language, "d MMM"), locale=language)


def long_date(day: date, language: str) -> str:
    """ "6 December 2026" / «6 декабря 2026 г.» / "6. Dezember 2026"."""
    return format_date(day, format=_LONG_DATE.get(language, "d MMMM y"), locale=language)


def clock(moment: time | datetime, language: str) -> str:
    """ "06:30": 24-hour, two-digit hours, in every language (``language`` kept so a
    language that wants otherwise has one place to say so)."""
    del language
    return f"{moment.hour:02d}:{moment.minute:02d}"


def day_and_clock(moment: datetime, language: str) -> str:
    """ "Sun 6 Dec, 06:30" (``moment`` already in the athlete's zone)."""
    return f"{short_day(moment.date(), language)}, {clock(moment, language)}"
