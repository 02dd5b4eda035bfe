"""Issue 21's proof: a week of the team's group chat, end to end.

Cleo coaches «Riders» from Berlin (UTC+1) in English; Ann and Bob write in English, Kat
and Dima in Russian. The group speaks its coach's language (the board, the polls, the
scheduled texts), each person's own command is answered in their own language. Each
athlete chose a different group tier: Ann numbers, Kat the colour, Dima done-or-not,
Bob nothing. Over Monday to Sunday the tick (moved by the test's clock) edits the pinned
board every morning and the sender sends the scheduled roll-calls at 07:00 and Thursday
18:00 Berlin time; the answers, which carry no chat, reach the check-in of the athletes
who share it and the results reach the coach (names) and the group (counts). Every
board is the one pinned message, edited, never sent again; each line holds exactly its
athlete's tier. Dima leaves the chat; the bot is removed (nothing is sent, nothing is
lost) and added back; later a removal whose update was lost meets a 403, which stops the
group's sends too."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.domain.deliveries import DeliveryKind, DeliveryStatus
from bot.domain.groups import GroupStatus
from bot.i18n.dates import long_day
from bot.sandbox.emulator import Chat, ChatMessage
from bot.storage.repositories import DeliveryRepository, GroupPollRepository, GroupRepository
from tests.e2e.activity_chat import plain, send_all, translator
from tests.e2e.harness import Person, TempoUnderTest
from tests.e2e.test_coach_digest import place
from tests.e2e.test_groups import board_of, choose_tier, join, wellness_of
from tests.e2e.test_squads import new_squad

pytestmark = pytest.mark.e2e

RIDE = "Who's in for Saturday's long ride?"
SUNDAY_EVENING = datetime(2026, 12, 6, 17, 0, tzinfo=UTC)
MONDAY = date(2026, 12, 7)


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


async def test_a_week_of_the_teams_group(tempo: TempoUnderTest) -> None:
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
    for athlete in athletes:
        await join(tempo, athlete, token)
    await choose_tier(tempo, ann, "group-tier-numbers")
    await choose_tier(tempo, bob, "group-tier-nothing")
    await choose_tier(tempo, kat, "group-tier-colour")  # Dima keeps the default
    # Dima shares no check-ins with Cleo: his morning answer must not become one.
    [sharing] = await send_all(tempo, dima, "/sharing")
    await dima.press(f"✅ {ru('squad-scope-short-wellness_readiness')}", on=sharing)
    group = tempo.emulator.add_group("Riders 🚴", [p.user for p in (cleo, *athletes)], bots=[])
    account.joins_group(group, added_by=cleo.user)
    offer = await account.wait_for_bot_message(group)
    account.promoted_in(group, by=cleo.user)
    await cleo.press(en("group-btn-link", squad="Riders"), on=offer)
    await cleo.send(f"/link@{bot}", chat=group)  # the tap's commit is done
    board = board_of(tempo, group)
    text = board.text or ""
    assert text.split("\n")[0] == f"📋 Riders · {long_day(date(2026, 12, 6), 'en')}"
    assert line_of(text, "Ann") == "▫️ Ann"


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
    for athlete in athletes:
        print(athlete.user.first_name, await wellness_of(tempo, athlete))
    await send_all(tempo, ann, "/log ran 10k in 52 min rpe 6")
    print(account.message(group, board.message_id).text)
    tempo.clock.advance(60)
    reply = await cleo.send(f"/board@{bot}", chat=group)
    print(reply.text, reply.reply_to)
    print(account.message(group, board.message_id).text)
    from tests.e2e.activity_chat import activities_of, athlete_id
    acts = await activities_of(tempo, await athlete_id(tempo, ann))
    print([(a.local_date, a.sport, a.fields.source, a.fields.moving_s) for a in acts], tempo.clock.now())
    print([x[:100] for x in ann.bot_texts()[-3:]])
