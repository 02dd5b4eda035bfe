"""A human coach's one-line plan change, in the six languages of the catalogs:

- ``"Saturday: 2 h group ride in zone 2"`` / ``"суббота: 2 ч групповая покатушка в зоне 2"``
  -> :class:`PlaceSession` (a steady session on the coming Saturday, zone 2 unless said);
- ``"Sunday: rest"`` / ``"воскресенье: отдых"`` -> :class:`AddRestDay`;
- the same in Spanish, German, French and Italian (``"sábado: 2 h de bici en zona 2"``,
  ``"Sonntag: Ruhetag"``, ``"demain : 45 min de course"``, ``"domenica: riposo"``): every
  example the catalogs show a coach is read (tests/unit/changes/test_coach_reader.py).

Strict like the athlete's reader: anything else is None (the caller then tries the
athlete's reader, ``reader.read_change_request``, for "move the long run to Sunday").
A weekday name is the next day of that name on or after the athlete's ``today`` (their
clock), as the athlete's own reader resolves it ("Sunday" on a Sunday is today) — unless
the caller says the change cannot land before ``earliest`` (today is over: late in the
day; or the plan has not started yet): then it is the first day of that name from there,
which is what a coach writing "Sunday: rest" means. "today" and "tomorrow" are literal.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.coach.planning.changes.model import AddRestDay, PlaceSession
from bot.coach.planning.changes.reader import _WD_EN, _WD_EU, _WD_RU, _sports_in, _weekday

_TODAY = ("today", "сегодня", "hoy", "heute", "aujourd'hui", "oggi")
_TOMORROW = ("tomorrow", "завтра", "mañana", "morgen", "demain", "domani")
_DAY = re.compile(
    r"^\s*(?:on\s+|в\s+|во\s+|el\s+|am\s+|le\s+|il\s+)?"
    rf"({'|'.join(_TODAY + _TOMORROW)}|{_WD_EN}|{_WD_RU}|{_WD_EU})(?![\w'])"
)
_REST = re.compile(
    r"\b(rest|day off|off|отдых\w*|выходн\w*|descanso|ruhetag|ruhe|pause|repos|riposo)\b"
)
_HOURS = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s*"
    r"(?:h|hr|hrs|hours?|ч|час(?:а|ов)?|horas?|std|stunden?|heures?|ore|ora)(?![a-zа-яé])"
)
_MINUTES = re.compile(
    r"(?<!\d)(\d{1,3})\s*(?:m|min|mins|minutes?|мин(?:ут[аы]?)?|minutos?|minuten|minuti)"
    r"(?![a-zа-я])"
)
_ZONE = re.compile(r"(?:\bzone|\bzona|\bz|зон[аеуы]?)\s*(\d)\b")


def _day(word: str, today: date, earliest: date) -> date:
    if word in _TODAY:
        return today
    if word in _TOMORROW:
        return today + timedelta(days=1)
    return earliest + timedelta(days=(_weekday(word) - earliest.weekday()) % 7)


def _minutes(text: str) -> int | None:
    hours = _HOURS.search(text)
    minutes = _MINUTES.search(text)
    total = 0.0
    if hours:
        total += float(hours.group(1).replace(",", ".")) * 60
    if minutes:
        total += int(minutes.group(1))
    return round(total) if hours or minutes else None


def read_coach_change(
    text: str, today: date, *, earliest: date | None = None
) -> PlaceSession | AddRestDay | None:
    """The coach's line as one operation, or None when it is not of these shapes.
    ``earliest``: the first day a weekday name may mean (default ``today``)."""
    lowered = " ".join(text.lower().split())
    found = _DAY.match(lowered)
    if found is None:
        return None
    day = _day(found.group(1), today, max(today, earliest or today))
    rest = lowered[found.end() :]
    if _REST.search(rest) and _minutes(rest) is None:
        return AddRestDay(day)
    sports = _sports_in(rest)
    minutes = _minutes(rest)
    if len(sports) != 1 or minutes is None:
        return None
    zone = _ZONE.search(rest)
    return PlaceSession(day, next(iter(sports)), minutes, int(zone.group(1)) if zone else 2)
