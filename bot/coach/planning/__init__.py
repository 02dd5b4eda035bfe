"""Deterministic periodised planning: generation, guardrails, regeneration, export.

Pure code over plain data: no database, no Telegram, no clock (``today`` is an input).
"""

from bot.coach.planning.export_fit import workout_to_fit
from bot.coach.planning.export_zwo import ExportError, workout_to_zwo
from bot.coach.planning.generator import PlanGenerationError, build_plan, generate_plan
from bot.coach.planning.guardrails import Violation, ViolationCode, check_plan
from bot.coach.planning.model import (
    Effort,
    Notice,
    NoticeCode,
    Phase,
    Plan,
    Repeat,
    Session,
    SessionSport,
    SessionType,
    Step,
    StepKind,
    TalkTest,
    Target,
    TargetKind,
    Week,
    Workout,
)
from bot.coach.planning.regenerate import regenerate
from bot.coach.planning.request import (
    Discipline,
    Equipment,
    Experience,
    Goal,
    Injuries,
    InjuryFlag,
    PlanRequest,
    PlanRequestError,
    Priority,
    RaceKind,
    RecoveryCadence,
    Thresholds,
    Units,
)
from bot.coach.planning.targets import (
    RenderedTarget,
    TargetUnit,
    intensity_factor,
    render_target,
)

__all__ = [
    "Discipline",
    "Effort",
    "Equipment",
    "Experience",
    "ExportError",
    "Goal",
    "Injuries",
    "InjuryFlag",
    "Notice",
    "NoticeCode",
    "Phase",
    "Plan",
    "PlanGenerationError",
    "PlanRequest",
    "PlanRequestError",
    "Priority",
    "RaceKind",
    "RecoveryCadence",
    "RenderedTarget",
    "Repeat",
    "Session",
    "SessionSport",
    "SessionType",
    "Step",
    "StepKind",
    "TalkTest",
    "Target",
    "TargetKind",
    "TargetUnit",
    "Thresholds",
    "Units",
    "Violation",
    "ViolationCode",
    "Week",
    "Workout",
    "build_plan",
    "check_plan",
    "generate_plan",
    "intensity_factor",
    "regenerate",
    "render_target",
    "workout_to_fit",
    "workout_to_zwo",
]
