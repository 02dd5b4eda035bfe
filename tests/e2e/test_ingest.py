"""Every file in shared/fixtures/activities through the real bot and the emulator.

Valid activities: stored once, with the device's own distance and timer time (within
1 %), the right sport, and NP within 3 % of the device's for the power files. Damaged
and wrong files: the specific answer for their error, and no rows at all. Then the
salvage of a truncated file, a track without timestamps, duplicates (the same file
bare, gzipped and zipped; the same workout from another file), multisport legs and the
chat action.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from bot.coach.ingest import IngestError, parse_upload
from bot.handlers.activity_render import error_text
from bot.handlers.onboarding.formatting import Formatter
from tests.conftest import FIXTURES
from tests.e2e.activity_chat import (
    activities_of,
    athlete_id,
    give_thresholds,
    plain,
    press_all,
    row_counts,
    send_all,
    texts,
    translator,
    upload_all,
)
from tests.e2e.harness import TempoUnderTest
from tests.unit.ingest.synthetic import Leg, activity_fit

pytestmark = pytest.mark.e2e


@dataclass(frozen=True)
class Valid:
    name: str
    sports: tuple[str, ...]  # one per stored activity, in file order


VALID = [
    Valid("Edge810-Vector-2013-08-16-15-35-10.fit", ("bike",)),
    Valid("sample-activity-indoor-trainer.fit", ("bike",)),
    Valid("garmin-edge-500-activity.fit", ("bike",)),
    Valid("garmin-fenix-5-bike.fit", ("bike",)),
    Valid("garmin-fenix-5-run.fit", ("run",)),
    Valid("activity-small-fenix2-run.fit", ("run",)),
    Valid("mapmyride_biking.tcx", ("bike",)),
    Valid("cross-country-skiing_activity_1.tcx", ("ski",)),
    # GPSBabel's GPX says no sport (stored as "other", the card asks); its second track
    # has no timestamps and is asked about separately.
    Valid("korita-zbevnica.gpx", ("other",)),
]
# Files that give no activity, with the error code each must be answered with.
REFUSED = {
    "activity-unexpected-eof.fit": "truncated_file",
    "activity-settings-corruptheader.fit": "corrupt_file",
    "MonitoringFile.fit": "not_an_activity",
    "WorkoutRepeatSteps.fit": "not_an_activity",
    "gpx_with_garmin_extension.gpx": "no_track",
    "SOURCES.md": "unrecognised_file",
    "garmin-edge-500-activity-records.csv": "unrecognised_file",
    "garmin-fenix-5-bike-records.csv": "unrecognised_file",
    "garmin-fenix-5-run-records.csv": "unrecognised_file",
}
UNTIMED = {"cerknicko-without-times.gpx"}
NP_FILES = {"Edge810-Vector-2013-08-16-15-35-10.fit", "sample-activity-indoor-trainer.fit"}


def test_every_fixture_file_is_covered() -> None:
    covered = {v.name for v in VALID} | set(REFUSED) | UNTIMED
    assert {p.name for p in FIXTURES.iterdir()} == covered


def expected_error_text(name: str) -> str:
    """The answer the bot must give, from the parser's own error and the catalog."""
    with pytest.raises(IngestError) as caught:
        parse_upload(name, (FIXTURES / name).read_bytes())
    t = translator()
    return plain(error_text(t, caught.value, Formatter(t)))


@pytest.mark.parametrize("valid", VALID, ids=lambda v: v.name)
async def test_a_valid_file_is_stored_with_the_devices_numbers(
    tempo: TempoUnderTest, valid: Valid
) -> None:
    ann = tempo.person("Ann")
    await send_all(tempo, ann, "/help")
    who = await give_thresholds(tempo, ann, ftp=250, lthr=165, hr_max=190, resting_hr=50,
                                run_threshold_pace=270)  # fmt: skip
    replies = await upload_all(tempo, ann, FIXTURES / valid.name)
    stored = await activities_of(tempo, who)
    assert [a.sport for a in stored] == list(valid.sports)
    assert tempo.account.chat_actions and tempo.account.chat_actions[0].action == "upload_document"
    parsed = [a for a in parse_upload(valid.name, (FIXTURES / valid.name).read_bytes()).activities
              if a.start_time is not None]  # fmt: skip
    for activity, source in zip(stored, parsed, strict=True):
        device = source.device_summary
        distance = device.distance_m if device and device.distance_m else source.distance_m
        timer = device.timer_s if device and device.timer_s else source.timer_s
        assert activity.fields.distance_m == pytest.approx(distance, rel=0.01, abs=1.0)
        assert activity.fields.moving_s == pytest.approx(timer, rel=0.01)
        assert activity.fields.file_index == source.file_index
        assert activity.file_id is not None
        if valid.name in NP_FILES:
            assert device is not None and device.normalized_power
            assert activity.fields.normalized_power == pytest.approx(
                device.normalized_power, rel=0.03
            )
            assert activity.fields.load is not None
            assert activity.fields.load.method == "power"
    # The card is the first reply; it names the sport and shows the load line.
    card = replies[0].text or ""
    assert plain(translator()(f"act-sport-{valid.sports[0]}")) in card
    assert "Load" in card or "No load yet" in card


@pytest.mark.parametrize("name", sorted(REFUSED))
async def test_a_damaged_or_wrong_file_gets_its_answer_and_leaves_nothing(
    tempo: TempoUnderTest, name: str
) -> None:
    ann = tempo.person("Ann")
    replies = await upload_all(tempo, ann, FIXTURES / name)
    assert texts(replies) == [expected_error_text(name)]
    assert await row_counts(tempo) == (0, 0)


def cut_run(tmp_path: Path, name: str = "cut.fit", seconds: int = 600) -> Path:
    """A 10-minute run whose last bytes (the closing messages and CRC) are missing."""
    path = tmp_path / name
    path.write_bytes(activity_fit([Leg("running", seconds, 3.0)])[:-3])
    return path


async def test_saving_the_intact_part_of_a_truncated_file(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Ann")
    [offer] = await upload_all(tempo, ann, cut_run(tmp_path))
    assert await row_counts(tempo) == (0, 0)
    await ann.press(plain(translator()("upload-btn-save-part")), on=offer)
    who = await athlete_id(tempo, ann)
    [activity] = await activities_of(tempo, who)
    assert activity.fields.moving_s == pytest.approx(600, abs=1)
    assert "truncated_salvaged" in activity.fields.warnings
    assert await row_counts(tempo) == (1, 1)
    # The button is gone, and a second tap (a stale token) changes nothing.
    assert tempo.account.message(ann.user, offer.message_id).inline_keyboard == []


async def test_declining_a_truncated_file_saves_nothing(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Ann")
    [offer] = await upload_all(tempo, ann, cut_run(tmp_path))
    await ann.press(plain(translator()("upload-btn-drop")), on=offer)
    assert tempo.account.message(ann.user, offer.message_id).text == plain(
        translator()("upload-dropped")
    )
    assert await row_counts(tempo) == (0, 0)


async def test_a_track_without_timestamps_asks_for_the_day_and_duration(
    tempo: TempoUnderTest,
) -> None:
    ann = tempo.person("Ann")
    [question] = await upload_all(tempo, ann, FIXTURES / "cerknicko-without-times.gpx")
    t = translator()
    assert plain(t("upload-btn-today")) in question.button_texts
    assert await row_counts(tempo) == (0, 0)
    await ann.press(plain(t("upload-btn-yesterday")), on=question)
    replies = await send_all(tempo, ann, "1h20")
    who = await athlete_id(tempo, ann)
    [activity] = await activities_of(tempo, who)
    yesterday = (tempo.clock.now() - timedelta(days=1)).date()
    assert activity.local_date == yesterday
    assert activity.fields.start_time is None
    assert activity.fields.moving_s == 4800
    assert activity.fields.distance_m == pytest.approx(4575, rel=0.01)
    assert "⏱ 1:20:00" in (replies[0].text or "")


async def test_a_track_without_timestamps_can_be_stored_without_time(
    tempo: TempoUnderTest,
) -> None:
    ann = tempo.person("Ann")
    [question] = await upload_all(tempo, ann, FIXTURES / "cerknicko-without-times.gpx")
    await send_all(tempo, ann, "12.12")
    t = translator()
    await ann.press(plain(t("upload-btn-no-duration")))
    who = await athlete_id(tempo, ann)
    [activity] = await activities_of(tempo, who)
    assert activity.fields.untimed and activity.fields.moving_s is None
    assert activity.local_date.month == 12 and activity.local_date.day == 12
    assert activity.fields.load is None


def zipped(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


async def test_the_same_file_again_bare_gzipped_or_zipped_is_stored_once(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Ann")
    source = FIXTURES / "garmin-fenix-5-run.fit"
    await upload_all(tempo, ann, source)
    data = source.read_bytes()
    gz = tmp_path / "run.fit.gz"
    gz.write_bytes(gzip.compress(data))
    archive = tmp_path / "export.zip"
    archive.write_bytes(zipped("run.fit", data))
    t = translator()
    for again in (source, gz, archive):
        [reply] = await upload_all(tempo, ann, again)
        assert plain(t("upload-duplicate-file", sport="Run", when="")).split(":")[0] in (
            reply.text or ""
        )
    assert await row_counts(tempo) == (1, 1)


async def test_the_same_workout_from_another_source_is_stored_once(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Ann")
    watch = tmp_path / "watch.fit"
    watch.write_bytes(activity_fit([Leg("running", 600, 3.0, heart_rate=140)]))
    phone = tmp_path / "phone.fit"  # another recorder: other bytes, same start and sport
    phone.write_bytes(activity_fit([Leg("running", 610, 2.9, heart_rate=150)]))
    await upload_all(tempo, ann, watch)
    [reply] = await upload_all(tempo, ann, phone)
    assert "another file or app" in (reply.text or "")
    assert await row_counts(tempo) == (1, 1)


async def test_a_triathlon_file_stores_linked_legs(tempo: TempoUnderTest, tmp_path: Path) -> None:
    ann = tempo.person("Ann")
    race = tmp_path / "triathlon.fit"
    race.write_bytes(
        activity_fit(
            [
                Leg("swimming", 300, 1.2, sub_sport="open_water"),
                Leg("transition", 60, 1.0),
                Leg("cycling", 900, 9.0, power=200),
                Leg("transition", 40, 1.0),
                Leg("running", 600, 3.5),
            ]
        )
    )
    [card] = await upload_all(tempo, ann, race)  # one upload, one message
    who = await athlete_id(tempo, ann)
    legs = await activities_of(tempo, who)
    assert [a.sport for a in legs] == ["swim", "other", "bike", "other", "run"]
    assert len({a.fields.multisport_group for a in legs}) == 1
    assert [a.fields.leg_index for a in legs] == [0, 1, 2, 3, 4]
    assert await row_counts(tempo) == (5, 1)
    text = card.text or ""
    assert text.startswith("🏅 Multisport")
    assert text.count("Transition") == 2 and "Workout" not in text
    # RPE buttons on the card itself, for the three legs that are workouts.
    assert card.button_texts[:10] == ["🏊 1", "2", "3", "4", "5", "🏊 6", "7", "8", "9", "10"]
    assert sum(label.startswith(("🏊", "🚴", "🏃")) for label in card.button_texts) == 6
    await press_all(tempo, ann, "🚴 6", on=card)
    legs = await activities_of(tempo, who)
    assert [a.fields.rpe for a in legs] == [None, None, 6, None, None]
    redrawn = tempo.account.message(ann.user, card.message_id)
    assert "🚴 6" not in redrawn.button_texts and "🏊 6" in redrawn.button_texts


async def test_a_zip_with_a_bad_member_stores_the_good_one_and_says_why(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Ann")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("run.fit", (FIXTURES / "garmin-fenix-5-run.fit").read_bytes())
        archive.writestr("daily.fit", (FIXTURES / "MonitoringFile.fit").read_bytes())
    export = tmp_path / "export.zip"
    export.write_bytes(buffer.getvalue())
    [card] = await upload_all(tempo, ann, export)  # the note leads the card
    assert card.text is not None and card.text.startswith("⚠️ daily.fit: This FIT file is a")
    assert any(entity.get("type") == "bold" for entity in card.entities)
    assert "Run" in card.text
    assert await row_counts(tempo) == (1, 1)


async def test_a_file_over_telegrams_download_limit_is_refused_before_fetching(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann = tempo.person("Ann")
    huge = tmp_path / "huge.fit"
    huge.write_bytes(b"\0" * (20 * 1024 * 1024 + 1))
    since = tempo.emulator.stats.requests["getFile"]
    [reply] = await upload_all(tempo, ann, huge)
    assert reply.text == plain(translator()("upload-error-telegram_too_big", limit_mb=20))
    assert tempo.emulator.stats.requests["getFile"] == since
    assert await row_counts(tempo) == (0, 0)


async def test_a_gpx_with_timed_and_saved_tracks_gets_one_answer(
    tempo: TempoUnderTest,
) -> None:
    """korita-zbevnica.gpx holds 4 tracks: the active log in two parts (one activity)
    and saved tracks without timestamps. One upload, one message: the card with the
    date question under it; answering it keeps the card and asks the duration apart."""
    ann = tempo.person("Ann")
    t = translator()
    [answer] = await upload_all(tempo, ann, FIXTURES / "korita-zbevnica.gpx")
    text = answer.text or ""
    assert plain(t("upload-btn-today")) in answer.button_texts
    assert "RPE" in text or any(b == "7" for b in answer.button_texts)
    who = await athlete_id(tempo, ann)
    [stored] = await activities_of(tempo, who)
    assert stored.fields.start_time is not None
    replies = await press_all(tempo, ann, plain(t("upload-btn-yesterday")), on=answer)
    card = tempo.account.message(ann.user, answer.message_id)
    assert card.text == text  # the card stays as it was
    assert plain(t("upload-btn-today")) not in card.button_texts
    assert [r.message_id for r in replies] != [answer.message_id]
    await send_all(tempo, ann, "1h")
    assert len(await activities_of(tempo, who)) == 2
