"""Training data in: uploaded files and quick logs become activities with load, zones
and their planned session; RPE, notes, re-matching, deletion and fitness over time.

Decisions:

* Parsing and the metrics run in a worker thread (``asyncio.to_thread``): both are
  CPU-bound and would stall every other chat otherwise.
* Load uses the thresholds that held on the activity's local day (the threshold
  history), so a late upload is scored as it would have been on the day.
* Nothing is stored from a damaged file unless the athlete asks (``accept_partial``);
  nothing is stored twice: the same file (the hash of the activity's own bytes and its
  position in the file) or the same workout from another source (same sport, start
  within ``SAME_WORKOUT_WINDOW``) is reported as a duplicate instead.
* Daily load, CTL, ATL and TSB are not stored: they are recomputed on demand from the
  activities' loads (``fitness``). A late upload, a deletion or a changed RPE therefore
  changes every later day at once, with no rows to invalidate; folding a few years of
  days is a few milliseconds.
* The original upload is kept (chunked, in the database) once per athlete and hash, for
  re-analysis (``reanalyse``: a changed sport) and export.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from hashlib import sha256
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.ingest import (
    DamagedFileError,
    IngestError,
    ParsedActivity,
    ParsedUpload,
    Sport,
    StorageQuotaError,
    SubSport,
    parse_upload,
)
from bot.coach.ingest.matching import (
    DURATION_TOLERANCE,
    DoneWork,
    MatchOutcome,
    best_match,
    outcome,
)
from bot.coach.ingest.metrics import (
    activity_fields,
    activity_load,
    best_load,
    compute_metrics,
    local_date_of,
    science_sport,
    summary_load,
)
from bot.coach.ingest.quicklog import Caption, QuickLog
from bot.coach.profile.timezones import local_now
from bot.coach.profile.zones import science_overrides
from bot.coach.science import (
    AthleteThresholds,
    LoadMethod,
    PmcDay,
    SessionData,
    pmc_last_day,
    pmc_series,
)
from bot.coach.science import Sex as ScienceSex
from bot.domain.activities import (
    Activity,
    ActivityFields,
    ActivityLoad,
    ActivitySource,
    CandidateSession,
    MatchKind,
)
from bot.domain.athletes import Athlete
from bot.domain.profiles import Sex, ThresholdEntry, ThresholdKind, thresholds_in_force
from bot.storage.repositories import (
    ActivityRepository,
    ProfileRepository,
    ZoneOverrideRepository,
)

# Two recordings of one workout (watch and bike computer, or a file and Strava's copy)
# start within a few minutes of each other.
SAME_WORKOUT_WINDOW = timedelta(minutes=5)
# ...and last the same time, give or take this share, when their sports are named apart.
SAME_LENGTH = 0.1
# Original files kept per athlete (a year of daily 1 s FIT files is ~400 MB; a club's
# database should not grow by a gigabyte for one person's bulk export).
ORIGINALS_QUOTA_BYTES = 500 * 1024 * 1024
# Parses running at once in one process: each holds a file, its decoded records and
# a worker thread; more would only queue for the same cores.
MAX_PARALLEL_PARSES = 2
# Re-matching offers the sessions of this many days either side.
REMATCH_DAYS = 2
PENDING = "pending"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A parsed activity that was not stored because Tempo has it already."""

    existing: Activity
    same_file: bool  # True: this very file; False: the same workout from another source


class SyncedResult(StrEnum):
    STORED = "stored"
    KNOWN = "known"  # this service's activity is stored already
    DUPLICATE = "duplicate"  # the same workout came first from another source


@dataclass(frozen=True, slots=True)
class SyncedOutcome:
    result: SyncedResult
    activity: Activity | None = None


@dataclass(frozen=True, slots=True)
class MemberFailure:
    """A file inside a zip that gave nothing, with its error's code and params."""

    name: str
    error: IngestError


@dataclass(frozen=True, slots=True)
class IngestReport:
    stored: tuple[Activity, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    # Tracks without timestamps: held until the athlete says when and how long.
    untimed: tuple[ParsedActivity, ...] = ()
    failures: tuple[MemberFailure, ...] = ()
    salvaged: bool = False
    # Workouts logged by hand (/log, the evening reminder) that a recorded file of the
    # same workout replaced: the file's data wins, their RPE, note and plan link carry over.
    replaced: tuple[Activity, ...] = ()


@dataclass(frozen=True, slots=True)
class ActivityView:
    """An activity with what the summary card shows beside it."""

    activity: Activity
    session: CandidateSession | None = None
    match: MatchOutcome | None = None
    legs: tuple[Activity, ...] = field(default=())
    fitness: PmcDay | None = None


class ParseGate:
    """Caps the parses running at once in this process (built by the composition
    root and shared by every update); the others wait their turn."""

    def __init__(self, limit: int = MAX_PARALLEL_PARSES) -> None:
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)

    async def run(self, work: Callable[[str, bytes], T], file_name: str, data: bytes) -> T:
        """``work(file_name, data)`` in a worker thread once a slot is free."""
        async with self._slots:
            return await asyncio.to_thread(work, file_name, data)

    async def parse(self, file_name: str, data: bytes) -> ParsedUpload:
        return await self.run(parse_upload, file_name, data)


def fold_fitness(daily_loads: Mapping[date, float], day: date) -> PmcDay | None:
    """CTL, ATL, TSB… on ``day`` from the loads per local day (days after ``day`` are
    ignored), folded from the first day with load; None before any load (not zeros). A
    day's load is capped at 3,000 as everywhere (a corrupt file must not swamp fitness)."""
    loads = {on: load for on, load in daily_loads.items() if load > 0 and on <= day}
    if not loads:
        return None  # no load history yet: no fitness to speak of, not zeros
    first = min(loads)
    count = (day - first).days + 1
    return pmc_last_day(
        min(loads.get(first + timedelta(days=i), 0.0), 3000.0) for i in range(count)
    )


def fitness_days(daily_loads: Mapping[date, float], first: date, last: date) -> dict[date, PmcDay]:
    """:func:`fold_fitness` for every day from ``first`` to ``last`` in one fold (days
    before any load are absent)."""
    loads = {on: load for on, load in daily_loads.items() if load > 0 and on <= last}
    if not loads:
        return {}
    start = min(loads)
    days = [start + timedelta(days=i) for i in range((last - start).days + 1)]
    series = pmc_series(min(loads.get(day, 0.0), 3000.0) for day in days)
    return {day: point for day, point in zip(days, series, strict=True) if day >= first}


class ActivityService:
    """Activities of one athlete; one session per update or job."""

    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        *,
        parse_gate: ParseGate | None = None,
        quota_bytes: int = ORIGINALS_QUOTA_BYTES,
    ) -> None:
        self._activities = ActivityRepository(session)
        self._profiles = ProfileRepository(session)
        self._zone_overrides = ZoneOverrideRepository(session)
        self._clock = clock
        self._gate = parse_gate or ParseGate(limit=1_000_000)  # jobs, benches: no cap
        self._quota = quota_bytes

    # -- files -----------------------------------------------------------------------

    async def ingest(
        self,
        athlete: Athlete,
        file_name: str,
        data: bytes,
        *,
        accept_partial: bool = False,
        untimed_day: date | None = None,
        untimed_duration_s: float | None = None,
        caption: Caption | None = None,
    ) -> IngestReport:
        """Parse an upload and store its activities.

        Raises the parser's ``IngestError`` for a file that gives nothing; a damaged
        file raises too unless ``accept_partial`` (the athlete said "save what is
        there"), when its intact part is stored. Tracks without timestamps are returned
        in ``untimed`` unless ``untimed_day`` says which day they were (and
        ``untimed_duration_s`` how long, for a single track). ``caption`` (what the
        athlete wrote under the file) gives every stored workout leg its RPE and the
        first its note.
        """
        salvaged = False
        try:
            upload = await self._gate.parse(file_name, data)
            parsed = upload.activities
        except DamagedFileError as error:
            if not (accept_partial and error.salvageable):
                raise
            upload, parsed, salvaged = None, error.partial, True
        failures = tuple(
            MemberFailure(member.name, member.error)
            for member in (upload.members if upload else ())
            if member.error is not None
        )
        timed = [a for a in parsed if a.start_time is not None]
        untimed = [a for a in parsed if a.start_time is None]
        to_store: list[tuple[ParsedActivity, date | None, float | None]]
        if untimed_day is None:
            to_store = [(a, None, None) for a in timed]
        else:
            duration = untimed_duration_s if len(untimed) == 1 else None
            to_store = [(a, untimed_day, duration) for a in untimed]
        stored: list[Activity] = []
        duplicates: list[Duplicate] = []
        file_id: int | None = None
        for activity, day, duration in to_store:
            duplicate = await self._duplicate_of(athlete.id, activity)
            if duplicate is not None:
                duplicates.append(duplicate)
                continue
            if file_id is None:
                file_id = await self._keep_file(athlete.id, file_name, data, upload)
            stored.append(await self._store(athlete, activity, file_id, day, duration))
        replaced: list[Activity] = []
        for index, new in enumerate(stored):
            logged = await self._logged_by_hand(new)
            if logged is None:
                await self._auto_match(new)
                continue
            stored[index] = await self._take_over(logged, new)
            replaced.append(logged)
        if caption is not None:
            stored = await self._apply_caption(stored, caption)
        return IngestReport(
            replaced=tuple(replaced),
            stored=tuple(stored),
            duplicates=tuple(duplicates),
            untimed=tuple(untimed) if untimed_day is None else (),
            failures=failures,
            salvaged=salvaged,
        )

    async def _apply_caption(self, stored: list[Activity], caption: Caption) -> list[Activity]:
        out: list[Activity] = []
        noted = False
        for stored_activity in stored:
            activity = stored_activity
            if activity.fields.sub_sport != "transition":
                if caption.rpe is not None and activity.fields.rpe is None:
                    activity = await self.set_rpe(activity.athlete_id, activity.id, caption.rpe)
                if caption.note and not noted and not activity.fields.note:
                    activity = await self.set_note(activity.athlete_id, activity.id, caption.note)
                    noted = True
            out.append(activity)
        return out

    async def _logged_by_hand(self, recorded: Activity) -> Activity | None:
        """A hand-logged workout that ``recorded`` (from a file) is the record of: same
        day, same sport, and a duration within the plan-matching tolerance (±30 %)."""
        seconds = recorded.duration_s
        if not seconds:
            return None
        same_day = await self._activities.on_days(
            recorded.athlete_id, recorded.local_date, recorded.local_date
        )
        candidates = [
            a
            for a in same_day
            if a.fields.source == ActivitySource.MANUAL
            and a.fields.sport == recorded.fields.sport
            and a.duration_s
            and abs(a.duration_s - seconds) <= DURATION_TOLERANCE * seconds
        ]
        if not candidates:
            return None
        return min(candidates, key=lambda a: abs((a.duration_s or 0.0) - seconds))

    async def _take_over(self, logged: Activity, recorded: Activity) -> Activity:
        """``recorded`` replaces ``logged``: it keeps the athlete's RPE and note and the
        planned session ``logged`` was linked to; ``logged`` is deleted."""
        fields = replace(
            recorded.fields,
            rpe=recorded.fields.rpe or logged.fields.rpe,
            note=recorded.fields.note or logged.fields.note,
        )
        if fields != recorded.fields:
            recorded = await self._activities.replace(recorded.id, fields, now=self._clock.now())
        if recorded.fields.load is None and recorded.fields.rpe:
            # A file with no sensor to score it: the athlete's RPE gives its load.
            recorded = await self.set_rpe(recorded.athlete_id, recorded.id, recorded.fields.rpe)
        session_id, kind = logged.planned_session_id, logged.match_kind
        await self._activities.delete(logged.id)
        if kind is MatchKind.UNMATCHED:
            # The athlete said it belongs to no session: the record of it neither.
            await self._activities.set_match(recorded.id, None, kind, now=self._clock.now())
        elif session_id is None or kind is None:
            await self._auto_match(recorded)
        else:
            await self._activities.set_match(recorded.id, session_id, kind, now=self._clock.now())
            await self._mark(recorded, session_id)
        return await self._owned(recorded.athlete_id, recorded.id)

    async def _duplicate_of(self, athlete_id: int, activity: ParsedActivity) -> Duplicate | None:
        same = await self._activities.by_hash(athlete_id, activity.sha256, activity.file_index)
        if same is not None:
            return Duplicate(same, same_file=True)
        if activity.start_time is None:
            return None
        near = await self._activities.started_near(
            athlete_id, activity.sport.value, activity.start_time, SAME_WORKOUT_WINDOW
        )
        if near is None:
            near = await self._same_length_near(athlete_id, activity)
        return Duplicate(near, same_file=False) if near is not None else None

    async def _same_length_near(
        self, athlete_id: int, activity: ParsedActivity
    ) -> Activity | None:
        """The same recording under another sport's name (a service that calls a run
        "Workout"): any activity started within the window whose duration is within
        ``SAME_LENGTH`` of this one's."""
        seconds = activity.timer_s or activity.elapsed_s
        if activity.start_time is None or not seconds:
            return None
        for other in await self._activities.started_between(
            athlete_id,
            activity.start_time - SAME_WORKOUT_WINDOW,
            activity.start_time + SAME_WORKOUT_WINDOW,
        ):
            length = other.duration_s
            if length and abs(length - seconds) <= SAME_LENGTH * seconds:
                return other
        return None

    async def _keep_file(
        self, athlete_id: int, file_name: str, data: bytes, upload: ParsedUpload | None
    ) -> int:
        digest = upload.sha256 if upload is not None else sha256(data).hexdigest()
        existing = await self._activities.file_by_hash(athlete_id, digest)
        if existing is not None:
            return existing.id
        used = await self._activities.files_size(athlete_id)
        if used + len(data) > self._quota:
            raise StorageQuotaError(used_bytes=used, limit_bytes=self._quota)
        kept = await self._activities.add_file(
            athlete_id,
            sha256=digest,
            file_name=file_name,
            container=upload.container if upload is not None else "damaged",
            data=data,
            now=self._clock.now(),
        )
        return kept.id

    async def _store(
        self,
        athlete: Athlete,
        activity: ParsedActivity,
        file_id: int,
        day: date | None,
        duration_s: float | None,
    ) -> Activity:
        if activity.start_time is not None:
            day = local_date_of(activity.start_time, athlete.timezone)
        assert day is not None  # untimed tracks are stored only with a day
        thresholds = await self.thresholds(athlete.id, day)
        metrics = await asyncio.to_thread(
            compute_metrics, activity, thresholds, duration_s=duration_s
        )
        fields = activity_fields(
            activity, metrics, timezone=athlete.timezone, local_date=day, duration_s=duration_s
        )
        return await self._activities.add(
            athlete.id, fields, file_id=file_id, now=self._clock.now()
        )

    async def reanalyse(self, athlete: Athlete, activity_id: int, *, sport: str) -> Activity:
        """Score a stored file activity again as ``sport`` (when the file did not say),
        from its original file, with the thresholds of its day."""
        current_activity = await self._owned(athlete.id, activity_id)
        fields = current_activity.fields
        if current_activity.file_id is None:
            updated = replace(fields, sport=sport)
            load = self._manual_load(updated, await self.thresholds(athlete.id, fields.local_date))
            return await self._activities.replace(
                activity_id, replace(updated, load=load), now=self._clock.now()
            )
        source = await self._parsed_source(current_activity, {})
        if source is None:
            raise LookupError(f"activity {activity_id} is no longer in its file")
        source = replace(source, sport=Sport(sport), sub_sport=SubSport.GENERIC)
        thresholds = await self.thresholds(athlete.id, fields.local_date)
        rebuilt = await self._rebuilt(source, fields, thresholds)
        rebuilt = replace(
            rebuilt,
            note=fields.note,
            warnings=tuple(w for w in rebuilt.warnings if w != "sport_unknown"),
        )
        updated_activity = await self._activities.replace(
            activity_id, rebuilt, now=self._clock.now()
        )
        await self._auto_match(updated_activity)
        return updated_activity

    async def _parsed_source(
        self, activity: Activity, parsed_files: dict[int, list[ParsedActivity]]
    ) -> ParsedActivity | None:
        """The activity as parsed again from its original file (each file parsed once per
        ``parsed_files``); None when the file no longer holds it."""
        file_id = activity.file_id
        assert file_id is not None
        if file_id not in parsed_files:
            data = b"".join(await self._activities.file_chunks(file_id))
            stored_file = await self._activities.file(file_id)
            name = stored_file.file_name if stored_file else "activity"
            try:
                parsed_files[file_id] = list((await self._gate.parse(name, data)).activities)
            except DamagedFileError as error:
                parsed_files[file_id] = list(error.partial)
        index = activity.fields.file_index
        return next((a for a in parsed_files[file_id] if a.file_index == index), None)

    async def _rebuilt(
        self, source: ParsedActivity, fields: ActivityFields, thresholds: AthleteThresholds
    ) -> ActivityFields:
        """Stored ``fields`` computed again from ``source`` with ``thresholds``."""
        metrics = await asyncio.to_thread(
            compute_metrics, source, thresholds, rpe=fields.rpe, duration_s=fields.moving_s
        )
        return activity_fields(
            source,
            metrics,
            timezone=fields.timezone,
            local_date=fields.local_date,
            duration_s=fields.moving_s if fields.start_time is None else None,
            rpe=fields.rpe,
        )

    async def rescore(
        self, athlete: Athlete, previous: Sequence[ThresholdEntry] | None = None
    ) -> int:
        """Score activities again with the thresholds in force on their days (after the
        threshold history changed from ``previous``: only the days whose thresholds it
        changed; every activity without it); returns how many loads changed. Files are
        parsed again from the stored originals; the sport the athlete chose, the note, the
        RPE and the plan link stay. Time in zones is stored again when it moved (new
        thresholds, or custom zones set or reset) even where the load did not.

        Runs inside the caller's transaction (services never commit): a history change
        and the loads it changes are stored together or not at all. Re-parsing goes
        through the ParseGate (a whole FIT file takes milliseconds on the fast path)."""
        history = await self._profiles.threshold_history(athlete.id)
        profile = await self._profiles.get(athlete.id)
        sex = profile.fields.sex if profile is not None else None
        overrides = science_overrides(await self._zone_overrides.in_force(athlete.id))
        parsed_files: dict[int, list[ParsedActivity]] = {}
        changed = 0
        for activity in await self._activities.every(athlete.id):
            fields = activity.fields
            in_force = thresholds_in_force(history, fields.local_date)
            if previous is not None and thresholds_in_force(previous, fields.local_date) == (
                in_force
            ):
                continue  # the same thresholds as when it was scored
            thresholds = replace(_science_thresholds(in_force, sex), zone_overrides=overrides)
            if activity.file_id is None:
                kept = fields.load if _from_service(fields.load) else None
                load = summary_load(fields, thresholds, service_load=kept.value if kept else None)
                updated = replace(fields, load=load)
            else:
                source = await self._parsed_source(activity, parsed_files)
                if source is None:
                    continue
                source = replace(
                    source, sport=Sport(fields.sport), sub_sport=SubSport(fields.sub_sport)
                )
                rebuilt = await self._rebuilt(source, fields, thresholds)
                updated = replace(
                    fields,
                    load=rebuilt.load,
                    zones=rebuilt.zones,
                    normalized_power=rebuilt.normalized_power,
                )
            same_load = _load_key(updated.load) == _load_key(fields.load)
            if same_load and updated.zones == fields.zones:
                continue
            changed += 0 if same_load else 1
            stored = await self._activities.replace(activity.id, updated, now=self._clock.now())
            if stored.planned_session_id is not None:
                await self._mark(stored, stored.planned_session_id)
        return changed

    # -- synced from a service -------------------------------------------------------

    async def store_synced(
        self,
        athlete: Athlete,
        parsed: ParsedActivity,
        *,
        source: ActivitySource,
        external_id: str,
        device: str | None,
        warnings: tuple[str, ...] = (),
        service_load: float | None = None,
    ) -> SyncedOutcome:
        """Store an activity a service sent, through the same rules as an upload: the
        thresholds of its day, load, zones, hand-logged take-over and plan matching.

        Stored once: the same service id again is ``known``; the same workout from another
        source (same sport, start within ``SAME_WORKOUT_WINDOW``) is ``duplicate`` —
        except that intervals.icu replaces a Strava copy (the athlete's data may then go
        where Strava's may not). Does not commit: the sync commits per activity."""
        if await self._activities.by_external(athlete.id, source.value, external_id):
            return SyncedOutcome(SyncedResult.KNOWN)
        near = await self._duplicate_of(athlete.id, parsed)
        if near is not None:
            existing = near.existing
            replace_strava = (
                source is ActivitySource.INTERVALS
                and existing.fields.source is ActivitySource.STRAVA
            )
            if not replace_strava:
                return SyncedOutcome(SyncedResult.DUPLICATE, existing)
            await self.delete(athlete.id, existing.id)
        assert parsed.start_time is not None
        day = local_date_of(parsed.start_time, athlete.timezone)
        thresholds = await self.thresholds(athlete.id, day)
        metrics = await asyncio.to_thread(compute_metrics, parsed, thresholds)
        fields = activity_fields(parsed, metrics, timezone=athlete.timezone, local_date=day)
        if fields.load is None:  # no stream-based method: the summary's, or the service's
            fields = replace(
                fields, load=summary_load(fields, thresholds, service_load=service_load)
            )
        fields = replace(
            fields,
            source=source,
            sha256=None,
            external_id=external_id,
            device=device,
            warnings=fields.warnings + warnings,
        )
        stored = await self._activities.add(
            athlete.id, fields, file_id=None, now=self._clock.now()
        )
        logged = await self._logged_by_hand(stored)
        if logged is None:
            await self._auto_match(stored)
        else:
            stored = await self._take_over(logged, stored)
        return SyncedOutcome(SyncedResult.STORED, stored)

    async def delete_synced(
        self, athlete_id: int, source: ActivitySource, external_id: str
    ) -> bool:
        """The service deleted it: so do we (its planned session goes back to pending)."""
        existing = await self._activities.by_external(athlete_id, source.value, external_id)
        if existing is None:
            return False
        await self.delete(athlete_id, existing.id)
        return True

    # -- quick log -------------------------------------------------------------------

    async def log_manual(
        self,
        athlete: Athlete,
        log: QuickLog,
        day: date | None = None,
        *,
        session_id: int | None = None,
    ) -> Activity:
        """Store a workout typed or tapped in (no file): load by pace when the day's
        thresholds allow it, else by session RPE. It is matched to a planned session
        automatically, or linked to ``session_id`` when the athlete said which one it was
        (the evening reminder): then no other session is considered or touched."""
        on = day or self.today(athlete)
        fields = ActivityFields(
            source=ActivitySource.MANUAL,
            sport=log.sport,
            sub_sport="generic",
            local_date=on,
            timezone=athlete.timezone,
            elapsed_s=log.duration_s,
            moving_s=log.duration_s,
            distance_m=log.distance_m,
            avg_speed=(
                log.distance_m / log.duration_s if log.distance_m and log.duration_s else None
            ),
            rpe=log.rpe,
            note=log.note,
        )
        fields = replace(
            fields, load=self._manual_load(fields, await self.thresholds(athlete.id, on))
        )
        stored = await self._activities.add(
            athlete.id, fields, file_id=None, now=self._clock.now()
        )
        if session_id is not None:
            return await self.set_session(athlete.id, stored.id, session_id)
        await self._auto_match(stored)
        return await self._owned(athlete.id, stored.id)

    @staticmethod
    def _manual_load(fields: ActivityFields, thresholds: AthleteThresholds) -> ActivityLoad | None:
        return summary_load(fields, thresholds)

    # -- after the workout -----------------------------------------------------------

    async def set_rpe(self, athlete_id: int, activity_id: int, rpe: int) -> Activity:
        """Record the athlete's RPE (CR-10, 1–10). It becomes the load (Foster's
        session RPE) when no sensor method scored the activity."""
        if not 1 <= rpe <= 10:
            raise ValueError(f"RPE must be 1–10, got {rpe}")
        activity = await self._owned(athlete_id, activity_id)
        fields = replace(activity.fields, rpe=rpe)
        current_load = fields.load
        if current_load is None or current_load.method == LoadMethod.SESSION_RPE.value:
            seconds = activity.duration_s or 0.0
            if seconds > 0:
                data = SessionData(sport=science_sport(fields.sport), duration_s=seconds, rpe=rpe)
                fields = replace(fields, load=activity_load(best_load(data, AthleteThresholds())))
        updated = await self._activities.replace(activity_id, fields, now=self._clock.now())
        if updated.planned_session_id is not None:
            await self._mark(updated, updated.planned_session_id)
        return updated

    async def set_note(self, athlete_id: int, activity_id: int, note: str) -> Activity:
        activity = await self._owned(athlete_id, activity_id)
        fields = replace(activity.fields, note=note.strip()[:1000] or None)
        return await self._activities.replace(activity_id, fields, now=self._clock.now())

    # -- matching --------------------------------------------------------------------

    async def _auto_match(self, activity: Activity) -> None:
        if activity.match_kind in (MatchKind.MANUAL, MatchKind.UNMATCHED):
            return
        day = activity.local_date
        candidates = await self._activities.candidate_sessions(
            activity.athlete_id, day - timedelta(days=1), day + timedelta(days=1)
        )
        chosen = best_match(_work(activity), candidates, activity_id=activity.id)
        if activity.planned_session_id is not None and (
            chosen is None or chosen.id != activity.planned_session_id
        ):
            await self._release(activity.planned_session_id, activity.id)
        if chosen is None:
            if activity.planned_session_id is not None:
                await self._activities.set_match(activity.id, None, None, now=self._clock.now())
            return
        await self._activities.set_match(
            activity.id, chosen.id, MatchKind.AUTO, now=self._clock.now()
        )
        await self._mark(activity, chosen.id)

    async def _mark(self, activity: Activity, session_id: int) -> None:
        session = await self._activities.planned_session(activity.athlete_id, session_id)
        if session is None:
            return
        result = outcome(_work(activity), session)
        await self._activities.mark_session(
            session_id,
            status=result.status,
            activity_id=activity.id,
            rpe=activity.fields.rpe,
            now=self._clock.now(),
        )

    async def _release(self, session_id: int, activity_id: int) -> None:
        """Give a session back to the plan (pending) when its activity leaves it."""
        others = [a for a in await self._activities.matched_to(session_id) if a.id != activity_id]
        if others:
            await self._mark(others[0], session_id)
            return
        await self._activities.mark_session(
            session_id, status=PENDING, activity_id=None, rpe=None, now=self._clock.now()
        )

    async def rematch_options(self, athlete_id: int, activity_id: int) -> list[CandidateSession]:
        """Planned sessions near the activity's day that it could be linked to."""
        activity = await self._owned(athlete_id, activity_id)
        day = activity.local_date
        sessions = await self._activities.candidate_sessions(
            athlete_id, day - timedelta(days=REMATCH_DAYS), day + timedelta(days=REMATCH_DAYS)
        )
        return [s for s in sessions if s.matched_activity_id in (None, activity_id)]

    async def set_session(
        self, athlete_id: int, activity_id: int, session_id: int | None
    ) -> Activity:
        """The athlete's choice: link the activity to ``session_id``, or to nothing
        (``None``: it stays unmatched, automatic matching leaves it alone)."""
        activity = await self._owned(athlete_id, activity_id)
        now = self._clock.now()
        if session_id is not None:
            session = await self._activities.planned_session(athlete_id, session_id)
            if session is None or session.matched_activity_id not in (None, activity_id):
                raise LookupError(f"session {session_id} cannot take activity {activity_id}")
        if activity.planned_session_id is not None and activity.planned_session_id != session_id:
            await self._activities.set_match(activity_id, None, None, now=now)
            await self._release(activity.planned_session_id, activity_id)
        if session_id is None:
            await self._activities.set_match(activity_id, None, MatchKind.UNMATCHED, now=now)
        else:
            await self._activities.set_match(activity_id, session_id, MatchKind.MANUAL, now=now)
            await self._mark(await self._owned(athlete_id, activity_id), session_id)
        return await self._owned(athlete_id, activity_id)

    # -- reading and deleting --------------------------------------------------------

    async def view(self, athlete_id: int, activity_id: int) -> ActivityView:
        activity = await self._owned(athlete_id, activity_id)
        session = None
        match = None
        if activity.planned_session_id is not None:
            session = await self._activities.planned_session(
                athlete_id, activity.planned_session_id
            )
            if session is not None:
                match = outcome(_work(activity), session)
        legs: tuple[Activity, ...] = ()
        group = activity.fields.multisport_group
        if group is not None and activity.fields.leg_count > 1:
            legs = tuple(await self._activities.legs(athlete_id, group))
        return ActivityView(
            activity, session, match, legs, await self.fitness(athlete_id, activity.local_date)
        )

    async def get(self, athlete_id: int, activity_id: int) -> Activity | None:
        activity = await self._activities.get(activity_id)
        return activity if activity is not None and activity.athlete_id == athlete_id else None

    async def recent(
        self, athlete_id: int, *, limit: int = 10, offset: int = 0
    ) -> tuple[list[Activity], int]:
        """A page of activities, newest first, and how many there are in all."""
        page = await self._activities.recent(athlete_id, limit=limit, offset=offset)
        return page, await self._activities.count(athlete_id)

    async def latest_day(
        self, athlete_id: int, *, excluding_sources: frozenset[str] = frozenset()
    ) -> date | None:
        """The local day of the newest activity, sources in ``excluding_sources`` left out."""
        return await self._activities.latest_day(athlete_id, excluding_sources=excluding_sources)

    async def delete(self, athlete_id: int, activity_id: int) -> Activity:
        """Delete an activity (its planned session goes back to pending; fitness from
        its day on is recomputed on the next read). Returns what was deleted."""
        activity = await self._owned(athlete_id, activity_id)
        if activity.planned_session_id is not None:
            await self._release(activity.planned_session_id, activity_id)
        await self._activities.delete(activity_id)
        return activity

    async def fitness(
        self, athlete_id: int, day: date, *, excluding_sources: frozenset[str] = frozenset()
    ) -> PmcDay | None:
        """CTL, ATL, TSB… on ``day``, folded from the first day with load (None before
        any load). Recomputed from the stored loads on every call: one query for every
        day's load up to ``day``, folded without building the days before it. Activities
        from ``excluding_sources`` are left out (``bot.domain.visibility.hidden_sources``:
        what a reader other than the owner may not receive)."""
        loads = await self.daily_loads(athlete_id, day, excluding_sources=excluding_sources)
        return fold_fitness(loads, day)

    async def fitness_series(
        self,
        athlete_id: int,
        first: date,
        last: date,
        *,
        excluding_sources: frozenset[str] = frozenset(),
    ) -> list[tuple[date, PmcDay]]:
        """CTL, ATL, TSB… for every day from ``first`` to ``last`` (days before any load
        are left out), folded as :meth:`fitness` folds them, ``excluding_sources`` too."""
        loads = await self.daily_loads(athlete_id, last, excluding_sources=excluding_sources)
        return fitness_series_from(loads, first, last)

    async def daily_loads(
        self, athlete_id: int, last: date, *, excluding_sources: frozenset[str] = frozenset()
    ) -> dict[date, float]:
        """Every day's summed load up to ``last`` (one query): what :func:`fold_fitness`
        and :func:`fitness_series_from` fold, so a caller needing both reads it once."""
        return await self._activities.daily_loads(
            athlete_id, date.min, last, excluding_sources=excluding_sources
        )

    async def sources(self, activity_ids: Iterable[int]) -> dict[int, str]:
        """Each activity's source, by id: what hides a session matched by Strava."""
        return await self._activities.sources(activity_ids)

    async def on_days(self, athlete_id: int, first: date, last: date) -> list[Activity]:
        """The activities on the athlete's local days ``first`` to ``last``."""
        return await self._activities.on_days(athlete_id, first, last)

    async def original_file(self, athlete_id: int, activity_id: int) -> tuple[str, bytes] | None:
        """The file an activity came from, as it was uploaded."""
        activity = await self._owned(athlete_id, activity_id)
        if activity.file_id is None:
            return None
        stored = await self._activities.file(activity.file_id)
        if stored is None:
            return None
        return stored.file_name, b"".join(await self._activities.file_chunks(stored.id))

    # -- helpers ---------------------------------------------------------------------

    def today(self, athlete: Athlete) -> date:
        return local_now(athlete.timezone, self._clock.now()).date()

    async def thresholds(self, athlete_id: int, day: date) -> AthleteThresholds:
        """The thresholds in force on ``day`` in the science core's units."""
        entries = await self._profiles.thresholds_on(athlete_id, day)
        profile = await self._profiles.get(athlete_id)
        found = _science_thresholds(entries, profile.fields.sex if profile is not None else None)
        # The custom zones in force win in time-in-zone and chart bands too (domain.md).
        overrides = await self._zone_overrides.in_force(athlete_id)
        return replace(found, zone_overrides=science_overrides(overrides))

    async def _owned(self, athlete_id: int, activity_id: int) -> Activity:
        activity = await self.get(athlete_id, activity_id)
        if activity is None:
            raise LookupError(f"athlete {athlete_id} has no activity {activity_id}")
        return activity


_SEX = {Sex.MALE: ScienceSex.MALE, Sex.FEMALE: ScienceSex.FEMALE}


def _science_thresholds(
    entries: Mapping[ThresholdKind, ThresholdEntry], sex: Sex | None
) -> AthleteThresholds:
    def value(kind: ThresholdKind) -> float | None:
        entry = entries.get(kind)
        return entry.value if entry is not None and entry.value > 0 else None

    pace = value(ThresholdKind.RUN_THRESHOLD_PACE)  # s/km
    css = value(ThresholdKind.CSS)  # s/100 m
    return AthleteThresholds(
        ftp_w=value(ThresholdKind.FTP),
        lthr_bpm=value(ThresholdKind.LTHR),
        hr_max_bpm=value(ThresholdKind.HR_MAX),
        hr_rest_bpm=value(ThresholdKind.RESTING_HR),
        run_threshold_speed=1000.0 / pace if pace else None,
        css=100.0 / css if css else None,
        sex=_SEX.get(sex, ScienceSex.UNKNOWN) if sex is not None else ScienceSex.UNKNOWN,
    )


def _load_key(load: ActivityLoad | None) -> tuple[str, float] | None:
    """A load as the athlete sees it: its method and value to a tenth."""
    return (load.method, round(load.value, 1)) if load is not None else None


def _work(activity: Activity) -> DoneWork:
    return DoneWork(
        sport=activity.sport,
        day=activity.local_date,
        duration_s=activity.duration_s,
        distance_m=activity.fields.distance_m,
        load=activity.load_value,
    )


def _from_service(load: ActivityLoad | None) -> bool:
    return load is not None and load.method == LoadMethod.SERVICE.value


# The per-turn scope's name for :func:`fold_fitness` (loads already read).
fitness_from = fold_fitness


def fitness_series_from(
    loads: dict[date, float], first: date, last: date
) -> list[tuple[date, PmcDay]]:
    """:meth:`ActivityService.fitness_series` on loads already read (days after ``last``
    are ignored)."""
    loads = {on: load for on, load in loads.items() if on <= last}
    if not loads:
        return []
    start = min(loads)
    count = (last - start).days + 1
    days = [start + timedelta(days=i) for i in range(count)]
    series = pmc_series(min(loads.get(day, 0.0), 3000.0) for day in days)
    return [(day, point) for day, point in zip(days, series, strict=True) if day >= first]
