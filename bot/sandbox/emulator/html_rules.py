"""Telegram's HTML parse mode: the allowed tags, and the errors for everything else.

A port of tdlib's ``parse_html`` (td/telegram/MessageEntity.cpp), which is what the Bot
API runs for ``parse_mode=HTML`` (https://core.telegram.org/bots/api#html-style). It
keeps tdlib's error texts and byte offsets (UTF-8 bytes into the source), so a test
failure reads exactly like the production ``TelegramBadRequest``:

    Unsupported start tag "div" at byte offset 0
    Unclosed start tag at byte offset 5
    Unmatched end tag at byte offset 9, expected "</b>", found "</i>"
    Can't find end tag corresponding to start tag "b"

One deliberate difference: Telegram keeps a bare ``&`` that starts no entity as a
literal, although its documentation says every ``&`` must be escaped. The emulator
refuses it by default (``strict_ampersand``), because a bot that forgets to escape
``&`` also forgets ``<`` — and that one Telegram does refuse.

Offsets and lengths of the returned entities are in UTF-16 code units, as in the Bot
API's ``MessageEntity``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# tag -> entity type; "span" is only allowed as <span class="tg-spoiler">.
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
ALLOWED_TAGS = frozenset({*_SIMPLE_TAGS, "a", "code", "pre", "blockquote", "tg-emoji"})

# Only these named entities are decoded; all numeric ones are (Bot API docs).
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACES = " \t\r\n\v\f\0"


class EntityParseError(ValueError):
    """The text is not valid Telegram HTML; the message is tdlib's description."""


@dataclass
class _OpenTag:
    name: str
    argument: str
    offset: int  # UTF-16 offset into the parsed text
    char_offset: int  # the same position in Python characters
    expandable: bool = False


_TAG_OR_ENTITY = re.compile(r"[<&]")


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: characters outside the BMP (most emoji) count 2."""
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8", errors="surrogatepass"))


def _decode_entity(source: str, index: int) -> tuple[str, int] | None:
    """Decode ``&name;`` or ``&#N;`` at ``index``; returns (char, index after ';')."""
    end = source.find(";", index + 1, index + 12)
    if end == -1:
        return None
    body = source[index + 1 : end]
    if body.startswith("#"):
        digits, base = (body[2:], 16) if body[1:2] in ("x", "X") else (body[1:], 10)
        try:
            code = int(digits, base)
        except ValueError:
            return None
        if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        return chr(code), end + 1
    char = _NAMED_ENTITIES.get(body)
    return (char, end + 1) if char is not None else None


def parse_html(source: str, *, strict_ampersand: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """Return the visible text and its entities, or raise :class:`EntityParseError`."""
    parser = _HtmlParser(source, strict_ampersand=strict_ampersand)
    return parser.run()


class _HtmlParser:
    def __init__(self, source: str, *, strict_ampersand: bool) -> None:
        self.source = source
        self.strict_ampersand = strict_ampersand
        self.out: list[str] = []
        self.position = 0  # UTF-16 length of self.out
        self.chars = 0  # Python length of self.out
        self.stack: list[_OpenTag] = []
        self.entities: list[dict[str, Any]] = []

    def run(self) -> tuple[str, list[dict[str, Any]]]:
        source, index = self.source, 0
        while index < len(source):
            char = source[index]
            if char == "&":
                decoded = _decode_entity(source, index)
                if decoded is not None:
                    self._emit(decoded[0])
                    index = decoded[1]
                    continue
                if self.strict_ampersand:
                    raise EntityParseError(
                        f'Unescaped "&" at byte offset {_byte_offset(source, index)}: '
                        "write &amp; (the emulator is stricter than Telegram here)"
                    )
            if char == "&":  # an undecodable "&" kept as text (strict_ampersand off)
                self._emit(char)
                index += 1
            elif char != "<":
                # Emit the whole run of plain text up to the next tag or entity at once:
                # per-character emits made parsing the bulk of a long message's cost.
                special = _TAG_OR_ENTITY.search(source, index)
                end = special.start() if special else len(source)
                self._emit(source[index:end])
                index = end
            elif source[index + 1 : index + 2] == "/":
                index = self._end_tag(index)
            else:
                index = self._start_tag(index)
        if self.stack:
            raise EntityParseError(
                f'Can\'t find end tag corresponding to start tag "{self.stack[-1].name}"'
            )
        for entity in self.entities:
            entity.pop("_language", None)  # only pre entities carry a language
        self.entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return "".join(self.out), self.entities

    def _emit(self, text: str) -> None:
        self.out.append(text)
        self.position += utf16_len(text)
        self.chars += len(text)

    def _skip_spaces(self, index: int) -> int:
        while index < len(self.source) and self.source[index] in _SPACES:
            index += 1
        return index

    def _unclosed(self, begin: int) -> EntityParseError:
        return EntityParseError(
            f"Unclosed start tag at byte offset {_byte_offset(self.source, begin)}"
        )

    def _start_tag(self, begin: int) -> int:
        source = self.source
        index = begin + 1
        while index < len(source) and source[index] not in _SPACES and source[index] != ">":
            index += 1
        if index >= len(source):
            raise self._unclosed(begin)
        name = source[begin + 1 : index].lower()
        if name not in ALLOWED_TAGS:
            raise EntityParseError(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(source, begin)}'
            )
        tag = _OpenTag(name=name, argument="", offset=self.position, char_offset=self.chars)
        index = self._attributes(tag, begin, index)
        if name == "span" and tag.argument != "spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset '
                f"{_byte_offset(source, begin)}"
            )
        self.stack.append(tag)
        return index + 1

    def _attributes(self, tag: _OpenTag, begin: int, index: int) -> int:
        """Parse attributes up to the closing '>'; returns the index of that '>'."""
        source = self.source
        while True:
            index = self._skip_spaces(index)
            if index >= len(source):
                raise self._unclosed(begin)
            if source[index] == ">":
                return index
            name_start = index
            while (
                index < len(source) and source[index] not in _SPACES and source[index] not in "=>"
            ):
                index += 1
            attribute = source[name_start:index].lower()
            if not attribute:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{tag.name}" at byte offset '
                    f"{_byte_offset(source, begin)}"
                )
            index = self._skip_spaces(index)
            if index >= len(source):
                raise self._unclosed(begin)
            if source[index] != "=":
                if tag.name == "blockquote" and attribute == "expandable":
                    tag.expandable = True
                    continue
                raise EntityParseError(
                    "Expected equal sign in declaration of an attribute of the tag "
                    f'"{tag.name}" at byte offset {_byte_offset(source, begin)}'
                )
            index = self._skip_spaces(index + 1)
            if index >= len(source):
                raise self._unclosed(begin)
            value, index = self._attribute_value(index)
            if index >= len(source):
                raise self._unclosed(begin)
            self._apply_attribute(tag, attribute, value)

    def _attribute_value(self, index: int) -> tuple[str, int]:
        source = self.source
        quote = source[index]
        if quote not in "'\"":
            # An unquoted name token: letters, digits, periods and hyphens only.
            start = index
            while index < len(source) and (
                (source[index].isascii() and source[index].isalnum()) or source[index] in ".-"
            ):
                index += 1
            if index < len(source) and source[index] not in _SPACES and source[index] != ">":
                raise EntityParseError(
                    f"Unexpected end of name token at byte offset {_byte_offset(source, start)}"
                )
            return source[start:index].lower(), index
        index += 1
        value: list[str] = []
        while index < len(source) and source[index] != quote:
            if source[index] == "&":
                decoded = _decode_entity(source, index)
                if decoded is not None:
                    value.append(decoded[0])
                    index = decoded[1]
                    continue
            value.append(source[index])
            index += 1
        if index < len(source):
            index += 1  # the closing quote
        return "".join(value), index

    @staticmethod
    def _apply_attribute(tag: _OpenTag, attribute: str, value: str) -> None:
        if (tag.name == "a" and attribute == "href") or (
            tag.name == "tg-emoji" and attribute == "emoji-id"
        ):
            tag.argument = value
        elif tag.name == "code" and attribute == "class" and value.startswith("language-"):
            tag.argument = value.removeprefix("language-")
        elif tag.name == "span" and attribute == "class" and value.startswith("tg-"):
            tag.argument = value.removeprefix("tg-")
        # Any other attribute is ignored, as tdlib does.

    def _end_tag(self, begin: int) -> int:
        source = self.source
        if not self.stack:
            raise EntityParseError(
                f"Unexpected end tag at byte offset {_byte_offset(source, begin)}"
            )
        index = begin + 2
        while index < len(source) and source[index] not in _SPACES and source[index] != ">":
            index += 1
        end_name = source[begin + 2 : index].lower()
        index = self._skip_spaces(index)
        if index >= len(source) or source[index] != ">":
            raise EntityParseError(
                f"Unclosed end tag at byte offset {_byte_offset(source, begin)}"
            )
        tag = self.stack.pop()
        if end_name and end_name != tag.name:
            raise EntityParseError(
                f"Unmatched end tag at byte offset {_byte_offset(source, begin)}, "
                f'expected "</{tag.name}>", found "</{end_name}>"'
            )
        self._close(tag)
        return index + 1

    def _close(self, tag: _OpenTag) -> None:
        length = self.position - tag.offset
        if length == 0:
            return  # tdlib drops empty entities silently
        entity: dict[str, Any] = {"offset": tag.offset, "length": length}
        if tag.name in _SIMPLE_TAGS:
            entity["type"] = _SIMPLE_TAGS[tag.name]
        elif tag.name == "a":
            url = tag.argument or "".join(self.out)[tag.char_offset :]
            entity.update(type="text_link", url=url)
        elif tag.name == "code":
            entity["type"] = "code"
            if tag.argument:
                entity["_language"] = tag.argument
        elif tag.name == "pre":
            entity["type"] = "pre"
            # <pre><code class="language-x">...</code></pre> becomes one pre entity with
            # a language, as in tdlib; the inner code entity is merged away.
            inner = self.entities[-1] if self.entities else None
            if (
                inner is not None
                and inner["type"] == "code"
                and inner["offset"] == tag.offset
                and inner["length"] == length
            ):
                self.entities.pop()
                if "_language" in inner:
                    entity["language"] = inner["_language"]
        elif tag.name == "blockquote":
            entity["type"] = "expandable_blockquote" if tag.expandable else "blockquote"
        else:  # tg-emoji
            entity.update(type="custom_emoji", custom_emoji_id=tag.argument)
        self.entities.append(entity)
