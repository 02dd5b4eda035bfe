"""Engine and session factory: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.aiosqlite import SQLiteDialect_aiosqlite
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.storage.write_gate import SqliteWriteGate

SQLITE_BUSY_TIMEOUT_MS = 5000
# An update holds its connection for the whole handler, Telegram calls included, so the
# pool bounds how many updates run at once. SQLAlchemy's default (5 + 10) capped Tempo at
# about 60 updates/s in bench/updates.py; 20 + 30 stays well under PostgreSQL's default
# max_connections of 100 even with a second worker.
POOL_SIZE = 20
POOL_OVERFLOW = 30
# aiosqlite URLs get this dialect (below); engine.url shows it, and create_engine takes it.
_QUIET_AIOSQLITE = "sqlite+tempo_aiosqlite"


class QuietAiosqliteDialect(SQLiteDialect_aiosqlite):
    """aiosqlite without the round trips for a COMMIT or ROLLBACK with nothing to end.

    pysqlite opens a transaction only before a write, so after reads alone SQLite has
    none open, and COMMIT or ROLLBACK does nothing; through aiosqlite each still hops to
    the connection's thread and back (~45 us of CPU). Every update ends with a commit and
    every connection goes back to the pool with a rollback: two idle hops for an update
    that only read, one for an update that wrote (bench/updates.py, docs/performance.md).
    Whether SQLite has a transaction open is ``in_transaction`` of the driver connection
    (sqlite3_get_autocommit), the very test pysqlite's own commit makes first.
    """

    supports_statement_cache = True

    def do_commit(self, dbapi_connection: Any) -> None:
        if _sqlite_transaction_open(dbapi_connection):
            super().do_commit(dbapi_connection)

    def do_rollback(self, dbapi_connection: Any) -> None:
        if _sqlite_transaction_open(dbapi_connection):
            super().do_rollback(dbapi_connection)


def _sqlite_transaction_open(dbapi_connection: Any) -> bool:
    driver = getattr(dbapi_connection, "driver_connection", None)
    # Unknown (a connection being invalidated): let the driver decide, as before.
    return driver is None or bool(driver.in_transaction)


def create_engine(
    database_url: str, *, echo: bool = False, sqlite_busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS
) -> AsyncEngine:
    """Build the async engine for ``database_url``; creates the SQLite file's folder."""
    if database_url.startswith("sqlite"):
        path = database_url.split(":///", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        url = make_url(database_url)
        if url.drivername in ("sqlite+aiosqlite", _QUIET_AIOSQLITE):
            registry.register(
                _QUIET_AIOSQLITE.replace("+", "."), __name__, "QuietAiosqliteDialect"
            )
            url = url.set(drivername=_QUIET_AIOSQLITE)
        engine = create_async_engine(
            url,
            echo=echo,
            connect_args={"timeout": sqlite_busy_timeout_ms / 1000},
            pool_size=POOL_SIZE,
            max_overflow=POOL_OVERFLOW,
        )
        event.listen(
            engine.sync_engine,
            "connect",
            lambda connection, _record: _configure_sqlite(connection, sqlite_busy_timeout_ms),
        )
        return engine
    return create_async_engine(
        database_url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
    )


def _configure_sqlite(dbapi_connection: DBAPIConnection, busy_timeout_ms: int) -> None:
    # WAL lets readers work while one writer commits; foreign keys are off by default in
    # SQLite; the busy timeout makes a second writer wait instead of failing at once.
    # https://www.sqlite.org/wal.html, https://www.sqlite.org/foreignkeys.html
    cursor: Any = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: records read in a transaction stay usable after the commit.
    if engine.dialect.name == "sqlite":
        gate = SqliteWriteGate()
        return async_sessionmaker(
            engine, expire_on_commit=False, sync_session_class=gate.session_class()
        )
    return async_sessionmaker(engine, expire_on_commit=False)
