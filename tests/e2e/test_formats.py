"""One style per language for days, dates, clock times and durations, across the screens
an athlete sees on one morning: the brief, /today, /plan, /week, the brief settings and an
activity card. English testers found "Mon, December 7" beside "Sunday, 6 December",
"6:30 AM" beside "06:30" and "2.5 h" beside "2 h 30 min"."""

from __future__ import annotations

import re

import pytest

from tests.e2e.activity_chat import plain, send_all, upload_all
from tests.e2e.harness import TempoUnderTest
from tests.e2e.test_brief_adjusted import brief_on_a_hard_day
from tests.e2e.test_ingest import FIXTURES

pytestmark = pytest.mark.e2e

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# What the one style rules out: a month before its day ("December 7", "Dec 10"), a
# 12-hour clock ("6:30 AM"), a single-digit hour ("6:30" where "06:30" is the style,
# told apart from paces and stopwatch times by what follows), decimal hours ("2.5 h").
_MONTH_FIRST = re.compile(rf"\b(?:{_MONTHS})[a-z]*\.? \d{{1,2}}\b")
_TWELVE_HOUR = re.compile(r"\d{1,2}:\d{2}[\s\u202f]?(?:AM|PM|am|pm)\b")
_DECIMAL_HOURS = re.compile(r"\b\d+[.,]\d+ ?h\b")


def offences(text: str) -> list[str]:
    found = []
    for pattern in (_MONTH_FIRST, _TWELVE_HOUR, _DECIMAL_HOURS):
        found.extend(m.group(0) for m in pattern.finditer(text))
    return found


def test_the_checker_catches_what_the_testers_saw() -> None:
    assert offences("Mon, December 7 · Thu Dec 10 · 6:30 AM · 2.5 h") == [
        "December 7",
        "Dec 10",
        "6:30 AM",
        "2.5 h",
    ]
    assert offences("Sunday, 6 December · Thu 10 Dec · 06:30 · 2 h 30 min · 5:20 /km") == []


async def test_every_screen_of_a_morning_writes_dates_times_and_hours_one_way(
    tempo: TempoUnderTest,
) -> None:
    ann, _athlete, _hard, brief = await brief_on_a_hard_day(tempo, "amber")
    screens = {"brief": brief.text or ""}
    for command in ("/today", "/plan", "/week", "/brief"):
        replies = await send_all(tempo, ann, command)
        screens[command] = "\n".join(plain(r.text or "") for r in replies)
    cards = await upload_all(tempo, ann, FIXTURES / "garmin-fenix-5-run.fit")
    screens["card"] = "\n".join(plain(c.text or "") for c in cards)
    # The screens hold dates, a clock time and hours, so the check has something to see.
    everything = "\n".join(screens.values())
    assert re.search(r"\b\d{2}:\d{2}\b", everything)
    assert re.search(r"\b\d+ h\b", everything)
    assert {name: offences(text) for name, text in screens.items()} == {
        name: [] for name in screens
    }
