"""Feature routers. Thin: read the input, call one use-case, render the reply.

Each module has a ``build_router()``: aiogram attaches a router to one dispatcher only,
and a restart within one process (tests, the sandbox) builds a new dispatcher.
"""

from __future__ import annotations

from aiogram import Router

from bot.handlers import (
    activities,
    basics,
    brief,
    charts,
    checkin,
    coach,
    coach_digest,
    coaching,
    connect,
    fallback,
    groups,
    history,
    language,
    log,
    onboarding,
    plan,
    plan_changes,
    profile,
    reminder,
    review,
    settings,
    squad_ask,
    squads,
    your_data,
    zones,
)


def build_feature_routers() -> list[Router]:
    """Every feature router, in the order they are tried; the AI coach (any text no
    command, dialog or quick log took) comes just before the fallback, which is last.

    The profile dialog comes first: while a question waits, its /cancel and typed
    answers are the dialog's; other commands pass through to their own routers. /start
    and /help (the commands every new athlete sends) come next: each router an update
    passes costs aiogram ~10 us of filter checks and copies of the handler arguments,
    and no router between the dialog and these answers any of their commands, so the
    order decides no answer (tests/unit/test_handlers_filters.py).
    """
    return [
        onboarding.build_router(),
        basics.build_router(),
        profile.build_router(),
        zones.build_router(),
        settings.build_router(),
        squads.build_router(),
        coaching.build_router(),
        groups.build_router(),  # issue 21: the group chat (its /start g<squad> is in basics)
        plan.build_router(),
        plan_changes.build_router(),
        language.build_router(),
        activities.build_router(),
        checkin.build_router(),
        history.build_router(),
        log.build_router(),
        brief.build_router(),
        reminder.build_router(),
        review.build_router(),
        connect.build_router(),
        charts.build_router(),
        your_data.build_router(),
        coach_digest.build_router(),
        squad_ask.build_router(),
        coach.build_router(),
        fallback.build_router(),
    ]
