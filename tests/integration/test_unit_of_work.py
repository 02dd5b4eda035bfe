"""The unit of work: commit on success, roll back on error, and no database work for a
unit that used no database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.storage.db import make_session_factory
from bot.storage.models import DialogStateRow
from bot.storage.unit_of_work import commit_now, transaction

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def count_checkouts(engine: AsyncEngine) -> list[int]:
    checkouts = [0]

    def on_checkout(*_: object) -> None:
        checkouts[0] += 1

    event.listen(engine.sync_engine.pool, "checkout", on_checkout)
    return checkouts


async def dialog_keys(factory: async_sessionmaker[AsyncSession]) -> list[str]:
    async with factory() as session:
        return list(await session.scalars(select(DialogStateRow.key).order_by("key")))


async def test_a_unit_that_uses_no_database_takes_no_connection(engine: AsyncEngine) -> None:
    factory = make_session_factory(engine)
    checkouts = count_checkouts(engine)
    async with transaction(factory):
        pass
    assert checkouts == [0]


async def test_after_commit_now_the_rest_of_the_unit_is_its_own_transaction(
    engine: AsyncEngine,
) -> None:
    """Work committed early stays; a failure later rolls back only what came after it,
    and every connection is back in the pool."""
    factory = make_session_factory(engine)
    with pytest.raises(RuntimeError, match="handler failed"):
        async with transaction(factory) as session:
            session.add(DialogStateRow(key="early", state="s", data={}, updated_at=NOW))
            await commit_now()
            assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]
            session.add(DialogStateRow(key="late", state="s", data={}, updated_at=NOW))
            await session.flush()
            raise RuntimeError("handler failed")
    assert await dialog_keys(factory) == ["early"]
    assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]
