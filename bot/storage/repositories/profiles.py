"""Profiles, goals and threshold history: read and write, never commit."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.profiles import (
    Experience,
    Goal,
    GoalFields,
    GoalKind,
    NewThreshold,
    Priority,
    Profile,
    ProfileFields,
    Sex,
    SportChoice,
    ThresholdEntry,
    ThresholdKind,
    ThresholdSource,
    Units,
    thresholds_in_force,
)
from bot.storage.models import AthleteProfileRow, AthleteRow, GoalRow, ThresholdRow
from bot.storage.sqlite_dialect import IN_EVENT_LOOP

_PROFILES = AthleteProfileRow.__table__
_GOALS = GoalRow.__table__
_THRESHOLDS = ThresholdRow.__table__
# Built once and run as Core (plain table columns), like the update's first read, and
# like it in the event loop's thread on SQLite. Core statements skip the ORM's autoflush;
# every repository flushes its own writes.
_COMPLETED_AT = (
    select(_PROFILES.c.onboarding_completed_at)
    .where(_PROFILES.c.athlete_id == bindparam("athlete_id"))
    .execution_options(**{IN_EVENT_LOOP: True})
)
# The reads every plan view and every morning brief make, prebuilt the same way.
_PROFILE = (
    select(*_PROFILES.c)
    .where(_PROFILES.c.athlete_id == bindparam("athlete_id"))
    .execution_options(**{IN_EVENT_LOOP: True})
)
_CURRENT_GOAL = (
    select(*_GOALS.c)
    .where(_GOALS.c.athlete_id == bindparam("athlete_id"), _GOALS.c.archived_at.is_(None))
    .order_by(_GOALS.c.id.desc())
    .limit(1)
    .execution_options(**{IN_EVENT_LOOP: True})
)
_THRESHOLDS_ON = (
    select(*_THRESHOLDS.c)
    .where(_THRESHOLDS.c.athlete_id == bindparam("athlete_id"))
    .order_by(_THRESHOLDS.c.effective_date, _THRESHOLDS.c.id)
    .execution_options(**{IN_EVENT_LOOP: True})
)


def profile_from_row(row: AthleteProfileRow | Any) -> Profile:
    """From an ORM row or a Core row with the same column names (so for the others)."""
    return Profile(
        athlete_id=row.athlete_id,
        fields=ProfileFields(
            sports=tuple(SportChoice(code) for code in row.sports),
            experience=Experience(row.experience) if row.experience else None,
            races_finished=row.races_finished,
            birth_year=row.birth_year,
            sex=Sex(row.sex) if row.sex else None,
            weight_kg=row.weight_kg,
            weekly_hours=row.weekly_hours,
            available_weekdays=tuple(int(day) for day in row.available_weekdays),
            long_day=row.long_day,
            pool_access=row.pool_access,
            pool_weekdays=tuple(int(day) for day in row.pool_weekdays),
            has_power_meter=row.has_power_meter,
            has_hr_strap=row.has_hr_strap,
            has_smart_trainer=row.has_smart_trainer,
            watch_brand=row.watch_brand,
            injuries=row.injuries,
            units=Units(row.units),
            brief_time=row.brief_time,
        ),
        onboarding_completed_at=row.onboarding_completed_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _goal(row: GoalRow | Any) -> Goal:
    return Goal(
        id=row.id,
        athlete_id=row.athlete_id,
        fields=GoalFields(
            kind=GoalKind(row.kind),
            discipline=SportChoice(row.discipline) if row.discipline else None,
            distance_code=row.distance_code,
            distance_m=row.distance_m,
            duration_s=row.duration_s,
            custom_name=row.custom_name,
            race_date=row.race_date,
            priority=Priority(row.priority) if row.priority else None,
            target_time_s=row.target_time_s,
        ),
        created_at=row.created_at,
    )


def _threshold(row: ThresholdRow | Any) -> ThresholdEntry:
    return ThresholdEntry(
        id=row.id,
        athlete_id=row.athlete_id,
        kind=ThresholdKind(row.kind),
        value=row.value,
        source=ThresholdSource(row.source),
        effective_date=row.effective_date,
        method=row.method,
        created_at=row.created_at,
    )


def _apply(row: AthleteProfileRow, fields: ProfileFields) -> None:
    row.sports = [sport.value for sport in fields.sports]
    row.experience = fields.experience.value if fields.experience else None
    row.races_finished = fields.races_finished
    row.birth_year = fields.birth_year
    row.sex = fields.sex.value if fields.sex else None
    row.weight_kg = fields.weight_kg
    row.weekly_hours = fields.weekly_hours
    row.available_weekdays = sorted(fields.available_weekdays)
    row.long_day = fields.long_day
    row.pool_access = fields.pool_access
    row.pool_weekdays = sorted(fields.pool_weekdays)
    row.has_power_meter = fields.has_power_meter
    row.has_hr_strap = fields.has_hr_strap
    row.has_smart_trainer = fields.has_smart_trainer
    row.watch_brand = fields.watch_brand
    row.injuries = fields.injuries
    row.units = fields.units.value
    row.brief_time = fields.brief_time


class ProfileRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- profile -------------------------------------------------------------------

    async def get(self, athlete_id: int) -> Profile | None:
        row = (await self._session.execute(_PROFILE, {"athlete_id": athlete_id})).first()
        return profile_from_row(row) if row is not None else None

    async def is_complete(self, athlete_id: int) -> bool:
        """Whether onboarding is finished: one column, not the whole profile (/start asks
        this of every athlete without a dialog under way)."""
        completed_at = await self._session.scalar(_COMPLETED_AT, {"athlete_id": athlete_id})
        return completed_at is not None

    async def save(
        self,
        athlete_id: int,
        fields: ProfileFields,
        *,
        now: datetime,
        completed_at: datetime | None = None,
    ) -> Profile:
        """Create or replace the athlete's profile fields; ``completed_at`` marks the
        end of onboarding (an earlier mark is never cleared)."""
        row = await self._profile_row(athlete_id)
        if row is None:
            row = AthleteProfileRow(athlete_id=athlete_id, created_at=now)
            self._session.add(row)
        _apply(row, fields)
        if completed_at is not None and row.onboarding_completed_at is None:
            row.onboarding_completed_at = completed_at
        row.updated_at = now
        await self._session.flush()
        return profile_from_row(row)

    async def set_timezone(self, athlete_id: int, timezone: str, *, now: datetime) -> None:
        """The timezone lives on the athlete (the scheduler reads it there)."""
        row = await self._session.get(AthleteRow, athlete_id)
        if row is None:
            raise LookupError(f"no athlete with id {athlete_id}")
        if row.timezone != timezone:
            row.timezone = timezone
            row.updated_at = now
            await self._session.flush()

    # -- goal ----------------------------------------------------------------------

    async def current_goal(self, athlete_id: int) -> Goal | None:
        row = (await self._session.execute(_CURRENT_GOAL, {"athlete_id": athlete_id})).first()
        return _goal(row) if row is not None else None

    async def replace_goal(self, athlete_id: int, fields: GoalFields, *, now: datetime) -> Goal:
        """Archive the current goal (kept for history) and make ``fields`` the new one."""
        current = await self._session.scalars(
            select(GoalRow).where(GoalRow.athlete_id == athlete_id, GoalRow.archived_at.is_(None))
        )
        for old in current:
            old.archived_at = now
        row = GoalRow(
            athlete_id=athlete_id,
            kind=fields.kind.value,
            discipline=fields.discipline.value if fields.discipline else None,
            distance_code=fields.distance_code,
            distance_m=fields.distance_m,
            duration_s=fields.duration_s,
            custom_name=fields.custom_name,
            race_date=fields.race_date,
            priority=fields.priority.value if fields.priority else None,
            target_time_s=fields.target_time_s,
            created_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return _goal(row)

    async def goal_history(self, athlete_id: int) -> list[Goal]:
        rows = await self._session.scalars(
            select(GoalRow).where(GoalRow.athlete_id == athlete_id).order_by(GoalRow.id)
        )
        return [_goal(row) for row in rows]

    # -- thresholds ----------------------------------------------------------------

    async def add_threshold(
        self, athlete_id: int, threshold: NewThreshold, *, now: datetime
    ) -> ThresholdEntry:
        row = ThresholdRow(
            athlete_id=athlete_id,
            kind=threshold.kind.value,
            value=float(threshold.value),
            source=threshold.source.value,
            method=threshold.method,
            effective_date=threshold.effective_date,
            created_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return _threshold(row)

    async def threshold_on(
        self, athlete_id: int, kind: ThresholdKind, day: date
    ) -> ThresholdEntry | None:
        """The value in force on ``day`` (see :meth:`thresholds_on`)."""
        return (await self.thresholds_on(athlete_id, day)).get(kind)

    async def thresholds_on(
        self, athlete_id: int, day: date
    ) -> dict[ThresholdKind, ThresholdEntry]:
        """Every kind's value in force on ``day`` (``thresholds_in_force``: before a kind's
        first date, its earliest known value)."""
        rows = await self._session.execute(_THRESHOLDS_ON, {"athlete_id": athlete_id})
        return thresholds_in_force((_threshold(row) for row in rows), day)

    async def threshold_history(
        self, athlete_id: int, kind: ThresholdKind | None = None
    ) -> list[ThresholdEntry]:
        """Entries oldest first (by effective date, then by when they were entered)."""
        query = select(ThresholdRow).where(ThresholdRow.athlete_id == athlete_id)
        if kind is not None:
            query = query.where(ThresholdRow.kind == kind.value)
        rows = await self._session.scalars(
            query.order_by(ThresholdRow.effective_date, ThresholdRow.id)
        )
        return [_threshold(row) for row in rows]

    async def _profile_row(self, athlete_id: int) -> AthleteProfileRow | None:
        return await self._session.scalar(
            select(AthleteProfileRow).where(AthleteProfileRow.athlete_id == athlete_id)
        )
