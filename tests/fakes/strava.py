"""A fake Strava API v3 on 127.0.0.1 that speaks the real protocol over HTTP.

OAuth as https://developers.strava.com/docs/authentication/ describes it: a code from the
authorization page is exchanged at ``POST /oauth/token`` for an access token that expires
six hours later (on the injected clock) and a refresh token; a refresh returns a new
refresh token and the old one stops working; ``POST /oauth/deauthorize`` revokes both.
Reads (``/api/v3/athlete/activities``, ``/api/v3/activities/{id}``, its ``/streams``
with ``key_by_type=true``) answer with the ``X-RateLimit-*`` and ``X-ReadRateLimit-*``
headers ("15-minute,daily") and 429 past the 15-minute read limit.
The webhook side (https://developers.strava.com/docs/webhooks/): ``validate`` sends the
subscription's ``hub.challenge`` GET to our callback and checks the echo; ``push`` POSTs
an event (activity create/update/delete, athlete deauthorisation) as Strava does.
"""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import aiohttp
from aiohttp import web

from bot.clock import Clock
from bot.sandbox.fakes.seed import FakeActivity, Season, season

ACCESS_TTL = timedelta(hours=6)
STRAVA_TYPES = {"Ride": "Ride", "VirtualRide": "VirtualRide", "Run": "Run", "Swim": "Swim"}


@dataclass
class StravaAthlete:
    id: int
    firstname: str
    season: Season = field(default_factory=Season)
    authorized: bool = True


@dataclass
class _Token:
    athlete_id: int
    expires_at: datetime


@dataclass
class StravaFake:
    clock: Clock
    client_id: str = "4242"
    client_secret: str = "strava-client-secret"
    read_limit_15min: int = 100
    read_limit_daily: int = 1000
    athletes: dict[int, StravaAthlete] = field(default_factory=dict)
    requests: list[tuple[str, str, int]] = field(default_factory=list)
    _access: dict[str, _Token] = field(default_factory=dict)
    _refresh: dict[str, int] = field(default_factory=dict)
    _codes: dict[str, int] = field(default_factory=dict)
    _usage: list[datetime] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    _base_url: str | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(9_100_000))

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/oauth/token", self._token)
        app.router.add_post("/oauth/deauthorize", self._deauthorize)
        app.router.add_get("/api/v3/athlete/activities", self._activities)
        app.router.add_get("/api/v3/activities/{id}", self._activity)
        app.router.add_get("/api/v3/activities/{id}/streams", self._streams)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        self._runner = runner
        self._base_url = f"http://{host}:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError("start() the fake first")
        return self._base_url

    # -- seeding -----------------------------------------------------------------------

    def add_athlete(
        self, firstname: str = "Ann", *, days: int = 0, seed: int = 11
    ) -> StravaAthlete:
        athlete = StravaAthlete(id=next(self._ids), firstname=firstname)
        if days:
            athlete.season = season(self.clock.now().date(), days, seed=seed)
        self.athletes[athlete.id] = athlete
        return athlete

    def authorize(self, athlete: StravaAthlete) -> str:
        code = secrets.token_hex(10)
        self._codes[code] = athlete.id
        athlete.authorized = True
        return code

    def refresh_tokens_of(self, athlete: StravaAthlete) -> list[str]:
        return [token for token, who in self._refresh.items() if who == athlete.id]

    # -- webhooks (Strava calls us) ----------------------------------------------------

    async def validate(self, callback_url: str, verify_token: str) -> bool:
        challenge = secrets.token_hex(8)
        params = {
            "hub.mode": "subscribe",
            "hub.verify_token": verify_token,
            "hub.challenge": challenge,
        }
        async with (
            aiohttp.ClientSession() as session,
            session.get(callback_url, params=params) as response,
        ):
            if response.status != 200:
                return False
            body = await response.json()
        return bool(body.get("hub.challenge") == challenge)

    async def push(
        self,
        callback_url: str,
        *,
        owner: StravaAthlete,
        object_type: str,
        object_id: int,
        aspect_type: str,
        updates: dict[str, str] | None = None,
    ) -> int:
        event = {
            "aspect_type": aspect_type,
            "event_time": int(self.clock.now().timestamp()),
            "object_id": object_id,
            "object_type": object_type,
            "owner_id": owner.id,
            "subscription_id": 120475,
            "updates": updates or {},
        }
        async with (
            aiohttp.ClientSession() as session,
            session.post(callback_url, json=event) as response,
        ):
            return response.status

    def deauthorize_on_strava(self, athlete: StravaAthlete) -> None:
        """The athlete revoked Tempo in Strava's settings."""
        athlete.authorized = False
        self._access = {t: v for t, v in self._access.items() if v.athlete_id != athlete.id}
        self._refresh = {t: a for t, a in self._refresh.items() if a != athlete.id}

    # -- plumbing ----------------------------------------------------------------------

    def _rate_headers(self) -> dict[str, str]:
        now = self.clock.now()
        window = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        short = sum(1 for t in self._usage if t >= window)
        daily = sum(1 for t in self._usage if t >= day)
        return {
            "X-RateLimit-Limit": f"{self.read_limit_15min * 2},{self.read_limit_daily * 2}",
            "X-RateLimit-Usage": f"{short},{daily}",
            "X-ReadRateLimit-Limit": f"{self.read_limit_15min},{self.read_limit_daily}",
            "X-ReadRateLimit-Usage": f"{short},{daily}",
        }

    def _reply(self, request: web.Request, body: Any, status: int = 200) -> web.Response:
        self.requests.append((request.method, request.path, status))
        return web.json_response(body, status=status, headers=self._rate_headers())

    def _read(self, request: web.Request) -> StravaAthlete | web.Response:
        header = request.headers.get("Authorization", "")
        token = self._access.get(header.removeprefix("Bearer "))
        if (
            not header.startswith("Bearer ")
            or token is None
            or token.expires_at <= self.clock.now()
        ):
            return self._reply(request, _fault("Authorization Error", "invalid"), 401)
        headers = self._rate_headers()
        short = int(headers["X-ReadRateLimit-Usage"].split(",")[0])
        if short >= self.read_limit_15min:
            return self._reply(request, _fault("Rate Limit Exceeded", "exceeded"), 429)
        self._usage.append(self.clock.now())
        return self.athletes[token.athlete_id]

    # -- endpoints ---------------------------------------------------------------------

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if (
            form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            return self._reply(request, _fault("Bad Request", "invalid client"), 400)
        grant = form.get("grant_type")
        if grant == "authorization_code":
            athlete_id = self._codes.pop(str(form.get("code", "")), None)
        elif grant == "refresh_token":
            athlete_id = self._refresh.pop(str(form.get("refresh_token", "")), None)
        else:
            athlete_id = None
        if athlete_id is None:
            return self._reply(request, _fault("Bad Request", "invalid"), 400)
        access, refresh = secrets.token_hex(20), secrets.token_hex(20)
        expires = self.clock.now() + ACCESS_TTL
        self._access[access] = _Token(athlete_id, expires)
        self._refresh[refresh] = athlete_id
        athlete = self.athletes[athlete_id]
        body: dict[str, Any] = {
            "token_type": "Bearer",
            "expires_at": int(expires.timestamp()),
            "expires_in": int(ACCESS_TTL.total_seconds()),
            "refresh_token": refresh,
            "access_token": access,
        }
        if grant == "authorization_code":
            body["athlete"] = {"id": athlete.id, "firstname": athlete.firstname}
        return self._reply(request, body)

    async def _deauthorize(self, request: web.Request) -> web.Response:
        token = self._access.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
        if token is None:
            return self._reply(request, _fault("Authorization Error", "invalid"), 401)
        self.deauthorize_on_strava(self.athletes[token.athlete_id])
        return self._reply(request, {"access_token": "revoked"})

    async def _activities(self, request: web.Request) -> web.Response:
        athlete = self._read(request)
        if isinstance(athlete, web.Response):
            return athlete
        after = int(request.query.get("after", "0"))
        page = int(request.query.get("page", "1"))
        per_page = min(200, int(request.query.get("per_page", "30")))
        picked = sorted(
            (a for a in athlete.season.activities if a.start.timestamp() > after),
            key=lambda a: a.start,
        )
        chunk = picked[(page - 1) * per_page : page * per_page]
        return self._reply(request, [_summary(a, athlete) for a in chunk])

    def _find(self, athlete: StravaAthlete, request: web.Request) -> FakeActivity | None:
        wanted = request.match_info["id"]
        return next((a for a in athlete.season.activities if str(strava_id(a)) == wanted), None)

    async def _activity(self, request: web.Request) -> web.Response:
        athlete = self._read(request)
        if isinstance(athlete, web.Response):
            return athlete
        activity = self._find(athlete, request)
        if activity is None:
            return self._reply(request, _fault("Record Not Found", "invalid"), 404)
        return self._reply(request, _summary(activity, athlete))

    async def _streams(self, request: web.Request) -> web.Response:
        athlete = self._read(request)
        if isinstance(athlete, web.Response):
            return athlete
        activity = self._find(athlete, request)
        if activity is None:
            return self._reply(request, _fault("Record Not Found", "invalid"), 404)
        streams = activity.streams()
        body = {
            key: {"data": data, "series_type": "time", "original_size": len(data),
                  "resolution": "high"}
            for key, data in streams.items()
        }  # fmt: skip
        return self._reply(request, body)


def strava_id(activity: FakeActivity) -> int:
    return int(activity.id.removeprefix("i").removeprefix("s"))


def _summary(activity: FakeActivity, athlete: StravaAthlete) -> dict[str, Any]:
    summary = activity.summary()
    return {
        "id": strava_id(activity),
        "athlete": {"id": athlete.id},
        "name": activity.name,
        "sport_type": STRAVA_TYPES.get(activity.type, "Workout"),
        "type": STRAVA_TYPES.get(activity.type, "Workout"),
        "start_date": activity.start.isoformat().replace("+00:00", "Z"),
        "start_date_local": activity.start.replace(tzinfo=None).isoformat() + "Z",
        "moving_time": summary["moving_time"],
        "elapsed_time": summary["elapsed_time"],
        "distance": summary["distance"],
        "total_elevation_gain": summary["total_elevation_gain"],
        "average_heartrate": summary["average_heartrate"],
        "max_heartrate": summary["max_heartrate"],
        "average_watts": summary["average_watts"],
        "device_name": activity.device,
    }


def _fault(message: str, code: str) -> dict[str, Any]:
    return {"message": message, "errors": [{"resource": "Application", "field": "", "code": code}]}
