"""The one composition root: Settings -> engine -> Bot/Dispatcher -> push scheduler.

Nothing is built at import time. ``create_app`` wires the parts; ``run_polling`` and
``run_webhook`` run them. Tests build the same application against the emulator.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

from aiogram import Bot, Dispatcher, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError
from aiogram.fsm.storage.base import DefaultKeyBuilder
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import Clock, SystemClock
from bot.coach.agent.runtime import CoachRuntime, build_coach, offline_coach
from bot.coach.agent.tools import Tool
from bot.coach.briefs.note import AnthropicNoteWriter, BriefNotesFactory, no_notes
from bot.coach.briefs.sources import BriefSourcesFactory
from bot.coach.briefs.stored_sources import stored_sources
from bot.coach.charts import ChartRenderer
from bot.coach.planning import Session, Thresholds, Units
from bot.coach.services import Services
from bot.coach.services.activities import ParseGate
from bot.coach.services.brief_refresh import BriefWiring
from bot.coach.services.coach_digest import DigestWords
from bot.coach.services.group_schedule import GroupWords
from bot.coach.services.sync import SyncService
from bot.config import ConfigError, Settings, StartUpError
from bot.domain.athletes import Athlete
from bot.handlers import build_feature_routers
from bot.handlers.digest_render import DigestRender
from bot.handlers.group_boards import AfterSync, BoardFollower, boards_after_sync
from bot.handlers.groups_render import GroupRender
from bot.handlers.plan.brief_words import brief_session
from bot.i18n import Catalogs
from bot.integration_web import add_integration_routes
from bot.integrations.connectors import Connectors
from bot.integrations.intervals import IntervalsService
from bot.integrations.secrets import SecretCipher
from bot.integrations.strava import StravaService
from bot.jobs.limiter import SendBudget
from bot.jobs.runner import PushJobs
from bot.jobs.sender import DeliverySender, SenderConfig
from bot.jobs.sync import SyncJobs
from bot.jobs.tick import BriefTick
from bot.jobs.transport import TelegramTransport
from bot.storage import migrate
from bot.storage.db import SQLITE_BUSY_TIMEOUT_MS, create_engine, make_session_factory
from bot.storage.loop_reader import LoopReader
from bot.telegram.commands import set_bot_commands
from bot.telegram.errors import build_error_router
from bot.telegram.fsm_storage import DatabaseStorage
from bot.telegram.in_flight import UpdatesInFlight
from bot.telegram.middlewares import UnitOfWorkMiddleware
from bot.telegram.pacing import PerChatPacing
from bot.telegram.response_models import KeepResponseModels
from bot.telegram.retry import RetryAfterMiddleware

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Tempo:
    """Everything one running bot process holds."""

    settings: Settings
    clock: Clock
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    catalogs: Catalogs
    bot: Bot
    dispatcher: Dispatcher
    push_bot: Bot  # scheduled pushes: its own connections, and every 429 reaches the sender
    pushes: PushJobs
    connectors: Connectors | None = None  # intervals.icu and Strava clients
    sync_jobs: SyncJobs | None = None
    note_writer: AnthropicNoteWriter | None = None  # only with ANTHROPIC_API_KEY
    coach: CoachRuntime | None = None  # the AI coach (its client only with a key)
    loop_reader: LoopReader | None = None  # SQLite only (bot/storage/loop_reader.py)
    charts: ChartRenderer = field(default_factory=ChartRenderer)  # handlers get it as charts
    # The updates being handled (bot/telegram/in_flight.py): ended before the sessions close.
    in_flight: UpdatesInFlight = field(default_factory=UpdatesInFlight)
    _closed: bool = field(default=False, repr=False)

    async def close(self, *, grace: float = 5.0) -> None:
        """Release everything; updates still being handled get ``grace`` seconds to
        finish first. Polling does not wait for them, and one that called the Bot after
        its session closed would open a new aiohttp session that nothing closes."""
        if self._closed:
            return
        self._closed = True
        await self.in_flight.end(grace)
        await self.bot.session.close()
        await self.push_bot.session.close()
        if self.sync_jobs is not None:
            await self.sync_jobs.stop()
        if self.connectors is not None:
            await self.connectors.close()
        if self.note_writer is not None:
            await self.note_writer.close()
        if self.coach is not None:
            await self.coach.close()
        if self.loop_reader is not None:
            self.loop_reader.close()
        self.charts.close()
        await self.engine.dispose()


def build_bot(
    settings: Settings,
    clock: Clock,
    *,
    wait_out_flood: bool = True,
    pacing: SendBudget | None = None,
) -> Bot:
    """``wait_out_flood=False`` leaves 429s to the caller (the push sender pauses all
    its sends on one; a reply waits out a short pause instead). ``pacing`` takes a
    per-chat token from that budget before each message (replies; the push sender takes
    its own)."""
    token = settings.bot_token()
    session = (
        AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_base))
        if settings.telegram_api_base
        else AiohttpSession()
    )
    session.middleware(KeepResponseModels())
    if wait_out_flood:
        session.middleware(RetryAfterMiddleware(clock))
    if pacing is not None:
        # Inside the retry: every attempt takes its token.
        session.middleware(PerChatPacing(pacing))
    return Bot(
        token=token,
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )


def build_dispatcher(
    session_factory: async_sessionmaker[AsyncSession],
    clock: Clock,
    catalogs: Catalogs,
    *,
    extra_routers: Sequence[Router] = (),
    loop_reader: LoopReader | None = None,
    charts: ChartRenderer | None = None,
    coach: CoachRuntime | None = None,
    in_flight: UpdatesInFlight | None = None,
) -> Dispatcher:
    """``extra_routers`` are tried before the feature routers (the fallback is last);
    ``loop_reader`` makes each update's first read on SQLite; ``charts`` renders the
    chart photos (handed to handlers as ``charts``); ``coach`` is the AI coach handlers
    receive as ``coach`` (default: no model, the intent reader only); ``in_flight`` keeps
    the updates being handled, for the app's close."""
    storage = DatabaseStorage(
        session_factory, clock, DefaultKeyBuilder(with_bot_id=True, with_destiny=True)
    )
    dispatcher = Dispatcher(storage=storage, disable_fsm=True)
    dispatcher["charts"] = charts if charts is not None else ChartRenderer()
    dispatcher["coach"] = coach or offline_coach()
    # Our unit of work runs before aiogram's FSM middleware (registered again below, in
    # the place it would have had): it takes the per-chat-and-user lock first, so a double
    # tap runs its steps one after the other and never reads data older than the first
    # tap's commit; then the dialog state is read inside the update's one session.
    if in_flight is not None:  # outermost: the whole of each update's handling
        dispatcher.update.outer_middleware(in_flight)
    dispatcher.update.outer_middleware(
        UnitOfWorkMiddleware(
            session_factory,
            clock,
            catalogs,
            isolation=SimpleEventIsolation(),
            fsm=dispatcher.fsm,
            storage=storage,
            reader=loop_reader,
            parse_gate=ParseGate(),  # one per process: parses running at once
        )
    )
    dispatcher.update.outer_middleware(dispatcher.fsm)
    # Inside the unit of work: a change to an athlete's day edits their team boards.
    dispatcher.update.outer_middleware(BoardFollower())
    for router in [*extra_routers, *build_feature_routers()]:
        dispatcher.include_router(router)
    # Last: every update passes the routers before the one that answers it, and this one
    # answers only errors (which aiogram propagates through every router all the same).
    dispatcher.include_router(build_error_router(catalogs))

    async def on_startup(bot: Bot) -> None:
        await set_bot_commands(bot, catalogs)

    dispatcher.startup.register(on_startup)
    return dispatcher


def build_connectors(settings: Settings, clock: Clock) -> Connectors:
    """The integration clients. Without ENCRYPTION_KEY nothing can be connected (tokens
    are never stored in the clear); no request is made until an athlete connects."""
    key = settings.encryption_key.get_secret_value() if settings.encryption_key else None
    secret = lambda value: value.get_secret_value() if value is not None else None  # noqa: E731
    state_seed = key or secret(settings.webhook_secret) or "tempo-oauth-state"
    return Connectors(
        cipher=SecretCipher(key) if key else None,
        intervals=IntervalsService.build(
            clock,
            settings.intervals_api_base,
            settings.intervals_client_id,
            secret(settings.intervals_client_secret),
        ),
        strava=StravaService.build(
            clock,
            settings.strava_api_base,
            settings.strava_client_id,
            secret(settings.strava_client_secret),
            secret(settings.strava_verify_token),
        ),
        public_base=Connectors.origin_of(settings.webhook_url),
        state_secret=hashlib.sha256(b"oauth-state:" + state_seed.encode()).digest(),
        intervals_webhook_secret=secret(settings.intervals_webhook_secret),
    )


def build_sync(
    session_factory: async_sessionmaker[AsyncSession],
    clock: Clock,
    catalogs: Catalogs,
    connectors: Connectors,
    *,
    after_run: AfterSync | None = None,
) -> SyncJobs:
    def words(athlete: Athlete, units: Units, session: Session, thresholds: Thresholds) -> Any:
        return brief_session(catalogs.translator(athlete.language), units, session, thresholds)

    service = SyncService(
        session_factory,
        clock,
        connectors,
        words=words,
    )
    return SyncJobs(service, after_run=after_run)


def build_pushes(
    session_factory: async_sessionmaker[AsyncSession],
    clock: Clock,
    catalogs: Catalogs,
    push_bot: Bot,
    sources: BriefSourcesFactory,
    *,
    notes: BriefNotesFactory = no_notes,
    sync: SyncJobs | None = None,
    config: SenderConfig | None = None,
    budget: SendBudget | None = None,
    digest_words: DigestWords | None = None,
    group_words: GroupWords | None = None,
) -> PushJobs:
    sender = DeliverySender(
        session_factory,
        clock,
        TelegramTransport(push_bot),
        catalogs,
        budget=budget,
        sources=sources,
        notes=notes,
        config=config,
        digest_words=digest_words,
        group_words=group_words,
    )
    tick = BriefTick(session_factory, clock, on_scheduled=sender.wake)
    if sync is not None:
        sync.service.on_notice = sender.wake  # a sync's notice is in the outbox: send it
    return PushJobs(tick, sender, clock, sync)


def build_note_writer(coach: CoachRuntime, clock: Clock) -> AnthropicNoteWriter | None:
    """The morning brief's LLM note, only when an API key is set: the coach's client,
    model, price table and grounding check. Without a key nothing is built and no
    request is ever made (the product is fully useful without it)."""
    if coach.client is None:
        return None
    return AnthropicNoteWriter(coach.client, coach.model, clock, prices=coach.prices)


def create_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    extra_routers: Sequence[Router] = (),
    brief_sources: BriefSourcesFactory | None = None,
    coach_tools: Sequence[Tool] = (),
) -> Tempo:
    """``brief_sources`` feeds the morning brief (readiness, the day's plan, check-ins);
    by default the stored check-ins, activities and plan. ``coach_tools`` are other
    features' agent tools (the plan-change engine's ``propose_week_changes``)."""
    clock = clock or SystemClock()
    engine = create_engine(settings.database_url)
    session_factory = make_session_factory(engine)
    loop_reader = LoopReader.for_engine(engine, SQLITE_BUSY_TIMEOUT_MS)
    catalogs = Catalogs.load()
    if brief_sources is None:
        brief_sources = stored_sources(clock, catalogs, brief_session)
    # One share of Telegram's limits for everything this process sends: replies and pushes
    # to the same chat draw on the same per-chat bucket.
    budget = SendBudget(clock)
    bot = build_bot(settings, clock, pacing=budget if settings.telegram_pacing else None)
    push_bot = build_bot(settings, clock, wait_out_flood=False)
    coach = build_coach(settings, clock, extra_tools=tuple(coach_tools))
    note_writer = build_note_writer(coach, clock)
    notes = note_writer.in_session if note_writer is not None else no_notes
    connectors = build_connectors(settings, clock)
    sync_jobs = build_sync(
        session_factory,
        clock,
        catalogs,
        connectors,
        after_run=boards_after_sync(
            lambda: Services.in_transaction(session_factory, clock), bot, catalogs
        ),
    )
    charts = ChartRenderer()
    in_flight = UpdatesInFlight()
    dispatcher = build_dispatcher(
        session_factory,
        clock,
        catalogs,
        extra_routers=extra_routers,
        loop_reader=loop_reader,
        charts=charts,
        coach=coach,
        in_flight=in_flight,
    )
    # Handed to every handler that names them (aiogram's workflow data).
    dispatcher["connectors"] = connectors
    dispatcher["sync_jobs"] = sync_jobs
    # A handler that composes a sent brief again (after a check-in) does it as the sender.
    dispatcher["brief_wiring"] = BriefWiring(brief_sources, notes)
    return Tempo(
        settings=settings,
        clock=clock,
        engine=engine,
        session_factory=session_factory,
        catalogs=catalogs,
        bot=bot,
        dispatcher=dispatcher,
        push_bot=push_bot,
        pushes=build_pushes(
            session_factory,
            clock,
            catalogs,
            push_bot,
            brief_sources,
            notes=notes,
            config=SenderConfig(lease=timedelta(seconds=settings.push_lease_seconds)),
            budget=budget,
            sync=sync_jobs,
            digest_words=DigestRender(),
            group_words=GroupRender(),
        ),
        connectors=connectors,
        sync_jobs=sync_jobs,
        note_writer=note_writer,
        coach=coach,
        loop_reader=loop_reader,
        charts=charts,
        in_flight=in_flight,
    )


async def run_polling(
    app: Tempo, *, handle_signals: bool = True, polling_timeout: int = 10, scheduler: bool = True
) -> None:
    """Apply migrations, start the push scheduler, then long-poll until stopped
    (SIGINT/SIGTERM or stop_polling). ``scheduler=False`` (the sandbox, on a ManualClock)
    leaves the minute tick and the sender to the caller, who drives ``app.pushes`` as
    the e2e tests do: a wall-clock scheduler would never see a manual clock move."""
    # A webhook left from an earlier deployment would make getUpdates fail with 409.
    await start_up(app, lambda: app.bot.delete_webhook(drop_pending_updates=False))
    if scheduler:
        app.pushes.start()
    try:
        await app.dispatcher.start_polling(
            app.bot,
            handle_signals=handle_signals,
            polling_timeout=polling_timeout,
            close_bot_session=False,
        )
    finally:
        await app.pushes.stop()
        await app.close()


async def start_up(app: Tempo, first_request: Callable[[], Awaitable[object]]) -> None:
    """Before serving, in both modes: the database reached and migrated, then the first
    request to the Bot API. On any failure the app is closed before the error goes on
    (aiohttp runs no cleanup hooks after a failed start-up)."""
    try:
        await reach_database(app.engine)
        await migrate.upgrade(app.engine)
        await first_call(app, first_request())
    except BaseException:
        await app.close()
        raise


async def reach_database(engine: AsyncEngine) -> None:
    """Open one connection before migrating, so a database that cannot be reached (a
    server down, a wrong host, database or role) stops start-up with one line rather
    than a traceback; an error in a migration itself still shows in full."""
    where = engine.url.render_as_string(hide_password=True)
    try:
        async with engine.connect():
            pass
    except (OSError, DBAPIError) as error:
        reason = error.orig if isinstance(error, DBAPIError) else error
        first_line = (str(reason).splitlines() or [type(reason).__name__])[0]
        raise StartUpError(
            f"cannot open the database at {where} ({first_line}): check DATABASE_URL, "
            "and that its server is running"
        ) from error


async def first_call(app: Tempo, call: Awaitable[T]) -> T:
    """Start-up's first request to the Bot API, with its two likely failures said in one
    line instead of a traceback: a token Telegram refuses and a server not reachable."""
    where = app.settings.telegram_api_base or "https://api.telegram.org"
    try:
        return await call
    except TelegramUnauthorizedError as error:
        raise ConfigError(
            f"the Bot API at {where} refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy "
            "the token again from @BotFather (/mybots, API Token), or try make sandbox"
        ) from error
    except TelegramNetworkError as error:
        raise StartUpError(
            f"cannot reach the Bot API at {where} ({error.message}): check the network, "
            "or TELEGRAM_API_BASE if you set it"
        ) from error


def build_webhook_app(app: Tempo) -> web.Application:
    """The aiohttp application that receives updates at WEBHOOK_URL's path."""
    settings = app.settings
    webhook_url, secret = settings.webhook()
    path = urlsplit(webhook_url).path or "/"
    web_app = web.Application()
    SimpleRequestHandler(dispatcher=app.dispatcher, bot=app.bot, secret_token=secret).register(
        web_app, path=path
    )
    setup_application(web_app, app.dispatcher, bot=app.bot)
    add_integration_routes(web_app, app)

    async def register_webhook(_: web.Application) -> None:
        await start_up(
            app,
            lambda: app.bot.set_webhook(
                url=webhook_url, secret_token=secret, drop_pending_updates=False
            ),
        )
        app.pushes.start()

    async def close(_: web.Application) -> None:
        await app.pushes.stop()
        await app.close()

    web_app.on_startup.insert(0, register_webhook)
    web_app.on_cleanup.append(close)
    return web_app
