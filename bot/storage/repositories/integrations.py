"""Integrations, sync runs, webhook events and planned exports: never commit."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.activities import ActivitySource
from bot.domain.integrations import (
    AuthKind,
    Integration,
    IntegrationStatus,
    Provider,
    RunKind,
    RunStatus,
    SyncRun,
)
from bot.storage.models import (
    ActivityRow,
    AthleteProfileRow,
    AthleteRow,
    IntegrationRow,
    PlannedExportRow,
    SyncRunRow,
    WebhookEventRow,
)


def _integration(row: IntegrationRow) -> Integration:
    return Integration(
        id=row.id,
        athlete_id=row.athlete_id,
        provider=Provider(row.provider),
        external_athlete_id=row.external_athlete_id,
        auth_kind=AuthKind(row.auth_kind),
        secret=row.secret,
        refresh=row.refresh,
        expires_at=row.expires_at,
        status=IntegrationStatus(row.status),
        export_plans=row.export_plans,
        sync_minute=row.sync_minute,
        synced_until=row.synced_until,
        last_sync_at=row.last_sync_at,
        last_sync_status=row.last_sync_status,
        last_error=row.last_error,
        revoked_notice_sent=row.revoked_notice_sent,
        created_at=row.created_at,
    )


def _run(row: SyncRunRow) -> SyncRun:
    return SyncRun(
        id=row.id,
        integration_id=row.integration_id,
        kind=RunKind(row.kind),
        status=RunStatus(row.status),
        started_at=row.started_at,
        finished_at=row.finished_at,
        activities=row.activities,
        wellness_days=row.wellness_days,
        api_calls=row.api_calls,
        rate_limited=row.rate_limited,
        error=row.error,
    )


class IntegrationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- connections -------------------------------------------------------------------

    async def save(
        self,
        athlete_id: int,
        provider: Provider,
        *,
        external_athlete_id: str,
        auth_kind: AuthKind,
        secret: str,
        refresh: str | None,
        expires_at: datetime | None,
        sync_minute: int,
        now: datetime,
    ) -> Integration:
        """Create the connection, or reconnect it (new secrets, active again)."""
        row = await self._row(athlete_id, provider)
        if row is None:
            row = IntegrationRow(
                athlete_id=athlete_id,
                provider=provider.value,
                export_plans=True,
                created_at=now,
            )
            self._session.add(row)
        row.external_athlete_id = external_athlete_id
        row.auth_kind = auth_kind.value
        row.secret = secret
        row.refresh = refresh
        row.expires_at = expires_at
        row.status = IntegrationStatus.ACTIVE.value
        row.sync_minute = sync_minute
        row.revoked_notice_sent = False
        row.last_error = None
        row.updated_at = now
        await self._session.flush()
        return _integration(row)

    async def get(self, athlete_id: int, provider: Provider) -> Integration | None:
        row = await self._row(athlete_id, provider)
        return _integration(row) if row else None

    async def by_id(self, integration_id: int) -> Integration | None:
        row = await self._session.get(IntegrationRow, integration_id)
        return _integration(row) if row else None

    async def of_athlete(self, athlete_id: int) -> list[Integration]:
        rows = await self._session.scalars(
            select(IntegrationRow)
            .where(IntegrationRow.athlete_id == athlete_id)
            .order_by(IntegrationRow.provider)
        )
        return [_integration(row) for row in rows]

    async def by_external(self, provider: Provider, external_id: str) -> Integration | None:
        row = await self._session.scalar(
            select(IntegrationRow).where(
                IntegrationRow.provider == provider.value,
                IntegrationRow.external_athlete_id == external_id,
            )
        )
        return _integration(row) if row else None

    async def due(self, minute: int, *, stale_before: datetime) -> list[Integration]:
        """Active connections whose hourly minute it is and not synced since
        ``stale_before``."""
        rows = await self._session.scalars(
            select(IntegrationRow)
            .where(
                IntegrationRow.status == IntegrationStatus.ACTIVE.value,
                IntegrationRow.sync_minute == minute,
                or_(
                    IntegrationRow.last_sync_at.is_(None),
                    IntegrationRow.last_sync_at < stale_before,
                ),
            )
            .order_by(IntegrationRow.id)
        )
        return [_integration(row) for row in rows]

    async def active_with_brief_times(self) -> list[tuple[Integration, str, time]]:
        """Every active connection with its athlete's timezone and brief time (for the
        sync shortly before the morning brief)."""
        rows = await self._session.execute(
            select(IntegrationRow, AthleteRow.timezone, AthleteProfileRow.brief_time)
            .join(AthleteRow, AthleteRow.id == IntegrationRow.athlete_id)
            .join(AthleteProfileRow, AthleteProfileRow.athlete_id == IntegrationRow.athlete_id)
            .where(IntegrationRow.status == IntegrationStatus.ACTIVE.value)
        )
        return [(_integration(row), zone, at) for row, zone, at in rows.all()]

    async def active_of(self, athlete_ids: list[int]) -> list[Integration]:
        if not athlete_ids:
            return []
        rows = await self._session.scalars(
            select(IntegrationRow).where(
                IntegrationRow.athlete_id.in_(athlete_ids),
                IntegrationRow.status == IntegrationStatus.ACTIVE.value,
            )
        )
        return [_integration(row) for row in rows]

    async def update(self, integration_id: int, *, now: datetime, **values: Any) -> None:
        await self._session.execute(
            update(IntegrationRow)
            .where(IntegrationRow.id == integration_id)
            .values(updated_at=now, **values)
        )

    async def delete(self, integration_id: int) -> None:
        await self._session.execute(
            delete(IntegrationRow).where(IntegrationRow.id == integration_id)
        )

    # -- runs ----------------------------------------------------------------------------

    async def start_run(self, integration_id: int, kind: RunKind, now: datetime) -> int:
        row = SyncRunRow(
            integration_id=integration_id,
            kind=kind.value,
            status=RunStatus.RUNNING.value,
            started_at=now,
            activities=0,
            wellness_days=0,
            api_calls=0,
            rate_limited=0,
        )
        self._session.add(row)
        await self._session.flush()
        return row.id

    async def finish_run(
        self,
        run_id: int,
        *,
        status: RunStatus,
        now: datetime,
        activities: int,
        wellness_days: int,
        api_calls: int,
        rate_limited: int,
        error: str | None = None,
    ) -> None:
        await self._session.execute(
            update(SyncRunRow)
            .where(SyncRunRow.id == run_id)
            .values(
                status=status.value,
                finished_at=now,
                activities=activities,
                wellness_days=wellness_days,
                api_calls=api_calls,
                rate_limited=rate_limited,
                error=error[:255] if error else None,
            )
        )

    async def runs(self, integration_id: int, limit: int = 10) -> list[SyncRun]:
        rows = await self._session.scalars(
            select(SyncRunRow)
            .where(SyncRunRow.integration_id == integration_id)
            .order_by(SyncRunRow.started_at.desc(), SyncRunRow.id.desc())
            .limit(limit)
        )
        return [_run(row) for row in rows]

    # -- webhook events ------------------------------------------------------------------

    async def log_event(
        self,
        provider: Provider,
        *,
        owner_id: str,
        object_type: str,
        object_id: str | None,
        aspect: str,
        payload: dict[str, Any],
        now: datetime,
    ) -> int:
        row = WebhookEventRow(
            provider=provider.value,
            owner_id=owner_id[:64],
            object_type=object_type[:32],
            object_id=object_id[:64] if object_id else None,
            aspect=aspect[:32],
            payload=payload,
            received_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return row.id

    async def event_done(self, event_id: int, outcome: str, now: datetime) -> None:
        await self._session.execute(
            update(WebhookEventRow)
            .where(WebhookEventRow.id == event_id)
            .values(processed_at=now, outcome=outcome[:32])
        )

    # -- planned exports -----------------------------------------------------------------

    async def exports(self, integration_id: int) -> dict[str, tuple[date, str]]:
        """Our external id -> (day, digest) of what is on the service's calendar."""
        rows = await self._session.execute(
            select(
                PlannedExportRow.external_id, PlannedExportRow.day, PlannedExportRow.digest
            ).where(PlannedExportRow.integration_id == integration_id)
        )
        return {external: (day, digest) for external, day, digest in rows.all()}

    async def set_export(
        self, integration_id: int, external_id: str, day: date, digest: str, now: datetime
    ) -> None:
        row = await self._session.scalar(
            select(PlannedExportRow).where(
                PlannedExportRow.integration_id == integration_id,
                PlannedExportRow.external_id == external_id,
            )
        )
        if row is None:
            row = PlannedExportRow(integration_id=integration_id, external_id=external_id)
            self._session.add(row)
        row.day = day
        row.digest = digest
        row.exported_at = now
        await self._session.flush()

    async def drop_exports(self, integration_id: int, external_ids: list[str]) -> None:
        if external_ids:
            await self._session.execute(
                delete(PlannedExportRow).where(
                    PlannedExportRow.integration_id == integration_id,
                    PlannedExportRow.external_id.in_(external_ids),
                )
            )

    # -- the activities a connection brought -------------------------------------------

    async def synced_activity_id(
        self, athlete_id: int, source: ActivitySource, external_id: str
    ) -> int | None:
        return await self._session.scalar(
            select(ActivityRow.id).where(
                ActivityRow.athlete_id == athlete_id,
                ActivityRow.source == source.value,
                ActivityRow.external_id == external_id,
            )
        )

    async def synced_external_ids(self, athlete_id: int, source: ActivitySource) -> set[str]:
        rows = await self._session.scalars(
            select(ActivityRow.external_id).where(
                ActivityRow.athlete_id == athlete_id,
                ActivityRow.source == source.value,
                ActivityRow.external_id.is_not(None),
            )
        )
        return {row for row in rows if row is not None}

    async def activity_ids_from(self, athlete_id: int, source: ActivitySource) -> list[int]:
        rows = await self._session.scalars(
            select(ActivityRow.id).where(
                ActivityRow.athlete_id == athlete_id, ActivityRow.source == source.value
            )
        )
        return list(rows)

    async def _row(self, athlete_id: int, provider: Provider) -> IntegrationRow | None:
        return await self._session.scalar(
            select(IntegrationRow).where(
                IntegrationRow.athlete_id == athlete_id,
                IntegrationRow.provider == provider.value,
            )
        )
