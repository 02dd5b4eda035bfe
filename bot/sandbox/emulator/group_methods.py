"""The Bot API methods groups need: polls, chat members, ephemeral edits and deletes,
leaving a chat. Registered in ``methods.METHODS`` on import (``server.py`` imports this).

Polls follow https://core.telegram.org/bots/api#sendpoll (2-12 options of 1-100
characters, a question of 1-300; anonymous unless ``is_anonymous`` is false); stopPoll
closes one and answers the final Poll.
"""

from __future__ import annotations

from bot.sandbox.emulator import errors
from bot.sandbox.emulator.formatting import check_text_length, format_text
from bot.sandbox.emulator.groups import PollRecord, member_rights
from bot.sandbox.emulator.html_rules import utf16_len
from bot.sandbox.emulator.methods import Call, _common_fields, _reply_markup, method
from bot.sandbox.emulator.models import JsonDict

MAX_QUESTION = 300
MAX_OPTION = 100
MIN_OPTIONS, MAX_OPTIONS = 2, 12


def _poll_options(call: Call) -> list[str]:
    raw = call.params.json("options", error="Bad Request: can't parse options JSON object")
    if not isinstance(raw, list) or not MIN_OPTIONS <= len(raw) <= MAX_OPTIONS:
        raise errors.bad_request(errors.POLL_OPTIONS_COUNT)
    options = []
    for entry in raw:
        text = entry.get("text") if isinstance(entry, dict) else entry
        if not isinstance(text, str) or not 1 <= utf16_len(text.strip()) <= MAX_OPTION:
            raise errors.bad_request(errors.POLL_OPTION_INVALID)
        options.append(text.strip())
    return options


@method("sendPoll")
async def send_poll(call: Call) -> JsonDict:
    bot, params = call.bot, call.params
    question = (params.text("question") or "").strip()
    if not question:
        raise errors.bad_request(errors.POLL_QUESTION_EMPTY)
    if utf16_len(question) > MAX_QUESTION:
        raise errors.bad_request(errors.POLL_QUESTION_TOO_LONG)
    options = _poll_options(call)
    markup = _reply_markup(call, inline_only=True)
    log = bot.chat_for_bot(params.chat_id())
    common = _common_fields(call, log)
    anonymous = params.text("is_anonymous") not in ("false", "False", "0")
    bot.check_flood(log.chat)
    poll_id = f"{bot.id}{len(bot.polls) + 1:010d}"
    message = bot.post_message(log, reply_markup=markup, **common)
    poll = PollRecord(
        id=poll_id,
        message=message,
        question=question,
        options=options,
        anonymous=anonymous,
        multiple=params.flag("allows_multiple_answers"),
    )
    message.poll = poll.to_api()
    bot.polls[poll.id] = poll
    return message.to_api()


@method("stopPoll")
async def stop_poll(call: Call) -> JsonDict:
    log = call.bot.chat_for_bot(call.params.chat_id())
    message_id = call.params.integer("message_id")
    message = call.bot.find_message(log, message_id) if message_id is not None else None
    poll = call.bot.polls.get(str((message.poll or {}).get("id"))) if message else None
    if message is None or poll is None:
        raise errors.bad_request(errors.MESSAGE_WITH_POLL_NOT_FOUND)
    if poll.closed:
        raise errors.bad_request(errors.POLL_ALREADY_CLOSED)
    call.bot.check_edit_flood(log.chat)
    poll.closed = True
    message.poll = poll.to_api()
    call.bot.record("poll_stop", log.chat.id, message=message)
    return poll.to_api()


@method("getChatMember")
async def get_chat_member(call: Call) -> JsonDict:
    """The member's status: the first member is the creator, then administrators,
    members; anyone else has ``left``."""
    log = call.bot.chat_for_bot(call.params.chat_id())
    user_id = call.params.integer("user_id")
    chat = log.chat
    user = call.env.world.users.get(user_id or 0)
    if user_id == call.bot.id:
        status = "administrator" if call.bot.id in chat.admin_ids else "member"
        return {"status": status, "user": call.bot.user.to_api(), **member_rights(status)}
    if user is None:
        raise errors.bad_request(errors.USER_NOT_FOUND)
    if not chat.has_member(user):
        status = "left"
    elif chat.is_group and chat.members[0] is user:
        status = "creator"
    elif user.id in chat.admin_ids:
        status = "administrator"
    else:
        status = "member"
    return {"status": status, "user": user.to_api(), **member_rights(status)}


@method("leaveChat")
async def leave_chat(call: Call) -> bool:
    log = call.bot.chat_for_bot(call.params.chat_id())
    log.chat.bot_ids.discard(call.bot.id)
    log.chat.admin_ids.discard(call.bot.id)
    return True


@method("editEphemeralMessageText")
async def edit_ephemeral_message_text(call: Call) -> bool:
    params = call.params
    text = params.text("text")
    if not text:
        raise errors.bad_request(errors.TEXT_EMPTY)
    log = call.bot.chat_for_bot(params.chat_id())
    message = call.bot.find_ephemeral(
        log.chat,
        params.integer("receiver_user_id") or 0,
        params.integer("ephemeral_message_id") or 0,
    )
    rendered, entities = format_text(
        text, params.text("parse_mode"), params.json("entities"), strict_html=call.env.strict_html
    )
    check_text_length(rendered)
    message.text, message.entities = rendered, entities
    message.reply_markup = _reply_markup(call, inline_only=True)
    message.edit_count += 1
    message.edit_date = call.env.now()
    call.bot.record("edit", log.chat.id, message=message)
    return True


@method("deleteEphemeralMessage")
async def delete_ephemeral_message(call: Call) -> bool:
    params = call.params
    log = call.bot.chat_for_bot(params.chat_id())
    message = call.bot.find_ephemeral(
        log.chat,
        params.integer("receiver_user_id") or 0,
        params.integer("ephemeral_message_id") or 0,
    )
    message.deleted = True
    call.bot.record("delete", log.chat.id, message=message)
    return True
