"""The team group's texts as people read them: the board's day written as the rest of the
product writes days, and a coach's question never followed by a second full stop."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.domain.groups import BoardLine, GroupTier, PollKind, ScheduledRollCall
from bot.domain.squads import Squad
from bot.handlers.groups_render import board_text, roll_call_when, roll_calls_markup
from bot.i18n import Catalogs

CATALOGS = Catalogs.load()
SQUAD = Squad(id=1, coach_id=1, name="Riders", created_at=datetime(2026, 12, 1, tzinfo=UTC))
MONDAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("language", "day"),
    [
        ("en", "Monday, 7 December"),
        ("ru", "понедельник, 7 декабря"),
        ("de", "Montag, 7. Dezember"),
    ],
)
def test_the_board_header_writes_the_day_in_the_language(language: str, day: str) -> None:
    t = CATALOGS.translator(language)
    line = BoardLine(
        name="Ann", tier=GroupTier.DONE, done=True, colour=None, score=None, minutes_done=None
    )
    text = board_text(t, SQUAD, [line], MONDAY)
    assert text.split("\n")[0] == f"📋 <b>Riders</b> · {day}"
    assert "2026-12-07" not in text


def call(question: str | None, kind: PollKind = PollKind.IN_OUT) -> ScheduledRollCall:
    return ScheduledRollCall(
        id=1,
        chat_id=-100,
        kind=kind,
        weekday=3 if kind is PollKind.IN_OUT else None,
        at=time(18, 0),
        question=question,
        created_at=datetime(2026, 12, 1, tzinfo=UTC),
    )


@pytest.mark.parametrize("language", ["en", "ru", "es", "de", "fr", "it"])
@pytest.mark.parametrize(
    "question", ["Who's in?", "Ride on Saturday!", "Long ride on Saturday.", "Long ride", None]
)
def test_a_question_gets_no_second_full_stop(language: str, question: str | None) -> None:
    t = CATALOGS.translator(language)
    for scheduled in (call(question), call(None, PollKind.FEELING)):
        when = roll_call_when(t, scheduled)
        texts = [
            t("group-schedule-saved", when=when),
            t("group-schedule-list", lines=when),
            *(b.text for row in roll_calls_markup(t, [scheduled]).inline_keyboard for b in row),
        ]
        for text in texts:
            for end in "?!.":
                assert f"{end}." not in text, text
                assert f"{end} ." not in text, text
