"""Scheduled pushes: the athlete's brief settings (/brief, /pause, /resume) and the outbox
use-cases the tick and the sender call. One session per update or job, passed in."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.briefs.compose import ADJUSTMENT, compose_morning_brief
from bot.coach.briefs.model import BriefInputs
from bot.coach.briefs.note import BriefNotes, NoNotes
from bot.coach.briefs.reminder import compose_evening_reminder
from bot.coach.briefs.review import compose_weekly_review
from bot.coach.briefs.schedule import GRACE, LOOKBACK, due_pushes, next_occurrence, zone_for
from bot.coach.briefs.sources import BriefSources, NothingYet
from bot.coach.planning.model import monday
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.parsing import parse_time_of_day
from bot.coach.services.coach_digest import (
    COACH_PUSHES,
    CoachDigestService,
    DigestWords,
    NotWanted,
)
from bot.coach.services.group_schedule import (
    GROUP_PUSHES,
    GroupScheduleService,
    GroupWords,
    NotSent,
)
from bot.coach.services.groups import GroupService
from bot.coach.services.plans import PlanService, PlanUnavailableError
from bot.coach.services.reviews import WeeklyReviewService
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete, AthleteStatus
from bot.domain.deliveries import (
    BriefPreferences,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    NewDelivery,
    OutgoingMessage,
    PauseReason,
    athlete_recipient,
)
from bot.domain.profiles import Profile
from bot.domain.visibility import Audience, hidden_sources
from bot.i18n import Catalogs, Translator
from bot.storage.repositories import (
    AthleteRepository,
    BriefPreferenceRepository,
    DeliveryRepository,
    PersonalDataRepository,
    ProfileRepository,
)

log = logging.getLogger(__name__)

# How far back a pause for illness is written into the wellness days on /resume.
ILL_DAYS_LOOKBACK = timedelta(days=14)
# Pushes to one athlete, composed when they are sent.
_ATHLETE_PUSHES = frozenset(
    {DeliveryKind.MORNING_BRIEF, DeliveryKind.EVENING_REMINDER, DeliveryKind.WEEKLY_REVIEW}
)


class BriefTimeUnreadableError(ValueError):
    """The typed brief time is not a time of day."""


@dataclass(frozen=True, slots=True)
class BriefSettings:
    """What /brief shows: the time and zone, on/off, quiet days, the pause, the next one."""

    brief_time: time
    timezone: str
    preferences: BriefPreferences
    paused: bool
    next_brief: datetime | None  # in the athlete's zone; None when off or paused


@dataclass(frozen=True, slots=True)
class ScheduleReport:
    scheduled: int  # new pending rows
    expired: int  # occurrences found too late, recorded as expired


@dataclass(frozen=True, slots=True)
class Skip:
    """The push is not wanted any more; ``reason`` is recorded on the row."""

    reason: str


class Turn(StrEnum):
    """What :meth:`DeliveryService.take_turn` found just before a send."""

    SEND = "send"  # the claim is this sender's, renewed for a whole lease: send now
    ERASED = "erased"  # the athlete erased their data: nothing goes out
    TAKEN = "taken"  # another sender holds the row (this one's lease ran out): not sent here


class DeliveryService:
    """Brief settings and the delivery outbox.

    ``sources`` supplies readiness, the day's sessions and the check-in state when a brief
    is composed (see ``bot.coach.briefs.sources``); without it the brief says there is no
    data and no plan yet, which is true until those features exist. ``notes`` writes the
    brief's optional LLM note (``bot.coach.briefs.note``); without it there is none.
    """

    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        sources: BriefSources | None = None,
        notes: BriefNotes | None = None,
        *,
        digest_words: DigestWords | None = None,
        group_words: GroupWords | None = None,
    ) -> None:
        self._group_words = group_words
        self._outbox = DeliveryRepository(session)
        self._preferences = BriefPreferenceRepository(session)
        self._profiles = ProfileRepository(session)
        self._athletes = AthleteRepository(session)
        self._clock = clock
        self._sources = sources or NothingYet()
        self._notes = notes or NoNotes()
        self._session = session
        self._reviews = WeeklyReviewService(session, clock)
        self._digest_words = digest_words

    # -- /brief, /pause, /resume -----------------------------------------------------

    async def settings(self, athlete: Athlete) -> BriefSettings | None:
        """None until the athlete has finished onboarding (no brief time yet)."""
        profile = await self._profiles.get(athlete.id)
        if profile is None or not profile.completed:
            return None
        preferences = await self._preferences.get(athlete.id)
        fresh = await self._athletes.get(athlete.id) or athlete
        paused = fresh.status is AthleteStatus.PAUSED
        upcoming = None
        if preferences.briefs_enabled and not paused:
            zone = zone_for(fresh.timezone)
            found = next_occurrence(
                self._clock.now(), zone, profile.fields.brief_time, preferences.quiet_weekdays
            )
            upcoming = found[1].astimezone(zone) if found else None
        return BriefSettings(
            brief_time=profile.fields.brief_time,
            timezone=fresh.timezone,
            preferences=preferences,
            paused=paused,
            next_brief=upcoming,
        )

    async def set_time(self, athlete: Athlete, at: time) -> None:
        """Move the brief; a brief already sent today is not sent again (one a day)."""
        profile = await self._profiles.get(athlete.id)
        if profile is None:
            raise LookupError(f"athlete {athlete.id} has no profile")
        fields = replace(profile.fields, brief_time=at.replace(second=0, microsecond=0))
        await self._profiles.save(athlete.id, fields, now=self._clock.now())

    async def set_time_text(self, athlete: Athlete, text: str) -> time:
        try:
            at = parse_time_of_day(text)
        except ProfileInputError as error:
            raise BriefTimeUnreadableError(text) from error
        await self.set_time(athlete, at)
        return at

    async def set_enabled(self, athlete: Athlete, enabled: bool) -> None:
        preferences = await self._preferences.get(athlete.id)
        await self._preferences.save(
            replace(preferences, briefs_enabled=enabled), now=self._clock.now()
        )

    async def toggle_quiet_day(self, athlete: Athlete, weekday: int) -> None:
        if not 0 <= weekday <= 6:
            raise ValueError(f"weekday {weekday} is not 0 (Monday) to 6 (Sunday)")
        preferences = await self._preferences.get(athlete.id)
        quiet = set(preferences.quiet_weekdays) ^ {weekday}
        await self._preferences.save(
            replace(preferences, quiet_weekdays=tuple(sorted(quiet))), now=self._clock.now()
        )

    async def pause(self, athlete: Athlete, reason: PauseReason) -> bool:
        """Stop every push until :meth:`resume`; False if already paused."""
        current = await self._athletes.get(athlete.id) or athlete
        if current.status is AthleteStatus.PAUSED:
            return False
        now = self._clock.now()
        await self._athletes.set_status(athlete.telegram_id, AthleteStatus.PAUSED, now=now)
        preferences = await self._preferences.get(athlete.id)
        await self._preferences.save(
            replace(preferences, pause_reason=reason, paused_at=now), now=now
        )
        return True

    async def resume(self, athlete: Athlete) -> bool:
        """Pushes start again with the next due time; False if not paused. Briefs missed
        during the pause are not sent afterwards (the tick only schedules active athletes,
        and the sender skips rows of paused ones).

        A pause for illness is written into the wellness days it covered (up to
        yesterday, at most two weeks back): readiness sees them, and the Sunday review
        counts them as sick days and rebuilds a gentle return ramp."""
        current = await self._athletes.get(athlete.id) or athlete
        if current.status is not AthleteStatus.PAUSED:
            return False
        now = self._clock.now()
        await self._athletes.set_status(athlete.telegram_id, AthleteStatus.ACTIVE, now=now)
        preferences = await self._preferences.get(athlete.id)
        if preferences.pause_reason is PauseReason.ILLNESS and preferences.paused_at is not None:
            await self._flag_ill_days(current, preferences.paused_at, now)
        await self._preferences.save(
            replace(preferences, pause_reason=None, paused_at=None), now=now
        )
        return True

    async def _flag_ill_days(self, athlete: Athlete, since: datetime, now: datetime) -> None:
        zone = zone_for(athlete.timezone)
        today = now.astimezone(zone).date()
        first = max(since.astimezone(zone).date(), today - ILL_DAYS_LOOKBACK)
        wellness = WellnessService(self._session, self._clock)
        day = first
        while day < today:
            await wellness.set_flag(athlete, day, "illness")
            day += timedelta(days=1)

    async def record_choice(self, athlete: Athlete, delivery_id: int, choice: str) -> bool:
        """The athlete's answer to a brief's "adjusted or original" buttons, kept on the
        delivery for the plan to act on; False when the brief is not theirs."""
        return await self._outbox.record_choice(
            delivery_id, athlete.id, choice, now=self._clock.now()
        )

    async def apply_adjustment(self, athlete: Athlete, delivery_id: int) -> int:
        """Put the adjustment a brief offered into today's plan (the easier sessions, or
        rest on a red day); how many sessions changed (0 when the brief is not today's)."""
        delivery = await self._outbox.get(delivery_id)
        if delivery is None or delivery.athlete_id != athlete.id:
            return 0
        kind = delivery.payload.get(ADJUSTMENT)
        if kind not in ("easier", "rest"):
            return 0
        plans = PlanService(self._session, self._clock)
        try:
            return await plans.take_adjusted(athlete, delivery.local_date, rest=kind == "rest")
        except PlanUnavailableError:
            return 0

    # -- the tick ----------------------------------------------------------------------

    async def schedule_due(
        self, now: datetime, *, since: datetime | None = None
    ) -> ScheduleReport:
        """Insert a row for every push whose time came in (since, now] and has
        none yet (``since`` defaults to a day ago, and is never earlier); those missed by
        more than the grace window go in as expired, logged. Safe to run twice, or on two
        workers at once: the unique key keeps one row."""
        start = now - LOOKBACK if since is None else max(since, now - LOOKBACK)
        fresh = await self._not_yet_scheduled(start, now)
        if not fresh:
            return ScheduleReport(scheduled=0, expired=0)
        inserted = set(await self._outbox.add_new(fresh, now=now))
        expired = [item for item in fresh if item.status is DeliveryStatus.EXPIRED]
        for item in expired:
            log.warning(
                "%s for %s on %s was due at %s, more than %s ago: dropped",
                item.kind,
                item.recipient,
                item.local_date,
                item.due_at.isoformat(),
                GRACE,
            )
        return ScheduleReport(scheduled=len(inserted) - len(expired), expired=len(expired))

    async def upcoming(self, now: datetime, until: datetime) -> list[NewDelivery]:
        """What the tick will put in the outbox in (now, until], earliest first, without
        writing anything: the sandbox's ``/clock`` and ``/wait`` (they stop the clock at
        each of these moments, as the minute tick would find them)."""
        found = await self._not_yet_scheduled(now, until)
        return sorted(found, key=lambda item: (item.due_at, item.kind, item.recipient))

    async def _not_yet_scheduled(self, start: datetime, now: datetime) -> list[NewDelivery]:
        """Every push whose time comes in (start, now] and has no outbox row yet."""
        due = list(due_pushes(await self._outbox.schedule_entries(), now, lookback=now - start))
        # The coaches' digests and Sunday summaries, each in the coach's own zone.
        due += await CoachDigestService(self._session, self._clock).due(now, lookback=now - start)
        # The team groups' board edits and scheduled roll-calls, in each group's zone.
        groups = await GroupScheduleService(self._session, self._clock).due(
            now, lookback=now - start
        )
        if not due and not groups:
            return []
        taken = await self._outbox.existing_keys(start - GRACE)
        fresh: list[NewDelivery] = [
            item for item in groups if (item.kind, item.recipient, item.local_date) not in taken
        ]
        for push in due:
            recipient = athlete_recipient(push.athlete_id)
            if (push.kind, recipient, push.local_date) in taken:
                continue
            fresh.append(
                NewDelivery(
                    kind=push.kind,
                    recipient=recipient,
                    chat_id=push.chat_id,
                    athlete_id=push.athlete_id,
                    local_date=push.local_date,
                    due_at=push.due_at,
                    status=DeliveryStatus.EXPIRED if push.expired else DeliveryStatus.PENDING,
                )
            )
        return fresh

    # -- the sender ----------------------------------------------------------------------

    async def expire_overdue(self, now: datetime) -> list[Delivery]:
        dropped = await self._outbox.expire_overdue(now, due_before=now - GRACE)
        for delivery in dropped:
            log.warning(
                "%s %s for %s on %s not sent within %s of %s: dropped",
                delivery.kind,
                delivery.id,
                delivery.recipient,
                delivery.local_date,
                GRACE,
                delivery.due_at.isoformat(),
            )
        return dropped

    async def claim(
        self, now: datetime, *, limit: int, lease: timedelta, token: str
    ) -> list[Delivery]:
        """Claim due rows for the sender ``token``; each :class:`Delivery` carries the
        token, and only a record made with it counts."""
        return await self._outbox.claim(now, limit=limit, lease_until=now + lease, token=token)

    async def erased(self, delivery: Delivery, *, since: datetime) -> bool:
        """Whether the push's athlete erased their data after it was claimed (the
        tombstone of ``ErasureService``): then it must not go out."""
        if delivery.athlete_id is None:
            return False
        return await PersonalDataRepository(self._session).erased(delivery.id, since=since)

    async def take_turn(
        self, delivery: Delivery, *, lease_until: datetime, erased_since: datetime
    ) -> Turn:
        """The last check before a send, in one transaction: not erased, and the claim
        still this sender's, renewed until ``lease_until`` (a conditional ``UPDATE`` on the
        claim token). Once it commits, no other sender can claim the row before
        ``lease_until``."""
        if await self.erased(delivery, since=erased_since):
            return Turn.ERASED
        return Turn.SEND if await self.renew(delivery, lease_until) else Turn.TAKEN

    async def renew(self, delivery: Delivery, lease_until: datetime) -> bool:
        """Extend this sender's claim before a send; False: the claim is gone (another
        sender took the row after the lease ran out), so it must not be sent."""
        if delivery.claim_token is None:
            return False
        return await self._outbox.renew(
            delivery.id, token=delivery.claim_token, lease_until=lease_until, now=self._clock.now()
        )

    async def prepare(
        self,
        delivery: Delivery,
        catalogs: Catalogs,
        *,
        before_note: Callable[[], Awaitable[None]] | None = None,
    ) -> OutgoingMessage | Skip:
        """Compose the push now (fresh data), or say why it is no longer wanted.

        ``before_note`` is the caller's commit: reading the inputs may have written (a
        plan built for the day), and the LLM note takes up to its budget, so the job that
        owns the transaction commits there rather than hold a write lock across the call
        (services never commit on their own)."""
        if delivery.kind is DeliveryKind.SYNC_NOTICE:
            return await self._notice(delivery, catalogs)
        if delivery.kind is DeliveryKind.SQUAD_NOTICE:
            return await self._squad_notice(delivery, catalogs)
        if delivery.kind in COACH_PUSHES:
            return await self._coach_push(delivery, catalogs)
        if delivery.kind in GROUP_PUSHES:
            return await self._group_push(delivery, catalogs)
        if delivery.kind not in _ATHLETE_PUSHES:
            # Pushes composed when scheduled carry their message in the payload (the team
            # roll-call and the coach digest, which come with teams).
            text = delivery.payload.get("text")
            if not isinstance(text, str):
                raise NotImplementedError(f"no composer for {delivery.kind} yet")
            return OutgoingMessage(text)
        found = await self._recipient(delivery)
        if isinstance(found, Skip):
            return found
        athlete, preferences, profile = found
        t = catalogs.translator(athlete.language)
        if delivery.kind is DeliveryKind.WEEKLY_REVIEW:
            review = await self._reviews.review(athlete, monday(delivery.local_date))
            if review is None:
                return Skip("no plan to review")
            return compose_weekly_review(review, t)
        if delivery.local_date.weekday() in preferences.quiet_weekdays:
            return Skip("quiet day")
        if delivery.kind is DeliveryKind.EVENING_REMINDER:
            if not preferences.evening_reminder:
                return Skip("evening reminder turned off")
            return await self._evening_reminder(athlete, profile, delivery.local_date, t)
        inputs = await self._inputs(athlete, profile, delivery.local_date)
        for_ai = await self._inputs_for_ai(athlete, inputs)
        if before_note is not None:
            await before_note()
        # Asked last, from the finished inputs; within its own budget, None on any failure.
        inputs = replace(inputs, note=await self._notes.note(for_ai, athlete.language))
        return compose_morning_brief(inputs, t)

    async def _inputs_for_ai(self, athlete: Athlete, inputs: BriefInputs) -> BriefInputs:
        """The brief's inputs as the note's model may receive them: readiness whose load
        leaves out sources kept out of AI models (Strava: bot/domain/visibility.py)."""
        hidden = hidden_sources(
            viewer_id=athlete.id, owner_id=athlete.id, audience=Audience.AI_CONTEXT
        )
        if isinstance(self._notes, NoNotes) or not hidden:
            return inputs  # no model reads them
        return replace(
            inputs,
            readiness=await self._sources.readiness(
                athlete.id, inputs.day, excluding_sources=hidden
            ),
        )

    async def enqueue_notice(self, athlete: Athlete, key: str, *, subject: str) -> bool:
        """Put a one-off notice to the athlete (a catalog ``key``) in the outbox, due now:
        the sender delivers it under Telegram's limits and retries it like any push. At
        most one per ``subject`` (a service) and local day; False when the athlete has no
        private chat or today's is there already."""
        if athlete.chat_id is None:
            return False
        now = self._clock.now()
        notice = NewDelivery(
            kind=DeliveryKind.SYNC_NOTICE,
            recipient=f"{athlete_recipient(athlete.id)}:{subject}",
            chat_id=athlete.chat_id,
            athlete_id=athlete.id,
            local_date=now.astimezone(zone_for(athlete.timezone)).date(),
            due_at=now,
            payload={"key": key},
        )
        return bool(await self._outbox.add_new([notice], now=now))

    async def _notice(self, delivery: Delivery, catalogs: Catalogs) -> OutgoingMessage | Skip:
        """A sync notice in the athlete's language of the moment."""
        key = delivery.payload.get("key")
        athlete = (
            await self._athletes.get(delivery.athlete_id)
            if delivery.athlete_id is not None
            else None
        )
        if athlete is None or not isinstance(key, str):
            return Skip("athlete gone")
        return OutgoingMessage(catalogs.translator(athlete.language)(key))

    async def _squad_notice(
        self, delivery: Delivery, catalogs: Catalogs
    ) -> OutgoingMessage | Skip:
        """An athlete joined, shares more or less, or left: in the coach's language of the
        moment; the scopes named, nothing of the athlete's data."""
        coach = (
            await self._athletes.get(delivery.athlete_id)
            if delivery.athlete_id is not None
            else None
        )
        if coach is None:
            return Skip("coach gone")
        t = catalogs.translator(coach.language)
        payload = delivery.payload
        scopes = ", ".join(
            t(f"squad-scope-short-{code}") for code in payload.get("scopes", ()) if code
        )
        return OutgoingMessage(
            t(
                f"coaching-notice-{payload.get('event')}",
                name=str(payload.get("name", "")),
                squad=str(payload.get("squad", "")),
                scopes=scopes,
            )
        )

    async def _coach_push(self, delivery: Delivery, catalogs: Catalogs) -> OutgoingMessage | Skip:
        """A coach's digest or Sunday summary, composed from what the athletes grant now."""
        if self._digest_words is None:
            raise NotImplementedError(f"no words for {delivery.kind}: create_app wires them")
        composed = await CoachDigestService(self._session, self._clock).compose(
            delivery, self._digest_words, catalogs.translator
        )
        return Skip(composed.reason) if isinstance(composed, NotWanted) else composed

    async def _group_push(self, delivery: Delivery, catalogs: Catalogs) -> OutgoingMessage | Skip:
        """A group's board edit or scheduled roll-call, composed now through the gate."""
        if self._group_words is None:
            raise NotImplementedError(f"no words for {delivery.kind}: create_app wires them")
        composed = await GroupScheduleService(self._session, self._clock).compose(
            delivery, self._group_words, catalogs.translator
        )
        return Skip(composed.reason) if isinstance(composed, NotSent) else composed

    async def _recipient(
        self, delivery: Delivery
    ) -> tuple[Athlete, BriefPreferences, Profile] | Skip:
        """The athlete a push is for, if they still want pushes."""
        if delivery.athlete_id is None:
            return Skip("no athlete")
        found = await self._preferences.recipient(delivery.athlete_id)
        if found is None:
            return Skip("athlete gone")
        athlete, preferences, profile = found.athlete, found.preferences, found.profile
        if athlete.status is not AthleteStatus.ACTIVE:
            return Skip(f"athlete {athlete.status}")
        if not preferences.briefs_enabled:
            return Skip("pushes turned off")
        if profile is None:
            return Skip("no profile")
        return athlete, preferences, profile

    async def _evening_reminder(
        self, athlete: Athlete, profile: Profile, day: date, t: Translator
    ) -> OutgoingMessage | Skip:
        """ "How did it go?" about the first of the day's sessions with nothing logged."""
        sessions = await self._sources.sessions(athlete, day, profile=profile)
        open_ = [s for s in sessions or () if s.id is not None and s.status == "pending"]
        if not open_:
            return Skip("nothing open today")
        return compose_evening_reminder(open_[0], t, profile.fields.units)

    async def _inputs(self, athlete: Athlete, profile: Profile, day: date) -> BriefInputs:
        return BriefInputs(
            day=day,
            first_name=athlete.first_name,
            units=profile.fields.units,
            readiness=await self._sources.readiness(athlete.id, day),
            sessions=await self._sources.sessions(athlete, day, profile=profile),
            checked_in=await self._sources.checked_in(athlete.id, day),
            yesterday=await self._sources.readiness(athlete.id, day - timedelta(days=1)),
        )

    # Each record below is made with the claim's token and returns whether it counted:
    # False when another sender holds the row now (this one's lease ran out).

    async def mark_sent(
        self, delivery: Delivery, message: OutgoingMessage, message_id: int
    ) -> bool:
        recorded = await self._outbox.mark_sent(
            delivery.id,
            token=delivery.claim_token,
            message_id=int(message_id),
            payload={**delivery.payload, **message.as_payload()},
            now=self._clock.now(),
        )
        if recorded and delivery.kind is DeliveryKind.GROUP_ROLL_CALL:
            await GroupScheduleService(self._session, self._clock).sent(
                delivery, message, message_id
            )
        return recorded

    async def mark_skipped(self, delivery: Delivery, reason: str) -> bool:
        return await self._outbox.mark_skipped(
            delivery.id, token=delivery.claim_token, reason=reason, now=self._clock.now()
        )

    async def mark_failed(self, delivery: Delivery, error: str) -> bool:
        log.error(
            "%s %s to chat %s failed: %s", delivery.kind, delivery.id, delivery.chat_id, error
        )
        return await self._outbox.mark_failed(
            delivery.id, token=delivery.claim_token, error=error, now=self._clock.now()
        )

    async def retry_later(self, delivery: Delivery, at: datetime, error: str) -> bool:
        return await self._outbox.retry_later(
            delivery.id, token=delivery.claim_token, at=at, error=error, now=self._clock.now()
        )

    async def release(self, delivery: Delivery, at: datetime) -> bool:
        return await self._outbox.release(
            delivery.id, token=delivery.claim_token, at=at, now=self._clock.now()
        )

    async def recipient_gone(self, delivery: Delivery, error: str) -> bool:
        """Telegram said 403 (blocked, deactivated, kicked): record the failure and stop
        pushing to the athlete until they write to us again."""
        if not await self.mark_failed(delivery, error):
            return False
        if delivery.to_group:
            # The bot is out of the group though its removal never reached us (an update
            # lost in a long outage): the group gets nothing more until it is added back,
            # rather than a 403 for each board edit and roll-call of every day.
            await GroupService(self._session, self._clock).bot_removed(delivery.chat_id)
            log.info("group %s refused a push (403): its sends stop", delivery.chat_id)
            return True
        if delivery.athlete_id is None:
            return True
        athlete = await self._athletes.get(delivery.athlete_id)
        if athlete is not None and athlete.status is not AthleteStatus.BLOCKED:
            await self._athletes.set_status(
                athlete.telegram_id, AthleteStatus.BLOCKED, now=self._clock.now()
            )
            log.info("athlete %s blocked the bot: pushes stop", athlete.id)
        return True

    async def next_open_at(self) -> datetime | None:
        return await self._outbox.next_open_at()
