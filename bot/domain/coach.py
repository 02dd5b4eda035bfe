"""The AI coach's records: conversation turns, the summary of older turns, tool calls,
model usage with its cost, athlete notes and health flags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TurnRole(StrEnum):
    USER = "user"
    ASSISTANT = "assistant"


class TurnStatus(StrEnum):
    """How an answer came about (an athlete's message is always ``ok``)."""

    OK = "ok"  # the model answered and the answer passed the grounding check
    GROUNDED_FALLBACK = "grounded_fallback"  # built from tool results after two violations
    DETERMINISTIC = "deterministic"  # the intent reader (no key, or past the budget)
    RED_FLAG = "red_flag"  # the fixed medical message; the model never saw the text
    FAILED = "failed"  # the model failed (429, 5xx, timeout…): a short apology was sent


@dataclass(frozen=True, slots=True)
class CoachTurn:
    id: int
    athlete_id: int
    role: TurnRole
    content: str
    status: TurnStatus
    created_at: datetime
    grounding_violations: int = 0
    rounds: int = 0


@dataclass(frozen=True, slots=True)
class CoachSummary:
    athlete_id: int
    through_turn_id: int
    content: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ToolCallRecord:
    name: str
    arguments: dict[str, object]
    ok: bool
    result_chars: int


@dataclass(frozen=True, slots=True)
class UsageRecord:
    """One model call: what it cost in tokens and dollars (``athlete_id`` None: shared,
    like a cached brief note)."""

    athlete_id: int | None
    purpose: str  # "coach", "brief_note"
    model: str
    input_tokens: int
    output_tokens: int
    cache_write_tokens: int
    cache_read_tokens: int
    cost_usd: float
    created_at: datetime


@dataclass(frozen=True, slots=True)
class AthleteNote:
    id: int
    athlete_id: int
    text: str
    medical: bool
    confirmed: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class HealthFlag:
    id: int
    athlete_id: int
    kind: str  # the red-flag category ("chest_pain", "fainting", …)
    created_at: datetime
