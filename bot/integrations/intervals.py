"""The intervals.icu API (https://intervals.icu/api-docs.html), on ``ServiceClient``.

Authentication is HTTP Basic with the user name ``API_KEY`` and the athlete's key, or an
OAuth bearer token; athlete id ``0`` means "the athlete the key belongs to". The calls
Tempo makes: the athlete and their sport settings, activities in a date range with their
streams, wellness days, and calendar events written by our external id
(``events/bulk?upsert=true``) and deleted by it (``events/bulk-delete``).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlencode

from bot.clock import Clock
from bot.integrations.errors import MalformedResponse
from bot.integrations.http import ServiceClient
from bot.integrations.parsing import (
    as_dict,
    as_list,
    day_of,
    number,
    positive,
    small_int,
    text,
    utc_time,
)
from bot.integrations.records import (
    OAuthTokens,
    PlannedEvent,
    RemoteActivity,
    RemoteAthlete,
    RemoteStreams,
    RemoteWellness,
    SportSettings,
)

SERVICE = "intervals.icu"
DEFAULT_BASE_URL = "https://intervals.icu"
# Activities asked for per request (the list endpoint's ``limit``); a longer history
# takes more pages.
ACTIVITIES_PAGE = 200
SELF = "0"
OAUTH_SCOPES = "ACTIVITY:READ,WELLNESS:READ,CALENDAR:WRITE,SETTINGS:READ"
# intervals.icu stream types -> Tempo's channel names (bot.coach.ingest.model.Streams).
STREAM_TYPES = {
    "time": "time",
    "heartrate": "heart_rate",
    "watts": "power",
    "velocity_smooth": "speed",
    "cadence": "cadence",
    "altitude": "altitude",
    "distance": "distance",
}


def api_key_header(key: str) -> str:
    token = base64.b64encode(f"API_KEY:{key}".encode()).decode("ascii")
    return f"Basic {token}"


def bearer_header(token: str) -> str:
    return f"Bearer {token}"


@dataclass
class IntervalsClient:
    """One athlete's view of intervals.icu; ``http`` is shared per process."""

    http: ServiceClient
    authorization: str  # the Authorization header: never logged, never in an error
    athlete_id: str = SELF

    def __repr__(self) -> str:
        return f"IntervalsClient(athlete={self.athlete_id}, authorization=<hidden>)"

    async def _get(self, path: str, **params: Any) -> Any:
        response = await self.http.request(
            "GET", path, headers={"Authorization": self.authorization}, params=params or None
        )
        return response.json(SERVICE, f"GET {path}")

    async def athlete(self) -> RemoteAthlete:
        body = as_dict(await self._get(f"/api/v1/athlete/{self.athlete_id}"), SERVICE, "athlete")
        if "id" not in body:
            raise MalformedResponse(SERVICE, "athlete: no id")
        return remote_athlete(body)

    async def sport_settings(self) -> list[SportSettings]:
        path = f"/api/v1/athlete/{self.athlete_id}/sport-settings"
        out = []
        for item in as_list(await self._get(path), SERVICE, "sport-settings"):
            entry = as_dict(item, SERVICE, "sport-settings")
            out.append(
                SportSettings(
                    types=tuple(str(t) for t in entry.get("types") or ()),
                    ftp_w=positive(entry.get("ftp")),
                    lthr_bpm=positive(entry.get("lthr")),
                    max_hr_bpm=positive(entry.get("max_hr")),
                    threshold_pace_mps=positive(entry.get("threshold_pace")),
                )
            )
        return out

    async def activities(
        self, oldest: date, newest: date, *, page: int = ACTIVITIES_PAGE
    ) -> list[RemoteActivity]:
        """Every activity on the local days ``oldest`` to ``newest``, page by page: the
        API lists the newest ``limit`` of the range (a server may cap it lower), so the
        next page ends on the oldest day seen (activities already had on that day are
        dropped) until a page brings nothing new — one request more than the pages."""
        path = f"/api/v1/athlete/{self.athlete_id}/activities"
        found: dict[str, RemoteActivity] = {}
        end = newest
        while True:
            body = await self._get(
                path, oldest=oldest.isoformat(), newest=end.isoformat(), limit=str(page)
            )
            listed = [activity_of(item) for item in as_list(body, SERVICE, "activities")]
            fresh = [a for a in listed if a.external_id not in found]
            found.update((a.external_id, a) for a in fresh)
            dated = [a.local_day for a in listed if a.local_day is not None]
            if not fresh or not dated:
                return list(found.values())
            end = min(dated)

    async def streams(self, activity_id: str) -> RemoteStreams:
        path = f"/api/v1/activity/{activity_id}/streams"
        body = await self._get(path, types=",".join(STREAM_TYPES))
        channels: dict[str, list[float | None]] = {}
        for item in as_list(body, SERVICE, "streams"):
            entry = as_dict(item, SERVICE, "streams")
            name = STREAM_TYPES.get(str(entry.get("type")))
            data = entry.get("data")
            if name is None or not isinstance(data, list):
                continue
            channels[name] = data  # numbers or nulls; checked when made into arrays
        return RemoteStreams(channels)

    async def wellness(self, oldest: date, newest: date) -> list[RemoteWellness]:
        path = f"/api/v1/athlete/{self.athlete_id}/wellness"
        body = await self._get(path, oldest=oldest.isoformat(), newest=newest.isoformat())
        return [wellness_of(item) for item in as_list(body, SERVICE, "wellness")]

    async def upsert_events(self, events: list[PlannedEvent]) -> int:
        """Create or update planned workouts by our external id; returns how many."""
        if not events:
            return 0
        path = f"/api/v1/athlete/{self.athlete_id}/events/bulk"
        response = await self.http.request(
            "POST",
            path,
            headers={"Authorization": self.authorization},
            params={"upsert": "true"},
            json_body=[event_json(event) for event in events],
        )
        return len(as_list(response.json(SERVICE, f"POST {path}"), SERVICE, "events"))

    async def delete_events(self, external_ids: list[str]) -> int:
        if not external_ids:
            return 0
        path = f"/api/v1/athlete/{self.athlete_id}/events/bulk-delete"
        response = await self.http.request(
            "PUT",
            path,
            headers={"Authorization": self.authorization},
            json_body=[{"external_id": external_id} for external_id in external_ids],
        )
        body = as_dict(response.json(SERVICE, f"PUT {path}"), SERVICE, "bulk-delete")
        return int(number(body.get("eventsDeleted")) or 0)


def activity_of(item: Any) -> RemoteActivity:
    entry = as_dict(item, SERVICE, "activity")
    if "id" not in entry:
        raise MalformedResponse(SERVICE, "activity: no id")
    stub = str(entry.get("source") or "").upper() == "STRAVA" and "type" not in entry
    if stub:
        start = datetime.min.replace(tzinfo=UTC)
    else:
        start = utc_time(entry.get("start_date"), SERVICE, "activity")
    return RemoteActivity(
        external_id=str(entry["id"]),
        start_time=start,
        sport_type=str(entry.get("type") or "Other"),
        name=text(entry.get("name")),
        elapsed_s=positive(entry.get("elapsed_time")),
        moving_s=positive(entry.get("moving_time")),
        distance_m=positive(entry.get("distance")),
        ascent_m=number(entry.get("total_elevation_gain")),
        avg_hr=positive(entry.get("average_heartrate")),
        max_hr=positive(entry.get("max_heartrate")),
        avg_power=positive(entry.get("icu_average_watts")),
        normalized_power=positive(entry.get("icu_weighted_avg_watts")),
        avg_cadence=positive(entry.get("average_cadence")),
        calories=positive(entry.get("calories")),
        device=text(entry.get("device_name")),
        service_load=positive(entry.get("icu_training_load")),
        local_day=_local_day(entry.get("start_date_local")),
        stub=stub,
        has_streams=bool(entry.get("stream_types", True)),
    )


def _local_day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def wellness_of(item: Any) -> RemoteWellness:
    entry = as_dict(item, SERVICE, "wellness")
    return RemoteWellness(
        day=day_of(entry.get("id"), SERVICE, "wellness"),
        rmssd_ms=positive(entry.get("hrv")),
        resting_hr_bpm=positive(entry.get("restingHR")),
        sleep_s=positive(entry.get("sleepSecs")),
        sleep_quality=small_int(entry.get("sleepQuality")),
        soreness=small_int(entry.get("soreness")),
        fatigue=small_int(entry.get("fatigue")),
        stress=small_int(entry.get("stress")),
        mood=small_int(entry.get("mood")),
        motivation=small_int(entry.get("motivation")),
        weight_kg=positive(entry.get("weight")),
    )


def event_json(event: PlannedEvent) -> dict[str, Any]:
    body: dict[str, Any] = {
        "category": "WORKOUT",
        "start_date_local": f"{event.day.isoformat()}T00:00:00",
        "external_id": event.external_id,
        "name": event.name,
        "type": event.sport_type,
        "description": event.description,
    }
    if event.moving_s is not None:
        body["moving_time"] = round(event.moving_s)
    if event.load is not None:
        body["icu_training_load"] = round(event.load)
    if event.file_name and event.file_base64:
        body["filename"] = event.file_name
        body["file_contents_base64"] = event.file_base64
    return body


@dataclass
class IntervalsService:
    """What the process holds for intervals.icu: one HTTP client and its backoff, and the
    OAuth application (when INTERVALS_CLIENT_ID and INTERVALS_CLIENT_SECRET are set)."""

    http: ServiceClient
    client_id: str | None = None
    client_secret: str | None = None

    @classmethod
    def build(
        cls,
        clock: Clock,
        base_url: str = DEFAULT_BASE_URL,
        client_id: str | None = None,
        client_secret: str | None = None,
    ) -> IntervalsService:
        return cls(ServiceClient.build(SERVICE, clock, base_url), client_id, client_secret)

    @property
    def oauth_enabled(self) -> bool:
        return bool(self.client_id and self.client_secret)

    def with_key(self, key: str) -> IntervalsClient:
        return IntervalsClient(self.http, api_key_header(key))

    def with_token(self, token: str, athlete_id: str = SELF) -> IntervalsClient:
        return IntervalsClient(self.http, bearer_header(token), athlete_id)

    def authorize_url(self, redirect_uri: str, state: str) -> str:
        query = urlencode(
            {
                "client_id": self.client_id or "",
                "redirect_uri": redirect_uri,
                "scope": OAUTH_SCOPES,
                "state": state,
            }
        )
        return f"{self.http.base_url}/oauth/authorize?{query}"

    async def exchange_code(self, code: str) -> OAuthTokens:
        """The authorization code for a token (intervals.icu's tokens do not expire)."""
        path = "/api/oauth/token"
        response = await self.http.request(
            "POST",
            path,
            form={
                "client_id": self.client_id or "",
                "client_secret": self.client_secret or "",
                "code": code,
            },
        )
        body = as_dict(response.json(SERVICE, f"POST {path}"), SERVICE, "token")
        athlete = as_dict(body.get("athlete") or {}, SERVICE, "token")
        token = body.get("access_token")
        if not isinstance(token, str) or "id" not in athlete:
            raise MalformedResponse(SERVICE, "token: no access token or athlete")
        return OAuthTokens(
            access_token=token,
            refresh_token=None,
            expires_at=None,
            athlete=remote_athlete(athlete),
            scopes=tuple(str(body.get("scope") or "").split(",")),
        )

    async def close(self) -> None:
        await self.http.close()


def remote_athlete(record: dict[str, Any]) -> RemoteAthlete:
    """The athlete record's id and the name to greet them by: ``name``, else
    ``firstname`` and ``lastname`` (intervals.icu keeps all three; an account may fill
    only some), else none — never the id ("i50000" is not a name; callers fall back to
    the Telegram name)."""
    external_id = str(record["id"])
    parts = (text(record.get("firstname")), text(record.get("lastname")))
    name = text(record.get("name")) or " ".join(p for p in parts if p) or None
    return RemoteAthlete(external_id, None if name == external_id else name)
