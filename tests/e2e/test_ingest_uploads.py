"""Uploads through the real bot: a caption is read, one message per upload, a newer
damaged upload retires the older offer, a failed download says what failed, and the
Russian answers name FIT in capitals and speak Russian throughout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.activity_chat import (
    activities_of,
    athlete_id,
    plain,
    row_counts,
    translator,
    upload_all,
)
from tests.e2e.harness import TempoUnderTest
from tests.unit.ingest.synthetic import Leg, activity_fit
from tests.unit.ingest.test_device_files import summary_first_phone_file

pytestmark = pytest.mark.e2e


def run_file(tmp_path: Path, name: str, seconds: int = 600, *, cut: int = 0) -> Path:
    data = activity_fit([Leg("running", seconds, 3.0)])
    path = tmp_path / name
    path.write_bytes(data[: len(data) - cut])
    return path


async def test_a_caption_gives_the_rpe_and_the_note(tempo: TempoUnderTest, tmp_path: Path) -> None:
    ann = tempo.person("Ann")
    [card] = await upload_all(tempo, ann, run_file(tmp_path, "run.fit"),
                              caption="felt great, rpe 7")  # fmt: skip
    who = await athlete_id(tempo, ann)
    [activity] = await activities_of(tempo, who)
    assert (activity.fields.rpe, activity.fields.note) == (7, "felt great")
    assert activity.fields.load is not None  # no thresholds: session RPE scores it
    assert "RPE 7/10" in (card.text or "")
    assert not any(label == "1" for label in card.button_texts)  # not asked again


async def test_one_upload_is_one_message_with_the_rpe_on_the_card(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Ann")
    [card] = await upload_all(tempo, ann, run_file(tmp_path, "run.fit"))
    t = translator()
    assert plain(t("act-ask-rpe")) in (card.text or "")
    assert card.button_texts[:10] == [str(n) for n in range(1, 11)]
    assert plain(t("act-btn-delete")) in card.button_texts


async def test_a_newer_damaged_upload_retires_the_older_offer(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Ann")
    [older] = await upload_all(tempo, ann, run_file(tmp_path, "a.fit", cut=3))
    save = plain(translator()("upload-btn-save-part"))
    assert save in older.button_texts
    [newer] = await upload_all(tempo, ann, run_file(tmp_path, "b.fit", 900, cut=3))
    assert tempo.account.message(ann.user, older.message_id).inline_keyboard == []
    await ann.press(save, on=newer)
    who = await athlete_id(tempo, ann)
    [activity] = await activities_of(tempo, who)
    assert activity.fields.moving_s == pytest.approx(900, abs=1)


async def test_a_failed_download_says_what_failed(tempo: TempoUnderTest, tmp_path: Path) -> None:
    ann = tempo.person("Ann")
    tempo.emulator.fail_next(
        "getFile", 400,
        description="Bad Request: wrong file_id or the file is temporarily unavailable",
    )  # fmt: skip
    [reply] = await upload_all(tempo, ann, run_file(tmp_path, "run.fit"))
    text = reply.text or ""
    assert "20 MB" not in text
    assert "Telegram refused it (Bad Request: wrong file_id" in text
    assert await row_counts(tempo) == (0, 0)


async def test_russian_damage_reports_name_fit_and_speak_russian(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Аня", language_code="ru")
    data = bytearray(activity_fit([Leg("running", 600, 3.0)]))
    data[8:12] = b".GIT"  # a broken header
    broken = tmp_path / "run.fit"
    broken.write_bytes(bytes(data))
    [reply] = await upload_all(tempo, ann, broken)
    text = reply.text or ""
    assert "Файл FIT повреждён на байте 0 (часть: заголовок)" in text
    assert not re.search(r"\bfit\b|header", text)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["The device's summary is there (59:00, 12 km), but its records stop at "
                "minute 5 and 1,017 m."]),
        ("ru", ["Итоги устройства на месте (59:00, 12 км), но записи обрываются на 5-й "
                "минуте, на отметке 1\xa0017 м."]),
    ],
)  # fmt: skip
async def test_a_phone_file_cut_early_is_reported_as_it_is(
    tempo: TempoUnderTest, tmp_path: Path, language: str, words: list[str]
) -> None:
    ann = tempo.person("Ann", language_code=language)
    phone = tmp_path / "phone.fit"
    phone.write_bytes(summary_first_phone_file())
    [offer] = await upload_all(tempo, ann, phone)
    for text in words:
        assert text in (offer.text or "")
    assert plain(translator(language)("upload-btn-save-part")) in offer.button_texts


async def test_a_russian_triathlon_card_names_its_transitions(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Аня", language_code="ru")
    race = tmp_path / "race.fit"
    race.write_bytes(activity_fit([Leg("swimming", 300, 1.2), Leg("transition", 60, 1.0),
                                   Leg("running", 600, 3.0)]))  # fmt: skip
    [card] = await upload_all(tempo, ann, race)
    text = card.text or ""
    assert text.startswith("🏅 Мультиспорт")
    assert "🔁 Транзит" in text and "Тренировка" not in text
    assert "Оцените от 1 (очень легко) до 10 (максимум)" in text
