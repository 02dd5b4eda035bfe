"""Snapshot of what the model receives in a coach turn: tools, system prompt, athlete
snapshot, history and the new message, for a runner with check-ins, runs and a plan.

A change to the prompt, a tool's docstring or schema, or the snapshot's data shows here
as a diff to review. ``TEMPO_UPDATE_SNAPSHOTS=1`` rewrites the file after a deliberate
change."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.agent.context import user_header
from bot.coach.agent.runtime import offline_coach
from bot.coach.ingest.checkin import Measurements
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services.activities import ActivityService
from bot.coach.services.coach import CoachService
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete
from bot.domain.coach import TurnRole, TurnStatus
from bot.storage.repositories import CoachRepository
from bot.storage.unit_of_work import transaction
from tests.integration.test_plans import MONDAY, make_runner

SNAPSHOT = Path(__file__).parent / "snapshots" / "coach_request.json"
NOW = datetime.combine(MONDAY, datetime.min.time(), tzinfo=UTC) + timedelta(hours=7, minutes=40)


def steady_run(back: int) -> QuickLog:
    return QuickLog("run", 3000, rpe=6)


async def runner_with_history(
    factory: async_sessionmaker[AsyncSession], run: Callable[[int], QuickLog] = steady_run
) -> Athlete:
    """A runner (with a plan to come) who checked in on each of the last 14 days and
    logged ``run(back)`` 1, 3 and 6 days before MONDAY: the coach tests' athlete."""
    clock = ManualClock(NOW)
    async with transaction(factory) as session:
        athlete = await make_runner(session)
        wellness = WellnessService(session, clock)
        for back in range(1, 15):
            measured = Measurements(rmssd_ms=60.0 + back % 4, resting_hr_bpm=49.0, sleep_hours=7.0)
            await wellness.measure(athlete, MONDAY - timedelta(days=back), measured)
        activities = ActivityService(session, clock)
        for back in (1, 3, 6):
            await activities.log_manual(athlete, run(back), MONDAY - timedelta(days=back))
    return athlete


async def test_the_model_receives_exactly_this(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    athlete = await runner_with_history(
        session_factory, lambda back: QuickLog("run", 2700 + back * 300, rpe=5 + back % 3)
    )
    async with transaction(session_factory) as session:
        coach = CoachRepository(session)
        for role, text, status in (
            (TurnRole.USER, "[Sun 2026-01-04 19:00 UTC]\nHow was my week?", TurnStatus.OK),
            (TurnRole.ASSISTANT, "Three runs, all easy. Well done.", TurnStatus.OK),
            (TurnRole.USER, "[Sun 2026-01-04 19:05 UTC]\nI have chest pain", TurnStatus.OK),
            (TurnRole.ASSISTANT, "Please stop and see a doctor.", TurnStatus.RED_FLAG),
        ):
            await coach.add_turn(athlete.id, role, text, status, now=NOW)
    async with transaction(session_factory) as session:
        service = CoachService(session, clock, offline_coach())
        scope = service.scope(athlete)
        content = user_header(scope.local_now(), athlete.timezone, None) + "\nWhy am I amber?"
        model_input, _, _ = await service.model_input(athlete, scope, content)
    request = {
        "tools": model_input.tools,
        "system": model_input.system,
        "messages": model_input.messages,
    }
    text = json.dumps(request, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if os.environ.get("TEMPO_UPDATE_SNAPSHOTS") == "1" or not SNAPSHOT.exists():
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert text == SNAPSHOT.read_text(encoding="utf-8")
    # What the snapshot must show, whatever else changes:
    snapshot = model_input.system[1]["text"]
    assert '"pace":"4:30/km"' in snapshot and '"readiness_today"' in snapshot
    assert "chest pain" not in json.dumps(model_input.messages)  # red-flag turns never replayed
    assert [m["role"] for m in model_input.messages] == ["user", "assistant", "user"]
    assert "Pia" not in text  # the athlete's name is not the model's business
