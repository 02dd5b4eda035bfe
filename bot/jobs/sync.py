"""Sync work in a live process: imports started from the chat, the minute tick that
starts each connection's hourly and pre-brief sync, and webhook events, as tasks.

One run per athlete and service at a time (a second request while one runs is answered
"already running"), at most ``CONCURRENCY`` runs at once for the whole process (the
services' rate limits are per application). ``idle()`` waits for everything started,
which is what tests and shutdown use; nothing here sleeps on the wall clock.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from bot.coach.services.sync import Progress, SyncReport, SyncService, _no_progress
from bot.domain.integrations import Provider, RunKind

log = logging.getLogger(__name__)

CONCURRENCY = 2


class SyncJobs:
    def __init__(
        self,
        service: SyncService,
        *,
        after_run: Callable[[int, SyncReport], Awaitable[None]] | None = None,
    ) -> None:
        """``after_run`` follows every finished run (the team boards follow what it stored)."""
        self.service = service
        self._after_run = after_run
        self._running: dict[tuple[int, Provider], asyncio.Task[Any]] = {}
        self._kinds: dict[tuple[int, Provider], RunKind] = {}
        self._others: set[asyncio.Task[Any]] = set()
        self._slots = asyncio.Semaphore(CONCURRENCY)

    def running(self, athlete_id: int, provider: Provider) -> bool:
        task = self._running.get((athlete_id, provider))
        return task is not None and not task.done()

    def start(
        self,
        athlete_id: int,
        provider: Provider,
        kind: RunKind,
        *,
        months: int | None = None,
        progress: Progress = _no_progress,
        then: Callable[[SyncReport], Awaitable[None]] | None = None,
    ) -> bool:
        """Start a run in the background; False when one is already running. An import
        (the history the athlete chose) is not refused for a routine sync that runs: it
        starts when that one ends."""
        key = (athlete_id, provider)
        ahead = self._running.get(key)
        if ahead is not None and not ahead.done():
            if kind is not RunKind.IMPORT or self._kinds.get(key) is RunKind.IMPORT:
                return False
        else:
            ahead = None
        if ahead is not None:  # still waited for by idle() and cancelled by stop()
            self._others.add(ahead)
            ahead.add_done_callback(self._others.discard)

        async def work() -> None:
            if ahead is not None:
                await asyncio.wait([ahead])
            async with self._slots:
                report = await self.service.run(
                    athlete_id, provider, kind, months=months, progress=progress
                )
            if self._after_run is not None:
                await self._after_run(athlete_id, report)
            if then is not None:
                await then(report)

        task = asyncio.create_task(self._guarded(work()), name=f"sync-{athlete_id}-{provider}")
        self._running[key], self._kinds[key] = task, kind

        def done(_: asyncio.Task[Any]) -> None:
            if self._running.get(key) is task:
                del self._running[key], self._kinds[key]

        task.add_done_callback(done)
        return True

    def spawn(self, work: Awaitable[Any], name: str) -> None:
        """A one-off (a webhook event, an export) that must not hold up its caller."""
        task = asyncio.create_task(self._guarded(work), name=name)
        self._others.add(task)
        task.add_done_callback(self._others.discard)

    async def tick(self, now: datetime) -> int:
        started = 0
        for athlete_id, provider in await self.service.due(now):
            started += self.start(athlete_id, provider, RunKind.SYNC)
        return started

    async def idle(self) -> None:
        """Wait until every run and one-off started so far (and those they start) ends."""
        while True:
            tasks = [*self._running.values(), *self._others]
            if not tasks:
                return
            await asyncio.gather(*tasks, return_exceptions=True)

    async def stop(self) -> None:
        for task in [*self._running.values(), *self._others]:
            task.cancel()
        await asyncio.gather(*self._running.values(), *self._others, return_exceptions=True)

    @staticmethod
    async def _guarded(work: Awaitable[Any]) -> None:
        try:
            await work
        except asyncio.CancelledError:
            raise
        except Exception:  # a bug in one run must not end the process's sync
            log.exception("sync work failed")
