"""Athletes: find, create on first contact, keep Telegram details current."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.athletes import (
    Athlete,
    AthleteStatus,
    Role,
    TelegramIdentity,
    telegram_changes,
)
from bot.storage.loop_reader import LoopReader
from bot.storage.models import AthleteRow, DialogStateRow
from bot.storage.sqlite_dialect import IN_EVENT_LOOP

_ATHLETES = cast(Table, AthleteRow.__table__)
_DIALOGS = DialogStateRow.__table__
_ONE_ROW = select(literal_column("1").label("one")).subquery("one_row")
# Every update starts with this query, so it is built once: SQLAlchemy keeps the cache key
# of a statement object, and plain table columns (not ORM attributes) let the session run
# it as Core, without the ORM's compile and loading steps (measured: ~830 -> ~530 us of CPU
# per read on aiosqlite). Outer joins from one constant row always return one row, so
# the dialog state of a first contact comes back in the same query. On SQLite it runs in
# the event loop's thread (bot/storage/sqlite_dialect.py): two indexed lookups.
_CONTACT_CONTEXT = (
    select(
        *_ATHLETES.c,
        _DIALOGS.c.state.label("dialog_state"),
        _DIALOGS.c.data.label("dialog_data"),
    )
    .select_from(
        _ONE_ROW.outerjoin(
            _ATHLETES, _ATHLETES.c.telegram_id == bindparam("telegram_id")
        ).outerjoin(_DIALOGS, _DIALOGS.c.key == bindparam("dialog_key"))
    )
    .execution_options(**{IN_EVENT_LOOP: True})
)

# The athlete by id (pushes, the coach's jobs): a primary-key lookup, prebuilt as above.
_BY_ID = (
    select(*_ATHLETES.c)
    .where(_ATHLETES.c.id == bindparam("athlete_id"))
    .execution_options(**{IN_EVENT_LOOP: True})
)

# A first contact's row, in one statement that returns it (the ORM's add and flush cost
# ~250 us more, and the first contact holds SQLite's write gate meanwhile).
_CREATE = (
    insert(_ATHLETES)
    .values(
        telegram_id=bindparam("telegram_id"),
        chat_id=bindparam("chat_id"),
        first_name=bindparam("first_name"),
        last_name=bindparam("last_name"),
        username=bindparam("username"),
        language=bindparam("language"),
        timezone="UTC",
        status=AthleteStatus.ACTIVE.value,
        role=Role.ATHLETE.value,
        created_at=bindparam("now"),
        updated_at=bindparam("now"),
    )
    .returning(*_ATHLETES.c)
)


def athlete_from_row(row: AthleteRow | Any) -> Athlete:
    """From an ORM row or a Core row with the same column names."""
    return Athlete(
        id=row.id,
        telegram_id=row.telegram_id,
        chat_id=row.chat_id,
        first_name=row.first_name,
        last_name=row.last_name,
        username=row.username,
        language=row.language,
        timezone=row.timezone,
        status=AthleteStatus(row.status),
        role=Role(row.role),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


@dataclass(frozen=True, slots=True)
class ContactContext:
    """What an update needs first: the athlete (if known) and their dialog state."""

    athlete: Athlete | None
    dialog_state: str | None
    dialog_data: dict[str, Any]


class AthleteRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_by_telegram_id(self, telegram_id: int) -> Athlete | None:
        row = await self._row(telegram_id)
        return athlete_from_row(row) if row else None

    async def get(self, athlete_id: int) -> Athlete | None:
        row = (await self._session.execute(_BY_ID, {"athlete_id": athlete_id})).first()
        return athlete_from_row(row) if row is not None else None

    async def many(self, athlete_ids: Collection[int]) -> dict[int, Athlete]:
        """The athletes of ``athlete_ids`` that exist, in one query (a coach's squad)."""
        if not athlete_ids:
            return {}
        rows = await self._session.execute(
            select(*_ATHLETES.c).where(_ATHLETES.c.id.in_(list(athlete_ids)))
        )
        return {row.id: athlete_from_row(row) for row in rows}

    async def upsert_from_telegram(
        self, identity: TelegramIdentity, *, language: str, now: datetime
    ) -> tuple[Athlete, bool]:
        """Create the athlete on first contact, or refresh what Telegram says changed.

        Returns the record and whether anything was written (created or changed).
        ``language`` applies to a new athlete only: one chosen with /language stays.
        """
        row = await self._row(identity.telegram_id)
        if row is None:
            return await self.create_from_telegram(identity, language=language, now=now), True
        changes = telegram_changes(athlete_from_row(row), identity)
        for field, value in changes.items():
            setattr(row, field, value.value if isinstance(value, AthleteStatus) else value)
        if changes:
            row.updated_at = now
            await self._session.flush()
        return athlete_from_row(row), bool(changes)

    async def create_from_telegram(
        self, identity: TelegramIdentity, *, language: str, now: datetime
    ) -> Athlete:
        """A new athlete, for a Telegram user just read as unknown."""
        created = await self._session.execute(
            _CREATE,
            {
                "telegram_id": identity.telegram_id,
                "chat_id": identity.private_chat_id,
                "first_name": identity.first_name[:128],
                "last_name": (identity.last_name or None) and identity.last_name[:128],
                "username": identity.username,
                "language": language,
                "now": now,
            },
        )
        return athlete_from_row(created.one())

    async def contact_context(
        self, telegram_id: int, dialog_key: str | None, *, reader: LoopReader | None = None
    ) -> ContactContext:
        """The athlete and the dialog state under ``dialog_key`` in one query (every
        update starts with both, so this is the hottest read there is); through
        ``reader`` where it can read this database, else through the session."""
        parameters = {"telegram_id": telegram_id, "dialog_key": dialog_key}
        read = reader.one(_CONTACT_CONTEXT, parameters) if reader is not None else None
        found = (
            read
            if read is not None
            else (await self._session.execute(_CONTACT_CONTEXT, parameters)).one()
        )
        athlete = athlete_from_row(found) if found.id is not None else None
        return ContactContext(athlete, found.dialog_state, dict(found.dialog_data or {}))

    async def set_language(self, telegram_id: int, language: str, *, now: datetime) -> Athlete:
        row = await self._require(telegram_id)
        row.language = language
        row.updated_at = now
        await self._session.flush()
        return athlete_from_row(row)

    async def set_status(
        self, telegram_id: int, status: AthleteStatus, *, now: datetime
    ) -> Athlete:
        row = await self._require(telegram_id)
        row.status = status.value
        row.updated_at = now
        await self._session.flush()
        return athlete_from_row(row)

    async def _row(self, telegram_id: int) -> AthleteRow | None:
        result = await self._session.execute(
            select(AthleteRow).where(AthleteRow.telegram_id == telegram_id)
        )
        return result.scalar_one_or_none()

    async def _require(self, telegram_id: int) -> AthleteRow:
        row = await self._row(telegram_id)
        if row is None:
            raise LookupError(f"no athlete with telegram id {telegram_id}")
        return row
