"""Scripted failures: answer chosen requests with an error, for testing retries.

A rule matches a method (or every method) of one bot (or every bot) for its next
``count`` requests. With ``after_apply`` the request takes effect first and only the
answer is lost — the case a sender must not turn into a duplicate message.

A :class:`Hold` keeps the next matching request waiting, unanswered and not applied,
until it is released: a test can stop the bot's process at that exact point (a reply
that goes out before the update commits is the middle of the update).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from bot.sandbox.emulator import errors
from bot.sandbox.emulator.errors import ApiError


@dataclass
class FailureRule:
    method: str | None  # lower-case Bot API method name; None matches every method
    token: str | None  # None matches every bot
    status: int
    description: str
    retry_after: int | None
    remaining: int
    after_apply: bool = False
    hits: int = 0

    def matches(self, token: str, method: str) -> bool:
        return (
            self.remaining > 0
            and (self.method is None or self.method == method.lower())
            and (self.token is None or self.token == token)
        )

    def error(self) -> ApiError:
        return ApiError(self.status, self.description, retry_after=self.retry_after)


def default_description(status: int, retry_after: int | None) -> str:
    if status == 429:
        return errors.TOO_MANY_REQUESTS.format(seconds=retry_after)
    if status in errors.SERVER_ERRORS:
        return errors.SERVER_ERRORS[status]
    raise ValueError(f"give a description for a scripted {status} answer")


class FailurePlan:
    def __init__(self) -> None:
        self.rules: list[FailureRule] = []

    def add(self, rule: FailureRule) -> FailureRule:
        self.rules.append(rule)
        return rule

    def take(self, token: str, method: str) -> FailureRule | None:
        """The first rule that matches this request, spending one of its answers."""
        for rule in self.rules:
            if rule.matches(token, method):
                rule.remaining -= 1
                rule.hits += 1
                return rule
        return None

    def clear(self) -> None:
        self.rules.clear()


@dataclass(eq=False)
class Hold:
    """The next request of ``method`` (to ``chat_id``, when given) waits here."""

    method: str  # lower-case Bot API method name
    chat_id: int | None = None
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def matches(self, method: str, chat_id: int | str | None) -> bool:
        return (
            not self.arrived.is_set()
            and self.method == method.lower()
            and (self.chat_id is None or self.chat_id == chat_id)
        )

    def release(self) -> None:
        self.released.set()


class HoldPlan:
    def __init__(self) -> None:
        self.holds: list[Hold] = []

    def add(self, hold: Hold) -> Hold:
        self.holds.append(hold)
        return hold

    def take(self, method: str, chat_id: int | str | None) -> Hold | None:
        for hold in self.holds:
            if hold.matches(method, chat_id):
                hold.arrived.set()
                return hold
        return None

    def release_all(self) -> None:
        for hold in self.holds:
            hold.release()
