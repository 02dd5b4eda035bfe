"""Numbers, dates, paces and weights for the athlete's language (babel) and units."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from babel.dates import get_day_names

from bot.coach.profile.parsing import POUND_KG, PaceBase, PaceValue
from bot.domain.profiles import ThresholdKind, Units
from bot.i18n import Translator
from bot.i18n.dates import clock, long_date, short_day
from bot.i18n.numbers import format_distance, format_duration, format_number

_PACE_KEYS = {
    PaceBase.KM: "fmt-pace-km",
    PaceBase.MILE: "fmt-pace-mi",
    PaceBase.HUNDRED_M: "fmt-pace-100m",
    PaceBase.HUNDRED_YD: "fmt-pace-100yd",
}


class Formatter:
    """Formats values for one athlete: ``Formatter(t, Units.IMPERIAL).run_pace(270)``."""

    def __init__(self, t: Translator, units: Units = Units.METRIC) -> None:
        self.t = t
        self.locale = t.language
        self.units = units

    @property
    def imperial(self) -> bool:
        return self.units is Units.IMPERIAL

    def number(self, value: float, digits: int = 1) -> str:
        return format_number(value, self.locale, digits)

    def date(self, day: date) -> str:
        return long_date(day, self.locale)

    def clock(self, moment: time) -> str:
        return clock(moment, self.locale)

    def when(self, moment: datetime) -> str:
        """A coming moment, the one way every message says it in this language: "Sun 6
        Dec, 06:30" / «вс, 6 дек., 06:30» (``moment`` in the athlete's zone)."""
        day = short_day(moment.date(), self.locale)
        return self.t("fmt-when", date=day, time=self.clock(moment.time()))

    def weekday(self, day: int) -> str:
        names = get_day_names("abbreviated", context="stand-alone", locale=self.locale)
        return str(names[day]).capitalize()

    def weekdays(self, days: Iterable[int]) -> str:
        return ", ".join(self.weekday(day) for day in days)

    def pace(self, value: PaceValue) -> str:
        seconds = round(value.seconds)
        text = f"{seconds // 60}:{seconds % 60:02d}"
        return self.t(_PACE_KEYS[value.base], pace=text)

    def run_pace(self, seconds_per_km: float) -> str:
        base = PaceBase.MILE if self.imperial else PaceBase.KM
        return self.pace(PaceValue(seconds_per_km * base.metres / 1000, base))

    def swim_pace(self, seconds_per_100m: float) -> str:
        base = PaceBase.HUNDRED_YD if self.imperial else PaceBase.HUNDRED_M
        return self.pace(PaceValue(seconds_per_100m * base.metres / 100, base))

    def weight(self, kg: float) -> str:
        if self.imperial:
            return self.t("fmt-lb", value=self.number(kg / POUND_KG, 0))
        return self.t("fmt-kg", value=self.number(kg))

    def distance(self, metres: float, *, swim: bool = False) -> str:
        return format_distance(metres, self.t, imperial=self.imperial, swim=swim)

    def hours(self, hours: float) -> str:
        """Hours as every duration is written: "2 h 30 min", not "2.5 h"."""
        return format_duration(round(hours * 60) * 60, self.t)

    def duration(self, seconds: int) -> str:
        hours, rest = divmod(int(seconds), 3600)
        minutes, secs = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

    def watts(self, value: float) -> str:
        return self.t("fmt-watts", value=self.number(value, 0))

    def bpm(self, value: float) -> str:
        return self.t("fmt-bpm", value=self.number(value, 0))

    def threshold(self, kind: ThresholdKind, value: float) -> str:
        if kind is ThresholdKind.FTP:
            return self.watts(value)
        if kind is ThresholdKind.RUN_THRESHOLD_PACE:
            return self.run_pace(value)
        if kind is ThresholdKind.CSS:
            return self.swim_pace(value)
        return self.bpm(value)

    def param(self, value: object) -> object:
        """An error parameter ready for a catalog message."""
        if isinstance(value, PaceValue):
            return self.pace(value)
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, float):
            return self.number(value)
        if isinstance(value, int):
            return str(value)  # counts, heart rates and years: never "1,890"
        return value
