"""The minute tick: find the pushes whose local time has come and put them in the outbox.

A plain async callable, ``await tick(now)``: APScheduler calls it every minute in
production, tests call it with a :class:`~bot.clock.ManualClock`'s ``now()``. All state is
in the database, so ticking twice, late, or on two workers at once is harmless.

The first tick of a process looks a day back (to record what a restart missed); later ones
look back to the previous successful tick, with a margin, so a quiet minute costs one
query. The unique key, not this memory, is what keeps a push single.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.coach.services.deliveries import DeliveryService, ScheduleReport
from bot.storage.unit_of_work import transaction

log = logging.getLogger(__name__)

# Ticks overlap by this much, so a clock step or a slow tick never leaves a gap.
OVERLAP = timedelta(minutes=2)


class BriefTick:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        clock: Clock,
        *,
        on_scheduled: Callable[[], None] | None = None,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._on_scheduled = on_scheduled
        self._last: datetime | None = None

    async def __call__(self, now: datetime) -> ScheduleReport:
        since = None if self._last is None else min(self._last, now) - OVERLAP
        async with transaction(self._factory) as session:
            report = await DeliveryService(session, self._clock).schedule_due(now, since=since)
        self._last = now
        if report.scheduled or report.expired:
            log.info("tick %s: %s scheduled, %s expired", now, report.scheduled, report.expired)
        if report.scheduled and self._on_scheduled is not None:
            self._on_scheduled()
        return report
