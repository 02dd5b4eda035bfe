"""SQLite writers queue in asyncio (bot/storage/write_gate.py): many concurrent writing
updates all succeed, and a failed transaction never leaves the gate closed."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage.db import POOL_OVERFLOW, POOL_SIZE, create_engine, make_session_factory
from bot.storage.models import DialogStateRow
from bot.storage.unit_of_work import transaction

NOW = datetime(2026, 5, 1, tzinfo=UTC)


async def count_rows(factory: async_sessionmaker[AsyncSession]) -> int:
    async with factory() as session:
        return int(await session.scalar(select(func.count()).select_from(DialogStateRow)) or 0)


async def test_a_hundred_concurrent_writing_updates_all_commit(database_url: str) -> None:
    """Each writer flushes, then yields the loop many times (as a handler awaiting a
    Telegram call would) before its commit. SQLite's busy timeout is 0 here, so any two
    writers that met inside SQLite would fail at once with 'database is locked'; on
    PostgreSQL row locks make the gate unnecessary and the test simply passes."""
    engine = create_engine(database_url, sqlite_busy_timeout_ms=0)
    session_factory = make_session_factory(engine)

    async def update(index: int) -> None:
        async with transaction(session_factory) as session:
            session.add(DialogStateRow(key=f"k{index}", state="s", data={}, updated_at=NOW))
            await session.flush()
            for _ in range(20):
                await asyncio.sleep(0)

    try:
        await asyncio.wait_for(asyncio.gather(*(update(i) for i in range(100))), timeout=60)
        assert await count_rows(session_factory) == 100
    finally:
        await engine.dispose()


async def test_a_failed_writer_releases_the_gate(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    with pytest.raises(RuntimeError, match="handler failed"):
        async with transaction(session_factory) as session:
            session.add(DialogStateRow(key="lost", state="s", data={}, updated_at=NOW))
            await session.flush()
            raise RuntimeError("handler failed")

    async def next_writer() -> None:
        async with transaction(session_factory) as session:
            session.add(DialogStateRow(key="kept", state="s", data={}, updated_at=NOW))

    # With the gate left closed this would wait forever; the timeout turns that into a failure.
    await asyncio.wait_for(next_writer(), timeout=10)
    async with session_factory() as session:
        keys = list(await session.scalars(select(DialogStateRow.key)))
    assert keys == ["kept"]


async def test_statements_take_the_gate_too(database_url: str) -> None:
    """A bulk DELETE is a write: concurrent ones queue at the gate (with SQLite's busy
    timeout at 0, meeting inside SQLite would fail at once)."""
    from sqlalchemy import delete

    engine = create_engine(database_url, sqlite_busy_timeout_ms=0)
    session_factory = make_session_factory(engine)
    try:
        async with transaction(session_factory) as session:
            for index in range(40):
                session.add(DialogStateRow(key=f"d{index:02}", state="s", data={}, updated_at=NOW))

        async def purge(index: int) -> None:
            async with transaction(session_factory) as session:
                await session.execute(
                    delete(DialogStateRow).where(DialogStateRow.key == f"d{index:02}")
                )
                for _ in range(20):
                    await asyncio.sleep(0)

        await asyncio.wait_for(asyncio.gather(*(purge(i) for i in range(30))), timeout=30)
        assert await count_rows(session_factory) == 10
    finally:
        await engine.dispose()


async def test_a_session_that_writes_first_waits_for_a_connection_before_the_gate(
    database_url: str, backend: str
) -> None:
    """Every pooled connection is held by an update that has read and will write after
    its Telegram calls; then a first contact, whose first statement is a write, comes in
    while the gate is free. Had it taken the gate before a connection, it would hold the
    gate waiting for a connection, and the readers would hold the connections waiting
    for the gate (until the pool's 30 s timeout). It must queue for a connection first.
    bench/updates.py hit this with a hundred first contacts at once."""
    if backend != "sqlite":
        pytest.skip("PostgreSQL has no write gate")
    engine = create_engine(database_url)
    factory = make_session_factory(engine)
    pool_size = POOL_SIZE + POOL_OVERFLOW
    telegram_answered, pool_is_dry = asyncio.Event(), asyncio.Event()
    have_read = 0

    async def dialog_step(index: int) -> None:
        nonlocal have_read
        async with transaction(factory) as session:
            await session.scalar(select(func.count()).select_from(DialogStateRow))
            have_read += 1
            if have_read == pool_size:
                pool_is_dry.set()
            await telegram_answered.wait()
            session.add(DialogStateRow(key=f"r{index}", state="s", data={}, updated_at=NOW))

    async def first_contact() -> None:
        async with transaction(factory) as session:
            await session.execute(
                insert(DialogStateRow).values(key="new", state="s", data={}, updated_at=NOW)
            )

    try:
        steps = [asyncio.create_task(dialog_step(i)) for i in range(pool_size)]
        await asyncio.wait_for(pool_is_dry.wait(), timeout=10)
        contact = asyncio.create_task(first_contact())
        for _ in range(50):  # it runs until it waits (for the gate or for a connection)
            await asyncio.sleep(0)
        telegram_answered.set()
        await asyncio.wait_for(asyncio.gather(contact, *steps), timeout=20)
        assert await count_rows(factory) == pool_size + 1
    finally:
        await engine.dispose()
