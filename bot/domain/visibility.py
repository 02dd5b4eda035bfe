"""Who may see which activities: the rule the scoped data gate applies to every read of
someone else's data (design.md, "One scoped data gate").

Strava's API agreement (https://www.strava.com/api-agreement) lets Strava data be shown
only to the athlete it belongs to and keeps it out of AI models; its API policy of June
2026 (section 5.3) names "ingestion into a context window" among the forbidden AI uses
(docs/decisions/0006-strava-data-never-reaches-the-ai.md). So an activity whose source is
in ``OWNER_ONLY_SOURCES`` reaches its owner's own views and nobody and nothing else: not a
coach, not a group, not an export made for someone else, not the AI coach's context (not
even the owner's own AI conversation) — and neither does anything derived from it, such
as its load in the fitness, fatigue, form and readiness figures (``hidden_sources``), or
a planned session marked done by it (``outcomes_visible_to``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from bot.domain.activities import OWNER_ONLY_SOURCES, Activity
from bot.domain.plans import SessionOutcome


class Audience(StrEnum):
    OWNER = "owner"  # the athlete's own screens (/history, cards, their own export)
    COACH = "coach"
    GROUP = "group"
    EXPORT_FOR_OTHERS = "export_for_others"
    AI_CONTEXT = "ai_context"


def hidden_sources(*, viewer_id: int, owner_id: int, audience: Audience) -> frozenset[str]:
    """The activity sources whose activities — and every figure derived from them (daily
    load, CTL/ATL/TSB, ACWR, readiness) — may not reach ``viewer_id`` for ``audience``
    from ``owner_id``'s data. Aggregates computed for such a reader leave these sources
    out; :func:`activities_visible_to` applies the same rule to single activities."""
    if audience is Audience.OWNER and viewer_id == owner_id:
        return frozenset()
    return frozenset(OWNER_ONLY_SOURCES)


def activities_visible_to(
    activities: Iterable[Activity], *, viewer_id: int, audience: Audience
) -> list[Activity]:
    """The activities ``viewer_id`` may receive for ``audience``. The gate must call this
    on every read that leaves the owner's own views."""
    return [
        activity
        for activity in activities
        if _may_see(activity, viewer_id, audience)
        and activity.fields.source
        not in hidden_sources(viewer_id=viewer_id, owner_id=activity.athlete_id, audience=audience)
    ]


def _may_see(activity: Activity, viewer_id: int, audience: Audience) -> bool:
    # Consent scopes for coaches and groups are the gate's to check; this function says
    # only what no consent can open. An OWNER read of another athlete is not an own view.
    return audience is not Audience.OWNER or activity.athlete_id == viewer_id


def outcomes_visible_to(
    outcomes: Iterable[SessionOutcome],
    matched_sources: Mapping[int, str],
    *,
    viewer_id: int,
    owner_id: int,
    audience: Audience,
) -> list[SessionOutcome]:
    """``owner_id``'s planned-session outcomes as ``viewer_id`` may receive them for
    ``audience``, in order. ``matched_sources``: each matched activity's source, by id.
    A session whose matched activity comes from a hidden source reads as if nothing had
    matched it: pending (so a past one counts as not done, the usual rules), with no
    activity and no RPE (both came with the activity); its notes stay (the plan's own).
    The reader cannot tell it from a session the athlete did not do — a coach may see a
    session done on Strava as missed (docs/decisions/0006). A session the athlete marked
    done, skipped or moved without an activity keeps its status: no Strava data in it."""
    hidden = hidden_sources(viewer_id=viewer_id, owner_id=owner_id, audience=audience)
    return [
        SessionOutcome(notes=outcome.notes)
        if outcome.matched_activity_id is not None
        and matched_sources.get(outcome.matched_activity_id) in hidden
        else outcome
        for outcome in outcomes
    ]
