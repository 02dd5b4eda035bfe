"""The file store behind file_id, getFile and downloads, and photo checks.

Bytes live in memory, or under ``data_dir`` when one is given (the benchmark sends
many charts). File ids are per bot, as in Telegram: a bot cannot use another bot's
file_id.
"""

from __future__ import annotations

import mimetypes
import struct
from itertools import count
from pathlib import Path

from bot.sandbox.emulator.models import FileKind, StoredFile

# Bot API limits (https://core.telegram.org/bots/api#sending-files): uploads of photos
# up to 10 MB and other files up to 50 MB; bots download files up to 20 MB.
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024

_FOLDERS: dict[FileKind, str] = {
    "photo": "photos",
    "document": "documents",
    "sticker": "stickers",
    "voice": "voice",
}
# The first characters of real file ids tell their type apart; kept for realism.
_PREFIXES: dict[FileKind, str] = {
    "photo": "AgAC",
    "document": "BQAC",
    "sticker": "CAAC",
    "voice": "AwAC",
}


class FileStore:
    def __init__(self, data_dir: Path | None = None) -> None:
        self._data_dir = data_dir
        if data_dir is not None:
            data_dir.mkdir(parents=True, exist_ok=True)
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}
        self._numbers = count(1)

    def add(
        self,
        *,
        kind: FileKind,
        content: bytes,
        owner_bot_id: int,
        file_name: str | None = None,
        mime_type: str | None = None,
        width: int | None = None,
        height: int | None = None,
        duration: int | None = None,
        emoji: str | None = None,
    ) -> StoredFile:
        number = next(self._numbers)
        unique_id = f"AQAD{number:06d}"
        extension = Path(file_name).suffix if file_name else _default_extension(kind)
        disk_path = None if self._data_dir is None else self._data_dir / unique_id
        if disk_path is not None:
            disk_path.write_bytes(content)
        stored = StoredFile(
            file_id=f"{_PREFIXES[kind]}{owner_bot_id}x{number:06d}",
            file_unique_id=unique_id,
            kind=kind,
            owner_bot_id=owner_bot_id,
            size=len(content),
            file_path=f"{_FOLDERS[kind]}/file_{number}{extension}",
            file_name=file_name,
            mime_type=mime_type,
            width=width,
            height=height,
            duration=duration,
            emoji=emoji,
            _data=content if disk_path is None else None,
            _disk_path=disk_path,
        )
        self._by_id[stored.file_id] = stored
        self._by_path[stored.file_path] = stored
        return stored

    def get(self, file_id: str, *, bot_id: int) -> StoredFile | None:
        stored = self._by_id.get(file_id)
        return stored if stored is not None and stored.owner_bot_id == bot_id else None

    def by_path(self, file_path: str, *, bot_id: int) -> StoredFile | None:
        stored = self._by_path.get(file_path)
        return stored if stored is not None and stored.owner_bot_id == bot_id else None


def _default_extension(kind: FileKind) -> str:
    return {"photo": ".jpg", "document": "", "sticker": ".webp", "voice": ".oga"}[kind]


def guess_mime_type(file_name: str, declared: str | None) -> str:
    """Telegram names the type from the file name; an explicit part type is a fallback."""
    guessed, _ = mimetypes.guess_type(file_name)
    if guessed:
        return guessed
    if declared and declared != "application/octet-stream":
        return declared
    return "application/octet-stream"


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF or JPEG; ``None`` when it is none of those.

    Telegram decodes every uploaded photo and answers IMAGE_PROCESS_FAILED otherwise,
    so a chart rendered to the wrong format fails here as it would in production.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


# Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    index = 2
    while index + 9 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        (segment_length,) = struct.unpack(">H", data[index + 2 : index + 4])
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return int(width), int(height)
        index += 2 + segment_length
    return None
