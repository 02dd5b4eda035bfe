"""The unit of work: commit on success, roll back on error, no database work for a unit
that used no database, and work after the commit only after a commit."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.storage.db import make_session_factory
from bot.storage.models import DialogStateRow
from bot.storage.unit_of_work import transaction, unit_of_work

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


async def test_after_an_early_commit_the_rest_of_the_unit_is_its_own_transaction(
    engine: AsyncEngine,
) -> None:
    """Work the edge committed early stays; a failure later rolls back only what came
    after it, and every connection is back in the pool."""
    factory = make_session_factory(engine)
    with pytest.raises(RuntimeError, match="handler failed"):
        async with unit_of_work(factory) as unit:
            session = unit.session
            session.add(DialogStateRow(key="early", state="s", data={}, updated_at=NOW))
            await unit.commit()
            assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]
            session.add(DialogStateRow(key="late", state="s", data={}, updated_at=NOW))
            await session.flush()
            raise RuntimeError("handler failed")
    assert await dialog_keys(factory) == ["early"]
    assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]


async def test_work_after_the_commit_sees_what_was_committed(engine: AsyncEngine) -> None:
    factory = make_session_factory(engine)
    seen: list[list[str]] = []

    async def look() -> None:
        seen.append(await dialog_keys(factory))  # another session: committed data only

    async with unit_of_work(factory) as unit:
        unit.session.add(DialogStateRow(key="k", state="s", data={}, updated_at=NOW))
        unit.on_commit(look)
        await unit.session.flush()
        assert seen == []  # not before the commit
    assert seen == [["k"]]
    assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]


async def test_no_work_after_a_rollback(engine: AsyncEngine) -> None:
    factory = make_session_factory(engine)
    ran: list[str] = []

    async def follow() -> None:
        ran.append("ran")

    with pytest.raises(RuntimeError, match="handler failed"):
        async with unit_of_work(factory) as unit:
            unit.on_commit(follow)
            raise RuntimeError("handler failed")
    assert ran == []


async def test_failed_work_after_the_commit_is_logged_and_the_rest_runs(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    factory = make_session_factory(engine)
    ran: list[str] = []

    async def breaks() -> None:
        raise ValueError("push refused")

    async def follow() -> None:
        ran.append("second")

    with caplog.at_level(logging.ERROR, logger="bot.storage.unit_of_work"):
        async with unit_of_work(factory) as unit:
            unit.on_commit(breaks)
            unit.on_commit(follow)
    assert ran == ["second"]
    assert "work after the commit failed" in caplog.text
    assert "push refused" in caplog.text
