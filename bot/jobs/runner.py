"""Runs the push machinery in a live process: the minute tick on APScheduler and the
sender as a task. Started and stopped by ``bot.app``; tests drive the parts directly."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.clock import Clock
from bot.jobs.sender import DeliverySender
from bot.jobs.sync import SyncJobs
from bot.jobs.tick import BriefTick

log = logging.getLogger(__name__)

TICK_JOB_ID = "brief-tick"


class PushJobs:
    def __init__(
        self,
        tick: BriefTick,
        sender: DeliverySender,
        clock: Clock,
        sync: SyncJobs | None = None,
    ) -> None:
        self.tick = tick
        self.sender = sender
        self.sync = sync
        self._clock = clock
        self._scheduler: AsyncIOScheduler | None = None
        self._sender_task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Tick at every whole minute (so a 06:30 brief leaves at 06:30:00, not 06:30:59)
        and once now, to catch up after a restart; start the sender."""
        if self._scheduler is not None:
            return
        scheduler = AsyncIOScheduler(timezone="UTC")
        scheduler.add_job(
            self.minute_tick,
            CronTrigger(second=0, timezone="UTC"),
            id=TICK_JOB_ID,
            next_run_time=self._clock.now(),
            max_instances=1,  # a slow tick is never overlapped by the next one
            coalesce=True,  # ticks missed while the loop was busy run once, not n times
            misfire_grace_time=50,
        )
        scheduler.start()
        self._scheduler = scheduler
        self._sender_task = asyncio.create_task(self.sender.run(), name="delivery-sender")

    async def stop(self) -> None:
        if self.sync is not None:
            await self.sync.stop()
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        if self._sender_task is not None:
            await self.sender.stop()
            try:
                await asyncio.wait_for(self._sender_task, timeout=30)
            except TimeoutError:
                log.warning("the sender did not stop within 30 s; its claims will expire")
                self._sender_task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._sender_task
            self._sender_task = None

    async def minute_tick(self) -> None:
        """What the scheduler runs every minute (the sandbox runs it each time it moves
        its manual clock): schedule what is due now, start the syncs that are due."""
        now = self._clock.now()
        try:
            await self.tick(now)
        except Exception:  # the next minute tries again; nothing is lost
            log.exception("brief tick failed")
        if self.sync is not None:
            try:
                await self.sync.tick(now)
            except Exception:  # the next minute tries again
                log.exception("sync tick failed")
