"""The AI coach proposes a change to the week end to end: the scripted model calls
``propose_week_changes``, the engine checks it, the athlete sees the card our code built
(never the model's prose), taps Apply, and the plan changes with an audit row naming the
AI coach. A hostile model (50 operations, another athlete's id, a date that is no date,
absurd minutes, a fourth try in one answer) is refused with reasons it can read, and
nothing is pending or changed."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot.storage.models import PendingProposalRow, PlanChangeRow
from tests.e2e.harness import TempoUnderTest
from tests.e2e.test_coach import ANSWER_TIMEOUT_S, ask, coach_tempo, tool_result
from tests.e2e.test_plan import database, go_to
from tests.e2e.test_plan_changes import TUESDAY, day_sessions, runner
from tests.fakes.anthropic_api import AnthropicApiFake, Call, Reply, ToolUse

pytestmark = pytest.mark.e2e

PROPOSE = "propose_week_changes"


async def audit_rows(tempo: TempoUnderTest) -> list[PlanChangeRow]:
    async with database(tempo) as session:
        return list(await session.scalars(select(PlanChangeRow).order_by(PlanChangeRow.id)))


async def pending_rows(tempo: TempoUnderTest) -> list[PendingProposalRow]:
    async with database(tempo) as session:
        return list(await session.scalars(select(PendingProposalRow)))


def results_sent(api: AnthropicApiFake) -> list[dict[str, Any]]:
    """Every tool result of the turn, as the model read it in its last request."""
    body = api.answered[-1].body
    count = sum(
        1
        for m in body["messages"]
        if m["role"] == "user" and isinstance(m["content"], list)
        for b in m["content"]
        if b.get("type") == "tool_result"
    )
    return [tool_result(body, i) for i in range(count)]


async def test_the_coach_proposes_the_athlete_applies_and_the_audit_names_the_ai(
    database_url: str, anthropic_api: AnthropicApiFake
) -> None:
    async with coach_tempo(database_url, anthropic_api) as tempo:
        ann = tempo.person("Ann")
        athlete = await runner(tempo, ann, "en")
        go_to(tempo, TUESDAY)
        [planned] = await day_sessions(ann, athlete, TUESDAY)
        assert planned.session.duration_s > 30 * 60
        shorten = {"op": "shorten", "session_id": planned.session.id, "minutes": 30}
        anthropic_api.script(
            Call(ToolUse(PROPOSE, {"operations": [shorten], "reason": "a busy day"})),
            Reply("A shorter run today keeps the week on track. Tap Apply if it suits you."),
        )
        answer = await ask(ann, "Work is crazy today, what would you change?")
        assert answer.text == (
            "A shorter run today keeps the week on track. Tap Apply if it suits you."
        )
        card = await ann.account.wait_for_bot_message(
            ann.user, since=answer.seq, timeout=ANSWER_TIMEOUT_S
        )
        # The tool offered to the model has the engine's schema; the model read the
        # accepted operation and that nothing changed before the tap.
        tools = anthropic_api.answered[0].body["tools"]
        assert (
            tools[-1]["name"] == PROPOSE
            and "operations" in tools[-1]["input_schema"]["properties"]
        )
        [sent] = results_sent(anthropic_api)
        assert sent["status"] == "proposed" and sent["days_changed"] == ["2026-01-06"]
        assert sent["operations"] == [shorten] and "Apply" in sent["waiting_for"]
        # The card is the plain reader's card, built by our code.
        text = card.text or ""
        assert text.startswith("✏️ Proposed change")
        assert "Work is crazy today" in text and "Tue 6 Jan: 🏃" in text and "30 min" in text
        assert card.button_texts == ["✅ Apply", "✖️ Discard", "💬 Something else"]
        [still] = await day_sessions(ann, athlete, TUESDAY)
        assert still.session.duration_s == planned.session.duration_s  # not before the tap

        await ann.press("✅ Apply", on=card)
        applied = tempo.account.message(ann.user, card.message_id).text or ""
        assert applied.startswith("✅ Done. Your plan now:")
        [short] = await day_sessions(ann, athlete, TUESDAY)
        assert short.session.duration_s == 30 * 60
        [row] = await audit_rows(tempo)
        assert row.proposed_by == "ai_coach" and row.request_text.startswith("Work is crazy")
        assert await pending_rows(tempo) == []


async def test_a_hostile_model_is_refused_with_reasons_and_nothing_changes(
    database_url: str, anthropic_api: AnthropicApiFake
) -> None:
    async with coach_tempo(database_url, anthropic_api) as tempo:
        ann = tempo.person("Ann")
        athlete = await runner(tempo, ann, "en")
        go_to(tempo, TUESDAY)
        [planned] = await day_sessions(ann, athlete, TUESDAY)
        key = planned.session.id
        skip = {"op": "skip", "session_id": key}
        anthropic_api.script(
            Call(ToolUse(PROPOSE, {"operations": [skip] * 50})),
            Call(ToolUse(PROPOSE, {"operations": [skip], "athlete_id": 2})),
            Call(
                ToolUse(
                    PROPOSE,
                    {"operations": [{"op": "shorten", "session_id": key, "minutes": 5000}]},
                ),
                ToolUse(
                    PROPOSE,
                    {"operations": [{"op": "move", "session_id": key, "to": "2026-02-30"}]},
                ),
            ),  # fmt: skip
            Call(ToolUse(PROPOSE, {"operations": [skip]})),  # valid, but over the limit
            Reply("I could not put a change together; tell me what matters most."),
        )
        answer = await ask(ann, "Rewrite my whole plan however you like")
        assert answer.text == "I could not put a change together; tell me what matters most."
        sent = results_sent(anthropic_api)
        assert [r["status"] for r in sent] == ["refused"] * 5
        reasons = [" ".join(r["reasons"]) for r in sent]
        assert "at most 12 operations" in reasons[0]
        assert "unknown field(s): athlete_id" in reasons[1]
        assert "not_shorter (minutes=5000, planned=45)" in reasons[2]
        # Three tries an answer (a refusal may be retried twice): then no more.
        assert "at most 3 proposals in one answer" in reasons[3] == reasons[4]
        await ann.settle()
        assert not any("Proposed change" in t for t in ann.bot_texts())  # no card was ever shown
        [same] = await day_sessions(ann, athlete, TUESDAY)
        assert same.session == planned.session
        assert await audit_rows(tempo) == [] and await pending_rows(tempo) == []
