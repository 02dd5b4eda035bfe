"""Activities, their original files and their links to planned sessions: never commit."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import asdict
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.activities import (
    Activity,
    ActivityFields,
    ActivityLoad,
    ActivitySource,
    CandidateSession,
    LapRecord,
    MatchKind,
    StoredFile,
    ZoneSeconds,
    ZoneTimes,
)
from bot.storage.models import (
    ActivityFileChunkRow,
    ActivityFileRow,
    ActivityRow,
    PlanRow,
    PlanSessionRow,
)

_ACTIVITIES = ActivityRow.__table__
# Fitness folds every day's load for each brief and each /fitness: prebuilt Core.
_DAILY_LOADS = (
    select(_ACTIVITIES.c.local_date, func.sum(_ACTIVITIES.c.load))
    .where(
        _ACTIVITIES.c.athlete_id == bindparam("athlete_id"),
        _ACTIVITIES.c.local_date >= bindparam("first"),
        _ACTIVITIES.c.local_date <= bindparam("last"),
        _ACTIVITIES.c.load.is_not(None),
    )
    .group_by(_ACTIVITIES.c.local_date)
)

# Chunks small enough for any driver's parameter limits and to stream an export.
CHUNK_BYTES = 256 * 1024
# The plans table's status of the plan an athlete follows (bot.domain.plans.PlanStatus).
ACTIVE_PLAN = "active"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _laps_json(laps: Iterable[LapRecord]) -> list[dict[str, Any]]:
    return [{**asdict(lap), "start": _iso(lap.start)} for lap in laps]


def _laps(raw: list[Any]) -> tuple[LapRecord, ...]:
    return tuple(
        LapRecord(
            start=datetime.fromisoformat(item["start"]) if item.get("start") else None,
            elapsed_s=item.get("elapsed_s"),
            timer_s=item.get("timer_s"),
            distance_m=item.get("distance_m"),
            avg_hr=item.get("avg_hr"),
            avg_power=item.get("avg_power"),
            max_hr=item.get("max_hr"),
        )
        for item in raw
    )


def _zones_json(zones: Iterable[ZoneTimes]) -> list[dict[str, Any]]:
    return [
        {
            "metric": z.metric,
            "model": z.model,
            "zones": [[s.number, s.label, round(s.seconds, 1)] for s in z.zones],
        }
        for z in zones
    ]


def _zones(raw: list[Any]) -> tuple[ZoneTimes, ...]:
    return tuple(
        ZoneTimes(
            metric=str(item["metric"]),
            model=str(item["model"]),
            zones=tuple(
                ZoneSeconds(int(n), str(label), float(s)) for n, label, s in item["zones"]
            ),
        )
        for item in raw
    )


def _fields(row: ActivityRow) -> ActivityFields:
    load = None
    if row.load is not None and row.load_method is not None:
        load = ActivityLoad(
            value=row.load,
            method=row.load_method,
            intensity_factor=row.intensity_factor,
            assumptions=tuple(row.load_assumptions),
        )
    return ActivityFields(
        source=ActivitySource(row.source),
        sport=row.sport,
        sub_sport=row.sub_sport,
        local_date=row.local_date,
        start_time=row.start_time,
        timezone=row.timezone,
        raw_sport=row.raw_sport,
        name=row.name,
        elapsed_s=row.elapsed_s,
        moving_s=row.moving_s,
        distance_m=row.distance_m,
        ascent_m=row.ascent_m,
        descent_m=row.descent_m,
        avg_hr=row.avg_hr,
        max_hr=row.max_hr,
        avg_power=row.avg_power,
        max_power=row.max_power,
        normalized_power=row.normalized_power,
        avg_speed=row.avg_speed,
        avg_cadence=row.avg_cadence,
        calories=row.calories,
        load=load,
        zones=_zones(row.zones),
        laps=_laps(row.laps),
        device_summary=dict(row.device_summary),
        warnings=tuple(row.warnings),
        rpe=row.rpe,
        note=row.note,
        sha256=row.sha256,
        file_index=row.file_index,
        multisport_group=row.multisport_group,
        leg_index=row.leg_index,
        leg_count=row.leg_count,
        untimed=row.untimed,
        external_id=row.external_id,
        device=row.device,
    )


def _record(row: ActivityRow) -> Activity:
    return Activity(
        id=row.id,
        athlete_id=row.athlete_id,
        fields=_fields(row),
        file_id=row.file_id,
        planned_session_id=row.planned_session_id,
        match_kind=MatchKind(row.match_kind) if row.match_kind else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _fill(row: ActivityRow, f: ActivityFields) -> None:
    row.source = f.source.value
    row.sport = f.sport
    row.sub_sport = f.sub_sport
    row.local_date = f.local_date
    row.start_time = f.start_time
    row.timezone = f.timezone
    row.raw_sport = f.raw_sport[:64] if f.raw_sport else None
    row.name = f.name[:255] if f.name else None
    row.elapsed_s = f.elapsed_s
    row.moving_s = f.moving_s
    row.distance_m = f.distance_m
    row.ascent_m = f.ascent_m
    row.descent_m = f.descent_m
    row.avg_hr = f.avg_hr
    row.max_hr = f.max_hr
    row.avg_power = f.avg_power
    row.max_power = f.max_power
    row.normalized_power = f.normalized_power
    row.avg_speed = f.avg_speed
    row.avg_cadence = f.avg_cadence
    row.calories = f.calories
    row.load = f.load.value if f.load else None
    row.load_method = f.load.method if f.load else None
    row.intensity_factor = f.load.intensity_factor if f.load else None
    row.load_assumptions = list(f.load.assumptions) if f.load else []
    row.zones = _zones_json(f.zones)
    row.laps = _laps_json(f.laps)
    row.device_summary = dict(f.device_summary)
    row.warnings = list(f.warnings)
    row.rpe = f.rpe
    row.note = f.note
    row.sha256 = f.sha256
    row.file_index = f.file_index
    row.multisport_group = f.multisport_group
    row.leg_index = f.leg_index
    row.leg_count = f.leg_count
    row.untimed = f.untimed
    row.external_id = f.external_id
    row.device = f.device[:128] if f.device else None


def _stored_file(row: ActivityFileRow) -> StoredFile:
    return StoredFile(
        id=row.id,
        athlete_id=row.athlete_id,
        sha256=row.sha256,
        file_name=row.file_name,
        container=row.container,
        size_bytes=row.size_bytes,
        created_at=row.created_at,
    )


def _candidate(row: PlanSessionRow) -> CandidateSession:
    return CandidateSession(
        id=row.id,
        day=row.session_date,
        order=row.order_in_day,
        sport=row.sport,
        session_type=row.session_type,
        title=row.title,
        duration_s=float(row.duration_s),
        distance_m=float(row.distance_m) if row.distance_m is not None else None,
        load=row.planned_load,
        status=row.status,
        matched_activity_id=row.matched_activity_id,
    )


def chunks(data: bytes, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), size):
        yield bytes(view[start : start + size])


class ActivityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- original files ------------------------------------------------------------

    async def file_by_hash(self, athlete_id: int, sha256: str) -> StoredFile | None:
        row = await self._session.scalar(
            select(ActivityFileRow).where(
                ActivityFileRow.athlete_id == athlete_id, ActivityFileRow.sha256 == sha256
            )
        )
        return _stored_file(row) if row else None

    async def add_file(
        self,
        athlete_id: int,
        *,
        sha256: str,
        file_name: str,
        container: str,
        data: bytes,
        now: datetime,
    ) -> StoredFile:
        """Keep an upload as it was received, in chunks of ``CHUNK_BYTES``."""
        row = ActivityFileRow(
            athlete_id=athlete_id,
            sha256=sha256,
            file_name=file_name[:255],
            container=container,
            size_bytes=len(data),
            created_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        self._session.add_all(
            ActivityFileChunkRow(file_id=row.id, seq=seq, data=piece)
            for seq, piece in enumerate(chunks(data))
        )
        await self._session.flush()
        return _stored_file(row)

    async def files_size(self, athlete_id: int) -> int:
        """Bytes of original files kept for the athlete (for the storage quota)."""
        total = await self._session.scalar(
            select(func.coalesce(func.sum(ActivityFileRow.size_bytes), 0)).where(
                ActivityFileRow.athlete_id == athlete_id
            )
        )
        return int(total or 0)

    async def file(self, file_id: int) -> StoredFile | None:
        row = await self._session.get(ActivityFileRow, file_id)
        return _stored_file(row) if row else None

    async def file_chunks(self, file_id: int) -> list[bytes]:
        """The file's bytes chunk by chunk, in order (join them, or stream them)."""
        rows = await self._session.scalars(
            select(ActivityFileChunkRow.data)
            .where(ActivityFileChunkRow.file_id == file_id)
            .order_by(ActivityFileChunkRow.seq)
        )
        return list(rows)

    # -- activities ----------------------------------------------------------------

    async def add(
        self, athlete_id: int, fields: ActivityFields, *, file_id: int | None, now: datetime
    ) -> Activity:
        row = ActivityRow(athlete_id=athlete_id, file_id=file_id, created_at=now, updated_at=now)
        _fill(row, fields)
        self._session.add(row)
        await self._session.flush()
        return _record(row)

    async def replace(
        self, activity_id: int, fields: ActivityFields, *, now: datetime
    ) -> Activity:
        row = await self._require(activity_id)
        _fill(row, fields)
        row.updated_at = now
        await self._session.flush()
        return _record(row)

    async def get(self, activity_id: int) -> Activity | None:
        row = await self._session.get(ActivityRow, activity_id)
        return _record(row) if row else None

    async def by_hash(self, athlete_id: int, sha256: str, file_index: int) -> Activity | None:
        row = await self._session.scalar(
            select(ActivityRow).where(
                ActivityRow.athlete_id == athlete_id,
                ActivityRow.sha256 == sha256,
                ActivityRow.file_index == file_index,
            )
        )
        return _record(row) if row else None

    async def by_external(self, athlete_id: int, source: str, external_id: str) -> Activity | None:
        row = await self._session.scalar(
            select(ActivityRow).where(
                ActivityRow.athlete_id == athlete_id,
                ActivityRow.source == source,
                ActivityRow.external_id == external_id,
            )
        )
        return _record(row) if row else None

    async def started_near(
        self, athlete_id: int, sport: str, start: datetime, window: timedelta
    ) -> Activity | None:
        """An activity of ``sport`` that started within ``window`` of ``start``."""
        row = await self._session.scalar(
            select(ActivityRow)
            .where(
                ActivityRow.athlete_id == athlete_id,
                ActivityRow.sport == sport,
                ActivityRow.start_time >= start - window,
                ActivityRow.start_time <= start + window,
            )
            .order_by(ActivityRow.id)
            .limit(1)
        )
        return _record(row) if row else None

    async def started_between(
        self, athlete_id: int, first: datetime, last: datetime
    ) -> list[Activity]:
        rows = await self._session.scalars(
            select(ActivityRow)
            .where(
                ActivityRow.athlete_id == athlete_id,
                ActivityRow.start_time >= first,
                ActivityRow.start_time <= last,
            )
            .order_by(ActivityRow.start_time, ActivityRow.id)
        )
        return [_record(row) for row in rows]

    async def recent(self, athlete_id: int, *, limit: int, offset: int = 0) -> list[Activity]:
        """Newest first: by day, then start time (when stored, for a log without one)."""
        rows = await self._session.scalars(
            select(ActivityRow)
            .where(ActivityRow.athlete_id == athlete_id)
            .order_by(
                ActivityRow.local_date.desc(),
                func.coalesce(ActivityRow.start_time, ActivityRow.created_at).desc(),
                ActivityRow.id.desc(),
            )
            .limit(limit)
            .offset(offset)
        )
        return [_record(row) for row in rows]

    async def every(self, athlete_id: int) -> list[Activity]:
        """All of the athlete's activities, oldest first (to score them all again)."""
        rows = await self._session.scalars(
            select(ActivityRow)
            .where(ActivityRow.athlete_id == athlete_id)
            .order_by(ActivityRow.local_date, ActivityRow.id)
        )
        return [_record(row) for row in rows]

    async def latest_day(
        self, athlete_id: int, *, excluding_sources: frozenset[str] = frozenset()
    ) -> date | None:
        """The local day of the athlete's newest activity (none: None), leaving out
        activities from ``excluding_sources``."""
        return await self._session.scalar(
            select(func.max(ActivityRow.local_date)).where(
                ActivityRow.athlete_id == athlete_id,
                ActivityRow.source.not_in(excluding_sources),
            )
        )

    async def count(self, athlete_id: int) -> int:
        total = await self._session.scalar(
            select(func.count())
            .select_from(ActivityRow)
            .where(ActivityRow.athlete_id == athlete_id)
        )
        return int(total or 0)

    async def on_days(self, athlete_id: int, first: date, last: date) -> list[Activity]:
        rows = await self._session.scalars(
            select(ActivityRow)
            .where(
                ActivityRow.athlete_id == athlete_id,
                ActivityRow.local_date >= first,
                ActivityRow.local_date <= last,
            )
            .order_by(ActivityRow.local_date, ActivityRow.start_time, ActivityRow.id)
        )
        return [_record(row) for row in rows]

    async def legs(self, athlete_id: int, group: str) -> list[Activity]:
        rows = await self._session.scalars(
            select(ActivityRow)
            .where(ActivityRow.athlete_id == athlete_id, ActivityRow.multisport_group == group)
            .order_by(ActivityRow.leg_index)
        )
        return [_record(row) for row in rows]

    async def daily_loads(
        self,
        athlete_id: int,
        first: date,
        last: date,
        *,
        excluding_sources: frozenset[str] = frozenset(),
    ) -> dict[date, float]:
        """The sum of the activities' loads per local day (days without load absent),
        leaving out activities from ``excluding_sources``."""
        query = _DAILY_LOADS
        if excluding_sources:
            query = query.where(_ACTIVITIES.c.source.not_in(sorted(excluding_sources)))
        rows = await self._session.execute(
            query, {"athlete_id": athlete_id, "first": first, "last": last}
        )
        return {day: float(total) for day, total in rows.all() if total is not None}

    async def daily_loads_of(
        self,
        athlete_ids: Collection[int],
        last: date,
        *,
        excluding_sources: frozenset[str] = frozenset(),
    ) -> dict[int, dict[date, float]]:
        """:meth:`daily_loads` up to ``last`` for many athletes in one query (a squad),
        leaving out activities from ``excluding_sources``."""
        found: dict[int, dict[date, float]] = {i: {} for i in athlete_ids}
        if not athlete_ids:
            return found
        query = (
            select(
                _ACTIVITIES.c.athlete_id, _ACTIVITIES.c.local_date, func.sum(_ACTIVITIES.c.load)
            )
            .where(
                _ACTIVITIES.c.athlete_id.in_(list(athlete_ids)),
                _ACTIVITIES.c.local_date <= last,
                _ACTIVITIES.c.load.is_not(None),
            )
            .group_by(_ACTIVITIES.c.athlete_id, _ACTIVITIES.c.local_date)
        )
        if excluding_sources:
            query = query.where(_ACTIVITIES.c.source.not_in(sorted(excluding_sources)))
        rows = await self._session.execute(query)
        for athlete_id, day, total in rows:
            if total is not None:
                found[athlete_id][day] = float(total)
        return found

    async def latest_days(
        self, athlete_ids: Collection[int], *, excluding_sources: frozenset[str] = frozenset()
    ) -> dict[int, date]:
        """:meth:`latest_day` for many athletes in one query (those with none are absent)."""
        if not athlete_ids:
            return {}
        rows = await self._session.execute(
            select(ActivityRow.athlete_id, func.max(ActivityRow.local_date))
            .where(
                ActivityRow.athlete_id.in_(list(athlete_ids)),
                ActivityRow.source.not_in(excluding_sources),
            )
            .group_by(ActivityRow.athlete_id)
        )
        return {athlete_id: day for athlete_id, day in rows if day is not None}

    async def first_day(self, athlete_id: int) -> date | None:
        return await self._session.scalar(
            select(func.min(ActivityRow.local_date)).where(
                ActivityRow.athlete_id == athlete_id, ActivityRow.load.is_not(None)
            )
        )

    async def set_match(
        self, activity_id: int, session_id: int | None, kind: MatchKind | None, *, now: datetime
    ) -> None:
        await self._session.execute(
            update(ActivityRow)
            .where(ActivityRow.id == activity_id)
            .values(
                planned_session_id=session_id,
                match_kind=kind.value if kind else None,
                updated_at=now,
            )
        )

    async def durations(self, activity_ids: list[int]) -> dict[int, float]:
        """Moving time (else elapsed) of each activity asked for that has one."""
        if not activity_ids:
            return {}
        rows = await self._session.execute(
            select(ActivityRow.id, ActivityRow.moving_s, ActivityRow.elapsed_s).where(
                ActivityRow.id.in_(activity_ids)
            )
        )
        found: dict[int, float] = {}
        for activity_id, moving, elapsed in rows.all():
            seconds = moving if moving is not None else elapsed
            if seconds is not None:
                found[activity_id] = float(seconds)
        return found

    async def sources(self, activity_ids: Iterable[int]) -> dict[int, str]:
        """Each asked-for activity's source (what ``visibility.outcomes_visible_to``
        needs to hide a session matched by an owner-only source)."""
        ids = sorted(set(activity_ids))
        if not ids:
            return {}
        rows = await self._session.execute(
            select(ActivityRow.id, ActivityRow.source).where(ActivityRow.id.in_(ids))
        )
        return {activity_id: source for activity_id, source in rows.all()}

    async def matched_to(self, session_id: int) -> list[Activity]:
        rows = await self._session.scalars(
            select(ActivityRow)
            .where(ActivityRow.planned_session_id == session_id)
            .order_by(ActivityRow.id)
        )
        return [_record(row) for row in rows]

    async def delete(self, activity_id: int) -> None:
        """Delete the activity, and its original file when no other activity uses it."""
        row = await self._require(activity_id)
        file_id = row.file_id
        await self._session.delete(row)
        await self._session.flush()
        if file_id is None:
            return
        still_used = await self._session.scalar(
            select(func.count()).select_from(ActivityRow).where(ActivityRow.file_id == file_id)
        )
        if not still_used:
            await self._session.execute(
                delete(ActivityFileChunkRow).where(ActivityFileChunkRow.file_id == file_id)
            )
            await self._session.execute(
                delete(ActivityFileRow).where(ActivityFileRow.id == file_id)
            )

    # -- planned sessions (the plan's tables, read and marked here) ----------------

    async def candidate_sessions(
        self, athlete_id: int, first: date, last: date
    ) -> list[CandidateSession]:
        """Sessions of the athlete's active plan from ``first`` to ``last``."""
        rows = await self._session.scalars(
            select(PlanSessionRow)
            .join(PlanRow, PlanRow.id == PlanSessionRow.plan_id)
            .where(
                PlanRow.athlete_id == athlete_id,
                PlanRow.status == ACTIVE_PLAN,
                PlanSessionRow.session_date >= first,
                PlanSessionRow.session_date <= last,
            )
            .order_by(PlanSessionRow.session_date, PlanSessionRow.order_in_day)
        )
        return [_candidate(row) for row in rows]

    async def planned_session(self, athlete_id: int, session_id: int) -> CandidateSession | None:
        row = await self._session.scalar(
            select(PlanSessionRow)
            .join(PlanRow, PlanRow.id == PlanSessionRow.plan_id)
            .where(PlanSessionRow.id == session_id, PlanRow.athlete_id == athlete_id)
        )
        return _candidate(row) if row else None

    async def mark_session(
        self,
        session_id: int,
        *,
        status: str,
        activity_id: int | None,
        rpe: int | None,
        now: datetime,
    ) -> None:
        """Record a planned session's outcome (status, matched activity, RPE)."""
        await self._session.execute(
            update(PlanSessionRow)
            .where(PlanSessionRow.id == session_id)
            .values(status=status, matched_activity_id=activity_id, rpe=rpe, updated_at=now)
        )

    async def _require(self, activity_id: int) -> ActivityRow:
        row = await self._session.get(ActivityRow, activity_id)
        if row is None:
            raise LookupError(f"no activity {activity_id}")
        return row
