"""The AI output cache on the real database: get by key, insert if absent, race-safe."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.domain.ai import AiOutput
from bot.storage.db import create_engine, make_session_factory
from bot.storage.repositories import AiOutputRepository
from bot.storage.unit_of_work import transaction

Factory = async_sessionmaker[AsyncSession]
NOW = datetime(2026, 3, 3, 5, 30, tzinfo=UTC)
OUTPUT = AiOutput(
    key="a" * 64,
    purpose="brief_note",
    model="claude-test",
    content="Easy does it today.",
    input_tokens=321,
    output_tokens=17,
    created_at=NOW,
)


async def test_put_then_get_returns_the_same_output(session_factory: Factory) -> None:
    async with transaction(session_factory) as session:
        assert await AiOutputRepository(session).get(OUTPUT.key) is None
        assert await AiOutputRepository(session).put(OUTPUT) is True
    async with session_factory() as session:
        assert await AiOutputRepository(session).get(OUTPUT.key) == OUTPUT


async def test_a_taken_key_keeps_the_first_answer(session_factory: Factory) -> None:
    async with transaction(session_factory) as session:
        await AiOutputRepository(session).put(OUTPUT)
    async with transaction(session_factory) as session:
        second = replace(OUTPUT, content="Something else.", output_tokens=3)
        assert await AiOutputRepository(session).put(second) is False
    async with session_factory() as session:
        assert await AiOutputRepository(session).get(OUTPUT.key) == OUTPUT


async def test_two_workers_putting_the_same_key_at_once_both_succeed(
    session_factory: Factory, engine: AsyncEngine
) -> None:
    other_engine = create_engine(engine.url.render_as_string(hide_password=False))
    try:
        factories = [session_factory, make_session_factory(other_engine)]

        async def put(factory: Factory, content: str) -> bool:
            async with transaction(factory) as session:
                return await AiOutputRepository(session).put(replace(OUTPUT, content=content))

        results = await asyncio.gather(*(put(f, f"note {i}") for i, f in enumerate(factories)))
    finally:
        await other_engine.dispose()
    assert sorted(results) == [False, True]
    async with session_factory() as session:
        stored = await AiOutputRepository(session).get(OUTPUT.key)
    assert stored is not None and stored.content in ("note 0", "note 1")
