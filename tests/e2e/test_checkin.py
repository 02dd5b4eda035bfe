"""/checkin end to end: one message, a tap per row, typed HRV and resting HR, Done;
stored on the science core's 1–5 scales; changed the same day; an old keyboard refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.domain.wellness import WellnessRecord
from bot.sandbox.emulator import ChatMessage
from bot.storage.repositories import WellnessRepository
from tests.e2e.activity_chat import athlete_id, plain, send_all, translator
from tests.e2e.harness import Person, TempoUnderTest

pytestmark = pytest.mark.e2e

FACES = ("😀", "🙂", "😐", "😕", "😣")  # answers 1 (best) … 5 (worst), left to right


async def stored(tempo: TempoUnderTest, person: Person, day: date) -> WellnessRecord | None:
    assert tempo.app is not None
    who = await athlete_id(tempo, person)
    async with tempo.app.session_factory() as session:
        return await WellnessRepository(session).get(who, day)


def button(message: ChatMessage, row: int, column: int) -> str:
    return str(message.inline_keyboard[row][column]["callback_data"])


async def test_a_morning_check_in_in_a_few_taps(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    t = translator()
    [card] = await send_all(tempo, ann, "/checkin")
    assert plain(t("checkin-title")) in (card.text or "")
    started = tempo.clock.now()
    # Rows: sleep hours, then sleep quality, soreness, fatigue, stress, mood; flags; Done.
    taps = [
        button(card, 0, 3),  # 7 h
        button(card, 1, 2),  # slept well (2)
        button(card, 2, 1),  # no soreness (1)
        button(card, 3, 4),  # tired (4)
        button(card, 4, 3),  # normal stress (3)
        button(card, 5, 1),  # great mood (1)
    ]
    for data in taps:
        await ann.press(data, on=card)
    await send_all(tempo, ann, "hrv 62 rhr 48")
    await ann.press(button(card, 7, 0), on=card)  # Done
    # Seven taps and a line of text: under 15 s at a person's two seconds per action.
    assert (tempo.clock.now() - started).total_seconds() <= 20
    await ann.settle()  # Done answers before its commit
    today = tempo.clock.now().date()
    record = await stored(tempo, ann, today)
    assert record is not None and record.completed_at is not None
    fields = record.fields
    assert (fields.sleep_hours, fields.sleep_quality, fields.soreness, fields.fatigue) == (
        7.0, 2, 1, 4,
    )  # fmt: skip
    assert (fields.stress, fields.mood, fields.rmssd_ms, fields.resting_hr_bpm) == (3, 1, 62, 48)
    assert not fields.illness and not fields.injury
    done = tempo.account.message(ann.user, card.message_id)
    assert plain(t("checkin-done-title")) in (done.text or "")
    assert done.inline_keyboard == []


async def test_the_same_day_the_check_in_can_be_changed(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann", language_code="ru")
    [card] = await send_all(tempo, ann, "/checkin")
    await ann.press(button(card, 5, 5), on=card)  # very low mood (5)
    await ann.press(button(card, 6, 0), on=card)  # ill
    await ann.press(button(card, 7, 0), on=card)  # Done
    [again] = await send_all(tempo, ann, "/checkin")
    assert again.inline_keyboard[5][5]["text"] == "✅"  # today's answer is shown ticked
    assert "✅" in again.inline_keyboard[6][0]["text"]
    await ann.press(button(again, 5, 2), on=again)  # good mood after all (2)
    await ann.press(button(again, 6, 0), on=again)  # not ill
    await ann.settle()  # the tap answers before its commit
    record = await stored(tempo, ann, tempo.clock.now().date())
    assert record is not None
    assert record.fields.mood == 2 and record.fields.illness is False


async def test_an_old_keyboard_does_not_change_another_day(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    [card] = await send_all(tempo, ann, "/checkin")
    yesterday = tempo.clock.now().date()
    tempo.clock.advance(timedelta(days=1))
    await ann.press(button(card, 1, 0), on=card)
    answer = tempo.account.callback_answers[-1]
    assert answer.text == plain(translator()("checkin-stale"))
    assert await stored(tempo, ann, yesterday) is None
    assert await stored(tempo, ann, tempo.clock.now().date()) is None


async def test_a_typed_value_out_of_range_is_refused(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    await send_all(tempo, ann, "/checkin")
    [refusal] = await send_all(tempo, ann, "rhr 300")
    t = translator()
    assert refusal.text == plain(
        t("checkin-error-resting_hr_bpm", value=300.0, low=25.0, high=120.0)
    )
    assert await stored(tempo, ann, tempo.clock.now().date()) is None
