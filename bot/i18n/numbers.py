"""The one way a number is written in each language (Babel's CLDR data): "1.5" in English,
"1,5" in Russian, and never "-0" for a value that rounds to nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from babel.numbers import format_decimal

if TYPE_CHECKING:
    from bot.i18n.catalog import Translator


def format_number(value: float, language: str, digits: int = 1) -> str:
    """``value`` rounded to ``digits`` decimals, written for ``language``: ``1.5`` /
    ``1,5``; trailing zeros dropped (``2`` not ``2.0``); ``-0.04`` is ``0``."""
    rounded = round(value, digits)
    if rounded == 0:
        rounded = 0  # no "-0": a value that rounds to zero has no sign
    return format_decimal(rounded, locale=language)


def format_signed(value: float, language: str, digits: int = 1) -> str:
    """A change: ``+1.5`` / ``-1,5``, and ``0`` with no sign."""
    text = format_number(value, language, digits)
    return text if text.startswith("-") or round(value, digits) == 0 else f"+{text}"


def format_money(value: float, language: str) -> str:
    """An amount with its two decimals kept: ``0.50`` / ``0,50``."""
    return format_decimal(round(value, 2), format="#,##0.00", locale=language)


MILE_M = 1609.344
# Below this a distance reads in metres ("4 610 m"), above it in kilometres ("12.5 km").
METRES_UP_TO = 5000


def format_distance(
    metres: float, t: Translator, *, imperial: bool = False, swim: bool = False
) -> str:
    """The one way a distance is written, on every screen (the plan, /today, the morning
    brief, activity cards): metres up to 5 km, kilometres to one decimal beyond, miles
    in imperial units; a swim always in metres (pools are measured in metres)."""
    language = t.language
    if swim or (metres < METRES_UP_TO and not imperial):
        return t("fmt-m", value=format_number(metres, language, 0))
    if imperial:
        return t("fmt-mi", value=format_number(metres / MILE_M, language))
    return t("fmt-km", value=format_number(metres / 1000, language))


def format_duration(seconds: float, t: Translator) -> str:
    """The one way a length of time is written: "2 h 30 min", "45 min", "1 h", "50 s"
    (never "2.5 h"), with the unit words of the athlete's language."""
    hours, rest = divmod(round(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours and minutes:
        return t("plan-dur-h-min", h=str(hours), min=str(minutes))
    if hours:
        return t("plan-dur-h", h=str(hours))
    if minutes and secs:
        return t("plan-dur-min-s", min=str(minutes), s=str(secs))
    if minutes:
        return t("plan-dur-min", min=str(minutes))
    return t("plan-dur-s", s=str(secs))
