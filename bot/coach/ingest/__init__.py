"""Training data in: parse uploaded activity files into plain typed data.

Pure code: bytes or a binary stream in, ``ParsedUpload`` out, or an ``IngestError``
with a stable ``code`` and ``params`` for the handler to translate. No database, no
Telegram, no training load (the science core computes that from the streams).

Decisions, each explained where it is implemented:

* Format by content, name as a hint (``detect.py``); FIT, TCX, GPX, gzip (Strava's
  ``.fit.gz``) and zip, with one level of gzip inside a zip (``archive.py``).
* Multisport FIT: one activity per session, transitions kept as their own legs,
  linked by ``multisport_group`` and ``leg_index`` (``fit.py``).
* Damaged files always raise (nothing is saved silently); the error carries the
  activities rebuilt from the intact part as ``partial`` and says what saving them
  would lose (``errors.py``).
* FIT CRC mismatches on files that decode cleanly are kept with a ``crc_mismatch``
  warning (``fit.py``).
* Limits: upload size, unpacked size counted as it is read, zip member count
  (``upload.py``, ``source.py``).
"""

from bot.coach.ingest.errors import (
    ArchiveError,
    ArchiveRatioError,
    ArchiveTooLargeError,
    CorruptArchiveError,
    CorruptFileError,
    DamagedFileError,
    EmptyFileError,
    EncryptedMemberError,
    FileTooLargeError,
    IngestError,
    NestedArchiveError,
    NoActivityDataError,
    NotAnActivityError,
    NothingUsableError,
    NoTrackError,
    StorageQuotaError,
    TooManyMembersError,
    TruncatedFileError,
    UnrecognisedFileError,
    UnsupportedFormatError,
)
from bot.coach.ingest.model import (
    DeviceInfo,
    DeviceSummary,
    IngestWarning,
    Lap,
    MemberResult,
    ParsedActivity,
    ParsedUpload,
    SourceFormat,
    Sport,
    Streams,
    SubSport,
)
from bot.coach.ingest.upload import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_MEMBERS,
    DEFAULT_MAX_UNCOMPRESSED_BYTES,
    parse_upload,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_MEMBERS",
    "DEFAULT_MAX_UNCOMPRESSED_BYTES",
    "ArchiveError",
    "ArchiveRatioError",
    "ArchiveTooLargeError",
    "CorruptArchiveError",
    "CorruptFileError",
    "DamagedFileError",
    "DeviceInfo",
    "DeviceSummary",
    "EmptyFileError",
    "EncryptedMemberError",
    "FileTooLargeError",
    "IngestError",
    "IngestWarning",
    "Lap",
    "MemberResult",
    "NestedArchiveError",
    "NoActivityDataError",
    "NoTrackError",
    "NotAnActivityError",
    "NothingUsableError",
    "ParsedActivity",
    "ParsedUpload",
    "SourceFormat",
    "Sport",
    "StorageQuotaError",
    "Streams",
    "SubSport",
    "TooManyMembersError",
    "TruncatedFileError",
    "UnrecognisedFileError",
    "UnsupportedFormatError",
    "parse_upload",
]
