"""sendMessage and friends through aiogram's real Bot: Telegram's rules and answers."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    LinkPreviewOptions,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
)

from bot.clock import ManualClock
from bot.sandbox.emulator import BotApiEmulator, EmulatedBot, User, texts
from bot.sandbox.emulator import errors as api_errors
from tests.integration.emulator.raw_api import RawApi

pytestmark = pytest.mark.usefixtures("ann_started")


@pytest.fixture
def ann_started(tempo: EmulatedBot, ann: User) -> None:
    tempo.user_sends_text(ann, "/start")


async def test_a_sent_message_comes_back_as_a_full_message(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    sent = await bot.send_message(ann.id, "Good <b>morning</b>, Ann", disable_notification=True)

    assert sent.chat.id == ann.id and sent.chat.type == "private"
    assert sent.from_user is not None and sent.from_user.id == 123456
    assert sent.from_user.is_bot and sent.from_user.username == "tempo_test_bot"
    assert sent.text == "Good morning, Ann"
    assert sent.entities is not None and sent.entities[0].type == "bold"
    assert (sent.entities[0].offset, sent.entities[0].length) == (5, 7)
    stored = tempo.last_bot_message(ann)
    assert stored.message_id == sent.message_id
    assert stored.source == "Good <b>morning</b>, Ann"
    assert stored.disable_notification
    assert texts(tempo.history(ann)) == ["/start", "Good morning, Ann"]


async def test_a_user_command_carries_a_bot_command_entity(tempo: EmulatedBot, ann: User) -> None:
    message = tempo.history(ann)[0]
    assert message.entities == [{"type": "bot_command", "offset": 0, "length": 6}]


async def test_text_of_4096_characters_is_accepted_and_4097_refused(bot: Bot, ann: User) -> None:
    await bot.send_message(ann.id, "x" * 4096)

    with pytest.raises(TelegramBadRequest) as refused:
        await bot.send_message(ann.id, "x" * 4097)

    assert refused.value.message == api_errors.TEXT_TOO_LONG


async def test_length_is_counted_after_html_and_in_utf16_units(bot: Bot, ann: User) -> None:
    # Tags do not count: 4096 visible characters inside <b> are fine.
    await bot.send_message(ann.id, "<b>" + "x" * 4096 + "</b>")
    # An emoji outside the BMP is two UTF-16 units: 2049 of them are 4098 units.
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(ann.id, "🏃" * 2049, parse_mode=None)


async def test_empty_or_blank_text_is_refused(bot: Bot, ann: User, raw: RawApi) -> None:
    with pytest.raises(TelegramBadRequest) as blank:
        await bot.send_message(ann.id, "  \n ")
    status, body = await raw.call("sendMessage", chat_id=ann.id, text="")

    assert blank.value.message == api_errors.TEXT_EMPTY
    assert (status, body["description"]) == (400, api_errors.TEXT_EMPTY)


@pytest.mark.parametrize(
    ("html", "detail"),
    [
        ("<div>hi</div>", 'Unsupported start tag "div" at byte offset 0'),
        ("<b>hi", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>hi</i>", 'Unmatched end tag at byte offset 5, expected "</b>", found "</i>"'),
        ("5 < 6", 'Unsupported start tag "" at byte offset 2'),
        ("a<b", "Unclosed start tag at byte offset 1"),
        ("done</b>", "Unexpected end tag at byte offset 4"),
        ('<span class="x">no</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("Zone 2 & easy", 'Unescaped "&" at byte offset 7'),
    ],
)
async def test_bad_html_is_refused_with_telegrams_description(
    bot: Bot, ann: User, html: str, detail: str
) -> None:
    with pytest.raises(TelegramBadRequest) as refused:
        await bot.send_message(ann.id, html)

    assert refused.value.message.startswith("Bad Request: can't parse entities: " + detail)


async def test_every_allowed_tag_is_accepted_with_its_entity(bot: Bot, ann: User) -> None:
    html = (
        "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s>"
        '<strike>k</strike><del>d</del><span class="tg-spoiler">p</span>'
        '<tg-spoiler>q</tg-spoiler><a href="https://tempo.example/plan">plan</a>'
        '<code>c</code><pre><code class="language-python">x = 1</code></pre>'
        "<blockquote>quote</blockquote><blockquote expandable>more</blockquote>"
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji> &lt;&gt;&amp;&quot;&#39;'
    )
    sent = await bot.send_message(ann.id, html)

    assert sent.text is not None and sent.text.endswith("👍 <>&\"'")
    kinds = [entity.type for entity in sent.entities or []]
    assert kinds == [
        "bold", "bold", "italic", "italic", "underline", "underline",
        "strikethrough", "strikethrough", "strikethrough", "spoiler", "spoiler",
        "text_link", "code", "pre", "blockquote", "expandable_blockquote", "custom_emoji",
    ]  # fmt: skip
    pre = next(entity for entity in sent.entities or [] if entity.type == "pre")
    assert pre.language == "python"
    link = next(entity for entity in sent.entities or [] if entity.type == "text_link")
    assert link.url == "https://tempo.example/plan"


async def test_markdown_and_unknown_parse_modes(bot: Bot, ann: User) -> None:
    sent = await bot.send_message(ann.id, "*kept as sent*", parse_mode="MarkdownV2")
    assert sent.text == "*kept as sent*"

    with pytest.raises(TelegramBadRequest) as refused:
        await bot.send_message(ann.id, "hi", parse_mode="BBCode")
    assert refused.value.message == api_errors.UNSUPPORTED_PARSE_MODE


async def test_an_unknown_chat_is_not_found(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest) as refused:
        await bot.send_message(999, "hello?")

    assert refused.value.message == api_errors.CHAT_NOT_FOUND


async def test_a_user_who_never_wrote_is_not_a_chat(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, bob: User
) -> None:
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(bob.id, "hello")

    # Met in a shared group, but never started the bot: Telegram forbids the first word.
    emu.add_group("Squad", [bob])
    with pytest.raises(TelegramForbiddenError) as forbidden:
        await bot.send_message(bob.id, "hello")
    assert forbidden.value.message == api_errors.CANT_INITIATE


async def test_a_user_who_blocked_the_bot_answers_403(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    tempo.user_blocks_bot(ann)

    with pytest.raises(TelegramForbiddenError) as forbidden:
        await bot.send_message(ann.id, "Your plan for today")
    with pytest.raises(TelegramForbiddenError):
        await bot.send_chat_action(ann.id, "typing")
    tempo.user_unblocks_bot(ann)
    await bot.send_message(ann.id, "Welcome back")

    assert forbidden.value.message == api_errors.BOT_BLOCKED
    assert texts(tempo.bot_messages(ann)) == ["Welcome back"]


async def test_a_group_message_reaches_every_member_view(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User, bob: User
) -> None:
    squad = emu.add_group("Squad", [ann, bob])

    sent = await bot.send_message(squad.id, "Long run Sunday")

    assert squad.id < -1_000_000_000_000
    assert sent.chat.type == "supergroup" and sent.chat.title == "Squad"
    assert texts(tempo.history(squad)) == ["Long run Sunday"]


async def test_a_group_without_the_bot_is_forbidden(
    emu: BotApiEmulator, bot: Bot, ann: User
) -> None:
    other = emu.add_group("Other club", [ann], bots=[])

    with pytest.raises(TelegramForbiddenError) as forbidden:
        await bot.send_message(other.id, "hi")

    assert forbidden.value.message == "Forbidden: bot is not a member of the supergroup chat"


async def test_callback_data_over_64_bytes_is_refused(bot: Bot, ann: User) -> None:
    def keyboard(data: str) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            inline_keyboard=[[InlineKeyboardButton(text="Go", callback_data=data)]]
        )

    await bot.send_message(ann.id, "ok", reply_markup=keyboard("é" * 32))  # 64 bytes
    with pytest.raises(TelegramBadRequest) as refused:
        await bot.send_message(ann.id, "too much", reply_markup=keyboard("x" * 65))

    assert refused.value.message == api_errors.BUTTON_DATA_INVALID


async def test_inline_keyboards_follow_telegrams_shape(bot: Bot, ann: User) -> None:
    lonely = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="Just text")]])
    with pytest.raises(TelegramBadRequest) as text_only:
        await bot.send_message(ann.id, "x", reply_markup=lonely)
    huge = InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=str(n), callback_data=str(n)) for n in range(row, row + 8)]
            for row in range(0, 104, 8)
        ]
    )
    with pytest.raises(TelegramBadRequest) as too_many:
        await bot.send_message(ann.id, "x", reply_markup=huge)

    assert text_only.value.message == api_errors.TEXT_BUTTONS_UNALLOWED
    assert too_many.value.message == api_errors.REPLY_MARKUP_TOO_LONG


async def test_reply_keyboards_are_shown_not_echoed(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    keyboard = ReplyKeyboardMarkup(
        keyboard=[[KeyboardButton(text="Easy"), KeyboardButton(text="Hard")]],
        one_time_keyboard=True,
    )
    sent = await bot.send_message(ann.id, "How did it feel?", reply_markup=keyboard)

    assert sent.reply_markup is None  # Telegram never returns reply keyboards
    reply = tempo.user_presses_reply_button(ann, "Hard")
    assert reply.text == "Hard"
    assert tempo.reply_keyboard(ann) is None  # one_time_keyboard hides it
    await bot.send_message(ann.id, "Noted", reply_markup=ReplyKeyboardRemove())


async def test_a_message_sent_with_a_reply_keyboard_or_its_removal_cannot_be_edited(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    """Bot API, Updating messages: "only possible to edit messages without reply_markup or
    with inline keyboards" (Tempo once put a question's buttons on by such an edit)."""
    buttons = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="6:30", callback_data="t:0630")]]
    )
    keyboard = ReplyKeyboardMarkup(keyboard=[[KeyboardButton(text="London")]])
    for markup in (ReplyKeyboardRemove(), keyboard):
        sent = await bot.send_message(ann.id, "Timezone set", reply_markup=markup)
        with pytest.raises(TelegramBadRequest) as refused:
            await bot.edit_message_reply_markup(
                chat_id=ann.id, message_id=sent.message_id, reply_markup=buttons
            )
        assert refused.value.message == api_errors.MESSAGE_CANT_BE_EDITED
        with pytest.raises(TelegramBadRequest):
            await bot.edit_message_text("Edited", chat_id=ann.id, message_id=sent.message_id)
    plain = await bot.send_message(ann.id, "A question")
    await bot.edit_message_reply_markup(
        chat_id=ann.id, message_id=plain.message_id, reply_markup=buttons
    )


async def test_replies_and_link_preview_options_are_kept(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    question = tempo.user_sends_text(ann, "How far today?")

    sent = await bot.send_message(
        ann.id,
        "12 km easy",
        reply_parameters=ReplyParameters(message_id=question.message_id),
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    with pytest.raises(TelegramBadRequest) as missing:
        await bot.send_message(ann.id, "?", reply_parameters=ReplyParameters(message_id=999))

    assert sent.reply_to_message is not None
    assert sent.reply_to_message.text == "How far today?"
    assert tempo.last_bot_message(ann).link_preview_options == {"is_disabled": True}
    assert missing.value.message == api_errors.REPLIED_MESSAGE_NOT_FOUND


async def test_editing_text_keeps_count_and_refuses_no_change(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Done", callback_data="done")]]
    )
    sent = await bot.send_message(ann.id, "Plan: 5 km", reply_markup=keyboard)

    edited = await bot.edit_message_text(
        "Plan: 8 km", chat_id=ann.id, message_id=sent.message_id, reply_markup=keyboard
    )
    with pytest.raises(TelegramBadRequest) as unchanged:
        await bot.edit_message_text(
            "Plan: 8 km", chat_id=ann.id, message_id=sent.message_id, reply_markup=keyboard
        )
    # Editing without reply_markup drops the keyboard, as on Telegram.
    await bot.edit_message_text("Plan: rest", chat_id=ann.id, message_id=sent.message_id)

    assert not isinstance(edited, bool) and edited.edit_date is not None
    assert unchanged.value.message == api_errors.MESSAGE_NOT_MODIFIED
    stored = tempo.message(ann, sent.message_id)
    assert (stored.text, stored.edit_count, stored.reply_markup) == ("Plan: rest", 2, None)


async def test_editing_markup_alone(bot: Bot, tempo: EmulatedBot, ann: User) -> None:
    sent = await bot.send_message(ann.id, "Pick one")
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Run", callback_data="sport:run")]]
    )

    await bot.edit_message_reply_markup(
        chat_id=ann.id, message_id=sent.message_id, reply_markup=keyboard
    )
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(
            chat_id=ann.id, message_id=sent.message_id, reply_markup=keyboard
        )

    assert tempo.message(ann, sent.message_id).button_texts == ["Run"]


async def test_what_cannot_be_edited(bot: Bot, tempo: EmulatedBot, ann: User) -> None:
    users_message = tempo.history(ann)[0]

    with pytest.raises(TelegramBadRequest) as missing:
        await bot.edit_message_text("x", chat_id=ann.id, message_id=404)
    with pytest.raises(TelegramBadRequest) as not_ours:
        await bot.edit_message_text("x", chat_id=ann.id, message_id=users_message.message_id)

    assert missing.value.message == api_errors.MESSAGE_TO_EDIT_NOT_FOUND
    assert not_ours.value.message == api_errors.MESSAGE_CANT_BE_EDITED


async def test_delete_marks_the_message_and_only_once(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    sent = await bot.send_message(ann.id, "Oops")

    assert await bot.delete_message(ann.id, sent.message_id) is True
    with pytest.raises(TelegramBadRequest) as again:
        await bot.delete_message(ann.id, sent.message_id)
    with pytest.raises(TelegramBadRequest) as edit_deleted:
        await bot.edit_message_text("x", chat_id=ann.id, message_id=sent.message_id)

    assert again.value.message == api_errors.MESSAGE_TO_DELETE_NOT_FOUND
    assert edit_deleted.value.message == api_errors.MESSAGE_TO_EDIT_NOT_FOUND
    assert tempo.bot_messages(ann) == []
    assert tempo.bot_messages(ann, include_deleted=True)[0].deleted


async def test_messages_older_than_48_hours_cannot_be_deleted(
    bot: Bot, clock: ManualClock, ann: User
) -> None:
    sent = await bot.send_message(ann.id, "Old news")
    clock.advance(48 * 3600 + 1)

    with pytest.raises(TelegramBadRequest) as refused:
        await bot.delete_message(ann.id, sent.message_id)

    assert refused.value.message == api_errors.MESSAGE_CANT_BE_DELETED_FOR_EVERYONE


async def test_pin_and_unpin(bot: Bot, tempo: EmulatedBot, ann: User) -> None:
    sent = await bot.send_message(ann.id, "This week's plan")

    await bot.pin_chat_message(ann.id, sent.message_id)
    assert tempo.pinned(ann) == [sent.message_id]
    with pytest.raises(TelegramBadRequest) as missing:
        await bot.pin_chat_message(ann.id, 999)
    await bot.unpin_chat_message(ann.id)

    assert missing.value.message == api_errors.MESSAGE_TO_PIN_NOT_FOUND
    assert tempo.pinned(ann) == []
    assert [a.kind for a in tempo.activities] == ["message", "pin", "unpin"]


async def test_chat_actions_are_recorded_and_checked(
    bot: Bot, tempo: EmulatedBot, ann: User, raw: RawApi
) -> None:
    await bot.send_chat_action(ann.id, "typing")
    status, body = await raw.call("sendChatAction", chat_id=ann.id, action="dancing")

    assert [(a.chat_id, a.action) for a in tempo.chat_actions] == [(ann.id, "typing")]
    assert (status, body["description"]) == (400, api_errors.WRONG_CHAT_ACTION)
