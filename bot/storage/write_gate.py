"""One SQLite writer at a time, queued in asyncio instead of busy-waiting in threads.

SQLite lets one connection write at a time. With aiosqlite every connection works in a
thread of its own, and a connection that cannot get the write lock sleeps in SQLite's busy
handler. The writer that holds the lock, meanwhile, needs turns of the event loop to reach
its COMMIT; with many updates in flight those turns come slowly, the waiting writers run
out their busy timeout, and updates fail with "database is locked" (bench/updates.py with
100 new users showed it). The gate makes a session take an asyncio lock at its first
write (a flush with changes, or an INSERT/UPDATE/DELETE statement) and give it back when
its transaction ends, so writers wait their turn in order and nobody times out.

Reads are not gated (WAL lets them run beside the writer). A session holds its pooled
connection before it takes the gate, never the other way round. A task must not open a
second write transaction while its first is still open: it would wait for itself. PostgreSQL
needs none of this and gets no gate.
"""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.util import await_

_HELD = "tempo_write_gate_held"


class SqliteWriteGate:
    def __init__(self) -> None:
        self._lock = asyncio.Lock()

    def session_class(self) -> type[Session]:
        """A Session class whose instances pass through this gate."""
        gate = self

        class GatedSession(Session):
            pass

        event.listen(GatedSession, "before_flush", gate._before_flush)
        event.listen(GatedSession, "do_orm_execute", gate._on_execute)
        event.listen(GatedSession, "after_commit", gate._release)
        event.listen(GatedSession, "after_rollback", gate._release)
        return GatedSession

    def _before_flush(self, session: Session, _flush: UOWTransaction, _instances: Any) -> None:
        if session.new or session.dirty or session.deleted:
            self._acquire(session)

    def _on_execute(self, state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            self._acquire(state.session)

    def _acquire(self, session: Session) -> None:
        if not session.info.get(_HELD):
            # A pooled connection first, then the gate, in every session. A writer that
            # took the gate first and then waited for a connection would wait forever
            # once the pool had gone to sessions that had read and now wait for the gate
            # (a deadlock until the pool's timeout). Runs inside SQLAlchemy's greenlet,
            # so the coroutines can be awaited here.
            session.connection()
            await_(self._lock.acquire())
            session.info[_HELD] = True

    def _release(self, session: Session) -> None:
        if session.info.pop(_HELD, False):
            self._lock.release()
