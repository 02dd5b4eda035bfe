"""The coach's roll-call schedule as written in the group: a day (or "daily") and a time,
in the six languages and the usual clock styles; what is not a time is refused, never
sent as a poll at once."""

from __future__ import annotations

from datetime import time

import pytest

from bot.coach.services.group_schedule import WhenUnreadable, looks_scheduled, read_when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thu 18:00 Who's in?", (3, time(18, 0), "Who's in?")),
        ("thursday 6pm long run?", (3, time(18, 0), "long run?")),
        ("Sat 6:30 am Long ride", (5, time(6, 30), "Long ride")),
        ("sat 12am", (5, time(0, 0), None)),
        ("sun 12 pm", (6, time(12, 0), None)),
        ("daily 07:00", (None, time(7, 0), None)),
        ("every day 7.15", (None, time(7, 15), None)),
        ("чт 18.00 Кто в субботу?", (3, time(18, 0), "Кто в субботу?")),
        ("четверг 18:00", (3, time(18, 0), None)),
        ("ежедневно 07:00", (None, time(7, 0), None)),
        ("jeudi 18h30 Qui vient ?", (3, time(18, 30), "Qui vient ?")),
        ("samedi 9h", (5, time(9, 0), None)),
        ("donnerstag 18:00", (3, time(18, 0), None)),
        ("täglich 7:00", (None, time(7, 0), None)),
        ("jueves 18:00", (3, time(18, 0), None)),
        ("giovedì 18:00", (3, time(18, 0), None)),
    ],
)
def test_a_day_and_a_time_are_read(text: str, expected: tuple[object, ...]) -> None:
    assert looks_scheduled(text)
    assert read_when(text) == expected


@pytest.mark.parametrize(
    "text", ["sat 2 hours easy?", "thu 25:00", "thu 13pm", "thu 18:75", "fri 0am"]
)
def test_a_number_that_is_no_time_is_refused(text: str) -> None:
    assert looks_scheduled(text)  # the coach meant a schedule: say so, send no poll
    with pytest.raises(WhenUnreadable):
        read_when(text)


@pytest.mark.parametrize(
    "text", ["Who's in for Saturday?", "Sunday long ride — who's in?", "", "thursday evening?"]
)
def test_a_question_is_a_poll_now(text: str) -> None:
    assert not looks_scheduled(text)
