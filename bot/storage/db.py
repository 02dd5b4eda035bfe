"""Engine and session factory: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects import registry
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.util import await_

from bot.storage import sqlite_dialect
from bot.storage.write_gate import SqliteWriteGate

SQLITE_BUSY_TIMEOUT_MS = 5000
# A handler that uses the database holds a connection from then to its commit, Telegram
# calls included (the first read of an update is committed at once and, on SQLite, made
# outside the pool: loop_reader.py), so the pool bounds how many such updates run at once.
# SQLAlchemy's default (5 + 10) capped Tempo at about 60 updates/s in bench/updates.py
# when every update held one; 20 + 30 stays well under PostgreSQL's default
# max_connections of 100 even with a second worker.
POOL_SIZE = 20
POOL_OVERFLOW = 30


def create_engine(
    database_url: str, *, echo: bool = False, sqlite_busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS
) -> AsyncEngine:
    """Build the async engine for ``database_url``; creates the SQLite file's folder."""
    if database_url.startswith("sqlite"):
        path = database_url.split(":///", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        url = make_url(database_url)
        if url.drivername in ("sqlite+aiosqlite", sqlite_dialect.DRIVER_NAME):
            # aiosqlite with fewer trips to each connection's thread (see the module).
            registry.register(
                sqlite_dialect.DRIVER_NAME.replace("+", "."),
                sqlite_dialect.__name__,
                sqlite_dialect.FewerTripsAiosqliteDialect.__name__,
            )
            url = url.set(drivername=sqlite_dialect.DRIVER_NAME)
        engine = create_async_engine(
            url,
            echo=echo,
            # Two threads use each connection, one at a time: see sqlite_dialect.py.
            connect_args={"timeout": sqlite_busy_timeout_ms / 1000, "check_same_thread": False},
            pool_size=POOL_SIZE,
            max_overflow=POOL_OVERFLOW,
        )
        event.listen(
            engine.sync_engine,
            "connect",
            lambda connection, record: _configure_sqlite(
                connection, record, sqlite_busy_timeout_ms
            ),
        )
        return engine
    return create_async_engine(
        database_url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
    )


def _configure_sqlite(
    dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry, busy_timeout_ms: int
) -> None:
    # WAL lets readers work while one writer commits; foreign keys are off by default in
    # SQLite; the busy timeout makes a second writer wait instead of failing at once.
    # https://www.sqlite.org/wal.html, https://www.sqlite.org/foreignkeys.html
    # Two trips to the connection's thread, not one per statement (sqlite_dialect.py): a
    # hundred users at once open fifty connections, each while updates wait for it.
    driver: Any = dbapi_connection.driver_connection  # an aiosqlite.Connection
    await_(
        driver.executescript(
            f"PRAGMA foreign_keys=ON; PRAGMA busy_timeout={int(busy_timeout_ms)}; "
            "PRAGMA synchronous=NORMAL;"
        )
    )
    # WAL is not always granted (an in-memory database, some network file systems);
    # reads run in the event loop only where it was.
    mode = await_(driver.execute_fetchall("PRAGMA journal_mode=WAL"))
    record.info[sqlite_dialect.WAL_MODE] = bool(mode) and str(mode[0][0]).lower() == "wal"


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: records read in a transaction stay usable after the commit.
    if engine.dialect.name == "sqlite":
        gate = SqliteWriteGate()
        return async_sessionmaker(
            engine, expire_on_commit=False, sync_session_class=gate.session_class()
        )
    return async_sessionmaker(engine, expire_on_commit=False)
