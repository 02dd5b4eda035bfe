"""Bot API error answers, with Telegram's own descriptions.

Every description here is the string the real Bot API answers (collected from
tdlib/telegram-bot-api's ``Client.cpp`` and from error reports people quote verbatim),
so code that matches on ``TelegramBadRequest.message`` behaves the same against the
emulator as against Telegram. The few strings the emulator invents are marked
"emulator" below.
"""

from __future__ import annotations

from typing import Any

# 400 Bad Request ------------------------------------------------------------------
TEXT_EMPTY = "Bad Request: message text is empty"
TEXT_TOO_LONG = "Bad Request: message is too long"
# Telegram's words for these are not documented; the emulator says what went wrong.
DRAFT_NOT_PRIVATE = "Bad Request: message drafts can be sent to private chats only"
DRAFT_ID_INVALID = "Bad Request: draft_id must be a non-zero integer"
CAPTION_TOO_LONG = "Bad Request: message caption is too long"
CANT_PARSE_ENTITIES = "Bad Request: can't parse entities: {detail}"
UNSUPPORTED_PARSE_MODE = "Bad Request: unsupported parse_mode"
CHAT_ID_EMPTY = "Bad Request: chat_id is empty"
CHAT_NOT_FOUND = "Bad Request: chat not found"
BUTTON_DATA_INVALID = "Bad Request: BUTTON_DATA_INVALID"
REPLY_MARKUP_TOO_LONG = "Bad Request: reply markup is too long"
TEXT_BUTTONS_UNALLOWED = (
    "Bad Request: can't parse inline keyboard button: "
    "Text buttons are unallowed in the inline keyboard"
)
CANT_PARSE_MARKUP = "Bad Request: can't parse reply keyboard markup JSON object"
MESSAGE_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
MESSAGE_TO_EDIT_NOT_FOUND = "Bad Request: message to edit not found"
MESSAGE_CANT_BE_EDITED = "Bad Request: message can't be edited"
NO_TEXT_TO_EDIT = "Bad Request: there is no text in the message to edit"
CANT_PARSE_MEDIA = "Bad Request: can't parse input media JSON object"
MEDIA_TYPE_INVALID = "Bad Request: MEDIA_TYPE_INVALID"
NO_CAPTION_TO_EDIT = "Bad Request: there is no caption in the message to edit"
MESSAGE_TO_DELETE_NOT_FOUND = "Bad Request: message to delete not found"
MESSAGE_CANT_BE_DELETED = "Bad Request: message can't be deleted"
MESSAGE_CANT_BE_DELETED_FOR_EVERYONE = "Bad Request: message can't be deleted for everyone"
MESSAGE_TO_PIN_NOT_FOUND = "Bad Request: message to pin not found"
REPLIED_MESSAGE_NOT_FOUND = "Bad Request: message to be replied not found"
MESSAGE_ID_EMPTY = "Bad Request: message identifier is not specified"
QUERY_ID_INVALID = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)
CALLBACK_ANSWER_TOO_LONG = "Bad Request: MESSAGE_TOO_LONG"
WRONG_CHAT_ACTION = "Bad Request: wrong parameter action in request"
NO_PHOTO = "Bad Request: there is no photo in the request"
NO_DOCUMENT = "Bad Request: there is no document in the request"
WRONG_FILE_ID = "Bad Request: wrong file identifier/HTTP URL specified"
FILE_TYPE_MISMATCH = "Bad Request: type of file mismatch"
FILE_EMPTY = "Bad Request: file must be non-empty"
HTTP_URL_CONTENT = "Bad Request: failed to get HTTP URL content"
IMAGE_PROCESS_FAILED = "Bad Request: IMAGE_PROCESS_FAILED"
PHOTO_INVALID_DIMENSIONS = "Bad Request: PHOTO_INVALID_DIMENSIONS"
INVALID_FILE_ID = "Bad Request: invalid file_id"
FILE_TOO_BIG = "Bad Request: file is too big"
BOT_COMMAND_INVALID = "Bad Request: BOT_COMMAND_INVALID"
BOT_COMMAND_DESCRIPTION_INVALID = "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID"
BOT_COMMANDS_TOO_MUCH = "Bad Request: BOT_COMMANDS_TOO_MUCH"
WEBHOOK_NEEDS_HTTPS = "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
WEBHOOK_HOST_UNRESOLVED = (
    "Bad Request: bad webhook: Failed to resolve host: Name or service not known"
)
WEBHOOK_SECRET_INVALID = "Bad Request: secret token contains unallowed characters"
# emulator: Telegram has no such request, so no real string exists.
# emulator: Telegram can turn a text message into a media one; the emulator serves only
# photo and document messages, so it refuses rather than guess.
NO_MEDIA_TO_EDIT = "Bad Request: there is no media in the message to edit"
INLINE_MESSAGES_UNSUPPORTED = "Bad Request: inline messages are not supported by the emulator"

# Groups (bot/sandbox/emulator/groups.py).
GROUP_UPGRADED = "Bad Request: group chat was upgraded to a supergroup chat"
THREAD_NOT_FOUND = "Bad Request: message thread not found"
NOT_ENOUGH_RIGHTS_TO_PIN = "Bad Request: not enough rights to manage pinned messages in the chat"
POLL_QUESTION_EMPTY = "Bad Request: poll question must be non-empty"
POLL_OPTIONS_COUNT = "Bad Request: poll must have 2-12 options"  # emulator: the range
POLL_OPTION_INVALID = "Bad Request: poll options must be non-empty and at most 100 characters"
POLL_QUESTION_TOO_LONG = "Bad Request: poll question length must not exceed 300"
POLL_ALREADY_CLOSED = "Bad Request: poll has already been closed"
MESSAGE_WITH_POLL_NOT_FOUND = "Bad Request: message with poll to stop not found"
# emulator: Bot API 10.3 documents ephemeral messages "for group and supergroup chats only"
# and a receiver in the chat, not the words of the refusal.
EPHEMERAL_NOT_GROUP = "Bad Request: ephemeral messages can be sent to group chats only"
EPHEMERAL_RECEIVER_INVALID = "Bad Request: receiver user is not a member of the chat"
EPHEMERAL_NOT_FOUND = "Bad Request: ephemeral message not found"
USER_NOT_FOUND = "Bad Request: user not found"
BOT_KICKED = "Forbidden: bot was kicked from the {chat_type} chat"

# 401, 403, 404, 409, 413, 429 -------------------------------------------------------
UNAUTHORIZED = "Unauthorized"
BOT_BLOCKED = "Forbidden: bot was blocked by the user"
CANT_INITIATE = "Forbidden: bot can't initiate conversation with a user"
NOT_A_MEMBER = "Forbidden: bot is not a member of the {chat_type} chat"
METHOD_NOT_FOUND = "Not Found: method not found"
FILE_NOT_FOUND = "Not Found"
WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
TERMINATED_BY_OTHER_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
ENTITY_TOO_LARGE = "Request Entity Too Large"
TOO_MANY_REQUESTS = "Too Many Requests: retry after {seconds}"

# 5xx, for scripted failures ---------------------------------------------------------
SERVER_ERRORS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class ApiError(Exception):
    """A Bot API error answer: the HTTP status and Telegram's description.

    Method implementations raise it; the server turns it into Telegram's envelope
    ``{"ok": false, "error_code": ..., "description": ...}``.
    """

    def __init__(
        self,
        status: int,
        description: str,
        *,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
    ):
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after
        self.migrate_to_chat_id = migrate_to_chat_id

    def envelope(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        if self.migrate_to_chat_id is not None:
            body["parameters"] = {"migrate_to_chat_id": self.migrate_to_chat_id}
        return body


def bad_request(description: str) -> ApiError:
    """A 400 answer; ``description`` is one of the ``Bad Request: ...`` constants."""
    return ApiError(400, description)


def forbidden(description: str) -> ApiError:
    return ApiError(403, description)


def too_many_requests(retry_after: int) -> ApiError:
    return ApiError(429, TOO_MANY_REQUESTS.format(seconds=retry_after), retry_after=retry_after)


def cant_parse_entities(detail: str) -> ApiError:
    return ApiError(400, CANT_PARSE_ENTITIES.format(detail=detail))


class EmulatorUsageError(Exception):
    """A test asked the emulator for something no real user could do.

    For example pressing a button that is not on the message, or writing to a group
    the user is not a member of. It is raised in the test, never answered over HTTP.
    """
