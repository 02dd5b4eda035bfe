"""Containers: gzip (Strava's ``.fit.gz``, ``.tcx.gz``, ``.gpx.gz``) and zip.

Zip members are read one at a time through ``zipfile`` (streaming, nothing
extracted to disk). Bomb guards: a limit on the number of members, the declared
total checked up front, and the bytes actually unpacked counted as they are read
(declared sizes can lie). One level of gzip inside a zip is opened, as in a Strava
bulk export; a zip or gzip nested deeper is refused per member. Both layers of a
gzip-in-zip count against the unpacked-size budget, which errs on the safe side.
"""

from __future__ import annotations

import gzip
import posixpath
import zipfile
from typing import BinaryIO

from bot.coach.ingest.dispatch import parse_payload
from bot.coach.ingest.errors import (
    ArchiveTooLargeError,
    CorruptArchiveError,
    EncryptedMemberError,
    IngestError,
    NestedArchiveError,
    TooManyMembersError,
    TruncatedFileError,
    UnsupportedFormatError,
)
from bot.coach.ingest.model import MemberResult, ParsedActivity
from bot.coach.ingest.source import (
    GuardedPayload,
    SourceCorruptError,
    SourceTruncatedError,
    UnpackBudget,
)

_GZIP_MAGIC = b"\x1f\x8b"
# Files archivers add that are never activities; skipped without a word.
_JUNK_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})


def inner_name(name: str) -> str:
    """``ride.fit.gz`` -> ``ride.fit``: the name the gzip content goes by."""
    return name[:-3] if name.lower().endswith(".gz") else name


def open_gzip(stream: BinaryIO, name: str, budget: UnpackBudget) -> GuardedPayload:
    """The decompressed content of a gzip stream, ready for detection and parsing."""
    decompressed = gzip.GzipFile(fileobj=stream, mode="rb")
    try:
        return GuardedPayload(inner_name(name), decompressed, budget)  # type: ignore[arg-type]
    except SourceCorruptError as exc:
        raise CorruptArchiveError(file_format="gzip") from exc
    except SourceTruncatedError as exc:
        raise TruncatedFileError(file_format="gzip", bytes_read=0, bytes_expected=None) from exc


def parse_gzip(stream: BinaryIO, name: str, budget: UnpackBudget) -> tuple[ParsedActivity, ...]:
    payload = open_gzip(stream, name, budget)
    if payload.head.startswith(_GZIP_MAGIC):
        raise NestedArchiveError(file_name=payload.name)
    return parse_payload(payload)


def parse_zip(
    stream: BinaryIO, *, budget: UnpackBudget, max_members: int
) -> tuple[MemberResult, ...]:
    """Every member's outcome, in archive order (junk and folders left out)."""
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptArchiveError(file_format="zip") from exc
    with archive:
        members = [info for info in archive.infolist() if not _is_junk(info)]
        if len(members) > max_members:
            raise TooManyMembersError(members=len(members), limit=max_members)
        budget.check(sum(info.file_size for info in members))
        return tuple(_parse_member(archive, info, budget) for info in members)


def _is_junk(info: zipfile.ZipInfo) -> bool:
    if info.is_dir():
        return True
    name = info.filename
    base = posixpath.basename(name)
    return name.startswith("__MACOSX/") or base.startswith("._") or base.lower() in _JUNK_NAMES


def _parse_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: UnpackBudget
) -> MemberResult:
    name = info.filename
    if info.flag_bits & 0x1:  # the "encrypted" bit of the general purpose flags
        return MemberResult(name=name, error=EncryptedMemberError(file_name=name))
    try:
        with archive.open(info) as member:
            payload = GuardedPayload(name, member, budget)  # type: ignore[arg-type]
            if payload.head.startswith(_GZIP_MAGIC):
                activities = parse_gzip(payload.stream, name, budget)
            else:
                activities = parse_payload(payload)
    except ArchiveTooLargeError:
        raise  # the whole upload stops: this is the bomb guard (size or ratio)
    except IngestError as exc:
        return MemberResult(name=name, error=exc)
    except NotImplementedError:
        # zipfile knows no such compression method (e.g. deflate64, implode)
        return MemberResult(
            name=name, error=UnsupportedFormatError(file_name=name, file_format="zip method")
        )
    except (SourceCorruptError, SourceTruncatedError, zipfile.BadZipFile, OSError):
        return MemberResult(name=name, error=CorruptArchiveError(file_format="zip"))
    return MemberResult(name=name, activities=activities)
