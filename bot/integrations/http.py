"""One HTTP client per service on httpx2, with the service's backoff shared by every call.

A 429 pauses the whole service, not one athlete's calls: the service counts requests per
application. Short pauses (``Retry-After`` up to ``MAX_WAIT_S``) are waited out on the
injected clock; longer ones raise ``RateLimited`` at once, for this call and every call
until the pause ends, without touching the network. 5xx answers and timeouts are tried
again after 1 s and 4 s, then raised. Statuses become the types of ``errors.py``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx2

from bot.clock import Clock
from bot.integrations.errors import (
    AccessRevoked,
    IntegrationError,
    MalformedResponse,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServiceTimeout,
    ServiceUnavailable,
)

log = logging.getLogger(__name__)

MAX_WAIT_S = 30.0  # a longer Retry-After is reported, not slept through
DEFAULT_PAUSE_S = 60.0  # a 429 without Retry-After
RETRY_DELAYS_S = (1.0, 4.0)  # 5xx and timeouts
TIMEOUT_S = 20.0
MAX_429_IN_A_ROW = 3


@dataclass
class CallStats:
    """Per sync run: requests made and rate-limit hits (kept in ``sync_runs``)."""

    calls: int = 0
    rate_limited: int = 0


@dataclass
class Backoff:
    """The pause of one service, shared by all its clients in the process."""

    clock: Clock
    paused_until: float = 0.0
    hits: int = 0

    def remaining(self) -> float:
        return max(0.0, self.paused_until - self.clock.monotonic())

    def pause(self, seconds: float) -> None:
        self.hits += 1
        self.paused_until = max(self.paused_until, self.clock.monotonic() + seconds)


@dataclass
class Response:
    status: int
    headers: Mapping[str, str]
    content: bytes

    def json(self, service: str, what: str) -> Any:
        try:
            return json.loads(self.content)
        except (ValueError, UnicodeDecodeError):
            raise MalformedResponse(service, f"{what}: the answer is not JSON") from None


@dataclass
class ServiceClient:
    """The HTTP side of one service; the service modules build requests on it."""

    service: str
    base_url: str
    clock: Clock
    backoff: Backoff
    timeout_s: float = TIMEOUT_S
    stats: CallStats = field(default_factory=CallStats)
    # How long a 429 pauses the service (Strava: until its 15-minute window turns).
    pause_for: Callable[[Mapping[str, str], Clock], float] | None = None
    _client: httpx2.AsyncClient | None = None

    @classmethod
    def build(
        cls,
        service: str,
        clock: Clock,
        base_url: str,
        *,
        pause_for: Callable[[Mapping[str, str], Clock], float] | None = None,
    ) -> ServiceClient:
        """One service's client with a backoff of its own, shared by every call to it."""
        return cls(service, base_url, clock, Backoff(clock), pause_for=pause_for)

    def _http(self) -> httpx2.AsyncClient:
        if self._client is None:
            self._client = httpx2.AsyncClient(
                base_url=self.base_url, timeout=self.timeout_s, follow_redirects=False
            )
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def request(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        form: Mapping[str, str] | None = None,
    ) -> Response:
        what = f"{method} {path}"
        retries = list(RETRY_DELAYS_S)
        limited = 0
        while True:
            await self._wait_for_backoff(what)
            self.stats.calls += 1
            try:
                raw = await self._http().request(
                    method, path, headers=headers, params=params, json=json_body, data=form
                )
            except httpx2.TimeoutException:
                error: IntegrationError = ServiceTimeout(self.service, f"{what}: no answer")
            except httpx2.TransportError as failure:
                error = ServiceUnavailable(
                    self.service, f"{what}: connection failed ({type(failure).__name__})"
                )
            else:
                response = Response(raw.status_code, raw.headers, raw.content)
                if response.status < 400:
                    return response
                error = self._error(response, what)
                if isinstance(error, RateLimited):
                    self.stats.rate_limited += 1
                    self.backoff.pause(error.retry_after)
                    log.warning("%s rate limited for %.0f s", self.service, error.retry_after)
                    limited += 1
                    if limited < MAX_429_IN_A_ROW:
                        continue
            if isinstance(error, ServiceUnavailable | ServiceTimeout) and retries:
                await self.clock.sleep(retries.pop(0))
                continue
            raise error

    async def _wait_for_backoff(self, what: str) -> None:
        remaining = self.backoff.remaining()
        if remaining <= 0:
            return
        if remaining > MAX_WAIT_S:
            raise RateLimited(self.service, f"{what}: paused", remaining)
        await self.clock.sleep(remaining)

    def _error(self, response: Response, what: str) -> IntegrationError:
        status = response.status
        said = f"{what}: HTTP {status}"
        if status == 401:
            return AccessRevoked(self.service, said)
        if status == 403:
            return PermissionDenied(self.service, said)
        if status == 404:
            return NotFound(self.service, said)
        if status == 429:
            pause = (self.pause_for or retry_after_of)(response.headers, self.clock)
            return RateLimited(self.service, said, pause)
        if status >= 500:
            return ServiceUnavailable(self.service, said)
        return IntegrationError(self.service, said)


def retry_after_of(headers: Mapping[str, str], _clock: Clock | None = None) -> float:
    value = headers.get("retry-after") or headers.get("Retry-After")
    try:
        return max(1.0, float(value)) if value else DEFAULT_PAUSE_S
    except ValueError:
        return DEFAULT_PAUSE_S
