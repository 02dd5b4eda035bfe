"""Free-text answers as people type them, in English or Russian, into checked values.

Every parser either returns a value in our storage units (kg, W, bpm, seconds per km or
per 100 m, seconds, dates) or raises :class:`ProfileInputError` with a code that names
what was wrong, so the reply can say it specifically ("2,000 W would be a world record").
Ranges are plausibility limits for a human, not for a champion only; they are wide on
purpose and cited where they come from a source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from bot.coach.profile.errors import ProfileInputError

POUND_KG = 0.45359237  # the international avoirdupois pound
MILE_M = 1609.344
YARD_M = 0.9144

MIN_WEEKLY_HOURS, MAX_WEEKLY_HOURS = 1.0, 40.0
# FTP: untrained adults ~100 W, world-class road riders ~450-500 W (Allen & Coggan 2010).
MIN_FTP_W, MAX_FTP_W = 50.0, 600.0
# Run threshold pace: the hour record (~21.3 km, Farah 2020) is ~2:49/km; 12:00/km is a walk.
MIN_RUN_PACE_S_PER_KM, MAX_RUN_PACE_S_PER_KM = 165.0, 720.0
# CSS: elite ~1:05/100 m; beginners ~2:30-3:00/100 m.
MIN_CSS_S_PER_100M, MAX_CSS_S_PER_100M = 60.0, 300.0
MIN_WEIGHT_KG, MAX_WEIGHT_KG = 30.0, 250.0
MIN_AGE, MAX_AGE = 10, 100
HEART_RATE_RANGES = {
    "hr_max": (120, 230),
    "resting_hr": (25, 110),
    "lthr": (100, 220),
}
MAX_RACE_DAYS_AHEAD = 730  # "more than two years away" is refused
# A threshold may be back-dated to here: years of old uploads can then be scored.
EARLIEST_EFFECTIVE_DATE = date(1990, 1, 1)
MAX_TEXT = 1000


class PaceBase(StrEnum):
    """What a pace is per: a kilometre, a mile, 100 metres or 100 yards."""

    KM = "km"
    MILE = "mi"
    HUNDRED_M = "100m"
    HUNDRED_YD = "100yd"

    @property
    def metres(self) -> float:
        return {"km": 1000.0, "mi": MILE_M, "100m": 100.0, "100yd": 100 * YARD_M}[self.value]

    @property
    def imperial(self) -> bool:
        return self in (PaceBase.MILE, PaceBase.HUNDRED_YD)


@dataclass(frozen=True, slots=True)
class PaceValue:
    """A pace as typed: seconds per ``base``."""

    seconds: float
    base: PaceBase

    def per(self, base: PaceBase) -> float:
        """The same speed as seconds per another base."""
        return self.seconds * base.metres / self.base.metres


@dataclass(frozen=True, slots=True)
class Weight:
    kg: float
    typed_pounds: bool


@dataclass(frozen=True, slots=True)
class RaceDescription:
    """A custom race as typed: a name, and a distance or duration if the text has one."""

    name: str
    distance_m: float | None
    duration_s: int | None


# -- small helpers ----------------------------------------------------------------------

_NUMBER = r"(\d+(?:[.,]\d+)?)"


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").strip().casefold().replace("ё", "е").split())


def _number(text: str) -> float | None:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):  # "2,000": a thousands separator
        text = text.replace(",", "")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _number_with_unit(text: str, units: tuple[str, ...]) -> tuple[float, str] | None:
    """``"250 w"`` -> (250.0, "w"); the unit must be one of ``units`` or absent ("")."""
    found = re.fullmatch(_NUMBER + r"\s*([^\d\s].*)?", _clean(text))
    if found is None:
        return None
    value = _number(found.group(1))
    unit = (found.group(2) or "").strip(" .")
    if value is None or (unit and unit not in units):
        return None
    return value, unit


# -- counts and hours -----------------------------------------------------------------

_NONE_WORDS = {
    "0", "none", "no", "nope", "zero", "нет", "ни одного", "ноль", "ни одной", "-",
    "ninguna", "ninguno", "nada", "cero",  # es
    "keine", "keinen", "kein", "nein", "null", "nichts",  # de
    "aucune", "aucun", "non", "rien", "zéro",  # fr
    "nessuna", "nessuno", "niente", "nulla",  # it
}  # fmt: skip
_HOUR_UNITS = ("h", "hr", "hrs", "hour", "hours", "ч", "час", "часа", "часов", "h/week",
               "ч/нед", "hours a week", "hours per week", "часов в неделю",
               "hora", "horas", "horas a la semana", "horas por semana", "h/semana",
               "std", "stunde", "stunden", "std/woche", "stunden pro woche",
               "stunden die woche", "heure", "heures", "heures par semaine", "h/semaine",
               "ora", "ore", "ore a settimana", "ore alla settimana", "h/settimana")  # fmt: skip


def parse_count(text: str, *, maximum: int = 999) -> int:
    """Races finished: ``"3"``, ``"10+"``, ``"none"``/``"нет"``."""
    cleaned = _clean(text).rstrip("+").strip()
    if cleaned in _NONE_WORDS:
        return 0
    if not cleaned.isdigit():
        raise ProfileInputError("count-unreadable")
    value = int(cleaned)
    if value > maximum:
        raise ProfileInputError("count-too-many", count=value)
    return value


def parse_weekly_hours(text: str) -> float:
    """``"6"``, ``"6.5"``, ``"6,5 h"``, ``"6:30"``, ``"6-8"`` (the middle), ``"7 часов"``."""
    cleaned = _clean(text)
    span = re.fullmatch(_NUMBER + r"\s*[-–—]\s*" + _NUMBER + r"\s*(.*)", cleaned)
    clock = re.fullmatch(r"(\d{1,2}):([0-5]\d)\s*(.*)", cleaned)
    hours: float | None
    if span and (not span.group(3) or span.group(3) in _HOUR_UNITS):
        low, high = _number(span.group(1)), _number(span.group(2))
        hours = None if low is None or high is None else (low + high) / 2
    elif clock and (not clock.group(3) or clock.group(3) in _HOUR_UNITS):
        hours = int(clock.group(1)) + int(clock.group(2)) / 60
    else:
        parsed = _number_with_unit(cleaned, _HOUR_UNITS)
        hours = parsed[0] if parsed else None
    if hours is None:
        raise ProfileInputError("hours-unreadable")
    if hours < MIN_WEEKLY_HOURS:
        raise ProfileInputError("hours-too-few", hours=hours)
    if hours > MAX_WEEKLY_HOURS:
        raise ProfileInputError("hours-too-many", hours=hours, maximum=MAX_WEEKLY_HOURS)
    return round(hours, 2)


# -- dates ----------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number_of_month, _names in enumerate(
    (
        # en, ru; then es, de, fr, it (casefolded, with and without accents)
        "january jan январь января янв enero ene januar jänner janvier janv gennaio gen",
        "february feb февраль февраля фев febrero februar février fevrier févr fevr febbraio",
        "march mar март марта мар marzo märz maerz mär mars",
        "april apr апрель апреля апр abril abr avril avr aprile",
        "may май мая mayo mai maggio mag",
        "june jun июнь июня июн junio juni juin giugno giu",
        "july jul июль июля июл julio juli juillet juil luglio lug",
        "august aug август августа авг agosto ago août aout",
        "september sep sept сентябрь сентября сен сент septiembre setiembre septembre"
        " settembre set",
        "october oct октябрь октября окт octubre oktober okt octobre ottobre ott",
        "november nov ноябрь ноября ноя нояб noviembre novembre",
        "december dec декабрь декабря дек diciembre dic dezember dez décembre decembre déc"
        " dicembre",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number_of_month


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def parse_date(text: str, *, today: date) -> date:
    """2027-04-18, 18.04.2027, 18/04/2027, 18-04-27, "18 April 2027", "April 18, 2027",
    "18 апреля 2027". Without a year, the next such date on or after ``today``.

    Numeric dates are day first (as in Europe and Russia) unless the first number cannot
    be a month's day order, e.g. 04/18/2027 is read as 18 April.
    """
    cleaned = re.sub(r"\s*г\.?$", "", _clean(text)).rstrip(".")
    # "18 de abril de 2027" (es), "18. April 2027" (de), "1er mai" (fr), "il 3 maggio" (it)
    cleaned = re.sub(r"(?<=\S)\s+del?\s+(?=\S)", " ", cleaned)
    cleaned = re.sub(r"^(?:le|il|el|am|den|der)\s+", "", cleaned)
    cleaned = re.sub(r"^(\d{1,2})(?:\.|er|º|°)\s+(?=[^\d\s])", r"\1 ", cleaned)
    parts: tuple[int, int, int | None] | None = None
    if found := re.fullmatch(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", cleaned):
        parts = (int(found.group(3)), int(found.group(2)), int(found.group(1)))
    elif found := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}|\d{2}))?", cleaned):
        first, second = int(found.group(1)), int(found.group(2))
        day, month = (second, first) if second > 12 >= first else (first, second)
        parts = (day, month, _year(found.group(3)))
    elif found := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([^\d\s,.]+)\.?,?(?:\s+(\d{4}))?",
                               cleaned):  # fmt: skip
        month_number = _MONTHS.get(found.group(2))
        if month_number:
            parts = (int(found.group(1)), month_number, _year(found.group(3)))
    elif found := re.fullmatch(r"([^\d\s,.]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?",
                               cleaned):  # fmt: skip
        month_number = _MONTHS.get(found.group(1))
        if month_number:
            parts = (int(found.group(2)), month_number, _year(found.group(3)))
    if parts is None:
        raise ProfileInputError("date-unreadable")
    day, month, year = parts
    try:
        if year is not None:
            return date(year, month, day)
        candidate = date(today.year, month, day)
        return candidate if candidate >= today else date(today.year + 1, month, day)
    except ValueError:
        raise ProfileInputError("date-unreadable") from None


_NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})((?:[./-](?:\d{4}|\d{2}))?)")


def date_readings(text: str, *, today: date) -> tuple[date, ...]:
    """Every date a typed date can mean: two for a numeric day and month that could be
    either way round ("03/04/2027": 3 April or 4 March, day first as :func:`parse_date`
    reads it), one otherwise. Raises ProfileInputError("date-unreadable") as it does."""
    first = parse_date(text, today=today)
    found = _NUMERIC_DATE.fullmatch(_clean(text).rstrip("."))
    if found is None or found.group(1).lstrip("0") == found.group(3).lstrip("0"):
        return (first,)
    if int(found.group(1)) > 12 or int(found.group(3)) > 12:
        return (first,)
    swapped = f"{found.group(3)}{found.group(2)}{found.group(1)}{found.group(4)}"
    return (first, parse_date(swapped, today=today))


def parse_race_date(text: str, *, today: date) -> date:
    """A race date: not in the past and at most two years ahead."""
    day = parse_date(text, today=today)
    if day < today:
        raise ProfileInputError("date-past", day=day)
    limit = today + timedelta(days=MAX_RACE_DAYS_AHEAD)
    if day > limit:
        raise ProfileInputError("date-too-far", day=day, limit=limit)
    return day


def parse_effective_date(text: str, *, today: date) -> date:
    """When a threshold took effect: today or earlier, back to ``EARLIEST_EFFECTIVE_DATE``
    (old files are worth scoring; a date before 1990 is a typo, not a power meter)."""
    day = parse_date(text, today=today)
    if day > today:
        raise ProfileInputError("date-future", day=day)
    if day < EARLIEST_EFFECTIVE_DATE:
        raise ProfileInputError("date-too-old", day=day, earliest=EARLIEST_EFFECTIVE_DATE)
    return day


# -- pace, power, weight, heart rate ---------------------------------------------------

_PACE = re.compile(
    r"(\d{1,2})\s*(?:[:.'′’]|мин|min|m)\s*([0-5]\d)\s*(?:[\"″”]|sec|s|сек|с)?\s*(.*)"
)


def _pace_base(unit_text: str, default: PaceBase) -> PaceBase | None:
    unit = unit_text.strip(" .").removeprefix("min").removeprefix("мин").strip(" .")
    unit = unit.removeprefix("/").removeprefix("per ").removeprefix("на ").strip()
    unit = unit.replace(" ", "")
    if not unit:
        return default
    if unit in ("km", "k", "км", "kilometre", "kilometer"):
        return PaceBase.KM
    if unit in ("mi", "mile", "miles", "миля", "милю", "мили"):
        return PaceBase.MILE
    if unit in ("100m", "100м", "100metres", "100meters", "100"):
        return PaceBase.HUNDRED_M
    if unit in ("100yd", "100yds", "100y", "100yards", "100ярдов"):
        return PaceBase.HUNDRED_YD
    return None


def parse_pace(text: str, *, default: PaceBase) -> PaceValue:
    """``"4:30"``, ``"4:30/km"``, ``"4.30 мин/км"``, ``"7:15/mi"``, ``"1:35/100m"``,
    ``"4'30\""``, ``"4 min 30 s"``; without a unit the pace is per ``default``."""
    found = _PACE.fullmatch(_clean(text))
    if found is None:
        raise ProfileInputError("pace-unreadable")
    base = _pace_base(found.group(3), default)
    if base is None:
        raise ProfileInputError("pace-unreadable")
    return PaceValue(int(found.group(1)) * 60 + int(found.group(2)), base)


def parse_run_threshold_pace(text: str, *, imperial: bool) -> PaceValue:
    """Threshold pace (about the pace you could race for an hour), checked for a human."""
    pace = parse_pace(text, default=PaceBase.MILE if imperial else PaceBase.KM)
    if pace.base not in (PaceBase.KM, PaceBase.MILE):
        raise ProfileInputError("pace-unreadable")
    per_km = pace.per(PaceBase.KM)
    if per_km < MIN_RUN_PACE_S_PER_KM:
        raise ProfileInputError(
            "pace-too-fast", pace=pace, limit=PaceValue(MIN_RUN_PACE_S_PER_KM, PaceBase.KM)
        )
    if per_km > MAX_RUN_PACE_S_PER_KM:
        raise ProfileInputError("pace-too-slow", pace=pace)
    return pace


_CSS_TEST_WORDS = {"400", "200", "m", "м", "t", "in", "за", "and", "и", "min", "мин"}


def parse_css(text: str, *, imperial: bool) -> tuple[PaceValue | None, tuple[float, float] | None]:
    """CSS as a pace (``"1:35/100m"``), or the two times of the 400/200 m test
    (``"6:00 2:50"``): returns (pace, None) or (None, (t400, t200))."""
    cleaned = _clean(text)
    times = re.findall(r"(\d{1,2})[:.'′’]([0-5]\d)", cleaned)
    words = re.findall(r"[a-zа-я]+|\d+", re.sub(r"\d{1,2}[:.'′’][0-5]\d", " ", cleaned))
    if len(times) == 2 and set(words) <= _CSS_TEST_WORDS:
        first, second = (int(m) * 60 + int(s) for m, s in times)
        t400, t200 = max(first, second), min(first, second)
        if t400 < 2 * t200:  # the 400 faster per 100 m than the 200: swapped or mistyped
            raise ProfileInputError("css-test-order")
        return None, (float(t400), float(t200))
    pace = parse_pace(text, default=PaceBase.HUNDRED_YD if imperial else PaceBase.HUNDRED_M)
    if pace.base not in (PaceBase.HUNDRED_M, PaceBase.HUNDRED_YD):
        raise ProfileInputError("swim-pace-unreadable")
    check_css(pace.per(PaceBase.HUNDRED_M), pace)
    return pace, None


def check_css(seconds_per_100m: float, shown: PaceValue) -> None:
    if seconds_per_100m < MIN_CSS_S_PER_100M:
        raise ProfileInputError(
            "css-too-fast",
            pace=shown,
            limit=PaceValue(MIN_CSS_S_PER_100M, PaceBase.HUNDRED_M),
        )
    if seconds_per_100m > MAX_CSS_S_PER_100M:
        raise ProfileInputError("css-too-slow", pace=shown)


_POWER_UNITS = ("w", "watt", "watts", "вт", "ватт", "ватт.")


def parse_ftp(text: str) -> float:
    """FTP in watts: ``"250"``, ``"250w"``, ``"250 Вт"``."""
    parsed = _number_with_unit(text, _POWER_UNITS)
    if parsed is None:
        raise ProfileInputError("power-unreadable")
    watts = parsed[0]
    if watts > MAX_FTP_W:
        raise ProfileInputError("ftp-too-high", watts=watts, maximum=MAX_FTP_W)
    if watts < MIN_FTP_W:
        raise ProfileInputError("ftp-too-low", watts=watts, minimum=MIN_FTP_W)
    return watts


_KG_UNITS = ("kg", "kgs", "кг", "kilo", "kilos", "килограмм")
_LB_UNITS = ("lb", "lbs", "pound", "pounds", "фунт", "фунтов", "фунта")


def parse_weight(text: str, *, imperial: bool) -> Weight:
    """``"72"``, ``"72kg"``, ``"72,5 кг"``, ``"160 lbs"``; a bare number is in the
    athlete's units."""
    parsed = _number_with_unit(text, _KG_UNITS + _LB_UNITS)
    if parsed is None:
        raise ProfileInputError("weight-unreadable")
    value, unit = parsed
    pounds = unit in _LB_UNITS or (not unit and imperial)
    kg = value * POUND_KG if pounds else value
    if not MIN_WEIGHT_KG <= kg <= MAX_WEIGHT_KG:
        raise ProfileInputError("weight-out-of-range")
    return Weight(round(kg, 1), pounds)


_HR_UNITS = ("bpm", "b/min", "уд", "уд/мин", "уд./мин", "ударов", "bpm.")


def parse_heart_rate(text: str, *, kind: str) -> int:
    """A heart rate in beats per minute, within the plausible range for ``kind``."""
    parsed = _number_with_unit(text, _HR_UNITS)
    if parsed is None:
        raise ProfileInputError("hr-unreadable")
    low, high = HEART_RATE_RANGES[kind]
    bpm = round(parsed[0])
    if not low <= bpm <= high:
        raise ProfileInputError(f"{kind.replace('_', '-')}-out-of-range", low=low, high=high)
    return bpm


def parse_birth_year(text: str, *, today: date) -> int:
    cleaned = _clean(text).removesuffix("г.").removesuffix("г").strip()
    if not re.fullmatch(r"\d{4}", cleaned):
        raise ProfileInputError("year-unreadable")
    year = int(cleaned)
    age = today.year - year
    if age > MAX_AGE:
        raise ProfileInputError("year-too-old", year=year, age=age)
    if age < MIN_AGE:
        raise ProfileInputError("year-too-young", year=year, minimum=MIN_AGE)
    return year


# -- durations and times of day ----------------------------------------------------------

_HMS_WORDS = re.compile(
    r"(?:(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?|ч|час(?:а|ов)?"
    r"|horas?|std|stunden?|heures?|ore|ora)\.?)?\s*"
    r"(?:(\d+)\s*(?:m|min|mins|minutes?|мин(?:ут[аы]?)?|minutos?|minuten|minuti|minuto)\.?)?\s*"
    r"(?:(\d+)\s*(?:s|sec|secs|seconds?|с|сек(?:унд[аы]?)?|seg|segundos?|sek|sekunden"
    r"|secondes?|secondi)\.?)?"
)


def _duration_words(cleaned: str) -> int | None:
    found = _HMS_WORDS.fullmatch(cleaned)
    if found is None or not any(found.groups()):
        return None
    hours = _number(found.group(1)) if found.group(1) else 0.0
    minutes = int(found.group(2) or 0)
    seconds = int(found.group(3) or 0)
    if hours is None:
        return None
    return round(hours * 3600) + minutes * 60 + seconds


# Fastest plausible average speeds (m/s) by discipline, a little above the world records
# (5 km run 12:35 = 6.6 m/s; Ironman 7:21 ≈ 8.5 m/s; hour record cycling 56.8 km/h).
_MAX_SPEED = {"run": 6.8, "bike": 16.0, "swim": 2.5, "triathlon": 10.0, "duathlon": 11.0}
# Slowest finishing speeds a race is planned for: walking a run (4 km/h), riding at
# 10 km/h, swimming 100 m in 5:30, a triathlon or duathlon at 11 km/h overall (the
# Ironman cut-off of 17 h is ~13.3 km/h; marathons close after 6-8 h, ~5.3-7 km/h).
_MIN_SPEED = {"run": 1.1, "bike": 2.8, "swim": 0.3, "triathlon": 3.0, "duathlon": 3.0}
_ANY_MIN_SPEED = 0.3


def parse_target_time(text: str, *, distance_m: float | None, discipline: str | None) -> int:
    """A finishing time: ``"3:45:00"``, ``"3h45"``, ``"45 min"``, and two-part ``"a:bb"``
    read as h:mm or mm:ss, whichever gives a plausible speed over the race distance."""
    cleaned = _clean(text)
    seconds: int | None = None
    if found := re.fullmatch(r"(\d{1,3}):([0-5]\d):([0-5]\d)", cleaned):
        seconds = int(found.group(1)) * 3600 + int(found.group(2)) * 60 + int(found.group(3))
    elif found := re.fullmatch(r"(\d{1,3})[:.]([0-5]\d)", cleaned):
        first, second = int(found.group(1)), int(found.group(2))
        seconds = _two_part(first, second, distance_m, discipline)
    elif found := re.fullmatch(r"(\d{1,3})\s*(?:h|ч)\s*([0-5]?\d)", cleaned):
        seconds = int(found.group(1)) * 3600 + int(found.group(2)) * 60
    else:
        seconds = _duration_words(cleaned)
    if seconds is None or seconds <= 0:
        raise ProfileInputError("time-unreadable")
    if distance_m:
        _check_race_speed(seconds, distance_m, discipline)
    if seconds > 100 * 3600:
        raise ProfileInputError("time-too-long")
    return seconds


def _speeds(discipline: str | None) -> tuple[float, float]:
    """(slowest, fastest) plausible average speed in m/s for a race in ``discipline``."""
    key = discipline or ""
    return _MIN_SPEED.get(key, _ANY_MIN_SPEED), _MAX_SPEED.get(key, 16.0)


def clock_text(seconds: float) -> str:
    """``5:20:00``: a finishing time as h:mm:ss."""
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def _check_race_speed(seconds: int, distance_m: float, discipline: str | None) -> None:
    """A target outside what people run, ride or swim over the distance is refused with
    the range that is planned for (e.g. a half marathon in 99:00:00 or in 0:40:00)."""
    slowest, fastest = _speeds(discipline)
    speed = distance_m / seconds
    if slowest <= speed <= fastest:
        return
    # Rounded outwards to whole minutes, so the times shown are themselves accepted.
    quickest = -(-distance_m / fastest // 60) * 60
    longest = distance_m / slowest // 60 * 60
    raise ProfileInputError(
        "time-too-fast" if speed > fastest else "time-too-slow",
        time=clock_text(seconds),
        km=round(distance_m / 1000, 1),
        fastest=clock_text(quickest),
        slowest=clock_text(longest),
    )


def _plausible(seconds: int, distance_m: float, discipline: str | None) -> bool:
    slowest, fastest = _speeds(discipline)
    return slowest <= distance_m / seconds <= fastest


def _two_part(first: int, second: int, distance_m: float | None, discipline: str | None) -> int:
    as_hours = first * 3600 + second * 60
    as_minutes = first * 60 + second
    if distance_m:
        if _plausible(as_hours, distance_m, discipline):
            return as_hours
        if _plausible(as_minutes, distance_m, discipline):
            return as_minutes
    return as_hours if first < 10 else as_minutes


def parse_time_of_day(text: str) -> time:
    """``"6:30"``, ``"06.30"``, ``"7"``, ``"7am"``, ``"6:30 pm"``, ``"19:00"``, and as
    written in Europe: ``"7h30"``, ``"7 h"`` (fr), ``"7 Uhr"`` (de)."""
    cleaned = _clean(text).replace(".", ":").replace(" ", "")
    cleaned = re.sub(r"^(\d{1,2})(?:h|uhr)(\d{2})?(?:uhr)?$", r"\1:\2", cleaned).rstrip(":")
    found = re.fullmatch(r"(\d{1,2})(?::([0-5]\d))?(am|pm|a:m:|p:m:)?", cleaned)
    if found is None:
        raise ProfileInputError("clock-unreadable")
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    meridiem = (found.group(3) or "").replace(":", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise ProfileInputError("clock-unreadable")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23:
        raise ProfileInputError("clock-unreadable")
    return time(hour, minute)


# -- custom races and free text -----------------------------------------------------------

_DISTANCE = re.compile(
    _NUMBER + r"\s*(km|k|км|mi|miles?|миль|мили|m|м|метров|millas?|meilen|milles?|miglia"
    r"|metros?|metern?|mètres?|metri)(?![a-zа-я])"
)
_DURATION = re.compile(
    _NUMBER + r"\s*(h|hours?|hrs?|ч|часов|часа|час|horas?|std|stunden?|heures?|ore)(?![a-zа-я])"
)


def parse_race_description(text: str) -> RaceDescription:
    """A race of our own: the name as typed, and a distance ("120 km", "100 mi",
    "1500 m") or a duration ("24h", "6 часов") when the text has one."""
    name = " ".join(text.split())
    if not name:
        raise ProfileInputError("race-unreadable")
    if len(name) > 120:
        raise ProfileInputError("text-too-long", maximum=120)
    cleaned = _clean(name)
    distance_m: float | None = None
    if found := _DISTANCE.search(cleaned):
        value = _number(found.group(1)) or 0.0
        unit = found.group(2)
        factor = 1000.0 if unit in ("km", "k", "км") else 1.0
        if unit.startswith(("mi", "мил", "mill", "meil", "migl")):
            factor = MILE_M
        distance_m = value * factor or None
    duration_s: int | None = None
    if found := _DURATION.search(cleaned):
        hours = _number(found.group(1)) or 0.0
        duration_s = round(hours * 3600) or None
    return RaceDescription(name, distance_m, duration_s)


def parse_free_text(text: str, *, maximum: int = MAX_TEXT) -> str | None:
    """Notes kept as written (``"none"``/``"нет"`` means nothing to note)."""
    kept = text.strip()
    if _clean(kept) in _NONE_WORDS - {"0"}:
        return None
    if len(kept) > maximum:
        raise ProfileInputError("text-too-long", maximum=maximum)
    return kept or None
