"""Connecting, showing and disconnecting intervals.icu and Strava; the thresholds a
service holds, offered to the athlete (never applied without their tap).

Keys and tokens are encrypted before they reach the repository and opened only here and
in the sync (``open_secret``); a secret stored under an older key is re-encrypted with
the current one when it is read (key rotation, bot/integrations/secrets.py).
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.ingest.remote import thresholds_of
from bot.coach.profile.timezones import local_now
from bot.coach.services.activities import ActivityService
from bot.coach.services.profiles import ProfileService
from bot.domain.activities import ActivitySource
from bot.domain.athletes import Athlete
from bot.domain.integrations import (
    AuthKind,
    Integration,
    IntegrationStatus,
    Provider,
    SyncRun,
)
from bot.domain.profiles import NewThreshold, ThresholdKind, ThresholdSource
from bot.integrations.connectors import Connectors
from bot.integrations.errors import (
    AccessRevoked,
    IntegrationError,
    PermissionDenied,
)
from bot.integrations.intervals import IntervalsClient
from bot.integrations.records import OAuthTokens
from bot.integrations.secrets import SecretCipher
from bot.integrations.strava import StravaClient
from bot.storage.repositories import IntegrationRepository

log = logging.getLogger(__name__)

HISTORY_MONTHS = (3, 6, 12, 24)
DEFAULT_HISTORY_MONTHS = 12
# intervals.icu API keys are 20-40 letters and digits (Settings → Developer Settings).
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class ConnectError(Exception):
    """Connecting failed; ``code`` names the catalog message (``connect-error-<code>``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class ConnectionView:
    integration: Integration
    last_run: SyncRun | None


@dataclass(frozen=True, slots=True)
class ThresholdOffer:
    kind: ThresholdKind
    value: float
    current: float | None


def looks_like_key(text: str) -> bool:
    candidate = text.strip()
    return 16 <= len(candidate) <= 64 and set(candidate) <= _KEY_CHARS


def sync_minute_of(athlete_id: int) -> int:
    """Each athlete's minute of the hour for the periodic sync: spread evenly and stable
    across restarts (crc32 of the id), so a club's syncs do not all start at :00."""
    return zlib.crc32(str(athlete_id).encode()) % 60


def open_secret(cipher: SecretCipher | None, stored: str) -> tuple[str, str | None]:
    """The plaintext of a stored secret, and its re-encryption under the current key when
    it was stored under an older one (store that back)."""
    if cipher is None:
        raise ConnectError("no_encryption")
    opened = cipher.decrypt(stored)
    return opened.value, cipher.encrypt(opened.value) if opened.stale else None


class IntegrationService:
    def __init__(self, session: AsyncSession, clock: Clock, connectors: Connectors) -> None:
        self._integrations = IntegrationRepository(session)
        self._activity_service = ActivityService(session, clock)
        self._profiles = ProfileService(session, clock)
        self._clock = clock
        self._connectors = connectors

    @property
    def connectors(self) -> Connectors:
        return self._connectors

    def _cipher(self) -> SecretCipher:
        if self._connectors.cipher is None:
            raise ConnectError("no_encryption")
        return self._connectors.cipher

    # -- what is connected -------------------------------------------------------------

    async def connections(self, athlete_id: int) -> list[ConnectionView]:
        out = []
        for integration in await self._integrations.of_athlete(athlete_id):
            runs = await self._integrations.runs(integration.id, limit=1)
            out.append(ConnectionView(integration, runs[0] if runs else None))
        return out

    async def get(self, athlete_id: int, provider: Provider) -> Integration | None:
        return await self._integrations.get(athlete_id, provider)

    def oauth_url(self, athlete: Athlete, provider: Provider) -> str | None:
        """The authorization page for ``provider``, or None when OAuth is not set up
        (no WEBHOOK_URL for the callback, or no client id and secret)."""
        callback = self._connectors.callback_url(provider.value)
        if callback is None or self._connectors.cipher is None:
            return None
        state = self._connectors.sign_state(provider.value, athlete.id, self._clock.now())
        if provider is Provider.INTERVALS and self._connectors.intervals.oauth_enabled:
            return self._connectors.intervals.authorize_url(callback, state)
        if provider is Provider.STRAVA and self._connectors.strava.enabled:
            return self._connectors.strava.authorize_url(callback, state)
        return None

    # -- connecting --------------------------------------------------------------------

    async def connect_intervals_key(
        self, athlete: Athlete, key: str
    ) -> tuple[Integration, str | None]:
        """Check the key with intervals.icu (athlete 0 = the key's owner) and keep it,
        encrypted. Raises ConnectError: ``not_a_key``, ``wrong_key``, ``no_encryption``
        or the service's failure code (``unavailable``, ``timeout``, ``rate_limited``…).
        Returns the connection and the athlete's name on intervals.icu (None when the
        account has none: the caller greets them by their Telegram name)."""
        cipher = self._cipher()
        key = key.strip()
        if not looks_like_key(key):
            raise ConnectError("not_a_key")
        client = self._connectors.intervals.with_key(key)
        try:
            remote = await client.athlete()
        except (AccessRevoked, PermissionDenied):
            raise ConnectError("wrong_key") from None
        except IntegrationError as error:
            raise ConnectError(error.code) from None
        integration = await self._integrations.save(
            athlete.id,
            Provider.INTERVALS,
            external_athlete_id=remote.external_id,
            auth_kind=AuthKind.API_KEY,
            secret=cipher.encrypt(key),
            refresh=None,
            expires_at=None,
            sync_minute=sync_minute_of(athlete.id),
            now=self._clock.now(),
        )
        return integration, remote.name

    async def connect_oauth(
        self, provider: Provider, state: str, code: str
    ) -> tuple[int, Integration]:
        """The OAuth callback: the athlete the signed ``state`` names, the code exchanged
        for tokens, kept encrypted. Raises ConnectError(``expired``) for a bad state."""
        cipher = self._cipher()
        athlete_id = self._connectors.read_state(provider.value, state, self._clock.now())
        if athlete_id is None:
            raise ConnectError("expired")
        tokens: OAuthTokens
        try:
            if provider is Provider.INTERVALS:
                tokens = await self._connectors.intervals.exchange_code(code)
            else:
                tokens = await self._connectors.strava.exchange_code(code)
        except (AccessRevoked, PermissionDenied):
            raise ConnectError("refused") from None
        except IntegrationError as error:
            raise ConnectError(error.code) from None
        integration = await self._integrations.save(
            athlete_id,
            provider,
            external_athlete_id=tokens.athlete.external_id,
            auth_kind=AuthKind.OAUTH,
            secret=cipher.encrypt(tokens.access_token),
            refresh=cipher.encrypt(tokens.refresh_token) if tokens.refresh_token else None,
            expires_at=tokens.expires_at,
            sync_minute=sync_minute_of(athlete_id),
            now=self._clock.now(),
        )
        return athlete_id, integration

    # -- clients (secrets opened here) -------------------------------------------------

    async def intervals_client(self, integration: Integration) -> IntervalsClient:
        secret = await self._open(integration, integration.secret, "secret")
        service = self._connectors.intervals
        if integration.auth_kind is AuthKind.API_KEY:
            return service.with_key(secret)
        return service.with_token(secret, integration.external_athlete_id)

    async def strava_client(self, integration: Integration) -> StravaClient:
        """A client with a live access token: refreshed when it expires within 10 minutes
        (Strava's tokens live 6 h); the refresh token Strava returns replaces ours."""
        cipher = self._cipher()
        now = self._clock.now()
        expires = integration.expires_at
        if expires is not None and (expires - now).total_seconds() > 600:
            token = await self._open(integration, integration.secret, "secret")
            return self._connectors.strava.with_token(token)
        if integration.refresh is None:
            raise AccessRevoked("Strava", "no refresh token")
        refresh = await self._open(integration, integration.refresh, "refresh")
        tokens = await self._connectors.strava.refresh(refresh)
        await self._integrations.update(
            integration.id,
            now=now,
            secret=cipher.encrypt(tokens.access_token),
            refresh=cipher.encrypt(tokens.refresh_token or refresh),
            expires_at=tokens.expires_at,
        )
        return self._connectors.strava.with_token(tokens.access_token)

    async def _open(self, integration: Integration, stored: str, column: str) -> str:
        value, rotated = open_secret(self._connectors.cipher, stored)
        if rotated is not None:
            await self._integrations.update(
                integration.id, now=self._clock.now(), **{column: rotated}
            )
        return value

    # -- settings and disconnecting ----------------------------------------------------

    async def set_export(self, athlete_id: int, on: bool) -> Integration | None:
        integration = await self._integrations.get(athlete_id, Provider.INTERVALS)
        if integration is None:
            return None
        await self._integrations.update(integration.id, now=self._clock.now(), export_plans=on)
        return await self._integrations.get(athlete_id, Provider.INTERVALS)

    async def disconnect(self, athlete_id: int, provider: Provider) -> bool:
        """Forget the connection and its tokens. Strava: revoke our access there too (if
        it still answers) and delete every activity that came from it."""
        integration = await self._integrations.get(athlete_id, provider)
        if integration is None:
            return False
        if provider is Provider.STRAVA:
            try:
                client = await self.strava_client(integration)
                await self._connectors.strava.deauthorize(client.access_token)
            except (IntegrationError, ConnectError) as error:
                log.info("strava deauthorize on disconnect failed: %s", type(error).__name__)
            await self.purge_strava(athlete_id)
        await self._integrations.delete(integration.id)
        return True

    async def purge_strava(self, athlete_id: int) -> int:
        """Delete every Strava-sourced activity of the athlete (Strava's terms, on
        deauthorisation and disconnect). Returns how many."""
        ids = await self._integrations.activity_ids_from(athlete_id, ActivitySource.STRAVA)
        for activity_id in ids:
            await self._activity_service.delete(athlete_id, activity_id)
        return len(ids)

    # -- thresholds --------------------------------------------------------------------

    async def threshold_offers(self, athlete: Athlete) -> list[ThresholdOffer]:
        """intervals.icu's sport settings that differ from the thresholds in force today."""
        integration = await self._integrations.get(athlete.id, Provider.INTERVALS)
        if integration is None or integration.status is not IntegrationStatus.ACTIVE:
            return []
        client = await self.intervals_client(integration)
        remote = thresholds_of(await client.sport_settings())
        today = self._today(athlete)
        offers = []
        for kind, value in remote.items():
            entry = await self._profiles.threshold_on(athlete.id, kind, today)
            current = entry.value if entry is not None else None
            if current is None or abs(current - value) > 0.005 * value:
                offers.append(ThresholdOffer(kind, value, current))
        return offers

    async def accept_thresholds(self, athlete: Athlete, offers: list[ThresholdOffer]) -> int:
        """Take every offered value, then score the activities already stored (an import
        that ran before the tap) again with the thresholds of their days; returns how
        many loads changed. One transaction: the values and the loads they change."""
        before = await self._profiles.threshold_history(athlete.id)
        for offer in offers:
            await self.accept_threshold(athlete, offer.kind, offer.value)
        return await self._activity_service.rescore(athlete, before)

    async def accept_threshold(self, athlete: Athlete, kind: ThresholdKind, value: float) -> None:
        """The athlete took intervals.icu's value. With no earlier value of that kind it
        also scores the history being imported (in force from two years back); otherwise
        it takes effect today and the past keeps the values of its days."""
        today = self._today(athlete)
        earlier = await self._profiles.threshold_history(athlete.id, kind)
        effective = today if earlier else today - timedelta(days=731)
        await self._profiles.add_threshold(
            athlete.id,
            NewThreshold(
                kind=kind,
                value=value,
                source=ThresholdSource.MEASURED,
                effective_date=effective,
                method="intervals.icu",
            ),
        )

    def _today(self, athlete: Athlete) -> date:
        return local_now(athlete.timezone, self._clock.now()).date()
