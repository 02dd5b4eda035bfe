"""What the coach keeps for the life of the process: the Messages API client, the agent
(its tool registry and prompt), the price table and the budgets. Built once by the
composition root; without an API key there is no client and no agent, and the coach
answers with the deterministic intent reader."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.coach.agent.client import CONNECT_TIMEOUT_S, MessagesClient
from bot.coach.agent.loop import CoachAgent
from bot.coach.agent.plan_tool import default_tools
from bot.coach.agent.pricing import PriceTable
from bot.coach.agent.prompts import Prompt, load_prompt
from bot.coach.agent.tools import Tool
from bot.config import DEFAULT_COACH_MODEL, DEFAULT_COACH_PRICES, Settings

PROMPT_NAME = "coach_system"


@dataclass
class CoachRuntime:
    prices: PriceTable
    model: str
    daily_budget_usd: float
    monthly_cap_usd: float
    prompt: Prompt
    agent: CoachAgent | None = None  # None: no API key

    @property
    def client(self) -> MessagesClient | None:
        return self.agent.client if self.agent is not None else None

    async def close(self) -> None:
        if self.agent is not None:
            await self.agent.client.close()


def build_coach(
    settings: Settings,
    clock: Clock,
    *,
    extra_tools: tuple[Tool, ...] = (),
    client: MessagesClient | None = None,
) -> CoachRuntime:
    """The coach for these settings: its own tools and the plan-change engine's
    ``propose_week_changes``; ``extra_tools`` are other features' tools."""
    agent = None
    if client is None and settings.anthropic_api_key is not None:
        client = MessagesClient.connect(
            api_key=settings.anthropic_api_key.get_secret_value().strip(),
            base_url=settings.anthropic_base_url,
            clock=clock,
            # One HTTP request may take what is left of the turn; connecting is quick.
            timeout_s=max(settings.coach_turn_budget_s, CONNECT_TIMEOUT_S),
        )
    if client is not None:
        agent = CoachAgent(
            client,
            default_tools().with_tools(*extra_tools),
            model=settings.coach_model,
            budget_s=settings.coach_turn_budget_s,
        )
    return CoachRuntime(
        prices=PriceTable(settings.coach_prices),
        model=settings.coach_model,
        daily_budget_usd=settings.coach_daily_budget_usd,
        monthly_cap_usd=settings.coach_monthly_cap_usd,
        prompt=load_prompt(PROMPT_NAME),
        agent=agent,
    )


def offline_coach() -> CoachRuntime:
    """A coach with no model (the deterministic intent reader only), for a dispatcher
    built without settings."""
    return CoachRuntime(
        prices=PriceTable(DEFAULT_COACH_PRICES),
        model=DEFAULT_COACH_MODEL,
        daily_budget_usd=0.0,
        monthly_cap_usd=0.0,
        prompt=load_prompt(PROMPT_NAME),
    )
