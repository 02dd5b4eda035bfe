"""The aiosqlite dialect skips only COMMITs and ROLLBACKs that have nothing to end
(bot/storage/db.py): writes still commit, failed writes still roll back, and every
connection goes back to the pool with no transaction open."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.storage.db import QuietAiosqliteDialect, create_engine, make_session_factory
from bot.storage.models import DialogStateRow
from bot.storage.unit_of_work import transaction

NOW = datetime(2026, 5, 1, tzinfo=UTC)


@pytest.fixture(autouse=True)
def sqlite_only(backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("the dialect is for aiosqlite; PostgreSQL uses asyncpg's")


async def keys(factory: async_sessionmaker[AsyncSession]) -> list[str]:
    async with factory() as session:
        return list(await session.scalars(select(DialogStateRow.key).order_by("key")))


async def no_transaction_left_open(engine: AsyncEngine) -> bool:
    """Every pooled connection, checked out again, has no SQLite transaction open."""
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        return not raw.driver_connection.in_transaction


async def test_aiosqlite_urls_get_the_dialect_and_its_url_round_trips(database_url: str) -> None:
    engine = create_engine(database_url)
    again = create_engine(engine.url.render_as_string(hide_password=False))
    try:
        assert isinstance(engine.dialect, QuietAiosqliteDialect)
        assert isinstance(again.dialect, QuietAiosqliteDialect)
        assert engine.dialect.name == "sqlite"
    finally:
        await engine.dispose()
        await again.dispose()


async def test_writes_commit_and_failed_writes_roll_back(engine: AsyncEngine) -> None:
    factory = make_session_factory(engine)
    async with transaction(factory) as session:
        session.add(DialogStateRow(key="kept", state="s", data={}, updated_at=NOW))
    with pytest.raises(RuntimeError, match="handler failed"):
        async with transaction(factory) as session:
            session.add(DialogStateRow(key="lost", state="s", data={}, updated_at=NOW))
            await session.flush()
            raise RuntimeError("handler failed")
    assert await keys(factory) == ["kept"]
    assert await no_transaction_left_open(engine)


async def test_a_read_only_unit_and_a_closed_writer_leave_nothing_open(
    engine: AsyncEngine,
) -> None:
    factory = make_session_factory(engine)
    async with transaction(factory) as session:
        assert await session.scalar(select(func.count()).select_from(DialogStateRow)) == 0
    async with factory() as session:  # closed without a commit: the write is dropped
        session.add(DialogStateRow(key="dropped", state="s", data={}, updated_at=NOW))
        await session.flush()
    assert await keys(factory) == []
    assert await no_transaction_left_open(engine)
