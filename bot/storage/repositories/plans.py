"""Training plans, weeks and sessions: read and write, never commit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.plans import (
    NewPlan,
    NoticeRecord,
    PlannedSessionRecord,
    PlanRecord,
    PlanStatus,
    PlanWeekRecord,
    SessionOutcome,
    SessionStatus,
    StoredSession,
)
from bot.storage.models import PlanRow, PlanSessionRow, PlanWeekRow
from bot.storage.sqlite_dialect import IN_EVENT_LOOP

_PLANS = PlanRow.__table__
_WEEKS = PlanWeekRow.__table__
_SESSIONS = PlanSessionRow.__table__
# The reads behind every plan view and every morning brief, prebuilt as Core statements
# (the update's first read in athletes.py says why); rows map with the ORM rows' mappers.
_ACTIVE = (
    select(*_PLANS.c)
    .where(
        _PLANS.c.athlete_id == bindparam("athlete_id"),
        _PLANS.c.status == PlanStatus.ACTIVE.value,
    )
    .order_by(_PLANS.c.id.desc())
    .limit(1)
    .execution_options(**{IN_EVENT_LOOP: True})
)
_WEEKS_OF = (
    select(*_WEEKS.c).where(_WEEKS.c.plan_id == bindparam("plan_id")).order_by(_WEEKS.c.week_index)
)
_SESSIONS_OF = (
    select(*_SESSIONS.c)
    .where(_SESSIONS.c.plan_id == bindparam("plan_id"))
    .order_by(_SESSIONS.c.session_date, _SESSIONS.c.order_in_day)
)
_SESSIONS_BETWEEN = (
    select(*_SESSIONS.c)
    .where(
        _SESSIONS.c.plan_id == bindparam("plan_id"),
        _SESSIONS.c.session_date >= bindparam("first"),
        _SESSIONS.c.session_date <= bindparam("last"),
    )
    .order_by(_SESSIONS.c.session_date, _SESSIONS.c.order_in_day)
    .execution_options(**{IN_EVENT_LOOP: True})
)


def _notices_json(notices: Iterable[NoticeRecord]) -> list[dict[str, Any]]:
    return [{"code": n.code, "params": dict(n.params)} for n in notices]


def _notices(raw: list[Any]) -> tuple[NoticeRecord, ...]:
    return tuple(NoticeRecord(str(item["code"]), dict(item.get("params") or {})) for item in raw)


def _session(row: PlanSessionRow | Any) -> PlannedSessionRecord:
    """From an ORM row or a Core row with the same column names (so for the others)."""
    return PlannedSessionRecord(
        key=row.session_key,
        day=row.session_date,
        order=row.order_in_day,
        sport=row.sport,
        type=row.session_type,
        title=row.title,
        objective=row.objective,
        workout=row.workout,
        duration_s=row.duration_s,
        distance_m=row.distance_m,
        load=row.planned_load,
        alternative=row.alternative,
        outcome=SessionOutcome(
            status=SessionStatus(row.status),
            matched_activity_id=row.matched_activity_id,
            rpe=row.rpe,
            notes=row.notes,
        ),
        id=row.id,
    )


def _week(row: PlanWeekRow | Any, sessions: Iterable[PlannedSessionRecord]) -> PlanWeekRecord:
    return PlanWeekRecord(
        index=row.week_index,
        start=row.start_date,
        phase=row.phase,
        is_recovery=row.is_recovery,
        planned_hours=row.planned_hours,
        planned_load=row.planned_load,
        session_count=row.session_count,
        notes=_notices(row.notes),
        sessions=tuple(sessions),
        id=row.id,
    )


def _content(row: PlanRow | Any, weeks: tuple[PlanWeekRecord, ...]) -> NewPlan:
    return NewPlan(
        goal=row.goal,
        discipline=row.discipline,
        start=row.start_date,
        end=row.end_date,
        warnings=_notices(row.warnings),
        start_ctl=row.start_ctl,
        baseline_hours=row.baseline_hours,
        recovery_every=row.recovery_every,
        inputs=row.inputs,
        weeks=weeks,
        goal_id=row.goal_id,
    )


def _record(row: PlanRow | Any, weeks: tuple[PlanWeekRecord, ...]) -> PlanRecord:
    return PlanRecord(
        id=row.id,
        athlete_id=row.athlete_id,
        status=PlanStatus(row.status),
        recalculated=row.recalculated,
        created_at=row.created_at,
        updated_at=row.updated_at,
        content=_content(row, weeks),
    )


def _fill_plan(row: PlanRow, plan: NewPlan, now: datetime) -> None:
    row.goal = plan.goal
    row.goal_id = plan.goal_id
    row.discipline = plan.discipline
    row.start_date = plan.start
    row.end_date = plan.end
    row.warnings = _notices_json(plan.warnings)
    row.start_ctl = plan.start_ctl
    row.baseline_hours = plan.baseline_hours
    row.recovery_every = plan.recovery_every
    row.inputs = plan.inputs
    row.updated_at = now


def _fill_week(row: PlanWeekRow, week: PlanWeekRecord) -> None:
    row.week_index = week.index
    row.start_date = week.start
    row.phase = week.phase
    row.is_recovery = week.is_recovery
    row.planned_hours = week.planned_hours
    row.planned_load = week.planned_load
    row.session_count = week.session_count
    row.notes = _notices_json(week.notes)


def _session_row(
    plan_id: int, week_id: int, s: PlannedSessionRecord, now: datetime
) -> PlanSessionRow:
    return PlanSessionRow(
        plan_id=plan_id,
        week_id=week_id,
        session_key=s.key,
        session_date=s.day,
        order_in_day=s.order,
        sport=s.sport,
        session_type=s.type,
        title=s.title,
        objective=s.objective,
        workout=s.workout,
        duration_s=s.duration_s,
        distance_m=s.distance_m,
        planned_load=s.load,
        alternative=s.alternative,
        status=s.outcome.status.value,
        matched_activity_id=s.outcome.matched_activity_id,
        rpe=s.outcome.rpe,
        notes=s.outcome.notes,
        updated_at=now,
    )


class PlanRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_active(self, athlete_id: int, plan: NewPlan, *, now: datetime) -> PlanRecord:
        """Store ``plan`` as the athlete's active plan; an earlier active one becomes
        superseded (kept as history). Returns the stored plan without its sessions."""
        await self._session.execute(
            update(PlanRow)
            .where(PlanRow.athlete_id == athlete_id, PlanRow.status == PlanStatus.ACTIVE.value)
            .values(status=PlanStatus.SUPERSEDED.value, updated_at=now)
        )
        row = PlanRow(
            athlete_id=athlete_id,
            status=PlanStatus.ACTIVE.value,
            recalculated=0,
            created_at=now,
        )
        _fill_plan(row, plan, now)
        self._session.add(row)
        await self._session.flush()
        await self._add_weeks(row.id, plan.weeks, now)
        found = await self.get(row.id, sessions=False)
        assert found is not None  # just written
        return found

    async def rewrite_future(
        self, plan_id: int, plan: NewPlan, keep: Collection[str], *, now: datetime
    ) -> PlanRecord:
        """Replace the plan's content by ``plan`` in place, counting a recalculation.

        Session rows whose key is in ``keep`` stay exactly as they are (their outcome
        included); every other session row is replaced by ``plan``'s. Week rows are
        matched by index, so a kept session keeps its week. Returns the plan without its
        sessions."""
        row = await self._session.get(PlanRow, plan_id)
        if row is None:
            raise LookupError(f"no plan {plan_id}")
        _fill_plan(row, plan, now)
        row.recalculated += 1
        await self._session.execute(
            delete(PlanSessionRow).where(
                PlanSessionRow.plan_id == plan_id, PlanSessionRow.session_key.not_in(list(keep))
            )
        )
        weeks = {
            w.week_index: w
            for w in await self._session.scalars(
                select(PlanWeekRow).where(PlanWeekRow.plan_id == plan_id)
            )
        }
        wanted = {week.index for week in plan.weeks}
        stale = [w.id for index, w in weeks.items() if index not in wanted]
        if stale:
            await self._session.execute(delete(PlanWeekRow).where(PlanWeekRow.id.in_(stale)))
        for week in plan.weeks:
            week_row = weeks.get(week.index)
            if week_row is None:
                week_row = PlanWeekRow(plan_id=plan_id)
                self._session.add(week_row)
            _fill_week(week_row, week)
        await self._session.flush()
        week_ids = {
            w.week_index: w.id
            for w in await self._session.scalars(
                select(PlanWeekRow).where(PlanWeekRow.plan_id == plan_id)
            )
        }
        for week in plan.weeks:
            for s in week.sessions:
                if s.key not in keep:
                    self._session.add(_session_row(plan_id, week_ids[week.index], s, now))
        await self._session.flush()
        found = await self.get(plan_id, sessions=False)
        assert found is not None
        return found

    async def set_status(self, plan_id: int, status: PlanStatus, *, now: datetime) -> None:
        await self._session.execute(
            update(PlanRow)
            .where(PlanRow.id == plan_id)
            .values(status=status.value, updated_at=now)
        )

    async def get(self, plan_id: int, *, sessions: bool = True) -> PlanRecord | None:
        row = await self._session.get(PlanRow, plan_id, populate_existing=True)
        if row is None:
            return None
        return await self._load(row, sessions=sessions)

    async def active(
        self, athlete_id: int, *, sessions: bool = True, weeks: bool = True
    ) -> PlanRecord | None:
        """The athlete's active plan; with ``sessions=False`` its weeks hold no sessions
        (enough for an overview, and much less to read); with ``weeks=False`` it has no
        weeks at all: the plan row alone, for a caller that only needs its id, dates and
        inputs (the morning brief)."""
        row = (await self._session.execute(_ACTIVE, {"athlete_id": athlete_id})).first()
        if row is None:
            return None
        if not weeks:
            return _record(row, ())
        return await self._load(row, sessions=sessions)

    async def history(self, athlete_id: int) -> list[PlanRecord]:
        """Every plan of the athlete, newest first, without sessions."""
        rows = await self._session.scalars(
            select(PlanRow).where(PlanRow.athlete_id == athlete_id).order_by(PlanRow.id.desc())
        )
        return [await self._load(row, sessions=False) for row in rows]

    async def sessions_between(
        self, plan_id: int, first: date, last: date
    ) -> list[PlannedSessionRecord]:
        rows = await self._session.execute(
            _SESSIONS_BETWEEN, {"plan_id": plan_id, "first": first, "last": last}
        )
        return [_session(row) for row in rows]

    async def active_of(self, athlete_ids: Collection[int]) -> dict[int, PlanRecord]:
        """Each athlete's active plan row (no weeks), many athletes in one query."""
        if not athlete_ids:
            return {}
        rows = await self._session.execute(
            select(*_PLANS.c)
            .where(
                _PLANS.c.athlete_id.in_(list(athlete_ids)),
                _PLANS.c.status == PlanStatus.ACTIVE.value,
            )
            .order_by(_PLANS.c.id)
        )
        return {row.athlete_id: _record(row, ()) for row in rows}  # the newest wins

    async def sessions_of_plans(
        self, plan_ids: Collection[int], first: date, last: date
    ) -> dict[int, list[PlannedSessionRecord]]:
        """:meth:`sessions_between` for many plans in one query."""
        found: dict[int, list[PlannedSessionRecord]] = {i: [] for i in plan_ids}
        if not plan_ids:
            return found
        rows = await self._session.execute(
            select(*_SESSIONS.c)
            .where(
                _SESSIONS.c.plan_id.in_(list(plan_ids)),
                _SESSIONS.c.session_date >= first,
                _SESSIONS.c.session_date <= last,
            )
            .order_by(_SESSIONS.c.session_date, _SESSIONS.c.order_in_day)
        )
        for row in rows:
            found[row.plan_id].append(_session(row))
        return found

    async def session(self, session_id: int) -> StoredSession | None:
        found = (
            await self._session.execute(
                select(PlanSessionRow, PlanRow.athlete_id, PlanRow.status)
                .join(PlanRow, PlanRow.id == PlanSessionRow.plan_id)
                .where(PlanSessionRow.id == session_id)
            )
        ).first()
        if found is None:
            return None
        row, athlete_id, status = found
        return StoredSession(row.plan_id, athlete_id, PlanStatus(status), _session(row))

    async def record_outcome(
        self, session_id: int, outcome: SessionOutcome, *, now: datetime
    ) -> None:
        await self._session.execute(
            update(PlanSessionRow)
            .where(PlanSessionRow.id == session_id)
            .values(
                status=outcome.status.value,
                matched_activity_id=outcome.matched_activity_id,
                rpe=outcome.rpe,
                notes=outcome.notes,
                updated_at=now,
            )
        )

    async def _add_weeks(
        self, plan_id: int, weeks: Iterable[PlanWeekRecord], now: datetime
    ) -> None:
        pairs: list[tuple[PlanWeekRow, PlanWeekRecord]] = []
        for week in weeks:
            week_row = PlanWeekRow(plan_id=plan_id)
            _fill_week(week_row, week)
            pairs.append((week_row, week))
        self._session.add_all(row for row, _ in pairs)
        await self._session.flush()
        self._session.add_all(
            _session_row(plan_id, row.id, s, now) for row, week in pairs for s in week.sessions
        )
        await self._session.flush()

    async def _load(self, row: PlanRow | Any, *, sessions: bool) -> PlanRecord:
        week_rows = (await self._session.execute(_WEEKS_OF, {"plan_id": row.id})).all()
        by_week: dict[int, list[PlannedSessionRecord]] = defaultdict(list)
        if sessions:
            for session_row in await self._session.execute(_SESSIONS_OF, {"plan_id": row.id}):
                by_week[session_row.week_id].append(_session(session_row))
        weeks = tuple(_week(w, by_week.get(w.id, ())) for w in week_rows)
        return _record(row, weeks)
