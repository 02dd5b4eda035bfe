"""Matching rules: sport, ±1 day, duration ±30 % or distance ±10 %, the best of several,
sessions already taken, and the done/partial outcome from compliance."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.coach.ingest.matching import DoneWork, best_match, fits, outcome
from bot.domain.activities import CandidateSession

DAY = date(2026, 3, 4)


def session(
    id: int,
    *,
    sport: str = "run",
    day: date = DAY,
    minutes: float = 60,
    km: float | None = None,
    order: int = 0,
    taken_by: int | None = None,
) -> CandidateSession:
    return CandidateSession(
        id=id,
        day=day,
        order=order,
        sport=sport,
        session_type="endurance",
        title="endurance",
        duration_s=minutes * 60,
        distance_m=km * 1000 if km else None,
        load=50.0,
        status="pending",
        matched_activity_id=taken_by,
    )


def work(
    *, sport: str = "run", day: date = DAY, minutes: float | None = 60, km: float | None = None
) -> DoneWork:
    return DoneWork(
        sport=sport,
        day=day,
        duration_s=minutes * 60 if minutes is not None else None,
        distance_m=km * 1000 if km else None,
    )


@pytest.mark.parametrize(
    ("done", "planned", "expected"),
    [
        (work(minutes=60), session(1, minutes=60), True),
        (work(minutes=78), session(1, minutes=60), True),  # +30 %
        (work(minutes=79), session(1, minutes=60), False),
        (work(minutes=42), session(1, minutes=60), True),  # −30 %
        (work(minutes=41), session(1, minutes=60), False),
        (work(minutes=30, km=10.9), session(1, minutes=60, km=10), True),  # distance +9 %
        (work(minutes=30, km=11.1), session(1, minutes=60, km=10), False),
        (work(sport="bike"), session(1), False),
        (work(day=DAY + timedelta(days=1)), session(1), True),
        (work(day=DAY - timedelta(days=1)), session(1), True),
        (work(day=DAY + timedelta(days=2)), session(1), False),
        (work(sport="bike"), session(1, sport="brick"), True),
        (work(sport="run"), session(1, sport="brick"), True),
        (work(sport="swim"), session(1, sport="brick"), False),
        (work(minutes=None, km=10), session(1, minutes=50, km=10), True),
    ],
)
def test_what_fits(done: DoneWork, planned: CandidateSession, expected: bool) -> None:
    assert fits(done, planned) is expected


def test_two_sessions_the_same_day_each_find_their_activity() -> None:
    short = session(1, minutes=40, order=0)
    long = session(2, minutes=90, order=1)
    assert best_match(work(minutes=85), [short, long]) is long
    assert best_match(work(minutes=38), [short, long]) is short
    # Once the long one is taken, an 85-minute run fits nothing else (40 min +113 %).
    taken = session(2, minutes=90, order=1, taken_by=7)
    assert best_match(work(minutes=85), [short, taken]) is None


def test_the_same_day_wins_over_a_closer_duration_the_next_day() -> None:
    today = session(1, minutes=70)
    tomorrow = session(2, minutes=60, day=DAY + timedelta(days=1))
    assert best_match(work(minutes=60), [tomorrow, today]) is today


def test_a_late_upload_matches_the_day_before() -> None:
    yesterday = session(1, day=DAY - timedelta(days=1))
    assert best_match(work(), [yesterday]) is yesterday


def test_its_own_session_is_still_a_candidate() -> None:
    mine = session(1, taken_by=5)
    assert best_match(work(), [mine], activity_id=5) is mine
    assert best_match(work(), [mine], activity_id=6) is None


def test_nothing_fits_nothing() -> None:
    assert best_match(work(), []) is None
    assert best_match(work(minutes=200), [session(1)]) is None


@pytest.mark.parametrize(
    ("minutes", "status", "color"),
    [(60, "done", "green"), (50, "done", "green"), (45, "partial", "yellow"),
     (80, "partial", "yellow"), (25, "partial", "red")],
)  # fmt: skip
def test_outcome_follows_compliance(minutes: float, status: str, color: str) -> None:
    result = outcome(work(minutes=minutes), session(1, minutes=60))
    assert result.status == status
    assert result.compliance is not None
    assert result.compliance.color.value == color


def test_a_shortened_long_run_completes_its_own_day_not_tomorrows_run() -> None:
    sunday_long = session(1, minutes=90, day=DAY)
    monday_easy = session(2, minutes=60, day=DAY + timedelta(days=1))
    # 60 minutes: −33 % of the long run (no fit), exactly Monday's run. Sunday's wins.
    chosen = best_match(work(minutes=60), [monday_easy, sunday_long])
    assert chosen is sunday_long
    assert outcome(work(minutes=60), sunday_long).status == "partial"


def test_tomorrows_session_is_never_taken_while_today_had_one_of_the_sport() -> None:
    today_taken = session(1, minutes=40, taken_by=9)
    tomorrow = session(2, minutes=60, day=DAY + timedelta(days=1))
    assert best_match(work(minutes=60), [today_taken, tomorrow]) is None
    # With no run planned today, a run may still stand for tomorrow's (people swap days).
    assert best_match(work(minutes=60), [session(3, sport="bike"), tomorrow]) is tomorrow
    # Yesterday's missed run is still a candidate when today's is taken.
    yesterday = session(4, minutes=60, day=DAY - timedelta(days=1))
    assert best_match(work(minutes=60), [today_taken, yesterday]) is yesterday


def test_an_activity_far_from_its_own_days_session_is_left_unmatched() -> None:
    assert best_match(work(minutes=10), [session(1, minutes=90)]) is None  # 11 %
    assert best_match(work(minutes=200), [session(1, minutes=90)]) is None  # 222 %
