"""The sender's share of Telegram's flood limits, as token buckets on the injected clock.

Telegram publishes its limits as guidance only (https://core.telegram.org/bots/faq#my-bot-
is-hitting-limits-how-do-i-avoid-this): about 30 messages a second overall, one a second
per private chat, 20 a minute per group. We stay under them (25/s by default) with small
bursts, so a send waits here instead of meeting a 429. A 429 that still comes (another
process shares the token, or Telegram is stricter today) pauses every send for its
``retry_after``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock

# Shortest wait: float dust must not turn into a zero-length sleep that spins (a clock
# with microsecond resolution would not move at all).
MIN_WAIT_SECONDS = 0.001
# Buckets idle this long are full again and can be forgotten.
IDLE_SECONDS = 120.0
PRUNE_ABOVE = 10_000


@dataclass(frozen=True, slots=True)
class Rate:
    per_second: float
    burst: float = 1.0


@dataclass(frozen=True, slots=True)
class SendRates:
    """Overall, per private chat and per group. A burst below Telegram's lets a send that
    the network delays arrive late without spending Telegram's whole bucket. Replies share
    the budget (bot/telegram/pacing.py): a private chat's burst of two lets an answer of
    two messages go at once, and a third waits its second."""

    overall: Rate = Rate(25.0, burst=5.0)
    private_chat: Rate = Rate(1.0, burst=2.0)
    group_chat: Rate = Rate(20.0 / 60.0, burst=3.0)


class _Bucket:
    __slots__ = ("rate", "tokens", "updated")

    def __init__(self, rate: Rate, now: float) -> None:
        self.rate = rate
        self.tokens = rate.burst
        self.updated = now

    def wait(self, now: float) -> float:
        """Seconds until a token is there (0: now), after refilling to ``now``."""
        self.tokens = min(
            self.rate.burst, self.tokens + max(0.0, now - self.updated) * self.rate.per_second
        )
        self.updated = now
        if self.tokens >= 1.0 - 1e-9:
            return 0.0
        return max(MIN_WAIT_SECONDS, (1.0 - self.tokens) / self.rate.per_second)


class SendBudget:
    """Admits one send at a time. Shared by all of one process's send workers (a second
    process needs its own share: see docs/architecture.md, "Scheduling and delivery")."""

    def __init__(self, clock: Clock, rates: SendRates | None = None) -> None:
        self._clock = clock
        self.rates = rates or SendRates()
        self._overall = _Bucket(self.rates.overall, clock.monotonic())
        self._chats: dict[int, _Bucket] = {}
        self._paused_until = 0.0

    def pause(self, seconds: float) -> None:
        """Telegram said 429: nothing goes out for ``seconds`` (extends, never shortens)."""
        self._paused_until = max(self._paused_until, self._clock.monotonic() + seconds)

    def paused_for(self) -> float:
        return max(0.0, self._paused_until - self._clock.monotonic())

    async def acquire(self, chat_id: int, *, group: bool, max_pause: float) -> bool:
        """Wait for a token for ``chat_id``; False (no token taken) when a flood pause
        longer than ``max_pause`` seconds stands in the way."""
        while True:
            now = self._clock.monotonic()
            paused = self._paused_until - now
            if paused > max_pause:
                return False
            chat = self._chat(chat_id, group, now)
            wait = max(paused, self._overall.wait(now), chat.wait(now))
            if wait <= 0.0:
                # No await between the check and the take: asyncio runs one task at a time.
                self._overall.tokens -= 1.0
                chat.tokens -= 1.0
                return True
            await self._clock.sleep(max(wait, MIN_WAIT_SECONDS))

    def _chat(self, chat_id: int, group: bool, now: float) -> _Bucket:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) > PRUNE_ABOVE:
                self._chats = {
                    key: b for key, b in self._chats.items() if now - b.updated < IDLE_SECONDS
                }
            rate = self.rates.group_chat if group else self.rates.private_chat
            bucket = self._chats[chat_id] = _Bucket(rate, now)
        return bucket
