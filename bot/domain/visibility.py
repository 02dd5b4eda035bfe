"""Who may see which activities: the rule the scoped data gate applies to every read of
someone else's data (design.md, "One scoped data gate").

Strava's API agreement (https://www.strava.com/legal/api) lets Strava data be shown only
to the athlete it belongs to and keeps it out of AI models. So an activity whose source
is in ``OWNER_ONLY_SOURCES`` reaches its owner's own views and nobody and nothing else:
not a coach, not a group, not an export made for someone else, not the AI coach's
context (not even the owner's own AI conversation).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from bot.domain.activities import OWNER_ONLY_SOURCES, Activity


class Audience(StrEnum):
    OWNER = "owner"  # the athlete's own screens (/history, cards, their own export)
    COACH = "coach"
    GROUP = "group"
    EXPORT_FOR_OTHERS = "export_for_others"
    AI_CONTEXT = "ai_context"


def activities_visible_to(
    activities: Iterable[Activity], *, viewer_id: int, audience: Audience
) -> list[Activity]:
    """The activities ``viewer_id`` may receive for ``audience``. The gate must call this
    on every read that leaves the owner's own views."""
    out = []
    for activity in activities:
        owner_only = activity.fields.source in OWNER_ONLY_SOURCES
        own_view = audience is Audience.OWNER and activity.athlete_id == viewer_id
        if own_view or (not owner_only and _may_see(activity, viewer_id, audience)):
            out.append(activity)
    return out


def _may_see(activity: Activity, viewer_id: int, audience: Audience) -> bool:
    # Consent scopes for coaches and groups are the gate's to check; this function says
    # only what no consent can open. An OWNER read of another athlete is not an own view.
    return audience is not Audience.OWNER or activity.athlete_id == viewer_id
