"""/connect: intervals.icu (API key or OAuth) and Strava — what is connected, the last
sync and its result, import, sync now, the plan on the calendar, disconnecting.

The message holding an API key is deleted as soon as it is read. Long work (an import)
runs in the background (``bot.jobs.sync``) and edits one progress message in place.
"""

from __future__ import annotations

import contextlib

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.coach.briefs.schedule import zone_for
from bot.coach.services import Services
from bot.coach.services.integrations import (
    DEFAULT_HISTORY_MONTHS,
    HISTORY_MONTHS,
    ConnectError,
    ConnectionView,
    ThresholdOffer,
)
from bot.coach.services.sync import SyncProgress
from bot.domain.athletes import Athlete
from bot.domain.integrations import IntegrationStatus, Provider, RunKind
from bot.domain.profiles import Units
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Html, Translator
from bot.i18n.dates import clock, day_month
from bot.integrations.connectors import Connectors
from bot.jobs.sync import SyncJobs
from bot.telegram.filters import PRIVATE_CHAT, on

SERVICE_NAMES = {Provider.INTERVALS: "intervals.icu", Provider.STRAVA: "Strava"}


class ConnectAction(CallbackData, prefix="conn"):
    act: str  # key, sync, exp (val 1/0), disc, discyes, months (val n), thr (val use/keep)
    svc: str = "intervals"
    val: str = ""


class KeyInput(StatesGroup):
    waiting = State()


# -- rendering -----------------------------------------------------------------------------


def status_text(
    views: list[ConnectionView], t: Translator, *, enabled: bool, timezone: str
) -> str:
    """The connections, each with its last sync in the athlete's ``timezone``."""
    lines = [t("connect-title"), "", t("connect-intro"), ""]
    if not enabled:
        lines.append(t("connect-unavailable"))
        return "\n".join(lines)
    if not views:
        lines.append(t("connect-none"))
    for view in views:
        integration = view.integration
        active = integration.status is IntegrationStatus.ACTIVE
        key = f"connect-{integration.provider.value}-{'on' if active else 'revoked'}"
        lines.append(t(key, external=integration.external_athlete_id))
        lines.append(_last_sync(view, t, timezone))
        if integration.provider is Provider.INTERVALS and active:
            lines.append(
                t("connect-export-on" if integration.export_plans else "connect-export-off")
            )
        lines.append("")
    return "\n".join(lines).rstrip()


def _last_sync(view: ConnectionView, t: Translator, timezone: str) -> str:
    integration, run = view.integration, view.last_run
    if integration.last_sync_at is None:
        return t("connect-never-synced")
    # Stored in UTC; shown on the athlete's clock, in their language's words and hours.
    local = integration.last_sync_at.astimezone(zone_for(timezone))
    when = f"{day_month(local.date(), t.language)}, {clock(local, t.language)}"
    if integration.last_error:
        result = t(f"sync-error-{integration.last_error}")
    else:
        result = t(
            "connect-result-ok",
            stored=run.activities if run else 0,
            wellness=run.wellness_days if run else 0,
        )
    return t("connect-last-sync", when=when, result=result)


def status_keyboard(
    views: list[ConnectionView],
    t: Translator,
    *,
    oauth: dict[Provider, str | None],
    enabled: bool,
) -> InlineKeyboardMarkup | None:
    if not enabled:
        return None
    builder = InlineKeyboardBuilder()
    connected = {v.integration.provider: v.integration for v in views}
    intervals = connected.get(Provider.INTERVALS)
    if intervals is None or intervals.status is not IntegrationStatus.ACTIVE:
        builder.button(text=t("connect-btn-key"), callback_data=ConnectAction(act="key"))
        if oauth.get(Provider.INTERVALS):
            builder.button(text=t("connect-btn-intervals-oauth"), url=oauth[Provider.INTERVALS])
    else:
        builder.button(text=t("connect-btn-sync"), callback_data=ConnectAction(act="sync"))
        on_calendar = intervals.export_plans
        builder.button(
            text=t("connect-btn-export-off" if on_calendar else "connect-btn-export-on"),
            callback_data=ConnectAction(act="exp", val="0" if on_calendar else "1"),
        )
    strava = connected.get(Provider.STRAVA)
    if (strava is None or strava.status is not IntegrationStatus.ACTIVE) and oauth.get(
        Provider.STRAVA
    ):
        builder.button(text=t("connect-btn-strava"), url=oauth[Provider.STRAVA])
    elif strava is not None:
        builder.button(
            text=t("connect-btn-sync") + " Strava",
            callback_data=ConnectAction(act="sync", svc="strava"),
        )
    for provider in connected:
        builder.button(
            text=t(f"connect-btn-disconnect-{provider.value}"),
            callback_data=ConnectAction(act="disc", svc=provider.value),
        )
    builder.adjust(1)
    return builder.as_markup()


def months_keyboard(t: Translator, provider: Provider) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for months in HISTORY_MONTHS:
        mark = "✓ " if months == DEFAULT_HISTORY_MONTHS else ""
        builder.button(
            text=mark + t("connect-months", months=months),
            callback_data=ConnectAction(act="months", svc=provider.value, val=str(months)),
        )
    builder.adjust(2)
    return builder.as_markup()


def offers_text(offers: list[ThresholdOffer], t: Translator, fmt: Formatter) -> str:
    lines = "\n".join(
        t(
            "connect-threshold-line",
            name=t(f"threshold-name-{offer.kind.value}"),
            value=fmt.threshold(offer.kind, offer.value),
            current=fmt.threshold(offer.kind, offer.current) if offer.current else "none",
        )
        for offer in offers
    )
    # Each line is already Telegram HTML (its values escaped by the catalog): not again.
    return t("connect-thresholds-offer", lines=Html(lines))


def offers_keyboard(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("connect-btn-use-thresholds"), callback_data=ConnectAction(act="thr", val="use")
    )
    builder.button(
        text=t("connect-btn-keep-thresholds"), callback_data=ConnectAction(act="thr", val="keep")
    )
    return builder.as_markup()


def progress_text(progress: SyncProgress, t: Translator) -> str:
    service = SERVICE_NAMES[progress.provider]
    if progress.finished and progress.error:
        return t("connect-import-failed", reason=t(f"sync-error-{progress.error}"))
    if progress.finished:
        return t(
            "connect-import-done",
            stored=progress.stored,
            wellness=progress.wellness_days,
            duplicates=progress.duplicates,
        )
    return t("connect-import-progress", service=service, done=progress.done, total=progress.total)


async def edit_quietly(bot: Bot, chat_id: int, message_id: int, text: str) -> None:
    """Edit a progress message; "not modified" (same text twice) is not an error."""
    try:
        await bot.edit_message_text(text=text, chat_id=chat_id, message_id=message_id)
    except TelegramBadRequest as error:
        if "message is not modified" not in error.message:
            raise


def start_import(
    jobs: SyncJobs,
    where: tuple[Bot, int, int],
    athlete_id: int,
    provider: Provider,
    *,
    months: int,
    t: Translator,
) -> bool:
    """Start the import in the background, editing the message ``where`` (bot, chat,
    message id) as it goes."""
    bot, chat_id, message_id = where

    async def progress(update: SyncProgress) -> None:
        await edit_quietly(bot, chat_id, message_id, progress_text(update, t))

    return jobs.start(athlete_id, provider, RunKind.IMPORT, months=months, progress=progress)


# -- handlers ------------------------------------------------------------------------------


async def cmd_connect(
    message: Message, services: Services, athlete: Athlete, t: Translator, connectors: Connectors
) -> None:
    await _show(message, services, athlete, t, connectors)


async def _show(
    message: Message, services: Services, athlete: Athlete, t: Translator, connectors: Connectors
) -> None:
    integrations = services.integrations(connectors)
    views = await integrations.connections(athlete.id)
    enabled = connectors.cipher is not None
    oauth = {p: integrations.oauth_url(athlete, p) for p in Provider}
    await message.answer(
        status_text(views, t, enabled=enabled, timezone=athlete.timezone),
        reply_markup=status_keyboard(views, t, oauth=oauth, enabled=enabled),
    )


async def on_key(
    message: Message,
    *,
    state: FSMContext,
    services: Services,
    athlete: Athlete,
    t: Translator,
    connectors: Connectors,
) -> None:
    """The API key: deleted from the chat first, then checked with intervals.icu."""
    key = message.text or ""
    with contextlib.suppress(TelegramBadRequest):
        await message.delete()
    integrations = services.integrations(connectors)
    try:
        _, name = await integrations.connect_intervals_key(athlete, key)
    except ConnectError as error:
        await message.answer(t("connect-key-deleted") + "\n" + t(f"connect-error-{error.code}"))
        if error.code not in ("not_a_key", "wrong_key"):
            await state.clear()
        return
    await state.clear()
    await services.commit()
    assert message.bot is not None
    await after_connect(
        message.bot,
        athlete=athlete,
        t=t,
        services=services,
        connectors=connectors,
        provider=Provider.INTERVALS,
        name=name,
    )


async def after_connect(
    bot: Bot,
    *,
    athlete: Athlete,
    t: Translator,
    services: Services,
    connectors: Connectors,
    provider: Provider,
    name: str | None = None,
) -> None:
    """Connected: say so, offer the service's thresholds, ask how much history."""
    chat_id = athlete.chat_id or athlete.telegram_id
    text = (
        t("connect-connected", name=name or athlete.display_name)
        if provider is Provider.INTERVALS
        else t("connect-connected-strava")
    )
    await bot.send_message(chat_id, text)
    if provider is Provider.INTERVALS:
        offers = await _offers(services, athlete, connectors)
        if offers:
            fmt = Formatter(t, await _units(services, athlete))
            await bot.send_message(
                chat_id, offers_text(offers, t, fmt), reply_markup=offers_keyboard(t)
            )
    await bot.send_message(
        chat_id, t("connect-ask-months"), reply_markup=months_keyboard(t, provider)
    )


async def _offers(
    services: Services, athlete: Athlete, connectors: Connectors
) -> list[ThresholdOffer]:
    with contextlib.suppress(Exception):
        return await services.integrations(connectors).threshold_offers(athlete)
    return []


async def _units(services: Services, athlete: Athlete) -> Units:
    profile = await services.profiles.get(athlete.id)
    return profile.fields.units if profile is not None else Units.METRIC


def _where(query: CallbackQuery, athlete: Athlete) -> tuple[Bot, int, Message | None]:
    assert query.bot is not None
    message = query.message if isinstance(query.message, Message) else None
    return query.bot, athlete.chat_id or query.from_user.id, message


async def on_ask_key(
    query: CallbackQuery, state: FSMContext, athlete: Athlete, t: Translator
) -> None:
    bot, chat_id, _ = _where(query, athlete)
    await state.set_state(KeyInput.waiting)
    await bot.send_message(chat_id, t("connect-ask-key"))
    await query.answer()


async def on_months(
    query: CallbackQuery,
    *,
    callback_data: ConnectAction,
    athlete: Athlete,
    t: Translator,
    sync_jobs: SyncJobs,
) -> None:
    bot, chat_id, message = _where(query, athlete)
    provider, months = (
        Provider(callback_data.svc),
        int(callback_data.val or DEFAULT_HISTORY_MONTHS),
    )
    if message is None:
        await query.answer()
        return
    service = SERVICE_NAMES[provider]
    await message.edit_text(t("connect-import-started", months=months, service=service))
    where = (bot, chat_id, message.message_id)
    if not start_import(sync_jobs, where, athlete.id, provider, months=months, t=t):
        await bot.send_message(chat_id, t("connect-already-running"))
    await query.answer()


async def on_sync_now(
    query: CallbackQuery,
    *,
    callback_data: ConnectAction,
    athlete: Athlete,
    t: Translator,
    sync_jobs: SyncJobs,
) -> None:
    started = sync_jobs.start(athlete.id, Provider(callback_data.svc), RunKind.SYNC)
    await query.answer(t("connect-sync-started" if started else "connect-already-running"))


async def on_thresholds(
    query: CallbackQuery,
    *,
    callback_data: ConnectAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
    connectors: Connectors,
) -> None:
    """Thresholds from intervals.icu: taken only on the athlete's tap."""
    _, _, message = _where(query, athlete)
    use = callback_data.val == "use"
    if use:
        offers = await _offers(services, athlete, connectors)
        await services.integrations(connectors).accept_thresholds(athlete, offers)
    if message is not None:
        await message.edit_text(t("connect-thresholds-used" if use else "connect-thresholds-kept"))
    await query.answer()


async def on_export(
    query: CallbackQuery,
    *,
    callback_data: ConnectAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
    connectors: Connectors,
    sync_jobs: SyncJobs,
) -> None:
    """The plan on the intervals.icu calendar, on or off (off takes ours off it)."""
    bot, chat_id, _ = _where(query, athlete)
    on_calendar = callback_data.val == "1"
    await services.integrations(connectors).set_export(athlete.id, on_calendar)
    await services.commit()
    sync = sync_jobs.service
    work = sync.export_plans(athlete.id) if on_calendar else sync.remove_exports(athlete.id)
    sync_jobs.spawn(work, f"export-{athlete.id}")
    await bot.send_message(
        chat_id, t("connect-export-now-on" if on_calendar else "connect-export-now-off")
    )
    await query.answer()


async def on_disconnect(
    query: CallbackQuery,
    *,
    callback_data: ConnectAction,
    services: Services,
    athlete: Athlete,
    t: Translator,
    connectors: Connectors,
) -> None:
    """First tap asks; "Yes, disconnect" deletes the tokens (and Strava's activities)."""
    _, _, message = _where(query, athlete)
    provider = Provider(callback_data.svc)
    service = SERVICE_NAMES[provider]
    if message is None:
        await query.answer()
        return
    if callback_data.act == "discyes":
        await services.integrations(connectors).disconnect(athlete.id, provider)
        await message.edit_text(t("connect-disconnected", service=service))
    elif callback_data.act == "keep":
        await message.delete()
    else:
        builder = InlineKeyboardBuilder()
        yes = ConnectAction(act="discyes", svc=provider.value)
        builder.button(text=t("connect-btn-yes-disconnect"), callback_data=yes)
        builder.button(text=t("connect-btn-keep"), callback_data=ConnectAction(act="keep"))
        await message.edit_text(
            t("connect-disconnect-confirm", service=service), reply_markup=builder.as_markup()
        )
    await query.answer()


def build_router() -> Router:
    router = Router(name="connect")
    router.message.filter(PRIVATE_CHAT)
    router.message.register(cmd_connect, Command("connect"))
    router.message.register(
        on_key, StateFilter(KeyInput.waiting), on(F.text & ~F.text.startswith("/"))
    )
    router.callback_query.register(on_ask_key, ConnectAction.filter(F.act == "key"))
    router.callback_query.register(on_months, ConnectAction.filter(F.act == "months"))
    router.callback_query.register(on_sync_now, ConnectAction.filter(F.act == "sync"))
    router.callback_query.register(on_thresholds, ConnectAction.filter(F.act == "thr"))
    router.callback_query.register(on_export, ConnectAction.filter(F.act == "exp"))
    router.callback_query.register(
        on_disconnect, ConnectAction.filter(F.act.in_({"disc", "discyes", "keep"}))
    )
    return router
