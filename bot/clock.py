"""Time is injected: every component that needs "now" receives a Clock.

Production code uses :class:`SystemClock`; tests use :class:`ManualClock` and move time
forward explicitly instead of sleeping.
"""

from __future__ import annotations

import asyncio
import time
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


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class ManualClock:
    """A clock that only moves when told to; ``monotonic`` follows ``now``."""

    def __init__(self, start: datetime | None = None) -> None:
        start = start or datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start.astimezone(UTC)
        self._origin = self._now

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return (self._now - self._origin).total_seconds()

    async def sleep(self, seconds: float) -> None:
        """Waiting on a manual clock moves it: the wait is over at once."""
        self.advance(max(0.0, seconds))
        await asyncio.sleep(0)

    def advance(self, delta: timedelta | float) -> None:
        if isinstance(delta, int | float):
            delta = timedelta(seconds=delta)
        if delta < timedelta(0):
            raise ValueError("time does not go back")
        self._now += delta

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("ManualClock needs timezone-aware moments")
        self.advance(moment.astimezone(UTC) - self._now)
