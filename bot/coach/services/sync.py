"""Data that arrives by itself: history import, the periodic sync, webhook events and
planned workouts written out, for intervals.icu and Strava.

Runs outside any update: each activity is stored in a transaction of its own (a long
import never holds SQLite's write lock for long, and what was stored stays stored if the
service fails half-way), and memory stays flat, one activity's streams at a time.
Every run is recorded in ``sync_runs`` (records, API calls, rate-limit hits, outcome).
Failures change nothing already stored: revoked access marks the connection and tells the
athlete once; anything else is recorded and tried again at the next sync.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.coach.briefs.model import BriefSession
from bot.coach.briefs.schedule import occurrences_between, zone_for
from bot.coach.ingest.remote import parsed_activity, wellness_values
from bot.coach.planning import Session, SessionSport, Thresholds, Units
from bot.coach.planning.export_fit import workout_to_fit
from bot.coach.profile.timezones import local_now
from bot.coach.services.activities import ActivityService, SyncedResult
from bot.coach.services.deliveries import DeliveryService
from bot.coach.services.integrations import (
    DEFAULT_HISTORY_MONTHS,
    ConnectError,
    IntegrationService,
)
from bot.coach.services.plans import PlanService, PlanUnavailableError
from bot.coach.services.wellness import WellnessService
from bot.domain.activities import ActivitySource
from bot.domain.athletes import Athlete
from bot.domain.integrations import (
    Integration,
    IntegrationStatus,
    Provider,
    RunKind,
    RunStatus,
)
from bot.integrations.connectors import Connectors
from bot.integrations.errors import AccessRevoked, IntegrationError, NotFound
from bot.integrations.http import CallStats
from bot.integrations.intervals import IntervalsClient
from bot.integrations.records import PlannedEvent, RemoteActivity, RemoteStreams
from bot.integrations.strava import StravaClient, start_of
from bot.storage.repositories import AthleteRepository, IntegrationRepository
from bot.storage.unit_of_work import transaction

log = logging.getLogger(__name__)
ClientT = TypeVar("ClientT", IntervalsClient, StravaClient)

RECENT_OVERLAP = timedelta(days=3)  # a sync re-reads the last days (late uploads, edits)
WELLNESS_RECENT_DAYS = 7
EXPORT_DAYS = 14  # planned sessions written ahead to the calendar
PROGRESS_EVERY = 10  # activities between progress updates (and at most every 3 s)
PROGRESS_SECONDS = 3.0
BEFORE_BRIEF = timedelta(minutes=15)
# A new connection waits this long for the athlete to choose its history before routine
# syncs start (bot/handlers/connect.py asks right after connecting).
AWAIT_HISTORY_CHOICE = timedelta(days=1)
_SOURCES = {Provider.INTERVALS: ActivitySource.INTERVALS, Provider.STRAVA: ActivitySource.STRAVA}
_EXPORT_TYPES = {
    SessionSport.BIKE: "Ride",
    SessionSport.RUN: "Run",
    SessionSport.SWIM: "Swim",
    SessionSport.STRENGTH: "WeightTraining",
    SessionSport.BRICK: "Ride",
}


@dataclass(frozen=True, slots=True)
class SyncProgress:
    provider: Provider
    done: int
    total: int
    stored: int = 0
    duplicates: int = 0
    wellness_days: int = 0
    finished: bool = False
    error: str | None = None  # a ``sync-error-<code>`` when the run failed


@dataclass
class SyncReport:
    provider: Provider
    status: RunStatus = RunStatus.OK
    stored: int = 0
    duplicates: int = 0
    known: int = 0
    skipped: int = 0  # stubs (intervals.icu's Strava copies) and activities gone meanwhile
    wellness_days: int = 0
    exported: int = 0
    removed: int = 0
    error: str | None = None
    stats: CallStats = field(default_factory=CallStats)


Progress = Callable[[SyncProgress], Awaitable[None]]
SessionWords = Callable[[Athlete, Units, Session, Thresholds], BriefSession]


async def _no_progress(_: SyncProgress) -> None:
    return None


def _no_wake() -> None:
    return None


class SyncService:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        clock: Clock,
        connectors: Connectors,
        *,
        words: SessionWords | None = None,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._connectors = connectors
        self._words = words
        # Notices to athletes go through the delivery outbox, in the transaction that
        # decided them; this wakes the outbox's sender (set by the composition root).
        self.on_notice: Callable[[], None] = _no_wake

    async def intervals_event(self, event: dict[str, Any]) -> int | None:
        """One event of intervals.icu's webhook, logged; the athlete to sync, if known."""
        external = str(event.get("athlete_id", ""))
        async with transaction(self._factory) as session:
            repo = IntegrationRepository(session)
            found = await repo.by_external(Provider.INTERVALS, external)
            event_id = await repo.log_event(
                Provider.INTERVALS,
                owner_id=external,
                object_type=str(event.get("type", "")),
                object_id=None,
                aspect="event",
                payload=event,
                now=self._clock.now(),
            )
            outcome = "sync" if found is not None else "unknown_athlete"
            await repo.event_done(event_id, outcome, self._clock.now())
        return found.athlete_id if found is not None else None

    # -- what is due -------------------------------------------------------------------

    async def due(self, now: datetime) -> list[tuple[int, Provider]]:
        """The connections to sync at ``now``: each once an hour at its own minute, and
        each ``BEFORE_BRIEF`` before its athlete's morning brief, so the brief reads the
        morning's HRV, resting HR and sleep."""
        minute = now.replace(second=0, microsecond=0)
        async with transaction(self._factory) as session:
            repo = IntegrationRepository(session)
            hourly = await repo.due(minute.minute, stale_before=now - timedelta(minutes=50))
            briefs = await repo.active_with_brief_times()
        due = {(i.athlete_id, i.provider) for i in hourly if self._routine(i, now)}
        window = (minute + BEFORE_BRIEF - timedelta(minutes=1), minute + BEFORE_BRIEF)
        for integration, zone, at in briefs:
            if self._routine(integration, now) and occurrences_between(
                *window, zone_for(zone), at
            ):
                due.add((integration.athlete_id, integration.provider))
        return sorted(due)

    @staticmethod
    def _routine(integration: Integration, now: datetime) -> bool:
        """Whether routine syncs run for it: not in the first day of a connection that
        has never synced — its history import waits for the athlete's choice of how far
        back (a routine sync would take the default window and hold the import up)."""
        return integration.last_sync_at is not None or (
            now - integration.created_at >= AWAIT_HISTORY_CHOICE
        )

    # -- runs --------------------------------------------------------------------------

    async def run(
        self,
        athlete_id: int,
        provider: Provider,
        kind: RunKind,
        *,
        months: int | None = None,
        progress: Progress = _no_progress,
    ) -> SyncReport:
        """Import ``months`` of history (``kind`` IMPORT) or catch up since the last sync.
        Never raises for a service's failure: the report and ``sync_runs`` say what
        happened, and the connection shows it in /connect."""
        report = SyncReport(provider)
        async with transaction(self._factory) as session:
            repo = IntegrationRepository(session)
            integration = await repo.get(athlete_id, provider)
            athlete = await AthleteRepository(session).get(athlete_id)
            if integration is None or athlete is None:
                report.status, report.error = RunStatus.FAILED, "not_connected"
                return report
            if integration.status is not IntegrationStatus.ACTIVE:
                report.status, report.error = RunStatus.FAILED, "revoked"
                return report
            run_id = await repo.start_run(integration.id, kind, self._clock.now())
        started = self._clock.now()
        http = (
            self._connectors.intervals.http
            if provider is Provider.INTERVALS
            else self._connectors.strava.http
        )
        calls_before = (http.stats.calls, http.stats.rate_limited)
        oldest = self._oldest(athlete, integration, kind, months)
        try:
            if provider is Provider.INTERVALS:
                await self._intervals(athlete, integration, oldest, report, progress)
            else:
                await self._strava(athlete, integration, oldest, report, progress)
        except AccessRevoked:
            report.status, report.error = RunStatus.FAILED, "revoked"
        except IntegrationError as error:
            report.status, report.error = RunStatus.FAILED, error.code
            log.warning("%s sync of athlete %s failed: %s", provider, athlete_id, error)
        except ConnectError as error:
            report.status, report.error = RunStatus.FAILED, error.code
        report.stats = CallStats(
            http.stats.calls - calls_before[0], http.stats.rate_limited - calls_before[1]
        )
        await self._finish(integration, run_id, report, started)
        await progress(
            SyncProgress(
                provider,
                done=report.stored + report.duplicates + report.known + report.skipped,
                total=report.stored + report.duplicates + report.known + report.skipped,
                stored=report.stored,
                duplicates=report.duplicates,
                wellness_days=report.wellness_days,
                finished=True,
                error=report.error,
            )
        )
        return report

    def _oldest(
        self, athlete: Athlete, integration: Integration, kind: RunKind, months: int | None
    ) -> date:
        today = local_now(athlete.timezone, self._clock.now()).date()
        if kind is RunKind.IMPORT or integration.synced_until is None:
            # The months the athlete chose; the default history for a first sync
            # started otherwise (sync now, or no choice within a day).
            return today - timedelta(days=round(30.44 * (months or DEFAULT_HISTORY_MONTHS)))
        return integration.synced_until.date() - RECENT_OVERLAP

    async def _finish(
        self, integration: Integration, run_id: int, report: SyncReport, started: datetime
    ) -> None:
        now = self._clock.now()
        async with transaction(self._factory) as session:
            repo = IntegrationRepository(session)
            await repo.finish_run(
                run_id,
                status=report.status,
                now=now,
                activities=report.stored,
                wellness_days=report.wellness_days,
                api_calls=report.stats.calls,
                rate_limited=report.stats.rate_limited,
                error=report.error,
            )
            values: dict[str, Any] = {
                "last_sync_at": now,
                "last_sync_status": report.error or report.status.value,
            }
            if report.status is RunStatus.OK:
                values["synced_until"] = started
                values["last_error"] = None
            else:
                values["last_error"] = report.error
            revoked = report.error == "revoked"
            if revoked:
                values["status"] = IntegrationStatus.REVOKED.value
                values["revoked_notice_sent"] = True
            await repo.update(integration.id, now=now, **values)
            athlete = await AthleteRepository(session).get(integration.athlete_id)
            told = False
            if revoked and not integration.revoked_notice_sent and athlete is not None:
                told = await DeliveryService(session, self._clock).enqueue_notice(
                    athlete, f"sync-revoked-{integration.provider}", subject=integration.provider
                )
        if told:
            self.on_notice()

    async def _opened(
        self,
        integration: Integration,
        open_client: Callable[[IntegrationService], Awaitable[ClientT]],
    ) -> tuple[ClientT, set[str]]:
        """A client with the connection's secrets opened (rotated or refreshed tokens
        stored back), and the service ids of the activities it brought already."""
        async with transaction(self._factory) as session:
            client = await open_client(IntegrationService(session, self._clock, self._connectors))
            known = await IntegrationRepository(session).synced_external_ids(
                integration.athlete_id, _SOURCES[integration.provider]
            )
        return client, known

    # -- intervals.icu -----------------------------------------------------------------

    async def _intervals(
        self,
        athlete: Athlete,
        integration: Integration,
        oldest: date,
        report: SyncReport,
        progress: Progress,
    ) -> None:
        client, known = await self._opened(
            integration, lambda service: service.intervals_client(integration)
        )
        today = local_now(athlete.timezone, self._clock.now()).date()
        remote = await client.activities(oldest, today + timedelta(days=1))
        remote.sort(key=lambda a: a.start_time)
        await self._store_all(
            athlete,
            Provider.INTERVALS,
            remote,
            known,
            client=client,
            report=report,
            progress=progress,
        )
        days = await client.wellness(oldest, today)
        for chunk_start in range(0, len(days), 60):
            async with transaction(self._factory) as session:
                wellness = WellnessService(session, self._clock)
                for day in days[chunk_start : chunk_start + 60]:
                    values = wellness_values(day)
                    if values and await wellness.merge_synced(
                        athlete.id, day.day, values, source=Provider.INTERVALS.value
                    ):
                        report.wellness_days += 1
        if integration.export_plans:
            await self._export(athlete, integration, client, report)

    async def _store_all(
        self,
        athlete: Athlete,
        provider: Provider,
        remote: list[RemoteActivity],
        known: set[str],
        *,
        client: IntervalsClient | StravaClient,
        report: SyncReport,
        progress: Progress,
    ) -> None:
        total = len(remote)
        last_emit = self._clock.monotonic()
        await progress(SyncProgress(provider, 0, total))
        # The next activity's streams are fetched while this one is scored and stored
        # (the service's answer and our CPU overlap): two activities' streams in memory
        # at most, and still stored one at a time, oldest first.
        ahead: asyncio.Task[RemoteStreams | None] | None = None
        try:
            for index, activity in enumerate(remote, start=1):
                streams = await (ahead or self._streams(client, activity, known))
                ahead = None
                if index < total:
                    ahead = asyncio.create_task(self._streams(client, remote[index], known))
                await self._store_one(
                    athlete, provider, activity, known, client=client, report=report,
                    streams=streams,
                )  # fmt: skip
                last_emit = await self._progress(
                    progress, provider, index=index, total=total, report=report,
                    last_emit=last_emit,
                )  # fmt: skip
        finally:
            if ahead is not None:  # a failure above: the fetch ahead is not wanted
                ahead.cancel()
                await asyncio.gather(ahead, return_exceptions=True)

    async def _progress(
        self,
        progress: Progress,
        provider: Provider,
        *,
        index: int,
        total: int,
        report: SyncReport,
        last_emit: float,
    ) -> float:
        """Tell how far the run got every ``PROGRESS_EVERY`` activities or seconds; the
        time of the last word."""
        now = self._clock.monotonic()
        if index % PROGRESS_EVERY and now - last_emit < PROGRESS_SECONDS:
            return last_emit
        await progress(
            SyncProgress(
                provider, index, total, stored=report.stored, duplicates=report.duplicates
            )
        )
        return now

    @staticmethod
    async def _streams(
        client: IntervalsClient | StravaClient, activity: RemoteActivity, known: set[str]
    ) -> RemoteStreams | None:
        """The activity's streams, if it will be stored and has any."""
        if activity.stub or activity.external_id in known or not activity.has_streams:
            return None
        try:
            return await client.streams(activity.external_id)
        except NotFound:
            return None  # deleted meanwhile, or no streams: the summary still counts

    async def _store_one(
        self,
        athlete: Athlete,
        provider: Provider,
        activity: RemoteActivity,
        known: set[str],
        *,
        client: IntervalsClient | StravaClient,
        report: SyncReport,
        streams: RemoteStreams | None = None,
    ) -> None:
        """Store one activity with its ``streams`` (fetched here when not given)."""
        if activity.stub:
            report.skipped += 1
            return
        if activity.external_id in known:
            report.known += 1
            return
        if streams is None:
            streams = await self._streams(client, activity, known)
        parsed, warnings = parsed_activity(provider.value, activity, streams)
        async with transaction(self._factory) as session:
            outcome = await ActivityService(session, self._clock).store_synced(
                athlete,
                parsed,
                source=_SOURCES[provider],
                external_id=activity.external_id,
                device=activity.device,
                warnings=warnings,
                service_load=activity.service_load,
            )
        if outcome.result is SyncedResult.STORED:
            report.stored += 1
        elif outcome.result is SyncedResult.DUPLICATE:
            report.duplicates += 1
        else:
            report.known += 1

    # -- Strava ------------------------------------------------------------------------

    async def _strava(
        self,
        athlete: Athlete,
        integration: Integration,
        oldest: date,
        report: SyncReport,
        progress: Progress,
    ) -> None:
        client, known = await self._opened(
            integration, lambda service: service.strava_client(integration)
        )
        remote: list[RemoteActivity] = []
        page = 1
        while True:
            batch = await client.activities(start_of(oldest), page)
            remote.extend(batch)
            if len(batch) < 100 or client.usage.near_limit:
                break
            page += 1
        remote.sort(key=lambda a: a.start_time)
        await self._store_all(
            athlete,
            Provider.STRAVA,
            remote,
            known,
            client=client,
            report=report,
            progress=progress,
        )

    async def strava_event(self, event: dict[str, Any]) -> str:
        """One webhook event from Strava (logged first). Returns what was done."""
        owner = str(event.get("owner_id", ""))
        object_type = str(event.get("object_type", ""))
        aspect = str(event.get("aspect_type", ""))
        object_id = str(event.get("object_id", "")) or None
        async with transaction(self._factory) as session:
            repo = IntegrationRepository(session)
            event_id = await repo.log_event(
                Provider.STRAVA,
                owner_id=owner,
                object_type=object_type,
                object_id=object_id,
                aspect=aspect,
                payload=event,
                now=self._clock.now(),
            )
            integration = await repo.by_external(Provider.STRAVA, owner)
        outcome = "unknown_athlete"
        if integration is not None:
            outcome = await self._strava_apply(integration, object_type, aspect, object_id, event)
        async with transaction(self._factory) as session:
            await IntegrationRepository(session).event_done(event_id, outcome, self._clock.now())
        return outcome

    async def _strava_apply(
        self,
        integration: Integration,
        object_type: str,
        aspect: str,
        object_id: str | None,
        event: dict[str, Any],
    ) -> str:
        athlete_id = integration.athlete_id
        updates = event.get("updates") if isinstance(event.get("updates"), dict) else {}
        assert isinstance(updates, dict)
        if object_type == "athlete" and str(updates.get("authorized")) == "false":
            async with transaction(self._factory) as session:
                service = IntegrationService(session, self._clock, self._connectors)
                removed = await service.purge_strava(athlete_id)
                await IntegrationRepository(session).delete(integration.id)
                athlete = await AthleteRepository(session).get(athlete_id)
                told = athlete is not None and await DeliveryService(
                    session, self._clock
                ).enqueue_notice(athlete, "sync-strava-deauthorized", subject=Provider.STRAVA)
            log.info("strava deauthorised athlete %s: %s activities deleted", athlete_id, removed)
            if told:
                self.on_notice()
            return "deauthorized"
        if object_type != "activity" or object_id is None:
            return "ignored"
        if aspect == "delete":
            async with transaction(self._factory) as session:
                deleted = await ActivityService(session, self._clock).delete_synced(
                    athlete_id, ActivitySource.STRAVA, object_id
                )
            return "deleted" if deleted else "absent"
        async with transaction(self._factory) as session:
            athlete = await AthleteRepository(session).get(athlete_id)
            try:
                client = await IntegrationService(
                    session, self._clock, self._connectors
                ).strava_client(integration)
            except IntegrationError as error:
                return error.code
        if athlete is None:
            return "unknown_athlete"
        try:
            activity = await client.activity(object_id)
        except IntegrationError as error:
            return error.code
        if aspect == "update":
            async with transaction(self._factory) as session:
                await ActivityService(session, self._clock).delete_synced(
                    athlete_id, ActivitySource.STRAVA, object_id
                )
        report = SyncReport(Provider.STRAVA)
        try:
            await self._store_one(
                athlete, Provider.STRAVA, activity, set(), client=client, report=report
            )
        except IntegrationError as error:
            return error.code
        return "stored" if report.stored else "duplicate"

    # -- planned workouts out ----------------------------------------------------------

    async def export_plans(self, athlete_id: int) -> SyncReport:
        """Write the coming two weeks' sessions to the intervals.icu calendar now."""
        report = SyncReport(Provider.INTERVALS)
        async with transaction(self._factory) as session:
            integration = await IntegrationRepository(session).get(athlete_id, Provider.INTERVALS)
            athlete = await AthleteRepository(session).get(athlete_id)
            if integration is None or athlete is None:
                report.status, report.error = RunStatus.FAILED, "not_connected"
                return report
            client = await IntegrationService(
                session, self._clock, self._connectors
            ).intervals_client(integration)
        try:
            await self._export(athlete, integration, client, report)
        except IntegrationError as error:
            report.status, report.error = RunStatus.FAILED, error.code
        return report

    async def remove_exports(self, athlete_id: int) -> int:
        """Take every planned workout we wrote off the calendar (export turned off)."""
        async with transaction(self._factory) as session:
            repo = IntegrationRepository(session)
            integration = await repo.get(athlete_id, Provider.INTERVALS)
            if integration is None:
                return 0
            client = await IntegrationService(
                session, self._clock, self._connectors
            ).intervals_client(integration)
            written = await repo.exports(integration.id)
        ids = sorted(written)
        await client.delete_events(ids)
        async with transaction(self._factory) as session:
            await IntegrationRepository(session).drop_exports(integration.id, ids)
        return len(ids)

    async def _export(
        self,
        athlete: Athlete,
        integration: Integration,
        client: IntervalsClient,
        report: SyncReport,
    ) -> None:
        if self._words is None:
            return
        async with transaction(self._factory) as session:
            plans = PlanService(session, self._clock)
            try:
                context, sessions = await plans.upcoming(athlete, EXPORT_DAYS)
            except PlanUnavailableError:
                context, sessions = None, ()
            written = await IntegrationRepository(session).exports(integration.id)
        events: dict[str, tuple[PlannedEvent, str]] = {}
        if context is not None:
            for tracked_session in sessions:
                if tracked_session.outcome.status.value != "pending":
                    continue
                event = self._event(athlete, context.units, tracked_session.session, context)
                digest = hashlib.sha256(
                    json.dumps(event_digest_fields(event), sort_keys=True).encode()
                ).hexdigest()
                events[event.external_id] = (event, digest)
        today = context.today if context is not None else self._clock.now().date()
        changed = [e for key, (e, d) in events.items() if written.get(key, (None, ""))[1] != d]
        gone = [key for key, (day, _) in written.items() if key not in events and day >= today]
        await client.upsert_events(changed)
        await client.delete_events(gone)
        async with transaction(self._factory) as session:
            repo = IntegrationRepository(session)
            for event in changed:
                await repo.set_export(
                    integration.id, event.external_id, event.day, events[event.external_id][1],
                    self._clock.now(),
                )  # fmt: skip
            await repo.drop_exports(integration.id, gone)
        report.exported += len(changed)
        report.removed += len(gone)

    def _event(
        self, athlete: Athlete, units: Units, session: Session, context: Any
    ) -> PlannedEvent:
        assert self._words is not None
        words = self._words(athlete, units, session, context.thresholds)
        file_name = file_b64 = None
        if session.sport in (SessionSport.BIKE, SessionSport.RUN):
            named = replace(session, title=words.title, objective=words.title)
            data = workout_to_fit(named, context.thresholds, name=words.title)
            file_name = f"tempo-{session.date.isoformat()}-{session.sport.value}.fit"
            file_b64 = base64.b64encode(data).decode("ascii")
        return PlannedEvent(
            external_id=f"tempo-{athlete.id}-{session.date.isoformat()}-{session.order}",
            day=session.date,
            name=words.title,
            sport_type=_EXPORT_TYPES.get(session.sport, "Workout"),
            description=words.targets,
            moving_s=session.duration_s,
            load=session.load,
            file_name=file_name,
            file_base64=file_b64,
        )


def event_digest_fields(event: PlannedEvent) -> dict[str, Any]:
    return {
        "day": event.day.isoformat(),
        "name": event.name,
        "type": event.sport_type,
        "description": event.description,
        "moving_s": event.moving_s,
        "load": event.load,
        "file": hashlib.sha256((event.file_base64 or "").encode()).hexdigest(),
    }
