"""How updates reach the bot: getUpdates long polling, and webhook mode."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramConflictError
from aiohttp import web

from bot.sandbox.emulator import BotApiEmulator, EmulatedBot, User
from bot.sandbox.emulator import errors as api_errors


async def test_a_long_poll_returns_as_soon_as_an_update_arrives(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    async with asyncio.timeout(5):
        poll = asyncio.create_task(bot.get_updates(timeout=30))
        await tempo.wait_until_polling()
        tempo.user_sends_text(ann, "/start")
        updates = await poll

    assert len(updates) == 1
    message = updates[0].message
    assert message is not None and message.text == "/start"
    assert message.from_user is not None and message.from_user.id == ann.id
    assert message.chat.id == ann.id


async def test_offset_confirms_earlier_updates(bot: Bot, tempo: EmulatedBot, ann: User) -> None:
    for text in ("one", "two", "three"):
        tempo.user_sends_text(ann, text)

    first = await bot.get_updates(limit=2)
    again = await bot.get_updates()
    after_two = await bot.get_updates(offset=first[-1].update_id + 1)
    last_only = await bot.get_updates(offset=-1)

    assert [u.message.text for u in first if u.message] == ["one", "two"]
    assert len(again) == 3  # nothing was confirmed yet
    assert [u.message.text for u in after_two if u.message] == ["three"]
    assert [u.update_id for u in last_only] == [after_two[0].update_id]
    assert await bot.get_updates(offset=last_only[0].update_id + 1) == []
    assert tempo.updates.pending_count == 0


async def test_allowed_updates_drop_other_types(bot: Bot, tempo: EmulatedBot, ann: User) -> None:
    await bot.get_updates(allowed_updates=["callback_query"])

    tempo.user_sends_text(ann, "not wanted")

    assert tempo.updates.pending_count == 0
    assert tempo.history(ann)[0].text == "not wanted"  # the user still sent it


async def test_a_second_poller_ends_the_first_with_409(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot
) -> None:
    async with asyncio.timeout(5):
        first = asyncio.create_task(bot.get_updates(timeout=30))
        await tempo.wait_until_polling()
        second = asyncio.create_task(bot.get_updates(timeout=30))
        with pytest.raises(TelegramConflictError) as conflict:
            await first
        second.cancel()

    assert conflict.value.message == api_errors.TERMINATED_BY_OTHER_POLL


async def test_blocking_sends_a_my_chat_member_update(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    tempo.user_sends_text(ann, "/start")
    tempo.user_blocks_bot(ann)

    updates = await bot.get_updates(allowed_updates=["message", "my_chat_member"])

    member = updates[-1].my_chat_member
    assert member is not None
    assert (member.old_chat_member.status, member.new_chat_member.status) == ("member", "kicked")


async def test_privacy_mode_hides_plain_group_chatter(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User, bob: User
) -> None:
    squad = emu.add_group("Squad", [ann, bob])
    await bot.send_message(squad.id, "Who runs Sunday?")
    question = tempo.last_bot_message(squad)

    tempo.user_sends_text(bob, "nice weather", chat=squad)  # not for the bot
    tempo.user_sends_text(ann, "/plan@tempo_test_bot", chat=squad)
    tempo.user_sends_text(bob, "/plan@other_bot", chat=squad)  # another bot's command
    tempo.user_sends_text(bob, "me!", chat=squad, reply_to=question)
    tempo.user_sends_text(ann, "@tempo_test_bot what pace?", chat=squad)

    delivered = [u.message.text for u in await bot.get_updates() if u.message]
    assert delivered == ["/plan@tempo_test_bot", "me!", "@tempo_test_bot what pace?"]
    assert len(tempo.history(squad)) == 6


async def test_inject_update_is_an_escape_hatch(bot: Bot, tempo: EmulatedBot, ann: User) -> None:
    queued = tempo.inject_update(
        {
            "message": {
                "message_id": 77,
                "date": 1_767_600_000,
                "chat": {"id": ann.id, "type": "private", "first_name": "Ann"},
                "text": "raw",
            }
        }
    )

    updates = await bot.get_updates()

    assert queued is not None and updates[0].update_id == queued["update_id"]
    assert updates[0].message is not None and updates[0].message.text == "raw"


# -- webhook mode -------------------------------------------------------------------


@dataclass
class Receiver:
    """A local webhook endpoint that records what it gets and answers as told."""

    url: str = ""
    received: list[tuple[dict[str, Any], str | None]] = field(default_factory=list)
    answer: Callable[[dict[str, Any]], Awaitable[web.StreamResponse]] | None = None
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        update = await request.json()
        self.received.append((update, request.headers.get("X-Telegram-Bot-Api-Secret-Token")))
        self.arrived.set()
        if self.answer is not None:
            return await self.answer(update)
        return web.json_response({})

    async def next_delivery(self) -> dict[str, Any]:
        count = len(self.received)
        async with asyncio.timeout(5):
            while len(self.received) == count:
                self.arrived.clear()
                await self.arrived.wait()
        return self.received[-1][0]


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    hook = Receiver()
    app = web.Application()
    app.router.add_post("/hook", hook.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    hook.url = f"http://{host}:{port}/hook"
    yield hook
    await runner.cleanup()


async def test_webhook_mode_posts_updates_with_the_secret(
    bot: Bot, tempo: EmulatedBot, ann: User, receiver: Receiver
) -> None:
    await bot.set_webhook(receiver.url, secret_token="s3cret_token-1")

    with pytest.raises(TelegramConflictError) as conflict:
        await bot.get_updates()
    tempo.user_sends_text(ann, "/start")
    delivered = await receiver.next_delivery()
    info = await bot.get_webhook_info()

    assert conflict.value.message == api_errors.WEBHOOK_ACTIVE
    assert delivered["message"]["text"] == "/start"
    assert receiver.received[0][1] == "s3cret_token-1"
    assert (info.url, info.pending_update_count) == (receiver.url, 0)


async def test_a_webhook_answer_can_carry_a_method(
    bot: Bot, tempo: EmulatedBot, ann: User, receiver: Receiver
) -> None:
    async def reply(update: dict[str, Any]) -> web.StreamResponse:
        chat_id = update["message"]["chat"]["id"]
        return web.json_response({"method": "sendMessage", "chat_id": chat_id, "text": "pong"})

    receiver.answer = reply
    await bot.set_webhook(receiver.url)

    tempo.user_sends_text(ann, "ping")
    answer = await tempo.wait_for_bot_message(ann)

    assert answer.text == "pong"


async def test_a_failing_webhook_is_retried_and_reported(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User, receiver: Receiver
) -> None:
    emu.webhooks.retry_delay = 0.01
    failures = [web.Response(status=500)]

    async def flaky(update: dict[str, Any]) -> web.StreamResponse:
        return failures.pop() if failures else web.json_response({})

    receiver.answer = flaky
    await bot.set_webhook(receiver.url)

    tempo.user_sends_text(ann, "hello")
    first = await receiver.next_delivery()
    second = await receiver.next_delivery()
    info = await bot.get_webhook_info()

    assert first == second  # the same update, delivered again
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"


async def test_delete_webhook_returns_to_polling(
    bot: Bot, tempo: EmulatedBot, ann: User, receiver: Receiver
) -> None:
    receiver.answer = None
    await bot.set_webhook(receiver.url)
    await bot.delete_webhook(drop_pending_updates=True)

    tempo.user_sends_text(ann, "back to polling")
    updates = await bot.get_updates()

    assert [u.message.text for u in updates if u.message] == ["back to polling"]
    assert (await bot.get_webhook_info()).url == ""


@pytest.mark.parametrize(
    ("url", "secret", "description"),
    [
        ("https://example.com/hook", None, api_errors.WEBHOOK_HOST_UNRESOLVED),
        ("ftp://127.0.0.1/hook", None, api_errors.WEBHOOK_NEEDS_HTTPS),
        ("http://127.0.0.1:9/hook", "has spaces", api_errors.WEBHOOK_SECRET_INVALID),
    ],
)
async def test_webhook_settings_are_checked(
    bot: Bot, url: str, secret: str | None, description: str
) -> None:
    with pytest.raises(TelegramBadRequest) as refused:
        await bot.set_webhook(url, secret_token=secret)

    assert refused.value.message == description


def test_update_json_is_plain(tempo: EmulatedBot, ann: User) -> None:
    message = tempo.user_sends_text(ann, "hi")

    # What goes over the wire must survive a JSON round trip unchanged.
    encoded = json.dumps(message.to_api())
    assert json.loads(encoded)["text"] == "hi"
