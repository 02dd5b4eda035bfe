"""Whatever bytes arrive, parse_upload answers with a result or an IngestError."""

from __future__ import annotations

import gzip

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.coach.ingest import IngestError, ParsedUpload, parse_upload
from tests.unit.ingest.reference import fixture_bytes
from tests.unit.ingest.synthetic import Leg, activity_fit

NAMES = st.sampled_from(
    ["ride.fit", "run.tcx", "walk.gpx", "export.zip", "ride.fit.gz", "notes.txt", "x", "a.kml"]
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SMALL_FIT = fixture_bytes("garmin-fenix-5-run.fit")
SMALL_TCX = fixture_bytes("cross-country-skiing_activity_1.tcx")[:20_000]
SMALL_GPX = fixture_bytes("cerknicko-without-times.gpx")
SYNTHETIC = activity_fit([Leg("running", 20, 3.0), Leg("cycling", 20, 8.0, power=200)])


def outcome(name: str, data: bytes) -> ParsedUpload | IngestError:
    try:
        return parse_upload(name, data)
    except IngestError as error:
        assert error.code and isinstance(error.message, str)
        return error


@FUZZ
@given(name=NAMES, data=st.binary(max_size=2000))
def test_random_bytes(name: str, data: bytes):
    outcome(name, data)


@FUZZ
@given(body=st.binary(max_size=3000), header_size=st.sampled_from([12, 14, 13, 255]))
def test_random_fit_bodies(body: bytes, header_size: int):
    header = bytes([header_size, 0x10]) + (2132).to_bytes(2, "little")
    header += len(body).to_bytes(4, "little") + b".FIT" + bytes(max(header_size - 12, 0))
    outcome("ride.fit", header + body)


def mutate(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    changed = bytearray(data)
    for position, value in edits:
        changed[position % len(changed)] = value
    return bytes(changed)


EDITS = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1,
                 max_size=8)  # fmt: skip


@FUZZ
@given(edits=EDITS, source=st.sampled_from([SMALL_FIT, SYNTHETIC]))
def test_mutated_fit_files(edits: list[tuple[int, int]], source: bytes):
    outcome("ride.fit", mutate(source, edits))


@FUZZ
@given(edits=EDITS, cut=st.integers(min_value=1, max_value=20_000))
def test_mutated_and_cut_xml(edits: list[tuple[int, int]], cut: int):
    outcome("ski.tcx", mutate(SMALL_TCX, edits)[:cut])
    outcome("walk.gpx", mutate(SMALL_GPX, edits)[:cut])


@FUZZ
@given(edits=EDITS)
def test_mutated_gzip(edits: list[tuple[int, int]]):
    outcome("ride.fit.gz", mutate(gzip.compress(SMALL_FIT), edits))
