"""The morning check-in: daily wellness, one row per athlete and local day, editable all
that day; read back on the science core's scales for readiness and the morning brief."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.ingest.checkin import FLAGS, Measurements, answer, with_measurements
from bot.coach.profile.timezones import local_now
from bot.coach.science import WellnessDay
from bot.domain.athletes import Athlete
from bot.domain.wellness import WellnessFields, WellnessRecord
from bot.storage.repositories import WellnessRepository

SOURCE = "checkin"
FLAG_SOURCE = "reminder"  # a day first flagged by the evening reminder's "skipped: ill"


class WellnessService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._wellness = WellnessRepository(session)
        self._clock = clock

    def today(self, athlete: Athlete) -> date:
        return local_now(athlete.timezone, self._clock.now()).date()

    async def day(self, athlete_id: int, day: date) -> WellnessRecord | None:
        return await self._wellness.get(athlete_id, day)

    async def current(self, athlete: Athlete, day: date | None = None) -> WellnessFields:
        """The day's answers so far (empty before the first tap)."""
        record = await self._wellness.get(athlete.id, day or self.today(athlete))
        return record.fields if record is not None else WellnessFields()

    async def answer(
        self, athlete: Athlete, day: date, question: str, value: str
    ) -> WellnessFields:
        """Apply one button of the check-in and keep it at once (a check-in left half
        done still counts for what it says)."""
        fields = answer(await self.current(athlete, day), question, value)
        await self._save(athlete.id, day, fields)
        return fields

    async def measure(self, athlete: Athlete, day: date, measured: Measurements) -> WellnessFields:
        fields = with_measurements(await self.current(athlete, day), measured)
        await self._save(athlete.id, day, fields)
        return fields

    async def set_flag(self, athlete: Athlete, day: date, flag: str) -> WellnessFields:
        """Mark ``day`` ill or injured (``flag`` is "illness" or "injury"), keeping the
        rest of the day's answers; setting it twice changes nothing."""
        if flag not in FLAGS:
            raise ValueError(f"{flag!r} is not a wellness flag")
        record = await self._wellness.get(athlete.id, day)
        fields = record.fields if record is not None else WellnessFields()
        if getattr(fields, flag):
            return fields
        flagged = replace(fields, **{flag: True})
        source = record.source if record is not None else FLAG_SOURCE
        await self._wellness.save(athlete.id, day, flagged, source=source, now=self._clock.now())
        return flagged

    async def finish(self, athlete: Athlete, day: date) -> WellnessRecord:
        fields = await self.current(athlete, day)
        return await self._wellness.save(
            athlete.id, day, fields, source=SOURCE, now=self._clock.now(), completed=True
        )

    async def checked_in(self, athlete_id: int, day: date) -> bool:
        return is_check_in(await self._wellness.get(athlete_id, day))

    async def records(self, athlete_id: int, first: date, last: date) -> list[WellnessRecord]:
        """The stored days from ``first`` to ``last``, oldest first."""
        return await self._wellness.between(athlete_id, first, last)

    async def answers(
        self, athlete_id: int, first: date, last: date
    ) -> list[tuple[date, WellnessFields]]:
        """Each stored day's answers from ``first`` to ``last``, oldest first (less to
        read than :meth:`records`: what readiness needs)."""
        return await self._wellness.answers_between(athlete_id, first, last)

    async def days(self, athlete_id: int, first: date, last: date) -> list[WellnessDay]:
        """Check-ins from ``first`` to ``last`` as the science core's ``WellnessDay``
        (readiness, the morning brief)."""
        return [wellness_day_of(d, f) for d, f in await self.answers(athlete_id, first, last)]

    async def merge_synced(
        self, athlete_id: int, day: date, values: dict[str, float | int], *, source: str
    ) -> bool:
        """Values a service measured for ``day``, each kept with its source. What the
        athlete answered in Tempo's own check-in stays: a service fills gaps and refreshes
        its own earlier values, it never overwrites the athlete. True if anything changed."""
        record = await self._wellness.get(athlete_id, day)
        fields = record.fields if record is not None else WellnessFields()
        sources = dict(record.field_sources) if record is not None else {}
        changes: dict[str, Any] = {}
        for name, value in values.items():
            current_value = getattr(fields, name)
            theirs = record is None or current_value is None or name in sources
            if theirs and current_value != value:
                changes[name] = value
                sources[name] = source
        if not changes:
            return False
        await self._wellness.save(
            athlete_id,
            day,
            replace(fields, **changes),
            source=record.source if record is not None else source,
            now=self._clock.now(),
            field_sources=sources,
        )
        return True

    async def _save(self, athlete_id: int, day: date, fields: WellnessFields) -> None:
        """The athlete's own answer: a value they change is theirs from now on (its
        service source is dropped, and a later sync leaves it alone)."""
        record = await self._wellness.get(athlete_id, day)
        sources = None
        if record is not None and record.field_sources:
            sources = {
                name: origin
                for name, origin in record.field_sources.items()
                if getattr(record.fields, name) == getattr(fields, name)
            }
        await self._wellness.save(
            athlete_id, day, fields, source=SOURCE, now=self._clock.now(), field_sources=sources
        )


def is_check_in(record: WellnessRecord | WellnessFields | None) -> bool:
    """A day counts as checked in once any answer is in."""
    if isinstance(record, WellnessRecord):
        record = record.fields
    return record is not None and record.answered > 0


def wellness_day(record: WellnessRecord) -> WellnessDay:
    """A stored day on the science core's scales."""
    return wellness_day_of(record.day, record.fields)


def wellness_day_of(day: date, fields: WellnessFields) -> WellnessDay:
    """A day's answers on the science core's scales."""
    return WellnessDay(
        day=day,
        rmssd_ms=fields.rmssd_ms,
        resting_hr_bpm=fields.resting_hr_bpm,
        sleep_hours=fields.sleep_hours,
        sleep_quality=fields.sleep_quality,
        fatigue=fields.fatigue,
        soreness=fields.soreness,
        stress=fields.stress,
        mood=fields.mood,
        motivation=fields.motivation,
        illness=fields.illness,
        injury=fields.injury,
    )
