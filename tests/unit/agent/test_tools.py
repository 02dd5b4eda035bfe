"""The tool registry: schemas the model reads, bounded results, errors as results."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pydantic import BaseModel

from bot.coach.agent.coach_tools import coach_tools
from bot.coach.agent.tools import MAX_RESULT_CHARS, ToolContext, ToolRegistry, bounded_json, tool


def test_every_tool_has_a_docstring_and_an_object_schema_without_an_athlete_id() -> None:
    for spec in coach_tools().specs():
        assert len(spec["description"]) > 40
        assert spec["input_schema"]["type"] == "object"
        fields = spec["input_schema"].get("properties", {})
        assert not any("athlete" in name or name.endswith("_id") and name != "activity_id"
                       for name in fields)  # fmt: skip


def test_a_long_result_loses_list_items_and_says_so() -> None:
    data: dict[str, Any] = {
        "days": [{"date": f"2026-01-{i:02d}", "x": "y" * 90} for i in range(200)]
    }
    text = bounded_json(data)
    assert len(text) <= MAX_RESULT_CHARS
    parsed = json.loads(text)
    assert parsed["truncated"] is True and 0 < len(parsed["days"]) < 200
    assert len(data["days"]) == 200  # the caller's data is left whole


class Echo(BaseModel):
    value: int


async def test_a_feature_adds_its_tool_without_touching_the_loop() -> None:
    calls: list[int] = []

    @tool(Echo, reads=False)
    async def propose_week_changes(context: ToolContext, args: Echo) -> dict[str, Any]:
        """Propose changes to the coming week (a stand-in for the plan-change engine)."""
        calls.append(args.value)
        return {"proposed": args.value}

    registry: ToolRegistry = coach_tools().with_tools(propose_week_changes)
    assert registry.names[-1] == "propose_week_changes"
    context = ToolContext(scope=None, today=date(2026, 1, 5))  # type: ignore[arg-type]
    done = await registry.call(context, "propose_week_changes", {"value": 3})
    again = await registry.call(context, "propose_week_changes", {"value": 3})
    assert done.ok and json.loads(done.content) == {"proposed": 3}
    assert again.ok and calls == [3, 3]  # a writing tool is never answered from the memo
    bad = await registry.call(context, "propose_week_changes", {"value": "three"})
    assert not bad.ok and "bad arguments: value" in bad.content
    unknown = await registry.call(context, "delete_everything", {})
    assert not unknown.ok and "no tool named 'delete_everything'" in unknown.content
