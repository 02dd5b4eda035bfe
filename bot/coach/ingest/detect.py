"""Decide what a file is from its first bytes; the file name is only a hint.

Content wins because names lie (Telegram keeps whatever the phone called the file,
Strava exports ``12345.fit.gz``). The name is used to (a) tell a damaged FIT file
from random bytes, and (b) name an unsupported format we cannot sniff reliably.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.coach.ingest.errors import (
    CorruptFileError,
    EmptyFileError,
    TruncatedFileError,
    UnrecognisedFileError,
    UnsupportedFormatError,
)


class PayloadKind(StrEnum):
    FIT = "fit"
    TCX = "tcx"
    GPX = "gpx"
    ZIP = "zip"
    GZIP = "gzip"


# FIT file header: byte 0 is the header size, bytes 8..11 the ASCII ".FIT"
# (FIT SDK, "FIT File Structure", file header).
_FIT_MAGIC = b".FIT"
_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header; an empty archive

# Other files people send by mistake, named so the reply can say what it was.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "png"),
    (b"\xff\xd8\xff", 0, "jpeg"),
    (b"GIF8", 0, "gif"),
    (b"%PDF", 0, "pdf"),
    (b"WEBP", 8, "webp"),
    (b"ftypheic", 4, "heic"),
    (b"ftyp", 4, "video"),
    (b"Rar!", 0, "rar"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7z"),
    (b"BZh", 0, "bzip2"),
)

# Activity formats we recognise but do not read (yet), by XML root or extension.
_UNSUPPORTED_XML_ROOTS = {"kml": "KML", "pwx": "PWX", "gpxdata": "GPX data"}
_UNSUPPORTED_SUFFIXES = {
    ".kml": "KML",
    ".kmz": "KMZ",
    ".pwx": "PWX",
    ".srm": "SRM",
    ".hrm": "HRM",
    ".slf": "SLF",
    ".sml": "SML",
    ".json": "JSON",
}

_NAME_CHARS = re.compile(rb"[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?")


def detect(head: bytes, file_name: str) -> PayloadKind:
    """What ``head`` (the first bytes of a file) is; raise if nothing we read."""
    if not head:
        raise EmptyFileError()
    lower_name = file_name.lower()
    if len(head) >= 12 and head[8:12] == _FIT_MAGIC:
        return PayloadKind.FIT
    if head.startswith(_GZIP_MAGIC):
        return PayloadKind.GZIP
    if head.startswith(_ZIP_MAGICS):
        if lower_name.endswith(".kmz"):
            raise UnsupportedFormatError(file_name=file_name, file_format="KMZ")
        return PayloadKind.ZIP
    root = xml_root_name(head)
    if root is not None:
        local = root.lower()
        if local == "trainingcenterdatabase":
            return PayloadKind.TCX
        if local == "gpx":
            return PayloadKind.GPX
        if local in _UNSUPPORTED_XML_ROOTS:
            raise UnsupportedFormatError(
                file_name=file_name, file_format=_UNSUPPORTED_XML_ROOTS[local]
            )
        raise UnrecognisedFileError(file_name=file_name, detected="xml")
    for signature, offset, kind in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            raise UnrecognisedFileError(file_name=file_name, detected=kind)
    suffix = _suffix(lower_name)
    if suffix in _UNSUPPORTED_SUFFIXES:
        raise UnsupportedFormatError(
            file_name=file_name, file_format=_UNSUPPORTED_SUFFIXES[suffix]
        )
    text = _looks_like_text(head)
    if suffix == ".fit" and len(head) < 12 and not text:
        # Not even a whole FIT header: the file was cut short.
        raise TruncatedFileError(file_format="fit", bytes_read=len(head), bytes_expected=None)
    if suffix == ".fit" and not text:
        # Named FIT, binary, but no ".FIT" signature: the header is what is broken.
        raise CorruptFileError(file_format="fit", offset=0, part="header")
    raise UnrecognisedFileError(file_name=file_name, detected="text" if text else "binary")


def _suffix(lower_name: str) -> str:
    if lower_name.endswith(".gz"):
        lower_name = lower_name[:-3]
    dot = lower_name.rfind(".")
    return lower_name[dot:] if dot >= 0 else ""


_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13})


def _looks_like_text(head: bytes) -> bool:
    sample = head[:4096]
    if sample.translate(None, _CONTROL) != sample:  # control characters: binary
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        return exc.start >= len(sample) - 3
    return True


def xml_root_name(head: bytes) -> str | None:
    """Local name of the first element of an XML document, or None if not XML.

    Skips a BOM, the XML declaration, comments, processing instructions and a
    DOCTYPE, as a parser would, without parsing the whole file.
    """
    data = _as_ascii_compatible(head)
    position = 0
    size = len(data)
    while position < size:
        while position < size and data[position] in b" \t\r\n":
            position += 1
        if position >= size or data[position] != ord("<"):
            return None
        if data.startswith(b"<?", position):
            end = data.find(b"?>", position)
            position = size if end < 0 else end + 2
        elif data.startswith(b"<!--", position):
            end = data.find(b"-->", position)
            position = size if end < 0 else end + 3
        elif data.startswith(b"<!", position):
            position = _skip_doctype(data, position)
        else:
            match = _NAME_CHARS.match(data, position + 1)
            if match is None:
                return None
            return match.group().decode("ascii", "replace").rpartition(":")[2]
    return None


def _skip_doctype(data: bytes, position: int) -> int:
    bracket = data.find(b"[", position)
    close = data.find(b">", position)
    if 0 <= bracket < close:  # internal subset: <!DOCTYPE x [ ... ]>
        end = data.find(b"]>", bracket)
        return len(data) if end < 0 else end + 2
    return len(data) if close < 0 else close + 1


def _as_ascii_compatible(head: bytes) -> bytes:
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            text = head[2 : len(head) - (len(head) % 2)].decode(codec, "replace")
            return text.encode("utf-8", "replace")
    return head
