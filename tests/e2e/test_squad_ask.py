"""The AI for a human coach (/ask) end to end, with a scripted model against the fake
Messages API: the coach asks who is struggling; the model first tries an athlete of
another squad (by id) and a squad member who does not share AI summaries (by name) and is
refused both times, then reads the week and answers from it. Nothing of either refused
athlete reaches the model; the cost is the coach's own, under its own purpose. Plain
text stays the coach's own coach. English and Russian."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from bot.coach.agent.squad_tools import REFUSAL
from bot.coach.services.squads import SquadService
from bot.coach.services.wellness import WellnessService
from bot.domain.squads import Scope
from bot.storage.models import AiUsageRow
from bot.storage.repositories import AthleteRepository
from bot.storage.unit_of_work import transaction
from tests.e2e.activity_chat import athlete_id, plain, send_all, translator
from tests.e2e.harness import TempoUnderTest
from tests.e2e.test_coach import ask, coach_tempo, says
from tests.e2e.test_pushes_stored import MONDAY, make_runner_with_history
from tests.e2e.test_squads import new_squad
from tests.fakes.anthropic_api import AnthropicApiFake, Call, ToolUse

pytestmark = pytest.mark.e2e


@pytest.fixture
async def world(
    database_url: str, anthropic_api: AnthropicApiFake
) -> AsyncIterator[TempoUnderTest]:
    async with coach_tempo(database_url, anthropic_api) as tempo:
        yield tempo


async def share_ai(tempo: TempoUnderTest, athlete: int) -> None:
    assert tempo.app is not None
    async with transaction(tempo.app.session_factory) as session:
        found = await AthleteRepository(session).get(athlete)
        assert found is not None
        squads = SquadService(session, tempo.clock)
        for shared in await squads.sharing(found):
            await squads.set_scope(found, shared.membership.id, Scope.AI_SUMMARIES, granted=True)


@pytest.mark.parametrize(
    ("language", "question"),
    [("en", "who is struggling this week?"), ("ru", "кому тяжело на этой неделе?")],
)
async def test_the_coachs_ai_answers_from_its_squad_and_refuses_anyone_outside(
    world: TempoUnderTest, anthropic_api: AnthropicApiFake, language: str, question: str
) -> None:
    app = world.app
    assert app is not None
    t = translator(language)
    cleo = world.person("Cleo", language_code=language)
    ann, bob = world.person("Ann", language_code=language), world.person("Bob")
    eve, dan = world.person("Eve"), world.person("Dan")
    _, token = await new_squad(world, cleo, "Dawn patrol")
    _, other = await new_squad(world, eve, "Elsewhere")
    for athlete, link in ((ann, token), (bob, token), (dan, other)):
        [offer] = await send_all(world, athlete, f"/start {link}")
        await athlete.press(
            translator(athlete.user.language_code or "en")("squad-btn-accept"), on=offer
        )
    ann_id, dan_id = await athlete_id(world, ann), await athlete_id(world, dan)
    await make_runner_with_history(world, ann_id)
    await share_ai(world, ann_id)
    await share_ai(world, dan_id)  # Dan shares AI summaries, with Eve's squad only
    async with transaction(app.session_factory) as session:
        anna = await AthleteRepository(session).get(ann_id)
        assert anna is not None
        await WellnessService(session, world.clock).set_flag(anna, MONDAY, "illness")

    anthropic_api.script(
        Call(ToolUse("athlete_weeks", {"athlete": str(dan_id)})),
        Call(ToolUse("athlete_weeks", {"athlete": "Bob"})),
        Call(ToolUse("squad_week", {})),
        says(
            lambda week: "".join(
                f"{a['name']}: {a['verdict']}, {a['sick_or_injured_days']} day ill. "
                for a in week["athletes"]
            ).strip()
        ),
    )
    answer = await ask(cleo, f"/ask {question}")

    assert [name for name, _ in anthropic_api.called] == [
        "athlete_weeks", "athlete_weeks", "squad_week",
    ]  # fmt: skip
    results = [request.tool_results()[-1] for request in anthropic_api.answered[1:]]
    assert [r.get("is_error", False) for r in results] == [True, True, False]
    assert all(REFUSAL in json.dumps(r["content"]) for r in results[:2])
    week = json.loads(results[2]["content"])
    assert [a["athlete_id"] for a in week["athletes"]] == [ann_id]
    (anns,) = week["athletes"]
    assert anns["verdict"] == "struggling" and anns["sick_or_injured_days"] == 1
    assert answer.text == f"{anns['name']}: struggling, 1 day ill."
    first = anthropic_api.answered[0]
    assert first.body["system"][0]["text"].startswith("You are Tempo, assisting a human")
    assert [tool["name"] for tool in first.body["tools"]] == [
        "squad_today", "squad_week", "athlete_weeks",
    ]  # fmt: skip
    everything = json.dumps([r.body for r in anthropic_api.answered], ensure_ascii=False)
    # Bob is named only in the model's own request for him, which was refused.
    asked_for_bob = everything.replace('"athlete": "Bob"', "")
    for outsider in ("Bob", "Dan", "Eve", "Elsewhere"):
        assert re.search(rf"\b{outsider}\b", asked_for_bob) is None, outsider
    assert re.search(r"\bAnn\b", everything) is not None
    # The next exchange settles the turn's unit of work (it commits after the answer).
    assert plain(t("ask-usage")) == (await send_all(world, cleo, "/ask"))[0].text
    async with app.session_factory() as session:
        usage = list(await session.scalars(select(AiUsageRow)))
    cleo_id = await athlete_id(world, cleo)
    assert {(u.athlete_id, u.purpose) for u in usage} == {(cleo_id, "squad_coach")}
    assert len(usage) == 4


async def test_without_a_key_or_a_squad_ask_says_why_and_plain_text_stays_ones_own_coach(
    tempo: TempoUnderTest,
) -> None:
    t = translator()
    cleo = tempo.person("Cleo")
    [no_key] = await send_all(tempo, cleo, "/ask who is struggling?")
    assert no_key.text == plain(t("ask-no-ai"))
    [own] = await send_all(tempo, cleo, "how is my fitness?")
    assert own.text != no_key.text and "squad" not in (own.text or "").lower()
