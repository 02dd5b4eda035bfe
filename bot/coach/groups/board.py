"""The team board's lines, each cut to the athlete's group privacy tier (pure).

The access gate reads the facts (``AthleteDay``) and calls :func:`cut_to_tier`; nothing
else builds a ``BoardLine``, so a fact the tier does not allow never leaves this function.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.groups import BoardLine, GroupTier
from bot.domain.squads import Scope


@dataclass(frozen=True, slots=True)
class AthleteDay:
    """What the gate read of one athlete's day (never sent anywhere as it is)."""

    name: str
    done: bool
    minutes_done: int
    colour: str | None
    score: float | None


def cut_to_tier(day: AthleteDay, tier: GroupTier) -> BoardLine | None:
    """The line the group may see; None for "nothing" (the athlete is not on the board)."""
    if tier is GroupTier.NOTHING:
        return None
    colour_seen = tier in (GroupTier.COLOUR, GroupTier.NUMBERS)
    numbers_seen = tier is GroupTier.NUMBERS
    return BoardLine(
        name=day.name,
        tier=tier,
        done=day.done,
        colour=day.colour if colour_seen else None,
        score=round(day.score) if numbers_seen and day.score is not None else None,
        minutes_done=day.minutes_done if numbers_seen else None,
    )


def tier_within(tier: GroupTier, scopes: frozenset[Scope]) -> GroupTier:
    """The tier the group gets: never more than the squad's coach may see, since the coach
    is always in the group's audience. An athlete who hides readiness from the coach
    shows no colour or score there; one who hides workouts shows no minutes; one who
    hides both workouts and the plan shows nothing (done-or-not is compliance)."""
    if tier is GroupTier.NOTHING:
        return tier
    if Scope.ACTIVITIES not in scopes and Scope.PLAN_VIEW not in scopes:
        return GroupTier.NOTHING
    if Scope.WELLNESS not in scopes:
        return GroupTier.DONE
    if tier is GroupTier.NUMBERS and Scope.ACTIVITIES not in scopes:
        return GroupTier.COLOUR
    return tier
