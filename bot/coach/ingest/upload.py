"""The entry point: one uploaded file in, parsed activities (or a domain error) out."""

from __future__ import annotations

from typing import BinaryIO

from bot.coach.ingest.archive import parse_gzip, parse_zip
from bot.coach.ingest.detect import PayloadKind, detect
from bot.coach.ingest.dispatch import parse_payload
from bot.coach.ingest.errors import NothingUsableError
from bot.coach.ingest.model import MemberResult, ParsedUpload
from bot.coach.ingest.source import PlainPayload, UnpackBudget, Upload, open_upload

# Telegram's Bot API hands bots files of at most 20 MB (getFile), so a bigger
# upload cannot reach us through the bot anyway.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Unpacked bytes across a .gz or a whole .zip. A 24 h ultra as a 1 s TCX is about
# 60 MB; 200 MB leaves room for a zip of a few dozen activities.
DEFAULT_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
DEFAULT_MAX_MEMBERS = 100


def parse_upload(
    file_name: str,
    data: BinaryIO | bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES,
    max_members: int = DEFAULT_MAX_MEMBERS,
) -> ParsedUpload:
    """Parse an uploaded FIT, TCX or GPX file, gzipped or not, or a zip of them.

    The format is decided by content (magic bytes, XML root); ``file_name`` is a
    hint. ``data`` is not copied: bytes are read in place, a seekable stream is
    read from its current position (and left wherever parsing stopped).

    Pure and blocking (CPU-bound: a 3.5 h FIT takes about a second), so call it
    in a worker thread from async code. Raises an ``IngestError`` subclass for
    empty, oversized, unrecognised, unsupported, non-activity or damaged files,
    and ``NothingUsableError`` for a zip in which no member gave an activity; for a
    zip with some good members, the others' errors are in ``members``.
    """
    upload = open_upload(data, max_bytes)
    try:
        return _parse(file_name, upload, max_uncompressed_bytes, max_members)
    finally:
        upload.close()


def _parse(
    file_name: str, upload: Upload, max_uncompressed_bytes: int, max_members: int
) -> ParsedUpload:
    kind = detect(upload.head, file_name)
    budget = UnpackBudget(max_uncompressed_bytes, packed_bytes=upload.size)
    members: tuple[MemberResult, ...] = ()
    if kind is PayloadKind.ZIP:
        members = parse_zip(upload.stream, budget=budget, max_members=max_members)
        activities = tuple(a for member in members for a in member.activities)
        if not activities:
            raise NothingUsableError(members=members)
    elif kind is PayloadKind.GZIP:
        activities = parse_gzip(upload.stream, file_name, budget)
    else:
        payload = PlainPayload(
            name=file_name,
            stream=upload.stream,
            head=upload.head,
            sha256=upload.sha256,
            size=upload.size,
        )
        activities = parse_payload(payload, kind)
    return ParsedUpload(
        file_name=file_name,
        container=kind.value,
        size_bytes=upload.size,
        sha256=upload.sha256,
        activities=activities,
        members=members,
    )
