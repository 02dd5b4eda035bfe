"""reply_markup: Telegram's rules for inline and reply keyboards.

https://core.telegram.org/bots/api#inlinekeyboardmarkup — every inline button needs
exactly one action besides its label, callback_data is 1-64 bytes, and Telegram caps a
keyboard at 100 buttons (answering REPLY_MARKUP_TOO_LONG, which the Bot API words
"reply markup is too long").
"""

from __future__ import annotations

import json
from typing import Any

from bot.sandbox.emulator import errors
from bot.sandbox.emulator.errors import EmulatorUsageError
from bot.sandbox.emulator.models import ChatMessage, JsonDict

MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_BUTTONS = 100

_INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


def validate_reply_markup(value: Any, *, inline_only: bool = False) -> JsonDict | None:
    """Check a decoded reply_markup and return a normalized copy (or ``None``)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise errors.bad_request(errors.CANT_PARSE_MARKUP)
    # A JSON round trip drops aiogram's objects and any aliasing with the caller.
    markup: JsonDict = json.loads(json.dumps(value))
    if "inline_keyboard" in markup:
        _validate_inline(markup["inline_keyboard"])
        return markup
    if inline_only:
        raise errors.bad_request(errors.CANT_PARSE_MARKUP)
    if "keyboard" in markup:
        _validate_keyboard(markup["keyboard"])
        return markup
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return markup
    raise errors.bad_request(errors.CANT_PARSE_MARKUP)


def _validate_inline(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise errors.bad_request(
            'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array'
        )
    buttons = [button for row in rows for button in row]
    if len(buttons) > MAX_INLINE_BUTTONS:
        raise errors.bad_request(errors.REPLY_MARKUP_TOO_LONG)
    for button in buttons:
        if not isinstance(button, dict) or not isinstance(button.get("text"), str):
            raise errors.bad_request(
                "Bad Request: can't parse inline keyboard button: "
                'Field "text" must be of type String'
            )
        if not any(action in button for action in _INLINE_ACTIONS):
            raise errors.bad_request(errors.TEXT_BUTTONS_UNALLOWED)
        if "callback_data" in button:
            data = button["callback_data"]
            size = len(data.encode("utf-8")) if isinstance(data, str) else 0
            if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
                raise errors.bad_request(errors.BUTTON_DATA_INVALID)


def _validate_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise errors.bad_request(
            'Bad Request: field "keyboard" of the ReplyKeyboardMarkup must be an Array'
        )
    for row in rows:
        for index, button in enumerate(row):
            if isinstance(button, str):
                row[index] = {"text": button}
            elif not isinstance(button, dict) or not isinstance(button.get("text"), str):
                raise errors.bad_request(
                    "Bad Request: can't parse keyboard button: "
                    'Field "text" must be of type String'
                )


def find_callback_button(message: ChatMessage, label: str | int) -> JsonDict:
    """The inline button whose text or callback_data is ``label``, or, for an int, the
    ``label``-th button (from 1, row by row, as a person reads them): two buttons may
    share a label, a position is always one button.

    Raises :class:`EmulatorUsageError` naming the buttons that are there, because a
    test that presses a missing button has a wrong idea of what the bot showed.
    """
    buttons = [button for row in message.inline_keyboard for button in row]
    for position, button in enumerate(buttons, start=1):
        if isinstance(label, int):
            matches = label == position
        else:
            matches = label in (button.get("text"), button.get("callback_data"))
        if matches:
            if "callback_data" not in button:
                raise EmulatorUsageError(
                    f"button {label!r} on message {message.message_id} does not send a "
                    f"callback query: {button}"
                )
            return button
    raise EmulatorUsageError(
        f"message {message.message_id} in chat {message.chat_id} has no button {label!r}; "
        f"its buttons are {message.button_texts}"
    )


def reply_keyboard_texts(markup: JsonDict | None) -> list[str]:
    if markup is None or "keyboard" not in markup:
        return []
    return [str(button["text"]) for row in markup["keyboard"] for button in row]
