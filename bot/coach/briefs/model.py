"""What a morning brief is composed from: plain inputs, so the plan and the wellness
storage (issues 5 and 6) plug in by producing these, without the composer changing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.coach.science.readiness import Readiness
from bot.domain.profiles import Units


@dataclass(frozen=True, slots=True)
class BriefSession:
    """One planned session as the brief shows it.

    ``title`` and ``targets`` are display text in the athlete's language (the planner's
    catalogue codes rendered by its adapter; escaped here); ``sport`` is a planning
    ``SessionSport`` code (swim, bike, run, strength, brick); ``easier`` is the lighter
    alternative the planner offers with hard and long sessions, if any.
    """

    title: str
    sport: str
    duration_s: int
    targets: str = ""
    distance_m: float | None = None
    easier: BriefSession | None = None
    id: int | None = None  # the stored session's row id (None for an easier alternative)
    status: str = "pending"  # its outcome so far (a ``SessionStatus`` value)


@dataclass(frozen=True, slots=True)
class BriefInputs:
    """Everything the composer needs about one athlete on one local day.

    * ``readiness``: science's verdict, or None when there is no wellness data source yet;
    * ``sessions``: today's planned sessions; ``()`` is a rest day, None means no plan;
    * ``checked_in``: whether today's check-in is done; None when check-ins do not exist
      yet, so no invitation (and no button that leads nowhere) is shown;
    * ``note``: the LLM coach's short note on the same facts (``bot.coach.briefs.note``),
      plain text; None without an LLM key or when it did not come in time;
    * ``yesterday``: yesterday's readiness, to say what moved the score since.
    """

    day: date
    first_name: str
    units: Units
    readiness: Readiness | None
    sessions: tuple[BriefSession, ...] | None
    checked_in: bool | None
    note: str | None = None
    yesterday: Readiness | None = None
