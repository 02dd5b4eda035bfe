"""The LLM note through the real anthropic SDK against the fake Messages API, with the
cache on the real database: what is sent, what is cached, and every way it can fail."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.briefs.compose import compose_morning_brief
from bot.coach.briefs.model import BriefInputs
from bot.coach.briefs.note import (
    MAX_TOKENS,
    PURPOSE,
    AnthropicNoteWriter,
    canonical,
    note_facts,
)
from bot.coach.briefs.stored_sources import stored_sources
from bot.coach.services.deliveries import DeliveryService
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete
from bot.domain.deliveries import DeliveryKind, NewDelivery, OutgoingMessage, athlete_recipient
from bot.handlers.plan.brief_words import brief_session
from bot.i18n import Catalogs
from bot.storage.models import AiUsageRow
from bot.storage.repositories import AiOutputRepository, AthleteRepository, DeliveryRepository
from bot.storage.unit_of_work import transaction
from tests.fakes.anthropic_api import AnthropicApiFake, Fail, Hang, Reply
from tests.integration.test_plans import MONDAY, make_runner
from tests.integration.test_plans import NOW as PLAN_MONDAY
from tests.unit.briefs.factories import amber_day, green_day, inputs, intervals

Factory = async_sessionmaker[AsyncSession]
NOW = datetime(2026, 3, 3, 5, 30, tzinfo=UTC)
MODEL = "claude-test-model"
NOTE = "HRV is down two days running, so the easy run is today's smart call. Keep it chatty."
# Far longer than a tiny budget: if the budget did not bound the call, this fails the test
# instead of hanging the suite.
SAFETY_NET_S = 5.0
EN = Catalogs.load().translator("en")


def writer(
    fake: AnthropicApiFake, *, budget_s: float = 10.0, clock: ManualClock | None = None
) -> AnthropicNoteWriter:
    return AnthropicNoteWriter.connect(
        api_key=fake.api_key,
        base_url=fake.base_url,
        model=MODEL,
        clock=clock or ManualClock(NOW),
        budget_s=budget_s,
    )


async def ask(
    factory: Factory, notes_writer: AnthropicNoteWriter, brief: BriefInputs, language: str = "en"
) -> str | None:
    """One composition's worth: the note asked in a transaction, as the sender does."""
    async with transaction(factory) as session:
        return await asyncio.wait_for(
            notes_writer.in_session(session).note(brief, language), SAFETY_NET_S
        )


@pytest.fixture
async def amber() -> BriefInputs:
    return inputs(amber_day(), (intervals(),), checked_in=False)


async def test_the_note_is_written_from_the_facts_and_shows_in_the_brief(
    session_factory: Factory, anthropic_api: AnthropicApiFake, amber: BriefInputs
) -> None:
    anthropic_api.script(Reply(NOTE))
    notes_writer = writer(anthropic_api)
    try:
        note = await ask(session_factory, notes_writer, amber)
    finally:
        await notes_writer.close()
    assert note == NOTE
    brief = compose_morning_brief(dataclasses.replace(amber, note=note), EN)
    assert f"💬 <i>{NOTE}</i>" in brief.text

    # What the model receives (the snapshot): the prompt file first, then the facts.
    (request,) = anthropic_api.requests
    assert request.path == "/v1/messages"
    assert request.headers["Authorization"] == f"Bearer {anthropic_api.api_key}"
    assert request.headers["anthropic-version"]
    assert request.body == {
        "model": MODEL,
        "max_tokens": MAX_TOKENS,
        "system": notes_writer.prompt.text,
        "messages": [{"role": "user", "content": canonical(note_facts(amber, "en"))}],
    }
    assert request.body["messages"][0]["content"].startswith(
        '{"adjusted":{"sessions":[{"minutes":45,"sport":"run","targets":["Zone 2, '
        'conversational"],"title":"Easy run"}]},"checked_in":false,"day":"2026-03-03",'
        '"language":"en","plan":{"sessions":[{"distance_km":12.0,"minutes":70,'
    )


async def test_the_same_facts_again_come_from_the_cache_with_their_token_usage(
    session_factory: Factory, anthropic_api: AnthropicApiFake, amber: BriefInputs
) -> None:
    anthropic_api.script(Reply(NOTE), Reply("A different note. Not wanted."))
    notes_writer = writer(anthropic_api)
    restarted = writer(anthropic_api)  # another process: nothing in its memory
    try:
        first = await ask(session_factory, notes_writer, amber)
        again = await ask(session_factory, restarted, amber)
        # Another athlete (another name) with the same day shares the cached note.
        other = await ask(session_factory, restarted, dataclasses.replace(amber, first_name="Bob"))
    finally:
        await notes_writer.close()
        await restarted.close()
    assert first == again == other == NOTE
    assert len(anthropic_api.requests) == 1
    key = notes_writer.key(canonical(note_facts(amber, "en")))
    async with session_factory() as session:
        stored = await AiOutputRepository(session).get(key)
    assert stored is not None
    assert (stored.purpose, stored.model, stored.content) == (PURPOSE, MODEL, NOTE)
    assert stored.input_tokens > 100 and stored.output_tokens > 10  # the fake's usage
    assert stored.created_at == NOW


async def test_briefs_composed_at_once_with_the_same_facts_share_one_call(
    session_factory: Factory, anthropic_api: AnthropicApiFake, amber: BriefInputs
) -> None:
    anthropic_api.script(Reply(NOTE), Reply("A second, unwanted call. No."))
    notes_writer = writer(anthropic_api)
    try:
        notes = await asyncio.gather(
            *(
                ask(session_factory, notes_writer, dataclasses.replace(amber, first_name=n))
                for n in ("Ann", "Bob", "Cid")
            )
        )
    finally:
        await notes_writer.close()
    assert notes == [NOTE, NOTE, NOTE]
    assert len(anthropic_api.requests) == 1


async def test_different_facts_make_a_new_call(
    session_factory: Factory, anthropic_api: AnthropicApiFake, amber: BriefInputs
) -> None:
    anthropic_api.script(Reply(NOTE), Reply("Green light today. Enjoy the intervals."))
    notes_writer = writer(anthropic_api)
    try:
        first = await ask(session_factory, notes_writer, amber)
        green = await ask(session_factory, notes_writer, inputs(green_day(), (intervals(),)))
        russian = await ask(session_factory, notes_writer, amber, "ru")
    finally:
        await notes_writer.close()
    assert (first, green) == (NOTE, "Green light today. Enjoy the intervals.")
    assert russian is not None  # the fake's default reply
    assert len(anthropic_api.requests) == 3


async def test_a_hanging_api_is_cut_off_by_the_budget_and_nothing_is_cached(
    session_factory: Factory,
    anthropic_api: AnthropicApiFake,
    amber: BriefInputs,
    caplog: pytest.LogCaptureFixture,
) -> None:
    anthropic_api.script(Hang(), Reply(NOTE))
    clock = ManualClock(NOW)
    notes_writer = writer(anthropic_api, clock=clock)  # the production budget, 10 s
    try:
        with caplog.at_level(logging.WARNING, logger="bot.coach.briefs.note"):
            asked = asyncio.ensure_future(ask(session_factory, notes_writer, amber))
            await anthropic_api.arrived(1)  # the request hangs at the fake
            assert not asked.done()
            clock.advance(notes_writer.budget_s)  # the budget runs out on the clock
            note = await asked
        # Nothing was cached: the next brief with the same facts asks again.
        retried = await ask(session_factory, notes_writer, amber)
    finally:
        await notes_writer.close()
    assert note is None
    assert retried == NOTE
    assert len(anthropic_api.requests) == 2
    assert "no answer within 10.0 s" in caplog.text
    brief = compose_morning_brief(dataclasses.replace(amber, note=note), EN)
    assert "💬" not in brief.text and "Readiness 69/100" in brief.text


@pytest.mark.parametrize(("status", "kind"), [(500, "api_error"), (529, "overloaded_error"),
                                              (401, "authentication_error"),
                                              (429, "rate_limit_error")])  # fmt: skip
async def test_an_api_error_leaves_the_note_out_and_logs_no_key(
    *,
    session_factory: Factory,
    anthropic_api: AnthropicApiFake,
    amber: BriefInputs,
    caplog: pytest.LogCaptureFixture,
    status: int,
    kind: str,
) -> None:
    anthropic_api.script(Fail(status))
    notes_writer = writer(anthropic_api)
    try:
        with caplog.at_level(logging.DEBUG):
            note = await ask(session_factory, notes_writer, amber)
    finally:
        await notes_writer.close()
    assert note is None
    (request,) = anthropic_api.requests  # no retry: max_retries=0
    assert request.status == status
    assert f"the API answered {status} {kind}" in caplog.text
    assert anthropic_api.api_key not in caplog.text
    key = notes_writer.key(canonical(note_facts(amber, "en")))
    async with session_factory() as session:
        assert await AiOutputRepository(session).get(key) is None


async def test_a_wrong_key_is_refused_by_the_fake_as_by_the_api(
    session_factory: Factory, anthropic_api: AnthropicApiFake, amber: BriefInputs
) -> None:
    notes_writer = AnthropicNoteWriter.connect(
        api_key="sk-ant-wrong", base_url=anthropic_api.base_url, model=MODEL,
        clock=ManualClock(NOW),
    )  # fmt: skip
    try:
        assert await ask(session_factory, notes_writer, amber) is None
    finally:
        await notes_writer.close()
    assert [r.status for r in anthropic_api.requests] == [401]


@pytest.mark.parametrize("answer", ["", "   ", "word " * 200])
async def test_an_empty_or_over_long_answer_leaves_the_note_out(
    *,
    session_factory: Factory,
    anthropic_api: AnthropicApiFake,
    amber: BriefInputs,
    caplog: pytest.LogCaptureFixture,
    answer: str,
) -> None:
    anthropic_api.script(Reply(answer))
    notes_writer = writer(anthropic_api)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.coach.briefs.note"):
            assert await ask(session_factory, notes_writer, amber) is None
    finally:
        await notes_writer.close()
    assert "unusable answer" in caplog.text


async def test_an_answer_cut_at_max_tokens_keeps_its_whole_sentences(
    session_factory: Factory, anthropic_api: AnthropicApiFake, amber: BriefInputs
) -> None:
    long_second = "Rest well today. " + "And then " * 400 + "more."
    anthropic_api.script(Reply(long_second))
    notes_writer = writer(anthropic_api)
    try:
        note = await ask(session_factory, notes_writer, amber)
    finally:
        await notes_writer.close()
    assert note == "Rest well today."


async def test_html_from_the_model_is_escaped_in_the_brief(
    session_factory: Factory, anthropic_api: AnthropicApiFake, amber: BriefInputs
) -> None:
    anthropic_api.script(Reply("Go <b>easy & slow</b> today. Sleep <i>early."))
    notes_writer = writer(anthropic_api)
    try:
        note = await ask(session_factory, notes_writer, amber)
    finally:
        await notes_writer.close()
    text = compose_morning_brief(dataclasses.replace(amber, note=note), EN).text
    assert "💬 <i>Go &lt;b&gt;easy &amp; slow&lt;/b&gt; today. Sleep &lt;i&gt;early.</i>" in text


class WritingProbe:
    """A note writer that, while "waiting on the network", lets another session write."""

    def __init__(self, factory: async_sessionmaker[AsyncSession], athlete_id: int) -> None:
        self.factory = factory
        self.athlete_id = athlete_id
        self.asked = 0

    async def note(self, inputs: object, language: str) -> str | None:
        self.asked += 1
        async with transaction(self.factory) as other:
            await WellnessService(other, ManualClock(PLAN_MONDAY)).set_flag(
                await _athlete(other, self.athlete_id), MONDAY, "injury"
            )
        return None


async def _athlete(session: AsyncSession, athlete_id: int) -> Athlete:
    found = await AthleteRepository(session).get(athlete_id)
    assert found is not None
    return found


async def add_morning_brief(
    session: AsyncSession, athlete: Athlete, day: date, due: datetime
) -> int:
    """A morning brief in the outbox for ``athlete`` on ``day``; its row id."""
    (delivery_id,) = await DeliveryRepository(session).add_new(
        [
            NewDelivery(
                DeliveryKind.MORNING_BRIEF,
                athlete_recipient(athlete.id),
                athlete.chat_id or 0,
                athlete.id,
                day,
                due,
            )
        ],
        now=due,
    )
    return delivery_id


async def test_no_write_lock_is_held_while_the_note_is_written(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Composing the first brief builds the plan (a write, committed by the composing
    job before the note, as the sender does): the note is asked with no write lock held,
    so another writer is not held up for the note's budget (on SQLite the probe would
    wait forever otherwise)."""
    clock = ManualClock(PLAN_MONDAY)
    async with session_factory() as session:
        athlete = await make_runner(session)  # no plan yet: the brief builds it
        await session.commit()
    probe = WritingProbe(session_factory, athlete.id)
    async with transaction(session_factory) as session:
        delivery_id = await add_morning_brief(session, athlete, MONDAY, PLAN_MONDAY)
    async with transaction(session_factory) as session:
        delivery = await DeliveryRepository(session).get(delivery_id)
        assert delivery is not None
        sources = stored_sources(clock, Catalogs.load(), brief_session)(session)
        service = DeliveryService(session, clock, sources, notes=probe)
        message = await asyncio.wait_for(
            service.prepare(delivery, Catalogs.load(), before_note=session.commit), 10
        )
    assert probe.asked == 1
    assert isinstance(message, OutgoingMessage) and "No plan yet" not in message.text
    async with session_factory() as session:
        flagged = await WellnessService(session, clock).day(athlete.id, MONDAY)
    assert flagged is not None and flagged.fields.injury


INVENTED = "Your FTP is 347 W, your fitness is 88.4 and your threshold pace is 3:58/km."


async def test_a_note_that_invents_numbers_is_retried_then_left_out_and_never_cached(
    session_factory: Factory,
    anthropic_api: AnthropicApiFake,
    amber: BriefInputs,
    caplog: pytest.LogCaptureFixture,
) -> None:
    anthropic_api.script(Reply(INVENTED), Reply(INVENTED), Reply(NOTE))
    notes_writer = writer(anthropic_api)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.coach.briefs.note"):
            refused = await ask(session_factory, notes_writer, amber)
        # A second runner with the same facts asks again: nothing wrong was cached.
        second = await ask(session_factory, notes_writer, amber)
    finally:
        await notes_writer.close()
    assert refused is None and second == NOTE
    retry = anthropic_api.requests[1].body["messages"][-1]["content"]
    assert "347 W" in retry and "88.4" in retry and "3:58" in retry
    assert notes_writer.violations == 2
    assert "ungrounded numbers" in caplog.text


async def test_a_note_with_the_facts_own_numbers_passes_and_its_cost_is_recorded(
    session_factory: Factory, anthropic_api: AnthropicApiFake, amber: BriefInputs
) -> None:
    facts = note_facts(amber, "en")
    score = facts["readiness"]["score"]
    anthropic_api.script(Reply(f"Readiness {score} says ease off. Keep the intervals steady."))
    notes_writer = writer(anthropic_api)
    try:
        note = await ask(session_factory, notes_writer, amber)
    finally:
        await notes_writer.close()
    assert note == f"Readiness {score} says ease off. Keep the intervals steady."
    async with session_factory() as session:
        (usage,) = list(await session.scalars(select(AiUsageRow)))
    assert (usage.purpose, usage.athlete_id, usage.model) == (PURPOSE, None, MODEL)
    assert usage.cost_usd > 0 and usage.input_tokens > 0
