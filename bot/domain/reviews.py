"""The weekly review as stored: what the week held, what was decided for the next one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.domain.plans import NoticeRecord


@dataclass(frozen=True, slots=True)
class KeySession:
    """A session worth naming in a preview or a highlight."""

    day: date
    sport: str
    type: str
    minutes: int
    load: float | None = None


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    """The figures of one training week (Monday to Sunday). Hours are training hours;
    fitness, fatigue and form are the PMC's CTL, ATL and TSB at the week's ends (None
    before any load was recorded)."""

    sessions_planned: int = 0
    sessions_done: int = 0  # done or partly done
    green: int = 0
    yellow: int = 0
    red: int = 0
    share_pct: int | None = None  # the compliance share next week's step is taken from
    planned_hours: float = 0.0
    done_hours: float = 0.0
    planned_load: float = 0.0
    done_load: float = 0.0
    ctl_before: float | None = None
    ctl_after: float | None = None
    atl_after: float | None = None
    tsb_after: float | None = None
    red_days: int = 0
    sick_days: int = 0
    best: KeySession | None = None  # the week's biggest session by load
    next_phase: str | None = None
    next_hours: float | None = None
    next_sessions: int = 0
    next_key: tuple[KeySession, ...] = ()


@dataclass(frozen=True, slots=True)
class WeeklyReview:
    athlete_id: int
    week_start: date
    plan_id: int | None
    action: str  # the adaptation decided (``bot.coach.planning.adapt.Adaptation``)
    applied: bool  # whether next week was changed
    summary: ReviewSummary
    changes: tuple[NoticeRecord, ...] = ()
    created_at: datetime | None = None
    id: int | None = None
