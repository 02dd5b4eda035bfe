"""The check-in in pure code: buttons onto the 1–5 scales (1 = best), flags, typed
HRV / resting HR / sleep, and their refusals."""

from __future__ import annotations

from datetime import date

import pytest

from bot.coach.ingest.checkin import (
    SCALES,
    CheckinInputError,
    Measurements,
    answer,
    parse_measurements,
    with_measurements,
)
from bot.coach.science import WellnessDay
from bot.domain.wellness import WellnessFields


@pytest.mark.parametrize("question", SCALES)
@pytest.mark.parametrize("score", [1, 2, 3, 4, 5])
def test_a_button_is_stored_on_the_science_scale(question: str, score: int) -> None:
    fields = answer(WellnessFields(), question, str(score))
    assert getattr(fields, question) == score
    # The science core accepts it, with the same meaning: 1 = best.
    WellnessDay(day=date(2026, 1, 1), **{question: score})


def test_sleep_hours_and_flags() -> None:
    fields = answer(WellnessFields(), "sleep_hours", "7")
    assert fields.sleep_hours == 7.0
    ill = answer(fields, "illness", "")
    assert ill.illness is True and answer(ill, "illness", "").illness is False
    assert answer(fields, "injury", "").injury is True


@pytest.mark.parametrize(
    ("question", "value"), [("mood", "6"), ("mood", "0"), ("sleep_hours", "7.3"), ("nope", "1")]
)
def test_impossible_answers_are_refused(question: str, value: str) -> None:
    with pytest.raises(CheckinInputError):
        answer(WellnessFields(), question, value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hrv 62 rhr 48", Measurements(62, 48)),
        ("HRV: 62, RHR: 48", Measurements(62, 48)),
        ("62 48", Measurements(62, 48)),
        ("62", Measurements(62)),
        ("rhr 51", Measurements(resting_hr_bpm=51)),
        ("вср 70 пульс 45", Measurements(70, 45)),
        ("sleep 7.5", Measurements(sleep_hours=7.5)),
        ("сон 6,5 вср 55", Measurements(55, None, 6.5)),
    ],
)
def test_typed_measurements(text: str, expected: Measurements) -> None:
    assert parse_measurements(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [("hello", "unclear"), ("1 2 3", "unclear"), ("hrv 900", "rmssd_ms"),
     ("rhr 200", "resting_hr_bpm"), ("sleep 30", "sleep_hours"), ("62 10", "resting_hr_bpm")],
)  # fmt: skip
def test_typed_measurements_refused(text: str, code: str) -> None:
    with pytest.raises(CheckinInputError) as caught:
        parse_measurements(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # QA: "soreness 2" was read as an HRV of 2 ms.
        ("soreness 2", (("soreness", 2),)),
        ("fatigue 4", (("fatigue", 4),)),
        ("stress: 3", (("stress", 3),)),
        ("mood 5", (("mood", 1),)),  # typed as how good: 5 = great, stored 1 = best
        ("sleep quality 4", (("sleep_quality", 2),)),
        ("усталость 2", (("fatigue", 2),)),
        ("стресс 3 настроение 4", (("stress", 3), ("mood", 2))),
        ("крепатура 3", (("soreness", 3),)),
        ("agujetas 2", (("soreness", 2),)),
        ("Müdigkeit 3", (("fatigue", 3),)),
        ("courbatures 2", (("soreness", 2),)),
        ("umore 4", (("mood", 2),)),
    ],
)
def test_named_scales_win_over_bare_numbers(text: str, expected: tuple) -> None:
    measured = parse_measurements(text)
    assert (measured.rmssd_ms, measured.resting_hr_bpm, measured.scales) == (None, None, expected)


def test_named_scales_and_measurements_together() -> None:
    measured = parse_measurements("hrv 62 soreness 2")
    assert (measured.rmssd_ms, measured.scales) == (62, (("soreness", 2),))
    fields = with_measurements(WellnessFields(fatigue=3), measured)
    assert (fields.rmssd_ms, fields.soreness, fields.fatigue) == (62, 2, 3)


@pytest.mark.parametrize("text", ["soreness 7", "fatigue 0", "stress 2.5"])
def test_a_named_scale_off_the_scale_is_refused(text: str) -> None:
    with pytest.raises(CheckinInputError) as caught:
        parse_measurements(text)
    assert caught.value.code == "scale"


def test_measurements_keep_what_was_not_typed() -> None:
    fields = WellnessFields(rmssd_ms=60, resting_hr_bpm=50, sleep_hours=8)
    assert with_measurements(fields, Measurements(resting_hr_bpm=47)) == WellnessFields(
        rmssd_ms=60, resting_hr_bpm=47, sleep_hours=8
    )
