"""Domain errors of the ingest layer.

Every failure carries a stable ``code`` (the key of a translated message in the
handlers) and ``params`` (plain str/int/float values the message may use), plus a
default English ``message`` for logs and tests. Handlers map ``code`` to a reply;
nothing here knows about Telegram.

Damaged files (truncated, corrupt) also carry ``partial``: the activities that could
be rebuilt from the intact part of the file, so the bot can *offer* to save them.
Nothing is ever saved from a damaged file without the athlete saying yes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from bot.coach.ingest.model import MemberResult, ParsedActivity

ParamValue = str | int | float

_MIB = 1024 * 1024


def _mib(size_bytes: int) -> float:
    return round(size_bytes / _MIB, 1)


class IngestError(Exception):
    """Base of every error ``parse_upload`` raises on a bad or unsupported file."""

    code: ClassVar[str] = "ingest_error"
    template: ClassVar[str] = "The file could not be read."

    def __init__(self, **params: ParamValue) -> None:
        self.params: dict[str, ParamValue] = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """Default English text; handlers translate ``code`` with ``params`` instead."""
        return self.template.format_map(self.params)


class EmptyFileError(IngestError):
    code = "empty_file"
    template = "The file is empty."

    def __init__(self) -> None:
        super().__init__()


class FileTooLargeError(IngestError):
    code = "file_too_large"
    template = "The file is larger than the {limit_mb} MB limit."

    def __init__(self, *, size_bytes: int, limit_bytes: int) -> None:
        # size_bytes is "at least": a stream is not read past the limit.
        super().__init__(
            size_bytes=size_bytes, limit_bytes=limit_bytes, limit_mb=_mib(limit_bytes)
        )


class UnrecognisedFileError(IngestError):
    code = "unrecognised_file"
    template = "{file_name} is not a FIT, TCX or GPX file (it looks like {detected})."

    def __init__(self, *, file_name: str, detected: str) -> None:
        super().__init__(file_name=file_name, detected=detected)


class UnsupportedFormatError(IngestError):
    code = "unsupported_format"
    template = "{format} files are not supported; export the activity as FIT, TCX or GPX."

    def __init__(self, *, file_name: str, file_format: str) -> None:
        super().__init__(file_name=file_name, format=file_format)


class NotAnActivityError(IngestError):
    code = "not_an_activity"
    template = "This FIT file is a {file_type} file, not a recorded activity."

    def __init__(self, *, file_type: str) -> None:
        super().__init__(file_type=file_type)


class NoTrackError(IngestError):
    code = "no_track"
    template = (
        "This GPX file has no recorded track ({waypoints} waypoints, {route_points} route points)."
    )

    def __init__(self, *, waypoints: int, route_points: int) -> None:
        super().__init__(waypoints=waypoints, route_points=route_points)


class NoActivityDataError(IngestError):
    code = "no_activity_data"
    template = "The {format} file holds no activity data."

    def __init__(self, *, file_format: str) -> None:
        super().__init__(format=file_format)


class DamagedFileError(IngestError):
    """A file that stops being readable part-way; ``partial`` is what came before.

    ``partial`` is empty when nothing usable was recovered. Each partial activity has
    the ``truncated_salvaged`` warning and the sha256 of the damaged bytes.
    """

    partial: tuple[ParsedActivity, ...]

    def __init__(
        self,
        *,
        partial: tuple[ParsedActivity, ...],
        lost: str | None,
        coverage: dict[str, float] | None = None,
        **params: ParamValue,
    ) -> None:
        self.partial = partial
        records = sum(a.streams.length for a in partial)
        seconds = sum(a.elapsed_s or 0.0 for a in partial)
        metres = sum(a.distance_m or 0.0 for a in partial)
        # What saving the partial result loses, as a code for the message:
        #   "trailing_data": only bytes after the device's own summary (a closing
        #     message, the checksum, an appended file): the workout is complete;
        #   "records_partial": the device's summary is there but the records stop
        #     early (``coverage``: seconds_recorded/metres_recorded of
        #     seconds_total/metres_total); the summary's totals are kept;
        #   "summary": the device's totals and any records after the last one read
        #     (totals are then computed from the records);
        #   "records": the samples after the last one read (XML formats);
        #   "trivial": what is left is too little to be worth saving;
        #   "everything": nothing usable was recovered.
        self.trivial = bool(partial) and _trivial(seconds, metres)
        if not partial:
            lost = "everything"
        elif self.trivial:
            lost = "trivial"
        super().__init__(
            records_recovered=records,
            seconds_recovered=round(seconds, 1),
            metres_recovered=round(metres, 1),
            lost=lost or "records",
            **(coverage or {}),
            **params,
        )

    @property
    def salvageable(self) -> bool:
        """Whether saving the intact part is worth offering."""
        return bool(self.partial) and not self.trivial


# A salvage offer for less than this is not worth a tap (13 s and 6 m of a watch
# that died at the start): the damage is reported and nothing is offered.
MIN_SALVAGE_SECONDS = 120.0
MIN_SALVAGE_METRES = 200.0


def _trivial(seconds: float, metres: float) -> bool:
    # A workout without distance (strength, a trainer without a sensor) is judged
    # by its time alone.
    return seconds < MIN_SALVAGE_SECONDS or 0 < metres < MIN_SALVAGE_METRES


class TruncatedFileError(DamagedFileError):
    code = "truncated_file"
    template = "That file ended early at {bytes_read} bytes — nothing was saved."

    def __init__(
        self,
        *,
        file_format: str,
        bytes_read: int,
        bytes_expected: int | None,
        partial: tuple[ParsedActivity, ...] = (),
        lost: str | None = None,
        coverage: dict[str, float] | None = None,
    ) -> None:
        params: dict[str, ParamValue] = {"format": file_format, "bytes_read": bytes_read}
        if bytes_expected is not None:
            params["bytes_expected"] = bytes_expected
            params["bytes_missing"] = max(bytes_expected - bytes_read, 0)
        super().__init__(partial=partial, lost=lost, coverage=coverage, **params)


class CorruptFileError(DamagedFileError):
    code = "corrupt_file"
    template = "The {format} file is damaged at byte {offset} (in its {part}) — nothing was saved."

    def __init__(
        self,
        *,
        file_format: str,
        offset: int,
        part: str,
        partial: tuple[ParsedActivity, ...] = (),
        lost: str | None = None,
        coverage: dict[str, float] | None = None,
    ) -> None:
        # part: "header" (a FIT file header), "data" (records), "xml" or "compression".
        super().__init__(
            partial=partial,
            lost=lost,
            coverage=coverage,
            format=file_format,
            offset=offset,
            part=part,
        )


class StorageQuotaError(IngestError):
    """The athlete's kept original files would pass their quota: nothing is saved."""

    code = "storage_quota"
    template = "Your stored files would pass the {limit_mb} MB limit ({used_mb} MB used)."

    def __init__(self, *, used_bytes: int, limit_bytes: int) -> None:
        super().__init__(
            used_bytes=used_bytes,
            limit_bytes=limit_bytes,
            used_mb=_mib(used_bytes),
            limit_mb=_mib(limit_bytes),
        )


class ArchiveError(IngestError):
    """Base of the errors about a .zip or .gz container itself."""


class CorruptArchiveError(ArchiveError):
    code = "corrupt_archive"
    template = "The {format} archive is damaged and could not be opened."

    def __init__(self, *, file_format: str) -> None:
        super().__init__(format=file_format)


class ArchiveTooLargeError(ArchiveError):
    """Zip-bomb guard: the bytes actually unpacked passed the limit (headers can lie)."""

    code = "archive_too_large"
    template = "Unpacked, the archive is larger than the {limit_mb} MB limit."

    def __init__(self, *, limit_bytes: int) -> None:
        super().__init__(limit_bytes=limit_bytes, limit_mb=_mib(limit_bytes))


class ArchiveRatioError(ArchiveTooLargeError):
    """Zip-bomb guard: the archive unpacks to far more than an activity export does."""

    code = "archive_ratio"
    template = "The archive unpacks to over {ratio} times its own size: not opened."

    def __init__(self, *, ratio: int) -> None:
        IngestError.__init__(self, ratio=ratio)


class TooManyMembersError(ArchiveError):
    code = "archive_too_many_files"
    template = "The archive holds {members} files; at most {limit} can be read at once."

    def __init__(self, *, members: int, limit: int) -> None:
        super().__init__(members=members, limit=limit)


class NestedArchiveError(ArchiveError):
    code = "nested_archive"
    template = "{file_name} is an archive inside an archive; unpack it first."

    def __init__(self, *, file_name: str) -> None:
        super().__init__(file_name=file_name)


class EncryptedMemberError(ArchiveError):
    code = "encrypted_member"
    template = "{file_name} is password-protected."

    def __init__(self, *, file_name: str) -> None:
        super().__init__(file_name=file_name)


class NothingUsableError(ArchiveError):
    """A zip in which no member gave an activity; ``members`` says why for each."""

    code = "archive_nothing_usable"
    template = "None of the {members} files in the archive is a readable activity."

    members: tuple[MemberResult, ...]

    def __init__(self, *, members: tuple[MemberResult, ...]) -> None:
        self.members = members
        super().__init__(members=len(members))
