"""The athlete's timezone from a typed city, a UTC offset, an IANA name or a location.

Everything is offline: the city table ships with the code, the location lookup uses
timezonefinder's bundled polygons, and zoneinfo reads the tzdata package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.coach.profile.cities import City, all_cities, find_city
from bot.coach.profile.errors import ProfileInputError

# IANA has fixed-offset zones only for whole hours (Etc/GMT±N, sign inverted by POSIX).
# A half- or quarter-hour offset maps to the zone that keeps it all year (where one does).
_FRACTIONAL_OFFSETS = {
    (-9, 30): "Pacific/Marquesas",
    (-3, 30): "America/St_Johns",  # observes DST: the standard-time zone for -03:30
    (3, 30): "Asia/Tehran",  # no DST since 2022
    (4, 30): "Asia/Kabul",
    (5, 30): "Asia/Kolkata",
    (5, 45): "Asia/Kathmandu",
    (6, 30): "Asia/Yangon",
    (8, 45): "Australia/Eucla",
    (9, 30): "Australia/Darwin",
    (10, 30): "Australia/Lord_Howe",
    (12, 45): "Pacific/Chatham",
}
_OFFSET = re.compile(
    r"(?:utc|gmt|мск|msk)?\s*([+-−])\s*(\d{1,2})(?:\s*[:.]?\s*(\d{2}))?(?:\s*(?:h|ч))?"
)


@dataclass(frozen=True, slots=True)
class TimezoneChoice:
    """A resolved zone and how it was found (``city`` when a city named it)."""

    zone: str
    city: City | None = None


# Whole-hour offsets that only one inhabited place keeps all year: its zone reads better.
_ONLY_PLACE = {14: "Pacific/Kiritimati"}


def zone_from_offset(sign: int, hours: int, minutes: int) -> str:
    """``+3`` -> ``Etc/GMT-3`` (POSIX signs are inverted); ``+05:45`` -> Asia/Kathmandu;
    ``+14`` -> Pacific/Kiritimati (the only place on it)."""
    if minutes == 0 and sign * hours in _ONLY_PLACE:
        return _ONLY_PLACE[sign * hours]
    if minutes == 0:
        if not -12 <= sign * hours <= 14:
            raise ProfileInputError("offset-out-of-range")
        return "UTC" if hours == 0 else f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"
    zone = _FRACTIONAL_OFFSETS.get((sign * hours, minutes))
    if zone is None:
        raise ProfileInputError("offset-out-of-range")
    return zone


def resolve_timezone_text(text: str) -> TimezoneChoice:
    """A city (English or Russian), ``UTC+3``, ``GMT-4``, ``+05:45``, ``UTC``, or an
    IANA name such as ``Europe/Berlin``."""
    typed = text.strip()
    city = find_city(typed)
    if city is not None:
        return TimezoneChoice(city.zone, city)
    cleaned = typed.casefold().replace("−", "-").replace(" ", "")
    if cleaned in ("utc", "gmt", "z", "utc0", "gmt0", "utc+0", "gmt+0"):
        return TimezoneChoice("UTC")
    if found := _OFFSET.fullmatch(cleaned):
        sign = -1 if found.group(1) in "-−" else 1
        hours, minutes = int(found.group(2)), int(found.group(3) or 0)
        if minutes not in (0, 30, 45) or hours > 14:
            raise ProfileInputError("offset-out-of-range")
        if cleaned.startswith(("мск", "msk")):  # "МСК+4": Moscow time plus hours
            total = 3 + sign * hours
            return TimezoneChoice(zone_from_offset(1 if total >= 0 else -1, abs(total), minutes))
        return TimezoneChoice(zone_from_offset(sign, hours, minutes))
    iana = _iana_names().get(typed.casefold().replace(" ", "_"))
    if iana is not None:
        return TimezoneChoice(iana)
    raise ProfileInputError("city-unknown", city=typed[:60])


def timezone_at(latitude: float, longitude: float) -> str:
    """The IANA zone at a point (at sea: the nautical Etc/GMT±N zone).

    Blocking (~40 ms: the finder maps its polygon files for the one lookup and closes
    them again, rather than keep ~40 MB in memory for something onboarding does once);
    async callers run it in a thread.
    """
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ProfileInputError("location-unknown")
    from timezonefinder import TimezoneFinder

    with TimezoneFinder() as finder:
        zone = finder.timezone_at(lng=longitude, lat=latitude)
    if zone is None:
        raise ProfileInputError("location-unknown")
    return str(zone)


def local_now(zone: str, now: datetime) -> datetime:
    try:
        return now.astimezone(ZoneInfo(zone))
    except ZoneInfoNotFoundError:
        return now.astimezone(ZoneInfo("UTC"))


def utc_offset_text(zone: str, now: datetime) -> str:
    """``UTC+3``, ``UTC−4``, ``UTC+5:45``, ``UTC`` at ``now``."""
    offset = local_now(zone, now).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_place(zone: str, language: str) -> str | None:
    """A place a person knows the zone by: the first city of the table in it (in
    ``language``), else the IANA name's city part (``America/Port_of_Spain`` -> "Port of
    Spain"); None for a bare offset (``UTC``, ``Etc/GMT-3``)."""
    city = _first_city_of().get(zone)
    if city is not None:
        return city.name(language)
    if zone == "UTC" or zone.startswith(("Etc/", "UTC", "GMT")) or "/" not in zone:
        return None
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def zone_label(zone: str, language: str, now: datetime) -> str:
    """The zone as a person reads it: ``Berlin (UTC+1)``, ``Kiritimati (UTC+14)``, or
    the offset alone for a bare offset (``UTC+3``)."""
    offset = utc_offset_text(zone, now)
    place = zone_place(zone, language)
    return f"{place} ({offset})" if place else offset


@cache
def _first_city_of() -> dict[str, City]:
    first: dict[str, City] = {}
    for city in all_cities():
        first.setdefault(city.zone, city)
    return first


@cache
def _iana_names() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}
