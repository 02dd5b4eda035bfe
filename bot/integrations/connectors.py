"""Everything the process holds for integrations, built once by the composition root:
the cipher for secrets at rest, one client per service, and the public URLs and signed
``state`` of the OAuth round trips through the webhook server."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from bot.integrations.intervals import IntervalsService
from bot.integrations.secrets import SecretCipher
from bot.integrations.strava import StravaService

STATE_TTL = timedelta(minutes=30)  # an authorization page left open longer starts over


@dataclass
class Connectors:
    cipher: SecretCipher | None  # None without ENCRYPTION_KEY: nothing can be connected
    intervals: IntervalsService
    strava: StravaService
    public_base: str | None = None  # the origin of WEBHOOK_URL (OAuth callbacks, webhooks)
    state_secret: bytes = b""
    intervals_webhook_secret: str | None = None

    def __repr__(self) -> str:
        return f"Connectors(public_base={self.public_base!r}, secrets=<hidden>)"

    @staticmethod
    def origin_of(webhook_url: str | None) -> str | None:
        if not webhook_url:
            return None
        parts = urlsplit(webhook_url)
        return f"{parts.scheme}://{parts.netloc}"

    def callback_url(self, provider: str) -> str | None:
        return f"{self.public_base}/oauth/{provider}" if self.public_base else None

    def webhook_url(self, provider: str) -> str | None:
        return f"{self.public_base}/webhooks/{provider}" if self.public_base else None

    def sign_state(self, provider: str, athlete_id: int, now: datetime) -> str:
        return self.sign_state_at(provider, athlete_id, int((now + STATE_TTL).timestamp()))

    def read_state(self, provider: str, state: str, now: datetime) -> int | None:
        """The athlete a ``state`` was made for, or None (forged, mangled or expired)."""
        try:
            athlete, expires, _signature = state.split(".")
            athlete_id, deadline = int(athlete), int(expires)
        except ValueError:
            return None
        if not hmac.compare_digest(self.sign_state_at(provider, athlete_id, deadline), state):
            return None
        return athlete_id if now.timestamp() <= deadline else None

    def sign_state_at(self, provider: str, athlete_id: int, expires: int) -> str:
        payload = f"{provider}.{athlete_id}.{expires}"
        signature = hmac.new(self.state_secret, payload.encode(), hashlib.sha256).digest()
        return f"{athlete_id}.{expires}.{base64.urlsafe_b64encode(signature[:18]).decode()}"

    async def close(self) -> None:
        await self.intervals.close()
        await self.strava.close()
