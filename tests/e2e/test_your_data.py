"""/export and /delete through the real bot and the emulator."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.storage.models import ActivityRow, AthleteRow
from tests.e2e.activity_chat import plain, press_all, send_all, translator, upload_all
from tests.e2e.harness import TempoUnderTest
from tests.unit.ingest.synthetic import Leg, activity_fit

pytestmark = pytest.mark.e2e
EN = translator("en")
RU = translator("ru")


async def test_export_sends_a_zip_with_the_readme_and_the_original_file(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Ann")
    original = activity_fit([Leg("running", 900, 3.2, heart_rate=150)])
    path = tmp_path / "morning.fit"
    path.write_bytes(original)
    await upload_all(tempo, ann, path)

    [reply] = await send_all(tempo, ann, "/export")

    assert reply.document is not None
    assert reply.caption == plain(EN("export-caption"))
    assert reply.document.file_name is not None
    assert reply.document.file_name.startswith("tempo-export-")
    archive = zipfile.ZipFile(io.BytesIO(reply.document.content))
    assert "README.txt" in archive.namelist()
    originals = [n for n in archive.namelist() if n.startswith("activities/originals/")]
    assert [archive.read(n) for n in originals] == [original]
    assert originals[0].endswith("-morning.fit")
    assert tempo.account.chat_actions[-1].action == "upload_document"


async def test_delete_asks_twice_then_erases_everything(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Ann", language_code="ru")
    path = tmp_path / "ride.fit"
    path.write_bytes(activity_fit([Leg("cycling", 1200, 8.0)]))
    await upload_all(tempo, ann, path)
    [ask] = await send_all(tempo, ann, "/delete")
    assert ask.text == plain(RU("delete-ask-first"))

    await press_all(tempo, ann, plain(RU("delete-btn-first")), on=ask)
    final = tempo.account.message(ann.user, ask.message_id)
    assert final.text == plain(RU("delete-ask-final"))
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(ActivityRow)) == 1

    await press_all(tempo, ann, plain(RU("delete-btn-final")), on=final)

    done = tempo.account.message(ann.user, ask.message_id)
    assert done.text == plain(RU("delete-done"))
    assert done.inline_keyboard == []
    async with tempo.app.session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(ActivityRow)) == 0
        # The settle /help after the tap is a new first contact: a fresh account.
        rows = (await session.execute(select(AthleteRow.id, AthleteRow.telegram_id))).all()
    assert len(rows) == 1


async def test_keeping_the_data_deletes_nothing(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    await send_all(tempo, ann, "/help")
    [ask] = await send_all(tempo, ann, "/delete")

    await press_all(tempo, ann, plain(EN("delete-btn-keep")), on=ask)

    assert tempo.account.message(ann.user, ask.message_id).text == plain(EN("delete-kept"))
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(AthleteRow)) == 1


async def test_a_delete_button_from_before_the_erasure_deletes_nothing_new(
    tempo: TempoUnderTest,
) -> None:
    ann = tempo.person("Ann")
    [older] = await send_all(tempo, ann, "/delete")
    [ask] = await send_all(tempo, ann, "/delete")
    await press_all(tempo, ann, plain(EN("delete-btn-first")), on=ask)
    await press_all(tempo, ann, plain(EN("delete-btn-final")), on=ask)
    await send_all(tempo, ann, "/help")  # a fresh start

    await ann.press(plain(EN("delete-btn-first")), on=older)

    answer = tempo.account.callback_answers[-1]
    assert answer.text == plain(EN("delete-stale")) and answer.show_alert
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(AthleteRow)) == 1
