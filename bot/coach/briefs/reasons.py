"""The two or three factors that explain a readiness verdict, as catalogue keys and args.

Science gives every factor the points it added to or took from the score
(``ReadinessFactor.contribution``); the brief names the largest ones in the verdict's
direction — what pulled an amber or red day down, what made a green day green — so the
athlete reads "HRV 12 % below your normal range for 3 days; slept 5 h", not a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.coach.science.readiness import Readiness, ReadinessFactor, ReadinessStatus

MAX_REASONS = 3
# Factors that moved the score by less than this many points do not explain it.
MIN_POINTS = 0.5
# A score this many points away from yesterday's says which factors moved it (the main
# reasons explain the level, not the change: a green day can drop 8 points while its
# best reasons stay the same).
CHANGE_POINTS = 3.0
MAX_CHANGED = 2


@dataclass(frozen=True, slots=True)
class Reason:
    """A catalogue ``key`` and its ``args``; ``factor`` (a readiness factor code) and
    ``worse`` say the same as plain data (the LLM note's facts)."""

    key: str
    args: dict[str, Any]
    factor: str
    worse: bool


def main_reasons(readiness: Readiness, limit: int = MAX_REASONS) -> list[Reason]:
    """The factors that explain the verdict, largest effect first; a red flag (illness,
    injury) comes before them all: it, not the factors, makes the day red."""
    flags = [
        Reason(f"brief-reason-flag-{flag}", {}, factor=flag, worse=True)
        for flag in readiness.red_flags
    ]
    present = [f for f in readiness.factors if f.subscore is not None]
    if readiness.status is ReadinessStatus.GREEN:
        chosen = sorted(
            (f for f in present if f.contribution >= MIN_POINTS), key=lambda f: -f.contribution
        )
    else:
        chosen = sorted(
            (f for f in present if f.contribution <= -MIN_POINTS), key=lambda f: f.contribution
        )
    factors = [Reason(*_words(f), factor=f.code, worse=f.contribution < 0) for f in chosen]
    return (flags + factors)[:limit]


def _words(factor: ReadinessFactor) -> tuple[str, dict[str, Any]]:
    worse = factor.contribution < 0
    side = "worse" if worse else "better"
    code = factor.code.replace("_", "-")
    value = factor.value
    details = factor.details
    if factor.code == "hrv":
        pct = abs(round(float(details.get("pct_vs_range", 0.0))))
        days = int(details.get("consecutive_days_below", 0)) if worse else 0
        return f"brief-reason-hrv-{side}", {"pct": pct, "days": days}
    if factor.code == "resting_hr":
        return (
            f"brief-reason-resting-hr-{side}",
            {"bpm": abs(round(float(details.get("delta_bpm", 0.0))))},
        )
    if factor.code == "sleep_hours":
        return f"brief-reason-sleep-hours-{side}", {"hours": round(value or 0.0, 1)}
    if factor.code in ("tsb", "acwr", "monotony"):
        shown = round(value or 0.0) if factor.code == "tsb" else round(value or 0.0, 2)
        return f"brief-reason-{code}-{side}", {"value": shown}
    # The 1–5 check-in scales (1 best): the level picks the words in the catalogue.
    return f"brief-reason-{code}-{side}", {"level": int(value or 0)}


@dataclass(frozen=True, slots=True)
class ScoreChange:
    """The score's move since yesterday (points, signed) and the factors that moved it
    most in that direction, largest first (factor codes)."""

    points: float
    factors: tuple[str, ...]


def what_changed(today: Readiness, yesterday: Readiness | None) -> ScoreChange | None:
    """Which factors moved the score since yesterday; None for a small move or no data.
    A factor's move is the change of its contribution (a factor missing on a day counts
    0 points that day: it neither adds nor takes, and the others' weights rescale)."""
    if yesterday is None or today.score is None or yesterday.score is None:
        return None
    if today.red_flags or yesterday.red_flags:
        return None  # the flag moved the score (capped), not the factors
    points = today.score - yesterday.score
    if abs(points) < CHANGE_POINTS:
        return None
    before = {f.code: f.contribution for f in yesterday.factors}
    now = {f.code: f.contribution for f in today.factors}
    moves = {code: now.get(code, 0.0) - before.get(code, 0.0) for code in before | now}
    sign = 1 if points > 0 else -1
    moved = sorted(
        (code for code, move in moves.items() if sign * move >= MIN_POINTS),
        key=lambda code: -sign * moves[code],
    )
    if not moved:
        return None
    return ScoreChange(points, tuple(moved[:MAX_CHANGED]))
