"""Charts as photos through the real bot and the emulator: /fitness with its numbers and
the chart, the window buttons editing the photo in place, the activity card's chart, and
the answers when there is nothing to draw."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from bot.sandbox.emulator import ChatMessage
from tests.e2e.activity_chat import (
    activities_of,
    athlete_id,
    give_thresholds,
    plain,
    press_all,
    send_all,
    translator,
    upload_all,
)
from tests.e2e.harness import Person, TempoUnderTest
from tests.unit.ingest.synthetic import Leg, activity_fit

pytestmark = pytest.mark.e2e
EN = translator("en")
RU = translator("ru")


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def photo_bytes(message: ChatMessage) -> bytes:
    assert message.photo is not None
    return message.photo.content


async def ride(
    tempo: TempoUnderTest, tmp_path: Path, *, language: str = "en"
) -> tuple[Person, ChatMessage]:
    """Ann with thresholds and one 40-minute ride (power and heart rate) a week before
    today; returns her and the activity card."""
    ann = tempo.person("Ann", language_code=language)
    await send_all(tempo, ann, "/help")
    await give_thresholds(tempo, ann, ftp=250, lthr=165, hr_max=190, resting_hr=50)
    tempo.clock.advance(62 * 86400)  # the synthetic file starts on 1 March 2026
    path = tmp_path / "ride.fit"
    path.write_bytes(activity_fit([Leg("cycling", 2400, 8.5, heart_rate=150, power=220)]))
    replies = await upload_all(tempo, ann, path)
    return ann, next(m for m in replies if m.inline_keyboard)


async def test_fitness_shows_the_numbers_then_a_chart_whose_buttons_edit_it(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann, _ = await ride(tempo, tmp_path)

    numbers, chart = await send_all(tempo, ann, "/fitness")

    assert plain(EN("fitness-title")) in (numbers.text or "")
    assert "Fitness " in (numbers.text or "") and "form " in (numbers.text or "")
    assert chart.caption is not None and chart.caption.startswith("Last 6 weeks: fitness ")
    assert png_size(photo_bytes(chart))[0] == 1080
    labels = [str(b["text"]) for row in chart.inline_keyboard for b in row]
    assert labels == ["• 6 weeks", "3 months", "1 year"]
    first = photo_bytes(chart)

    new = await press_all(tempo, ann, "3 months", on=chart)

    edited = tempo.account.message(ann.user, chart.message_id)
    assert new == []  # no new message: the photo changed in place
    assert edited.edit_count == 1
    assert edited.caption is not None and edited.caption.startswith("Last 3 months")
    assert photo_bytes(edited) != first
    assert [str(b["text"]) for row in edited.inline_keyboard for b in row][1] == "• 3 months"


async def test_the_activity_card_opens_the_activitys_chart(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann, card = await ride(tempo, tmp_path, language="ru")

    [chart] = await press_all(tempo, ann, plain(RU("chart-btn-open")), on=card)

    assert chart.caption == "40 мин, один отрезок; ваши зоны закрашены."
    width, height = png_size(photo_bytes(chart))
    assert (width, height) == (1080, 870)  # two panels (power, heart rate): 2 + 2 x 1.9 in
    assert tempo.account.chat_actions[-1].action == "upload_photo"


async def test_nothing_to_draw_is_said_plainly(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    await send_all(tempo, ann, "/help")

    [reply] = await send_all(tempo, ann, "/fitness")

    assert reply.text == plain(EN("chart-none-fitness"))
    assert reply.photo is None


async def test_a_hand_logged_workout_has_no_chart_button(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    await send_all(tempo, ann, "/help")
    replies = await send_all(tempo, ann, "/log ran 10k in 52 min rpe 6")
    [activity] = await activities_of(tempo, await athlete_id(tempo, ann))
    assert activity.file_id is None
    labels = [str(b["text"]) for m in replies for row in m.inline_keyboard for b in row]
    assert plain(EN("chart-btn-open")) not in labels
