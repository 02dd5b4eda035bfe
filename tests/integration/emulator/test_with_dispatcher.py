"""The whole loop: aiogram's Dispatcher runs real handlers against the emulator."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.filters import CommandStart
from aiogram.methods import SendMessage
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from bot.sandbox.emulator import EmulatedBot, User


def sport_router() -> Router:
    router = Router()

    @router.message(CommandStart())
    async def on_start(message: Message) -> None:
        keyboard = InlineKeyboardMarkup(
            inline_keyboard=[
                [
                    InlineKeyboardButton(text="Running", callback_data="sport:run"),
                    InlineKeyboardButton(text="Cycling", callback_data="sport:ride"),
                ]
            ]
        )
        await message.answer("Which sport do you train?", reply_markup=keyboard)

    @router.callback_query(F.data.startswith("sport:"))
    async def on_sport(query: CallbackQuery) -> None:
        await query.answer("Saved")
        if isinstance(query.message, Message):
            await query.message.edit_text(f"Sport: <b>{query.data}</b>")

    return router


@pytest.fixture
async def polling(bot: Bot, tempo: EmulatedBot) -> AsyncIterator[Dispatcher]:
    dispatcher = Dispatcher()
    dispatcher.include_router(sport_router())
    task = asyncio.create_task(
        dispatcher.start_polling(bot, handle_signals=False, close_bot_session=False)
    )
    async with asyncio.timeout(5):
        await tempo.wait_until_polling()
    yield dispatcher
    await dispatcher.stop_polling()
    await task


@pytest.mark.usefixtures("polling")
async def test_start_then_a_button_through_real_handlers(tempo: EmulatedBot, ann: User) -> None:
    tempo.user_sends_text(ann, "/start")
    question = await tempo.wait_for_bot_message(ann)

    tempo.user_presses_button(ann, question, "Cycling")
    await tempo.wait_for_bot_activity(ann, kinds=["edit"])

    assert question.text == "Sport: sport:ride"
    assert question.entities == [{"offset": 7, "length": 10, "type": "bold"}]
    assert question.reply_markup is None and question.edit_count == 1
    assert [answer.text for answer in tempo.callback_answers] == ["Saved"]


async def test_a_webhook_bot_answers_in_the_http_response(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    dispatcher = Dispatcher()

    @dispatcher.message(CommandStart())
    async def on_start(message: Message) -> SendMessage:
        # Returned, not awaited: aiogram writes it into the webhook's answer.
        return message.answer("Hello from the webhook")

    app = web.Application()
    SimpleRequestHandler(
        dispatcher=dispatcher, bot=bot, handle_in_background=False, secret_token="hook_secret"
    ).register(app, path="/hook")
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        await bot.set_webhook(f"http://{host}:{port}/hook", secret_token="hook_secret")
        tempo.user_sends_text(ann, "/start")
        reply = await tempo.wait_for_bot_message(ann)
    finally:
        await runner.cleanup()

    assert reply.text == "Hello from the webhook"
