"""The compiled decoder's fast path gives exactly what fitdecode gives, on every FIT
fixture it accepts; every file it refuses takes the fitdecode path unchanged."""

from __future__ import annotations

import gzip
import hashlib
import io
from dataclasses import fields

import numpy as np
import pytest

from bot.coach.ingest import IngestError, ParsedActivity, fast_fit
from bot.coach.ingest.archive import open_gzip
from bot.coach.ingest.fit import parse_fit
from bot.coach.ingest.source import PlainPayload, SourceTruncatedError, UnpackBudget
from tests.conftest import FIXTURES
from tests.unit.ingest.synthetic import Leg, activity_fit
from tests.unit.ingest.test_device_files import multisport_file, relative_file

FIT_FIXTURES = sorted(p.name for p in FIXTURES.iterdir() if p.suffix == ".fit")
# Whole files whose CRC matches: the fast path takes them (the monitoring and
# workout files too, and refuses them as not activities, as fitdecode's path does).
# The Edge 810 and indoor-trainer files carry a wrong CRC, the other two are cut or
# have a corrupt second header: fitdecode reads those.
FAST = {
    "MonitoringFile.fit",
    "WorkoutRepeatSteps.fit",
    "activity-small-fenix2-run.fit",
    "garmin-edge-500-activity.fit",
    "garmin-fenix-5-bike.fit",
    "garmin-fenix-5-run.fit",
}


def payload(name: str, data: bytes) -> PlainPayload:
    return PlainPayload(
        name=name,
        stream=io.BytesIO(data),
        head=data[:65536],
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )


def parse(name: str, data: bytes, *, fast: bool) -> tuple[ParsedActivity, ...] | IngestError:
    try:
        return parse_fit(payload(name, data), fast=fast)
    except IngestError as error:
        return error


def assert_same(ours: ParsedActivity, theirs: ParsedActivity) -> None:
    for spec in fields(ParsedActivity):
        if spec.name == "streams":
            continue
        assert getattr(ours, spec.name) == getattr(theirs, spec.name), spec.name
    assert ours.streams.length == theirs.streams.length
    for name in ("time", "heart_rate", "power", "speed", "cadence", "altitude",
                 "distance", "lat", "lon"):  # fmt: skip
        mine, other = getattr(ours.streams, name), getattr(theirs.streams, name)
        assert (mine is None) == (other is None), name
        if mine is not None:
            np.testing.assert_array_equal(mine, other, err_msg=name)  # NaN == NaN here


def test_every_fit_fixture_is_considered() -> None:
    assert set(FIT_FIXTURES) >= FAST


@pytest.mark.parametrize("name", FIT_FIXTURES)
def test_fast_path_records_are_identical_to_fitdecodes(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    taken = isinstance(fast_fit.decode(payload(name, data)), fast_fit.Decoded)
    assert taken == (name in FAST)
    fast, slow = parse(name, data, fast=True), parse(name, data, fast=False)
    if isinstance(slow, IngestError):
        # Refused files (damaged, not an activity): the same error, the same words.
        assert isinstance(fast, IngestError)
        assert (fast.code, fast.params) == (slow.code, slow.params)
        return
    assert not isinstance(fast, IngestError)
    assert len(fast) == len(slow)
    for ours, theirs in zip(fast, slow, strict=True):
        assert_same(ours, theirs)


def test_a_bad_crc_is_refused_by_the_fast_path_and_read_with_a_warning() -> None:
    data = activity_fit([Leg("running", 200, 3.0)], bad_crc=True)
    assert isinstance(fast_fit.decode(payload("run.fit", data)), fast_fit.Refused)
    (activity,) = parse_fit(payload("run.fit", data))
    assert activity.warnings == ("crc_mismatch",)
    assert activity.streams.length == 200


SYNTHETIC = {
    "triathlon": activity_fit(
        [Leg("swimming", 60, 1.2), Leg("transition", 20, 1.0), Leg("cycling", 120, 9.0, power=200)]
    ),  # fmt: skip
    "power-on times, correlated": relative_file(correlation=True),
    "power-on times": relative_file(correlation=False),
    "legs with early records": multisport_file(early_s=270, backwards_in_leg=1),
}


@pytest.mark.parametrize("name", sorted(SYNTHETIC))
def test_synthetic_files_come_out_the_same_on_both_paths(name: str) -> None:
    data = SYNTHETIC[name]
    assert isinstance(fast_fit.decode(payload(name, data)), fast_fit.Decoded)
    fast, slow = parse(name, data, fast=True), parse(name, data, fast=False)
    assert not isinstance(fast, IngestError) and not isinstance(slow, IngestError)
    assert len(fast) == len(slow)
    for ours, theirs in zip(fast, slow, strict=True):
        assert_same(ours, theirs)


def test_a_stream_the_fast_path_does_not_take_is_left_where_it_was() -> None:
    data = activity_fit([Leg("running", 30, 3.0)], bad_crc=True)
    source = payload("run.fit", data)
    refused = fast_fit.decode(source)
    assert isinstance(refused, fast_fit.Refused)
    assert refused.stream is source.stream
    assert source.stream.tell() == 0


def test_a_gzipped_file_takes_the_fast_path_and_a_cut_gzip_takes_fitdecode() -> None:
    data = (FIXTURES / "garmin-edge-500-activity.fit").read_bytes()
    packed = gzip.compress(data)
    whole = open_gzip(io.BytesIO(packed), "run.fit.gz", UnpackBudget(10_000_000))
    assert isinstance(fast_fit.decode(whole), fast_fit.Decoded)
    cut = open_gzip(io.BytesIO(packed[: len(packed) // 2]), "run.fit.gz", UnpackBudget(10**7))
    refused = fast_fit.decode(cut)
    assert isinstance(refused, fast_fit.Refused)
    # The replay holds every byte unpacked before the damage, then the damage itself.
    replayed = b""
    with pytest.raises(SourceTruncatedError):  # noqa: PT012 - read up to the damage
        while piece := refused.stream.read1(65536):  # type: ignore[attr-defined]
            replayed += piece
    assert replayed == data[: len(replayed)] and len(replayed) > len(data) // 3
    # And the salvage is what fitdecode alone makes of the same cut gzip.
    errors = []
    for fast in (True, False):
        cut = open_gzip(io.BytesIO(packed[: len(packed) // 2]), "run.fit.gz", UnpackBudget(10**7))
        with pytest.raises(IngestError) as caught:
            parse_fit(cut, fast=fast)
        errors.append((caught.value.code, caught.value.params))
    assert errors[0] == errors[1]
    assert errors[0][1]["records_recovered"] > 3000
