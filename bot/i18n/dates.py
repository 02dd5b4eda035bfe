"""The one way a day is written in full in each language ("Sunday, 6 December",
«воскресенье, 6 декабря», "domingo, 6 de diciembre", "Sonntag, 6. Dezember",
"dimanche 6 décembre", "domenica 6 dicembre"): Babel's CLDR words and cases with each
language's own day-month pattern (CLDR's full date pattern with the year left out)."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

_WEEKDAY_DAY_MONTH = {
    "es": "EEEE, d 'de' MMMM",
    "de": "EEEE, d. MMMM",
    "fr": "EEEE d MMMM",
    "it": "EEEE d MMMM",
}
_DEFAULT = "EEEE, d MMMM"  # English and Russian, as the catalogs were written for


def long_day(day: date, language: str) -> str:
    """``day`` with its weekday, day and month, lower case where the language writes it so
    (a sentence start is the caller's to capitalise)."""
    return format_date(day, format=_WEEKDAY_DAY_MONTH.get(language, _DEFAULT), locale=language)
