"""The transaction of the update (or job) in progress, visible to code below it.

The per-update middleware opens one session and publishes it here, so the FSM storage
writes dialog state in the same transaction as the handler's own changes: a failed
handler rolls both back and the athlete can simply try the step again.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

_current: ContextVar[AsyncSession | None] = ContextVar("tempo_current_session", default=None)


def current_session() -> AsyncSession | None:
    return _current.get()


@asynccontextmanager
async def transaction(factory: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """Open a session, publish it as current, commit on success and roll back on error."""
    async with factory() as session:
        token = _current.set(session)
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
        finally:
            _current.reset(token)


@asynccontextmanager
async def joined_or_new(
    factory: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncSession]:
    """Use the current transaction if there is one, else a short one of our own."""
    session = _current.get()
    if session is not None:
        yield session
        return
    async with transaction(factory) as own:
        yield own
