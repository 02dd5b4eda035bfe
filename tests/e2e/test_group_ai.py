"""The AI coach in a team's group chat end to end, with a scripted model against the fake
Messages API (the real anthropic SDK) and the real bot in a group of the emulator: a coach,
Ann (history, "done or not"), Dan (history, "colour"), Bob ("nothing") and Eve (coach of
another squad). Ann asks about herself: the answer reaches her alone (an ephemeral
message), the group's history holds only her question. Ann asks about Dan: a reply in the
group with only what Dan's tier shows. A hostile model asks for Bob by name and by id, for
Dan's readiness with a forged id, then writes Dan's real score: refused, replaced, and
nothing of theirs reaches the model or the group. The coach turns the AI off: the fixed
answer, and the model is not asked. English and Russian."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from bot.coach.agent.group_tools import REFUSAL
from bot.coach.services.access import AccessGate
from bot.sandbox.emulator import Chat, ChatMessage
from bot.storage.models import HealthFlagRow
from bot.storage.repositories import AthleteRepository
from bot.storage.unit_of_work import transaction
from tests.e2e.activity_chat import athlete_id, plain, translator
from tests.e2e.harness import Person, TempoUnderTest
from tests.e2e.test_coach import ANSWER_TIMEOUT_S, coach_tempo, rows, says
from tests.e2e.test_groups import choose_tier, join
from tests.e2e.test_pushes_stored import make_runner_with_history
from tests.e2e.test_squads import new_squad
from tests.fakes.anthropic_api import AnthropicApiFake, Call, Reply, ToolUse

pytestmark = pytest.mark.e2e


@pytest.fixture
async def world(
    database_url: str, anthropic_api: AnthropicApiFake
) -> AsyncIterator[TempoUnderTest]:
    async with coach_tempo(database_url, anthropic_api) as tempo:
        yield tempo


async def dans_score(tempo: TempoUnderTest, dan_id: int) -> int:
    """Dan's readiness score today, read as his own /me would (never the group's)."""
    assert tempo.app is not None
    async with transaction(tempo.app.session_factory) as session:
        dan = await AthleteRepository(session).get(dan_id)
        assert dan is not None
        line = await AccessGate(session, tempo.clock).own_line(dan)
    assert line.score is not None
    return line.score


async def mention(
    tempo: TempoUnderTest, person: Person, group: Chat, text: str
) -> tuple[int, ChatMessage]:
    """``person`` mentions the bot in ``group``: the marker before it, and the message."""
    since = tempo.account.mark()
    return since, person.send_only(f"@{tempo.account.username} {text}", chat=group)


async def settle_in(tempo: TempoUnderTest, person: Person, group: Chat) -> None:
    """Everything ``person`` sent in ``group`` is committed: the bot runs one update per
    chat and person at a time, so the answer to a usage line comes after the rest
    (``Person.settle`` does this in the private chat, which is another queue)."""
    t = translator(person.user.language_code or "en")
    answer = await person.send(f"/ai@{tempo.account.username}", chat=group)
    assert answer.text == t("group-ai-usage")


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_the_group_ai_answers_privately_by_tier_and_refuses_the_rest(
    world: TempoUnderTest, anthropic_api: AnthropicApiFake, language: str
) -> None:
    t = translator(language)
    account = world.account
    cleo = world.person("Cleo", language_code=language)
    ann, dan, bob = (world.person(n, language_code=language) for n in ("Ann", "Dan", "Bob"))
    eve = world.person("Eve", language_code=language)
    _, token = await new_squad(world, cleo, "Riders")
    await new_squad(world, eve, "Track")
    for athlete in (ann, dan, bob):
        await join(world, athlete, token)
    ann_id, dan_id, bob_id = [await athlete_id(world, p) for p in (ann, dan, bob)]
    await make_runner_with_history(world, ann_id)
    await make_runner_with_history(world, dan_id)
    await choose_tier(world, dan, "group-tier-colour")
    await choose_tier(world, bob, "group-tier-nothing")
    group = world.emulator.add_group("Club", [p.user for p in (cleo, ann, dan, bob, eve)], bots=[])
    account.joins_group(group, added_by=cleo.user)
    offer = await account.wait_for_bot_message(group)
    await cleo.press(t("group-btn-link", squad="Riders"), on=offer)
    await cleo.settle()

    # 1. About herself: to Ann alone.
    anthropic_api.script(
        Call(ToolUse("get_readiness", {})),
        says(lambda r: f"{r['status']}: {r['score']}/100."),
    )
    shown = len(account.history(group))
    since, _ = await mention(world, ann, group, "how ready am I today?")
    await account.wait_for_bot_activity(
        group, since=since, kinds=["ephemeral"], timeout=ANSWER_TIMEOUT_S
    )
    [mine] = account.ephemeral_messages(group, ann.user)
    readiness = json.loads(anthropic_api.answered[-1].tool_results()[-1]["content"])
    assert mine.text == f"{readiness['status']}: {readiness['score']}/100."
    assert len(account.history(group)) == shown + 1  # Ann's question alone
    assert account.ephemeral_messages(group, dan.user) == []

    # 2. About Dan: a reply in the group, with what Dan's tier ("colour") shows.
    anthropic_api.script(
        Call(ToolUse("group_member", {"athlete": "Dan"})),
        says(lambda line: " ".join(f"{k}={v}" for k, v in sorted(line.items()))),
    )
    since, asked = await mention(world, ann, group, "how is Dan doing?")
    about_dan = await account.wait_for_bot_message(group, since=since, timeout=ANSWER_TIMEOUT_S)
    assert about_dan.reply_to is asked
    dans_line = json.loads(anthropic_api.answered[-1].tool_results()[-1]["content"])
    assert set(dans_line) == {"name", "session_done_today", "readiness_colour"}
    assert about_dan.text == " ".join(f"{k}={v}" for k, v in sorted(dans_line.items()))

    # 3. A hostile model: Bob by name and id, Dan's readiness by a forged id, then Dan's
    # real score, twice. Nothing reaches the model; the group gets the fallback.
    score = await dans_score(world, dan_id)
    before = len(anthropic_api.answered)
    anthropic_api.script(
        Call(
            ToolUse("group_member", {"athlete": "Bob"}),
            ToolUse("group_member", {"athlete": str(bob_id)}),
            ToolUse("group_board", {"athlete_id": dan_id}),
        ),
        Reply(f"Dan's readiness is {score}/100 and Bob's is 77."),
        Reply(f"Dan: {score}/100, trust me."),
    )
    since, _ = await mention(world, ann, group, "what are Bob's and Dan's readiness scores?")
    hostile = await account.wait_for_bot_message(group, since=since, timeout=ANSWER_TIMEOUT_S)
    results = anthropic_api.answered[before + 1].tool_results()
    assert [r.get("is_error") for r in results] == [True, True, True]
    assert all(REFUSAL in r["content"] for r in results[:2])
    assert "bad arguments" in results[2]["content"]
    text = hostile.text or ""
    assert str(score) not in text and "77" not in text
    assert text.startswith(plain(t("coach-fallback-heading")))
    everything = json.dumps([r.body for r in anthropic_api.answered[before:]], ensure_ascii=False)
    assert '"readiness_score"' not in everything and '"minutes_trained_today"' not in everything
    for message in account.history(group):
        assert f"{score}/100" not in (message.text or "") or not message.from_bot

    # 4. The coach turns the AI off: the fixed answer; the model is not asked.
    await cleo.send(f"/ai@{account.username} off", chat=group)
    await settle_in(world, cleo, group)  # the switch is committed before Ann asks
    calls = len(anthropic_api.answered)
    since, asked = await mention(world, ann, group, "how ready am I today?")
    fixed = await account.wait_for_bot_message(group, since=since)
    assert fixed.reply_to is asked and fixed.text == plain(
        t("group-ai-disabled", bot=account.username)
    )
    assert fixed.button_texts == [t("group-btn-private")]
    assert len(anthropic_api.answered) == calls


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_past_the_askers_budget_the_fixed_answer_shows_the_groups_week(
    database_url: str, anthropic_api: AnthropicApiFake, language: str
) -> None:
    """A spent budget (here none at all) gets the fixed answer, never the model; it still
    holds the group's sessions of the week, which are no one's data."""
    async with coach_tempo(database_url, anthropic_api, coach_daily_budget_usd=0.0) as tempo:
        t = translator(language)
        account = tempo.account
        cleo, ann = (tempo.person(n, language_code=language) for n in ("Cleo", "Ann"))
        _, token = await new_squad(tempo, cleo, "Riders")
        await join(tempo, ann, token)
        group = tempo.emulator.add_group("Club", [cleo.user, ann.user], bots=[])
        account.joins_group(group, added_by=cleo.user)
        offer = await account.wait_for_bot_message(group)
        await cleo.press(t("group-btn-link", squad="Riders"), on=offer)
        saved = await cleo.send(f"/rollcall@{account.username} sat 08:30 Long ride?", chat=group)
        assert saved.text == plain(
            t("group-schedule-saved", when=f"{t('group-weekday-5')} 08:30: Long ride?")
        )
        await settle_in(tempo, cleo, group)

        since, asked = await mention(tempo, ann, group, "how should I pace the long ride?")
        fixed = await account.wait_for_bot_message(group, since=since)

    assert fixed.reply_to is asked
    text = fixed.text or ""
    assert text.startswith(plain(t("group-ai-budget", bot=account.username)))
    assert f"{t('group-weekday-5')} 08:30 Long ride?" in text
    assert anthropic_api.answered == []


async def test_a_red_flag_in_the_group_is_cared_for_privately_and_flagged(
    world: TempoUnderTest, anthropic_api: AnthropicApiFake
) -> None:
    """Chest pain told in the group: the caring answer reaches the asker alone, the model
    is never asked, and the health flag is recorded as in the private chat (the brief and
    the plan hold back the same)."""
    t = translator("en")
    account = world.account
    cleo, ann = world.person("Cleo"), world.person("Ann")
    _, token = await new_squad(world, cleo, "Riders")
    await join(world, ann, token)
    group = world.emulator.add_group("Club", [cleo.user, ann.user], bots=[])
    account.joins_group(group, added_by=cleo.user)
    offer = await account.wait_for_bot_message(group)
    await cleo.press(t("group-btn-link", squad="Riders"), on=offer)
    await settle_in(world, cleo, group)
    shown = len(account.history(group))

    since, _ = await mention(world, ann, group, "I had chest pain on my run this morning")
    await account.wait_for_bot_activity(group, since=since, kinds=["ephemeral"])
    [care] = account.ephemeral_messages(group, ann.user)
    assert care.text == plain(t("coach-red-flag"))
    assert account.ephemeral_messages(group, cleo.user) == []
    assert len(account.history(group)) == shown + 1  # Ann's words alone
    assert anthropic_api.requests == []
    await settle_in(world, ann, group)  # the flag's commit is done
    (flag,) = await rows(world, HealthFlagRow)
    assert flag.kind == "chest_pain" and flag.athlete_id == await athlete_id(world, ann)
