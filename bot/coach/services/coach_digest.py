"""The human coach's pushes: the morning digest and the Sunday squad summary (/digest).

Settings (on/off, the digest's local time, the weekly summary on/off), the schedule the
tick reads, and the facts a push is composed from — read through the access gate when
the push is sent, so a scope withdrawn after the tick shows nothing of that athlete. The
words are the handlers' (``bot/handlers/digest_render.py``), handed in as
:class:`DigestWords` by the composition root.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.briefs.schedule import DuePush, next_occurrence, zone_for
from bot.coach.planning.model import monday
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.parsing import parse_time_of_day
from bot.coach.services.access import AccessGate
from bot.coach.squads.digest import (
    SUMMARY_WEEKDAY,
    WEEKLY_SUMMARY_AT,
    DailyDigest,
    SquadWeek,
    coach_due_pushes,
    daily_digest,
)
from bot.domain.athletes import Athlete, AthleteStatus
from bot.domain.deliveries import Delivery, DeliveryKind, OutgoingMessage
from bot.domain.digests import DigestPreferences
from bot.i18n import Translator
from bot.storage.repositories import AthleteRepository, CoachDigestRepository, SquadRepository

COACH_PUSHES = frozenset({DeliveryKind.COACH_DIGEST, DeliveryKind.COACH_WEEKLY})


class DigestTimeUnreadableError(ValueError):
    """The typed digest time is not a time of day."""


class DigestWords(Protocol):
    """How the pushes read in Telegram (``bot/handlers/digest_render.py``)."""

    def daily(self, t: Translator, digest: DailyDigest) -> OutgoingMessage: ...

    def weekly(self, t: Translator, week: SquadWeek) -> OutgoingMessage: ...


@dataclass(frozen=True, slots=True)
class DigestSettings:
    """What /digest shows; ``next_*`` in the coach's zone (None when turned off)."""

    preferences: DigestPreferences
    timezone: str
    has_squad: bool
    next_digest: datetime | None
    next_summary: datetime | None


@dataclass(frozen=True, slots=True)
class NotWanted:
    """The push is not wanted any more; ``reason`` is recorded on the row."""

    reason: str


class CoachDigestService:
    """A coach's digest settings, schedule and composition; one session per update or job."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._preferences = CoachDigestRepository(session)
        self._squads = SquadRepository(session)
        self._athletes = AthleteRepository(session)
        self._gate = AccessGate(session, clock)
        self._clock = clock

    # -- /digest -----------------------------------------------------------------------

    async def settings(self, coach: Athlete) -> DigestSettings:
        preferences = await self._preferences.get(coach.id)
        zone = zone_for(coach.timezone)
        now = self._clock.now()
        upcoming = summary = None
        if preferences.enabled:
            found = next_occurrence(now, zone, preferences.at)
            upcoming = found[1].astimezone(zone) if found else None
        if preferences.weekly_enabled:
            other_days = tuple(d for d in range(7) if d != SUMMARY_WEEKDAY)
            found = next_occurrence(now, zone, WEEKLY_SUMMARY_AT, other_days)
            summary = found[1].astimezone(zone) if found else None
        has_squad = bool(await self._squads.squads_of(coach.id))
        return DigestSettings(preferences, coach.timezone, has_squad, upcoming, summary)

    async def set_enabled(self, coach: Athlete, enabled: bool) -> None:
        await self._save(replace(await self._preferences.get(coach.id), enabled=enabled))

    async def set_weekly(self, coach: Athlete, enabled: bool) -> None:
        await self._save(replace(await self._preferences.get(coach.id), weekly_enabled=enabled))

    async def set_time(self, coach: Athlete, at: time) -> None:
        """Move the digest (and turn it on); a digest already sent today is not sent again."""
        preferences = await self._preferences.get(coach.id)
        await self._save(replace(preferences, enabled=True, at=at.replace(second=0)))

    async def set_time_text(self, coach: Athlete, text: str) -> time:
        try:
            at = parse_time_of_day(text)
        except ProfileInputError as error:
            raise DigestTimeUnreadableError(text) from error
        await self.set_time(coach, at)
        return at

    async def _save(self, preferences: DigestPreferences) -> None:
        await self._preferences.save(preferences, now=self._clock.now())

    # -- the tick and the sender ---------------------------------------------------------

    async def due(self, now: datetime, *, lookback: timedelta) -> list[DuePush]:
        """Digests and summaries due in (now − lookback, now], each in its coach's zone."""
        entries = await self._preferences.schedule_entries()
        return list(coach_due_pushes(entries, now, lookback=lookback))

    async def compose(
        self, delivery: Delivery, words: DigestWords, t_for: TranslatorFor
    ) -> OutgoingMessage | NotWanted:
        """The push composed now, from what every athlete grants at this moment."""
        if delivery.athlete_id is None:
            return NotWanted("no coach")
        coach = await self._athletes.get(delivery.athlete_id)
        if coach is None:
            return NotWanted("coach gone")
        if coach.status is not AthleteStatus.ACTIVE:
            return NotWanted(f"coach {coach.status}")
        preferences = await self._preferences.get(coach.id)
        t = t_for(coach.language)
        if delivery.kind is DeliveryKind.COACH_WEEKLY:
            if not preferences.weekly_enabled:
                return NotWanted("weekly summary turned off")
            week = await self.week(coach.id, delivery.local_date)
            return words.weekly(t, week) if week.athletes else NotWanted("no athletes")
        if not preferences.enabled:
            return NotWanted("digest turned off")
        digest = await self.daily(coach.id, delivery.local_date)
        if not digest.attention and not digest.rest:
            return NotWanted("no athletes")
        return words.daily(t, digest)

    async def daily(self, coach_id: int, day: date) -> DailyDigest:
        """The roster as the gate gives it now, split into attention and the rest."""
        return daily_digest(day, await self._gate.roster(coach_id))

    async def week(self, coach_id: int, day: date) -> SquadWeek:
        """The calendar week that ``day`` (the coach's Sunday) ends."""
        return await self._gate.squad_week(coach_id, monday(day))


class TranslatorFor(Protocol):
    def __call__(self, language: str) -> Translator: ...
