"""Flood limits on the injected clock, and scripted failures for retry logic."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramRetryAfter, TelegramServerError

from bot.clock import ManualClock
from bot.sandbox.emulator import BotApiEmulator, EmulatedBot, FloodLimits, Rate, User


@pytest.fixture(autouse=True)
def telegram_limits(emu: BotApiEmulator) -> None:
    emu.limits = FloodLimits()


async def test_a_private_chat_allows_a_short_burst_then_one_a_second(
    emu: BotApiEmulator, bot: Bot, clock: ManualClock, tempo: EmulatedBot, ann: User
) -> None:
    tempo.user_sends_text(ann, "/start")
    for n in range(3):
        await bot.send_message(ann.id, f"burst {n}")

    with pytest.raises(TelegramRetryAfter) as flooded:
        await bot.send_message(ann.id, "one too many")
    clock.advance(1)
    await bot.send_message(ann.id, "after a second")

    assert flooded.value.retry_after == 1
    assert flooded.value.message.endswith("Original description: Too Many Requests: retry after 1")
    assert emu.flood_rejections == 1 and emu.stats.too_many_requests == 1
    assert tempo.bot_messages(ann)[-1].text == "after a second"
    assert len(tempo.bot_messages(ann)) == 4  # the refused send left no message


async def test_a_group_gets_twenty_messages_a_minute(
    emu: BotApiEmulator, bot: Bot, clock: ManualClock, ann: User
) -> None:
    squad = emu.add_group("Squad", [ann])
    for n in range(20):
        await bot.send_message(squad.id, f"update {n}")

    with pytest.raises(TelegramRetryAfter) as flooded:
        await bot.send_message(squad.id, "21st")
    clock.advance(flooded.value.retry_after)
    await bot.send_message(squad.id, "next slot")

    assert flooded.value.retry_after == 3  # one message every 60/20 seconds


async def test_a_bot_sends_thirty_messages_a_second_overall(
    emu: BotApiEmulator, bot: Bot, clock: ManualClock, tempo: EmulatedBot
) -> None:
    athletes = [emu.add_user(f"Athlete {n}") for n in range(31)]
    for athlete in athletes:
        tempo.user_sends_text(athlete, "/start")
    for athlete in athletes[:30]:
        await bot.send_message(athlete.id, "Morning brief")

    with pytest.raises(TelegramRetryAfter) as flooded:
        await bot.send_message(athletes[30].id, "Morning brief")
    clock.advance(0.1)  # three tokens back at 30 a second
    await bot.send_message(athletes[30].id, "Morning brief")

    assert flooded.value.retry_after == 1


async def test_limits_can_be_changed_or_switched_off(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    tempo.user_sends_text(ann, "/start")
    emu.limits = FloodLimits(per_private_chat=Rate(1, 1.0))
    await bot.send_message(ann.id, "one")
    with pytest.raises(TelegramRetryAfter):
        await bot.send_message(ann.id, "two")

    emu.limits = FloodLimits.off()
    for n in range(50):
        await bot.send_message(ann.id, f"free {n}")


async def test_fail_next_answers_a_server_error_once(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    tempo.user_sends_text(ann, "/start")
    rule = emu.fail_next("sendMessage", status=502)

    with pytest.raises(TelegramServerError) as failed:
        await bot.send_message(ann.id, "lost")
    await bot.send_message(ann.id, "delivered")

    assert failed.value.message == "Bad Gateway"
    assert (rule.hits, rule.remaining) == (1, 0)
    assert [m.text for m in tempo.bot_messages(ann)] == ["delivered"]


async def test_after_apply_sends_but_loses_the_answer(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    tempo.user_sends_text(ann, "/start")
    emu.fail_next("sendMessage", status=500, after_apply=True)

    with pytest.raises(TelegramServerError):
        await bot.send_message(ann.id, "sent twice?")

    assert [m.text for m in tempo.bot_messages(ann)] == ["sent twice?"]


async def test_a_429_storm_overrides_the_limits(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    tempo.user_sends_text(ann, "/start")
    emu.storm_429(count=3, retry_after=7)

    waits = []
    for _ in range(3):
        with pytest.raises(TelegramRetryAfter) as flooded:
            await bot.send_message(ann.id, "storm")
        waits.append(flooded.value.retry_after)
    await bot.send_message(ann.id, "through")

    assert waits == [7, 7, 7]
    assert emu.stats.too_many_requests == 3 and emu.flood_rejections == 0
    assert emu.stats.scripted_failures == 3
    assert emu.stats.requests["sendMessage"] == 4


async def test_a_rule_without_method_matches_anything(emu: BotApiEmulator, bot: Bot) -> None:
    emu.fail_next(None, status=500, count=2)

    for _ in range(2):
        with pytest.raises(TelegramServerError, match="Internal Server Error"):
            await bot.get_me()
    me = await bot.get_me()

    assert me.username == "tempo_test_bot"
