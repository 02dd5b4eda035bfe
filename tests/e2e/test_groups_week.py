"""Issue 21's proof: a week of the team's group chat, end to end.

Cleo coaches «Riders» from Berlin (UTC+1) in English; Ann and Bob write in English, Kat
and Dima in Russian. The group speaks its coach's language (the board, the polls, the
scheduled texts); each person's own command is answered in their own language. Ann and
Bob join by Cleo's link, Kat and Dima by the group's join button. Each chose a different
group tier: Ann numbers, Kat the colour, Dima done-or-not (the default), Bob nothing.
Over Monday to Sunday the tick (moved by the test's clock) edits the pinned board every
morning and the sender sends the roll-calls at 07:00 and Thursday 18:00 Berlin time; the
answers, which carry no chat, reach the check-in of those who share it and move the board
at once, as a workout logged in a private chat does; the results reach the coach (names)
and the group (counts). The board is one message all week, edited, never sent again; each
line holds exactly its athlete's tier. The AI coach (the real SDK against the scripted
fake Messages API), asked by Kat about herself, answers her alone; asked by Ann about Kat
and Bob, it is handed Kat's colour and, for Bob, a stranger's refusal. Dima leaves the
chat; the bot is removed (nothing is sent, nothing is lost) and added back (the same
board, pinned again); later a removal whose update was lost meets a 403, which stops the
group's sends too."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.coach.agent.group_tools import REFUSAL
from bot.domain.deliveries import DeliveryKind, DeliveryStatus
from bot.domain.groups import GroupStatus
from bot.i18n.dates import long_day
from bot.sandbox.emulator import Chat, ChatMessage
from bot.storage.repositories import DeliveryRepository, GroupPollRepository, GroupRepository
from tests.e2e.activity_chat import plain, send_all, translator
from tests.e2e.harness import TempoUnderTest
from tests.e2e.test_coach import ANSWER_TIMEOUT_S, coach_tempo, says, tool_result
from tests.e2e.test_coach_digest import place
from tests.e2e.test_groups import board_of, choose_tier, join, wellness_of
from tests.e2e.test_squads import new_squad
from tests.fakes.anthropic_api import AnthropicApiFake, Call, Reply, Respond, ToolUse

pytestmark = pytest.mark.e2e

RIDE = "Who's in for Saturday's long ride?"
SUNDAY_EVENING = datetime(2026, 12, 6, 17, 0, tzinfo=UTC)
MONDAY = date(2026, 12, 7)


@pytest.fixture
async def tempo(
    database_url: str, anthropic_api: AnthropicApiFake
) -> AsyncIterator[TempoUnderTest]:
    """The week's Tempo has the AI coach, pointed at the fake Messages API."""
    async with coach_tempo(database_url, anthropic_api) as running:
        yield running


def at_berlin(day: date, hour: int) -> datetime:
    """``hour`` o'clock in Berlin on ``day`` (UTC+1 all December)."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC) - timedelta(hours=1)


async def run_the_clock(tempo: TempoUnderTest, moment: datetime) -> int:
    """Move time to ``moment``, run the tick and one pass of the sender; rows sent."""
    app = tempo.app
    assert app is not None
    tempo.clock.set(moment)
    await app.pushes.tick(tempo.clock.now())
    report = await app.pushes.sender.drain()
    assert report.failed == 0 or report.blocked, report
    return report.sent


def polls(tempo: TempoUnderTest, group: Chat) -> list[ChatMessage]:
    return [m for m in tempo.account.bot_messages(group) if m.poll]


def boards_sent(tempo: TempoUnderTest, group: Chat) -> int:
    return sum((m.text or "").startswith("📋") for m in tempo.account.bot_messages(group))


def line_of(board: str, name: str) -> str | None:
    found = [line for line in board.split("\n") if f" {name}" in line]
    assert len(found) <= 1, board
    return found[0] if found else None


async def votes_in(tempo: TempoUnderTest, poll: ChatMessage, count: int) -> None:
    """Until ``count`` answers to ``poll`` are stored (a poll answer gets no reply)."""
    assert tempo.app is not None and poll.poll is not None
    for _ in range(500):
        async with tempo.app.session_factory() as session:
            if len(await GroupPollRepository(session).votes(str(poll.poll["id"]))) >= count:
                return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{count} answers never reached the poll")


async def group_status(tempo: TempoUnderTest, group: Chat) -> GroupStatus | None:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        row = await GroupRepository(session).by_chat(group.id)
    return row.status if row is not None else None


async def board_showing(tempo: TempoUnderTest, group: Chat, board: ChatMessage, part: str) -> str:
    """The pinned board once an edit (work after an update's commit) shows ``part``."""
    while part not in (text := tempo.account.message(group, board.message_id).text or ""):
        await tempo.account.wait_for_bot_activity(
            group, since=tempo.account.mark(), kinds=["edit"]
        )
    return text


async def test_a_week_of_the_teams_group(
    tempo: TempoUnderTest, anthropic_api: AnthropicApiFake
) -> None:
    app = tempo.app
    assert app is not None
    account, bot = tempo.account, tempo.account.username
    en, ru = translator("en"), translator("ru")
    tempo.clock.set(SUNDAY_EVENING)
    cleo = tempo.person("Cleo")
    ann, bob = tempo.person("Ann"), tempo.person("Bob")
    kat, dima = (tempo.person(n, language_code="ru") for n in ("Kat", "Dima"))
    athletes = (ann, bob, kat, dima)

    # -- Sunday: the squad, the tiers, the group linked -------------------------------------
    _, token = await new_squad(tempo, cleo, "Riders")
    await place(tempo, cleo, "Europe/Berlin")
    for athlete in (ann, bob):  # by the invitation link Cleo sent them
        await join(tempo, athlete, token)
    await choose_tier(tempo, ann, "group-tier-numbers")
    await choose_tier(tempo, bob, "group-tier-nothing")
    group = tempo.emulator.add_group("Riders 🚴", [p.user for p in (cleo, *athletes)], bots=[])
    account.joins_group(group, added_by=cleo.user)
    offer = await account.wait_for_bot_message(group)
    account.promoted_in(group, by=cleo.user)
    await cleo.press(en("group-btn-link", squad="Riders"), on=offer)
    await cleo.send(f"/link@{bot}", chat=group)  # the tap's commit is done
    board = board_of(tempo, group)
    text = board.text or ""
    assert text.split("\n")[0] == f"📋 Riders · {long_day(date(2026, 12, 6), 'en')}"
    assert line_of(text, "Ann") == "▫️ Ann" and line_of(text, "Kat") is None

    # Kat and Dima, in the group but not in the squad, join by the group's button; the
    # board shows each at once, as "done or not" until they choose.
    [url] = [
        b["url"]
        for m in account.bot_messages(group)
        if en("group-btn-join") in m.button_texts
        for row in m.inline_keyboard
        for b in row
    ][-1:]
    for athlete in (kat, dima):
        since = account.mark()
        await join(tempo, athlete, url.split("?start=")[1])
        await account.wait_for_bot_activity(group, since=since, kinds=["edit"])
        name = athlete.user.first_name
        assert line_of(account.message(group, board.message_id).text or "", name) == f"▫️ {name}"
    await choose_tier(tempo, kat, "group-tier-colour")  # Dima keeps the default
    # Dima shares no check-ins with Cleo: his morning answer must not become one.
    [sharing] = await send_all(tempo, dima, "/sharing")
    await dima.press(f"✅ {ru('squad-scope-short-wellness_readiness')}", on=sharing)

    saved = await cleo.send(f"/rollcall@{bot} thu 18:00 {RIDE}", chat=group)
    assert f"{en('group-weekday-3')} 18:00: {RIDE}\n" in (saved.text or "")
    assert "?." not in (saved.text or "")
    await cleo.send(f"/feeling@{bot} daily 07:00", chat=group)
    await cleo.settle()

    # -- Monday: the morning's edit, the feeling roll-call, the answers ----------------------
    sent_boards = boards_sent(tempo, group)
    edits = account.message(group, board.message_id).edit_count
    await run_the_clock(tempo, at_berlin(MONDAY, 6))
    monday = account.message(group, board.message_id)
    assert monday.edit_count == edits + 1
    assert (monday.text or "").split("\n")[0] == f"📋 Riders · {long_day(MONDAY, 'en')}"
    assert f"• {en('group-weekday-3')} 18:00 {RIDE}" in (monday.text or "")
    await run_the_clock(tempo, at_berlin(MONDAY, 7))
    [feeling] = polls(tempo, group)
    assert feeling.poll is not None
    assert feeling.poll["question"] == en("group-poll-feeling-question")  # the coach's language
    account.user_answers_poll(ann.user, feeling, [1])  # good
    account.user_answers_poll(bob.user, feeling, [0])  # great
    account.user_answers_poll(kat.user, feeling, [2])  # tired
    account.user_answers_poll(dima.user, feeling, [2])  # tired, shares no check-ins
    await votes_in(tempo, feeling, 4)
    # The answers became check-ins for those who share them, and moved the board at once.
    assert await wellness_of(tempo, ann) == (2, False)
    assert await wellness_of(tempo, bob) == (1, False)
    assert await wellness_of(tempo, kat) == (4, False)
    assert await wellness_of(tempo, dima) == (None, False)  # shares no check-ins
    text = await board_showing(tempo, group, board, "▫️ Kat 🔴")
    assert line_of(text, "Ann") == "▫️ Ann 🟢 90/100"  # numbers: the score, no workout yet
    assert line_of(text, "Kat") == "▫️ Kat 🔴"  # the colour alone, never her score
    assert line_of(text, "Dima") == "▫️ Dima"  # done or not, nothing more
    assert line_of(text, "Bob") is None  # nothing: not on the board at all
    # Ann's run, logged in her private chat, shows at once with its minutes.
    await send_all(tempo, ann, "/log ran 10k in 52 min rpe 6")
    text = await board_showing(tempo, group, board, "✅ Ann")
    assert line_of(text, "Ann") == f"✅ Ann 🟢 84/100 {en('group-board-minutes', minutes=52)}"
    assert line_of(text, "Kat") == "▫️ Kat 🔴" and line_of(text, "Bob") is None

    # /board@bot with nothing new: a word pointing at the pinned board, in Kat's language.
    tempo.clock.advance(60)
    reply = await kat.send(f"/board@{bot}", chat=group)
    assert reply.text == plain(ru("group-board-current"))
    assert reply.reply_to is not None and reply.reply_to.message_id == board.message_id
    assert boards_sent(tempo, group) == sent_boards

    # The coach closes the roll-call: names to her alone, counts to the group.
    since = account.mark()
    summary = await cleo.send(f"/results@{bot}", chat=group)
    coach_view = await account.wait_for_bot_message(cleo.user, since=since)
    names = {
        line.split(": ")[0]: sorted(line.split(": ")[1].split(", "))
        for line in (coach_view.text or "").split("\n")[1:]
    }
    assert names == {
        en("group-poll-feeling-0"): ["Bob"],
        en("group-poll-feeling-1"): ["Ann"],
        en("group-poll-feeling-2"): ["Dima", "Kat"],
        en("group-poll-feeling-3"): ["—"],
    }
    counts = (summary.text or "").split("\n")[1:]
    assert counts == [f"{en(f'group-poll-feeling-{n}')}: {c}" for n, c in enumerate((1, 1, 2, 0))]
    assert account.message(group, feeling.message_id).poll["is_closed"] is True

    # Kat asks for her own day in the group: to her alone, in Russian, with every part.
    shown = len(account.history(group))
    kat.send_only(f"/me@{bot}", chat=group)
    await account.wait_for_bot_activity(group, kinds=["ephemeral"])
    [mine] = account.ephemeral_messages(group, kat.user)
    assert mine.text == plain(ru("group-me", line="▫️ Kat 🔴 40/100"))  # her score: hers
    assert len(account.history(group)) == shown + 1  # only her own /me
    for other in (cleo, ann, bob, dima):
        assert account.ephemeral_messages(group, other.user) == []

    # The AI coach in the group (the real SDK against the scripted fake Messages API).
    # Kat asks about herself: the answer, written from her own readiness, reaches her alone.
    anthropic_api.script(
        Call(ToolUse("get_readiness", {})),
        says(lambda r: f"{r['status']}: {r['score']}/100."),
    )
    shown = len(account.history(group))
    since = account.mark()
    kat.send_only(f"@{bot} как я сегодня?", chat=group)
    await account.wait_for_bot_activity(
        group, since=since, kinds=["ephemeral"], timeout=ANSWER_TIMEOUT_S
    )
    own = json.loads(anthropic_api.answered[-1].tool_results()[-1]["content"])
    assert own["score"] == 40  # the score her /me showed her
    assert [m.text for m in account.ephemeral_messages(group, kat.user)][-1] == (
        f"{own['status']}: {own['score']}/100."
    )
    assert len(account.history(group)) == shown + 1  # only her question
    for other in (cleo, ann, bob, dima):
        assert account.ephemeral_messages(group, other.user) == []
    # Ann asks about Kat and Bob: the model gets Kat's colour (her tier) and, for Bob
    # ("nothing"), the same refusal as for a stranger; the group's reply holds no more.
    anthropic_api.script(
        Call(
            ToolUse("group_member", {"athlete": "Kat"}),
            ToolUse("group_member", {"athlete": "Bob"}),
        ),
        Respond(lambda body: Reply(f"Kat: {tool_result(body, 0)['readiness_colour']}.")),
    )
    since = account.mark()
    asked = ann.send_only(f"@{bot} how are Kat and Bob doing?", chat=group)
    answer = await account.wait_for_bot_message(group, since=since, timeout=ANSWER_TIMEOUT_S)
    assert answer.reply_to is asked
    kats, bobs = anthropic_api.answered[-1].tool_results()
    assert json.loads(kats["content"]) == {
        "name": "Kat",
        "session_done_today": False,
        "readiness_colour": "red",
    }
    assert bobs.get("is_error") and REFUSAL in bobs["content"]
    assert answer.text == "Kat: red."

    # -- Tuesday: a new day on the board; Ann's run was yesterday's -------------------------
    await run_the_clock(tempo, at_berlin(MONDAY + timedelta(days=1), 6))
    text = account.message(group, board.message_id).text or ""
    assert text.split("\n")[0] == f"📋 Riders · {long_day(MONDAY + timedelta(days=1), 'en')}"
    assert line_of(text, "Ann") == "▫️ Ann 🟢 80/100"  # yesterday's run is not today's
    assert line_of(text, "Kat") == "▫️ Kat"  # no check-in today: no colour to show
    assert line_of(text, "Dima") == "▫️ Dima" and line_of(text, "Bob") is None
    await run_the_clock(tempo, at_berlin(MONDAY + timedelta(days=1), 7))
    assert len(polls(tempo, group)) == 2  # the daily feeling, again

    # -- Wednesday: Dima leaves the group's chat; the board follows ---------------------------
    await run_the_clock(tempo, at_berlin(MONDAY + timedelta(days=2), 6))
    since = account.mark()
    account.user_leaves_group(group, dima.user)
    await account.wait_for_bot_activity(group, since=since, kinds=["edit"])
    text = account.message(group, board.message_id).text or ""
    assert line_of(text, "Dima") is None and line_of(text, "Kat") is not None

    # -- Thursday 18:00: the ride's roll-call ----------------------------------------------
    thursday = MONDAY + timedelta(days=3)
    await run_the_clock(tempo, at_berlin(thursday, 6))
    await run_the_clock(tempo, at_berlin(thursday, 18))
    ride = polls(tempo, group)[-1]
    assert ride.poll is not None and ride.poll["question"] == RIDE
    account.user_answers_poll(ann.user, ride, [0])
    account.user_answers_poll(kat.user, ride, [1])
    await votes_in(tempo, ride, 2)
    since = account.mark()
    summary = await cleo.send(f"/results@{bot}", chat=group)
    coach_view = await account.wait_for_bot_message(cleo.user, since=since)
    assert f"{en('group-poll-in_out-0')}: Ann" in (coach_view.text or "")
    assert f"{en('group-poll-in_out-1')}: Kat" in (coach_view.text or "")
    assert f"{en('group-poll-in_out-0')}: 1" in (summary.text or "")

    # -- Thursday night: the bot is removed; Friday nothing goes to the group ---------------
    edits = account.message(group, board.message_id).edit_count
    account.removed_from(group, by=cleo.user)
    for _ in range(500):
        if await group_status(tempo, group) is GroupStatus.REMOVED:
            break
        await asyncio.sleep(0.01)
    assert await group_status(tempo, group) is GroupStatus.REMOVED
    friday = MONDAY + timedelta(days=4)
    shown = len(account.bot_messages(group))
    await run_the_clock(tempo, at_berlin(friday, 6))
    await run_the_clock(tempo, at_berlin(friday, 7))
    assert len(account.bot_messages(group)) == shown
    assert account.message(group, board.message_id).edit_count == edits

    # Added back on Friday: still linked to Riders, the same board brought up to date and
    # pinned again (never a second one), the schedule kept.
    since = account.mark()
    account.readded_to(group, by=cleo.user)
    back = await account.wait_for_bot_message(group, since=since)
    assert back.text == plain(en("group-back", squad="Riders"))
    account.promoted_in(group, by=cleo.user)
    await account.wait_for_bot_activity(group, since=since, kinds=["pin"])
    assert board_of(tempo, group).message_id == board.message_id
    text = account.message(group, board.message_id).text or ""
    assert text.split("\n")[0] == f"📋 Riders · {long_day(friday, 'en')}"
    assert line_of(text, "Ann") == "▫️ Ann 🟢 80/100" and line_of(text, "Dima") is None
    listing = await cleo.send(f"/rollcalls@{bot}", chat=group)
    assert RIDE in (listing.text or "") and en("group-daily") in (listing.text or "")

    # -- Saturday: the board is edited in the morning, the feeling goes out -----------------
    saturday = MONDAY + timedelta(days=5)
    await run_the_clock(tempo, at_berlin(saturday, 6))
    assert account.message(group, board.message_id).edit_count == edits + 2
    polls_before = len(polls(tempo, group))
    await run_the_clock(tempo, at_berlin(saturday, 7))
    assert len(polls(tempo, group)) == polls_before + 1
    assert boards_sent(tempo, group) == 1  # the whole week: one board, edited

    # The bot is removed while Tempo is down, and the update is lost (Telegram keeps them
    # 24 hours): Sunday's board edit meets a 403, which stops the group's sends for good.
    await tempo.stop()
    account.removed_from(group, by=cleo.user)
    account.updates.drop_all()
    await tempo.start()
    sunday = MONDAY + timedelta(days=6)
    await run_the_clock(tempo, at_berlin(sunday, 6))
    await run_the_clock(tempo, at_berlin(sunday, 7))
    assert await group_status(tempo, group) is GroupStatus.REMOVED
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        rows = await DeliveryRepository(session).list()
    sunday_rows = [
        (d.kind, d.status) for d in rows if d.chat_id == group.id and d.local_date == sunday
    ]
    assert sunday_rows == [(DeliveryKind.GROUP_BOARD, DeliveryStatus.FAILED)]
