"""The plan-change engine's ``propose_week_changes`` as an agent tool.

The model's input is checked by the engine's own validator
(``bot.coach.planning.changes.ai_tool``) through the athlete's scope: the tool has the
validator's hand-written schema, takes the input as the model sent it, and returns the
guardrail result (the accepted operations, or the refusals with their reasons). A
proposal that may be applied becomes the chat's pending one and is attached to the
answer: the handler shows the card our code builds from it (never the model's prose), and
nothing changes before the athlete taps Apply.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from bot.coach.agent.coach_tools import coach_tools
from bot.coach.agent.tools import Attachment, Tool, ToolContext, ToolRegistry
from bot.coach.planning.changes.ai_tool import TOOL_DEFINITION, TOOL_NAME

PLAN_PROPOSAL = "plan_proposal"


class RawInput(BaseModel):
    """The model's input as it came: the validator checks every field."""

    model_config = ConfigDict(extra="allow")


async def propose_week_changes(context: ToolContext, args: RawInput) -> dict[str, Any]:
    attempt = await context.scope.propose_week_changes(dict(args.model_extra or {}))
    view = attempt.view
    if view is not None and view.nonce is not None:
        # One pending proposal per chat: a later proposal of this turn replaces the card.
        context.attachments[:] = [a for a in context.attachments if a.kind != PLAN_PROPOSAL]
        context.attach(Attachment(PLAN_PROPOSAL, 0, view.nonce, payload=view))
    return attempt.for_model


def plan_change_tool() -> Tool:
    return Tool(
        TOOL_NAME,
        str(TOOL_DEFINITION["description"]),
        RawInput,
        propose_week_changes,
        reads=False,
        input_schema=TOOL_DEFINITION["input_schema"],
    )


def default_tools() -> ToolRegistry:
    """The coach's tools with the plan-change engine's: what a coach with a key gets."""
    return coach_tools().with_tools(plan_change_tool())
