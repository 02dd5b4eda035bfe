"""Human coaches: squads, memberships with the scopes an athlete granted, invitations.

Plain, immutable records; the storage layer returns them and the access gate reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Scope(StrEnum):
    """What an athlete lets a coach see (or do). Chosen by the athlete, revocable at once."""

    PLAN_VIEW = "plan_view"
    PLAN_EDIT = "plan_edit"
    ACTIVITIES = "activities"
    WELLNESS = "wellness_readiness"
    AI_SUMMARIES = "ai_summaries"


ALL_SCOPES: tuple[Scope, ...] = tuple(Scope)


class MembershipStatus(StrEnum):
    INVITED = "invited"
    ACTIVE = "active"
    LEFT = "left"
    DECLINED = "declined"


def scopes_of(codes: list[str] | tuple[str, ...]) -> frozenset[Scope]:
    """Stored scope codes as scopes, in any order; an unknown code is ignored (a scope
    removed from the product grants nothing)."""
    known = {scope.value for scope in Scope}
    return frozenset(Scope(code) for code in codes if code in known)


def ordered(scopes: frozenset[Scope]) -> tuple[Scope, ...]:
    """Scopes in the product's order (stable for storage and display)."""
    return tuple(scope for scope in ALL_SCOPES if scope in scopes)


@dataclass(frozen=True, slots=True)
class Squad:
    id: int
    coach_id: int
    name: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Membership:
    id: int
    squad_id: int
    athlete_id: int
    status: MembershipStatus
    scopes: frozenset[Scope]
    joined_at: datetime | None
    left_at: datetime | None

    def grants(self, scope: Scope) -> bool:
        return self.status is MembershipStatus.ACTIVE and scope in self.scopes


class InvitationState(StrEnum):
    USABLE = "usable"
    EXPIRED = "expired"
    REVOKED = "revoked"
    USED_UP = "used_up"


@dataclass(frozen=True, slots=True)
class Invitation:
    id: int
    token: str
    squad_id: int
    scopes: frozenset[Scope]  # what the coach asks to see
    created_at: datetime
    expires_at: datetime
    max_uses: int
    uses: int
    revoked_at: datetime | None

    def state(self, now: datetime) -> InvitationState:
        if self.revoked_at is not None:
            return InvitationState.REVOKED
        if now >= self.expires_at:
            return InvitationState.EXPIRED
        if self.uses >= self.max_uses:
            return InvitationState.USED_UP
        return InvitationState.USABLE
