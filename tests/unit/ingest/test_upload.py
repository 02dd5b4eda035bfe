"""What a file is (content first, name as a hint), limits, and input kinds."""

from __future__ import annotations

import hashlib
import io

import pytest

from bot.coach.ingest import (
    CorruptFileError,
    EmptyFileError,
    FileTooLargeError,
    Sport,
    TruncatedFileError,
    UnrecognisedFileError,
    UnsupportedFormatError,
    parse_upload,
)
from bot.coach.ingest.detect import xml_root_name
from tests.unit.ingest.reference import fixture_bytes

RUN = "garmin-fenix-5-run.fit"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


def test_empty_file():
    with pytest.raises(EmptyFileError) as caught:
        parse_upload("ride.fit", b"")
    assert caught.value.code == "empty_file"
    assert caught.value.message == "The file is empty."


def test_empty_stream():
    with pytest.raises(EmptyFileError):
        parse_upload("ride.fit", io.BytesIO())


@pytest.mark.parametrize(
    ("name", "data", "detected"),
    [
        ("photo.png", PNG, "png"),
        ("photo.fit", PNG, "png"),  # content wins over the name
        ("notes.txt", b"Ran 10 km today, felt great\n", "text"),
        ("export.csv", b"timestamp,heart_rate\n2020-01-01,140\n", "text"),
        ("page.html", b"<!DOCTYPE html><html><body>hi</body></html>", "xml"),
        ("blob.bin", bytes(range(256)) * 4, "binary"),
        ("scan.pdf", b"%PDF-1.7\n...", "pdf"),
    ],
)
def test_not_an_activity_file_says_what_it_looks_like(name: str, data: bytes, detected: str):
    with pytest.raises(UnrecognisedFileError) as caught:
        parse_upload(name, data)
    assert caught.value.code == "unrecognised_file"
    assert caught.value.params == {"file_name": name, "detected": detected}


@pytest.mark.parametrize(
    ("name", "data", "file_format"),
    [
        (
            "track.kml",
            b'<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"/>',
            "KML",
        ),
        ("track.kml", bytes(range(256)), "KML"),
        ("track.kmz", b"PK\x03\x04" + bytes(100), "KMZ"),
        ("ride.pwx", b'<?xml version="1.0"?><pwx version="1.0"></pwx>', "PWX"),
        ("ride.srm", b"SRM7" + bytes(100), "SRM"),
    ],
)
def test_unsupported_formats_are_named(name: str, data: bytes, file_format: str):
    with pytest.raises(UnsupportedFormatError) as caught:
        parse_upload(name, data)
    assert caught.value.code == "unsupported_format"
    assert caught.value.params["format"] == file_format


def test_binary_named_fit_without_signature_has_a_corrupt_header():
    data = bytearray(fixture_bytes(RUN))
    data[8:12] = b".GIT"
    with pytest.raises(CorruptFileError) as caught:
        parse_upload(RUN, bytes(data))
    assert caught.value.params == {
        "format": "fit", "offset": 0, "part": "header",
        "records_recovered": 0, "seconds_recovered": 0.0, "metres_recovered": 0,
        "lost": "everything",
    }  # fmt: skip
    assert not caught.value.salvageable


def test_a_few_bytes_named_fit_are_truncated():
    with pytest.raises(TruncatedFileError) as caught:
        parse_upload(RUN, fixture_bytes(RUN)[:7])
    assert caught.value.params["bytes_read"] == 7


def test_content_wins_over_the_name():
    (activity,) = parse_upload("run.gpx", fixture_bytes(RUN)).activities
    assert activity.sport is Sport.RUN
    assert activity.source_format == "fit"


def test_size_limit_for_bytes_and_streams():
    data = fixture_bytes(RUN)
    with pytest.raises(FileTooLargeError) as caught:
        parse_upload(RUN, data, max_bytes=5000)
    assert caught.value.code == "file_too_large"
    assert caught.value.params == {"size_bytes": 5597, "limit_bytes": 5000, "limit_mb": 0.0}
    with pytest.raises(FileTooLargeError):
        parse_upload(RUN, io.BytesIO(data), max_bytes=5000)
    parse_upload(RUN, data, max_bytes=5597)  # exactly at the limit is fine


class OneWayStream(io.RawIOBase):
    """A stream that cannot seek, like a socket or a pipe."""

    def __init__(self, data: bytes) -> None:
        self._inner = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self._inner.read(min(len(buffer), 1000))
        buffer[: len(chunk)] = chunk
        return len(chunk)


@pytest.mark.parametrize("kind", ["bytes", "seekable", "one-way", "offset"])
def test_bytes_and_streams_give_the_same_result(kind: str):
    data = fixture_bytes(RUN)
    source: bytes | io.IOBase
    if kind == "bytes":
        source = data
    elif kind == "seekable":
        source = io.BytesIO(data)
    elif kind == "one-way":
        source = io.BufferedReader(OneWayStream(data))
    else:
        source = io.BytesIO(b"junk" + data)
        source.seek(4)  # parsing starts where the stream is
    upload = parse_upload(RUN, source)  # type: ignore[arg-type]
    assert upload.sha256 == hashlib.sha256(data).hexdigest()
    assert upload.size_bytes == len(data)
    (activity,) = upload.activities
    assert activity.streams.length == 21
    assert activity.distance_m == 157.56


def test_stream_over_the_limit_stops_reading():
    raw = OneWayStream(bytes(50_000))
    with pytest.raises(FileTooLargeError) as caught:
        parse_upload("big.fit", raw, max_bytes=10_000)  # type: ignore[arg-type]
    assert caught.value.params["limit_bytes"] == 10_000
    assert caught.value.params["size_bytes"] == 10_001  # "more than the limit"
    assert len(raw.read()) == 50_000 - 10_001  # the rest was never consumed


@pytest.mark.parametrize(
    ("head", "root"),
    [
        (b'<?xml version="1.0"?>\n<gpx version="1.1">', "gpx"),
        (b"\xef\xbb\xbf<?xml version='1.0'?><!-- exported --><gpx/>", "gpx"),
        (
            b'<!DOCTYPE x [<!ENTITY a "b">]>\n<tcx:TrainingCenterDatabase>',
            "TrainingCenterDatabase",
        ),
        (b"<?xml version='1.0'?><?xml-stylesheet href='a'?>\n\n  <kml>", "kml"),
        ('<?xml version="1.0" encoding="UTF-16"?><gpx/>'.encode("utf-16"), "gpx"),
        (b"hello", None),
        (b"<", None),
        (b"<!-- never closed", None),
    ],
)
def test_xml_root_sniffing(head: bytes, root: str | None):
    assert xml_root_name(head) == root


def test_utf16_gpx_parses():
    text = (
        '<?xml version="1.0" encoding="UTF-16"?><gpx version="1.1" '
        'xmlns="http://www.topografix.com/GPX/1/1"><trk><type>hiking</type><trkseg>'
        '<trkpt lat="46.0" lon="14.0"><time>2024-05-01T07:00:00Z</time></trkpt>'
        '<trkpt lat="46.001" lon="14.0"><time>2024-05-01T07:01:00Z</time></trkpt>'
        "</trkseg></trk></gpx>"
    )
    (hike,) = parse_upload("hike.gpx", text.encode("utf-16")).activities
    assert hike.sport is Sport.HIKE
    assert hike.distance_m == pytest.approx(111.2, rel=0.01)


@pytest.mark.parametrize("encoding", ["ATF-8", "Shift_JIS", "UTF-32"])
def test_xml_in_an_encoding_we_cannot_read_is_corrupt(encoding: str):
    data = f'<?xml version="1.0" encoding="{encoding}"?><gpx><trk/></gpx>'.encode()
    with pytest.raises(CorruptFileError) as caught:
        parse_upload("walk.gpx", data)
    assert caught.value.params["part"] == "xml"
