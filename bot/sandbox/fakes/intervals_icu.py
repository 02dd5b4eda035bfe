"""A fake intervals.icu API on 127.0.0.1 that speaks the real protocol over HTTP.

As https://intervals.icu/api-docs.html and the forum's API guide describe it: HTTP Basic
with the user ``API_KEY`` and the athlete's key, or ``Authorization: Bearer`` with an OAuth
token (``POST /api/oauth/token`` exchanges a code); athlete id ``0`` is the key's own
athlete, another athlete's id is 403; a wrong key is 401. Endpoints: the athlete, sport
settings, activities (``oldest``/``newest`` local dates, newest first) and their streams
(a list of ``{"type", "data"}``), wellness days, calendar events (list, ``bulk?upsert=true``
by ``external_id``, ``bulk-delete``). Activities that came from Strava are listed as stubs
without data, as the real service does.

Tests script failures: ``fail_next(status, times)`` (401/403/404/429/500…),
``malformed_next()`` (a 200 that is not JSON), ``hang_next()`` (no answer until released),
``rate_limit_every`` (a 429 with ``Retry-After`` every n-th request), ``revoke(key)``.
Every request is recorded (path and status, never the key).
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import secrets
from collections import deque
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from aiohttp import web

from bot.sandbox.fakes.seed import FakeActivity, FakeWellness, Season, season

SPORT_SETTINGS = [
    {"id": 1, "types": ["Ride", "VirtualRide", "GravelRide"], "ftp": 265, "lthr": 168,
     "max_hr": 186, "threshold_pace": None},
    {"id": 2, "types": ["Run", "VirtualRun", "TrailRun"], "ftp": None, "lthr": 172,
     "max_hr": 190, "threshold_pace": 3.92},
    {"id": 3, "types": ["Swim", "OpenWaterSwim"], "ftp": None, "lthr": None,
     "max_hr": None, "threshold_pace": 1.22},
]  # fmt: skip


@dataclass
class FakeAthlete:
    id: str
    name: str | None  # intervals.icu's record has name, firstname and lastname, any empty
    api_key: str
    firstname: str | None = None
    lastname: str | None = None
    timezone: str = "Europe/Berlin"
    season: Season = field(default_factory=Season)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)  # by external_id
    long_stream: set[str] = field(default_factory=set)  # activity ids whose stream overruns

    def add_activity(self, activity: FakeActivity) -> None:
        self.season.activities.append(activity)

    def add_wellness(self, day: FakeWellness) -> None:
        self.season.wellness = [w for w in self.season.wellness if w.day != day.day]
        self.season.wellness.append(day)


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    status: int


@dataclass
class IntervalsIcuFake:
    client_id: str = "tempo-client"
    client_secret: str = "tempo-client-secret"
    rate_limit_every: int = 0
    max_page: int = 10_000  # the most activities one answer lists (``limit`` is capped)
    retry_after_s: int = 5
    athletes: dict[str, FakeAthlete] = field(default_factory=dict)  # by id
    requests: list[Recorded] = field(default_factory=list)
    _tokens: dict[str, str] = field(default_factory=dict)  # token -> athlete id
    _codes: dict[str, str] = field(default_factory=dict)  # code -> athlete id
    _script: deque[tuple[str, int]] = field(default_factory=deque)
    _released: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None
    _base_url: str | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(50_000))
    _count: int = 0
    _encoded: dict[str, bytes] = field(default_factory=dict)  # activity id -> streams body

    # -- lifecycle ---------------------------------------------------------------------

    async def start(self, port: int = 0) -> None:
        app = web.Application(middlewares=[self._record])
        api = "/api/v1"
        app.router.add_get(api + "/athlete/{id}", self._athlete)
        app.router.add_get(api + "/athlete/{id}/sport-settings", self._sport_settings)
        app.router.add_get(api + "/athlete/{id}/activities", self._activities)
        app.router.add_get(api + "/athlete/{id}/wellness", self._wellness)
        app.router.add_get(api + "/athlete/{id}/events", self._events)
        app.router.add_post(api + "/athlete/{id}/events/bulk", self._upsert)
        app.router.add_put(api + "/athlete/{id}/events/bulk-delete", self._bulk_delete)
        app.router.add_get(api + "/activity/{aid}/streams", self._streams)
        app.router.add_post("/api/oauth/token", self._token)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        host, bound = runner.addresses[0][:2]
        self._runner = runner
        self._base_url = f"http://{host}:{bound}"

    async def stop(self) -> None:
        self._released.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError("start() the fake first")
        return self._base_url

    # -- seeding and scripting ---------------------------------------------------------

    def add_athlete(
        self,
        *,
        name: str | None = "Ann Runner",
        api_key: str | None = None,
        firstname: str | None = None,
        lastname: str | None = None,
        last_day: date | None = None,
        days: int = 0,
        seed: int = 7,
    ) -> FakeAthlete:
        athlete_id = f"i{next(self._ids)}"
        athlete = FakeAthlete(
            id=athlete_id,
            name=name,
            api_key=api_key or secrets.token_hex(16),
            firstname=firstname,
            lastname=lastname,
            season=season(last_day, days, seed=seed) if last_day and days else Season(),
        )
        self.athletes[athlete_id] = athlete
        return athlete

    def encode_streams(self) -> None:
        """Build every activity's streams answer now (a benchmark measures Tempo, not the
        fake generating samples)."""
        for athlete in self.athletes.values():
            for activity in athlete.season.activities:
                if not activity.stub:
                    self._encoded[activity.id] = _compact(
                        _streams_body(activity.streams(), set())
                    ).encode()

    def authorize(self, athlete: FakeAthlete) -> str:
        """The athlete tapped "Authorize" on intervals.icu: the code sent to our callback."""
        code = secrets.token_urlsafe(12)
        self._codes[code] = athlete.id
        return code

    def revoke(self, athlete: FakeAthlete) -> None:
        """The athlete deleted their key (and the app's access) on intervals.icu."""
        athlete.api_key = secrets.token_hex(16)
        self._tokens = {t: a for t, a in self._tokens.items() if a != athlete.id}

    def fail_next(self, status: int, times: int = 1) -> None:
        self._script.extend([("status", status)] * times)

    def malformed_next(self) -> None:
        self._script.append(("malformed", 200))

    def hang_next(self) -> None:
        self._script.append(("hang", 0))

    def paths(self, prefix: str = "") -> list[str]:
        return [r.path for r in self.requests if r.path.startswith(prefix)]

    # -- plumbing ----------------------------------------------------------------------

    @web.middleware
    async def _record(self, request: web.Request, handler: Any) -> web.StreamResponse:
        response = await self._answer(request, handler)
        self.requests.append(Recorded(request.method, request.path, response.status))
        return response

    async def _answer(self, request: web.Request, handler: Any) -> web.StreamResponse:
        self._count += 1
        if self._script:
            kind, status = self._script.popleft()
            if kind == "hang":
                await self._released.wait()
                return _error(503)
            if kind == "malformed":
                return web.Response(status=200, text="<html>Bad gateway</html>")
            return _error(status, retry_after=self.retry_after_s if status == 429 else None)
        if self.rate_limit_every and self._count % self.rate_limit_every == 0:
            return _error(429, retry_after=self.retry_after_s)
        try:
            return await handler(request)
        except Refused as refused:
            return _error(refused.status)

    def _who(self, request: web.Request) -> FakeAthlete:
        header = request.headers.get("Authorization", "")
        athlete: FakeAthlete | None = None
        if header.startswith("Basic "):
            try:
                user, _, key = base64.b64decode(header[6:]).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                user, key = "", ""
            if user == "API_KEY":
                athlete = next((a for a in self.athletes.values() if a.api_key == key), None)
        elif header.startswith("Bearer "):
            athlete = self.athletes.get(self._tokens.get(header[7:], ""))
        if athlete is None:
            raise _http_error(401)
        wanted = request.match_info.get("id")
        if wanted is not None and wanted not in ("0", athlete.id):
            raise _http_error(403)
        return athlete

    # -- endpoints ---------------------------------------------------------------------

    async def _athlete(self, request: web.Request) -> web.Response:
        athlete = self._who(request)
        return web.json_response(
            {
                "id": athlete.id,
                "name": athlete.name,
                "firstname": athlete.firstname,
                "lastname": athlete.lastname,
                "timezone": athlete.timezone,
                "sportSettings": SPORT_SETTINGS,
            }  # fmt: skip
        )

    async def _sport_settings(self, request: web.Request) -> web.Response:
        self._who(request)
        return web.json_response(SPORT_SETTINGS)

    async def _activities(self, request: web.Request) -> web.Response:
        athlete = self._who(request)
        oldest, newest = _range(request)
        picked = [a for a in athlete.season.activities if oldest <= a.start.date() <= newest]
        picked.sort(key=lambda a: a.start, reverse=True)
        # The newest ``limit`` (the API's paging), never more than the server's own cap.
        limit = min(int(request.query.get("limit") or self.max_page), self.max_page)
        return web.json_response([_activity_json(a) for a in picked[:limit]])

    async def _streams(self, request: web.Request) -> web.Response:
        athlete = self._who(request)
        activity = next(
            (a for a in athlete.season.activities if a.id == request.match_info["aid"]), None
        )
        if activity is None or activity.stub:
            raise _http_error(404)
        wanted = set(request.query.get("types", "").split(",")) - {""}
        cached = self._encoded.get(activity.id)
        if cached is not None and (not wanted or wanted >= _ALL_STREAMS):
            return web.Response(body=cached, content_type="application/json")
        extra = 600 if activity.id in athlete.long_stream else 0
        streams = await asyncio.to_thread(activity.streams, longer_by=extra)
        return web.json_response(_streams_body(streams, wanted), dumps=_compact)

    async def _wellness(self, request: web.Request) -> web.Response:
        athlete = self._who(request)
        oldest, newest = _range(request)
        days = sorted(
            (w for w in athlete.season.wellness if oldest <= w.day <= newest),
            key=lambda w: w.day,
        )
        return web.json_response([w.json() for w in days])

    async def _events(self, request: web.Request) -> web.Response:
        athlete = self._who(request)
        return web.json_response(list(athlete.events.values()))

    async def _upsert(self, request: web.Request) -> web.Response:
        athlete = self._who(request)
        if request.query.get("upsert") != "true":
            raise _http_error(400)
        body = await request.json()
        out = []
        for item in body:
            if item.get("category") not in ("WORKOUT", "NOTE") or not item.get(
                "start_date_local", ""
            ).endswith("T00:00:00"):
                raise _http_error(422)
            key = str(item.get("external_id") or next(self._ids))
            existing = athlete.events.get(key, {"id": next(self._ids)})
            event = {**existing, **item, "external_id": key}
            athlete.events[key] = event
            out.append(event)
        return web.json_response(out)

    async def _bulk_delete(self, request: web.Request) -> web.Response:
        athlete = self._who(request)
        body = await request.json()
        deleted = 0
        for item in body:
            if athlete.events.pop(str(item.get("external_id")), None) is not None:
                deleted += 1
        return web.json_response({"eventsDeleted": deleted})

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if (
            form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            raise _http_error(401)
        athlete_id = self._codes.pop(str(form.get("code", "")), None)
        if athlete_id is None:
            raise _http_error(400)
        token = secrets.token_urlsafe(24)
        self._tokens[token] = athlete_id
        athlete = self.athletes[athlete_id]
        return web.json_response(
            {
                "token_type": "Bearer",
                "access_token": token,
                "scope": "ACTIVITY:READ,WELLNESS:READ,CALENDAR:WRITE,SETTINGS:READ",
                "athlete": {
                    "id": athlete.id,
                    "name": athlete.name,
                    "firstname": athlete.firstname,
                    "lastname": athlete.lastname,
                },
            }
        )


def _activity_json(activity: FakeActivity) -> dict[str, Any]:
    if activity.stub:
        return {
            "id": activity.id,
            "source": "STRAVA",
            "_note": "STRAVA activities are not available via the API",
        }
    summary = activity.summary()
    return {
        "id": activity.id,
        "start_date_local": activity.start.replace(tzinfo=None).isoformat(),
        "start_date": activity.start.isoformat().replace("+00:00", "Z"),
        "type": activity.type,
        "name": activity.name,
        "moving_time": summary["moving_time"],
        "elapsed_time": summary["elapsed_time"],
        "distance": summary["distance"],
        "total_elevation_gain": summary["total_elevation_gain"],
        "average_heartrate": summary["average_heartrate"],
        "max_heartrate": summary["max_heartrate"],
        "icu_average_watts": summary["average_watts"],
        "icu_weighted_avg_watts": summary["normalized_watts"],
        "icu_training_load": summary["training_load"],
        "average_cadence": summary["average_cadence"],
        "calories": summary["calories"],
        "device_name": activity.device,
        "source": activity.source,
        "stream_types": ["time", "heartrate", "velocity_smooth", "distance", "altitude"],
    }


_ALL_STREAMS = frozenset(
    {"time", "heartrate", "watts", "velocity_smooth", "cadence", "altitude", "distance"}
)


def _streams_body(streams: dict[str, list[float]], wanted: set[str]) -> list[dict[str, Any]]:
    return [
        {"type": name, "name": None, "data": data}
        for name, data in streams.items()
        if not wanted or name in wanted
    ]


def _range(request: web.Request) -> tuple[date, date]:
    try:
        oldest = date.fromisoformat(request.query["oldest"][:10])
        newest = date.fromisoformat(request.query.get("newest", "2100-01-01")[:10])
    except (KeyError, ValueError):
        raise _http_error(422) from None
    return oldest, newest + timedelta(days=0)


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def _error(status: int, *, retry_after: int | None = None) -> web.Response:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return web.json_response(
        {"status": status, "error": _REASONS.get(status, "Error")}, status=status, headers=headers
    )


class Refused(Exception):
    """Raised by an endpoint; the middleware answers with the service's error shape."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _http_error(status: int) -> Refused:
    return Refused(status)


_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Access denied",
    404: "Not Found",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
}
