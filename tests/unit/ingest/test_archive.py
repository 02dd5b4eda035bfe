"""Zip and gzip uploads: several files at once, Strava's .gz exports, bomb guards."""

from __future__ import annotations

import gzip
import hashlib
import io
import zipfile

import pytest

from bot.coach.ingest import (
    ArchiveRatioError,
    ArchiveTooLargeError,
    CorruptArchiveError,
    EncryptedMemberError,
    NestedArchiveError,
    NothingUsableError,
    Sport,
    TooManyMembersError,
    TruncatedFileError,
    UnrecognisedFileError,
    parse_upload,
)
from tests.unit.ingest.reference import fixture_bytes

RUN = "garmin-fenix-5-run.fit"
SKI = "cross-country-skiing_activity_1.tcx"
WALK = "cerknicko-without-times.gpx"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)


def make_zip(members: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_of_several_files_gives_each_activity_and_each_failure():
    data = make_zip({
        "export/": b"",
        f"export/{RUN}": fixture_bytes(RUN),
        f"export/{SKI}": fixture_bytes(SKI),
        f"export/{WALK}": fixture_bytes(WALK),
        "export/photo.png": PNG,
        "__MACOSX/export/._run.fit": b"\x00\x05\x16\x07",
        "export/.DS_Store": b"junk",
    })  # fmt: skip
    upload = parse_upload("export.zip", data)
    assert upload.container == "zip"
    assert upload.sha256 == hashlib.sha256(data).hexdigest()
    assert [m.name for m in upload.members] == [
        f"export/{RUN}", f"export/{SKI}", f"export/{WALK}", "export/photo.png",
    ]  # fmt: skip
    assert [a.sport for a in upload.activities] == [Sport.RUN, Sport.SKI, Sport.OTHER]
    png = upload.members[3]
    assert png.activities == ()
    assert isinstance(png.error, UnrecognisedFileError)
    assert png.error.params["detected"] == "png"
    # Each activity carries the hash of its own file, as if uploaded bare.
    run = upload.activities[0]
    assert run.sha256 == hashlib.sha256(fixture_bytes(RUN)).hexdigest()
    assert run.distance_m == 157.56


@pytest.mark.parametrize("name", [RUN, SKI, WALK])
def test_gzipped_files_parse_like_the_bare_file(name: str):
    bare = parse_upload(name, fixture_bytes(name))
    packed = gzip.compress(fixture_bytes(name))
    upload = parse_upload(name + ".gz", packed)
    assert upload.container == "gzip"
    assert upload.sha256 == hashlib.sha256(packed).hexdigest()
    assert upload.size_bytes == len(packed)
    assert len(upload.activities) == len(bare.activities)
    for ours, reference in zip(upload.activities, bare.activities, strict=True):
        assert ours.sha256 == reference.sha256 == hashlib.sha256(fixture_bytes(name)).hexdigest()
        assert (ours.sport, ours.distance_m, ours.timer_s) == (
            reference.sport, reference.distance_m, reference.timer_s,
        )  # fmt: skip
        assert ours.streams.length == reference.streams.length


def test_strava_bulk_export_layout():
    # Strava's export: activities/<id>.fit.gz and .gpx next to activities.csv.
    data = make_zip({
        "activities.csv": b"Activity ID,Activity Date\n1,2017\n",
        "activities/1001.fit.gz": gzip.compress(fixture_bytes(RUN)),
        "activities/1002.gpx": fixture_bytes(WALK),
    })  # fmt: skip
    upload = parse_upload("export_123.zip", data)
    assert [a.source_format for a in upload.activities] == ["fit", "gpx"]
    assert isinstance(upload.members[0].error, UnrecognisedFileError)


def test_zip_with_nothing_usable_explains_every_member():
    data = make_zip({"a.png": PNG, "b.txt": b"hello", "inner.zip": make_zip({RUN: b"x"})})
    with pytest.raises(NothingUsableError) as caught:
        parse_upload("stuff.zip", data)
    error = caught.value
    assert error.code == "archive_nothing_usable"
    assert error.params == {"members": 3}
    codes = [m.error.code for m in error.members if m.error is not None]
    assert codes == ["unrecognised_file", "unrecognised_file", "nested_archive"]


def test_empty_zip():
    with pytest.raises(NothingUsableError) as caught:
        parse_upload("empty.zip", make_zip({}))
    assert caught.value.params == {"members": 0}


def test_zip_bomb_declared_size_is_refused_before_unpacking():
    data = make_zip({"zeros.fit": bytes(3_000_000)})
    assert len(data) < 10_000
    with pytest.raises(ArchiveTooLargeError) as caught:
        parse_upload("bomb.zip", data, max_uncompressed_bytes=1_000_000)
    assert caught.value.code == "archive_too_large"
    assert caught.value.params["limit_bytes"] == 1_000_000


def test_gzip_bomb_is_stopped_by_the_bytes_actually_unpacked():
    # gzip declares no size up front (only a mod-2^32 size at the very end).
    payload = fixture_bytes(RUN)[:12] + bytes(5_000_000)
    data = gzip.compress(payload)
    with pytest.raises(ArchiveTooLargeError):
        parse_upload("bomb.fit.gz", data, max_uncompressed_bytes=1_000_000)


def zip_bomb(unpacked: int) -> bytes:
    """One member of ``unpacked`` zero bytes, written in pieces, deflated ~1000x."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("ride.fit", "w") as member,
    ):
        for _ in range(unpacked // (1024 * 1024)):
            member.write(bytes(1024 * 1024))
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_by_its_ratio():
    data = zip_bomb(40 * 1024 * 1024)
    assert len(data) < 100_000  # 40 MB in under 100 kB: over 400 times
    with pytest.raises(ArchiveRatioError) as caught:
        parse_upload("bomb.zip", data)  # well under the 200 MB unpacked-size limit
    assert caught.value.code == "archive_ratio"
    assert caught.value.params == {"ratio": 100}


def test_a_gzip_bomb_is_refused_by_its_ratio():
    data = gzip.compress(fixture_bytes(RUN)[:12] + bytes(40 * 1024 * 1024))
    with pytest.raises(ArchiveRatioError):
        parse_upload("bomb.fit.gz", data)


def test_an_export_that_packs_well_is_not_a_bomb():
    # A GPX track packs 20-30 times: under the ratio, and tiny files never count.
    data = gzip.compress(fixture_bytes("korita-zbevnica.gpx"))
    assert parse_upload("track.gpx.gz", data).activities


def test_gzip_inside_zip_counts_against_the_same_budget():
    # Each member must really be unpacked to the end: a GPX padded with spaces.
    padded = b'<?xml version="1.0"?><gpx>' + b" " * 400_000 + b"</gpx>"
    data = make_zip({f"{n}.gpx.gz": gzip.compress(padded) for n in range(4)})
    with pytest.raises(ArchiveTooLargeError):
        parse_upload("bombs.zip", data, max_uncompressed_bytes=1_000_000)


def test_member_count_limit():
    data = make_zip({f"{n}.txt": b"x" for n in range(5)})
    with pytest.raises(TooManyMembersError) as caught:
        parse_upload("many.zip", data, max_members=3)
    assert caught.value.params == {"members": 5, "limit": 3}


def test_nested_gzip_is_refused():
    with pytest.raises(NestedArchiveError):
        parse_upload("twice.fit.gz", gzip.compress(gzip.compress(fixture_bytes(RUN))))


def test_corrupt_zip_and_gzip():
    with pytest.raises(CorruptArchiveError) as caught:
        parse_upload("broken.zip", b"PK\x03\x04" + bytes(range(200)))
    assert caught.value.params == {"format": "zip"}
    with pytest.raises(CorruptArchiveError) as caught:
        parse_upload("broken.fit.gz", b"\x1f\x8b\x08\x00" + bytes(range(200)))
    assert caught.value.params == {"format": "gzip"}


def test_truncated_gzip_of_a_fit_file_offers_what_unpacked():
    name = "garmin-edge-500-activity.fit"
    packed = gzip.compress(fixture_bytes(name))
    with pytest.raises(TruncatedFileError) as caught:
        parse_upload(name + ".gz", packed[: len(packed) // 2])
    (partial,) = caught.value.partial
    assert caught.value.params["format"] == "fit"
    assert 1000 < partial.streams.length < 10686


def test_encrypted_member_is_reported():
    data = bytearray(make_zip({"secret.fit": b"not really encrypted", RUN: fixture_bytes(RUN)}))
    # Set the "encrypted" flag of the first member, as an encrypting archiver does, in
    # its local header (flags at +6) and its central directory entry (flags at +8).
    data[6] |= 0x1
    data[data.index(b"PK\x01\x02") + 8] |= 0x1
    upload = parse_upload("mixed.zip", bytes(data))
    assert isinstance(upload.members[0].error, EncryptedMemberError)
    assert len(upload.activities) == 1


def test_stored_members_and_a_zip_in_a_stream():
    data = make_zip({RUN: fixture_bytes(RUN)}, method=zipfile.ZIP_STORED)
    (activity,) = parse_upload("run.zip", io.BytesIO(data)).activities
    assert activity.streams.length == 21


def test_zip_member_with_a_bad_crc_is_a_member_error():
    data = bytearray(make_zip({RUN: fixture_bytes(RUN), SKI: fixture_bytes(SKI)},
                              method=zipfile.ZIP_STORED))  # fmt: skip
    start = data.index(fixture_bytes(RUN)[:64])
    data[start + 3000] ^= 0xFF  # inside the stored FIT bytes: zip CRC (and FIT CRC) break
    upload = parse_upload("damaged.zip", bytes(data))
    assert upload.members[0].error is not None
    assert upload.members[0].error.code in ("corrupt_file", "corrupt_archive")
    assert [a.sport for a in upload.activities] == [Sport.SKI]
