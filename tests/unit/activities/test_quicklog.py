"""The one-line quick log, in English and Russian: readings, ambiguity asked back,
absurd values refused with their specific code, and the /log dialog's typed answers."""

from __future__ import annotations

from datetime import date

import pytest

from bot.coach.ingest.quicklog import (
    MILE,
    YARD,
    Ambiguous,
    QuickLog,
    QuickLogError,
    parse_day,
    parse_distance,
    parse_duration,
    parse_quick_log,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ran 10k in 52 min rpe 6", QuickLog("run", 3120, 10000, 6)),
        ("swim 2000m 45min", QuickLog("swim", 2700, 2000)),
        ("bike 1h30 easy", QuickLog("bike", 5400, None, None, "easy")),
        ("strength 40 min", QuickLog("strength", 2400)),
        ("бег 10 км 52 мин", QuickLog("run", 3120, 10000)),
        ("Ran 10K in 52 minutes", QuickLog("run", 3120, 10000)),
        ("ran 10k in 52", QuickLog("run", 3120, 10000)),  # the number beside a distance: minutes
        ("run 6 mi 48 min", QuickLog("run", 2880, 6 * MILE)),
        ("swim 1650 yd 30 min", QuickLog("swim", 1800, 1650 * YARD)),
        ("run 1h 30min 15 km", QuickLog("run", 5400, 15000)),
        ("ran a half 21.1 km in 1:45:30 6/10", QuickLog("run", 6330, 21100, 6, "half")),
        ("ran 1 km in 4:30", QuickLog("run", 270, 1000)),  # 4 h 30 would be a crawl
        ("bike 1:30", QuickLog("bike", 5400)),  # a short clock without distance: h:mm
        ("бег 10,5 км за 55 минут рпе 7", QuickLog("run", 3300, 10500, 7)),
        ("бег 1 ч 10 км", QuickLog("run", 3600, 10000)),  # "1 ч 10" is not 1:10 here
        ("велик 2 часа 60 км легко", QuickLog("bike", 7200, 60000, None, "легко")),
        ("плавал 1500 м 30 мин", QuickLog("swim", 1800, 1500)),
        ("силовая 45 минут", QuickLog("strength", 2700)),
        ("пробежка 8 км 45 мин усилие 5", QuickLog("run", 2700, 8000, 5)),
        ("walk 5 km 1h", QuickLog("walk", 3600, 5000)),
        ("ran 10k", QuickLog("run", None, 10000)),  # no time: the handler asks for it
    ],
)
def test_lines_are_read(text: str, expected: QuickLog) -> None:
    result = parse_quick_log(text)
    assert isinstance(result, QuickLog)
    assert result.sport == expected.sport
    assert result.duration_s == expected.duration_s
    if expected.distance_m is None:
        assert result.distance_m is None
    else:
        assert result.distance_m == pytest.approx(expected.distance_m)
    assert result.rpe == expected.rpe
    assert result.note == expected.note


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("did 90 minutes on the bike with the club, felt strong", "with the club, felt strong"),
        ("90 минут на велике с клубом, чувствовал себя сильным",
         "с клубом, чувствовал себя сильным"),
        ("90 minutos en bici con el club, me sentí fuerte", "con el club, me sentí fuerte"),
        ("90 Minuten auf dem Rad mit dem Verein, fühlte mich stark",
         "mit dem Verein, fühlte mich stark"),
        ("j'ai fait 90 minutes de vélo avec le club, je me sentais fort",
         "avec le club, je me sentais fort"),
        ("90 minuti in bici con il club, mi sentivo forte", "con il club, mi sentivo forte"),
        ("ran 10k with Pete in 52 min rpe 6", "with Pete"),
        # words on both sides of the measures: which are the note is unclear, the whole
        # line is kept rather than the leftovers glued together
        ("easy ran 10k with Pete in 52 min", "easy ran 10k with Pete in 52 min"),
    ],
)  # fmt: skip
def test_the_note_keeps_the_athletes_words(text: str, note: str) -> None:
    result = parse_quick_log(text)
    assert isinstance(result, QuickLog)
    assert result.note == note


@pytest.mark.parametrize("text", ["hello", "I ran", "how was my week?", "привет", "бегал утром"])
def test_text_that_is_no_workout_log_is_left_alone(text: str) -> None:
    assert parse_quick_log(text) is None


@pytest.mark.parametrize(
    ("text", "reason", "readings"),
    [
        ("ran 10 in 52 min", "distance_unit", [(3120, 10000), (3120, 10 * MILE)]),
        ("бег 10 за 52 мин", "distance_unit", [(3120, 10000), (3120, 10 * MILE)]),
        ("swim 2000 45 min", "distance_unit", [(2700, 2000), (2700, 2000 * YARD)]),
        ("bike 12:30", "clock", [(45000, None), (750, None)]),
    ],
)
def test_ambiguity_is_asked_back_not_guessed(
    text: str, reason: str, readings: list[tuple[float, float | None]]
) -> None:
    result = parse_quick_log(text)
    assert isinstance(result, Ambiguous)
    assert result.reason == reason
    assert [
        (o.duration_s, o.distance_m and pytest.approx(o.distance_m)) for o in result.options
    ] == [(d, m and pytest.approx(m)) for d, m in readings]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ran 10k in 5 min", "too_fast"),  # 120 km/h
        ("бег 10 км 5 мин", "too_fast"),
        ("run 300 km 1h", "too_fast"),
        ("swim 20 km 10 min", "too_fast"),
        ("bike 2 km 20h", "too_slow"),
        ("run 10k 50min rpe 12", "rpe_range"),
        ("run 10k 50min rpe 0", "rpe_range"),
        ("run 10k 50min rpe 6 rpe 7", "two_rpe"),
        ("run bike 1h", "two_sports"),
        ("бег велосипед 1 час", "two_sports"),
        ("run 30 s", "too_short"),
        ("bike 30h", "too_long"),
        ("swim 50 km 20h", "too_far"),
        ("run 10 km 12 km 50 min", "two_distances"),
        ("run 50 min 60 min", "two_durations"),
        ("run 10 km 50 min 7 3", "unclear_numbers"),
    ],
)
def test_absurd_or_contradictory_lines_are_refused_specifically(text: str, code: str) -> None:
    with pytest.raises(QuickLogError) as caught:
        parse_quick_log(text)
    assert caught.value.code == code


def test_a_refusal_carries_what_the_message_needs() -> None:
    with pytest.raises(QuickLogError) as caught:
        parse_quick_log("ran 10k in 5 min")
    assert caught.value.params == {"kmh": 120.0, "sport": "run"}


def test_a_sport_can_come_from_the_dialog() -> None:
    assert parse_quick_log("45 min", sport="swim") == QuickLog("swim", 2700)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("52", 3120), ("52 min", 3120), ("1h30", 5400), ("1:30", 5400), ("1:05:00", 3900),
     ("1.5h", 5400), ("2 часа", 7200), ("45 мин", 2700)],
)  # fmt: skip
def test_typed_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(("text", "code"), [("soon", "bad_duration"), ("0", "too_short"),
                                           ("2000", "too_long")])  # fmt: skip
def test_typed_durations_refused(text: str, code: str) -> None:
    with pytest.raises(QuickLogError) as caught:
        parse_duration(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "sport", "metres"),
    [("10", "run", 10000), ("10 km", "bike", 10000), ("6 mi", "run", 6 * MILE),
     ("1500", "swim", 1500), ("2 км", "run", 2000)],
)  # fmt: skip
def test_typed_distances(text: str, sport: str, metres: float) -> None:
    assert parse_distance(text, sport) == pytest.approx(metres)


def test_typed_distances_refused() -> None:
    with pytest.raises(QuickLogError) as caught:
        parse_distance("far", "run")
    assert caught.value.code == "bad_distance"
    with pytest.raises(QuickLogError) as caught:
        parse_distance("500", "run")  # 500 km
    assert caught.value.code == "too_far"


TODAY = date(2026, 3, 15)


@pytest.mark.parametrize(
    ("text", "day"),
    [("today", TODAY), ("вчера", date(2026, 3, 14)), ("12.03", date(2026, 3, 12)),
     ("12.03.2026", date(2026, 3, 12)), ("2026-03-01", date(2026, 3, 1)),
     ("20.12", date(2025, 12, 20)), ("5/3/26", date(2026, 3, 5))],
)  # fmt: skip
def test_typed_days(text: str, day: date) -> None:
    assert parse_day(text, TODAY) == day


@pytest.mark.parametrize(("text", "code"), [("someday", "bad_day"), ("31.02.2026", "bad_day"),
                                           ("2026-04-01", "future_day"),
                                           ("2020-01-01", "old_day")])  # fmt: skip
def test_typed_days_refused(text: str, code: str) -> None:
    with pytest.raises(QuickLogError) as caught:
        parse_day(text, TODAY)
    assert caught.value.code == code
