"""The stairway: every migration goes up, down and up again, one step at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage import migrate
from bot.storage.db import create_engine
from bot.storage.models import Base
from tests.conftest import PG_URL, sqlite_url, worker_suffix

STAIRWAY_DB = f"tempo_stairway{worker_suffix()}"


@pytest.fixture
async def empty_engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A database with no schema at all, of the backend this run tests."""
    if not PG_URL:
        engine = create_engine(sqlite_url(tmp_path / "stairway.db"))
        yield engine
        await engine.dispose()
        return
    admin = make_url(PG_URL)
    connection = await asyncpg.connect(
        host=admin.host, port=admin.port, user=admin.username, database=admin.database
    )
    try:
        await connection.execute(f"DROP DATABASE IF EXISTS {STAIRWAY_DB} WITH (FORCE)")
        await connection.execute(f"CREATE DATABASE {STAIRWAY_DB}")
    finally:
        await connection.close()
    engine = create_engine(admin.set(database=STAIRWAY_DB).render_as_string(hide_password=False))
    yield engine
    await engine.dispose()


async def _tables(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as connection:
        names = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
    return set(names) - {"alembic_version"}


async def test_stairway_up_down_up(empty_engine: AsyncEngine) -> None:
    revisions = migrate.revisions()
    assert revisions, "there must be at least one migration"
    previous = "base"
    for revision in revisions:
        await migrate.upgrade(empty_engine, revision)
        assert await migrate.current_revision(empty_engine) == revision
        await migrate.downgrade(empty_engine, previous)
        expected = None if previous == "base" else previous
        assert await migrate.current_revision(empty_engine) == expected
        await migrate.upgrade(empty_engine, revision)
        previous = revision
    assert await migrate.current_revision(empty_engine) == revisions[-1]


async def test_head_schema_matches_the_models(empty_engine: AsyncEngine) -> None:
    """Every model table is created by a migration (never by create_all)."""
    await migrate.upgrade(empty_engine)
    assert await _tables(empty_engine) == set(Base.metadata.tables)
    await migrate.downgrade(empty_engine, "base")
    assert await _tables(empty_engine) == set()


async def test_migrations_and_models_agree(empty_engine: AsyncEngine) -> None:
    """Alembic's autogenerate finds nothing to add: no model change lacks a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    await migrate.upgrade(empty_engine)
    async with empty_engine.connect() as connection:
        diff = await connection.run_sync(
            lambda sync: compare_metadata(
                MigrationContext.configure(sync, opts={"compare_type": True}), Base.metadata
            )
        )
    assert diff == []
