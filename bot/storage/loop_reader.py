"""The read every update starts with, made in the event loop on a connection of its own.

Every update begins by reading the athlete and their dialog state (one small query over
two indexes). Through the async stack (a session, the pool, a greenlet, the async
adapter) that read cost ~200–280 us of CPU on this project's machines, where SQLite itself
takes ~10 us; with SQLAlchemy's synchronous Core on a connection held open it costs
~50 us, types and all (docs/performance.md). This module keeps that one connection.

It is safe to read from the event loop's thread only because in WAL mode a reader never
waits for a writer (https://www.sqlite.org/wal.html): the loop is held for the query
alone. So the reader opens only a file database whose journal is WAL, opens it
``query_only`` (it can never write), and ends each read at once, so it never keeps an old
snapshot or blocks a checkpoint. Anything else (PostgreSQL, an in-memory or non-WAL
database) gets no reader, and the read goes through the update's session as before.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Connection, Engine, Executable, Row, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

_SYNC_DRIVER = "sqlite+pysqlite"
_WAL = "tempo_reader_wal"


class LoopReader:
    """One read-only SQLite connection, used from the event loop's thread only."""

    def __init__(self, url: URL, busy_timeout_ms: int) -> None:
        # One connection, opened on the first read and kept (StaticPool).
        self._engine: Engine = create_engine(
            url.set(drivername=_SYNC_DRIVER),
            poolclass=StaticPool,
            connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        )
        event.listen(self._engine, "connect", _configure)
        self._connection: Connection | None = None
        self._usable: bool | None = None  # unknown until the first read

    @classmethod
    def for_engine(cls, engine: AsyncEngine, busy_timeout_ms: int) -> LoopReader | None:
        """A reader for this engine's database, or None where there can be none."""
        url = engine.url
        if url.get_backend_name() != "sqlite":
            return None
        if not url.database or url.database == ":memory:" or url.query.get("mode") == "memory":
            return None  # another connection would see another database
        return cls(url, busy_timeout_ms)

    def one(self, statement: Executable, parameters: dict[str, Any]) -> Row[Any] | None:
        """The statement's one row; None when this database cannot be read here (its
        journal is not WAL), in which case the caller reads through its session."""
        connection = self._connect()
        if connection is None:
            return None
        try:
            return connection.execute(statement, parameters).one()
        finally:
            # Ends the read at once (SQLAlchemy's autobegin; pysqlite began nothing).
            connection.rollback()

    def _connect(self) -> Connection | None:
        if self._usable is None:
            connection = self._engine.connect()
            self._usable = bool(connection.info.get(_WAL))
            if self._usable:
                self._connection = connection
            else:
                connection.close()
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._usable = False
        self._engine.dispose()


def _configure(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
    # WAL as every connection of the engine asks for it (bot/storage/db.py), so the
    # first to open a new file does not decide otherwise; then it never writes,
    # whatever is sent to it.
    cursor = dbapi_connection.cursor()
    try:
        try:
            mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
        except sqlite3.OperationalError:  # a read-only file cannot change its journal
            mode = cursor.execute("PRAGMA journal_mode").fetchone()
        record.info[_WAL] = mode is not None and str(mode[0]).lower() == "wal"
        cursor.execute("PRAGMA query_only=ON")
    finally:
        cursor.close()
