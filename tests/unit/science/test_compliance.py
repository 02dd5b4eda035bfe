"""Compliance colours at their exact boundaries, session bases and the week summary."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.science import (
    ComplianceBasis,
    ComplianceColor,
    InvalidValueError,
    SessionAmounts,
    WeekAction,
    color_for_ratio,
    session_compliance,
    week_action,
    week_compliance,
)

G, Y, R = ComplianceColor.GREEN, ComplianceColor.YELLOW, ComplianceColor.RED


@pytest.mark.parametrize(
    ("done", "color"),
    [(0, R), (49.99, R), (50, Y), (79, Y), (79.5, Y), (79.99, Y), (80, G), (100, G), (120, G),
     (120.01, Y), (121, Y), (150, Y), (150.01, R), (300, R)],
)  # fmt: skip
def test_colour_bands_meet_exactly_at_their_boundaries(done: float, color) -> None:
    assert color_for_ratio(done, 100) is color


def test_float_noise_does_not_move_a_boundary() -> None:
    # 2.4 / 3.0 is 0.7999999999999999 in binary; it is 80 % and green.
    assert color_for_ratio(2.4, 3.0) is G
    assert color_for_ratio(3.6, 3.0) is G  # 120 %
    assert color_for_ratio(4.5, 3.0) is Y  # 150 %


def test_session_is_scored_on_duration_first() -> None:
    planned = SessionAmounts(duration_s=3600, distance_m=30_000, load=80)
    result = session_compliance(planned, SessionAmounts(duration_s=2700, distance_m=30_000))
    # 45 of 60 min = 75 %: yellow, although the distance was all done.
    assert (result.basis, result.ratio, result.color) == (ComplianceBasis.DURATION, 0.75, Y)


def test_session_planned_by_distance_only() -> None:
    result = session_compliance(SessionAmounts(distance_m=10_000),
                                SessionAmounts(duration_s=3000, distance_m=8_000))  # fmt: skip
    assert (result.basis, result.ratio, result.color) == (ComplianceBasis.DISTANCE, 0.8, G)


def test_missed_session_is_red() -> None:
    result = session_compliance(SessionAmounts(duration_s=3600), None)
    assert (result.color, result.missed, result.ratio) == (R, True, 0.0)


def test_week_summary() -> None:
    week = [
        (SessionAmounts(duration_s=3600, load=60), SessionAmounts(duration_s=3600, load=62)),
        (SessionAmounts(duration_s=5400, load=90), SessionAmounts(duration_s=3600, load=55)),
        (SessionAmounts(duration_s=1800, load=40), None),
        (SessionAmounts(duration_s=3600, load=50), SessionAmounts(duration_s=4500, load=70)),
    ]
    summary = week_compliance(week)
    # duration 3600+3600+0+4500 = 11,700 of 14,400 = 0.8125; load 187 of 240 = 0.7792
    assert summary.duration_ratio == pytest.approx(0.8125)
    assert summary.load_ratio == pytest.approx(187 / 240)
    # 100 % green, 67 % yellow, missed red, 125 % yellow
    assert (summary.green, summary.yellow, summary.red, summary.missed) == (1, 2, 1, 1)
    assert summary.action is WeekAction.LIGHT_ADJUSTMENT  # 78 % of the load


@pytest.mark.parametrize(
    ("share", "action"),
    [(1.2, WeekAction.PROGRESS), (0.9, WeekAction.PROGRESS), (0.89, WeekAction.LIGHT_ADJUSTMENT),
     (0.7, WeekAction.LIGHT_ADJUSTMENT), (0.69, WeekAction.CUT_INTENSITY),
     (0.5, WeekAction.CUT_INTENSITY), (0.49, WeekAction.REPEAT_WEEK), (0, WeekAction.REPEAT_WEEK)],
)  # fmt: skip
def test_week_action_bands(share: float, action: WeekAction) -> None:
    assert week_action(share) is action


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: color_for_ratio(50, 0), "planned amount above 0"),
        (lambda: color_for_ratio(-5, 100), "done amount must not be negative"),
        (lambda: SessionAmounts(duration_s=-60), "duration must not be negative"),
        (lambda: session_compliance(SessionAmounts(), None), "needs a duration, distance or load"),
        (
            lambda: session_compliance(SessionAmounts(distance_m=5000), SessionAmounts(load=40)),
            "planned by distance but the activity has no distance",
        ),
        (lambda: week_compliance([]), "no planned sessions"),
    ],
)
def test_bad_compliance_input_raises(call, message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        call()


@given(st.integers(min_value=0, max_value=400), st.integers(min_value=1, max_value=10_000))
def test_whole_percentages_follow_the_bands_in_any_unit(percent: int, scale: int) -> None:
    # done = percent % of planned, in units of 1/scale (minutes, seconds, metres...)
    expected = G if 80 <= percent <= 120 else Y if 50 <= percent <= 150 else R
    assert color_for_ratio(percent * scale / 100, scale) is expected
