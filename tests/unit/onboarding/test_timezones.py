"""Timezones from cities (English and Russian), offsets, IANA names and locations."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.coach.profile.cities import all_cities, find_city
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.timezones import (
    resolve_timezone_text,
    timezone_at,
    utc_offset_text,
    zone_from_offset,
    zone_label,
)


@pytest.mark.parametrize(
    ("text", "zone"),
    [("Moscow", "Europe/Moscow"), ("москва", "Europe/Moscow"), ("г. Москва", "Europe/Moscow"),
     ("СПб", "Europe/Moscow"), ("Санкт-Петербург", "Europe/Moscow"),
     ("London", "Europe/London"), ("new york", "America/New_York"), ("NYC", "America/New_York"),
     ("Нью-Йорк", "America/New_York"), ("Kathmandu", "Asia/Kathmandu"),
     ("Катманду", "Asia/Kathmandu"), ("München", "Europe/Berlin"), ("Zürich", "Europe/Zurich"),
     ("São Paulo", "America/Sao_Paulo"), ("Кишинёв", "Europe/Chisinau"),
     ("Кишинев", "Europe/Chisinau"), ("Екатеринбург", "Asia/Yekaterinburg"),
     ("Йоханнесбург", "Africa/Johannesburg"), ("Kyiv", "Europe/Kyiv"), ("Киев", "Europe/Kyiv"),
     ("UTC+3", "Etc/GMT-3"), ("utc -4", "Etc/GMT+4"), ("GMT+10", "Etc/GMT-10"),
     ("+05:45", "Asia/Kathmandu"), ("UTC+5:30", "Asia/Kolkata"), ("UTC", "UTC"),
     ("+0", "UTC"), ("МСК+4", "Etc/GMT-7"), ("Europe/Berlin", "Europe/Berlin"),
     ("america/los_angeles", "America/Los_Angeles")],
)  # fmt: skip
def test_typed_timezones(text: str, zone: str) -> None:
    assert resolve_timezone_text(text).zone == zone


def test_a_city_keeps_its_names_in_both_languages() -> None:
    choice = resolve_timezone_text("москва")
    assert choice.city is not None
    assert (choice.city.name("en"), choice.city.name("ru")) == ("Moscow", "Москва")


@pytest.mark.parametrize(
    ("text", "code"),
    [("Atlantis", "city-unknown"), ("UTC+15", "offset-out-of-range"),
     ("+05:20", "offset-out-of-range"), ("UTC-13", "offset-out-of-range")],
)  # fmt: skip
def test_unknown_places_and_offsets(text: str, code: str) -> None:
    with pytest.raises(ProfileInputError) as caught:
        resolve_timezone_text(text)
    assert caught.value.code == code


def test_whole_hour_offsets_are_fixed_zones_with_the_posix_sign() -> None:
    assert zone_from_offset(1, 3, 0) == "Etc/GMT-3"
    now = datetime(2026, 7, 1, 12, tzinfo=UTC)
    assert now.astimezone(ZoneInfo("Etc/GMT-3")).hour == 15
    assert utc_offset_text("Asia/Kathmandu", now) == "UTC+5:45"
    assert utc_offset_text("America/New_York", now) == "UTC−4"
    assert utc_offset_text("UTC", now) == "UTC"


def test_every_city_has_a_real_zone_and_the_table_is_big_enough() -> None:
    cities = all_cities()
    assert len(cities) >= 150
    for city in cities:
        ZoneInfo(city.zone)
        assert find_city(city.name_en) is not None
        assert find_city(city.name_ru) is not None


@pytest.mark.parametrize(
    ("latitude", "longitude", "zone"),
    [(55.75, 37.62, "Europe/Moscow"), (27.70, 85.32, "Asia/Kathmandu"),
     (40.71, -74.01, "America/New_York"), (-33.87, 151.21, "Australia/Sydney")],
)  # fmt: skip
def test_locations_offline(latitude: float, longitude: float, zone: str) -> None:
    assert timezone_at(latitude, longitude) == zone


def test_an_impossible_location_is_refused() -> None:
    with pytest.raises(ProfileInputError):
        timezone_at(91, 0)


def test_a_zone_reads_as_a_place_and_an_offset() -> None:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    # "+14" is Kiritimati, not "Etc/GMT-14 (Etc/GMT-14, UTC+14)".
    kiritimati = resolve_timezone_text("UTC+14").zone
    assert kiritimati == "Pacific/Kiritimati"
    assert zone_label(kiritimati, "en", now) == "Kiritimati (UTC+14)"
    assert zone_label(kiritimati, "ru", now) == "Киритимати (UTC+14)"
    assert zone_label("Europe/Berlin", "en", now) == "Berlin (UTC+1)"
    assert zone_label("Europe/Moscow", "ru", now) == "Москва (UTC+3)"
    assert zone_label("America/Port_of_Spain", "en", now) == "Port of Spain (UTC−4)"
    assert zone_label("Etc/GMT-3", "en", now) == "UTC+3"  # a bare offset names no place
    assert zone_label("UTC", "en", now) == "UTC"
