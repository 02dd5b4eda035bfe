"""The aiosqlite dialect (bot/storage/sqlite_dialect.py) runs each statement in one trip
to the connection's thread, reads that opt in in the event loop's thread, and skips
COMMITs and ROLLBACKs with nothing to end. What SQLAlchemy sees must not change: rows,
counts, inserted ids, errors, transactions."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.storage.db import create_engine, make_session_factory
from bot.storage.models import AthleteRow, DialogStateRow
from bot.storage.sqlite_dialect import IN_EVENT_LOOP, WAL_MODE, FewerTripsAiosqliteDialect
from bot.storage.unit_of_work import transaction

NOW = datetime(2026, 5, 1, tzinfo=UTC)
DIALOGS = DialogStateRow.__table__


@pytest.fixture(autouse=True)
def sqlite_only(backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("the dialect is for aiosqlite; PostgreSQL uses asyncpg's")


def dialog(key: str, state: str = "s") -> dict[str, object]:
    return {"key": key, "state": state, "data": {"k": key}, "updated_at": NOW}


async def keys(factory: async_sessionmaker[AsyncSession]) -> list[str]:
    async with factory() as session:
        return list(await session.scalars(select(DialogStateRow.key).order_by("key")))


async def no_transaction_left_open(engine: AsyncEngine) -> bool:
    """The pooled connection, checked out again, has no SQLite transaction open."""
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        return not raw.driver_connection.in_transaction


async def test_aiosqlite_urls_get_the_dialect_and_its_url_round_trips(database_url: str) -> None:
    engine = create_engine(database_url)
    again = create_engine(engine.url.render_as_string(hide_password=False))
    try:
        assert isinstance(engine.dialect, FewerTripsAiosqliteDialect)
        assert isinstance(again.dialect, FewerTripsAiosqliteDialect)
        assert engine.dialect.name == "sqlite"
    finally:
        await engine.dispose()
        await again.dispose()


async def test_rows_counts_and_inserted_ids_are_what_sqlalchemy_expects(
    engine: AsyncEngine,
) -> None:
    async with engine.begin() as connection:
        many = await connection.execute(insert(DIALOGS), [dialog(f"m{i}") for i in range(5)])
        assert many.rowcount == 5
        athlete = await connection.execute(
            insert(AthleteRow.__table__).values(
                telegram_id=7,
                first_name="Ann",
                language="en",
                timezone="UTC",
                status="active",
                role="athlete",
                created_at=NOW,
                updated_at=NOW,
            )
        )
        assert athlete.inserted_primary_key is not None
        assert athlete.inserted_primary_key[0] >= 1
        returned = await connection.execute(
            insert(DIALOGS).values(dialog("r1")).returning(DIALOGS.c.key, DIALOGS.c.data)
        )
        assert returned.one() == ("r1", {"k": "r1"})
        changed = await connection.execute(
            update(DIALOGS).where(DIALOGS.c.key.like("m%")).values(state="t")
        )
        assert changed.rowcount == 5
        result = await connection.execute(select(DIALOGS.c.key).order_by(DIALOGS.c.key))
        assert list(result.keys()) == ["key"]
        assert [row.key for row in result.fetchmany(2)] == ["m0", "m1"]
        assert [row.key for row in result.fetchall()] == ["m2", "m3", "m4", "r1"]
        empty = await connection.execute(select(DIALOGS).where(DIALOGS.c.key == "none"))
        assert empty.first() is None
        raw = await connection.exec_driver_sql("SELECT count(*) FROM dialog_states")
        assert raw.scalar() == 6
        gone = await connection.execute(delete(DIALOGS).where(DIALOGS.c.key == "r1"))
        assert gone.rowcount == 1
        streamed = await connection.stream(select(DIALOGS.c.key).order_by(DIALOGS.c.key))
        assert [row.key async for row in streamed] == [f"m{i}" for i in range(5)]


async def test_driver_errors_reach_sqlalchemy_and_the_connection_stays_usable(
    engine: AsyncEngine,
) -> None:
    async with engine.connect() as connection:
        await connection.execute(insert(DIALOGS).values(dialog("dup")))
        with pytest.raises(IntegrityError):
            await connection.execute(insert(DIALOGS).values(dialog("dup")))
        await connection.rollback()
        assert (await connection.execute(text("SELECT 1"))).scalar() == 1


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


async def thread_of(engine: AsyncEngine, *, in_event_loop: bool) -> int:
    """Which thread ran a SELECT (SQLite calls a Python function where it executes)."""
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        await raw.driver_connection.create_function("thread_id", 0, threading.get_ident)
        query = select(func.thread_id())
        if in_event_loop:
            query = query.execution_options(**{IN_EVENT_LOOP: True})
        return int((await connection.execute(query)).scalar_one())


async def test_reads_that_opt_in_run_in_the_event_loop_and_the_rest_in_the_thread(
    engine: AsyncEngine,
) -> None:
    here = threading.get_ident()
    assert await thread_of(engine, in_event_loop=True) == here
    assert await thread_of(engine, in_event_loop=False) != here
    async with engine.begin() as connection:  # a write never runs in the loop
        raw = await connection.get_raw_connection()
        await raw.driver_connection.create_function("thread_id", 0, threading.get_ident)
        written = await connection.execute(
            insert(DIALOGS)
            .values(key="w", state="s", data={}, updated_at=NOW)
            .returning(func.thread_id())
            .execution_options(**{IN_EVENT_LOOP: True})
        )
        assert written.scalar_one() != here


async def test_only_a_connection_in_wal_mode_reads_in_the_event_loop(engine: AsyncEngine) -> None:
    """Outside WAL (an in-memory database, some network file systems) a reader can wait
    for a writer's lock, so it must not wait in the event loop."""
    here = threading.get_ident()
    query = select(func.thread_id()).execution_options(**{IN_EVENT_LOOP: True})
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        await raw.driver_connection.create_function("thread_id", 0, threading.get_ident)
        assert raw.info[WAL_MODE] is True  # what SQLite answered to PRAGMA journal_mode
        assert (await connection.execute(query)).scalar_one() == here
        raw.info[WAL_MODE] = False  # as if SQLite had kept its rollback journal
        assert (await connection.execute(query)).scalar_one() != here


async def test_a_read_in_the_loop_sees_the_transaction_s_own_writes(engine: AsyncEngine) -> None:
    factory = make_session_factory(engine)
    async with transaction(factory) as session:
        await session.execute(insert(DIALOGS).values(dialog("mine")))
        query = select(DIALOGS.c.key).execution_options(**{IN_EVENT_LOOP: True})
        assert list(await session.scalars(query)) == ["mine"]
    assert await keys(factory) == ["mine"]


async def test_every_connection_is_configured(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        settings = [
            (await connection.exec_driver_sql(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        ]
    assert settings == ["wal", 1, 5000, 1]  # synchronous=NORMAL is 1
