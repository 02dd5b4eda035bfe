"""The Strava API v3 (https://developers.strava.com/docs/reference/), on ``ServiceClient``.

OAuth 2 (https://developers.strava.com/docs/authentication/): access tokens live six
hours; each refresh may return a new refresh token, which replaces the old one at once
(the old one stops working). Rate limits (https://developers.strava.com/docs/rate-limits/)
are per application in 15-minute and daily windows, reported on every answer in
``X-RateLimit-Limit``/``X-RateLimit-Usage`` ("15-min,daily") and, for reads,
``X-ReadRateLimit-*``; a 429 pauses the service until the 15-minute window turns.
Webhook events (https://developers.strava.com/docs/webhooks/) arrive at our callback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode

from bot.clock import Clock
from bot.integrations.errors import MalformedResponse
from bot.integrations.http import ServiceClient
from bot.integrations.parsing import as_dict, as_list, number, positive, text, utc_time
from bot.integrations.records import OAuthTokens, RemoteActivity, RemoteAthlete, RemoteStreams

SERVICE = "Strava"
DEFAULT_BASE_URL = "https://www.strava.com"
SCOPES = "read,activity:read_all"
WINDOW = timedelta(minutes=15)
PAGE_SIZE = 100
# Strava stream keys -> Tempo's channel names.
STREAM_KEYS = {
    "time": "time",
    "heartrate": "heart_rate",
    "watts": "power",
    "velocity_smooth": "speed",
    "cadence": "cadence",
    "altitude": "altitude",
    "distance": "distance",
}


@dataclass(frozen=True, slots=True)
class RateUsage:
    """The last answer's counters: (15-minute, daily) limit and usage."""

    limit: tuple[int, int] = (0, 0)
    usage: tuple[int, int] = (0, 0)
    read_limit: tuple[int, int] = (0, 0)
    read_usage: tuple[int, int] = (0, 0)

    @property
    def near_limit(self) -> bool:
        """Within 5 % of a 15-minute or daily read limit: a backfill stops here."""
        pairs = (*zip(self.read_limit, self.read_usage, strict=True),)
        return any(limit and usage >= limit * 0.95 for limit, usage in pairs)


def _pair(value: str | None) -> tuple[int, int]:
    try:
        first, second = (int(part) for part in (value or "").split(","))
    except ValueError:
        return (0, 0)
    return (first, second)


def rate_usage(headers: Mapping[str, str]) -> RateUsage:
    return RateUsage(
        limit=_pair(headers.get("x-ratelimit-limit")),
        usage=_pair(headers.get("x-ratelimit-usage")),
        read_limit=_pair(headers.get("x-readratelimit-limit")),
        read_usage=_pair(headers.get("x-readratelimit-usage")),
    )


def until_next_window(_headers: Mapping[str, str], clock: Clock) -> float:
    """Strava's 15-minute windows start at :00, :15, :30 and :45 (UTC)."""
    now = clock.now()
    start = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
    return max(1.0, (start + WINDOW - now).total_seconds())


@dataclass
class StravaClient:
    """Calls with one athlete's access token (refreshed by the coach before it expires)."""

    http: ServiceClient
    access_token: str
    usage: RateUsage = field(default_factory=RateUsage)

    def __repr__(self) -> str:
        return "StravaClient(access_token=<hidden>)"

    async def _get(self, path: str, **params: Any) -> Any:
        response = await self.http.request(
            "GET",
            path,
            headers={"Authorization": f"Bearer {self.access_token}"},
            params=params or None,
        )
        self.usage = rate_usage(response.headers)
        return response.json(SERVICE, f"GET {path}")

    async def activities(self, after: datetime, page: int = 1) -> list[RemoteActivity]:
        body = await self._get(
            "/api/v3/athlete/activities",
            after=int(after.timestamp()),
            page=page,
            per_page=PAGE_SIZE,
        )
        return [activity_of(item) for item in as_list(body, SERVICE, "activities")]

    async def activity(self, activity_id: str) -> RemoteActivity:
        return activity_of(await self._get(f"/api/v3/activities/{activity_id}"))

    async def streams(self, activity_id: str) -> RemoteStreams:
        body = as_dict(
            await self._get(
                f"/api/v3/activities/{activity_id}/streams",
                keys=",".join(STREAM_KEYS),
                key_by_type="true",
            ),
            SERVICE,
            "streams",
        )
        channels: dict[str, list[float | None]] = {}
        for key, name in STREAM_KEYS.items():
            entry = body.get(key)
            if isinstance(entry, dict) and isinstance(entry.get("data"), list):
                channels[name] = entry["data"]  # checked when made into arrays
        return RemoteStreams(channels)


def activity_of(item: Any) -> RemoteActivity:
    entry = as_dict(item, SERVICE, "activity")
    if "id" not in entry:
        raise MalformedResponse(SERVICE, "activity: no id")
    return RemoteActivity(
        external_id=str(entry["id"]),
        start_time=utc_time(entry.get("start_date"), SERVICE, "activity"),
        sport_type=str(entry.get("sport_type") or entry.get("type") or "Workout"),
        name=text(entry.get("name")),
        elapsed_s=positive(entry.get("elapsed_time")),
        moving_s=positive(entry.get("moving_time")),
        distance_m=positive(entry.get("distance")),
        ascent_m=number(entry.get("total_elevation_gain")),
        avg_hr=positive(entry.get("average_heartrate")),
        max_hr=positive(entry.get("max_heartrate")),
        avg_power=positive(entry.get("average_watts")),
        normalized_power=positive(entry.get("weighted_average_watts")),
        avg_cadence=positive(entry.get("average_cadence")),
        calories=positive(entry.get("calories")),
        device=text(entry.get("device_name")),
    )


@dataclass
class StravaService:
    """What the process holds for Strava: the HTTP client, its backoff and the app."""

    http: ServiceClient
    client_id: str | None = None
    client_secret: str | None = None
    verify_token: str | None = None

    @classmethod
    def build(
        cls,
        clock: Clock,
        base_url: str = DEFAULT_BASE_URL,
        client_id: str | None = None,
        client_secret: str | None = None,
        verify_token: str | None = None,
    ) -> StravaService:
        http = ServiceClient.build(SERVICE, clock, base_url, pause_for=until_next_window)
        return cls(http, client_id, client_secret, verify_token)

    @property
    def enabled(self) -> bool:
        return bool(self.client_id and self.client_secret)

    def with_token(self, access_token: str) -> StravaClient:
        return StravaClient(self.http, access_token)

    def authorize_url(self, redirect_uri: str, state: str) -> str:
        query = urlencode(
            {
                "client_id": self.client_id or "",
                "redirect_uri": redirect_uri,
                "response_type": "code",
                "approval_prompt": "auto",
                "scope": SCOPES,
                "state": state,
            }
        )
        return f"{self.http.base_url}/oauth/authorize?{query}"

    async def _token(self, form: dict[str, str]) -> OAuthTokens:
        path = "/oauth/token"
        response = await self.http.request(
            "POST",
            path,
            form={
                "client_id": self.client_id or "",
                "client_secret": self.client_secret or "",
                **form,
            },
        )
        body = as_dict(response.json(SERVICE, f"POST {path}"), SERVICE, "token")
        access, refresh = body.get("access_token"), body.get("refresh_token")
        expires = number(body.get("expires_at"))
        if not isinstance(access, str) or not isinstance(refresh, str) or expires is None:
            raise MalformedResponse(SERVICE, "token: no tokens or expiry")
        athlete = body.get("athlete") if isinstance(body.get("athlete"), dict) else {}
        assert isinstance(athlete, dict)
        return OAuthTokens(
            access_token=access,
            refresh_token=refresh,
            expires_at=datetime.fromtimestamp(expires, UTC),
            athlete=RemoteAthlete(str(athlete.get("id", "")), text(athlete.get("firstname"))),
        )

    async def exchange_code(self, code: str) -> OAuthTokens:
        return await self._token({"code": code, "grant_type": "authorization_code"})

    async def refresh(self, refresh_token: str) -> OAuthTokens:
        """A new access token; keep the refresh token it returns (it may be a new one)."""
        return await self._token({"refresh_token": refresh_token, "grant_type": "refresh_token"})

    async def deauthorize(self, access_token: str) -> None:
        await self.http.request(
            "POST", "/oauth/deauthorize", headers={"Authorization": f"Bearer {access_token}"}
        )

    async def close(self) -> None:
        await self.http.close()


def start_of(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)
