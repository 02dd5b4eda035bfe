"""Bytes in: size limits, hashing and the streams the parsers read from.

An upload arrives as ``bytes`` (zero-copy: ``io.BytesIO`` shares a ``bytes`` buffer)
or as a binary stream (read in 1 MiB chunks to hash and measure, then rewound; a
stream that cannot seek is spooled to a temporary file first). Decompressed
content (a .gz upload, zip members) is read through a ``GuardedRaw`` that hashes
it, counts it against an unpacked-size budget and turns decompression failures
into the two internal errors below, behind a ``BufferedReader`` so that the many
tiny reads of a FIT decoder stay in C.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from bot.coach.ingest.errors import (
    ArchiveRatioError,
    ArchiveTooLargeError,
    EmptyFileError,
    FileTooLargeError,
)

HEAD_BYTES = 64 * 1024  # enough to find an XML root element after a long prolog
_CHUNK = 1024 * 1024
_SPOOL_IN_MEMORY = 8 * 1024 * 1024


class SourceTruncatedError(Exception):
    """Compressed data ended before its end marker (internal; parsers map it)."""


class SourceCorruptError(Exception):
    """Compressed data failed to decompress or its CRC failed (internal)."""


class Payload(Protocol):
    """One activity file's bytes, whether bare, gunzipped or a zip member."""

    name: str
    stream: BinaryIO
    head: bytes  # the first HEAD_BYTES (fewer if the file is shorter)

    def finish(self) -> tuple[str, int]:
        """Read to the end; return (sha256 hex, size in bytes) of the whole file."""
        ...

    def finish_damaged(self) -> tuple[str, int]:
        """``finish`` that tolerates the damage the parser already reported."""
        ...


@dataclass(slots=True)
class Upload:
    """The upload as received: seekable stream at its start, size and hash known."""

    stream: BinaryIO
    size: int
    sha256: str
    head: bytes
    owned: bool = False  # a spool we created (closed by close()), not the caller's

    def close(self) -> None:
        if self.owned:
            self.stream.close()


def open_upload(data: BinaryIO | bytes, max_bytes: int) -> Upload:
    if isinstance(data, bytes | bytearray | memoryview):
        size = len(data)
        _check_size(size, max_bytes)
        digest = hashlib.sha256(data).hexdigest()
        # BytesIO shares an immutable bytes object's buffer until written to.
        stream = io.BytesIO(data)
        return Upload(stream, size, digest, bytes(data[:HEAD_BYTES]))
    if _seekable(data):
        start = data.tell()
        hasher = hashlib.sha256()
        size = _copy_limited(data, hasher, None, max_bytes)
        data.seek(start)
        head = data.read(HEAD_BYTES)
        data.seek(start)
        return Upload(data, size, hasher.hexdigest(), head)
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)  # noqa: SIM115
    hasher = hashlib.sha256()
    try:
        size = _copy_limited(data, hasher, spool, max_bytes)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    head = spool.read(HEAD_BYTES)
    spool.seek(0)
    return Upload(spool, size, hasher.hexdigest(), head, owned=True)  # type: ignore[arg-type]


def _seekable(stream: BinaryIO) -> bool:
    try:
        return bool(stream.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _check_size(size: int, max_bytes: int) -> None:
    if size == 0:
        raise EmptyFileError()
    if size > max_bytes:
        raise FileTooLargeError(size_bytes=size, limit_bytes=max_bytes)


class _Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


def _copy_limited(source: BinaryIO, hasher: _Hasher, sink: _Sink | None, max_bytes: int) -> int:
    size = 0
    while True:
        # Never ask for more than one byte past the limit.
        chunk = source.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            # Stop reading: the size we report is "at least".
            raise FileTooLargeError(size_bytes=size, limit_bytes=max_bytes)
        hasher.update(chunk)
        if sink is not None:
            sink.write(chunk)
    _check_size(size, max_bytes)
    return size


@dataclass(slots=True)
class PlainPayload:
    """The upload itself (not compressed): already hashed and measured."""

    name: str
    stream: BinaryIO
    head: bytes
    sha256: str
    size: int

    def finish(self) -> tuple[str, int]:
        return self.sha256, self.size

    def finish_damaged(self) -> tuple[str, int]:
        return self.sha256, self.size


# An activity export deflates a few times (FIT 2-5x, TCX and GPX 10-30x); a zip
# bomb, a thousand times and more. Past MAX_UNPACK_RATIO times the upload's own size
# (and past RATIO_FLOOR_BYTES, so a tiny file is never refused for its ratio),
# unpacking stops.
MAX_UNPACK_RATIO = 100
RATIO_FLOOR_BYTES = 10 * 1024 * 1024


class UnpackBudget:
    """Zip-bomb guard shared by every member of one upload: counts bytes actually
    decompressed (declared sizes in headers can lie) and stops past the limit, or
    past ``MAX_UNPACK_RATIO`` times the packed size."""

    __slots__ = ("limit", "ratio_limit", "used")

    def __init__(self, limit: int, packed_bytes: int | None = None) -> None:
        self.limit = limit
        self.ratio_limit = (
            None
            if packed_bytes is None
            else max(RATIO_FLOOR_BYTES, MAX_UNPACK_RATIO * packed_bytes)
        )
        self.used = 0

    def check(self, size: int) -> None:
        """Refuse ``size`` unpacked bytes in all (declared or counted)."""
        if size > self.limit:
            raise ArchiveTooLargeError(limit_bytes=self.limit)
        if self.ratio_limit is not None and size > self.ratio_limit:
            raise ArchiveRatioError(ratio=MAX_UNPACK_RATIO)

    def consume(self, size: int) -> None:
        self.used += size
        self.check(self.used)


# What a decompressing file object raises on bad input (gzip.BadGzipFile and
# zipfile.BadZipFile for a wrong CRC, zlib.error for a bad deflate stream).
_DECOMPRESS_ERRORS = (zlib.error, gzip.BadGzipFile, zipfile.BadZipFile, OSError)


class GuardedRaw(io.RawIOBase):
    """Raw reader over a decompressing file object: hashes, counts, guards."""

    def __init__(self, inner: BinaryIO, budget: UnpackBudget) -> None:
        super().__init__()
        self._inner = inner
        self._budget = budget
        self._hasher = hashlib.sha256()
        self._pending: Exception | None = None
        self.count = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        """Bytes unpacked so far (not seekable, but a parser may ask where it is)."""
        return self.count

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._pending is not None:
            pending, self._pending = self._pending, None
            raise pending
        view = memoryview(buffer).cast("B")
        wanted = len(view)
        filled = 0
        # Fill the whole buffer when possible: BufferedReader.peek() returns what
        # one raw read gave, and format detection wants a full head.
        while filled < wanted:
            try:
                chunk = self._inner.read(wanted - filled)
            except EOFError as exc:
                failure: Exception = SourceTruncatedError(str(exc))
                failure.__cause__ = exc
            except _DECOMPRESS_ERRORS as exc:
                failure = SourceCorruptError(str(exc))
                failure.__cause__ = exc
            else:
                if not chunk:
                    break
                view[filled : filled + len(chunk)] = chunk
                filled += len(chunk)
                continue
            if not filled:
                raise failure
            # Hand out the good bytes first and fail on the next read, so the
            # parser sees everything before the damage (and can salvage it).
            self._pending = failure
            break
        if filled:
            self._budget.consume(filled)
            self._hasher.update(view[:filled])
            self.count += filled
        return filled

    def hexdigest(self) -> str:
        return self._hasher.hexdigest()


class _Replay(io.RawIOBase):
    """Bytes already read from an unpacking stream, then the error it raised."""

    def __init__(self, data: bytes, failure: Exception | None) -> None:
        super().__init__()
        self._data = memoryview(data)
        self._failure = failure
        self._position = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        left = len(self._data) - self._position
        if left <= 0:
            if self._failure is not None:
                failure, self._failure = self._failure, None
                raise failure
            return 0
        size = min(left, len(buffer))
        memoryview(buffer).cast("B")[:size] = self._data[self._position : self._position + size]
        self._position += size
        return size


def replay(data: bytes, failure: Exception | None) -> BinaryIO:
    """A stream of ``data`` that raises ``failure`` (if any) where it ran out."""
    return io.BufferedReader(_Replay(data, failure), buffer_size=HEAD_BYTES)


class GuardedPayload:
    """A decompressed file (gzip content or a zip member) read through GuardedRaw."""

    def __init__(self, name: str, inner: BinaryIO, budget: UnpackBudget) -> None:
        self.name = name
        self._raw = GuardedRaw(inner, budget)
        buffered = io.BufferedReader(self._raw, buffer_size=HEAD_BYTES)
        self.stream: BinaryIO = buffered
        self.head = buffered.peek(HEAD_BYTES)[:HEAD_BYTES]

    def finish(self) -> tuple[str, int]:
        """Drain what the parser left unread (trailing bytes are part of the file).

        Raises SourceTruncatedError/SourceCorruptError if the rest does not unpack
        (a zip member's CRC is only checked at its end).
        """
        while self.stream.read(_CHUNK):
            pass
        return self._raw.hexdigest(), self._raw.count

    def finish_damaged(self) -> tuple[str, int]:
        """``finish`` for a file already reported as damaged: hash what was readable."""
        try:
            return self.finish()
        except (SourceTruncatedError, SourceCorruptError):
            # The parser has already raised the domain error for this damage.
            return self._raw.hexdigest(), self._raw.count
