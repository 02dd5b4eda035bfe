"""The team's group chat end to end: a coach and four athletes (and a stranger who
coaches another squad) in a group. The bot is added; the stranger's tap cannot link it;
the coach links it in one tap; the board shows each athlete exactly as their group tier
allows ("nothing" is absent, a non-member and a member who left never appear); a tier
change edits the pinned board in place; the bot is removed and added back. English and
Russian."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from bot.sandbox.emulator import Chat, ChatMessage, EmulatorUsageError
from bot.storage.models import ActivityRow, TeamGroupRow, WellnessDayRow
from tests.e2e.activity_chat import athlete_id, plain, send_all, translator
from tests.e2e.harness import Person, TempoUnderTest
from tests.e2e.test_squads import new_squad

pytestmark = pytest.mark.e2e


async def join(tempo: TempoUnderTest, athlete: Person, token: str) -> None:
    t = translator(athlete.user.language_code or "en")
    [offer] = await send_all(tempo, athlete, f"/start {token}")
    await athlete.press(t("squad-btn-accept"), on=offer)
    await athlete.settle()


def board_of(tempo: TempoUnderTest, group: Chat) -> ChatMessage:
    pinned = tempo.account.pinned(group)
    assert pinned, "the board is pinned"
    return tempo.account.message(group, pinned[-1])


async def choose_tier(tempo: TempoUnderTest, athlete: Person, key: str) -> None:
    t = translator(athlete.user.language_code or "en")
    [choice] = await send_all(tempo, athlete, "/groupprivacy")
    await athlete.press(t(key), on=choice)


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_link_board_tiers_removal(tempo: TempoUnderTest, language: str) -> None:
    t = translator(language)
    cleo = tempo.person("Cleo", language_code=language)
    ann, bob, cat, dan = (
        tempo.person(name, language_code=lang)
        for name, lang in (("Ann", language), ("Bob", "en"), ("Cat", "ru"), ("Dan", language))
    )
    eve = tempo.person("Eve", language_code=language)
    _, token = await new_squad(tempo, cleo, "Riders")
    await new_squad(tempo, eve, "Eve's own")
    for athlete in (ann, bob, cat, dan):
        await join(tempo, athlete, token)
    await choose_tier(tempo, bob, "group-tier-nothing")
    await choose_tier(tempo, cat, "group-tier-colour")
    await choose_tier(tempo, dan, "group-tier-numbers")
    account = tempo.account
    group = tempo.emulator.add_group(
        "Club", [p.user for p in (cleo, ann, bob, cat, dan, eve)], bots=[]
    )

    account.joins_group(group, added_by=cleo.user)
    offer = await account.wait_for_bot_message(group)
    assert t("group-btn-link", squad="Riders") in offer.button_texts
    # Eve (another squad's coach in the same group) cannot link Cleo's squad.
    account.user_presses_button(eve.user, offer, t("group-btn-link", squad="Riders"))
    await account.wait_for_bot_activity(group, kinds=["callback_answer"])
    assert account.callback_answers[-1].text == plain(translator(language)("group-not-coach"))
    account.promoted_in(group, by=cleo.user)
    await cleo.press(t("group-btn-link", squad="Riders"), on=offer)

    board = board_of(tempo, group)
    text = board.text or ""
    assert "Riders" in text
    assert "Ann" in text and "Cat" in text and "Dan" in text
    assert "Bob" not in text  # tier "nothing"
    assert "Eve" not in text and "Cleo" not in text  # not athletes of the squad
    assert any(m.button_texts == [t("group-btn-join")] for m in account.bot_messages(group))

    # Dan asks about himself in the group: the answer reaches him alone.
    shown_before = len(account.history(group))
    dan.send_only(f"/me@{account.username}", chat=group)
    await account.wait_for_bot_activity(group, kinds=["ephemeral"])
    [mine] = account.ephemeral_messages(group, dan.user)
    assert (mine.text or "").startswith(plain(t("group-me", line="")).strip()[:8])
    assert "Dan" in (mine.text or "")
    assert len(account.history(group)) == shown_before + 1  # only Dan's own /me
    assert account.ephemeral_messages(group, ann.user) == []

    # Bob now shares "done or not": the pinned board is edited, not sent again.
    sent_before = len(account.bot_messages(group))
    await choose_tier(tempo, bob, "group-tier-done")
    await bob.settle()
    edited = account.message(group, board.message_id)
    assert "Bob" in (edited.text or "") and edited.edit_count == 1
    assert len(account.bot_messages(group)) == sent_before

    # Cat leaves the group's chat (still in the squad): the group sees her no more.
    since = account.mark()
    account.user_leaves_group(group, cat.user)
    await account.wait_for_bot_activity(group, since=since, kinds=["edit"])
    assert "Cat" not in (account.message(group, board.message_id).text or "")
    since = account.mark()
    account.user_joins_group(group, cat.user)
    await account.wait_for_bot_activity(group, since=since, kinds=["edit"])
    assert "Cat" in (account.message(group, board.message_id).text or "")

    # Ann leaves the squad: the board drops her at once; /board@bot then says it is current.
    [sharing] = await send_all(tempo, ann, "/sharing")
    since = account.mark()
    await ann.press(t("sharing-btn-leave", squad="Riders"), on=sharing)
    await account.wait_for_bot_activity(group, since=since, kinds=["edit"])
    assert "Ann" not in (account.message(group, board.message_id).text or "")
    current = await cleo.send("/board@" + account.username, chat=group)
    assert current.text == plain(t("group-board-current"))
    assert current.reply_to is not None and current.reply_to.message_id == board.message_id

    # Removed, then added back: the link is kept; the same board is edited and pinned again
    # (Telegram keeps a removed bot's messages: a second board would be a stale first one).
    account.removed_from(group, by=cleo.user)
    with pytest.raises(EmulatorUsageError, match="not a member"):
        account.user_sends_text(cleo.user, "/board@" + account.username, chat=group)
    sent_before, since = len(account.bot_messages(group)), account.mark()
    account.readded_to(group, by=cleo.user)
    back = await account.wait_for_bot_message(group, since=since)
    assert back.text == plain(t("group-back", squad="Riders")) and not back.button_texts
    account.promoted_in(group, by=cleo.user)
    await account.wait_for_bot_activity(group, since=since, kinds=["pin"])
    assert board_of(tempo, group).message_id == board.message_id
    assert len(account.bot_messages(group)) == sent_before + 1  # the greeting alone


async def test_startgroup_link_then_upgrade_and_a_forum_topic(tempo: TempoUnderTest) -> None:
    t = translator("en")
    cleo, ann = tempo.person("Cleo"), tempo.person("Ann")
    card_text, token = await new_squad(tempo, cleo, "Riders")
    card = cleo.message_with_button(t("group-btn-add-to-group"))
    [url] = [b["url"] for row in card.inline_keyboard for b in row if "url" in b]
    payload = url.split("?startgroup=")[1]
    assert url.startswith(f"https://t.me/{tempo.account.username}?startgroup=g")
    await join(tempo, ann, token)
    account = tempo.account
    group = tempo.emulator.add_group("Club", [cleo.user, ann.user], bots=[], supergroup=False)

    # What Telegram does for a startgroup link: the bot is added, then /start@bot <payload>.
    account.joins_group(group, added_by=cleo.user)
    await account.wait_for_bot_message(group)
    cleo.send_only(f"/start@{account.username} {payload}", chat=group)
    await account.wait_for_bot_activity(group, kinds=["message"])
    while not any(
        (m.text or "").startswith(plain(t("group-pin-failed")))
        for m in account.bot_messages(group)
    ):  # a basic group where the bot is no admin: the board is sent, the pin refused
        await account.wait_for_bot_activity(group, since=account.mark(), kinds=["message"])
    texts = [m.text or "" for m in account.bot_messages(group)]
    assert plain(t("group-linked", squad="Riders")) in texts
    assert any(text.startswith("📋 Riders") and "Ann" in text for text in texts)

    supergroup = account.group_upgraded(group, by=cleo.user)
    await group_moved_to(tempo, supergroup.id)  # the migration's update has committed
    account.becomes_forum(supergroup)
    topic = account.topic_created(supergroup, "Team", by=cleo.user)
    account.user_sends_in_topic(cleo.user, supergroup, topic, f"/board@{account.username}")
    board = await account.wait_for_bot_message(supergroup)
    assert (board.text or "").startswith("📋 Riders") and "Ann" in (board.text or "")
    account.user_sends_in_topic(cleo.user, supergroup, topic, f"/link@{account.username}")
    link_button = t("group-btn-link", squad="Riders")
    while not any(link_button in m.button_texts for m in account.bot_messages(supergroup)):
        await account.wait_for_bot_activity(supergroup, since=account.mark(), kinds=["message"])
    offer = cleo.message_with_button(link_button, chat=supergroup)
    assert offer.thread_id == topic  # answered in the topic it was asked in


async def group_moved_to(tempo: TempoUnderTest, chat_id: int) -> None:
    """Wait until the group's row names ``chat_id`` (the migrate update gives no reply to
    wait for; each check yields to the bot's tasks)."""
    assert tempo.app is not None
    for _ in range(500):
        async with tempo.app.session_factory() as session:
            if await session.scalar(
                select(TeamGroupRow.id).where(TeamGroupRow.chat_id == chat_id)
            ):
                return
        await asyncio.sleep(0.01)
    raise AssertionError(f"the group never moved to {chat_id}")


async def wellness_of(tempo: TempoUnderTest, person: Person) -> tuple[int | None, bool]:
    """Today's fatigue answer and illness flag of ``person`` (nothing recorded: None, False)."""
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        row = await session.scalar(
            select(WellnessDayRow).where(
                WellnessDayRow.athlete_id == await athlete_id(tempo, person)
            )
        )
    if row is None:
        return None, False
    return row.fatigue, bool(row.illness)


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_a_feeling_roll_call(tempo: TempoUnderTest, language: str) -> None:
    t = translator(language)
    cleo = tempo.person("Cleo", language_code=language)
    ann, bob, eve = (tempo.person(n, language_code=language) for n in ("Ann", "Bob", "Eve"))
    _, token = await new_squad(tempo, cleo, "Riders")
    for athlete in (ann, bob):
        await join(tempo, athlete, token)
    await send_all(tempo, eve, "/help")
    account = tempo.account
    group = tempo.emulator.add_group("Club", [p.user for p in (cleo, ann, bob, eve)], bots=[])
    account.joins_group(group, added_by=cleo.user)
    offer = await account.wait_for_bot_message(group)
    await cleo.press(t("group-btn-link", squad="Riders"), on=offer)
    # Handlers answer a tap before their commit; Cleo's next command in the group waits
    # for it (one update per chat and person at a time).
    await cleo.send(f"/link@{account.username}", chat=group)

    refused = await ann.send(f"/feeling@{account.username}", chat=group)
    assert refused.text == t("group-error-not_yours")
    cleo.send_only(f"/feeling@{account.username}", chat=group)
    while not any(m.poll for m in account.bot_messages(group)):
        await account.wait_for_bot_activity(group, since=account.mark(), kinds=["message"])
    [poll] = [m for m in account.bot_messages(group) if m.poll]
    assert poll.poll is not None and poll.poll["question"] == t("group-poll-feeling-question")
    account.user_answers_poll(ann.user, poll, [2])  # tired
    account.user_answers_poll(bob.user, poll, [3])  # ill
    account.user_answers_poll(eve.user, poll, [0])  # not in the squad: ignored
    for person in (ann, bob, eve):
        await person.settle()
    # A poll answer has no chat, so no /help of the voter waits for it: wait until both
    # answers' check-ins are stored (their votes commit with them).
    for _ in range(500):
        if await wellness_of(tempo, ann) != (None, False) and await wellness_of(tempo, bob) != (
            None,
            False,
        ):
            break
        await asyncio.sleep(0.01)
    before_results = account.mark()
    cleo.send_only(f"/results@{account.username}", chat=group)
    summary = await account.wait_for_bot_message(group)
    coach_view = await account.wait_for_bot_message(cleo.user, since=before_results)

    assert await wellness_of(tempo, ann) == (4, False)  # the answer fed her check-in
    assert await wellness_of(tempo, bob) == (None, True)
    assert await wellness_of(tempo, eve) == (None, False)
    coach_text = coach_view.text or ""
    assert f"{t('group-poll-feeling-2')}: Ann" in coach_text
    assert f"{t('group-poll-feeling-3')}: Bob" in coach_text and "Eve" not in coach_text
    summary_text = summary.text or ""
    assert f"{t('group-poll-feeling-0')}: 0" in summary_text  # Eve's vote is not counted
    assert f"{t('group-poll-feeling-2')}: 1" in summary_text
    assert "Ann" not in summary_text and "Bob" not in summary_text
    assert poll.poll is not None and poll.poll["is_closed"] is True


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_help_and_private_commands_in_the_group(
    tempo: TempoUnderTest, language: str
) -> None:
    """/help in the group lists what works there (not the private chat's help); a private
    command (/log, /checkin…) is not run in front of the team but says where it works."""
    t = translator(language)
    account, bot = tempo.account, tempo.account.username
    cleo, ann = (
        tempo.person("Cleo", language_code=language),
        tempo.person("Ann", language_code=language),
    )
    _, token = await new_squad(tempo, cleo, "Riders")
    await join(tempo, ann, token)
    group = tempo.emulator.add_group("Club", [cleo.user, ann.user], bots=[])
    account.joins_group(group, added_by=cleo.user)
    offer = await account.wait_for_bot_message(group)
    await cleo.press(t("group-btn-link", squad="Riders"), on=offer)
    await cleo.send(f"/link@{bot}", chat=group)

    helped = await ann.send(f"/help@{bot}", chat=group)
    text = helped.text or ""
    assert text.startswith(
        plain(t("group-help", bot=bot, commands="", coach_commands="")).split("\n")[0]
    )
    assert f"/board — {t('cmd-board')}" in text and f"/rollcall — {t('cmd-rollcall')}" in text
    assert plain(t("help-text")).split("\n")[0] not in text  # not the private chat's help
    assert helped.button_texts == [t("group-btn-private")]

    asked = ann.send_only(f"/log@{bot} ran 5k in 25 min", chat=group)
    answer = await account.wait_for_bot_message(group, since=asked.seq)
    assert answer.reply_to is asked
    assert answer.text == plain(t("group-command-private", command="log"))
    assert answer.button_texts == [t("group-btn-private")]
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        assert (await session.scalars(select(ActivityRow))).all() == []  # nothing logged
