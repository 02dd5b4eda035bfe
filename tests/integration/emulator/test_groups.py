"""Group rules: privacy mode and /cmd@bot, the bot's membership (added, promoted,
removed), people joining and leaving (chat_member), the upgrade to a supergroup, forum
topics, polls and poll answers, pins in a group, ephemeral messages and the group flood
limit counting edits."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramRetryAfter,
)
from aiogram.types import EphemeralMessageParameters, InputPollOption

from bot.clock import ManualClock
from bot.sandbox.emulator import BotApiEmulator, EmulatedBot, EmulatorUsageError, FloodLimits, User


async def test_privacy_mode_delivers_commands_for_this_bot_only(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User, bob: User
) -> None:
    squad = emu.add_group("Squad", [ann, bob])
    tempo.user_sends_text(ann, "/board@tempo_test_bot", chat=squad)
    tempo.user_sends_text(ann, "/board@Tempo_Test_Bot now", chat=squad)  # case-insensitive
    tempo.user_sends_text(ann, "/board@tempo_test_botx", chat=squad)  # another bot's name
    tempo.user_sends_text(bob, "/board", chat=squad)  # bare: every bot may take it
    tempo.user_sends_text(bob, "board please", chat=squad)

    texts = [u.message.text for u in await bot.get_updates() if u.message]

    assert texts == ["/board@tempo_test_bot", "/board@Tempo_Test_Bot now", "/board"]


async def test_added_promoted_removed_and_readded(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    squad = emu.add_group("Squad", [ann], bots=[], supergroup=False)
    tempo.joins_group(squad, added_by=ann)
    tempo.promoted_in(squad, by=ann)
    await bot.send_message(squad.id, "hello")
    tempo.removed_from(squad, by=ann)

    with pytest.raises(TelegramForbiddenError) as kicked:
        await bot.send_message(squad.id, "still here?")
    tempo.readded_to(squad, by=ann)
    await bot.send_message(squad.id, "back")

    changes = [
        (u.my_chat_member.old_chat_member.status, u.my_chat_member.new_chat_member.status)
        for u in await bot.get_updates()
        if u.my_chat_member
    ]
    assert changes == [
        ("left", "member"),
        ("member", "administrator"),
        ("administrator", "left"),  # a basic group: left; a supergroup: kicked
        ("left", "member"),
    ]
    assert kicked.value.message.endswith("bot was kicked from the group chat")


async def test_removal_from_a_supergroup_is_a_ban(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    squad = emu.add_group("Squad", [ann])
    tempo.removed_from(squad, by=ann)

    update = (await bot.get_updates())[-1].my_chat_member

    assert update is not None and update.new_chat_member.status == "kicked"
    with pytest.raises(EmulatorUsageError):
        tempo.user_sends_text(ann, "/board", chat=squad)  # the bot is not there to write to


async def test_chat_member_goes_to_an_admin_bot_that_asked(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User, bob: User
) -> None:
    squad = emu.add_group("Squad", [ann])
    await bot.get_updates(allowed_updates=["message", "chat_member", "my_chat_member"])
    tempo.user_joins_group(squad, bob)  # the bot is not an admin: a service message only
    tempo.promoted_in(squad, by=ann)
    tempo.user_leaves_group(squad, bob)

    updates = await bot.get_updates()
    joined = [u.message.new_chat_members for u in updates if u.message]
    members = [
        (u.chat_member.new_chat_member.user.id, u.chat_member.new_chat_member.status)
        for u in updates
        if u.chat_member
    ]

    assert joined[0] is not None and joined[0][0].id == bob.id
    assert members == [(bob.id, "left")]
    assert not squad.has_member(bob)


async def test_chat_member_is_opt_in(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User, bob: User
) -> None:
    squad = emu.add_group("Squad", [ann])
    tempo.promoted_in(squad, by=ann)
    tempo.user_joins_group(squad, bob)

    updates = await bot.get_updates()

    assert not [u for u in updates if u.chat_member]  # not in the default allowed_updates


async def test_upgrade_to_a_supergroup_moves_the_chat(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    group = emu.add_group("Squad", [ann], supergroup=False)
    supergroup = tempo.group_upgraded(group, by=ann)

    with pytest.raises(TelegramMigrateToChat) as moved:
        await bot.send_message(group.id, "to the old id")
    sent = await bot.send_message(supergroup.id, "to the new id")

    service = [u.message for u in await bot.get_updates() if u.message]
    assert moved.value.migrate_to_chat_id == supergroup.id
    assert supergroup.id < -(10**12) and supergroup.type == "supergroup"
    assert service[0].migrate_to_chat_id == supergroup.id and service[0].chat.id == group.id
    assert service[1].migrate_from_chat_id == group.id and service[1].chat.id == supergroup.id
    assert sent.chat.id == supergroup.id


async def test_forum_topics_carry_the_thread(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    squad = emu.add_group("Squad", [ann])
    tempo.becomes_forum(squad)
    rides = tempo.topic_created(squad, "Rides", by=ann)
    tempo.user_sends_in_topic(ann, squad, rides, "/board@tempo_test_bot")

    asked = [u.message for u in await bot.get_updates() if u.message and u.message.text][0]
    reply = await bot.send_message(squad.id, "the board", message_thread_id=rides)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(squad.id, "nowhere", message_thread_id=rides + 100)

    assert asked.message_thread_id == rides and asked.is_topic_message
    assert asked.chat.is_forum
    assert reply.message_thread_id == rides
    assert tempo.last_bot_message(squad).thread_id == rides


async def test_a_poll_answer_names_the_poll_and_the_voter_not_the_chat(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User, bob: User
) -> None:
    squad = emu.add_group("Squad", [ann, bob])
    sent = await bot.send_poll(
        squad.id,
        "Saturday's long ride?",
        [InputPollOption(text="In"), InputPollOption(text="Out")],
        is_anonymous=False,
    )
    poll_message = tempo.last_bot_message(squad)
    tempo.user_answers_poll(ann, poll_message, [0])
    tempo.user_answers_poll(bob, poll_message, [1])
    tempo.user_answers_poll(bob, poll_message, [])  # Bob retracts

    updates = await bot.get_updates()
    answers = [(u.poll_answer.user.id, u.poll_answer.option_ids) for u in updates if u.poll_answer]
    final = await bot.stop_poll(squad.id, sent.message_id)

    assert sent.poll is not None and sent.poll.is_anonymous is False
    assert answers == [(ann.id, [0]), (bob.id, [1]), (bob.id, [])]
    assert all(u.poll_answer.poll_id == sent.poll.id for u in updates if u.poll_answer)
    assert [o.voter_count for o in final.options] == [1, 0] and final.is_closed
    with pytest.raises(EmulatorUsageError):
        tempo.user_answers_poll(ann, poll_message, [1])  # closed
    with pytest.raises(TelegramBadRequest, match="poll has already been closed"):
        await bot.stop_poll(squad.id, sent.message_id)


async def test_an_anonymous_poll_sends_counts_not_voters(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    squad = emu.add_group("Squad", [ann])
    await bot.send_poll(squad.id, "Feeling?", [InputPollOption(text="Good"), "Tired"])
    tempo.user_answers_poll(ann, tempo.last_bot_message(squad), [1])

    updates = await bot.get_updates()

    assert not [u for u in updates if u.poll_answer]
    polls = [u.poll for u in updates if u.poll]
    assert polls[0] is not None and polls[0].options[1].voter_count == 1


async def test_poll_rules(emu: BotApiEmulator, bot: Bot, ann: User) -> None:
    squad = emu.add_group("Squad", [ann])
    with pytest.raises(TelegramBadRequest, match="2-12 options"):
        await bot.send_poll(squad.id, "One option?", ["Only"])
    with pytest.raises(TelegramBadRequest, match="question must be non-empty"):
        await bot.send_poll(squad.id, " ", ["A", "B"])
    with pytest.raises(TelegramBadRequest, match="at most 100 characters"):
        await bot.send_poll(squad.id, "Long?", ["A", "B" * 101])


async def test_pinning_in_a_group_needs_an_admin_bot_and_edits_keep_the_pin(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    squad = emu.add_group("Squad", [ann])
    board = await bot.send_message(squad.id, "Board: Monday")
    with pytest.raises(TelegramBadRequest, match="not enough rights"):
        await bot.pin_chat_message(squad.id, board.message_id)
    tempo.promoted_in(squad, by=ann)
    await bot.pin_chat_message(squad.id, board.message_id, disable_notification=True)
    await bot.edit_message_text("Board: Tuesday", chat_id=squad.id, message_id=board.message_id)

    pinned = tempo.message(squad, tempo.pinned(squad)[0])
    assert pinned.text == "Board: Tuesday" and pinned.edit_count == 1 and pinned.pinned


async def test_an_ephemeral_message_reaches_one_member_and_stays_out_of_the_chat(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User, bob: User
) -> None:
    squad = emu.add_group("Squad", [ann, bob])
    before = len(tempo.history(squad))
    sent = await bot.send_message(
        squad.id,
        "Your readiness: <b>green</b>",
        ephemeral_message_parameters=EphemeralMessageParameters(receiver_user_id=ann.id),
    )
    assert sent.message_id == 0 and sent.ephemeral_message_id is not None
    assert sent.receiver_user is not None and sent.receiver_user.id == ann.id
    await bot.edit_ephemeral_message_text(
        chat_id=squad.id,
        receiver_user_id=ann.id,
        ephemeral_message_id=sent.ephemeral_message_id,
        text="Your readiness: amber",
    )

    assert [m.text for m in tempo.ephemeral_messages(squad, ann)] == ["Your readiness: amber"]
    assert tempo.ephemeral_messages(squad, bob) == []
    assert len(tempo.history(squad)) == before  # nobody else sees it
    await bot.delete_ephemeral_message(
        chat_id=squad.id, receiver_user_id=ann.id, ephemeral_message_id=sent.ephemeral_message_id
    )
    assert tempo.ephemeral_messages(squad) == []


async def test_ephemeral_messages_are_for_members_of_groups_only(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User, bob: User
) -> None:
    squad = emu.add_group("Squad", [ann])
    tempo.user_sends_text(ann, "/start")
    only_ann = EphemeralMessageParameters(receiver_user_id=ann.id)
    with pytest.raises(TelegramBadRequest, match="not a member"):
        await bot.send_message(
            squad.id,
            "x",
            ephemeral_message_parameters=EphemeralMessageParameters(receiver_user_id=bob.id),
        )
    with pytest.raises(TelegramBadRequest, match="group chats only"):
        await bot.send_message(ann.id, "x", ephemeral_message_parameters=only_ann)


async def test_edits_count_against_the_group_limit_not_a_private_one(
    emu: BotApiEmulator, bot: Bot, clock: ManualClock, tempo: EmulatedBot, ann: User
) -> None:
    emu.limits = FloodLimits()
    squad = emu.add_group("Squad", [ann])
    board = await bot.send_message(squad.id, "Board v0")
    for n in range(1, 20):
        await bot.edit_message_text(f"Board v{n}", chat_id=squad.id, message_id=board.message_id)

    with pytest.raises(TelegramRetryAfter) as flooded:
        await bot.send_message(squad.id, "a 21st request this minute")
    tempo.user_sends_text(ann, "/start")
    private = await bot.send_message(ann.id, "a private push is not held up")
    for n in range(3):
        await bot.edit_message_text(f"edit {n}", chat_id=ann.id, message_id=private.message_id)

    assert flooded.value.retry_after == 3
    assert tempo.bot_messages(squad)[-1].text == "Board v19"
