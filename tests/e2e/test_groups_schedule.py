"""The team group on a schedule, end to end: the coach (in Tokyo) schedules a Thursday
roll-call and a daily morning feeling; the tick puts the board's daily edit and each
roll-call in the outbox at the group's local time (the coach's zone), the sender edits
the pinned board in place (with the week's group sessions on it) and sends the polls,
whose answers reach the athlete's check-in; a cancelled roll-call is sent no more.
English and Russian."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

import pytest

from bot.domain.deliveries import DeliveryKind, DeliveryStatus
from bot.i18n.dates import long_day
from bot.storage.repositories import DeliveryRepository
from tests.e2e.activity_chat import plain, send_all, translator
from tests.e2e.harness import TempoUnderTest
from tests.e2e.test_coach_digest import place
from tests.e2e.test_groups import board_of, choose_tier, join, wellness_of
from tests.e2e.test_squads import new_squad

pytestmark = pytest.mark.e2e

# Tokyo is UTC+9: 06:00 there on Tuesday 6 January is 21:00 UTC on Monday the 5th.
BOARD_TUESDAY = datetime(2026, 1, 5, 21, 0, tzinfo=UTC)
FEELING_TUESDAY = datetime(2026, 1, 5, 22, 0, tzinfo=UTC)  # 07:00 in Tokyo
RIDE_THURSDAY = datetime(2026, 1, 8, 9, 0, tzinfo=UTC)  # 18:00 in Tokyo
FRIDAY_MORNING = datetime(2026, 1, 8, 22, 0, tzinfo=UTC)  # 07:00 in Tokyo on Friday
QUESTION = "Who's in for Saturday's long ride?"


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_scheduled_board_and_roll_calls(tempo: TempoUnderTest, language: str) -> None:
    app = tempo.app
    assert app is not None
    t = translator(language)
    cleo = tempo.person("Cleo", language_code=language)
    ann, dan = (tempo.person(n, language_code=language) for n in ("Ann", "Dan"))
    _, token = await new_squad(tempo, cleo, "Riders")
    for athlete in (ann, dan):
        await join(tempo, athlete, token)
    await choose_tier(tempo, dan, "group-tier-nothing")
    await place(tempo, cleo, "Asia/Tokyo")
    account = tempo.account
    bot = account.username
    group = tempo.emulator.add_group("Club", [cleo.user, ann.user, dan.user], bots=[])
    account.joins_group(group, added_by=cleo.user)
    offer = await account.wait_for_bot_message(group)
    account.promoted_in(group, by=cleo.user)
    await cleo.press(t("group-btn-link", squad="Riders"), on=offer)
    await cleo.send(f"/link@{bot}", chat=group)  # the tap's commit is done
    board = board_of(tempo, group)

    # Anyone but the coach is refused; a time that does not exist is explained.
    refused = await ann.send(f"/rollcall@{bot} thu 18:00 {QUESTION}", chat=group)
    assert refused.text == t("group-error-not_yours")
    unreadable = await cleo.send(f"/rollcall@{bot} thu 25:00 {QUESTION}", chat=group)
    assert unreadable.text == plain(t("group-schedule-unreadable"))
    saved = await cleo.send(f"/rollcall@{bot} thu 18:00 {QUESTION}", chat=group)
    assert (saved.text or "").startswith(plain(t("group-schedule-saved", when="")).split(":")[0])
    assert f"{t('group-weekday-3')} 18:00: {QUESTION}" in (saved.text or "")
    await cleo.send(f"/feeling@{bot} daily 07:00", chat=group)
    await cleo.settle()
    # The Thursday roll-call is a session of the group's week, on the board at once.
    week = account.message(group, board.message_id).text or ""
    assert f"• {t('group-weekday-3')} 18:00 {QUESTION}" in week
    assert "Dan" not in week and "Ann" in week

    # 06:00 in Tokyo: the tick schedules the board's edit, the sender edits it in place.
    edits = account.message(group, board.message_id).edit_count
    sent_before = len(account.bot_messages(group))
    tempo.clock.set(BOARD_TUESDAY)
    await app.pushes.tick(tempo.clock.now())
    report = await app.pushes.sender.drain()
    assert report.sent == 1 and report.failed == 0
    edited = account.message(group, board.message_id)
    assert edited.edit_count == edits + 1
    assert long_day(date(2026, 1, 6), language) in (edited.text or "")
    assert QUESTION in (edited.text or "")
    assert "Dan" not in (edited.text or "")  # still cut to his tier
    assert len(account.bot_messages(group)) == sent_before

    # 07:00 in Tokyo: the morning feeling, a poll whose answers feed the check-in.
    tempo.clock.set(FEELING_TUESDAY)
    await app.pushes.tick(tempo.clock.now())
    assert (await app.pushes.sender.drain()).sent == 1
    [feeling] = [m for m in account.bot_messages(group) if m.poll]
    assert feeling.poll is not None
    assert feeling.poll["question"] == t("group-poll-feeling-question")
    assert feeling.poll["is_anonymous"] is False
    account.user_answers_poll(ann.user, feeling, [2])  # tired
    for _ in range(500):  # a poll answer has no reply to wait for
        if await wellness_of(tempo, ann) != (None, False):
            break
        await asyncio.sleep(0.01)
    assert await wellness_of(tempo, ann) == (4, False)

    # Thursday 18:00 in Tokyo: the ride's roll-call, with the coach's question.
    tempo.clock.set(RIDE_THURSDAY)
    await app.pushes.tick(tempo.clock.now())
    assert (await app.pushes.sender.drain()).sent == 1
    ride = [m for m in account.bot_messages(group) if m.poll][-1]
    assert ride.poll is not None and ride.poll["question"] == QUESTION
    assert [o["text"] for o in ride.poll["options"]] == [
        t("group-poll-in_out-0"),
        t("group-poll-in_out-1"),
    ]

    # The coach lists the schedule and cancels the morning feeling.
    listing = await cleo.send(f"/rollcalls@{bot}", chat=group)
    assert QUESTION in (listing.text or "")
    feeling_when = f"{t('group-daily')} 07:00: {t('group-poll-feeling-question')}"
    await cleo.press(t("group-btn-cancel", when=feeling_when)[:64], on=listing)
    assert t("group-daily") not in (account.message(group, listing.message_id).text or "")
    polls_before = len([m for m in account.bot_messages(group) if m.poll])
    tempo.clock.set(FRIDAY_MORNING)
    await app.pushes.tick(tempo.clock.now())
    assert (await app.pushes.sender.drain()).sent == 1  # Friday's board edit, no poll
    assert len([m for m in account.bot_messages(group) if m.poll]) == polls_before

    async with app.session_factory() as session:
        rows = await DeliveryRepository(session).list()
    group_rows = [d for d in rows if d.chat_id == group.id]
    assert {d.kind for d in group_rows} == {DeliveryKind.GROUP_BOARD, DeliveryKind.GROUP_ROLL_CALL}
    sent_boards = [
        d.local_date.isoformat()
        for d in group_rows
        if d.kind is DeliveryKind.GROUP_BOARD and d.status is DeliveryStatus.SENT
    ]
    assert sent_boards == ["2026-01-06", "2026-01-09"]


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_the_group_tier_on_the_sharing_screen(tempo: TempoUnderTest, language: str) -> None:
    """/sharing lists the group tier with its buttons; a tap there is the same choice as
    /groupprivacy, and the screen stays the sharing screen."""
    t = translator(language)
    cleo, ann = (
        tempo.person("Cleo", language_code=language),
        tempo.person("Ann", language_code=language),
    )
    _, token = await new_squad(tempo, cleo, "Riders")
    await join(tempo, ann, token)
    [sharing] = await send_all(tempo, ann, "/sharing")
    current = plain(t("sharing-group-tier", current=t("group-tier-done")))
    assert current in (sharing.text or "")
    assert f"• {t('group-tier-done')}" in sharing.button_texts
    await ann.press(t("group-tier-nothing"), on=sharing)
    redrawn = tempo.account.message(ann.user, sharing.message_id)
    assert plain(t("sharing-group-tier", current=t("group-tier-nothing"))) in (redrawn.text or "")
    assert t("sharing-btn-leave", squad="Riders") in redrawn.button_texts  # still /sharing
    assert f"• {t('group-tier-nothing')}" in redrawn.button_texts
    [privacy] = await send_all(tempo, ann, "/groupprivacy")
    assert f"• {t('group-tier-nothing')}" in privacy.button_texts


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_mentions_and_replies_hold_no_ones_data(
    tempo: TempoUnderTest, language: str
) -> None:
    """Mentioned or replied to without an AI key, the bot answers with no one's data:
    asked about another member it says nothing of them; a reply to someone else's message
    is not for it; the coach alone turns the AI off, and a mention then gets the fixed
    answer that says so."""
    t = translator(language)
    cleo = tempo.person("Cleo", language_code=language)
    ann, dan = (tempo.person(n, language_code=language) for n in ("Ann", "Dan"))
    _, token = await new_squad(tempo, cleo, "Riders")
    for athlete in (ann, dan):
        await join(tempo, athlete, token)
    await choose_tier(tempo, dan, "group-tier-numbers")
    account = tempo.account
    bot = account.username
    group = tempo.emulator.add_group("Club", [cleo.user, ann.user, dan.user], bots=[])
    account.joins_group(group, added_by=cleo.user)
    offer = await account.wait_for_bot_message(group)
    await cleo.press(t("group-btn-link", squad="Riders"), on=offer)
    await cleo.send(f"/link@{bot}", chat=group)
    expected = plain(t("group-ai-no-model", bot=bot))

    # Ann replies to Dan's message: not addressed to the bot, so nothing is answered.
    dans = dan.send_only("Did 2h today, legs are done", chat=group)
    account.user_sends_text(ann.user, "nice", chat=group, reply_to=dans)
    asked = ann.send_only(f"@{bot} how is Dan's readiness today?", chat=group)
    answer = await account.wait_for_bot_message(group)
    assert answer.reply_to is asked  # the first bot message since is the mention's answer
    assert answer.text == expected and "Dan" not in (answer.text or "")
    assert answer.button_texts == [t("group-btn-private")]
    # A reply to the bot's own message is addressed to it.
    since = account.mark()
    replied = account.user_sends_text(dan.user, "and me?", chat=group, reply_to=answer)
    again = await account.wait_for_bot_message(group, since=since)
    assert again.reply_to is replied and again.text == expected
    # About her own day, without a model: the private chat's intent reader answers, to
    # Ann alone (an ephemeral message); the group sees only her question.
    shown = len(account.history(group))
    since = account.mark()
    ann.send_only(
        f"@{bot} {'как я сегодня?' if language == 'ru' else 'how am I today?'}", chat=group
    )
    await account.wait_for_bot_activity(group, since=since, kinds=["ephemeral"])
    [own] = account.ephemeral_messages(group, ann.user)
    assert (own.text or "").startswith(plain(t("coach-today-title")))
    assert account.ephemeral_messages(group, dan.user) == []
    assert len(account.history(group)) == shown + 1

    refused = await ann.send(f"/ai@{bot} off", chat=group)
    assert refused.text == t("group-error-not_yours")
    off = await cleo.send(f"/ai@{bot} off", chat=group)
    assert off.text == t("group-ai-off")
    await cleo.settle()
    since = account.mark()
    asked = ann.send_only(f"@{bot} are you there?", chat=group)
    disabled = await account.wait_for_bot_message(group, since=since)
    assert disabled.reply_to is asked
    assert disabled.text == plain(t("group-ai-disabled", bot=bot))
    on = await cleo.send(f"/ai@{bot} on", chat=group)
    assert on.text == t("group-ai-on")
