"""The fake intervals.icu API: it lives in ``bot/sandbox/fakes`` because ``make sandbox``
runs it too (a demo account to connect offline); the tests import it from here."""

from bot.sandbox.fakes.intervals_icu import SPORT_SETTINGS, FakeAthlete, IntervalsIcuFake

__all__ = ["SPORT_SETTINGS", "FakeAthlete", "IntervalsIcuFake"]
