"""The athlete's profile: what onboarding collected, what /settings changes, the zones."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.profile.dialog import Answers
from bot.coach.profile.records import goal_fields, hr_max_estimate, new_thresholds, profile_fields
from bot.coach.profile.timezones import local_now
from bot.coach.profile.zones import ProfileZones, compute_zones, missing_tests
from bot.domain.athletes import Athlete
from bot.domain.profiles import (
    NewThreshold,
    Profile,
    ProfileFields,
    ProfileSnapshot,
    ThresholdEntry,
    ThresholdKind,
    ThresholdSource,
)
from bot.storage.repositories import (
    AthleteRepository,
    ProfileRepository,
    ZoneOverrideRepository,
)


class ProfileService:
    """Reads and changes profiles, goals and thresholds; one session per update or job."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._profiles = ProfileRepository(session)
        self._athletes = AthleteRepository(session)
        self._zone_overrides = ZoneOverrideRepository(session)
        self._clock = clock

    def today(self, timezone: str) -> date:
        """The athlete's local date now."""
        return local_now(timezone, self._clock.now()).date()

    async def get(self, athlete_id: int) -> Profile | None:
        return await self._profiles.get(athlete_id)

    async def is_complete(self, athlete_id: int) -> bool:
        return await self._profiles.is_complete(athlete_id)

    async def snapshot(self, athlete_id: int, day: date | None = None) -> ProfileSnapshot | None:
        """Profile, current goal and the thresholds in force on ``day`` (default: the
        athlete's today); None before the athlete has a profile."""
        athlete = await self._athletes.get(athlete_id)
        profile = await self._profiles.get(athlete_id)
        if athlete is None or profile is None:
            return None
        return await self.snapshot_of(athlete, profile, day)

    async def snapshot_of(
        self, athlete: Athlete, profile: Profile, day: date | None = None
    ) -> ProfileSnapshot:
        """:meth:`snapshot` for an athlete and profile already read in this session (a
        push has both in hand): only the goal and the thresholds are read."""
        athlete_id = athlete.id
        on = day or self.today(athlete.timezone)
        return ProfileSnapshot(
            profile=profile,
            goal=await self._profiles.current_goal(athlete_id),
            timezone=athlete.timezone,
            language=athlete.language,
            thresholds=await self._profiles.thresholds_on(athlete_id, on),
            today=on,
            zone_overrides=await self._zone_overrides.in_force(athlete_id),
        )

    def zones(self, snapshot: ProfileSnapshot) -> ProfileZones:
        """The effective zones: computed from the thresholds, the custom ones applied."""
        return compute_zones(snapshot.profile.fields, snapshot.thresholds, snapshot.zone_overrides)

    def missing_tests(self, snapshot: ProfileSnapshot) -> list[str]:
        return missing_tests(snapshot.profile.fields, snapshot.thresholds)

    async def save_answers(
        self, athlete: Athlete, answers: Answers, asked: Iterable[str], *, complete: bool
    ) -> ProfileSnapshot:
        """Store what a dialog collected: profile fields, the goal if it was asked, new
        threshold values, the timezone; ``complete`` marks the end of onboarding.

        HRmax that nobody measured is estimated from age (Tanaka) and marked so.
        """
        steps = set(asked)
        now = self._clock.now()
        timezone = athlete.timezone
        if "timezone" in steps and isinstance(answers.get("timezone"), dict):
            timezone = str(answers["timezone"]["zone"])
            await self._profiles.set_timezone(athlete.id, timezone, now=now)
        today = self.today(timezone)
        current = await self._profiles.get(athlete.id)
        base = current.fields if current else ProfileFields()
        fields = profile_fields(answers, base, steps)
        await self._profiles.save(
            athlete.id, fields, now=now, completed_at=now if complete else None
        )
        if "goal" in steps:
            await self._profiles.replace_goal(athlete.id, goal_fields(answers), now=now)
        in_force = await self._profiles.thresholds_on(athlete.id, today)
        for threshold in new_thresholds(answers, steps, today):
            if not _same(in_force.get(threshold.kind), threshold):
                await self._profiles.add_threshold(athlete.id, threshold, now=now)
        await self._estimate_hr_max(athlete.id, fields, today, answers, steps)
        snapshot = await self.snapshot(athlete.id, today)
        assert snapshot is not None  # saved above
        return snapshot

    async def add_threshold(self, athlete_id: int, threshold: NewThreshold) -> ThresholdEntry:
        """A new value from its effective date on; earlier values stay in the history."""
        return await self._profiles.add_threshold(athlete_id, threshold, now=self._clock.now())

    async def threshold_on(
        self, athlete_id: int, kind: ThresholdKind, day: date
    ) -> ThresholdEntry | None:
        return await self._profiles.threshold_on(athlete_id, kind, day)

    async def latest_entered(self, athlete_id: int, kind: ThresholdKind) -> ThresholdEntry | None:
        """The entry of ``kind`` entered last, whatever date it took effect."""
        history = await self._profiles.threshold_history(athlete_id, kind)
        return max(history, key=lambda entry: entry.id) if history else None

    async def threshold_history(
        self, athlete_id: int, kind: ThresholdKind | None = None
    ) -> list[ThresholdEntry]:
        return await self._profiles.threshold_history(athlete_id, kind)

    async def _estimate_hr_max(
        self,
        athlete_id: int,
        fields: ProfileFields,
        today: date,
        answers: Answers,
        steps: set[str],
    ) -> None:
        """Estimate HRmax when it was asked and not known, or when the birth year changed
        and the value in force is itself an estimate."""
        current = await self._profiles.threshold_on(athlete_id, ThresholdKind.HR_MAX, today)
        unknown_now = "hr_max" in steps and answers.get("hr_max") is None and current is None
        stale = (
            "birth_year" in steps
            and current is not None
            and current.source is ThresholdSource.ESTIMATED
        )
        estimate = hr_max_estimate(fields.birth_year, today)
        if estimate is not None and (unknown_now or stale) and not _same(current, estimate):
            await self._profiles.add_threshold(athlete_id, estimate, now=self._clock.now())


def _same(entry: ThresholdEntry | None, new: NewThreshold) -> bool:
    return (
        entry is not None
        and abs(entry.value - new.value) < 1e-6
        and entry.source is new.source
        and entry.effective_date <= new.effective_date
    )
