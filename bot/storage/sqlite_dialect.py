"""SQLAlchemy's aiosqlite dialect with fewer trips to the connection's thread.

aiosqlite runs each SQLite connection in a thread of its own; every call the event loop
makes on it is a trip there and back (a queue hand-over, a thread wake-up, a wake-up of
the loop through its self-pipe): about 45 us of CPU on this project's machines, more
than a small indexed query costs SQLite itself. SQLAlchemy's adapter makes four trips
per statement (make a cursor, execute, fetch the rows, close the cursor), one per COMMIT
and one per ROLLBACK, and the pool rolls back every connection it takes back. That was
most of the database's share of an update in bench/updates.py (docs/performance.md).

This dialect makes one trip per statement (the same four steps, run back to back in the
connection's thread) and none for a COMMIT or ROLLBACK with nothing to end: pysqlite opens
a transaction only before a write, so after reads alone SQLite has none open, and
``in_transaction`` (sqlite3_get_autocommit) says so; pysqlite's own commit makes that
test first and does nothing. Results are the same rows, description, rowcount and
lastrowid, and errors the same driver errors, as the adapter gives
(tests/integration/test_sqlite_dialect.py).

A read that opts in (``execution_options(tempo_in_event_loop=True)``: the small, indexed
reads every update makes before its handler runs) skips the trip altogether and runs in
the event loop's own thread. Under load the trip is dear: each wake-up of the
connection's thread and each of pysqlite's GIL releases inside it hand the GIL back and
forth with the busy event loop (bench/updates.py counted ~17 context switches per trip
with a hundred users), where the query itself takes tens of microseconds. It is safe for
these reads because in WAL mode a reader never waits for a lock: the loop is held only
for the query (and a disk read if its pages are not cached). Only SELECTs on a
connection in WAL mode qualify; everything else, every write, COMMIT and ROLLBACK, still
goes through the thread, where a wait for the write lock or for the disk cannot stall
the loop. The connection is opened with ``check_same_thread=False``; its two threads
never use it at once, since each call on it is awaited before the next.

It leans on two internals: aiosqlite's ``Connection._execute`` (run a function in the
connection's thread; SQLAlchemy's adapter uses aiosqlite's queue directly as well) and
the shape of SQLAlchemy's ``AsyncAdapt_dbapi_cursor``. Both libraries are pinned to a
minor line in pyproject.toml, and the whole test suite runs through this dialect.
"""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    SQLiteDialect_aiosqlite,
    SQLiteExecutionContext_aiosqlite,
)
from sqlalchemy.engine.interfaces import DBAPICursor
from sqlalchemy.sql.selectable import Select
from sqlalchemy.util import EMPTY_DICT

# How create_engine names this dialect (engine.url shows it; create_engine accepts it).
DRIVER_NAME = "sqlite+tempo_aiosqlite"
# Execution option: run this small read in the event loop's thread (see above). Other
# dialects ignore it.
IN_EVENT_LOOP = "tempo_in_event_loop"
# Set on a pooled connection's info when SQLite confirmed WAL mode for it.
WAL_MODE = "tempo_sqlite_wal"

_Outcome = tuple[Any, list[Any], int, int | None]


def _run_statement(
    connection: sqlite3.Connection, operation: str, parameters: Any, many: bool
) -> _Outcome:
    """The statement, its rows and counts, the close: in the connection's thread, or in
    the event loop's for a read that opted in."""
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else []
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    """A buffered cursor whose statement runs, is fetched and closed in one trip (or, for
    a read that may, in the event loop's thread)."""

    __slots__ = ("_arraysize", "_description", "_in_event_loop", "_lastrowid", "_rowcount")

    def __init__(
        self, adapt_connection: AsyncAdapt_aiosqlite_connection, *, in_event_loop: bool = False
    ) -> None:
        # No driver cursor is made here (that was a trip of its own).
        self._in_event_loop = in_event_loop
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None
        self._arraysize = 1  # sqlite3's default

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> int:
        return self._lastrowid  # type: ignore[return-value]  # None before an insert

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    async def _execute_async(self, operation: Any, parameters: Any) -> None:
        await self._run(operation, parameters, many=False)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Sequence[Any]) -> None:
        await self._run(operation, seq_of_parameters, many=True)

    async def _run(self, operation: Any, parameters: Any, *, many: bool) -> None:
        driver: Any = self._connection  # an aiosqlite.Connection
        mutex = self._adapt_connection._execute_mutex
        outcome: _Outcome
        if self._in_event_loop and not many and not mutex.locked():
            outcome = _run_statement(driver._conn, operation, parameters, many)
        else:
            async with mutex:
                outcome = await driver._execute(
                    _run_statement, driver._conn, operation, parameters, many
                )
        self._description, rows, self._rowcount, self._lastrowid = outcome
        self._rows = collections.deque(rows)

    async def _async_soft_close(self) -> None:
        """Nothing to close: the driver cursor was closed in its trip."""

    def close(self) -> None:
        self._rows.clear()


class _ExecutionContext(SQLiteExecutionContext_aiosqlite):
    def create_default_cursor(self) -> DBAPICursor:
        # Server-side cursors (stream_results) keep SQLAlchemy's own adapter.
        adapted: Any = self._dbapi_connection.dbapi_connection
        in_event_loop = bool(
            self.execution_options.get(IN_EVENT_LOOP)
            and self.compiled is not None
            and isinstance(self.compiled.statement, Select)
            and self._dbapi_connection.info.get(WAL_MODE)
        )
        cursor: Any = OneTripCursor(adapted, in_event_loop=in_event_loop)
        return cursor


class FewerTripsAiosqliteDialect(SQLiteDialect_aiosqlite):
    """One trip to the connection's thread per statement; none for a COMMIT or ROLLBACK
    that has nothing to end (the pool's rollback of a returned connection included)."""

    supports_statement_cache = True
    execution_ctx_cls = _ExecutionContext

    def do_commit(self, dbapi_connection: Any) -> None:
        if _transaction_open(dbapi_connection):
            super().do_commit(dbapi_connection)

    def do_rollback(self, dbapi_connection: Any) -> None:
        if _transaction_open(dbapi_connection):
            super().do_rollback(dbapi_connection)


def _transaction_open(dbapi_connection: Any) -> bool:
    driver = getattr(dbapi_connection, "driver_connection", None)
    # Unknown (a connection being invalidated): let the driver decide, as before.
    return driver is None or bool(driver.in_transaction)
