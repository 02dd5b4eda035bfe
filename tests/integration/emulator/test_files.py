"""Uploads, file_id reuse, getFile and downloads, in both directions."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import aiohttp
import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import BufferedInputFile, InputMediaPhoto, Message

from bot.sandbox.emulator import BotApiEmulator, EmulatedBot, FloodLimits, User, emulator_bot
from bot.sandbox.emulator import errors as api_errors
from bot.sandbox.emulator.files import image_size

FIT_BYTES = b"\x0e\x10\x43\x08" + b".FIT" + bytes(range(256)) * 4


def png(width: int, height: int) -> bytes:
    """A real (if tiny-content) PNG: signature, IHDR, one IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(autouse=True)
def ann_started(tempo: EmulatedBot, ann: User) -> None:
    tempo.user_sends_text(ann, "/start")


async def download(bot: Bot, file_id: str) -> bytes:
    file = await bot.get_file(file_id)
    assert file.file_path is not None
    buffer = io.BytesIO()
    await bot.download_file(file.file_path, destination=buffer)
    return buffer.getvalue()


async def test_a_bot_document_round_trips(bot: Bot, tempo: EmulatedBot, ann: User) -> None:
    sent = await bot.send_document(
        ann.id,
        BufferedInputFile(FIT_BYTES, filename="long_run.fit"),
        caption="Your <b>long run</b>",
    )

    assert sent.document is not None
    assert sent.document.file_name == "long_run.fit"
    assert sent.document.file_size == len(FIT_BYTES)
    assert sent.caption == "Your long run"
    assert await download(bot, sent.document.file_id) == FIT_BYTES
    stored = tempo.last_bot_message(ann)
    assert stored.document is not None and stored.document.content == FIT_BYTES


async def test_a_user_document_reaches_the_bot_and_downloads(
    bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    tempo.user_sends_document(ann, "tempo_ride.fit", FIT_BYTES, caption="today")

    updates = await bot.get_updates()

    message = updates[-1].message
    assert message is not None and message.document is not None
    assert (message.document.file_name, message.caption) == ("tempo_ride.fit", "today")
    assert await download(bot, message.document.file_id) == FIT_BYTES


async def test_a_file_id_can_be_sent_again(bot: Bot, ann: User) -> None:
    first = await bot.send_document(ann.id, BufferedInputFile(b"plan", filename="plan.txt"))
    assert first.document is not None

    again = await bot.send_document(ann.id, first.document.file_id)

    assert again.document is not None
    assert again.document.file_unique_id == first.document.file_unique_id
    assert first.document.mime_type == "text/plain"


async def test_a_photo_is_checked_and_measured(bot: Bot, tempo: EmulatedBot, ann: User) -> None:
    chart = png(640, 480)

    sent = await bot.send_photo(ann.id, BufferedInputFile(chart, filename="pmc.png"))
    with pytest.raises(TelegramBadRequest) as not_an_image:
        await bot.send_photo(ann.id, BufferedInputFile(b"<svg/>", filename="pmc.svg"))
    with pytest.raises(TelegramBadRequest) as too_thin:
        await bot.send_photo(ann.id, BufferedInputFile(png(2100, 100), filename="bar.png"))

    assert sent.photo is not None and (sent.photo[-1].width, sent.photo[-1].height) == (640, 480)
    assert await download(bot, sent.photo[-1].file_id) == chart
    assert not_an_image.value.message == api_errors.IMAGE_PROCESS_FAILED
    assert too_thin.value.message == api_errors.PHOTO_INVALID_DIMENSIONS


async def test_captions_stop_at_1024(bot: Bot, ann: User) -> None:
    chart = BufferedInputFile(png(10, 10), filename="c.png")

    await bot.send_photo(ann.id, chart, caption="c" * 1024)
    with pytest.raises(TelegramBadRequest) as refused:
        await bot.send_photo(ann.id, chart, caption="c" * 1025)

    assert refused.value.message == api_errors.CAPTION_TOO_LONG


async def test_what_file_references_are_refused(
    emu: BotApiEmulator, bot: Bot, tempo: EmulatedBot, ann: User
) -> None:
    document = await bot.send_document(ann.id, BufferedInputFile(b"x", filename="x.txt"))
    assert document.document is not None
    other = emu.add_bot("654321:OTHER", "other_bot")
    other_bot = emulator_bot(emu.api_server, other.token)

    with pytest.raises(TelegramBadRequest) as by_url:
        await bot.send_photo(ann.id, "https://example.com/chart.png")
    with pytest.raises(TelegramBadRequest) as wrong_kind:
        await bot.send_photo(ann.id, document.document.file_id)
    with pytest.raises(TelegramBadRequest) as foreign:
        await other_bot.get_file(document.document.file_id)
    with pytest.raises(TelegramBadRequest) as empty:
        await bot.send_document(ann.id, BufferedInputFile(b"", filename="empty.fit"))
    await other_bot.session.close()

    assert by_url.value.message == api_errors.HTTP_URL_CONTENT
    assert wrong_kind.value.message == api_errors.FILE_TYPE_MISMATCH
    assert foreign.value.message == api_errors.INVALID_FILE_ID  # file ids are per bot
    assert empty.value.message == api_errors.FILE_EMPTY


async def test_an_unknown_download_path_is_404(
    emu: BotApiEmulator, tempo: EmulatedBot, http: aiohttp.ClientSession
) -> None:
    url = f"{emu.base_url}/file/bot{tempo.token}/documents/nothing.fit"
    async with http.get(url) as response:
        body = await response.json()

    assert response.status == 404
    assert body == {"ok": False, "error_code": 404, "description": "Not Found"}


def test_files_can_live_on_disk(tmp_path: Path) -> None:
    # No server needed: a user's upload goes straight into the store.
    emu = BotApiEmulator(limits=FloodLimits.off(), data_dir=tmp_path)
    tempo = emu.add_bot("42:DISK", "disk_bot")
    message = tempo.user_sends_document(emu.add_user("Ann"), "a.fit", FIT_BYTES)

    assert message.document is not None
    assert message.document.content == FIT_BYTES
    assert list(tmp_path.iterdir()) == [tmp_path / message.document.file_unique_id]


def test_image_sizes_are_read_from_headers() -> None:
    jpeg = (
        b"\xff\xd8"
        + b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + b"\xff\xc0\x00\x11\x08\x01\xe0\x02\x80\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    )
    gif = b"GIF89a" + struct.pack("<HH", 320, 200) + b"\x00" * 8

    assert image_size(png(7, 3)) == (7, 3)
    assert image_size(jpeg) == (640, 480)
    assert image_size(gif) == (320, 200)
    assert image_size(b"%PDF-1.7") is None


async def test_a_photo_is_replaced_in_place(bot: Bot, tempo: EmulatedBot, ann: User) -> None:
    first, second = png(640, 480), png(800, 600)
    sent = await bot.send_photo(ann.id, BufferedInputFile(first, filename="6w.png"), caption="6w")

    edited = await bot.edit_message_media(
        media=InputMediaPhoto(
            media=BufferedInputFile(second, filename="3m.png"), caption="<b>3 months</b>"
        ),
        chat_id=ann.id,
        message_id=sent.message_id,
    )

    assert isinstance(edited, Message) and edited.message_id == sent.message_id
    assert edited.photo is not None
    assert (edited.photo[-1].width, edited.photo[-1].height) == (800, 600)
    assert await download(bot, edited.photo[-1].file_id) == second
    shown = tempo.last_bot_message(ann)
    assert shown.caption == "3 months" and shown.edit_count == 1
    assert shown.photo is not None and shown.photo.content == second


async def test_what_a_media_edit_refuses(bot: Bot, ann: User) -> None:
    text = await bot.send_message(ann.id, "numbers")
    photo = await bot.send_photo(ann.id, BufferedInputFile(png(64, 64), filename="a.png"))
    new = InputMediaPhoto(media=BufferedInputFile(png(64, 64), filename="b.png"))

    with pytest.raises(TelegramBadRequest, match="no media in the message"):
        await bot.edit_message_media(media=new, chat_id=ann.id, message_id=text.message_id)
    with pytest.raises(TelegramBadRequest, match="IMAGE_PROCESS_FAILED"):
        await bot.edit_message_media(
            media=InputMediaPhoto(media=BufferedInputFile(b"<svg/>", filename="c.svg")),
            chat_id=ann.id,
            message_id=photo.message_id,
        )
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_media(media=new, chat_id=ann.id, message_id=9999)
