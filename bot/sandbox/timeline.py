"""The sandbox's clock: ``/clock`` and ``/wait`` move the bot's time, as the e2e tests do.

The sandbox runs the bot on a :class:`~bot.clock.ManualClock` shared with the emulator
(the harness's mechanism, tests/e2e/harness.py) and without the wall-clock scheduler
(``run_polling(scheduler=False)``). Time stands still while you read; each typed line
takes a couple of seconds, as a person does. ``/wait`` moves the clock to each moment
the minute tick would find something due (a brief, a board edit, a roll-call, a retry),
runs the tick and the sender there, and ends at the target: a day passes in a few
database round trips instead of 1,440 minute ticks, and every push goes out at its time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.app import Tempo
from bot.clock import ManualClock
from bot.coach.briefs.schedule import local_occurrence, zone_for
from bot.coach.services.deliveries import DeliveryService
from bot.domain.deliveries import NewDelivery
from bot.storage.repositories import AthleteRepository, DeliveryRepository
from bot.storage.unit_of_work import transaction

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WAIT_USAGE = "usage: /wait 30m | 2h | 1d | 1d 2h | 06:00 | mon 06:00"
MAX_WAIT = timedelta(days=31)
# A wait stops at most this many times (each a tick and a drain): a bound, not a budget,
# so that a push that fails at every retry cannot keep /wait from ending.
MAX_STOPS = 2000
_SPAN = re.compile(r"(\d+)([mhdw])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_wait(text: str, now: datetime, zone: ZoneInfo) -> datetime:
    """The UTC moment ``/wait TEXT`` means from ``now``: a span (``90m``, ``1d 2h``), the
    next local ``HH:MM``, or the next ``mon HH:MM`` (``mon`` alone: its midnight)."""
    words = text.lower().split()
    if not words:
        raise ValueError(WAIT_USAGE)
    if all(_SPAN.fullmatch(word) for word in words):
        span = timedelta()
        for word in words:
            amount, unit = _SPAN.fullmatch(word).groups()  # type: ignore[union-attr]
            span += timedelta(**{_UNITS[unit]: int(amount)})
        target = now + span
    else:
        weekday = WEEKDAYS.index(words[0][:3]) if words[0][:3] in WEEKDAYS else None
        clock_words = words[1:] if weekday is not None else words
        if len(clock_words) > 1:
            raise ValueError(WAIT_USAGE)
        at = _time_of_day(clock_words[0]) if clock_words else time(0, 0)
        local_today = now.astimezone(zone).date()
        target = next(
            moment
            for moment in (
                local_occurrence(local_today + timedelta(days=offset), at, zone)
                for offset in range(9)
            )
            if moment > now and (weekday is None or moment.astimezone(zone).weekday() == weekday)
        )
    if target - now > MAX_WAIT:
        raise ValueError(f"wait at most {MAX_WAIT.days} days at a time")
    return target


def _time_of_day(word: str) -> time:
    found = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?", word)
    if found is None or int(found.group(1)) > 23 or int(found.group(2) or 0) > 59:
        raise ValueError(WAIT_USAGE)
    return time(int(found.group(1)), int(found.group(2) or 0))


@dataclass
class Timeline:
    """The running app's pushes, driven on its manual clock."""

    app: Tempo
    clock: ManualClock

    async def run_due(self) -> None:
        """What production's scheduler and sender do at this moment: the minute tick,
        then a delivery pass (notices a reply put in the outbox go out too)."""
        await self.app.pushes.minute_tick()
        await self.app.pushes.sender.drain()

    async def upcoming(self, until: datetime) -> list[NewDelivery]:
        async with transaction(self.app.session_factory) as session:
            return await DeliveryService(session, self.clock).upcoming(self.clock.now(), until)

    async def zone_of(self, telegram_id: int) -> ZoneInfo:
        """The person's zone in the bot (UTC before onboarding asked for it)."""
        async with transaction(self.app.session_factory) as session:
            athlete = await AthleteRepository(session).get_by_telegram_id(telegram_id)
        return zone_for(athlete.timezone) if athlete is not None else ZoneInfo("UTC")

    async def wait_until(self, target: datetime, on_stop: Callable[[], None]) -> int:
        """Move the clock to ``target``, stopping at every moment something falls due
        (``on_stop`` shows what went out there); returns the number of stops."""
        for stops in range(1, MAX_STOPS + 1):
            now = self.clock.now()
            moments = [item.due_at for item in (await self.upcoming(target))[:1]]
            retry = await self._next_retry()
            if retry is not None and now < retry <= target:
                moments.append(retry)
            self.clock.set(max(min(moments, default=target), now))
            await self.run_due()
            on_stop()
            if self.clock.now() >= target:
                return stops
        return MAX_STOPS

    async def _next_retry(self) -> datetime | None:
        async with transaction(self.app.session_factory) as session:
            moment = await DeliveryRepository(session).next_open_at()
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment
