from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from bot.sandbox.emulator.flood import FloodLimiter
from tests.e2e.harness import TempoUnderTest, start_tempo


@pytest.fixture(autouse=True)
def no_flood_429(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every end-to-end test runs with Telegram's flood limits on in the emulator, and
    fails if the bot met one: replies are folded and paced per chat (bot/telegram/
    pacing.py), pushes by the sender's budget. A test that provokes 429s on purpose
    (scripted ones are not counted) says so with ``@pytest.mark.floods``."""
    before = FloodLimiter.rejections_in_process
    yield
    met = FloodLimiter.rejections_in_process - before
    if request.node.get_closest_marker("floods") is None:
        assert met == 0, f"the emulator answered {met} x 429 (flood control) in this test"


@pytest.fixture
async def tempo(database_url: str) -> AsyncIterator[TempoUnderTest]:
    running = await start_tempo(database_url)
    try:
        yield running
    finally:
        try:
            await running.stop()
        finally:  # a failed stop still stops the emulator (its own aiohttp session)
            await running.emulator.stop()
