"""The envelope, encodings, commands, callback queries and the observation API."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramUnauthorizedError
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)

from bot.clock import ManualClock
from bot.sandbox.emulator import (
    BotApiEmulator,
    EmulatedBot,
    EmulatorUsageError,
    User,
    emulator_bot,
)
from bot.sandbox.emulator import errors as api_errors
from tests.integration.emulator.raw_api import RawApi


async def test_an_unknown_token_is_unauthorized(
    emu: BotApiEmulator, http: aiohttp.ClientSession
) -> None:
    stranger = emulator_bot(emu.api_server, "999:NOPE")
    with pytest.raises(TelegramUnauthorizedError):
        await stranger.get_me()
    await stranger.session.close()

    async with http.post(f"{emu.base_url}/bot999:NOPE/getMe") as response:
        body = await response.json()
    assert (response.status, body) == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )


async def test_an_unknown_method_is_404(raw: RawApi) -> None:
    status, body = await raw.call("sendTelepathy", chat_id=1)

    assert (status, body) == (
        404,
        {"ok": False, "error_code": 404, "description": api_errors.METHOD_NOT_FOUND},
    )


async def test_get_me_describes_the_bot(bot: Bot) -> None:
    me = await bot.get_me()

    assert (me.id, me.is_bot, me.username, me.first_name) == (
        123456,
        True,
        "tempo_test_bot",
        "Tempo",
    )
    assert me.can_read_all_group_messages is False  # privacy mode


async def test_parameters_arrive_in_every_encoding(
    emu: BotApiEmulator, tempo: EmulatedBot, ann: User, http: aiohttp.ClientSession
) -> None:
    tempo.user_sends_text(ann, "/start")
    base = f"{emu.base_url}/bot{tempo.token}"

    async with http.get(f"{base}/SENDMESSAGE", params={"chat_id": ann.id, "text": "query"}):
        pass
    async with http.post(f"{base}/sendMessage", data={"chat_id": str(ann.id), "text": "form"}):
        pass
    async with http.post(f"{base}/sendMessage", json={"chat_id": ann.id, "text": "json"}) as r:
        body = await r.json()

    assert body["ok"] is True and body["result"]["text"] == "json"
    assert [m.text for m in tempo.bot_messages(ann)] == ["query", "form", "json"]
    assert emu.stats.requests["sendMessage"] == 3


async def test_chat_id_must_be_given(raw: RawApi) -> None:
    status, body = await raw.call("sendMessage", text="to whom?")

    assert (status, body["description"]) == (400, api_errors.CHAT_ID_EMPTY)


async def test_commands_per_scope_and_language(bot: Bot, tempo: EmulatedBot) -> None:
    await bot.set_my_commands(
        [BotCommand(command="today", description="Today's session")],
    )
    await bot.set_my_commands(
        [BotCommand(command="heute", description="Heutige Einheit")], language_code="de"
    )
    await bot.set_my_commands(
        [BotCommand(command="squad", description="Team plan")],
        scope=BotCommandScopeAllGroupChats(),
    )

    assert tempo.commands == [{"command": "today", "description": "Today's session"}]
    assert [c.command for c in await bot.get_my_commands(language_code="de")] == ["heute"]
    assert tempo.commands_for({"type": "all_group_chats"})[0]["command"] == "squad"
    await bot.delete_my_commands()
    assert tempo.commands == []


@pytest.mark.parametrize(
    ("command", "description", "error"),
    [
        ("Today", "caps are not allowed", api_errors.BOT_COMMAND_INVALID),
        ("a" * 33, "too long a name", api_errors.BOT_COMMAND_INVALID),
        ("today", "x" * 257, api_errors.BOT_COMMAND_DESCRIPTION_INVALID),
    ],
)
async def test_bad_commands_are_refused(
    bot: Bot, command: str, description: str, error: str
) -> None:
    with pytest.raises(TelegramBadRequest) as refused:
        await bot.set_my_commands([BotCommand(command=command, description=description)])

    assert refused.value.message == error


async def pressed(bot: Bot, tempo: EmulatedBot, ann: User, label: str = "Run") -> str:
    tempo.user_sends_text(ann, "/start")
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text="Run", callback_data="sport:run")],
            [InlineKeyboardButton(text="Site", url="https://tempo.example")],
        ]
    )
    await bot.send_message(ann.id, "Your sport?", reply_markup=keyboard)
    return tempo.user_presses_button(ann, tempo.last_bot_message(ann), label)


async def test_a_button_press_is_a_callback_query_to_answer(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    query_id = await pressed(bot, tempo, ann)

    updates = await bot.get_updates()
    query = updates[-1].callback_query
    assert query is not None and query.id == query_id and query.data == "sport:run"
    assert query.message is not None and query.message.text == "Your sport?"
    await bot.answer_callback_query(query_id, text="Running it is", show_alert=True)
    with pytest.raises(TelegramBadRequest) as twice:
        await bot.answer_callback_query(query_id)

    answer = tempo.callback_answers[0]
    assert (answer.query_id, answer.text, answer.show_alert) == (query_id, "Running it is", True)
    assert twice.value.message == api_errors.QUERY_ID_INVALID


async def test_a_query_expires_and_answers_stay_short(
    bot: Bot, clock: ManualClock, tempo: EmulatedBot, ann: User
) -> None:
    query_id = await pressed(bot, tempo, ann)

    with pytest.raises(TelegramBadRequest) as too_long:
        await bot.answer_callback_query(query_id, text="x" * 201)
    clock.advance(16)
    with pytest.raises(TelegramBadRequest) as expired:
        await bot.answer_callback_query(query_id)

    assert too_long.value.message == api_errors.CALLBACK_ANSWER_TOO_LONG
    assert expired.value.message == api_errors.QUERY_ID_INVALID


async def test_pressing_what_is_not_there_fails_in_the_test(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    await pressed(bot, tempo, ann)
    message = tempo.last_bot_message(ann)

    with pytest.raises(EmulatorUsageError, match="has no button 'Swim'"):
        tempo.user_presses_button(ann, message, "Swim")
    with pytest.raises(EmulatorUsageError, match="does not send a callback query"):
        tempo.user_presses_button(ann, message, "Site")


async def test_waiting_wakes_on_the_bots_next_move(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    tempo.user_sends_text(ann, "/today")
    await bot.send_chat_action(ann.id, "typing")
    await bot.send_message(ann.id, "Easy 45 min")

    activity = await tempo.wait_for_bot_activity(ann)
    message = await tempo.wait_for_bot_message(ann)
    mark = tempo.mark()
    with pytest.raises(TimeoutError, match="did nothing matching"):
        await tempo.wait_for_bot_activity(ann, since=mark, timeout=0)

    assert [a.kind for a in activity] == ["chat_action", "message"]
    assert message.text == "Easy 45 min"


async def test_a_waiter_wakes_for_its_own_chat_and_any_chat_waiter_for_all(
    bot: Bot, tempo: EmulatedBot, ann: User, bob: User
) -> None:
    tempo.user_sends_text(bob, "/start")
    tempo.user_sends_text(ann, "/today")
    for_ann = asyncio.create_task(tempo.wait_for_bot_message(ann))
    anywhere = asyncio.create_task(tempo.wait_for_bot_activity(since=tempo.mark()))

    await bot.send_message(bob.id, "Hello Bob")
    seen_anywhere = await anywhere
    ann_still_waiting = not for_ann.done()
    await bot.send_message(ann.id, "Easy 45 min")
    to_ann = await for_ann

    assert [a.message.text for a in seen_anywhere if a.message] == ["Hello Bob"]
    assert ann_still_waiting
    assert to_ann.text == "Easy 45 min"


async def test_what_users_send_deserializes_in_aiogram(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User, bob: User
) -> None:
    first = tempo.user_sends_text(ann, "morning @tempo_test_bot see https://tempo.example")
    tempo.user_edits_text(ann, first, "morning!")
    tempo.user_sends_photo(ann, b"\x89PNG not really", caption="my watch")
    tempo.user_sends_sticker(ann)
    tempo.user_sends_voice(ann, duration=4)
    tempo.user_sends_location(ann, 52.52, 13.40)
    tempo.user_sends_contact(ann, "+4930123456")
    squad = emu.add_group("Squad", [ann, bob])
    tempo.user_sends_text(bob, "/plan", chat=squad)

    updates = await bot.get_updates()

    assert [u.event_type for u in updates] == [
        "message",
        "edited_message",
        *["message"] * 6,
    ]
    messages = [u.message or u.edited_message for u in updates]
    assert messages[0] is not None and [e.type for e in messages[0].entities or []] == [
        "mention",
        "url",
    ]
    assert messages[1] is not None and messages[1].text == "morning!"
    assert messages[2] is not None and messages[2].photo and messages[2].caption == "my watch"
    assert messages[3] is not None and messages[3].sticker is not None
    assert messages[4] is not None and messages[4].voice is not None
    assert messages[5] is not None and messages[5].location is not None
    assert messages[6] is not None and messages[6].contact is not None
    assert messages[6].contact.user_id == ann.id
    assert messages[7] is not None and messages[7].chat.id == squad.id
