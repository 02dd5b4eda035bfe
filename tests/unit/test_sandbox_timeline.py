"""``/wait``'s words: spans, the next local time, the next weekday at a time."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.sandbox.timeline import WAIT_USAGE, parse_wait

ROME = ZoneInfo("Europe/Rome")
# Saturday 28 March 2026, 10:00 in Rome (UTC+1); clocks go forward that night.
SATURDAY = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30m", datetime(2026, 3, 28, 9, 30, tzinfo=UTC)),
        ("1d", datetime(2026, 3, 29, 9, 0, tzinfo=UTC)),
        ("1d 2h", datetime(2026, 3, 29, 11, 0, tzinfo=UTC)),
        ("1w", datetime(2026, 4, 4, 9, 0, tzinfo=UTC)),
        # 06:00 has passed today: tomorrow's, in summer time (UTC+2) by then.
        ("06:00", datetime(2026, 3, 29, 4, 0, tzinfo=UTC)),
        ("11:30", datetime(2026, 3, 28, 10, 30, tzinfo=UTC)),
        ("mon 06:00", datetime(2026, 3, 30, 4, 0, tzinfo=UTC)),
        ("Monday 6", datetime(2026, 3, 30, 4, 0, tzinfo=UTC)),
        ("sat 09:00", datetime(2026, 4, 4, 7, 0, tzinfo=UTC)),  # today's is past: next week
        ("sun", datetime(2026, 3, 28, 23, 0, tzinfo=UTC)),  # Sunday's midnight
    ],
)
def test_wait_means_the_moment_a_person_would_expect(text: str, expected: datetime) -> None:
    assert parse_wait(text, SATURDAY, ROME) == expected


@pytest.mark.parametrize("text", ["", "soon", "25:00", "mon 06:00 07:00", "6:75"])
def test_words_it_cannot_read_are_told_with_the_usage(text: str) -> None:
    with pytest.raises(ValueError, match="usage: /wait"):
        parse_wait(text, SATURDAY, ROME)
    assert WAIT_USAGE.startswith("usage: /wait")


def test_a_wait_is_at_most_a_month() -> None:
    with pytest.raises(ValueError, match="at most 31 days"):
        parse_wait("5w", SATURDAY, ROME)
