"""Fixtures' helpers: Tempo's connectors pointed at the fake services."""

from __future__ import annotations

from cryptography.fernet import Fernet

from bot.clock import Clock
from bot.integrations.connectors import Connectors
from bot.integrations.intervals import IntervalsService
from bot.integrations.secrets import SecretCipher
from bot.integrations.strava import StravaService
from tests.fakes.intervals_icu import IntervalsIcuFake
from tests.fakes.strava import StravaFake

TEST_KEY = Fernet.generate_key().decode()


def connectors_for(
    clock: Clock,
    intervals: IntervalsIcuFake,
    strava: StravaFake | None = None,
    *,
    key: str | None = TEST_KEY,
    public_base: str | None = None,
) -> Connectors:
    return Connectors(
        cipher=SecretCipher(key) if key else None,
        intervals=IntervalsService.build(
            clock, intervals.base_url, intervals.client_id, intervals.client_secret
        ),
        strava=StravaService.build(
            clock,
            strava.base_url if strava else "http://127.0.0.1:9",
            strava.client_id if strava else None,
            strava.client_secret if strava else None,
            "verify-me",
        ),
        public_base=public_base,
        state_secret=b"state-secret-for-tests",
    )
