"""A coach's typed threshold value, read with the onboarding's own parsers and limits
(so a coach cannot set what the athlete could not), in the unit the history stores."""

from __future__ import annotations

from bot.coach.profile.parsing import (
    PaceBase,
    parse_css,
    parse_ftp,
    parse_heart_rate,
    parse_run_threshold_pace,
)
from bot.coach.science.thresholds import css_from_test
from bot.domain.profiles import ThresholdKind


def parse_threshold(kind: ThresholdKind, text: str, *, imperial: bool) -> float:
    """The value in ``kind.unit`` (W, s/km, s/100m, bpm); ProfileInputError when it is
    unreadable or out of range."""
    if kind is ThresholdKind.FTP:
        return parse_ftp(text)
    if kind is ThresholdKind.RUN_THRESHOLD_PACE:
        return parse_run_threshold_pace(text, imperial=imperial).per(PaceBase.KM)
    if kind is ThresholdKind.CSS:
        pace, test = parse_css(text, imperial=imperial)
        if pace is not None:
            return pace.per(PaceBase.HUNDRED_M)
        assert test is not None
        return round(100 / css_from_test(*test).value, 1)  # m/s -> s per 100 m
    return float(parse_heart_rate(text, kind=kind.value))
