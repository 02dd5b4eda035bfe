"""The integrations' side of the webhook server: OAuth callbacks and the services'
webhooks, mounted on the same aiohttp application as Telegram's webhook when
``WEBHOOK_URL`` is set (``bot.app.build_webhook_app``).

* ``GET /oauth/{intervals|strava}?code=…&state=…`` — the athlete approved Tempo on the
  service; ``state`` is signed for their Tempo account and expires (bot/integrations/
  connectors.py). The athlete then gets the "connected" messages in Telegram.
* ``GET /webhooks/strava`` — Strava's subscription validation: echo ``hub.challenge``
  when ``hub.verify_token`` is ours (https://developers.strava.com/docs/webhooks/).
* ``POST /webhooks/strava`` — an event; answered at once (Strava wants 200 within two
  seconds), processed in the background.
* ``POST /webhooks/intervals`` — intervals.icu's events for OAuth apps; the body carries
  our webhook secret; each event starts a sync of its athlete.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.coach.services import Services
from bot.coach.services.integrations import ConnectError
from bot.domain.integrations import Provider, RunKind
from bot.handlers.connect import after_connect
from bot.storage.repositories import AthleteRepository
from bot.storage.unit_of_work import transaction

if TYPE_CHECKING:
    from bot.app import Tempo

log = logging.getLogger(__name__)


def add_integration_routes(web_app: web.Application, tempo: Tempo) -> None:
    assert tempo.connectors is not None and tempo.sync_jobs is not None
    connectors, jobs = tempo.connectors, tempo.sync_jobs

    def page(key: str, language: str = "en", status: int = 200) -> web.Response:
        text = tempo.catalogs.translator(language)(key)
        body = f"<!doctype html><meta charset=utf-8><title>Tempo</title><p>{text}</p>"
        return web.Response(text=body, content_type="text/html", status=status)

    async def oauth(request: web.Request) -> web.Response:
        try:
            provider = Provider(request.match_info["provider"])
        except ValueError:
            raise web.HTTPNotFound() from None
        code, state = request.query.get("code"), request.query.get("state", "")
        if not code:  # the athlete pressed "Cancel" on the service's page
            return page("oauth-page-failed", status=400)
        try:
            async with transaction(tempo.session_factory) as session:
                services = Services(session, tempo.clock)
                athlete_id, _ = await services.integrations(connectors).connect_oauth(
                    provider, state, code
                )
                athlete = await AthleteRepository(session).get(athlete_id)
        except ConnectError as error:
            log.info("oauth callback for %s refused: %s", provider, error.code)
            return page("oauth-page-failed", status=400)
        if athlete is None:
            return page("oauth-page-failed", status=400)
        t = tempo.catalogs.translator(athlete.language)
        async with transaction(tempo.session_factory) as session:
            await after_connect(
                tempo.bot,
                athlete=athlete,
                t=t,
                services=Services(session, tempo.clock),
                connectors=connectors,
                provider=provider,
            )
        return page("oauth-page-done", athlete.language)

    async def strava_validation(request: web.Request) -> web.Response:
        token = connectors.strava.verify_token
        given = request.query.get("hub.verify_token", "")
        if (
            request.query.get("hub.mode") != "subscribe"
            or not token
            or not hmac.compare_digest(given, token)
        ):
            raise web.HTTPForbidden()
        return web.json_response({"hub.challenge": request.query.get("hub.challenge", "")})

    async def strava_event(request: web.Request) -> web.Response:
        event = await _json(request)
        if not isinstance(event, dict):
            raise web.HTTPBadRequest()
        jobs.spawn(jobs.service.strava_event(event), "strava-event")
        return web.Response(status=200)

    async def intervals_event(request: web.Request) -> web.Response:
        body = await _json(request)
        secret = connectors.intervals_webhook_secret
        given = str(body.get("secret", "")) if isinstance(body, dict) else ""
        if not secret or not hmac.compare_digest(given, secret):
            raise web.HTTPForbidden()
        events = body.get("events") if isinstance(body.get("events"), list) else []
        for event in events:
            if not isinstance(event, dict):
                continue
            athlete_id = await jobs.service.intervals_event(event)
            if athlete_id is not None:
                jobs.start(athlete_id, Provider.INTERVALS, RunKind.WEBHOOK)
        return web.Response(status=200)

    web_app.router.add_get("/oauth/{provider}", oauth)
    web_app.router.add_get("/webhooks/strava", strava_validation)
    web_app.router.add_post("/webhooks/strava", strava_event)
    web_app.router.add_post("/webhooks/intervals", intervals_event)


async def _json(request: web.Request) -> Any:
    try:
        return await request.json()
    except (ValueError, json.JSONDecodeError):
        raise web.HTTPBadRequest() from None
