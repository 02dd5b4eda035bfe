"""One way to change a plan: operations -> a checked proposal -> apply -> audit -> undo.

Pure code over the planner's dataclasses: no storage, no Telegram, no clock (``today``
is an input). Every caller — taps, the sentence reader, the AI coach's
``propose_week_changes`` tool, a human coach, the weekly adaptation — builds
:data:`Operation` values and calls :func:`propose`; ``bot.coach.services.plan_changes``
stores what it returns.
"""

from bot.coach.planning.changes.codec import (
    constraint_json,
    constraint_of,
    operation_json,
    operation_of,
)
from bot.coach.planning.changes.engine import proposal_between, propose, totals
from bot.coach.planning.changes.model import (
    AddConstraint,
    AddRestDay,
    Author,
    ChangeRefused,
    Constraint,
    DayChange,
    Distribution,
    Illness,
    Injury,
    LimitDays,
    MakeEasier,
    MoveSession,
    Operation,
    PlaceSession,
    Proposal,
    RebuildFrom,
    Refusal,
    RefusalCode,
    Repair,
    RepairCode,
    ReplaceSport,
    RestoreWeeks,
    ShortenSession,
    SkipSession,
    SwapDays,
    Symptoms,
    Totals,
    WeekChange,
)

__all__ = [
    "AddConstraint",
    "AddRestDay",
    "Author",
    "ChangeRefused",
    "Constraint",
    "DayChange",
    "Distribution",
    "Illness",
    "Injury",
    "LimitDays",
    "MakeEasier",
    "MoveSession",
    "Operation",
    "PlaceSession",
    "Proposal",
    "RebuildFrom",
    "Refusal",
    "RefusalCode",
    "Repair",
    "RepairCode",
    "ReplaceSport",
    "RestoreWeeks",
    "ShortenSession",
    "SkipSession",
    "SwapDays",
    "Symptoms",
    "Totals",
    "WeekChange",
    "constraint_json",
    "constraint_of",
    "operation_json",
    "operation_of",
    "proposal_between",
    "propose",
    "totals",
]
