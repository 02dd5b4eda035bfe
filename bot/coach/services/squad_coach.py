"""The AI for a human coach (/ask): a question about the squad in, one answer out.

Only with an API key; only about athletes who grant the coach "AI summaries", through the
coach's :class:`~bot.coach.agent.squad_access.CoachScope` (the access gate, at every
read); its own daily budget per coach (``ai_usage`` rows of purpose ``squad_coach``,
counted apart from the athlete's own coach) under the same global monthly cap. The
same bounded tool loop and grounding check as the athlete's coach: every number in the
answer must come from this turn's tool results. Questions and answers are not kept as a
conversation: each /ask stands alone.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.agent.context import build_input, user_header
from bot.coach.agent.grounding import known_from
from bot.coach.agent.loop import CoachAgent
from bot.coach.agent.prompts import load_prompt
from bot.coach.agent.runtime import CoachRuntime
from bot.coach.agent.squad_access import CoachScope
from bot.coach.agent.squad_tools import squad_today, squad_tools
from bot.coach.agent.tools import ToolContext
from bot.coach.services.access import AccessGate
from bot.coach.services.coach import CoachReply, CoachService, ReplyFormat
from bot.coach.services.squads import SquadService
from bot.domain.athletes import Athlete
from bot.domain.coach import TurnStatus
from bot.i18n import Translator
from bot.storage.repositories import CoachRepository

PURPOSE = "squad_coach"
PROMPT_NAME = "squad_coach_system"


class SquadCoachService:
    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        runtime: CoachRuntime,
        *,
        commit: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._session = session
        self._commit = commit if commit is not None else session.commit
        self._clock = clock
        self._runtime = runtime
        self._usage = CoachRepository(session)
        self._gate = AccessGate(session, clock)
        self._squads = SquadService(session, clock)
        self._own = CoachService(session, clock, runtime, commit=self._commit)
        self._prompt = load_prompt(PROMPT_NAME)

    async def answer(self, coach: Athlete, text: str, t: Translator) -> CoachReply:
        """The answer to ``text``; a fixed message when there is no key, no squad, nobody
        sharing AI summaries, or the coach's budget for today is spent."""
        fixed = await self._refusal(coach, t)
        if fixed is not None:
            return CoachReply(fixed, ReplyFormat.HTML, TurnStatus.DETERMINISTIC)
        agent = self._runtime.agent
        assert agent is not None
        squad = CoachScope(coach, self._gate, self._clock)
        context = ToolContext(self._own.scope(coach), squad.today(), squad=squad)
        snapshot = {"squad_today": await context.run(squad_today, squad_today.args())}
        content = f"{user_header(squad.local_now(), coach.timezone, None)}\n{text}"
        registry = squad_tools()
        model_input = build_input(
            prompt=self._prompt.text,
            tools=registry.specs(),
            snapshot_data=snapshot,
            summary=None,
            history=[],
            message=content,
        )
        turn = CoachAgent(agent.client, registry, model=agent.model, budget_s=agent.budget_s)
        await self._commit()  # no write lock or pooled connection while the model thinks
        result = await turn.run(
            model_input, context, known_from(snapshot, texts=[content]), t, release=self._commit
        )
        now = self._clock.now()
        for model, usage in result.calls:
            await self._usage.add_usage(
                self._runtime.prices.record(
                    model, usage, athlete_id=coach.id, purpose=PURPOSE, at=now
                )
            )
        if result.failure is not None:
            kind = result.failure.kind
            reply = t(f"coach-failure-{kind.value}")
            return CoachReply(reply, ReplyFormat.HTML, TurnStatus.FAILED, failure=kind)
        status = TurnStatus.GROUNDED_FALLBACK if result.fallback else TurnStatus.OK
        return CoachReply(result.text, ReplyFormat.MODEL, status)

    async def _refusal(self, coach: Athlete, t: Translator) -> str | None:
        if self._runtime.agent is None:
            return t("ask-no-ai")
        if not await self._squads.squads(coach):
            return t("ask-not-a-coach")
        if not await self._gate.members(coach.id, only=CoachScope.AI_SCOPE):
            return t("ask-nobody-shares")
        if await self._over_budget(coach):
            return t("ask-budget-reached")
        return None

    async def _over_budget(self, coach: Athlete) -> bool:
        now = self._clock.now()
        local = CoachScope(coach, self._gate, self._clock).local_now()
        midnight = datetime.combine(local.date(), time(), tzinfo=local.tzinfo).astimezone(UTC)
        _, today = await self._usage.usage_since(midnight, coach.id, purpose=PURPOSE)
        month = await self._usage.spent(datetime(now.year, now.month, 1, tzinfo=UTC))
        return today >= self._runtime.daily_budget_usd or month >= self._runtime.monthly_cap_usd
