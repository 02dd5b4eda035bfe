"""The first read of every update on SQLite (bot/storage/loop_reader.py): the same
answer as through the session, never a stale one, never a write; no reader where it
cannot read safely."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, insert, literal, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.domain.athletes import TelegramIdentity
from bot.storage.db import SQLITE_BUSY_TIMEOUT_MS, create_engine
from bot.storage.loop_reader import LoopReader
from bot.storage.models import DialogStateRow
from bot.storage.repositories.athletes import AthleteRepository, ContactContext
from bot.storage.unit_of_work import transaction

NOW = datetime(2026, 5, 1, 7, 30, tzinfo=UTC)
KEY = "tempo:1:10:10:default"


@pytest.fixture
def reader(engine: AsyncEngine, backend: str) -> Iterator[LoopReader]:
    if backend != "sqlite":
        pytest.skip("the reader is for SQLite; PostgreSQL reads through the session")
    made = LoopReader.for_engine(engine, SQLITE_BUSY_TIMEOUT_MS)
    assert made is not None
    yield made
    made.close()


def ann() -> TelegramIdentity:
    return TelegramIdentity(
        telegram_id=10,
        first_name="Ann",
        last_name="Lee",
        username="ann",
        language_code="en",
        private_chat_id=10,
    )


async def both_ways(
    factory: async_sessionmaker[AsyncSession], reader: LoopReader, telegram_id: int, key: str
) -> tuple[ContactContext, ContactContext]:
    async with factory() as session:
        repository = AthleteRepository(session)
        through_session = await repository.contact_context(telegram_id, key)
        through_reader = await repository.contact_context(telegram_id, key, reader=reader)
    return through_session, through_reader


async def test_the_reader_answers_what_the_session_answers(
    session_factory: async_sessionmaker[AsyncSession], reader: LoopReader
) -> None:
    async with transaction(session_factory) as session:
        await AthleteRepository(session).create_from_telegram(ann(), language="en", now=NOW)
        session.add(
            DialogStateRow(key=KEY, state="Onboarding:sport", data={"n": 2}, updated_at=NOW)
        )
    through_session, through_reader = await both_ways(session_factory, reader, 10, KEY)
    assert through_reader == through_session
    assert through_reader.athlete is not None
    assert (through_reader.athlete.first_name, through_reader.athlete.created_at) == ("Ann", NOW)
    assert (through_reader.dialog_state, through_reader.dialog_data) == (
        "Onboarding:sport",
        {"n": 2},
    )
    stranger_session, stranger_reader = await both_ways(session_factory, reader, 99, "no:such:key")
    assert stranger_reader == stranger_session == ContactContext(None, None, {})


async def test_every_read_sees_the_last_commit(
    session_factory: async_sessionmaker[AsyncSession], reader: LoopReader
) -> None:
    """Each read ends at once, so the next one starts from the newest commit (a double
    tap's second update must see what the first committed)."""
    async with transaction(session_factory) as session:
        await AthleteRepository(session).create_from_telegram(ann(), language="en", now=NOW)
    async with session_factory() as session:
        repository = AthleteRepository(session)
        first = await repository.contact_context(10, KEY, reader=reader)
        assert first.athlete is not None and first.athlete.language == "en"
    async with transaction(session_factory) as session:
        await AthleteRepository(session).set_language(10, "ru", now=NOW)
    async with session_factory() as session:
        again = await AthleteRepository(session).contact_context(10, KEY, reader=reader)
    assert again.athlete is not None and again.athlete.language == "ru"


async def test_the_reader_never_writes(reader: LoopReader) -> None:
    row = {"key": "k", "state": "s", "data": {}, "updated_at": NOW}
    with pytest.raises(OperationalError, match="readonly"):
        reader.one(insert(DialogStateRow).values(row).returning(DialogStateRow.key), {})


async def test_the_update_reads_through_the_reader_and_not_the_pool(
    engine: AsyncEngine,
    session_factory: async_sessionmaker[AsyncSession],
    reader: LoopReader,
) -> None:
    async with transaction(session_factory) as session:
        await AthleteRepository(session).create_from_telegram(ann(), language="en", now=NOW)
    statements: list[str] = []
    event.listen(engine.sync_engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    async with transaction(session_factory) as session:
        context = await AthleteRepository(session).contact_context(10, KEY, reader=reader)
    assert context.athlete is not None
    assert statements == []


async def test_no_reader_where_it_could_not_read_safely() -> None:
    in_memory = create_async_engine("sqlite+aiosqlite:///:memory:")
    postgres = create_async_engine("postgresql+asyncpg://tempo@127.0.0.1:5432/test")
    try:
        for engine in (in_memory, postgres):
            assert LoopReader.for_engine(engine, SQLITE_BUSY_TIMEOUT_MS) is None
    finally:
        await in_memory.dispose()
        await postgres.dispose()


async def test_a_database_that_keeps_its_rollback_journal_is_read_through_the_session(
    tmp_path: Path,
) -> None:
    """Opened read-only, a database in rollback-journal mode cannot be switched to WAL:
    a reader there could wait for a writer's lock inside the event loop, so it declines."""
    path = tmp_path / "journal.db"
    with sqlite3.connect(path) as plain:
        plain.execute("CREATE TABLE t (x)")
    engine = create_engine(f"sqlite+aiosqlite:///file:{path}?mode=ro&uri=true")
    made = LoopReader.for_engine(engine, SQLITE_BUSY_TIMEOUT_MS)
    try:
        assert made is not None
        assert made.one(select(literal(1)), {}) is None  # declined before any query
    finally:
        if made is not None:
            made.close()
        await engine.dispose()
