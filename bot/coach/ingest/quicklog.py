"""Quick log: a workout typed in one line, in English or Russian, into plain values.

"ran 10k in 52 min rpe 6", "swim 2000m 45min", "bike 1h30 easy", "strength 40 min",
"бег 10 км 52 мин". The rules:

* A sport word is needed (``run``/``ran``/``бег``/``пробежал``…); two different sports
  in one line are refused (one workout at a time).
* Durations: ``52 min``, ``1h30``, ``1 h 30 min``, ``1.5h``, ``2 часа``, ``1:05:30``;
  ``a:bb`` can be hours:minutes or minutes:seconds and is decided by plausibility.
* Distances: ``10k``, ``10 km``, ``2000m``, ``6 mi``, ``1500 yd``, ``10 км``, ``2000 м``.
  A number with no unit next to a sport is ambiguous (kilometres or miles? metres or
  yards?) and is asked back, never guessed.
* ``rpe 6`` (or ``6/10``, ``рпе 6``) is Foster's CR-10 effort, 1–10.
* Whatever is left is the note ("easy", "with Pete"), in the athlete's own words: the one
  stretch of the original text between the measured parts, punctuation and all; when the
  words are scattered across the line the whole line is kept rather than a word salad.

Interpretations that are physically absurd (a 10 km run in 5 minutes, a 3-day swim)
are dropped; if none is left the most telling refusal is raised as a
:class:`QuickLogError` whose ``code`` names a catalogue message. If several remain the
result is :class:`Ambiguous` with every option, for the athlete to pick.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import ClassVar

ParamValue = str | int | float

KM = 1000.0
MILE = 1609.344
YARD = 0.9144
MAX_DURATION_S = 24 * 3600.0
MIN_DURATION_S = 60.0
# "bike 1:30" with no distance is 1 h 30, not 90 s; "12:30" could be either: asked.
SHORT_CLOCK_HOURS = 5
MAX_NOTE = 200

# Sport words (whole words, lower case), English and Russian.
_SPORT_WORDS: dict[str, tuple[str, ...]] = {
    "run": (
        "run", "ran", "running", "runs", "jog", "jogged", "jogging", "бег", "бегал",
        "бегала", "пробежал", "пробежала", "пробежка", "пробежку", "побегал", "побегала",
        "бежал", "бежала",
    ),
    "bike": (
        "bike", "biked", "biking", "ride", "rode", "riding", "cycle", "cycled", "cycling",
        "вело", "велик", "велике", "велосипед", "велосипеде", "велотренировка", "покатался",
        "покаталась", "катался", "каталась", "велозаезд",
    ),
    "swim": (
        "swim", "swam", "swimming", "плавание", "плавал", "плавала", "проплыл", "проплыла",
        "плыл", "плыла", "бассейн",
    ),
    "strength": (
        "strength", "gym", "weights", "lifting", "силовая", "силовую", "силовой", "зал",
        "качалка",
    ),
    "walk": ("walk", "walked", "walking", "ходьба", "прогулка", "гулял", "гуляла"),
    "hike": ("hike", "hiked", "hiking", "поход", "хайкинг"),
    "row": ("row", "rowed", "rowing", "гребля", "греб", "гребла"),
    "ski": ("ski", "skied", "skiing", "лыжи", "лыжах", "лыжная"),
}  # fmt: skip
# The same as Spanish, German, French and Italian athletes write them in a log line.
_SPORT_WORDS_MORE: dict[str, tuple[str, ...]] = {
    "run": (
        "corrí", "corri", "correr", "carrera", "rodaje", "trote", "troté",  # es
        "gelaufen", "laufen", "lauf", "joggen", "gejoggt", "dauerlauf",  # de
        "couru", "courir", "footing", "jogging", "course",  # fr
        "corso", "corsa", "correre", "corsetta",  # it
    ),
    "bike": (
        "bici", "bicicleta", "ciclismo", "rodillo", "pedaleé", "pedalee",  # es
        "rad", "radfahren", "radgefahren", "radtour", "rennrad", "fahrrad", "radeln",  # de
        "vélo", "velo", "cyclisme", "roulé", "roule",  # fr
        "bicicletta", "pedalato", "pedalata",  # it
    ),
    "swim": (
        "nadar", "nadé", "nade", "natación", "natacion", "piscina",  # es, it
        "geschwommen", "schwimmen", "schwimmbad",  # de
        "nagé", "nage", "nager", "natation", "piscine",  # fr
        "nuotato", "nuotata", "nuoto", "nuotare",  # it
    ),
    "strength": (
        "fuerza", "gimnasio", "gym", "pesas",  # es
        "kraft", "krafttraining", "fitnessstudio",  # de
        "muscu", "musculation", "renfo", "renforcement",  # fr
        "forza", "palestra", "pesi",  # it
    ),
    "walk": (
        "caminar", "caminata", "caminé", "camine", "paseo",  # es
        "spaziergang", "spazieren", "gehen", "gegangen",  # de
        "marche", "marché", "marcher", "balade",  # fr
        "camminata", "camminato", "passeggiata",  # it
    ),
    "hike": (
        "senderismo", "excursión", "excursion",  # es
        "wandern", "wanderung", "gewandert",  # de
        "randonnée", "randonnee", "rando",  # fr
        "escursione", "trekking",  # it
    ),
    "row": (
        "remo", "remé", "reme",  # es
        "rudern", "gerudert",  # de
        "aviron", "ramé",  # fr
        "canottaggio", "remato",  # it
    ),
    "ski": (
        "esquí", "esqui", "esquiar",  # es
        "skifahren", "langlauf", "skilanglauf",  # de
        "skié", "skie",  # fr
        "sci", "sciato",  # it
    ),
}  # fmt: skip
for _sport, _words in _SPORT_WORDS_MORE.items():
    _SPORT_WORDS[_sport] = (*_SPORT_WORDS[_sport], *_words)
_SPORT_BY_WORD = {word: sport for sport, words in _SPORT_WORDS.items() for word in words}

# Fastest plausible average speeds (m/s) over a logged workout, a little above world
# records (marathon ≈ 5.7 m/s, 1500 m swim ≈ 1.7 m/s, hour record ≈ 15.3 m/s) so only
# typing mistakes are refused; slowest plausible, below which it was not that sport.
_SPEED_LIMITS: dict[str, tuple[float, float]] = {
    "run": (0.5, 7.0),
    "bike": (0.8, 22.0),
    "swim": (0.1, 2.5),
    "walk": (0.2, 3.0),
    "hike": (0.1, 3.0),
    "row": (0.3, 7.0),
    "ski": (0.3, 12.0),
    "strength": (0.0, 7.0),
}
_MAX_DISTANCE_M: dict[str, float] = {
    "run": 350_000.0,
    "bike": 1_200_000.0,
    "swim": 40_000.0,
    "walk": 150_000.0,
    "hike": 150_000.0,
    "row": 200_000.0,
    "ski": 200_000.0,
    "strength": 50_000.0,
}


class QuickLogError(Exception):
    """A line that cannot be logged; ``code`` is the catalogue key suffix."""

    code: ClassVar[str] = "quicklog"

    def __init__(self, code: str, **params: ParamValue) -> None:
        self.code = code  # type: ignore[misc]
        self.params: dict[str, ParamValue] = params
        super().__init__(f"{code}: {params}")


@dataclass(frozen=True, slots=True)
class QuickLog:
    sport: str
    duration_s: float | None = None
    distance_m: float | None = None
    rpe: int | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """Several readings are plausible; ``reason`` says which part was unclear."""

    reason: str  # "distance_unit" | "clock" | "sport"
    options: tuple[QuickLog, ...]


# -- tokens -------------------------------------------------------------------------

_NUM = r"(\d+(?:[.,]\d+)?)"
_HOURS = (
    r"(?:h|hr|hrs|hour|hours|ч|час|часа|часов"
    r"|horas?|std|stunden?|heures?|ore|ora)"  # es, de, fr, it
)
_MINUTES = r"(?:m|min|mins|minute|minutes|мин|минут|минуты|минута|minutos?|minuten|minuti|minuto)"
_MINUTE_WORDS = (
    r"(?:min|mins|minute|minutes|мин|минут|минуты|минута|minutos?|minuten|minuti|minuto)"
)
_KM_WORDS = (
    r"(?:k|km|kms|kilometers?|kilometres?|к|км|километров|километра|километр"
    r"|kilómetros?|kilometros?|kilometern?|kilomètres?|chilometri|chilometro)"
)
# A number after hours that is really a distance: "1 h 10 km" is not 1 h 10.
_NOT_MINUTES = (
    r"(?:(?:k|km|к|км|mi|yd)(?!\w)|mile|yard|kilomet|километр|метр|meter|metre"
    r"|kilóm|chilom|mètre|metro|metri|milla|meile|mille|miglia)"
)
_SECONDS = (
    r"(?:s|sec|secs|second|seconds|с|сек|секунд|секунды"
    r"|seg|segundos?|sek|sekunden?|secondes?|secondi|secondo)"
)
_MILE_WORDS = r"(?:mi|mile|miles|миль|мили|миля|millas?|meilen?|milles?|miglia|miglio)"
_YARD_WORDS = r"(?:yd|yds|yards?|ярдов|ярда|yardas?|yarden|iarde)"
_METRE_WORDS = r"(?:m|meters?|metres?|м|метров|метра|метр|metros?|metern|mètres?|metri|metro)"
_RPE_WORDS = r"(?:rpe|рпе|усилие|effort|esfuerzo|anstrengung|sforzo)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("clock3", re.compile(r"(?<![\d:])(\d{1,2}):(\d{2}):(\d{2})(?![\d:])")),
    ("clock2", re.compile(r"(?<![\d:])(\d{1,3}):(\d{2})(?![\d:])")),
    (
        "hm",
        re.compile(
            rf"(?<![\w.,]){_NUM}\s*{_HOURS}\.?\s*(?:(\d{{1,2}})(?!\s*{_NOT_MINUTES})\s*(?:{_MINUTES}\.?)?)?(?!\w)"
        ),
    ),
    ("min", re.compile(rf"(?<![\w.,]){_NUM}\s*{_MINUTE_WORDS}\.?(?!\w)")),
    ("sec", re.compile(rf"(?<![\w.,]){_NUM}\s*{_SECONDS}\.?(?!\w)")),
    ("km", re.compile(rf"(?<![\w.,]){_NUM}\s*{_KM_WORDS}\.?(?!\w)")),
    ("mi", re.compile(rf"(?<![\w.,]){_NUM}\s*{_MILE_WORDS}\.?(?!\w)")),
    ("yd", re.compile(rf"(?<![\w.,]){_NUM}\s*{_YARD_WORDS}\.?(?!\w)")),
    ("m", re.compile(rf"(?<![\w.,]){_NUM}\s*{_METRE_WORDS}\.?(?!\w)")),
    ("rpe", re.compile(rf"{_RPE_WORDS}\s*[:=]?\s*{_NUM}(?:\s*/\s*10)?(?!\w)")),
    ("rpe", re.compile(rf"(?<![\w.,]){_NUM}\s*/\s*10(?!\w)")),
    ("bare", re.compile(rf"(?<![\w.,:/]){_NUM}(?![\w.,:/])")),
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_FILLER = frozenset(
    ("in", "for", "at", "of", "a", "an", "the", "i", "did", "my", "today", "this", "morning",
     "yesterday", "за", "в", "на", "и", "я", "сегодня", "утром", "вчера",
     # es, de, fr, it: prepositions, articles, "today", "this morning", "yesterday"
     "en", "de", "del", "la", "el", "un", "una", "y", "hoy", "esta", "mañana", "ayer",
     "hice", "he", "hecho", "ich", "bin", "habe", "heute", "morgen", "gestern", "und",
     "ein", "eine", "j", "ai", "fait", "le", "du", "et", "aujourd", "hui", "ce", "matin",
     "hier", "à", "ho", "fatto", "di", "il", "e", "oggi", "stamattina", "ieri",
     # links between a measure and the sport word ("90 min on the bike", "auf dem Rad")
     "on", "auf", "dem", "der", "die", "das", "im")
)  # fmt: skip


def _number(text: str) -> float:
    return float(text.replace(",", "."))


@dataclass(frozen=True, slots=True)
class _Reading:
    """The pieces found in the text; each alternative list holds its readings."""

    sports: tuple[str, ...]
    durations: tuple[tuple[float, ...], ...]  # each found duration's possible values
    distances: tuple[tuple[float, ...], ...]
    rpe: tuple[float, ...]
    bare: tuple[float, ...]
    note: str | None


# Punctuation around a note's stretch that belongs to the measured parts next to it.
_LEAD_PUNCT = " \t\n,.;:-—–("
_TRAIL_PUNCT = " \t\n,;:-—–("


def _trim_note(segment: str) -> str:
    """Drop filler words and punctuation at the edges ("a half " -> "half", "with Pete
    in" -> "with Pete"); the words inside stay exactly as the athlete wrote them."""
    words = list(_WORD.finditer(segment))
    start, end = 0, len(segment)
    for word in words:
        if word.group().lower() not in _FILLER:
            break
        start = word.end()
    for word in reversed(words):
        if word.end() <= start or word.group().lower() not in _FILLER:
            break
        end = word.start()
    note = segment[start:end].lstrip(_LEAD_PUNCT).rstrip(_TRAIL_PUNCT + ".")
    return re.sub(r"\s+", " ", note)


def _note(text: str, rest: str) -> str | None:
    """The note from ``rest`` (``text`` lower-cased, measured parts and sport words
    blanked out position for position). One stretch with real words is the note; words
    in several stretches cannot be told apart from the log, so the whole line is kept:
    the athlete's text, never leftovers glued together."""
    original = text if len(text) == len(rest) else rest
    stretches: list[str] = []
    position = 0
    for gap in re.finditer(r"\x00+", rest + "\x00"):
        stretch = original[position : gap.start()]
        position = gap.end()
        if any(word not in _FILLER for word in _WORD.findall(stretch.lower())):
            stretches.append(stretch)
    if not stretches:
        return None
    note = _trim_note(stretches[0]) if len(stretches) == 1 else " ".join(text.split())
    return note[:MAX_NOTE] or None


def _scan(text: str) -> _Reading:
    # Matches are blanked with NULs of the same length, so positions in ``rest`` stay
    # those of ``text`` and the note can be cut from the original, case and commas kept.
    text = text.strip()
    rest = text.lower().replace("ё", "е")
    durations: list[tuple[float, ...]] = []
    distances: list[tuple[float, ...]] = []
    rpe: list[float] = []
    bare: list[float] = []
    for kind, pattern in _PATTERNS:
        for match in list(pattern.finditer(rest)):
            groups = match.groups()
            if kind == "clock3":
                h, m, s = (int(g) for g in groups)
                durations.append((h * 3600.0 + m * 60 + s,))
            elif kind == "clock2":
                a, b = int(groups[0]), int(groups[1])
                # h:mm or m:ss: plausibility decides later; a short clock like 1:30
                # with no distance to judge by is hours (nobody logs a 90 s ride).
                durations.append((a * 3600.0 + b * 60, a * 60.0 + b))
            elif kind == "hm":
                hours = _number(groups[0])
                minutes = int(groups[1]) if groups[1] else 0
                durations.append((hours * 3600.0 + minutes * 60,))
            elif kind == "min":
                durations.append((_number(groups[0]) * 60.0,))
            elif kind == "sec":
                durations.append((_number(groups[0]),))
            elif kind == "km":
                distances.append((_number(groups[0]) * KM,))
            elif kind == "mi":
                distances.append((_number(groups[0]) * MILE,))
            elif kind == "yd":
                distances.append((_number(groups[0]) * YARD,))
            elif kind == "m":
                distances.append((_number(groups[0]),))
            elif kind == "rpe":
                rpe.append(_number(groups[0]))
            else:
                bare.append(_number(groups[0]))
        rest = pattern.sub(lambda found: "\x00" * len(found.group()), rest)
    sports: list[str] = []
    for word in list(_WORD.finditer(rest)):
        sport = _SPORT_BY_WORD.get(word.group())
        if sport is not None:
            if sport not in sports:
                sports.append(sport)
            rest = rest[: word.start()] + "\x00" * len(word.group()) + rest[word.end() :]
    note = _note(text, rest)
    return _Reading(
        tuple(sports), tuple(durations), tuple(distances), tuple(rpe), tuple(bare), note
    )


# -- checks -------------------------------------------------------------------------


def check(log: QuickLog) -> QuickLog:
    """Refuse absurd values with a specific :class:`QuickLogError`; return ``log``."""
    if log.duration_s is not None:
        if log.duration_s < MIN_DURATION_S:
            raise QuickLogError("too_short", seconds=round(log.duration_s))
        if log.duration_s > MAX_DURATION_S:
            raise QuickLogError("too_long", hours=round(log.duration_s / 3600, 1))
    if log.distance_m is not None:
        if log.distance_m <= 0:
            raise QuickLogError("no_distance")
        limit = _MAX_DISTANCE_M.get(log.sport, 1_200_000.0)
        if log.distance_m > limit:
            raise QuickLogError(
                "too_far", km=round(log.distance_m / KM, 1), limit_km=round(limit / KM)
            )
    if log.duration_s and log.distance_m:
        slowest, fastest = _SPEED_LIMITS.get(log.sport, (0.0, 40.0))
        speed = log.distance_m / log.duration_s
        if speed > fastest:
            raise QuickLogError("too_fast", kmh=round(speed * 3.6, 1), sport=log.sport)
        if speed < slowest:
            raise QuickLogError("too_slow", kmh=round(speed * 3.6, 2), sport=log.sport)
    if log.rpe is not None and not 1 <= log.rpe <= 10:
        raise QuickLogError("rpe_range", rpe=log.rpe)
    return log


def _rpe(values: tuple[float, ...]) -> int | None:
    if not values:
        return None
    if len(values) > 1:
        raise QuickLogError("two_rpe")
    value = values[0]
    if value != int(value) or not 1 <= value <= 10:
        raise QuickLogError("rpe_range", rpe=value)
    return int(value)


def parse_quick_log(text: str, *, sport: str | None = None) -> QuickLog | Ambiguous | None:
    """Read one workout from ``text``.

    Returns None when the text does not look like a workout log at all (no sport word
    and no ``sport`` given, or nothing measured); raises :class:`QuickLogError` for a
    log that cannot be right; returns :class:`Ambiguous` when it must be asked back.
    """
    reading = _scan(text)
    sports = reading.sports or ((sport,) if sport else ())
    if not sports:
        return None
    if len(sports) > 1:
        raise QuickLogError("two_sports", first=sports[0], second=sports[1])
    chosen = sports[0]
    if not reading.durations and not reading.distances and not reading.bare:
        return None
    if len(reading.durations) > 1:
        raise QuickLogError("two_durations")
    if len(reading.distances) > 1:
        raise QuickLogError("two_distances")
    rpe = _rpe(reading.rpe)
    durations: tuple[float | None, ...] = reading.durations[0] if reading.durations else (None,)
    distances: tuple[float | None, ...] = reading.distances[0] if reading.distances else (None,)
    reason = "clock" if len(durations) > 1 else ""
    if reason and not reading.distances and not reading.bare and durations[0] is not None:
        hours = int(durations[0] // 3600)
        if hours <= SHORT_CLOCK_HOURS:
            durations = durations[:1]
    if reading.bare:
        if len(reading.bare) > 1 or (reading.durations and reading.distances):
            raise QuickLogError("unclear_numbers", number=reading.bare[0])
        value = reading.bare[0]
        if reading.distances:  # "10 km in 52": the number is the time, in minutes
            durations = (value * 60.0,)
        else:  # a number with no unit beside a sport: a distance, but in what unit?
            units = (1.0, YARD) if chosen == "swim" else (KM, MILE)
            distances = tuple(value * unit for unit in units)
            reason = "distance_unit"
    base = QuickLog(sport=chosen, rpe=rpe, note=reading.note)
    options: list[QuickLog] = []
    first_error: QuickLogError | None = None
    for duration, distance in itertools.product(durations, distances):
        candidate = replace(base, duration_s=duration, distance_m=distance)
        try:
            options.append(check(candidate))
        except QuickLogError as error:
            first_error = first_error or error
    if not options:
        assert first_error is not None
        raise first_error
    if len(options) == 1:
        return options[0]
    return Ambiguous(reason, tuple(options))


# -- answers to the /log dialog's questions ------------------------------------------


def parse_duration(text: str) -> float:
    """A typed duration; a bare number is minutes ("52" = 52 min, "1:30" = 1 h 30)."""
    cleaned = text.strip().lower()
    if re.fullmatch(_NUM, cleaned):
        seconds = _number(cleaned) * 60.0
    else:
        reading = _scan(cleaned)
        if len(reading.durations) != 1 or reading.distances or reading.bare:
            raise QuickLogError("bad_duration")
        seconds = reading.durations[0][0]
    if seconds < MIN_DURATION_S:
        raise QuickLogError("too_short", seconds=round(seconds))
    if seconds > MAX_DURATION_S:
        raise QuickLogError("too_long", hours=round(seconds / 3600, 1))
    return seconds


def parse_distance(text: str, sport: str) -> float:
    """A typed distance; a bare number is km (metres for a swim)."""
    cleaned = text.strip().lower()
    if re.fullmatch(_NUM, cleaned):
        metres = _number(cleaned) * (1.0 if sport == "swim" else KM)
    else:
        reading = _scan(cleaned)
        if len(reading.distances) != 1 or reading.durations or reading.bare:
            raise QuickLogError("bad_distance")
        metres = reading.distances[0][0]
    check(QuickLog(sport=sport, distance_m=metres))
    return metres


_RELATIVE_DAYS = {
    "today": 0, "сегодня": 0, "yesterday": 1, "вчера": 1, "позавчера": 2,
    "hoy": 0, "ayer": 1, "anteayer": 2, "heute": 0, "gestern": 1, "vorgestern": 2,
    "aujourd'hui": 0, "aujourd’hui": 0, "hier": 1, "avant-hier": 2,
    "oggi": 0, "ieri": 1, "l'altro ieri": 2, "altroieri": 2,
}  # fmt: skip
# How far back a typed date may go: older workouts are not "training data in".
MAX_DAYS_BACK = 366


def parse_day(text: str, today: date) -> date:
    """A typed day: today/yesterday (сегодня/вчера, hoy/ayer, heute/gestern, aujourd'hui/
    hier, oggi/ieri), 12.03, 12.03., 12.03.2026, 2026-03-12, 12/03.
    A date without a year is the latest one not after ``today``; future dates are
    refused."""
    cleaned = text.strip().lower().replace("ё", "е")
    if cleaned in _RELATIVE_DAYS:
        return today - timedelta(days=_RELATIVE_DAYS[cleaned])
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cleaned)
    found = re.fullmatch(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\.?", cleaned)
    try:
        if iso:
            day = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        elif found:
            year = found.group(3)
            if year is None:
                day = date(today.year, int(found.group(2)), int(found.group(1)))
                if day > today:
                    day = date(today.year - 1, day.month, day.day)
            else:
                full = int(year) + (2000 if len(year) == 2 else 0)
                day = date(full, int(found.group(2)), int(found.group(1)))
        else:
            raise QuickLogError("bad_day")
    except ValueError as error:
        raise QuickLogError("bad_day") from error
    if day > today:
        raise QuickLogError("future_day")
    if (today - day).days > MAX_DAYS_BACK:
        raise QuickLogError("old_day")
    return day


@dataclass(frozen=True, slots=True)
class Caption:
    """What the athlete wrote under an uploaded file: an RPE and/or a note."""

    rpe: int | None
    note: str | None


_CAPTION_RPE = tuple(pattern for kind, pattern in _PATTERNS if kind == "rpe")


def parse_caption(text: str | None) -> Caption:
    """ "felt great, rpe 7" -> RPE 7 and the note "felt great"; an RPE outside 1–10 is
    left in the note rather than guessed. The note keeps the athlete's own words."""
    if not text or not text.strip():
        return Caption(None, None)
    rpe: int | None = None
    rest = text
    for pattern in _CAPTION_RPE:
        found = pattern.search(rest.lower())
        if found is None:
            continue
        value = _number(found.group(1))
        if value.is_integer() and 1 <= value <= 10:
            rpe = int(value)
            rest = rest[: found.start()] + rest[found.end() :]
        break
    note = re.sub(r"\s+", " ", rest).strip(" ,.;:-—–\n\t")
    return Caption(rpe, note[:1000] or None)
