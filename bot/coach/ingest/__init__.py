"""Training data in: parse uploaded activity files into plain typed data.

Pure code: bytes or a binary stream in, ``ParsedUpload`` out, or an ``IngestError``
with a stable ``code`` for the handler to translate. No database, no Telegram, no
training load (the science core computes that from the streams).
"""

from bot.coach.ingest.errors import (
    ArchiveError,
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
    "Streams",
    "SubSport",
    "TooManyMembersError",
    "TruncatedFileError",
    "UnrecognisedFileError",
    "UnsupportedFormatError",
    "parse_upload",
]
