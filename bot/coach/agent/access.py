"""The one door through which the coach agent reads an athlete's data.

An :class:`AthleteScope` is made for one athlete — today always the chatting athlete
themself — and every read the agent's tools make goes through it: no tool takes an
athlete id, and no tool reaches a service or a repository around it. When coaches and
groups come, the scoped data gate (who asks, whose data, which scope) wraps this object;
the tools do not change.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from bot.clock import Clock
from bot.coach.planning.changes import Author, operation_json
from bot.coach.planning.changes.ai_tool import Health
from bot.coach.profile.timezones import local_now
from bot.coach.profile.zones import ProfileZones
from bot.coach.science import PmcDay
from bot.coach.services.activities import (
    ActivityService,
    ActivityView,
    fitness_from,
    fitness_series_from,
)
from bot.coach.services.plan_changes import PlanChangeService, ProposalView
from bot.coach.services.plan_records import TrackedSession, matched_ids, sessions_visible_to
from bot.coach.services.plans import PlanContext, PlanService, PlanUnavailableError
from bot.coach.services.profiles import ProfileService
from bot.coach.services.readiness import StoredReadiness, readiness_given
from bot.coach.services.wellness import WellnessService
from bot.domain.activities import Activity
from bot.domain.athletes import Athlete
from bot.domain.coach import AthleteNote
from bot.domain.profiles import ProfileSnapshot
from bot.domain.visibility import Audience, activities_visible_to, hidden_sources
from bot.domain.wellness import WellnessRecord
from bot.storage.repositories import CoachRepository

# A model may try again after a refusal at most twice (issue 19): three proposals a turn.
MAX_PROPOSALS_PER_TURN = 3
# A health flag (a red-flag message) forbids hard sessions for a week after it was raised.
FLAG_DAYS = 7


@dataclass(frozen=True, slots=True)
class ProposalAttempt:
    """What ``propose_week_changes`` returns to the model, and the card's view when a
    proposal is pending for the athlete's tap."""

    for_model: dict[str, Any]
    view: ProposalView | None = None


def _refused(*reasons: str) -> ProposalAttempt:
    return ProposalAttempt({"status": "refused", "reasons": list(reasons)})


@dataclass(frozen=True, slots=True)
class Whose:
    """Who reads and whose data: the same athlete, for now."""

    reader_id: int
    owner_id: int


class AthleteScope:
    """Read-only access to one athlete's data for the agent (notes are also written).

    A scope lives for one turn (one message), and remembers the two reads most of a
    turn's tools share: the profile snapshot (the profile tool and the plan brought in
    step with it) and the daily loads (readiness and every load range fold the same
    history). No tool writes either; a new message gets a new scope, so a write made
    between turns is always seen."""

    def __init__(  # noqa: PLR0913 (the services the scope covers)
        self,
        athlete: Athlete,
        clock: Clock,
        *,
        profiles: ProfileService,
        plans: PlanService,
        activities: ActivityService,
        wellness: WellnessService,
        coach: CoachRepository,
        changes: PlanChangeService | None = None,
        request_text: str = "",
        commit: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """``commit`` is the caller's unit of work (services never commit on their own):
        a note is committed through it before the turn goes on."""
        self._athlete = athlete
        self._changes = changes
        self._request_text = request_text
        self._proposals_tried = 0
        self._commit = commit
        self._clock = clock
        self._profiles = profiles
        self._plans = plans
        self._activities = activities
        self._wellness = wellness
        self._coach = coach
        self.whose = Whose(athlete.id, athlete.id)
        self._profile: tuple[ProfileSnapshot | None] | None = None
        self._loads: dict[date, float] | None = None
        self._loads_last = date.min

    # -- who and when ------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._athlete.language

    @property
    def timezone(self) -> str:
        return self._athlete.timezone

    @property
    def first_name(self) -> str:
        return self._athlete.first_name

    def local_now(self) -> datetime:
        return local_now(self._athlete.timezone, self._clock.now())

    def today(self) -> date:
        return self.local_now().date()

    # -- reads ---------------------------------------------------------------------------

    async def profile(self) -> ProfileSnapshot | None:
        if self._profile is None:
            self._profile = (await self._profiles.snapshot(self._athlete.id, self.today()),)
        return self._profile[0]

    def zones(self, snapshot: ProfileSnapshot) -> ProfileZones:
        return self._profiles.zones(snapshot)

    async def plan(
        self, first: date, last: date
    ) -> tuple[PlanContext, tuple[TrackedSession, ...]] | None:
        """The plan's sessions in the range; None when there is no plan to show. A session
        matched by a Strava activity reads as not done (its status came from Strava data,
        which stays out of AI models: ``visibility.outcomes_visible_to``)."""
        try:
            known = await self.profile()
            context, sessions = await self._plans.between(self._athlete, first, last, known=known)
        except PlanUnavailableError:
            return None
        sources = await self._activities.sources(matched_ids(sessions))
        me = self._athlete.id
        shown = sessions_visible_to(
            sessions, sources, viewer_id=me, owner_id=me, audience=Audience.AI_CONTEXT
        )
        return context, shown

    async def activities(self, first: date, last: date) -> list[Activity]:
        return self._for_model(await self._activities.on_days(self._athlete.id, first, last))

    async def recent_activities(self, limit: int) -> list[Activity]:
        page, _ = await self._activities.recent(self._athlete.id, limit=limit)
        return self._for_model(page)

    async def activity(self, activity_id: int) -> ActivityView | None:
        """One of this athlete's activities; None for an id that is not theirs, or whose
        source keeps it out of AI models (Strava)."""
        found = await self._activities.get(self._athlete.id, activity_id)
        if found is None or not self._for_model([found]):
            return None
        return await self._activities.view(self._athlete.id, activity_id)

    def _for_model(self, activities: list[Activity]) -> list[Activity]:
        # Strava's terms keep its data out of AI models, the owner's own chat included
        # (bot/domain/visibility.py): the one rule every gate applies.
        return activities_visible_to(
            activities, viewer_id=self._athlete.id, audience=Audience.AI_CONTEXT
        )

    async def wellness(self, first: date, last: date) -> list[WellnessRecord]:
        return await self._wellness.records(self._athlete.id, first, last)

    async def load(self, first: date, last: date) -> list[tuple[date, PmcDay]]:
        """Fitness, fatigue and form without the load of sources kept out of AI models."""
        return fitness_series_from(await self._daily_loads(last), first, last)

    async def readiness(self, day: date) -> StoredReadiness:
        """Readiness whose load state leaves out sources kept out of AI models."""
        fitness = fitness_from(await self._daily_loads(day), day)
        return await readiness_given(self._wellness, self._athlete.id, day, fitness)

    async def _daily_loads(self, last: date) -> dict[date, float]:
        """The daily loads through ``last`` (at least through today), read once a turn,
        without the sources kept out of AI models."""
        if self._loads is None or last > self._loads_last:
            self._loads_last = max(last, self.today())
            self._loads = await self._activities.daily_loads(
                self._athlete.id, self._loads_last, excluding_sources=self._hidden()
            )
        return self._loads

    def _hidden(self) -> frozenset[str]:
        # Aggregates obey the same rule as activities: a Strava ride's load is Strava
        # data too (bot/domain/visibility.py, hidden_sources).
        return hidden_sources(
            viewer_id=self._athlete.id, owner_id=self._athlete.id, audience=Audience.AI_CONTEXT
        )

    # -- notes -------------------------------------------------------------------------

    async def notes(self) -> list[AthleteNote]:
        return await self._coach.notes(self._athlete.id)

    async def remember(self, text: str, *, medical: bool) -> AthleteNote:
        """Keep a note; a medical one waits for the athlete's tap (``confirmed`` False)."""
        note = await self._coach.add_note(
            self._athlete.id, text, medical=medical, confirmed=not medical, now=self._clock.now()
        )
        # Committed at once by the caller's unit of work, handed in (not found through a
        # context variable): the turn goes on to ask the model, and SQLite's write lock
        # must not be held across that call (bot/storage/unit_of_work.py).
        if self._commit is not None:
            await self._commit()
        return note

    # -- plan changes ------------------------------------------------------------------

    async def health(self) -> Health:
        """Today's readiness colour, whether a health flag holds (ill or injured in
        today's check-in, or a red-flag message in the last week) and the ACWR."""
        today = self.today()
        stored = await self.readiness(today)
        answers = stored.day_answers
        since = self._clock.now() - timedelta(days=FLAG_DAYS)
        flags = [
            f for f in await self._coach.health_flags(self._athlete.id) if f.created_at >= since
        ]
        status = stored.readiness.status
        return Health(
            readiness=status.value if status is not None else None,
            flagged=bool(flags) or (answers is not None and (answers.illness or answers.injury)),
            acwr=stored.fitness.acwr if stored.fitness is not None else None,
        )

    async def propose_week_changes(self, raw: object) -> ProposalAttempt:
        """The AI coach's proposal for this athlete's own plan, checked by the change
        engine's guardrails and the health rules; when it may be applied it becomes the
        chat's pending proposal (applied only after the athlete's tap)."""
        self._proposals_tried += 1
        if self._proposals_tried > MAX_PROPOSALS_PER_TURN:
            return _refused(
                f"at most {MAX_PROPOSALS_PER_TURN} proposals in one answer: tell the athlete "
                "what you would change and let them ask again"
            )
        chat_id = self._athlete.chat_id
        if self._changes is None or chat_id is None:
            return _refused("plan changes are not available in this chat")
        try:
            check = await self._changes.check_tool_input(self._athlete, raw, await self.health())
            if not check.ok:
                return ProposalAttempt(check.for_model())
            view = await self._changes.propose(
                self._athlete,
                chat_id,
                check.operations,
                author=Author.AI_COACH,
                request_text=self._request_text,
            )
        except PlanUnavailableError:
            return _refused("the athlete has no current plan to change (see /plan)")
        if view.nonce is None:  # the engine refused it against the plan as it is now
            refusal = view.proposal.refusal
            return _refused(refusal.describe() if refusal else "not proposable")
        answer = check.for_model()
        answer["operations"] = [operation_json(op) for op in check.operations]
        answer["waiting_for"] = (
            "the athlete's tap on Apply under your answer; nothing is changed yet"
        )
        return ProposalAttempt(answer, view)
