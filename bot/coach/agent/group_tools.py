"""The tools of the AI in a team's group chat: the group as the group may see it, read
through :class:`~bot.coach.agent.group_access.GroupScope`, and the asker's own read tools.
Each docstring is what the model reads. A board line holds only what the athlete's group
tier allows; the parts it does not are absent (not "not recorded": the model must not
learn that a part exists). Writing tools (notes, plan changes) stay in the private chat.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from bot.coach.agent.coach_tools import (
    NoArgs,
    _Args,
    calc,
    get_activity,
    get_calendar,
    get_load,
    get_profile,
    get_readiness,
    get_wellness,
    recall_notes,
)
from bot.coach.agent.group_access import GroupScope, OutsideGroupError
from bot.coach.agent.tools import ToolContext, ToolError, ToolRegistry, tool
from bot.domain.groups import BoardLine

REFUSAL = (
    "the group may see nothing of anyone by that name; use the names group_board returns, "
    "and only what it shows of them"
)
NOT_IN_GROUP = "only athletes of the squad linked to this group (and its coach) may ask about it"
# The asker's own data: an answer that called any of these reaches the asker alone.
OWN_TOOLS = (
    get_profile,
    get_calendar,
    get_activity,
    get_wellness,
    get_load,
    get_readiness,
    recall_notes,
)
OWN_TOOL_NAMES = frozenset(item.name for item in OWN_TOOLS)


class MemberArgs(_Args):
    athlete: str = Field(description="The athlete's name as group_board gives it")


def _group(context: ToolContext) -> GroupScope:
    if context.group is None or not context.group.sees_group:
        raise ToolError(NOT_IN_GROUP)
    return context.group


def _line(line: BoardLine) -> dict[str, Any]:
    shown: dict[str, Any] = {"name": line.name, "session_done_today": line.done}
    if line.colour is not None:
        shown["readiness_colour"] = line.colour
    if line.score is not None:
        shown["readiness_score"] = line.score
    if line.minutes_done is not None:
        shown["minutes_trained_today"] = line.minutes_done
    return shown


@tool(NoArgs)
async def group_board(context: ToolContext, args: NoArgs) -> dict[str, Any]:
    """The team board as the whole group sees it today: per athlete only what they chose
    to show the group (whether today's session is done; some also show their readiness
    colour, some their readiness score and minutes trained). Athletes who show nothing are
    not listed. Never say more of anyone than their line holds."""
    group = _group(context)
    return {
        "date": group.today().isoformat(),
        "athletes": [_line(line) for line in await group.board()],
    }


@tool(MemberArgs)
async def group_member(context: ToolContext, args: MemberArgs) -> dict[str, Any]:
    """One athlete's line on the team board (the same facts group_board shows of them)."""
    try:
        line = await _group(context).line(args.athlete)
    except OutsideGroupError as error:
        raise ToolError(REFUSAL) from error
    return _line(line)


@tool(NoArgs)
async def group_sessions(context: ToolContext, args: NoArgs) -> dict[str, Any]:
    """The group's sessions of this week (Monday to Sunday): the day and time of each
    weekly roll-call the coach scheduled, and its question."""
    group = _group(context)
    return {
        "sessions": [
            {
                "date": session.day.isoformat(),
                "time": session.at.strftime("%H:%M"),
                "question": session.question or "",
            }
            for session in await group.sessions()
        ]
    }


def group_tools(*, sees_group: bool) -> ToolRegistry:
    """A member's or the coach's turn: the group's tools and their own read tools; a
    guest's: calc alone (general training answers)."""
    if not sees_group:
        return ToolRegistry([calc])
    return ToolRegistry([group_board, group_member, group_sessions, *OWN_TOOLS, calc])
