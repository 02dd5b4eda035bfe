from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.e2e.harness import TempoUnderTest, start_tempo


@pytest.fixture
async def tempo(database_url: str) -> AsyncIterator[TempoUnderTest]:
    running = await start_tempo(database_url)
    try:
        yield running
    finally:
        await running.stop()
        await running.emulator.stop()
