"""The coach's roster: one line per athlete and the order of attention.

Pure: the access gate reads each part only when its scope is granted (None otherwise) and
hands the facts here. The ranking is a plain weighted sum of the flags, so the order is
explainable in one sentence: health first (ill or injured, a red day), then load (ACWR
above 1.5 — Gabbett 2016's danger zone; the thresholds are debated), then a missed key
session, silence, and a race close enough to matter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot.coach.planning.model import HARD_TYPES, Session, SessionType
from bot.domain.plans import SessionStatus, plan_completion

ACWR_WARNING = 1.5
QUIET_DAYS = 3
RACE_SOON_DAYS = 14
COMPLIANCE_DAYS = 7
_KEY_TYPES = HARD_TYPES | {SessionType.LONG, SessionType.RACE}


class Flag(StrEnum):
    ILL_OR_INJURED = "ill"
    RED_DAY = "red"
    ACWR_HIGH = "acwr"
    MISSED_KEY = "missed"
    NO_DATA = "quiet"
    RACE_SOON = "race"


# Weights of attention: health outranks everything, a race alone is a note.
_WEIGHTS = {
    Flag.ILL_OR_INJURED: 50,
    Flag.RED_DAY: 40,
    Flag.ACWR_HIGH: 25,
    Flag.MISSED_KEY: 15,
    Flag.NO_DATA: 10,
    Flag.RACE_SOON: 5,
}


@dataclass(frozen=True, slots=True)
class RosterLine:
    """One athlete as the coach's roster shows them. A None field: its scope is not
    granted (or there is no data), and the roster shows nothing for it."""

    athlete_id: int
    name: str
    readiness: str | None  # "green" / "amber" / "red"
    checked_in: bool | None
    compliance: float | None  # plan completion of the last 7 days (plan_completion), 0..1
    form: float | None  # TSB
    flags: tuple[Flag, ...]
    new: bool = False  # with Tempo fewer than QUIET_DAYS days and no data yet

    @property
    def attention(self) -> int:
        return sum(_WEIGHTS[flag] for flag in self.flags)


def quiet_since(joined: date, today: date) -> bool:
    """Whether silence can mean anything yet: data could exist only from the day the
    athlete joined Tempo, so "no data for 3 days" needs 3 days since then."""
    return (today - joined).days >= QUIET_DAYS


def rank(lines: list[RosterLine]) -> list[RosterLine]:
    """Who needs attention first: the largest weight of flags, then the lowest
    compliance, then by name (a stable, predictable order for equals)."""
    return sorted(
        lines,
        key=lambda line: (
            -line.attention,
            line.compliance if line.compliance is not None else 1.0,
            line.name.casefold(),
            line.athlete_id,
        ),
    )


def done_share(sessions: list[tuple[Session, SessionStatus]], today: date) -> float | None:
    """The plan completion (``bot.domain.plans.plan_completion``, the weekly review's
    figure) of the sessions planned on the days before today; None with nothing planned."""
    return plan_completion(status for session, status in sessions if session.date < today).share


def missed_key(sessions: list[tuple[Session, SessionStatus]], today: date) -> bool:
    """A hard, long or race session of a past day skipped or not done."""
    return any(
        session.date < today
        and session.type in _KEY_TYPES
        and status in {SessionStatus.SKIPPED, SessionStatus.PENDING}
        for session, status in sessions
    )
