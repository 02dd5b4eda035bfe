"""The quick log, the check-in's typed numbers and the onboarding answers as Spanish,
German, French and Italian athletes write them: units, dates, weekdays, "none" and
sports in their words, imperial units included (a corpus per language)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.coach.ingest.checkin import parse_measurements
from bot.coach.ingest.quicklog import MILE, YARD, QuickLog, parse_day, parse_quick_log
from bot.coach.profile.parsing import (
    parse_count,
    parse_date,
    parse_race_description,
    parse_time_of_day,
    parse_weekly_hours,
)

TODAY = date(2026, 3, 20)
RACE_TODAY = date(2026, 12, 6)

# (language, line, (sport, seconds, metres, rpe))
QUICK_LOGS = [
    ("es", "corrí 10 km en 52 min rpe 6", ("run", 3120, 10000, 6)),
    ("es", "nadar 2000 metros 45 minutos", ("swim", 2700, 2000, None)),
    ("es", "bici 2 horas 60 kilómetros esfuerzo 5", ("bike", 7200, 60000, 5)),
    ("es", "fuerza 40 min", ("strength", 2400, None, None)),
    ("es", "corrí 6 millas en 50 minutos", ("run", 3000, 6 * MILE, None)),
    ("de", "10 km gelaufen in 52 min rpe 6", ("run", 3120, 10000, 6)),
    ("de", "schwimmen 2000 m 45 Minuten", ("swim", 2700, 2000, None)),
    ("de", "Radtour 3 Std 80 km", ("bike", 10800, 80000, None)),
    ("de", "Krafttraining 40 min", ("strength", 2400, None, None)),
    ("de", "gelaufen 1 Stunde 30 Minuten", ("run", 5400, None, None)),
    ("fr", "couru 10 km en 52 min rpe 6", ("run", 3120, 10000, 6)),
    ("fr", "natation 1500 mètres 40 minutes", ("swim", 2400, 1500, None)),
    ("fr", "vélo 2 heures 60 km", ("bike", 7200, 60000, None)),
    ("fr", "renfo 40 min", ("strength", 2400, None, None)),
    ("fr", "natation 1650 yards 35 min", ("swim", 2100, 1650 * YARD, None)),
    ("it", "corso 10 km in 52 min rpe 6", ("run", 3120, 10000, 6)),
    ("it", "nuoto 2000 metri 45 minuti", ("swim", 2700, 2000, None)),
    ("it", "bici 2 ore 60 chilometri sforzo 7", ("bike", 7200, 60000, 7)),
    ("it", "palestra 40 minuti", ("strength", 2400, None, None)),
    ("it", "camminata 5 miglia 1h30", ("walk", 5400, 5 * MILE, None)),
]


@pytest.mark.parametrize(("lang", "line", "expected"), QUICK_LOGS)
def test_a_quick_log_line(lang: str, line: str, expected: tuple[object, ...]) -> None:
    sport, seconds, metres, rpe = expected
    found = parse_quick_log(line)
    assert isinstance(found, QuickLog), (lang, line, found)
    assert (found.sport, found.duration_s, found.rpe) == (sport, seconds, rpe)
    assert found.distance_m == pytest.approx(metres) if metres else found.distance_m is None


@pytest.mark.parametrize(
    ("word", "days_back"),
    [("hoy", 0), ("ayer", 1), ("anteayer", 2), ("heute", 0), ("gestern", 1),
     ("vorgestern", 2), ("aujourd'hui", 0), ("hier", 1), ("avant-hier", 2), ("oggi", 0),
     ("ieri", 1), ("12.03.", 8)],
)  # fmt: skip
def test_a_day_in_words(word: str, days_back: int) -> None:
    assert (TODAY - parse_day(word, TODAY)).days == days_back


@pytest.mark.parametrize(
    ("text", "hrv", "rhr", "sleep"),
    [("vfc 62 fc 48", 62, 48, None), ("sueño 7,5", None, None, 7.5),
     ("HRV 55 Ruhepuls 50", 55, 50, None), ("Schlaf 8", None, None, 8),
     ("vfc 62 fc au repos 48", 62, 48, None), ("sommeil 7.5", None, None, 7.5),
     ("hrv 62 fc a riposo 48", 62, 48, None), ("sonno 7", None, None, 7)],
)  # fmt: skip
def test_check_in_numbers(
    text: str, hrv: float | None, rhr: float | None, sleep: float | None
) -> None:
    found = parse_measurements(text)
    assert (found.rmssd_ms, found.resting_hr_bpm, found.sleep_hours) == (hrv, rhr, sleep)


@pytest.mark.parametrize(
    "text",
    ["18 de abril de 2027", "18 abril 2027", "18. April 2027", "18 avril 2027",
     "18 aprile 2027", "le 18 avril 2027", "18.04.2027"],
)  # fmt: skip
def test_a_race_date_with_the_month_in_words(text: str) -> None:
    assert parse_date(text, today=RACE_TODAY) == date(2027, 4, 18)


@pytest.mark.parametrize(
    ("text", "month"),
    [("3 mayo", 5), ("3 Mai", 5), ("1er mai", 5), ("3 maggio", 5), ("12 août", 8),
     ("12 März", 3), ("12 dicembre", 12), ("12 Dezember", 12)],
)  # fmt: skip
def test_month_names(text: str, month: int) -> None:
    assert parse_date(text, today=RACE_TODAY).month == month


@pytest.mark.parametrize(
    ("text", "hours"),
    [("6 horas", 6), ("7 Stunden", 7), ("6,5 Std", 6.5), ("5 heures", 5), ("8 ore", 8)],
)
def test_weekly_hours(text: str, hours: float) -> None:
    assert parse_weekly_hours(text) == hours


@pytest.mark.parametrize("text", ["ninguna", "keine", "aucune", "nessuna"])
def test_none_yet(text: str) -> None:
    assert parse_count(text) == 0


@pytest.mark.parametrize(
    ("text", "clock"),
    [("7h30", time(7, 30)), ("7 h", time(7)), ("7 Uhr", time(7)), ("6:45", time(6, 45))],
)
def test_brief_time(text: str, clock: time) -> None:
    assert parse_time_of_day(text) == clock


def test_a_race_of_ones_own_in_each_language() -> None:
    assert parse_race_description("Ultra 100 millas").distance_m == pytest.approx(100 * MILE)
    assert parse_race_description("24 horas MTB").duration_s == 24 * 3600
    assert parse_race_description("Trail 30 km").distance_m == 30000
    assert parse_race_description("Traversée 5000 mètres").distance_m == 5000
    assert parse_race_description("Gran Fondo 6 ore").duration_s == 6 * 3600
