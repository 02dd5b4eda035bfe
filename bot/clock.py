"""Time is injected: every component that needs "now" receives a Clock.

Production code uses :class:`SystemClock`; tests use :class:`ManualClock` and move time
forward explicitly instead of sleeping.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (for rate limits and timeouts)."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` of this clock's time."""
        ...

    def timeout(self, seconds: float) -> AbstractAsyncContextManager[object]:
        """Cut the block short with ``TimeoutError`` after ``seconds`` of this clock's
        time (``asyncio.timeout`` on the injected clock)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))

    def timeout(self, seconds: float) -> AbstractAsyncContextManager[object]:
        return asyncio.timeout(seconds)


class ManualClock:
    """A clock that only moves when told to; ``monotonic`` follows ``now``."""

    def __init__(self, start: datetime | None = None) -> None:
        start = start or datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start.astimezone(UTC)
        self._origin = self._now
        # Deadlines of the timeouts in progress: they fire when the clock is moved past.
        self._timeouts: list[tuple[datetime, asyncio.Timeout]] = []

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return (self._now - self._origin).total_seconds()

    async def sleep(self, seconds: float) -> None:
        """Waiting on a manual clock moves it: the wait is over at once."""
        self.advance(max(0.0, seconds))
        await asyncio.sleep(0)

    @asynccontextmanager
    async def timeout(self, seconds: float) -> AsyncIterator[object]:
        """A timeout that fires when the clock is moved to its deadline (by a test or by
        a sleep), never by the wall clock: a test waits for the event it needs (a request
        arrived), then moves time past the budget."""
        async with asyncio.timeout(None) as cut:
            entry = (self._now + timedelta(seconds=max(0.0, seconds)), cut)
            self._timeouts.append(entry)
            try:
                self._fire_due()
                yield cut
            finally:
                self._timeouts.remove(entry)

    def _fire_due(self) -> None:
        for deadline, cut in self._timeouts:
            if deadline <= self._now and cut.when() is None:
                cut.reschedule(asyncio.get_running_loop().time())

    def advance(self, delta: timedelta | float) -> None:
        if isinstance(delta, int | float):
            delta = timedelta(seconds=delta)
        if delta < timedelta(0):
            raise ValueError("time does not go back")
        self._now += delta
        if self._timeouts:
            self._fire_due()

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("ManualClock needs timezone-aware moments")
        self.advance(moment.astimezone(UTC) - self._now)
