"""The unit of work of the update (or job) in progress.

The per-update middleware opens one unit and is the only code that commits it (the edge:
a handler may ask for a commit through ``Services.commit``, a job's ``transaction``
commits at its end). Services never commit. Components that take part in the
transaction without being handed the session (the FSM storage) find the unit here, keep
per-transaction state in ``scratch``, and register work to run just before the commit
(``before_commit``): so dialog state is written once, at the end of the update, in the
same transaction as the handler's own changes. A failed handler rolls both back and the
athlete simply repeats the step.

Work that must follow the commit — a push about what was just stored, a brief composed
again from it — is registered with ``after_commit``: it runs once the unit's last commit
has succeeded, outside its session, and never after a rollback.

Writing at the end matters on SQLite, which has one writer at a time: a write made
early would hold the database's write lock across the handler's Telegram calls.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger(__name__)

BeforeCommit = Callable[[AsyncSession], Awaitable[None]]
AfterCommit = Callable[[], Awaitable[None]]


@dataclass
class UnitOfWork:
    session: AsyncSession
    # Where work after the commit opens its own transactions (None: a bare session).
    factory: async_sessionmaker[AsyncSession] | None = None
    scratch: dict[str, Any] = field(default_factory=dict)
    before_commit: dict[str, BeforeCommit] = field(default_factory=dict)
    after_commit: list[AfterCommit] = field(default_factory=list)

    def on_commit(self, work: AfterCommit) -> None:
        """Run ``work`` once this unit has committed for good (dropped on a rollback)."""
        self.after_commit.append(work)

    async def run_after_commit(self) -> None:
        """Each registered piece in order; one that fails is logged and the rest still
        run (what they follow is committed: failing the update would not undo it)."""
        while self.after_commit:
            work = self.after_commit.pop(0)
            try:
                await work()
            except Exception:
                log.exception("work after the commit failed")

    async def commit(self) -> None:
        """Run the before-commit work (each registered key once), then commit.

        A session with no transaction begun since its last commit (an update whose
        handler used no database) has nothing to flush or commit: no call is made."""
        while self.before_commit:
            _key, work = self.before_commit.popitem()
            await work(self.session)
        if self.session.in_transaction():
            await self.session.commit()


_current: ContextVar[UnitOfWork | None] = ContextVar("tempo_unit_of_work", default=None)


def current() -> UnitOfWork | None:
    return _current.get()


def current_session() -> AsyncSession | None:
    unit = _current.get()
    return unit.session if unit else None


@asynccontextmanager
async def unit_of_work(
    factory: async_sessionmaker[AsyncSession], *, run_after_commit: bool = True
) -> AsyncIterator[UnitOfWork]:
    """Open a unit, publish it as current, commit on success and roll back on error; then,
    after a commit only, run its after-commit work (``run_after_commit=False``: the caller
    runs it, e.g. once it has let go of a lock)."""
    session = factory()
    unit = UnitOfWork(session, factory)
    token = _current.set(unit)
    try:
        yield unit
        await unit.commit()
    except BaseException:
        await session.rollback()
        raise
    finally:
        _current.reset(token)
        await _close(session)
    if run_after_commit:
        await unit.run_after_commit()


@asynccontextmanager
async def transaction(factory: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """A unit of work for a job or a test that only needs its session."""
    async with unit_of_work(factory) as unit:
        yield unit.session


async def _close(session: AsyncSession) -> None:
    if session.in_transaction():
        # The commit or rollback did not finish (it failed, or the task was cancelled):
        # close in a task of its own that a cancellation cannot interrupt, so the
        # connection goes back to the pool, as ``async with AsyncSession`` does.
        await asyncio.shield(asyncio.create_task(session.close()))
    else:
        # No connection is held; closing only forgets the session's objects and never
        # waits, so it needs no task of its own (~30 us less per update).
        await session.close()
