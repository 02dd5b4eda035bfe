"""From what a bot sends (text + parse_mode) to what a user sees (text + entities).

Lengths are counted in UTF-16 code units, like the entity offsets Telegram returns.
For text in the Basic Multilingual Plane that equals the character count; an emoji
outside it counts 2. This is the stricter of the two counts in circulation (tdlib
limits by Unicode code points in places), so a text the emulator accepts is never too
long for Telegram.
"""

from __future__ import annotations

import re
from typing import Any

from bot.sandbox.emulator import errors
from bot.sandbox.emulator.html_rules import EntityParseError, parse_html, utf16_len

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024

Entities = list[dict[str, Any]]

# Telegram trims these around a message (and shifts the entities accordingly).
_TRIMMED = " \t\r\n\v\f"

# What Telegram highlights in a user's plain text; simplified from tdlib's matchers.
_BOT_COMMAND = re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{4,32}")
_URL = re.compile(r"https?://[^\s<>\"']+")


def format_text(
    source: str, parse_mode: str | None, entities: Any, *, strict_html: bool
) -> tuple[str, Entities]:
    """Apply ``parse_mode`` (or explicit ``entities``) and trim, as Telegram does.

    Raises :class:`errors.ApiError` for an unknown parse mode or unparsable HTML.
    Markdown and MarkdownV2 are accepted but not parsed: the text is kept as sent.
    """
    mode = (parse_mode or "").strip().lower()
    if mode == "html":
        try:
            text, parsed = parse_html(source, strict_ampersand=strict_html)
        except EntityParseError as error:
            raise errors.cant_parse_entities(str(error)) from None
    elif mode in ("", "markdown", "markdownv2"):
        text, parsed = (
            source,
            [dict(entity) for entity in entities or [] if isinstance(entity, dict)],
        )
    else:
        raise errors.bad_request(errors.UNSUPPORTED_PARSE_MODE)
    return trim(text, parsed)


def trim(text: str, entities: Entities) -> tuple[str, Entities]:
    """Strip surrounding whitespace and clip the entities to what is left."""
    stripped_left = text.lstrip(_TRIMMED)
    shift = utf16_len(text[: len(text) - len(stripped_left)])
    result = stripped_left.rstrip(_TRIMMED)
    end = utf16_len(result)
    clipped: Entities = []
    for entity in entities:
        start = max(0, int(entity["offset"]) - shift)
        stop = min(end, int(entity["offset"]) + int(entity["length"]) - shift)
        if stop > start:
            clipped.append({**entity, "offset": start, "length": stop - start})
    return result, clipped


def check_text_length(text: str) -> None:
    if not text:
        raise errors.bad_request(errors.TEXT_EMPTY)
    if utf16_len(text) > MAX_TEXT_LENGTH:
        raise errors.bad_request(errors.TEXT_TOO_LONG)


def check_caption_length(caption: str) -> None:
    if utf16_len(caption) > MAX_CAPTION_LENGTH:
        raise errors.bad_request(errors.CAPTION_TOO_LONG)


def detect_entities(text: str) -> Entities:
    """The entities Telegram attaches to a user's plain text: commands, mentions, URLs."""
    found: Entities = []
    for kind, pattern in (("bot_command", _BOT_COMMAND), ("mention", _MENTION), ("url", _URL)):
        for match in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: match.start()]),
                    "length": utf16_len(match.group()),
                }
            )
    found.sort(key=lambda entity: entity["offset"])
    return found
