"""Telegram's flood limits as token buckets on an injected clock.

Telegram publishes the limits only as guidance (https://core.telegram.org/bots/faq
"My bot is hitting limits, how do I avoid this?"): about one message per second in a
private chat (short bursts pass), at most 20 messages per minute in a group, and about
30 messages per second overall. Going over is answered with 429 and ``retry_after``.

The limiter reads time from a callable (``time.monotonic`` by default) so tests move a
manual clock instead of sleeping. Only sending methods consume tokens (sendMessage,
sendPhoto, sendDocument); edits, chat actions and reads do not.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class Rate:
    """``count`` messages per ``per_seconds``, with up to ``burst`` back to back.

    ``burst`` defaults to ``count``: a bucket that starts full and refills at
    ``count / per_seconds`` tokens a second.
    """

    count: float
    per_seconds: float
    burst: float | None = None

    @property
    def capacity(self) -> float:
        return self.burst if self.burst is not None else self.count

    @property
    def refill_per_second(self) -> float:
        return self.count / self.per_seconds


@dataclass(frozen=True)
class FloodLimits:
    """Which limits apply; ``None`` switches one off, ``FloodLimits.off()`` all of them."""

    per_bot: Rate | None = Rate(30, 1.0)
    per_private_chat: Rate | None = Rate(1, 1.0, burst=3)
    per_group_chat: Rate | None = Rate(20, 60.0)

    @classmethod
    def off(cls) -> FloodLimits:
        return cls(per_bot=None, per_private_chat=None, per_group_chat=None)


class _Bucket:
    __slots__ = ("rate", "tokens", "updated")

    def __init__(self, rate: Rate, now: float) -> None:
        self.rate = rate
        self.tokens = rate.capacity
        self.updated = now

    def refill(self, now: float) -> None:
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(self.rate.capacity, self.tokens + elapsed * self.rate.refill_per_second)
        self.updated = now

    def wait_seconds(self) -> float:
        """Seconds until one token is available (0 if one is there now)."""
        if self.tokens >= 1.0:
            return 0.0
        return (1.0 - self.tokens) / self.rate.refill_per_second


class FloodLimiter:
    """Admits or refuses one send at a time; counts the refusals (its own, and every
    limiter's in this process: a test suite can assert that nothing met a 429)."""

    rejections_in_process: ClassVar[int] = 0

    def __init__(self, limits: FloodLimits, clock: Callable[[], float]) -> None:
        self._limits = limits
        self._clock = clock
        self._buckets: dict[tuple[str, int, int], _Bucket] = {}
        self.rejections = 0

    @property
    def limits(self) -> FloodLimits:
        return self._limits

    @limits.setter
    def limits(self, limits: FloodLimits) -> None:
        # New limits start from full buckets: old token counts belong to old rates.
        self._limits = limits
        self._buckets.clear()

    def admit(self, bot_id: int, chat_id: int, *, group: bool) -> int | None:
        """Take a token from every bucket that applies, or none of them.

        Returns ``None`` when the send may go ahead, else the whole seconds to wait
        (Telegram's ``retry_after`` is an integer, at least 1).
        """
        now = self._clock()
        chat_rate = self._limits.per_group_chat if group else self._limits.per_private_chat
        buckets = [
            bucket
            for bucket in (
                self._bucket("bot", bot_id, 0, self._limits.per_bot, now),
                self._bucket("chat", bot_id, chat_id, chat_rate, now),
            )
            if bucket is not None
        ]
        wait = max((bucket.wait_seconds() for bucket in buckets), default=0.0)
        if wait > 0.0:
            self.rejections += 1
            FloodLimiter.rejections_in_process += 1
            return max(1, math.ceil(wait))
        for bucket in buckets:
            bucket.tokens -= 1.0
        return None

    def _bucket(
        self, kind: str, bot_id: int, chat_id: int, rate: Rate | None, now: float
    ) -> _Bucket | None:
        if rate is None:
            return None
        key = (kind, bot_id, chat_id)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(rate, now)
        bucket.refill(now)
        return bucket
