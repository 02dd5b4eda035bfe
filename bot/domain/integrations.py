"""Connections to the services athletes sync with, as the rest of the code sees them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Provider(StrEnum):
    INTERVALS = "intervals"
    STRAVA = "strava"


class AuthKind(StrEnum):
    API_KEY = "api_key"
    OAUTH = "oauth"


class IntegrationStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"  # the service refused our key or token: the athlete must reconnect


class RunKind(StrEnum):
    IMPORT = "import"
    SYNC = "sync"
    WEBHOOK = "webhook"
    EXPORT = "export"


class RunStatus(StrEnum):
    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Integration:
    """One athlete's connection to one service. The secrets stay encrypted here
    (``secret``/``refresh`` are Fernet tokens): only the coach's service opens them."""

    id: int
    athlete_id: int
    provider: Provider
    external_athlete_id: str
    auth_kind: AuthKind
    secret: str
    refresh: str | None
    expires_at: datetime | None
    status: IntegrationStatus
    export_plans: bool
    sync_minute: int
    synced_until: datetime | None
    last_sync_at: datetime | None
    last_sync_status: str | None
    last_error: str | None
    revoked_notice_sent: bool
    created_at: datetime

    def __repr__(self) -> str:
        return (
            f"Integration(id={self.id}, athlete={self.athlete_id}, "
            f"provider={self.provider.value}, status={self.status.value}, secrets=<hidden>)"
        )


@dataclass(frozen=True, slots=True)
class SyncRun:
    id: int
    integration_id: int
    kind: RunKind
    status: RunStatus
    started_at: datetime
    finished_at: datetime | None
    activities: int
    wellness_days: int
    api_calls: int
    rate_limited: int
    error: str | None
