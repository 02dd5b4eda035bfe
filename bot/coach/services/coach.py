"""The AI coach's use-case: one message from the athlete in, one answer out.

In order: the red-flag screen (a fixed caring message and a health flag; the model never
sees the text), the under-18 weight-loss rule, then the mode — the agent when a key is set
and the athlete's daily budget and the global monthly cap allow it, else the
deterministic intent reader. Everything is recorded: both turns, every model call's
usage and cost, the tool calls, grounding violations. The athlete's message is committed
before the model is asked, so a failure loses nothing and SQLite's write lock is never
held across the call; the answer is stored after it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.agent.access import AthleteScope
from bot.coach.agent.client import FailureKind, TextSink
from bot.coach.agent.context import ModelInput, build_input, snapshot, user_header
from bot.coach.agent.deterministic import answer_intent
from bot.coach.agent.grounding import KnownNumbers, known_from
from bot.coach.agent.intents import read_intent
from bot.coach.agent.loop import TurnResult
from bot.coach.agent.plan_tool import default_tools
from bot.coach.agent.runtime import CoachRuntime
from bot.coach.agent.safety import asks_weight_loss, red_flag
from bot.coach.agent.tools import Attachment, ToolContext
from bot.coach.profile.timezones import local_now
from bot.coach.services.activities import ActivityService
from bot.coach.services.plan_changes import PlanChangeService
from bot.coach.services.plans import PlanService
from bot.coach.services.profiles import ProfileService
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete
from bot.domain.coach import (
    AthleteNote,
    CoachSummary,
    ToolCallRecord,
    TurnRole,
    TurnStatus,
)
from bot.i18n import Translator
from bot.storage.repositories import CoachRepository

log = logging.getLogger(__name__)

PURPOSE = "coach"
MINOR_AGE = 18
# Turn rows kept verbatim before the oldest are folded into the summary: twice the
# replayed window, so the cached conversation prefix stays the same for ten exchanges.
FOLD_AFTER_ROWS = 40
FOLD_ROWS = 20
SUMMARY_CHARS = 2000
SUMMARY_LINE_CHARS = 140


class ReplyFormat(StrEnum):
    HTML = "html"  # catalogue text, Telegram HTML already
    MODEL = "model"  # the model's plain text: the handler renders it


@dataclass(frozen=True, slots=True)
class CoachReply:
    text: str
    format: ReplyFormat
    status: TurnStatus
    attachments: tuple[Attachment, ...] = ()
    failure: FailureKind | None = None
    notice: str | None = None  # HTML said before the answer (the budget note)
    commands: tuple[str, ...] = ()  # offered as buttons under a deterministic answer


@dataclass(frozen=True, slots=True)
class CoachStatus:
    ai: bool  # a key is set
    over_budget: bool
    model: str
    calls_today: int
    spent_today: float
    daily_budget: float


@dataclass
class _Budget:
    spent_today: float = 0.0
    spent_month: float = 0.0
    calls_today: int = 0
    reasons: list[str] = field(default_factory=list)


class CoachService:
    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        runtime: CoachRuntime,
        *,
        commit: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """``commit`` is the caller's unit of work (services never commit on their own):
        called before each model request so no write lock or pooled connection is held
        while the model thinks; without it (a job's or a test's session) the session's."""
        self._session = session
        self._commit = commit if commit is not None else session.commit
        self._clock = clock
        self._runtime = runtime
        self._coach = CoachRepository(session)
        self._profiles = ProfileService(session, clock)
        self._plans = PlanService(session, clock)
        self._activities = ActivityService(session, clock)
        self._wellness = WellnessService(session, clock)

    def scope(self, athlete: Athlete, request_text: str = "") -> AthleteScope:
        """The chatting athlete's own data, the only door the agent reads through (and
        proposes plan changes through; ``request_text`` is the athlete's message)."""
        return AthleteScope(
            athlete,
            self._clock,
            profiles=self._profiles,
            plans=self._plans,
            activities=self._activities,
            wellness=self._wellness,
            coach=self._coach,
            changes=PlanChangeService(self._session, self._clock, self._plans),
            request_text=request_text,
            commit=self._commit,
        )

    # -- the conversation ----------------------------------------------------------------

    async def answer(
        self,
        athlete: Athlete,
        text: str,
        t: Translator,
        *,
        subject: str | None = None,
        on_text: TextSink | None = None,
    ) -> CoachReply:
        now = self._clock.now()
        scope = self.scope(athlete, text)
        header = user_header(scope.local_now(), athlete.timezone, subject)
        content = f"{header}\n{text}"
        flag = red_flag(text)
        if flag is not None:
            await self._coach.add_health_flag(athlete.id, flag.kind, now=now)
            log.warning(
                "coach: red flag %s for athlete %s; model not asked", flag.kind, athlete.id
            )
            return await self._record(athlete, content, t("coach-red-flag"), TurnStatus.RED_FLAG)
        if asks_weight_loss(text) and await self._is_minor(scope):
            reply = t("coach-minor-weight")
            return await self._record(athlete, content, reply, TurnStatus.DETERMINISTIC)
        budget = await self._budget(athlete)
        agent = self._runtime.agent
        over = self._over_budget(budget)
        if agent is None or over:
            intent = read_intent(text)
            answer = await answer_intent(intent, scope, t, ai_available=agent is not None)
            recorded = await self._record(athlete, content, answer.html, TurnStatus.DETERMINISTIC)
            notice = t("coach-budget-reached") if over else None
            return CoachReply(
                recorded.text,
                ReplyFormat.HTML,
                recorded.status,
                notice=notice,
                commands=answer.commands,
            )
        return await self._agent_turn(athlete, scope, content, t, on_text)

    async def _agent_turn(
        self,
        athlete: Athlete,
        scope: AthleteScope,
        content: str,
        t: Translator,
        on_text: TextSink | None,
    ) -> CoachReply:
        agent = self._runtime.agent
        assert agent is not None
        model_input, context, known, summary = await self._model_input(athlete, scope, content)
        # The athlete's message is kept before the model is asked (nothing is lost on a
        # failure) and committed, so no write lock is held across the call.
        await self._coach.add_turn(
            athlete.id, TurnRole.USER, content, TurnStatus.OK, now=self._clock.now()
        )
        await self._commit()
        result = await agent.run(
            model_input, context, known, t, on_text=on_text, release=self._commit
        )
        await self._record_usage(athlete.id, result)
        if result.failure is not None:
            kind = result.failure.kind
            log.warning("coach: model failed for athlete %s: %s", athlete.id, result.failure)
            reply = t(f"coach-failure-{kind.value}")
            await self._answer_turn(athlete, reply, TurnStatus.FAILED, result)
            return CoachReply(reply, ReplyFormat.HTML, TurnStatus.FAILED, failure=kind)
        status = TurnStatus.GROUNDED_FALLBACK if result.fallback else TurnStatus.OK
        await self._answer_turn(athlete, result.text, status, result)
        await self._fold(athlete.id, summary)
        return CoachReply(
            result.text, ReplyFormat.MODEL, status, attachments=tuple(result.attachments)
        )

    async def model_input(
        self, athlete: Athlete, scope: AthleteScope, content: str
    ) -> tuple[ModelInput, ToolContext, KnownNumbers]:
        """What the model receives for ``content`` (the snapshot-tested request), the
        turn's tool context and the numbers it may state before any tool runs."""
        model_input, context, known, _ = await self._model_input(athlete, scope, content)
        return model_input, context, known

    async def _model_input(
        self, athlete: Athlete, scope: AthleteScope, content: str
    ) -> tuple[ModelInput, ToolContext, KnownNumbers, CoachSummary | None]:
        """:meth:`model_input` and the summary it read (the turn folds after it)."""
        context = ToolContext(scope, scope.today())
        data = await snapshot(context)
        summary = await self._coach.summary(athlete.id)
        history = await self._coach.turns_after(
            athlete.id, summary.through_turn_id if summary else 0, limit=FOLD_AFTER_ROWS
        )
        registry = self._runtime.agent.registry if self._runtime.agent else default_tools()
        model_input = build_input(
            prompt=self._runtime.prompt.text,
            tools=registry.specs(),
            snapshot_data=data,
            summary=summary.content if summary else None,
            history=history,
            message=content,
        )
        return model_input, context, known_from(data, texts=[content]), summary

    async def _record(
        self, athlete: Athlete, content: str, reply: str, status: TurnStatus
    ) -> CoachReply:
        now = self._clock.now()
        await self._coach.add_turn(athlete.id, TurnRole.USER, content, TurnStatus.OK, now=now)
        await self._coach.add_turn(athlete.id, TurnRole.ASSISTANT, reply, status, now=now)
        return CoachReply(reply, ReplyFormat.HTML, status)

    async def _answer_turn(
        self, athlete: Athlete, reply: str, status: TurnStatus, result: TurnResult
    ) -> None:
        turn = await self._coach.add_turn(
            athlete.id,
            TurnRole.ASSISTANT,
            reply,
            status,
            now=self._clock.now(),
            grounding_violations=result.violations,
            rounds=result.rounds,
        )
        await self._coach.add_tool_calls(
            turn.id,
            [ToolCallRecord(o.name, o.arguments, o.ok, len(o.content)) for o in result.tool_calls],
        )

    async def _record_usage(self, athlete_id: int, result: TurnResult) -> None:
        now = self._clock.now()
        for model, usage in result.calls:
            await self._coach.add_usage(
                self._runtime.prices.record(
                    model, usage, athlete_id=athlete_id, purpose=PURPOSE, at=now
                )
            )

    async def _is_minor(self, scope: AthleteScope) -> bool:
        snapshot_ = await scope.profile()
        birth_year = snapshot_.profile.fields.birth_year if snapshot_ else None
        return birth_year is not None and scope.today().year - birth_year < MINOR_AGE

    # -- budgets -------------------------------------------------------------------------

    def _midnight_utc(self, athlete: Athlete) -> datetime:
        local = local_now(athlete.timezone, self._clock.now())
        return datetime.combine(local.date(), time(), tzinfo=local.tzinfo).astimezone(UTC)

    async def _budget(self, athlete: Athlete) -> _Budget:
        now = self._clock.now()
        month_start = datetime(now.year, now.month, 1, tzinfo=UTC)
        calls, spent = await self._coach.usage_since(self._midnight_utc(athlete), athlete.id)
        return _Budget(spent, await self._coach.spent(month_start), calls)

    def _over_budget(self, budget: _Budget) -> bool:
        return (
            budget.spent_today >= self._runtime.daily_budget_usd
            or budget.spent_month >= self._runtime.monthly_cap_usd
        )

    async def status(self, athlete: Athlete) -> CoachStatus:
        budget = await self._budget(athlete)
        return CoachStatus(
            ai=self._runtime.agent is not None,
            over_budget=self._over_budget(budget),
            model=self._runtime.model,
            calls_today=budget.calls_today,
            spent_today=budget.spent_today,
            daily_budget=self._runtime.daily_budget_usd,
        )

    # -- memory ----------------------------------------------------------------------------

    async def forget(self, athlete: Athlete) -> int:
        return await self._coach.forget(athlete.id)

    async def confirm_note(self, athlete: Athlete, note_id: int) -> AthleteNote | None:
        return await self._coach.confirm_note(athlete.id, note_id)

    async def drop_note(self, athlete: Athlete, note_id: int) -> bool:
        return await self._coach.drop_note(athlete.id, note_id)

    async def pending_note(self, athlete: Athlete, note_id: int) -> AthleteNote | None:
        notes = await self._coach.notes(athlete.id, confirmed_only=False)
        return next((n for n in notes if n.id == note_id and not n.confirmed), None)

    async def _fold(self, athlete_id: int, summary: CoachSummary | None) -> None:
        """Past :data:`FOLD_AFTER_ROWS` unsummarised turns, the oldest :data:`FOLD_ROWS`
        become lines of the summary (the athlete's questions, in short): older turns
        stay known without sending them whole, and the cached prefix changes only once
        every ten exchanges. ``summary``: the one this turn read (only a fold writes it,
        and one update per chat runs at a time: bot/telegram/middlewares.py)."""
        after = summary.through_turn_id if summary else 0
        if await self._coach.count_after(athlete_id, after) <= FOLD_AFTER_ROWS:
            return
        oldest = (await self._coach.turns_after(athlete_id, after, limit=10_000))[:FOLD_ROWS]
        lines = [
            f"{turn.created_at.date().isoformat()}: "
            + " ".join(turn.content.split("\n", 1)[-1].split())[:SUMMARY_LINE_CHARS]
            for turn in oldest
            if turn.role is TurnRole.USER and turn.status is TurnStatus.OK
        ]
        kept = [summary.content] if summary else []
        text = "\n".join([*kept, "Earlier questions:", *lines])
        await self._coach.save_summary(
            athlete_id, oldest[-1].id, text[-SUMMARY_CHARS:], now=self._clock.now()
        )
