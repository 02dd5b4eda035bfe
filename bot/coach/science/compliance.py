"""Compliance: planned against done, per session and per week.

Session colours (TrainingPeaks): with ratio = done / planned,
green when 0.8 ≤ ratio ≤ 1.2; yellow when 0.5 ≤ ratio < 0.8 or 1.2 < ratio ≤ 1.5; red
otherwise, and red when missed. The bands meet with no gap ("79 %" vs "80 %" is not a
hole): 79.99 min of 100 is yellow, 80 is green. Ratios are rounded to 9 decimals before
comparing so float noise cannot move a boundary case (2.4 km of 3 km is 80 %, though
2.4 / 3.0 is 0.7999999999999999 in binary). The basis is the first one planned of duration,
distance, load.

Week actions (the triathlon seed's weekly recalculation): ≥ 90 % progress; 70–89 % light
adjustment; 50–69 % cut intensity, keep volume; < 50 % repeat the week.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.coach.science.errors import InvalidValueError, require_non_negative

GREEN_LOW, GREEN_HIGH = 0.8, 1.2
YELLOW_LOW, YELLOW_HIGH = 0.5, 1.5
RATIO_DECIMALS = 9


class ComplianceColor(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class ComplianceBasis(StrEnum):
    DURATION = "duration"
    DISTANCE = "distance"
    LOAD = "load"


class WeekAction(StrEnum):
    PROGRESS = "progress"
    LIGHT_ADJUSTMENT = "light_adjustment"
    CUT_INTENSITY = "cut_intensity"
    REPEAT_WEEK = "repeat_week"


@dataclass(frozen=True, slots=True)
class SessionAmounts:
    """Duration (s), distance (m) and load (TSS points); None = not planned / not known."""

    duration_s: float | None = None
    distance_m: float | None = None
    load: float | None = None

    def __post_init__(self) -> None:
        for name, value in (
            ("duration", self.duration_s),
            ("distance", self.distance_m),
            ("load", self.load),
        ):
            if value is not None:
                require_non_negative(name, value)

    def get(self, basis: ComplianceBasis) -> float | None:
        if basis is ComplianceBasis.DURATION:
            return self.duration_s
        if basis is ComplianceBasis.DISTANCE:
            return self.distance_m
        return self.load


@dataclass(frozen=True, slots=True)
class SessionCompliance:
    basis: ComplianceBasis
    planned: float
    done: float
    ratio: float
    color: ComplianceColor
    missed: bool


@dataclass(frozen=True, slots=True)
class WeekCompliance:
    """Shares of the week's plan done (None when nothing had that basis planned), the
    session colours and the action for next week's recalculation."""

    duration_ratio: float | None
    load_ratio: float | None
    sessions: int
    green: int
    yellow: int
    red: int
    missed: int
    action: WeekAction


def color_for_ratio(done: float, planned: float) -> ComplianceColor:
    """The colour of ``done`` against ``planned`` (planned > 0)."""
    planned_value = require_non_negative("planned amount", planned)
    if planned_value == 0:
        raise InvalidValueError("compliance needs a planned amount above 0")
    ratio = round(require_non_negative("done amount", done) / planned_value, RATIO_DECIMALS)
    if GREEN_LOW <= ratio <= GREEN_HIGH:
        return ComplianceColor.GREEN
    if YELLOW_LOW <= ratio <= YELLOW_HIGH:
        return ComplianceColor.YELLOW
    return ComplianceColor.RED


def session_compliance(planned: SessionAmounts, done: SessionAmounts | None) -> SessionCompliance:
    """Compliance of one planned session; ``done=None`` means it was missed."""
    basis = next((b for b in ComplianceBasis if (planned.get(b) or 0) > 0), None)
    if basis is None:
        raise InvalidValueError(
            "a planned session needs a duration, distance or load above 0 to score compliance"
        )
    planned_value = planned.get(basis) or 0.0
    done_value = done.get(basis) if done is not None else None
    if done_value is None and done is not None:
        raise InvalidValueError(
            f"the session was planned by {basis.value} but the activity has no {basis.value}"
        )
    if done_value is None or done_value == 0:
        return SessionCompliance(basis, planned_value, 0.0, 0.0, ComplianceColor.RED, True)
    return SessionCompliance(
        basis,
        planned_value,
        done_value,
        done_value / planned_value,
        color_for_ratio(done_value, planned_value),
        False,
    )


def week_compliance(
    sessions: Sequence[tuple[SessionAmounts, SessionAmounts | None]],
) -> WeekCompliance:
    """A week of (planned, done-or-None) pairs. Unplanned extra activities are not passed:
    compliance measures the plan. The action uses the load share when loads were planned,
    else the duration share."""
    if not sessions:
        raise InvalidValueError("a week with no planned sessions has no compliance")
    results = [session_compliance(p, d) for p, d in sessions]
    colors = [r.color for r in results]
    duration = _share(sessions, ComplianceBasis.DURATION)
    load = _share(sessions, ComplianceBasis.LOAD)
    basis_share = load if load is not None else duration
    if basis_share is None:
        done = sum(1 for r in results if not r.missed)
        basis_share = done / len(results)
    return WeekCompliance(
        duration_ratio=duration,
        load_ratio=load,
        sessions=len(results),
        green=colors.count(ComplianceColor.GREEN),
        yellow=colors.count(ComplianceColor.YELLOW),
        red=colors.count(ComplianceColor.RED),
        missed=sum(1 for r in results if r.missed),
        action=week_action(basis_share),
    )


def week_action(share_done: float) -> WeekAction:
    """Next week's recalculation from the share of the plan done (0.9 = 90 %)."""
    share = round(require_non_negative("share done", share_done), RATIO_DECIMALS)
    if share >= 0.9:
        return WeekAction.PROGRESS
    if share >= 0.7:
        return WeekAction.LIGHT_ADJUSTMENT
    if share >= 0.5:
        return WeekAction.CUT_INTENSITY
    return WeekAction.REPEAT_WEEK


def _share(
    sessions: Sequence[tuple[SessionAmounts, SessionAmounts | None]], basis: ComplianceBasis
) -> float | None:
    planned = 0.0
    done = 0.0
    for plan, actual in sessions:
        value = plan.get(basis)
        if value is None or value == 0:
            continue
        planned += value
        done += (actual.get(basis) or 0.0) if actual is not None else 0.0
    return done / planned if planned > 0 else None
