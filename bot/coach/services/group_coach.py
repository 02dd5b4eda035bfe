"""The AI coach in a team's group chat: a question (a mention of the bot, or a reply to
it) in, one answer out, with where it may go.

Only with an API key, in a group linked to a squad whose coach left the AI on, and within
the asker's own daily budget (the same dollars as their private coach: ``ai_usage`` rows
of purpose ``group_coach`` count towards it) under the global monthly cap; otherwise the
handler's fixed answer, which holds no one's data. The model reads the group through a
:class:`~bot.coach.agent.group_access.GroupScope` (the board's tier-cut lines and the
week's roll-calls) and the asker's own data through their own scope; the same bounded tool
loop and grounding check as the private coach. An answer whose turn read the asker's own
data (any of ``OWN_TOOL_NAMES`` called) is ``private``: it reaches the asker alone. A
red-flag message never reaches the model and is answered privately. Questions are not kept
as a conversation: each mention stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.agent.context import build_input, user_header
from bot.coach.agent.deterministic import answer_intent
from bot.coach.agent.grounding import known_from
from bot.coach.agent.group_access import AskerRole, GroupScope
from bot.coach.agent.group_tools import OWN_TOOL_NAMES, group_tools
from bot.coach.agent.intents import Intent, read_intent
from bot.coach.agent.loop import CoachAgent, TurnResult
from bot.coach.agent.prompts import load_prompt
from bot.coach.agent.runtime import CoachRuntime
from bot.coach.agent.safety import red_flag
from bot.coach.agent.tools import ToolContext
from bot.coach.profile.timezones import local_now
from bot.coach.services.access import AccessGate
from bot.coach.services.coach import CoachReply, CoachService, ReplyFormat
from bot.coach.services.group_schedule import GroupScheduleService
from bot.coach.services.groups import GroupService
from bot.domain.athletes import Athlete
from bot.domain.coach import TurnStatus
from bot.domain.groups import TeamGroup
from bot.domain.squads import MembershipStatus
from bot.i18n import Translator
from bot.storage.repositories import CoachRepository, GroupRepository, SquadRepository

PURPOSE = "group_coach"
PROMPT_NAME = "group_coach_system"


class Fixed(StrEnum):
    """Why the model does not answer (the handler's fixed answer says so)."""

    NO_KEY = "no_key"
    OFF = "off"  # the squad's coach turned the AI off for the group
    BUDGET = "budget"  # the asker's daily budget, or the monthly cap, is spent


@dataclass(frozen=True, slots=True)
class GroupAnswer:
    """``reply`` None: the fixed answer for ``fixed``. ``private``: for the asker alone."""

    reply: CoachReply | None
    private: bool = False
    fixed: Fixed | None = None


class GroupCoachService:
    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        runtime: CoachRuntime,
        *,
        commit: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._commit = commit if commit is not None else session.commit
        self._clock = clock
        self._runtime = runtime
        self._usage = CoachRepository(session)
        self._groups = GroupRepository(session)
        self._squads = SquadRepository(session)
        self._gate = AccessGate(session, clock)
        self._group_service = GroupService(session, clock)
        self._schedule = GroupScheduleService(session, clock)
        self._own = CoachService(session, clock, runtime, commit=self._commit)
        self._prompt = load_prompt(PROMPT_NAME)

    async def role(self, asker: Athlete, group: TeamGroup) -> AskerRole:
        """The squad's coach; an athlete active in the squad who is still in the chat;
        anyone else a guest."""
        if group.squad_id is None:
            return AskerRole.GUEST
        if await self._group_service.is_coach_of(asker, group):
            return AskerRole.COACH
        membership = await self._squads.membership(group.squad_id, asker.id)
        if membership is None or membership.status is not MembershipStatus.ACTIVE:
            return AskerRole.GUEST
        if await self._groups.has_left(group.chat_id, asker.id):
            return AskerRole.GUEST
        return AskerRole.ATHLETE

    async def _names_someone_else(self, asker: Athlete, group: TeamGroup, text: str) -> bool:
        """Whether ``text`` names another person of the squad ("Bob's readiness?"): the
        intent reader reads only the asker's own day, so such a question is not its to
        answer. The names come through the gate (``AccessGate.squad_names``)."""
        words = set(re.findall(r"\w+", text.casefold()))
        for athlete_id, name in (await self._gate.squad_names(group.chat_id)).items():
            if athlete_id != asker.id and set(re.findall(r"\w+", name.casefold())) & words:
                return True
        return False

    async def answer(
        self, asker: Athlete, group: TeamGroup, text: str, t: Translator
    ) -> GroupAnswer:
        """The answer to ``text`` asked in ``group`` (linked to a squad)."""
        flag = red_flag(text)
        if flag is not None:  # the model never sees it; the care is personal
            # Recorded as in the private chat: the brief and the plan hold back the same.
            await self._usage.add_health_flag(asker.id, flag.kind, now=self._clock.now())
            reply = CoachReply(t("coach-red-flag"), ReplyFormat.HTML, TurnStatus.RED_FLAG)
            return GroupAnswer(reply, private=True)
        fixed = await self._fixed(asker, group)
        if fixed is not None and fixed is not Fixed.OFF:
            # No model (no key, or the budget spent): a question about the asker's own
            # day ("how am I today?", "why this readiness?") still gets the private
            # chat's intent reader's answer, to the asker alone, as it would there.
            intent = read_intent(text)
            if intent is not Intent.UNKNOWN and not await self._names_someone_else(
                asker, group, text
            ):
                own = await answer_intent(intent, self._own.scope(asker), t, ai_available=False)
                reply = CoachReply(own.html, ReplyFormat.HTML, TurnStatus.DETERMINISTIC)
                return GroupAnswer(reply, private=True)
        if fixed is not None:
            return GroupAnswer(None, fixed=fixed)
        agent = self._runtime.agent
        assert agent is not None
        role = await self.role(asker, group)
        scope = GroupScope(
            asker, group.chat_id, role, gate=self._gate, schedule=self._schedule, clock=self._clock
        )
        context = ToolContext(self._own.scope(asker), scope.today(), group=scope)
        snapshot = {"today": scope.today().isoformat(), "asker": scope.role.value}
        content = f"{user_header(scope.local_now(), asker.timezone, None)}\n{text}"
        registry = group_tools(sees_group=scope.sees_group)
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
        await self._record_usage(asker, result)
        private = any(outcome.name in OWN_TOOL_NAMES for outcome in result.tool_calls)
        if result.failure is not None:
            kind = result.failure.kind
            reply = CoachReply(
                t(f"coach-failure-{kind.value}"), ReplyFormat.HTML, TurnStatus.FAILED, failure=kind
            )
            return GroupAnswer(reply, private=private)
        status = TurnStatus.GROUNDED_FALLBACK if result.fallback else TurnStatus.OK
        return GroupAnswer(CoachReply(result.text, ReplyFormat.MODEL, status), private=private)

    async def _fixed(self, asker: Athlete, group: TeamGroup) -> Fixed | None:
        if not group.ai_enabled:  # the coach's choice says more than a missing key
            return Fixed.OFF
        if self._runtime.agent is None:
            return Fixed.NO_KEY
        if await self._over_budget(asker):
            return Fixed.BUDGET
        return None

    async def _over_budget(self, asker: Athlete) -> bool:
        """The asker's one daily budget: what their private coach spent today counts."""
        now = self._clock.now()
        local = local_now(asker.timezone, now)
        midnight = datetime.combine(local.date(), time(), tzinfo=local.tzinfo).astimezone(UTC)
        _, today = await self._usage.usage_since(midnight, asker.id)
        month = await self._usage.spent(datetime(now.year, now.month, 1, tzinfo=UTC))
        return today >= self._runtime.daily_budget_usd or month >= self._runtime.monthly_cap_usd

    async def _record_usage(self, asker: Athlete, result: TurnResult) -> None:
        now = self._clock.now()
        for model, usage in result.calls:
            await self._usage.add_usage(
                self._runtime.prices.record(
                    model, usage, athlete_id=asker.id, purpose=PURPOSE, at=now
                )
            )
