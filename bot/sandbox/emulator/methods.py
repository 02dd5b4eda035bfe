"""The Bot API methods the emulator serves, with Telegram's checks and answers.

Each method validates its parameters first, then the chat (not found, blocked, not a
member), then the flood limit, and only then changes state, so a refused request
leaves no trace. Methods not listed here answer 404 "Not Found: method not found".
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from yarl import URL

from bot.sandbox.emulator import errors
from bot.sandbox.emulator.emulated_bot import EmulatedBot
from bot.sandbox.emulator.files import (
    MAX_DOWNLOAD_BYTES,
    MAX_PHOTO_BYTES,
    MAX_UPLOAD_BYTES,
    guess_mime_type,
    image_size,
)
from bot.sandbox.emulator.formatting import (
    check_caption_length,
    check_text_length,
    format_text,
)
from bot.sandbox.emulator.groups import check_pin_rights, ephemeral_receiver, thread_of
from bot.sandbox.emulator.html_rules import utf16_len
from bot.sandbox.emulator.markup import validate_reply_markup
from bot.sandbox.emulator.models import ChatMessage, JsonDict, StoredFile
from bot.sandbox.emulator.params import Params, Upload
from bot.sandbox.emulator.state import ChatLog, Environment
from bot.sandbox.emulator.webhook import WebhookConfig, WebhookDispatcher

# https://core.telegram.org/bots/api#sendchataction
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
COMMAND_SCOPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
MAX_COMMANDS = 100
MAX_CALLBACK_ANSWER = 200
# Bots may delete messages up to 48 hours old (https://core.telegram.org/bots/api#deletemessage).
DELETE_WINDOW_SECONDS = 48 * 3600
# Photos: width + height at most 10000, ratio at most 20 (Bot API sendPhoto).
MAX_PHOTO_SIDES = 10_000
MAX_PHOTO_RATIO = 20
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass
class Call:
    """One request: the bot that made it, its parameters, and what methods share."""

    bot: EmulatedBot
    params: Params
    env: Environment
    webhooks: WebhookDispatcher
    callback_query_ttl: float


Handler = Callable[[Call], Awaitable[Any]]


@dataclass(frozen=True)
class Method:
    name: str
    handler: Handler


METHODS: dict[str, Method] = {}


def method(name: str) -> Callable[[Handler], Handler]:
    """Register a handler under its Bot API name (looked up case-insensitively)."""

    def register(handler: Handler) -> Handler:
        METHODS[name.lower()] = Method(name, handler)
        return handler

    return register


# -- identity, updates, webhook ---------------------------------------------------------


@method("getMe")
async def get_me(call: Call) -> JsonDict:
    return {
        **call.bot.user.to_api(),
        "can_join_groups": True,
        "can_read_all_group_messages": not call.bot.privacy_mode,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@method("getUpdates")
async def get_updates(call: Call) -> list[JsonDict]:
    bot, params = call.bot, call.params
    if bot.webhook is not None:
        raise errors.ApiError(409, errors.WEBHOOK_ACTIVE)
    allowed = params.json("allowed_updates")
    if isinstance(allowed, list):
        bot.updates.set_allowed_updates([str(kind) for kind in allowed])
    limit = params.integer("limit")
    return await bot.updates.long_poll(
        offset=params.integer("offset"),
        limit=100 if limit is None else limit,
        wait_seconds=float(params.integer("timeout") or 0),
    )


@method("setWebhook")
async def set_webhook(call: Call) -> bool:
    bot, params = call.bot, call.params
    url = params.text("url") or ""
    if not url:
        return await delete_webhook(call)
    parsed = URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise errors.bad_request(errors.WEBHOOK_NEEDS_HTTPS)
    if parsed.host not in _LOOPBACK_HOSTS:
        # The emulator never leaves the machine; to it every other host is unknown.
        raise errors.bad_request(errors.WEBHOOK_HOST_UNRESOLVED)
    secret = params.text("secret_token")
    if secret and not _SECRET_TOKEN.fullmatch(secret):
        raise errors.bad_request(errors.WEBHOOK_SECRET_INVALID)
    allowed = params.json("allowed_updates")
    if isinstance(allowed, list):
        bot.updates.set_allowed_updates([str(kind) for kind in allowed])
    if params.flag("drop_pending_updates"):
        bot.updates.drop_all()
    config = WebhookConfig(
        url=url,
        secret_token=secret or None,
        max_connections=params.integer("max_connections") or 40,
    )
    call.webhooks.enable(bot, config)
    return True


@method("deleteWebhook")
async def delete_webhook(call: Call) -> bool:
    call.webhooks.disable(call.bot)
    if call.params.flag("drop_pending_updates"):
        call.bot.updates.drop_all()
    return True


@method("getWebhookInfo")
async def get_webhook_info(call: Call) -> JsonDict:
    bot = call.bot
    config = bot.webhook
    info: JsonDict = {
        "url": config.url if config else "",
        "has_custom_certificate": False,
        "pending_update_count": bot.updates.pending_count,
    }
    if config is not None:
        info["max_connections"] = config.max_connections
        if config.last_error_date is not None:
            info["last_error_date"] = config.last_error_date
            info["last_error_message"] = config.last_error_message
        allowed = bot.updates.allowed_updates
        if allowed is not None:
            info["allowed_updates"] = allowed
    return info


# -- commands ---------------------------------------------------------------------------


def _scope_and_language(params: Params) -> tuple[JsonDict | None, str]:
    scope = params.json("scope", error="Bad Request: can't parse BotCommandScope JSON object")
    if scope is not None and (
        not isinstance(scope, dict) or scope.get("type") not in COMMAND_SCOPES
    ):
        raise errors.bad_request("Bad Request: unsupported bot command scope type")
    return scope, params.text("language_code") or ""


@method("setMyCommands")
async def set_my_commands(call: Call) -> bool:
    commands = call.params.json("commands", error="Bad Request: can't parse commands JSON object")
    if not isinstance(commands, list):
        raise errors.bad_request('Bad Request: field "commands" must be an Array')
    if len(commands) > MAX_COMMANDS:
        raise errors.bad_request(errors.BOT_COMMANDS_TOO_MUCH)
    cleaned: list[JsonDict] = []
    for entry in commands:
        if not isinstance(entry, dict) or not _COMMAND.fullmatch(str(entry.get("command", ""))):
            raise errors.bad_request(errors.BOT_COMMAND_INVALID)
        description = str(entry.get("description", "")).strip()
        if not 1 <= len(description) <= 256:
            raise errors.bad_request(errors.BOT_COMMAND_DESCRIPTION_INVALID)
        cleaned.append({"command": entry["command"], "description": description})
    scope, language = _scope_and_language(call.params)
    call.bot.set_commands(cleaned, scope, language)
    return True


@method("getMyCommands")
async def get_my_commands(call: Call) -> list[JsonDict]:
    scope, language = _scope_and_language(call.params)
    return call.bot.get_commands(scope, language)


@method("deleteMyCommands")
async def delete_my_commands(call: Call) -> bool:
    scope, language = _scope_and_language(call.params)
    call.bot.delete_commands(scope, language)
    return True


# -- sending ----------------------------------------------------------------------------


def _caption(call: Call) -> tuple[str | None, list[JsonDict]]:
    source = call.params.text("caption")
    if not source:
        return None, []
    caption, entities = format_text(
        source,
        call.params.text("parse_mode"),
        call.params.json("caption_entities"),
        strict_html=call.env.strict_html,
    )
    check_caption_length(caption)
    return caption or None, entities


def _reply_markup(call: Call, *, inline_only: bool = False) -> JsonDict | None:
    raw = call.params.json("reply_markup", error=errors.CANT_PARSE_MARKUP)
    return validate_reply_markup(raw, inline_only=inline_only)


def _reply_target(call: Call, log: ChatLog) -> ChatMessage | None:
    reply = call.params.json("reply_parameters")
    if isinstance(reply, dict):
        message_id = reply.get("message_id")
        allow_missing = bool(reply.get("allow_sending_without_reply"))
    else:
        message_id = call.params.integer("reply_to_message_id")
        allow_missing = call.params.flag("allow_sending_without_reply")
    if message_id is None:
        return None
    found = call.bot.find_message(log, int(message_id))
    if found is None and not allow_missing:
        raise errors.bad_request(errors.REPLIED_MESSAGE_NOT_FOUND)
    return found


def _common_fields(call: Call, log: ChatLog) -> dict[str, Any]:
    """What every send method takes besides its content."""
    return {
        "reply_to": _reply_target(call, log),
        "disable_notification": call.params.flag("disable_notification"),
        "parse_mode": call.params.text("parse_mode"),
        "thread_id": thread_of(log, call.params.integer("message_thread_id")),
    }


@method("sendMessage")
async def send_message(call: Call) -> JsonDict:
    bot, params = call.bot, call.params
    chat_ref = params.chat_id()
    source = params.text("text")
    if not source:
        raise errors.bad_request(errors.TEXT_EMPTY)
    text, entities = format_text(
        source,
        params.text("parse_mode"),
        params.json("entities"),
        strict_html=call.env.strict_html,
    )
    check_text_length(text)
    markup = _reply_markup(call)
    log = bot.chat_for_bot(chat_ref)
    common = _common_fields(call, log)
    preview = params.json("link_preview_options")
    ephemeral = params.json("ephemeral_message_parameters")
    receiver = ephemeral_receiver(bot, log.chat, ephemeral) if ephemeral else None
    bot.check_flood(log.chat)
    post = bot.post_message if receiver is None else partial(bot.post_ephemeral, receiver=receiver)
    message = post(
        log,
        text=text,
        entities=entities,
        source=source,
        reply_markup=markup,
        link_preview_options=preview if isinstance(preview, dict) and preview else None,
        **common,
    )
    return message.to_api()


def _existing_file(call: Call, file_id: str, kind: str) -> StoredFile:
    if "://" in file_id:
        # Telegram would download the URL; the emulator never goes online.
        raise errors.bad_request(errors.HTTP_URL_CONTENT)
    stored = call.bot.lookup_file(file_id)
    if stored is None:
        raise errors.bad_request(errors.WRONG_FILE_ID)
    if stored.kind != kind:
        raise errors.bad_request(errors.FILE_TYPE_MISMATCH)
    return stored


def _check_upload(upload: Upload, max_bytes: int) -> None:
    if not upload.data:
        raise errors.bad_request(errors.FILE_EMPTY)
    if len(upload.data) > max_bytes:
        raise errors.ApiError(413, errors.ENTITY_TOO_LARGE)


def _photo(call: Call) -> Callable[[], StoredFile]:
    """Validate the photo now; store it (returned callable) only once the send is admitted."""
    photo = call.params.input_file("photo")
    if photo is None:
        raise errors.bad_request(errors.NO_PHOTO)
    if isinstance(photo, str):
        stored = _existing_file(call, photo, "photo")
        return lambda: stored
    _check_upload(photo, MAX_PHOTO_BYTES)
    size = image_size(photo.data)
    if size is None:
        raise errors.bad_request(errors.IMAGE_PROCESS_FAILED)
    width, height = size
    if width + height > MAX_PHOTO_SIDES or max(width, height) > MAX_PHOTO_RATIO * max(
        1, min(width, height)
    ):
        raise errors.bad_request(errors.PHOTO_INVALID_DIMENSIONS)
    upload = photo
    return lambda: call.env.files.add(
        kind="photo",
        content=upload.data,
        owner_bot_id=call.bot.id,
        width=width,
        height=height,
    )


def _document(call: Call) -> Callable[[], StoredFile]:
    document = call.params.input_file("document")
    if document is None:
        raise errors.bad_request(errors.NO_DOCUMENT)
    if isinstance(document, str):
        stored = _existing_file(call, document, "document")
        return lambda: stored
    _check_upload(document, MAX_UPLOAD_BYTES)
    upload = document
    return lambda: call.env.files.add(
        kind="document",
        content=upload.data,
        owner_bot_id=call.bot.id,
        file_name=upload.filename,
        mime_type=guess_mime_type(upload.filename, upload.content_type),
    )


@method("sendPhoto")
async def send_photo(call: Call) -> JsonDict:
    bot = call.bot
    chat_ref = call.params.chat_id()
    store = _photo(call)
    caption, caption_entities = _caption(call)
    markup = _reply_markup(call)
    log = bot.chat_for_bot(chat_ref)
    common = _common_fields(call, log)
    bot.check_flood(log.chat)
    message = bot.post_message(
        log,
        photo=store(),
        caption=caption,
        caption_entities=caption_entities,
        source=call.params.text("caption"),
        reply_markup=markup,
        **common,
    )
    return message.to_api()


@method("sendDocument")
async def send_document(call: Call) -> JsonDict:
    bot = call.bot
    chat_ref = call.params.chat_id()
    store = _document(call)
    caption, caption_entities = _caption(call)
    markup = _reply_markup(call)
    log = bot.chat_for_bot(chat_ref)
    common = _common_fields(call, log)
    bot.check_flood(log.chat)
    message = bot.post_message(
        log,
        document=store(),
        caption=caption,
        caption_entities=caption_entities,
        source=call.params.text("caption"),
        reply_markup=markup,
        **common,
    )
    return message.to_api()


@method("sendChatAction")
async def send_chat_action(call: Call) -> bool:
    chat_ref = call.params.chat_id()
    action = call.params.text("action")
    if action not in CHAT_ACTIONS:
        raise errors.bad_request(errors.WRONG_CHAT_ACTION)
    log = call.bot.chat_for_bot(chat_ref)
    call.bot.record_chat_action(log.chat.id, action)
    return True


@method("sendMessageDraft")
async def send_message_draft(call: Call) -> bool:
    """Bot API 9.3: stream a partial message to a private chat; the draft is a preview
    only (the bot must send the finished message with sendMessage)."""
    params = call.params
    log = call.bot.chat_for_bot(params.chat_id())
    if log.chat.type != "private":
        raise errors.bad_request(errors.DRAFT_NOT_PRIVATE)
    draft_id = params.integer("draft_id")
    if not draft_id:
        raise errors.bad_request(errors.DRAFT_ID_INVALID)
    text, _entities = format_text(
        params.text("text") or "",
        params.text("parse_mode"),
        params.json("entities"),
        strict_html=call.env.strict_html,
    )
    check_text_length(text)
    call.bot.record_draft(log.chat.id, draft_id, text)
    return True


# -- editing, deleting, pinning ---------------------------------------------------------


def _target(call: Call, not_found: str) -> tuple[ChatLog, ChatMessage]:
    """The chat and live message an edit/delete/pin names."""
    if "inline_message_id" in call.params:
        raise errors.bad_request(errors.INLINE_MESSAGES_UNSUPPORTED)
    log = call.bot.chat_for_bot(call.params.chat_id())
    message_id = call.params.integer("message_id")
    if message_id is None:
        raise errors.bad_request(errors.MESSAGE_ID_EMPTY)
    message = call.bot.find_message(log, message_id)
    if message is None:
        raise errors.bad_request(not_found)
    return log, message


def _own_message(call: Call) -> ChatMessage:
    _, message = _target(call, errors.MESSAGE_TO_EDIT_NOT_FOUND)
    if message.sender is not call.bot.user:
        raise errors.bad_request(errors.MESSAGE_CANT_BE_EDITED)
    markup = message.reply_markup
    if markup is not None and "inline_keyboard" not in markup:
        # "It is currently only possible to edit messages without reply_markup or with
        # inline keyboards" (Bot API, Updating messages): a message sent with a reply
        # keyboard, ReplyKeyboardRemove or force_reply can never be edited.
        raise errors.bad_request(errors.MESSAGE_CANT_BE_EDITED)
    call.bot.check_edit_flood(message.chat)
    return message


def _inline_markup(message: ChatMessage) -> JsonDict | None:
    markup = message.reply_markup
    return markup if markup is not None and "inline_keyboard" in markup else None


def _apply_edit(call: Call, message: ChatMessage) -> JsonDict:
    message.edit_count += 1
    message.edit_date = call.env.now()
    call.bot.record("edit", message.chat_id, message=message)
    return message.to_api()


@method("editMessageText")
async def edit_message_text(call: Call) -> JsonDict:
    params = call.params
    source = params.text("text")
    if not source:
        raise errors.bad_request(errors.TEXT_EMPTY)
    text, entities = format_text(
        source,
        params.text("parse_mode"),
        params.json("entities"),
        strict_html=call.env.strict_html,
    )
    check_text_length(text)
    # Without reply_markup an edit removes the inline keyboard, as on Telegram.
    markup = _reply_markup(call, inline_only=True)
    message = _own_message(call)
    if message.text is None:
        raise errors.bad_request(errors.NO_TEXT_TO_EDIT)
    if (text, entities, markup) == (message.text, message.entities, _inline_markup(message)):
        raise errors.bad_request(errors.MESSAGE_NOT_MODIFIED)
    message.text, message.entities, message.reply_markup = text, entities, markup
    message.source, message.parse_mode = source, params.text("parse_mode")
    return _apply_edit(call, message)


@method("editMessageCaption")
async def edit_message_caption(call: Call) -> JsonDict:
    caption, entities = _caption(call)
    markup = _reply_markup(call, inline_only=True)
    message = _own_message(call)
    if message.file is None:
        raise errors.bad_request(errors.NO_CAPTION_TO_EDIT)
    if (caption, entities, markup) == (
        message.caption,
        message.caption_entities,
        _inline_markup(message),
    ):
        raise errors.bad_request(errors.MESSAGE_NOT_MODIFIED)
    message.caption, message.caption_entities, message.reply_markup = caption, entities, markup
    message.source = call.params.text("caption")
    return _apply_edit(call, message)


@method("editMessageMedia")
async def edit_message_media(call: Call) -> JsonDict:
    """Replace a message's photo or document (and its caption) with a new file: the
    new file is an upload named by ``attach://`` inside the ``media`` JSON, or a file_id.
    Only photo and document media are served; a text message has no media to edit."""
    media = call.params.json("media", error=errors.CANT_PARSE_MEDIA)
    if not isinstance(media, dict) or media.get("type") not in ("photo", "document"):
        raise errors.bad_request(errors.MEDIA_TYPE_INVALID)
    kind = str(media["type"])
    inner = Params(
        {
            kind: media.get("media"),
            "caption": media.get("caption"),
            "parse_mode": media.get("parse_mode"),
            "caption_entities": media.get("caption_entities"),
        },
        call.params.uploads,
    )
    media_call = Call(call.bot, inner, call.env, call.webhooks, call.callback_query_ttl)
    store = _photo(media_call) if kind == "photo" else _document(media_call)
    caption, caption_entities = _caption(media_call)
    markup = _reply_markup(call, inline_only=True)
    message = _own_message(call)
    if message.file is None:
        raise errors.bad_request(errors.NO_MEDIA_TO_EDIT)
    stored = store()
    if kind == "photo":
        message.photo, message.document = stored, None
    else:
        message.photo, message.document = None, stored
    message.caption, message.caption_entities, message.reply_markup = (
        caption,
        caption_entities,
        markup,
    )
    message.source = media.get("caption")
    return _apply_edit(call, message)


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(call: Call) -> JsonDict:
    markup = _reply_markup(call, inline_only=True)
    message = _own_message(call)
    if markup == _inline_markup(message):
        raise errors.bad_request(errors.MESSAGE_NOT_MODIFIED)
    message.reply_markup = markup
    return _apply_edit(call, message)


@method("deleteMessage")
async def delete_message(call: Call) -> bool:
    log, message = _target(call, errors.MESSAGE_TO_DELETE_NOT_FOUND)
    if call.env.now() - message.date > DELETE_WINDOW_SECONDS:
        raise errors.bad_request(errors.MESSAGE_CANT_BE_DELETED_FOR_EVERYONE)
    if log.chat.is_group and message.sender is not call.bot.user:
        # Deleting others' messages in a group needs admin rights, which the emulator
        # never grants.
        raise errors.bad_request(errors.MESSAGE_CANT_BE_DELETED)
    message.deleted = True
    if message.message_id in log.pinned:
        log.pinned.remove(message.message_id)
    call.bot.record("delete", log.chat.id, message=message)
    return True


@method("pinChatMessage")
async def pin_chat_message(call: Call) -> bool:
    log, message = _target(call, errors.MESSAGE_TO_PIN_NOT_FOUND)
    check_pin_rights(call.bot, log.chat)
    if message.message_id not in log.pinned:
        log.pinned.append(message.message_id)
    message.pinned = True
    call.bot.record("pin", log.chat.id, message=message)
    return True


@method("unpinChatMessage")
async def unpin_chat_message(call: Call) -> bool:
    log = call.bot.chat_for_bot(call.params.chat_id())
    check_pin_rights(call.bot, log.chat)
    message_id = call.params.integer("message_id")
    if message_id is None and log.pinned:
        message_id = log.pinned[-1]
    if message_id in log.pinned:
        log.pinned.remove(message_id)
        message = log.messages[message_id]
        message.pinned = False
        call.bot.record("unpin", log.chat.id, message=message)
    return True


# -- callbacks and files ----------------------------------------------------------------


@method("answerCallbackQuery")
async def answer_callback_query(call: Call) -> bool:
    params = call.params
    text = params.text("text")
    if text and utf16_len(text) > MAX_CALLBACK_ANSWER:
        raise errors.bad_request(errors.CALLBACK_ANSWER_TOO_LONG)
    query = call.bot.take_callback_query(
        params.text("callback_query_id") or "", call.callback_query_ttl
    )
    call.bot.record_callback_answer(
        query, text=text or None, show_alert=params.flag("show_alert"), url=params.text("url")
    )
    return True


@method("getFile")
async def get_file(call: Call) -> JsonDict:
    stored = call.bot.lookup_file(call.params.text("file_id") or "")
    if stored is None:
        raise errors.bad_request(errors.INVALID_FILE_ID)
    if stored.size > MAX_DOWNLOAD_BYTES:
        raise errors.bad_request(errors.FILE_TOO_BIG)
    return stored.file_object()
