"""Shared fixtures: a migrated database per test, on SQLite or on PostgreSQL.

``TEMPO_TEST_DATABASE_URL`` picks PostgreSQL (CI sets it when a server answers on
127.0.0.1:5432); otherwise every test gets its own SQLite file copied from a template
that was migrated once per run.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.storage import migrate
from bot.storage.db import create_engine, make_session_factory
from bot.storage.models import Base
from tests.fakes.anthropic_api import AnthropicApiFake
from tests.fakes.intervals_icu import IntervalsIcuFake

# Tests never time things: hypothesis's per-example deadline (200 ms) and its too-slow
# health check measure wall time, which a busy machine stretches, so both are off.
# CI runs a fixed sample of examples (derandomize): whether a submission lands never
# depends on which examples one run happened to draw; developers' runs keep exploring new
# ones, and what they find is fixed or written down with @example.
settings.register_profile(
    "tempo",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=os.environ.get("CI") == "true",
)
settings.load_profile("tempo")

PG_URL = os.environ.get("TEMPO_TEST_DATABASE_URL", "").strip()
# pytest-xdist runs tests in worker processes (gw0, gw1, …); on PostgreSQL each worker gets
# a database of its own beside the configured one, so their cleanups never collide.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "activities"


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture(autouse=True)
def no_llm_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings read the environment and .env: a developer's real ANTHROPIC_API_KEY must
    not turn tests into calls to the real API (tests never touch the internet). A blank
    value counts as unset and wins over .env; tests that want a key pass one."""
    monkeypatch.setenv("ANTHROPIC_API_KEY", "")


@pytest.fixture
async def anthropic_api() -> AsyncIterator[AnthropicApiFake]:
    """The fake Messages API on 127.0.0.1; hanging requests are released at teardown."""
    fake = AnthropicApiFake()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture(scope="session")
def backend() -> str:
    return "postgresql" if PG_URL else "sqlite"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Migrate once per run: a template SQLite file, or the PostgreSQL test database."""
    if PG_URL:
        url = asyncio.run(_worker_database(PG_URL))
        asyncio.run(_reset_postgres(url))
        yield url
        return
    template = tmp_path_factory.mktemp("db") / "template.db"
    asyncio.run(_migrate_fresh(sqlite_url(template)))
    yield str(template)


@pytest.fixture
def database_url(migrated_template: str, tmp_path: Path) -> Iterator[str]:
    if PG_URL:
        yield migrated_template
        asyncio.run(_truncate_all(migrated_template))
        return
    path = tmp_path / "tempo.db"
    shutil.copyfile(migrated_template, path)
    yield sqlite_url(path)


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return make_session_factory(engine)


async def _migrate_fresh(url: str) -> None:
    engine = create_engine(url)
    try:
        await migrate.upgrade(engine)
    finally:
        await engine.dispose()


def worker_suffix() -> str:
    return f"_{WORKER}" if WORKER else ""


async def _worker_database(url: str) -> str:
    """The configured database, or this xdist worker's own one (created on first use)."""
    if not WORKER:
        return url
    base = make_url(url)
    name = f"{base.database}{worker_suffix()}"
    connection = await asyncpg.connect(
        host=base.host, port=base.port, user=base.username, database=base.database
    )
    try:
        exists = await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return base.set(database=name).render_as_string(hide_password=False)


async def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
        await migrate.upgrade(engine)
    finally:
        await engine.dispose()


async def _truncate_all(url: str) -> None:
    engine = create_engine(url)
    try:
        tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
        async with engine.begin() as connection:
            await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        await engine.dispose()


@pytest.fixture
async def intervals() -> AsyncIterator[IntervalsIcuFake]:
    """A fake intervals.icu on loopback for one test (the sync tests, integration and e2e)."""
    fake = IntervalsIcuFake()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()
