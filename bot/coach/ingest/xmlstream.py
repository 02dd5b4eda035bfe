"""A streaming walk over TCX/GPX XML with expat: no element tree is built.

Each element's start and end reach the format parser with its local name (the
namespace dropped: TCX and GPX files in the wild use several namespace versions
and prefixes) and its text. Memory stays flat whatever the file size.

Untrusted XML: expat (2.4+) refuses "billion laughs" entity expansion, external
entities are never fetched (no handler is set), and entity declarations are
refused outright, as defusedxml does: no TCX or GPX needs them.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import BinaryIO
from xml.parsers import expat

_CHUNK = 64 * 1024

# expat errors that mean "the document stopped early", not "bad bytes in it".
_TRUNCATION_ERRORS = frozenset(
    expat.errors.codes[message]
    for message in (
        expat.errors.XML_ERROR_NO_ELEMENTS,
        expat.errors.XML_ERROR_UNCLOSED_TOKEN,
        expat.errors.XML_ERROR_PARTIAL_CHAR,
        expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION,
    )
)


class XmlDamageError(Exception):
    """The XML stopped parsing at ``offset``; ``truncated`` if it just ended early."""

    def __init__(self, message: str, *, offset: int, truncated: bool) -> None:
        super().__init__(message)
        self.offset = offset
        self.truncated = truncated


class XmlWalker:
    """Subclasses implement ``start`` and ``end``; ``stack`` holds the open path."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self._text: list[str] = []

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """An element opened (``name`` is already on ``stack``)."""

    def end(self, name: str, text: str) -> None:
        """An element closed (``name`` is off ``stack``); ``text`` is stripped."""

    def run(self, stream: BinaryIO) -> None:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.StartElementHandler = self._on_start
        parser.EndElementHandler = self._on_end
        parser.CharacterDataHandler = self._text.append
        parser.EntityDeclHandler = lambda *_: self._refuse_entities(parser)
        try:
            while chunk := stream.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise XmlDamageError(
                str(exc),
                offset=max(parser.ErrorByteIndex, 0),
                truncated=exc.code in _TRUNCATION_ERRORS,
            ) from exc
        except (LookupError, ValueError) as exc:
            # The XML declaration names an encoding Python does not know, or a
            # multi-byte one expat cannot decode (e.g. Shift_JIS).
            raise XmlDamageError(
                str(exc), offset=max(parser.CurrentByteIndex, 0), truncated=False
            ) from exc

    @staticmethod
    def _refuse_entities(parser: expat.XMLParserType) -> None:
        raise XmlDamageError(
            "entity declarations are not allowed",
            offset=max(parser.CurrentByteIndex, 0),
            truncated=False,
        )

    def _on_start(self, name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        self.stack.append(local)
        self._text.clear()
        self.start(local, attributes)

    def _on_end(self, name: str) -> None:
        local = self.stack.pop()
        text = "".join(self._text).strip() if self._text else ""
        self._text.clear()
        self.end(local, text)


def attribute(attributes: dict[str, str], name: str) -> str | None:
    """An attribute by local name, namespaced or not."""
    value = attributes.get(name)
    if value is not None:
        return value
    for key, candidate in attributes.items():
        if key.rpartition(" ")[2] == name:
            return candidate
    return None


def parse_float(text: str | None) -> float | None:
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_time(text: str | None) -> float | None:
    """ISO 8601 to Unix seconds; a time without offset is UTC (TCX and GPX say so)."""
    moment = parse_datetime(text)
    return None if moment is None else moment.timestamp()


def parse_datetime(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def unix_datetime(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)
