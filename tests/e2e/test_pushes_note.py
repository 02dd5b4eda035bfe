"""The LLM note in the morning brief end to end: Tempo built by the composition root with
an API key pointing at the fake Messages API, the real sender, the real aiogram Bot over
HTTP, and the Telegram emulator (which refuses HTML Telegram would refuse)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

import pytest

from bot.app import create_app
from bot.clock import ManualClock
from bot.coach.briefs.note import AnthropicNoteWriter
from bot.coach.briefs.stored_sources import stored_sources
from bot.config import Settings
from bot.domain.deliveries import DeliveryStatus
from bot.handlers.plan.brief_words import brief_session
from bot.jobs.limiter import SendBudget
from bot.jobs.sender import DeliverySender
from bot.jobs.transport import TelegramTransport
from bot.sandbox.emulator import BotApiEmulator, FloodLimits
from tests.e2e.test_pushes import BOT_TOKEN, WEEK_START, PushWorld
from tests.fakes.anthropic_api import AnthropicApiFake, Fail, Hang, Reply

pytestmark = pytest.mark.e2e

NOTE = "No data yet, so today is about easing in. Do the first check-in tomorrow morning."
BRIEF_AT = datetime(2026, 3, 29, 6, 30, tzinfo=UTC)  # the first brief of a UTC athlete


@asynccontextmanager
async def note_world(
    database_url: str, api: AnthropicApiFake, *, with_key: bool = True
) -> AsyncIterator[PushWorld]:
    """As ``tests.e2e.test_pushes.open_world``, with the LLM settings set."""
    clock = ManualClock(WEEK_START)
    emulator = BotApiEmulator(clock=clock, limits=FloodLimits())
    await emulator.start()
    account = emulator.add_bot(BOT_TOKEN, "tempo_push_bot", "Tempo")
    settings = Settings(
        telegram_bot_token=BOT_TOKEN,  # type: ignore[arg-type]
        telegram_api_base=emulator.base_url,
        database_url=database_url,
        anthropic_api_key=api.api_key if with_key else None,  # type: ignore[arg-type]
        anthropic_base_url=api.base_url,
        coach_model="claude-e2e-model",
    )
    app = create_app(settings, clock=clock)
    try:
        yield PushWorld(emulator, account, clock, app)
    finally:
        await app.close()
        await emulator.stop()


async def briefs(
    world: PushWorld, *names: str, sender: DeliverySender | None = None, late_s: float = 0.0
) -> list[str]:
    """Each person's one brief, sent on time (or ``late_s`` seconds late) by ``sender``
    (default: the app's own); their HTML as Tempo sent it (the emulator parsed it, so it
    was valid Telegram HTML)."""
    people = [world.person(name) for name in names]
    for person in people:
        await world.athlete(person)
    report = await world.run_until(BRIEF_AT, sender or world.app.pushes.sender)
    assert report.sent == len(people)
    sources = []
    for person in people:
        (brief,) = world.briefs(person)
        assert brief.parse_mode == "HTML" and brief.source is not None
        # On time: the ManualClock did not move while the note was asked for.
        assert datetime.fromtimestamp(brief.date, tz=UTC) == BRIEF_AT + timedelta(seconds=late_s)
        sources.append(brief.source)
    assert {d.status for d in await world.deliveries()} == {DeliveryStatus.SENT}
    return sources


async def test_with_a_key_the_brief_carries_the_note_once_per_set_of_facts(
    database_url: str, anthropic_api: AnthropicApiFake
) -> None:
    anthropic_api.script(Reply(NOTE))
    async with note_world(database_url, anthropic_api) as world:
        ann, bob = await briefs(world, "Ann", "Bob")
    assert f"💬 <i>{NOTE}</i>" in ann
    assert ann.index("No readiness data yet") < ann.index("💬") < ann.index("No plan yet")
    # Bob's day has the same facts (his name is not one of them): served from the cache.
    assert f"💬 <i>{NOTE}</i>" in bob
    (request,) = anthropic_api.requests
    assert request.body["model"] == "claude-e2e-model"
    assert '"plan":"none"' in request.body["messages"][0]["content"]


async def test_html_in_the_note_reaches_telegram_as_text(
    database_url: str, anthropic_api: AnthropicApiFake
) -> None:
    anthropic_api.script(Reply("Go <b>easy & slow today. Sleep </i>early."))
    async with note_world(database_url, anthropic_api) as world:
        (html,) = await briefs(world, "Ann")
    # Unescaped, "<b>" without its end tag would have been refused by the emulator.
    assert "💬 <i>Go &lt;b&gt;easy &amp; slow today. Sleep &lt;/i&gt;early.</i>" in html


@pytest.mark.parametrize("status", [500, 529, 401])
async def test_an_api_error_sends_the_brief_without_the_note(
    database_url: str, anthropic_api: AnthropicApiFake, status: int
) -> None:
    anthropic_api.script(Fail(status))
    async with note_world(database_url, anthropic_api) as world:
        (html,) = await briefs(world, "Ann")
    assert "💬" not in html
    assert "Good morning, Ann!" in html
    assert [r.status for r in anthropic_api.requests] == [status]


async def test_a_hanging_api_costs_the_brief_only_the_budget(
    database_url: str, anthropic_api: AnthropicApiFake
) -> None:
    anthropic_api.script(Hang())
    async with note_world(database_url, anthropic_api) as world:
        # The real sender and the production budget (10 s), on the world's clock.
        writer = AnthropicNoteWriter.connect(
            api_key=anthropic_api.api_key,
            base_url=anthropic_api.base_url,
            model="claude-e2e-model",
            clock=world.clock,
        )
        sender = DeliverySender(
            world.app.session_factory,
            world.clock,
            TelegramTransport(world.app.push_bot),
            world.app.catalogs,
            budget=SendBudget(world.clock),
            sources=stored_sources(world.clock, world.app.catalogs, brief_session),
            notes=writer.in_session,
        )
        try:
            sent = asyncio.ensure_future(
                briefs(world, "Ann", sender=sender, late_s=writer.budget_s)
            )
            await anthropic_api.arrived(1)  # the request hangs at the fake
            world.clock.advance(writer.budget_s)  # and the budget runs out on the clock
            (html,) = await sent
        finally:
            await writer.close()
    assert "💬" not in html
    assert "Good morning, Ann!" in html
    assert len(anthropic_api.requests) == 1


async def test_without_a_key_no_request_is_ever_made(
    database_url: str, anthropic_api: AnthropicApiFake
) -> None:
    async with note_world(database_url, anthropic_api, with_key=False) as world:
        (html,) = await briefs(world, "Ann")
    assert "💬" not in html
    assert anthropic_api.requests == []
