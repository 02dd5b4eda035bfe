"""The delivery outbox and brief preferences: add, claim and record, never commit.

Claims are atomic. On PostgreSQL the candidate rows are locked ``FOR UPDATE SKIP
LOCKED``, so two workers each take different rows without waiting on each other
(https://www.postgresql.org/docs/current/sql-select.html#SQL-FOR-UPDATE-SHARE). Under
READ COMMITTED a row locked by an uncommitted renewal or record is skipped, and a row one
of them changed after the claim's snapshot is re-checked on its newest version before it
is locked (https://www.postgresql.org/docs/current/transaction-iso.html#XACT-READ-COMMITTED),
so a claim renewed meanwhile is never taken; the ``UPDATE`` repeats the condition too.
SQLite has one writer at a time and an ``UPDATE … RETURNING`` holds the write lock from its
first read to its last write, so a claim that opens its transaction sees every earlier
claim and no later one can interleave (https://www.sqlite.org/lang_transaction.html).

Every record of an outcome and every renewal is one conditional ``UPDATE`` on the row's
id, ``status = sending`` and the claim's token: the first writer wins, and a sender whose
claim was taken over changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, func, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.athletes import AthleteStatus
from bot.domain.deliveries import (
    OPEN_STATUSES,
    BriefPreferences,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    NewDelivery,
    PauseReason,
    PushRecipient,
    ScheduleEntry,
)
from bot.storage.models import AthleteProfileRow, AthleteRow, BriefPreferenceRow, DeliveryRow
from bot.storage.repositories.athletes import athlete_from_row
from bot.storage.repositories.profiles import profile_from_row
from bot.storage.sqlite_dialect import IN_EVENT_LOOP

_ATHLETES = AthleteRow.__table__
_PROFILES = AthleteProfileRow.__table__
_PREFERENCES = BriefPreferenceRow.__table__
# Prebuilt Core, as the update's first read (athletes.py).
_PREFERENCES_OF = (
    select(*_PREFERENCES.c)
    .where(_PREFERENCES.c.athlete_id == bindparam("athlete_id"))
    .execution_options(**{IN_EVENT_LOOP: True})
)
_PREFERENCE = "preference_"
_PROFILE = "profile_"
# Every push starts with its recipient: the athlete, their push preferences and their
# profile in one statement (three primary-key lookups), prefixed apart.
_RECIPIENT = (
    select(
        *_ATHLETES.c,
        *(c.label(_PREFERENCE + c.key) for c in _PREFERENCES.c),
        *(c.label(_PROFILE + c.key) for c in _PROFILES.c),
    )
    .select_from(
        _ATHLETES.outerjoin(_PREFERENCES, _PREFERENCES.c.athlete_id == _ATHLETES.c.id).outerjoin(
            _PROFILES, _PROFILES.c.athlete_id == _ATHLETES.c.id
        )
    )
    .where(_ATHLETES.c.id == bindparam("athlete_id"))
    .execution_options(**{IN_EVENT_LOOP: True})
)


class _Prefixed:
    """One table's columns of a joined row, by their own names."""

    __slots__ = ("_row", "_prefix")

    def __init__(self, row: Any, prefix: str) -> None:
        self._row = row
        self._prefix = prefix

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, self._prefix + name)


# Rows per INSERT: well under SQLite's 32,766 bound parameters at 16 columns a row.
INSERT_CHUNK = 500


def _delivery(row: DeliveryRow) -> Delivery:
    return Delivery(
        id=row.id,
        kind=DeliveryKind(row.kind),
        recipient=row.recipient,
        chat_id=row.chat_id,
        athlete_id=row.athlete_id,
        local_date=row.local_date,
        due_at=row.due_at,
        status=DeliveryStatus(row.status),
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        telegram_message_id=row.telegram_message_id,
        error=row.error,
        payload=dict(row.payload or {}),
        sent_at=row.sent_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        claim_token=row.claim_token,
    )


def _open_and_due(now: datetime) -> ColumnElement[bool]:
    # A pending row whose time has come, or a claimed one whose claim ran out (its sender
    # stopped mid-way): ``next_attempt_at`` is the claim's expiry while sending.
    return and_(
        DeliveryRow.status.in_([status.value for status in OPEN_STATUSES]),
        DeliveryRow.next_attempt_at <= now,
    )


class DeliveryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- scheduling ----------------------------------------------------------------

    async def schedule_entries(self) -> list[ScheduleEntry]:
        """Every athlete who should get pushes: active, reachable in a private chat,
        onboarded, and with pushes on."""
        result = await self._session.execute(
            select(
                AthleteRow.id,
                AthleteRow.chat_id,
                AthleteRow.timezone,
                AthleteProfileRow.brief_time,
                AthleteProfileRow.onboarding_completed_at,
                BriefPreferenceRow.quiet_weekdays,
                func.coalesce(BriefPreferenceRow.evening_reminder, true()).label("reminder"),
            )
            .join(AthleteProfileRow, AthleteProfileRow.athlete_id == AthleteRow.id)
            .outerjoin(BriefPreferenceRow, BriefPreferenceRow.athlete_id == AthleteRow.id)
            .where(
                AthleteRow.status == AthleteStatus.ACTIVE.value,
                AthleteRow.chat_id.is_not(None),
                AthleteProfileRow.onboarding_completed_at.is_not(None),
                func.coalesce(BriefPreferenceRow.briefs_enabled, true()),
            )
        )
        return [
            ScheduleEntry(
                athlete_id=row.id,
                chat_id=row.chat_id,
                timezone=row.timezone,
                brief_time=row.brief_time,
                quiet_weekdays=tuple(int(day) for day in row.quiet_weekdays or ()),
                since=row.onboarding_completed_at,
                evening_reminder=bool(row.reminder),
            )
            for row in result
        ]

    async def existing_keys(self, since: datetime) -> set[tuple[DeliveryKind, str, date]]:
        """(kind, recipient, local date) of every row due at or after ``since``."""
        result = await self._session.execute(
            select(DeliveryRow.kind, DeliveryRow.recipient, DeliveryRow.local_date).where(
                DeliveryRow.due_at >= since
            )
        )
        return {(DeliveryKind(row.kind), row.recipient, row.local_date) for row in result}

    async def add_new(self, items: Sequence[NewDelivery], *, now: datetime) -> list[int]:
        """Insert the rows whose key is not taken yet; returns the ids inserted. A key
        another worker inserted first is skipped by the database, not raised."""
        if not items:
            return []
        dialect = self._session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        inserted: list[int] = []
        for start in range(0, len(items), INSERT_CHUNK):
            chunk = items[start : start + INSERT_CHUNK]
            statement = (
                insert(DeliveryRow)
                .values([_new_row(item, now) for item in chunk])
                .on_conflict_do_nothing(index_elements=["recipient", "kind", "local_date"])
                .returning(DeliveryRow.id)
            )
            inserted.extend((await self._session.scalars(statement)).all())
        return inserted

    # -- sending -------------------------------------------------------------------

    async def expire_overdue(self, now: datetime, *, due_before: datetime) -> list[Delivery]:
        """Drop open rows due before ``due_before`` (missed by more than the grace
        window) as expired; returns them so the caller can log each one."""
        rows = await self._session.scalars(
            update(DeliveryRow)
            .where(_open_and_due(now), DeliveryRow.due_at < due_before)
            .values(
                status=DeliveryStatus.EXPIRED.value,
                error="missed by more than the grace window",
                updated_at=now,
            )
            .returning(DeliveryRow)
            .execution_options(synchronize_session=False)
        )
        return [_delivery(row) for row in rows]

    async def claim(
        self, now: datetime, *, limit: int, lease_until: datetime, token: str
    ) -> list[Delivery]:
        """Take up to ``limit`` due rows for the sender ``token`` until ``lease_until``."""
        candidates = (
            select(DeliveryRow.id)
            .where(_open_and_due(now))
            .order_by(DeliveryRow.due_at, DeliveryRow.id)
            .limit(limit)
        )
        claim = update(DeliveryRow)
        if self._session.get_bind().dialect.name == "postgresql":
            # A materialized CTE runs the locking SELECT exactly once. Written as
            # ``id IN (SELECT … LIMIT … FOR UPDATE SKIP LOCKED)`` the planner may pick a
            # semi-join that runs it again for every outer row, each run skipping what the
            # runs before updated and locking more rows (checked: a second sender then
            # claimed nothing at all); see the caveat on LIMIT with locking clauses in
            # https://www.postgresql.org/docs/current/sql-select.html#SQL-FOR-UPDATE-SHARE.
            picked = (
                candidates.with_for_update(skip_locked=True)
                .cte("picked")
                .prefix_with("MATERIALIZED")
            )
            claim = claim.where(DeliveryRow.id == picked.c.id)
        else:
            claim = claim.where(DeliveryRow.id.in_(candidates.scalar_subquery()))
        rows = await self._session.scalars(
            claim
            # The condition again on the row updated: under READ COMMITTED a row another
            # sender renewed or recorded after this statement's snapshot is re-checked on
            # its newest version (by the lock, and here by the update), never claimed on
            # the strength of an old one.
            .where(_open_and_due(now))
            .values(
                status=DeliveryStatus.SENDING.value,
                claim_token=token,
                attempts=DeliveryRow.attempts + 1,
                next_attempt_at=lease_until,
                updated_at=now,
            )
            .returning(DeliveryRow)
            .execution_options(synchronize_session=False)
        )
        return sorted((_delivery(row) for row in rows), key=lambda d: (d.due_at, d.id))

    async def renew(
        self, delivery_id: int, *, token: str, lease_until: datetime, now: datetime
    ) -> bool:
        """Extend the claim of sender ``token``; False when the row is no longer its own
        (its lease ran out and another sender claimed it, or it was recorded)."""
        return await self._finish(delivery_id, now, token, next_attempt_at=lease_until)

    async def mark_sent(
        self,
        delivery_id: int,
        *,
        token: str | None,
        message_id: int,
        payload: Mapping[str, Any],
        now: datetime,
    ) -> bool:
        return await self._finish(
            delivery_id,
            now,
            token,
            status=DeliveryStatus.SENT.value,
            telegram_message_id=message_id,
            payload=dict(payload),
            sent_at=now,
            error=None,
        )

    async def replace_sent_message(
        self, delivery_id: int, *, payload: Mapping[str, Any], now: datetime
    ) -> None:
        """A sent push edited in place (the brief after a check-in): its new content."""
        await self._session.execute(
            update(DeliveryRow)
            .where(DeliveryRow.id == delivery_id, DeliveryRow.status == DeliveryStatus.SENT.value)
            .values(payload=dict(payload), updated_at=now)
            .execution_options(synchronize_session=False)
        )

    async def mark_failed(
        self, delivery_id: int, *, token: str | None, error: str, now: datetime
    ) -> bool:
        return await self._finish(
            delivery_id, now, token, status=DeliveryStatus.FAILED.value, error=error
        )

    async def mark_skipped(
        self, delivery_id: int, *, token: str | None, reason: str, now: datetime
    ) -> bool:
        return await self._finish(
            delivery_id, now, token, status=DeliveryStatus.SKIPPED.value, error=reason
        )

    async def retry_later(
        self,
        delivery_id: int,
        *,
        token: str | None,
        at: datetime,
        error: str | None,
        now: datetime,
    ) -> bool:
        """Back to pending until ``at``; the attempt stays counted."""
        return await self._finish(
            delivery_id,
            now,
            token,
            status=DeliveryStatus.PENDING.value,
            next_attempt_at=at,
            error=error,
        )

    async def release(
        self, delivery_id: int, *, token: str | None, at: datetime, now: datetime
    ) -> bool:
        """Hand a claimed row back untried (flood control): the claim is not an attempt."""
        return await self._finish(
            delivery_id,
            now,
            token,
            status=DeliveryStatus.PENDING.value,
            next_attempt_at=at,
            attempts=DeliveryRow.attempts - 1,
        )

    async def _finish(
        self, delivery_id: int, now: datetime, token: str | None, **values: Any
    ) -> bool:
        # Only the sender that holds the claim: a row another sender claimed after this
        # one's lease ran out is that sender's to record. True when the row was this one's.
        result = await self._session.execute(
            update(DeliveryRow)
            .where(
                DeliveryRow.id == delivery_id,
                DeliveryRow.status == DeliveryStatus.SENDING.value,
                DeliveryRow.claim_token == token
                if token is not None
                else DeliveryRow.claim_token.is_(None),
            )
            .values(updated_at=now, **values)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    # -- reading -------------------------------------------------------------------

    async def get(self, delivery_id: int) -> Delivery | None:
        row = await self._session.get(DeliveryRow, delivery_id)
        return _delivery(row) if row else None

    async def list(
        self,
        *,
        athlete_id: int | None = None,
        kind: DeliveryKind | None = None,
        statuses: Iterable[DeliveryStatus] | None = None,
        local_date: date | None = None,
    ) -> list[Delivery]:
        query = select(DeliveryRow)
        if local_date is not None:
            query = query.where(DeliveryRow.local_date == local_date)
        if athlete_id is not None:
            query = query.where(DeliveryRow.athlete_id == athlete_id)
        if kind is not None:
            query = query.where(DeliveryRow.kind == kind.value)
        if statuses is not None:
            query = query.where(DeliveryRow.status.in_([s.value for s in statuses]))
        rows = await self._session.scalars(query.order_by(DeliveryRow.due_at, DeliveryRow.id))
        return [_delivery(row) for row in rows]

    async def next_open_at(self) -> datetime | None:
        """When the earliest open row becomes due (for the sender's wait)."""
        return await self._session.scalar(
            select(func.min(DeliveryRow.next_attempt_at)).where(
                DeliveryRow.status.in_([status.value for status in OPEN_STATUSES])
            )
        )

    async def record_choice(
        self, delivery_id: int, athlete_id: int, choice: str, *, now: datetime
    ) -> bool:
        """Note the athlete's answer to a sent brief's buttons in its payload; False when
        the brief is not theirs or was not sent."""
        row = await self._session.get(DeliveryRow, delivery_id)
        if row is None or row.athlete_id != athlete_id or row.status != DeliveryStatus.SENT:
            return False
        row.payload = {**(row.payload or {}), "choice": choice, "chosen_at": now.isoformat()}
        row.updated_at = now
        await self._session.flush()
        return True


def _new_row(item: NewDelivery, now: datetime) -> dict[str, Any]:
    return {
        "kind": item.kind.value,
        "recipient": item.recipient,
        "chat_id": item.chat_id,
        "athlete_id": item.athlete_id,
        "local_date": item.local_date,
        "due_at": item.due_at,
        "status": item.status.value,
        "attempts": 0,
        "next_attempt_at": item.due_at,
        "payload": dict(item.payload),
        "error": "missed by more than the grace window"
        if item.status is DeliveryStatus.EXPIRED
        else None,
        "created_at": now,
        "updated_at": now,
    }


class BriefPreferenceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, athlete_id: int) -> BriefPreferences:
        """The athlete's preferences; the defaults when they never changed any."""
        row = (await self._session.execute(_PREFERENCES_OF, {"athlete_id": athlete_id})).first()
        return _preferences(athlete_id, row)

    async def recipient(self, athlete_id: int) -> PushRecipient | None:
        """The athlete, their preferences and profile in one read; None if no athlete."""
        row = (await self._session.execute(_RECIPIENT, {"athlete_id": athlete_id})).first()
        if row is None:
            return None
        own = _Prefixed(row, _PREFERENCE) if row.preference_athlete_id is not None else None
        profile = (
            profile_from_row(_Prefixed(row, _PROFILE))
            if row.profile_athlete_id is not None
            else None
        )
        return PushRecipient(athlete_from_row(row), _preferences(athlete_id, own), profile)

    async def save(self, preferences: BriefPreferences, *, now: datetime) -> BriefPreferences:
        row = await self._session.get(BriefPreferenceRow, preferences.athlete_id)
        if row is None:
            row = BriefPreferenceRow(athlete_id=preferences.athlete_id)
            self._session.add(row)
        row.briefs_enabled = preferences.briefs_enabled
        row.evening_reminder = preferences.evening_reminder
        row.quiet_weekdays = sorted(set(preferences.quiet_weekdays))
        row.pause_reason = preferences.pause_reason.value if preferences.pause_reason else None
        row.paused_at = preferences.paused_at
        row.updated_at = now
        await self._session.flush()
        return await self.get(preferences.athlete_id)


def _preferences(athlete_id: int, row: Any) -> BriefPreferences:
    """From a row of brief_preferences (its own or prefixed in a join); the defaults when
    the athlete never changed any (no row)."""
    if row is None:
        return BriefPreferences(athlete_id=athlete_id)
    return BriefPreferences(
        athlete_id=athlete_id,
        briefs_enabled=row.briefs_enabled,
        evening_reminder=row.evening_reminder,
        quiet_weekdays=tuple(sorted(int(day) for day in row.quiet_weekdays or ())),
        pause_reason=PauseReason(row.pause_reason) if row.pause_reason else None,
        paused_at=row.paused_at,
    )
