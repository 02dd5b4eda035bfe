"""The agent's tool registry: typed tools the model reads, run for one athlete's turn.

A tool is an async function ``(ToolContext, Args) -> dict`` whose docstring is what the
model reads and whose ``Args`` (a pydantic model) gives its input schema and checks the
model's input. No tool takes an athlete id: the context carries the one athlete's
:class:`~bot.coach.agent.access.AthleteScope`. A result is JSON of at most
:data:`MAX_RESULT_CHARS` (about 2,000 tokens; the longest list is cut, and says so), and
missing data is said as "not recorded" by each tool.

The registry is open: ``CoachAgent`` takes any :class:`ToolRegistry`, and a feature adds
its tools with :meth:`ToolRegistry.with_tools` in the composition root (the plan-change
engine's ``propose_week_changes`` does so). A tool can attach an action to the answer
(a button the athlete taps: confirm a note, apply a proposal) through
:meth:`ToolContext.attach`; the loop does not change for either.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from bot.coach.agent.access import AthleteScope
from bot.coach.agent.group_access import GroupScope
from bot.coach.agent.squad_access import CoachScope

MAX_RESULT_CHARS = 8000
NOT_RECORDED = "not recorded"

ArgsT = TypeVar("ArgsT", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class Attachment:
    """Something the answer offers to tap: ``kind`` names the handler's button family
    (``note_confirm``, ``plan_proposal``), ``ref`` what it acts on."""

    kind: str
    ref: int
    label: str = ""
    # What the handler renders, built by our code (a plan proposal's view); never shown
    # to the model and never compared.
    payload: Any = field(default=None, compare=False)


@dataclass
class ToolContext:
    """What a tool may use during one turn."""

    scope: AthleteScope
    today: date
    attachments: list[Attachment] = field(default_factory=list)
    # Results of read tools already run this turn (the snapshot's, the model's), by tool
    # and arguments: asking twice reads once. Writing tools are never remembered.
    memo: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    # A human coach's turn (/ask): the squad as the coach's AI may read it; ``scope`` is
    # then the coach's own data, which the squad tools never read.
    squad: CoachScope | None = None
    # A turn in a team's group chat: what the group may see; ``scope`` is then the
    # asker's own data, whose tools make the answer reach the asker alone.
    group: GroupScope | None = None

    def attach(self, attachment: Attachment) -> None:
        self.attachments.append(attachment)

    async def run(self, item: Tool, args: BaseModel) -> dict[str, Any]:
        """``item`` on ``args``, from this turn's memo when it ran already."""
        if not item.reads:
            return await item.run(self, args)
        key = (item.name, args.model_dump_json())
        if key not in self.memo:
            self.memo[key] = await item.run(self, args)
        return self.memo[key]


ToolFunction = Callable[[ToolContext, Any], Awaitable[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class Tool:
    name: str
    description: str
    args: type[BaseModel]
    run: ToolFunction
    reads: bool = True  # False for a tool that changes something (remember_note)
    # A hand-written JSON schema for a tool whose input is checked by its own validator
    # (propose_week_changes); else the schema of ``args``.
    input_schema: dict[str, Any] | None = None

    def spec(self) -> dict[str, Any]:
        if self.input_schema is not None:
            return {
                "name": self.name,
                "description": self.description,
                "input_schema": self.input_schema,
            }
        schema = self.args.model_json_schema()
        schema.pop("title", None)
        for prop in schema.get("properties", {}).values():
            prop.pop("title", None)
        return {"name": self.name, "description": self.description, "input_schema": schema}


TypedFunction = Callable[[ToolContext, ArgsT], Awaitable[dict[str, Any]]]


def tool(args: type[ArgsT], *, reads: bool = True) -> Callable[[TypedFunction[ArgsT]], Tool]:
    """Make a :class:`Tool` of an async function; its name and docstring are the tool's.
    ``reads=False`` marks a tool that changes something (never answered from the memo)."""

    def make(function: TypedFunction[ArgsT]) -> Tool:
        description = " ".join((function.__doc__ or "").split())
        if not description:
            raise ValueError(f"tool {function.__name__} needs a docstring: the model reads it")
        return Tool(function.__name__, description, args, function, reads)

    return make


@dataclass(frozen=True, slots=True)
class ToolOutcome:
    name: str
    arguments: dict[str, Any]
    data: dict[str, Any]
    content: str  # what the model receives (JSON)
    ok: bool


class ToolRegistry:
    def __init__(self, tools: Iterable[Tool]) -> None:
        self._tools: dict[str, Tool] = {}
        self._specs: list[dict[str, Any]] | None = None
        for item in tools:
            if item.name in self._tools:
                raise ValueError(f"two tools named {item.name}")
            self._tools[item.name] = item

    def with_tools(self, *tools: Tool) -> ToolRegistry:
        return ToolRegistry([*self._tools.values(), *tools])

    @property
    def names(self) -> list[str]:
        return list(self._tools)

    def specs(self) -> list[dict[str, Any]]:
        """The tools as the API takes them. Built once per registry (a registry does not
        change; ``with_tools`` makes a new one): pydantic's schema generation was a
        quarter of a turn's own time (bench/agent.py, profiled with pyinstrument)."""
        if self._specs is None:
            self._specs = [item.spec() for item in self._tools.values()]
        return list(self._specs)  # the dicts are shared: read them, never change them

    async def call(self, context: ToolContext, name: str, raw: Any) -> ToolOutcome:
        """Run tool ``name`` on the model's input; an unknown tool or bad input is an
        error result the model can correct, never an exception."""
        arguments = raw if isinstance(raw, dict) else {}
        found = self._tools.get(name)
        if found is None:
            known = ", ".join(self._tools)
            return _error(name, arguments, f"there is no tool named {name!r}; tools: {known}")
        try:
            parsed = found.args.model_validate(arguments)
        except ValidationError as error:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'input'}: {e['msg']}"
                for e in error.errors()
            )
            return _error(name, arguments, f"bad arguments: {problems}")
        try:
            data = await context.run(found, parsed)
        except ToolError as error:
            return _error(name, arguments, str(error))
        return ToolOutcome(name, arguments, data, bounded_json(data), True)


class ToolError(Exception):
    """A request a tool cannot serve (a range too long, an id that is not the
    athlete's); the message goes back to the model."""


def _error(name: str, arguments: dict[str, Any], message: str) -> ToolOutcome:
    data = {"error": message}
    return ToolOutcome(name, arguments, data, json.dumps(data, ensure_ascii=False), False)


def bounded_json(data: dict[str, Any], limit: int = MAX_RESULT_CHARS) -> str:
    """``data`` as compact JSON within ``limit`` characters: the longest list loses items
    from its end (and the result says ``truncated``) until it fits."""
    text = _dump(data)
    if len(text) > limit:
        data = copy.deepcopy(data)  # the memo and the snapshot keep the whole result
    while len(text) > limit:
        longest = _longest_list(data)
        if longest is None or not longest:
            return text[: limit - 1] + "…"
        keep = len(longest) * 3 // 4 if len(longest) > 1 else 0
        del longest[keep:]
        data["truncated"] = True
        text = _dump(data)
    return text


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


def _longest_list(data: Any) -> list[Any] | None:
    best: list[Any] | None = None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            if best is None or len(_dump(item)) > len(_dump(best)):
                best = item
            stack.extend(item)
    return best
