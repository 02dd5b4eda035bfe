"""What one coach turn reads: the snapshot and the tools share their reads within a turn
(the profile once, the daily loads once), the statements a turn's request costs stay
under a ceiling, and nothing is kept from one turn to the next — a check-in, an upload,
a threshold or a note written between two messages is in the next turn's snapshot."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.agent.coach_tools import (
    DateRange,
    DayArgs,
    get_load,
    get_readiness,
    readiness_data,
)
from bot.coach.agent.context import user_header
from bot.coach.agent.runtime import build_coach, offline_coach
from bot.coach.ingest.checkin import Measurements
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services.activities import ActivityService
from bot.coach.services.coach import CoachService
from bot.coach.services.readiness import readiness_on
from bot.coach.services.wellness import WellnessService
from bot.config import Settings
from bot.domain.athletes import Athlete
from bot.domain.coach import TurnStatus
from bot.domain.profiles import NewThreshold, ThresholdKind, ThresholdSource
from bot.i18n import Catalogs
from bot.storage.repositories import CoachRepository, ProfileRepository
from bot.storage.unit_of_work import transaction
from tests.fakes.anthropic_api import AnthropicApiFake
from tests.integration.test_coach_request import NOW, runner_with_history
from tests.integration.test_plans import MONDAY

# The request of a turn (snapshot, summary, history): athlete, profile, goal,
# thresholds, notes, plan (row, weeks, sessions), the week's activities, daily loads,
# check-ins, summary, turns, and the zone overrides in force (custom zones win in the
# snapshot too). Was 18 before the turn shared its reads.
REQUEST_STATEMENTS = 14


@contextmanager
def statements(engine: AsyncEngine) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(" ".join(str(args[2]).split()))

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


async def turn_snapshot(
    factory: async_sessionmaker[AsyncSession], athlete: Athlete, clock: ManualClock
) -> dict[str, Any]:
    async with transaction(factory) as session:
        service = CoachService(session, clock, offline_coach())
        scope = service.scope(athlete)
        content = user_header(scope.local_now(), athlete.timezone, None) + "\nHow am I?"
        model_input, _, _ = await service.model_input(athlete, scope, content)
    text = model_input.system[1]["text"]
    data: dict[str, Any] = json.loads(text.split("\n", 1)[1].split("\n\n")[0])
    return data


async def test_a_turn_reads_the_profile_and_the_loads_once(
    session_factory: async_sessionmaker[AsyncSession], engine: AsyncEngine
) -> None:
    athlete = await runner_with_history(session_factory)
    clock = ManualClock(NOW)
    await turn_snapshot(session_factory, athlete, clock)  # the first turn builds the plan
    async with transaction(session_factory) as session:
        service = CoachService(session, clock, offline_coach())
        scope = service.scope(athlete)
        content = user_header(scope.local_now(), athlete.timezone, None) + "\nWhy amber?"
        with statements(engine) as seen:
            model_input, context, _ = await service.model_input(athlete, scope, content)
            request = len(seen)
            # The model then asks what the bench's typical turn asks: readiness today
            # (the snapshot's, from the memo), a week of load and yesterday's readiness.
            week = await context.run(
                get_load, DateRange(first=MONDAY - timedelta(days=7), last=MONDAY)
            )
            await context.run(get_readiness, DayArgs())
            yesterday = await context.run(get_readiness, DayArgs(day=MONDAY - timedelta(days=1)))
    loads = [s for s in seen if "sum(activities.load)" in s]
    profiles = [s for s in seen if "FROM athlete_profiles" in s]
    thresholds = [s for s in seen if "FROM thresholds" in s]
    assert (len(loads), len(profiles), len(thresholds)) == (1, 1, 1), seen
    assert request <= REQUEST_STATEMENTS, seen[:request]
    # One more statement for yesterday's check-ins; the loads come from the turn's read.
    assert len(seen) == request + 1, seen[request:]
    # The shared read folds the same numbers a fresh read of each does.
    async with transaction(session_factory) as session:
        fresh = ActivityService(session, clock)
        series = await fresh.fitness_series(athlete.id, MONDAY - timedelta(days=7), MONDAY)
        stored = await readiness_on(
            WellnessService(session, clock), fresh, athlete.id, MONDAY - timedelta(days=1)
        )
    assert len(week["days"]) == len(series) == 7  # from the first day with load
    assert [(d["fitness_ctl"], d["form_tsb"]) for d in week["days"]] == [
        (round(p.ctl, 1), round(p.tsb, 1)) for _, p in series
    ]
    assert stored.fitness is not None and stored.fitness.ctl > 0
    assert yesterday == {"date": "2026-01-04", **readiness_data(stored.readiness)}
    assert '"readiness_today"' in model_input.system[1]["text"]


async def test_a_write_between_turns_is_in_the_next_turns_snapshot(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    athlete = await runner_with_history(session_factory)
    clock = ManualClock(NOW)
    before = await turn_snapshot(session_factory, athlete, clock)
    assert factor(before, "resting_hr") == "not recorded"
    assert before["profile"]["thresholds"]["run_threshold_pace"]["pace"] == "4:30/km"
    async with transaction(session_factory) as session:
        await WellnessService(session, clock).measure(
            athlete, MONDAY, Measurements(rmssd_ms=38.0, resting_hr_bpm=62.0, sleep_hours=4.0)
        )
        await ActivityService(session, clock).log_manual(
            athlete, QuickLog("run", 3600, rpe=8), MONDAY
        )
        await ProfileRepository(session).add_threshold(
            athlete.id,
            NewThreshold(
                ThresholdKind.RUN_THRESHOLD_PACE, 255.0, ThresholdSource.MEASURED, MONDAY
            ),
            now=NOW,
        )
        await CoachRepository(session).add_note(
            athlete.id, "Prefers runs before work", medical=False, confirmed=True, now=NOW
        )
    clock.advance(60)
    after = await turn_snapshot(session_factory, athlete, clock)
    assert factor(after, "resting_hr") == 62.0
    assert after["readiness_today"]["score"] != before["readiness_today"]["score"]
    assert after["load_today"]["load"] > before["load_today"]["load"]
    assert after["load_today"]["fatigue_atl"] > before["load_today"]["fatigue_atl"]
    assert after["profile"]["thresholds"]["run_threshold_pace"]["pace"] == "4:15/km"
    assert "Prefers runs before work" in json.dumps(after["profile"]["notes"])
    done_today = [a for a in after["this_week"]["activities"] if a["date"] == MONDAY.isoformat()]
    assert len(done_today) == 1


def factor(snapshot: dict[str, Any], name: str) -> Any:
    factors = snapshot["readiness_today"]["factors"]
    return next(f["value"] for f in factors if f["factor"] == name)


async def test_older_turns_fold_into_the_summary_and_a_later_fold_keeps_it(
    session_factory: async_sessionmaker[AsyncSession], anthropic_api: AnthropicApiFake
) -> None:
    """The fold after an answer works from the summary the turn read: a second fold
    keeps the first one's lines, and the model is sent the summary."""
    settings = Settings(
        anthropic_api_key=anthropic_api.api_key,  # type: ignore[arg-type]
        anthropic_base_url=anthropic_api.base_url,
        coach_daily_budget_usd=1000.0,
    )
    athlete = await runner_with_history(session_factory)
    clock = ManualClock(NOW)
    coach = build_coach(settings, clock)
    t = Catalogs.load().translator("en")
    try:
        summaries = []
        for number in range(31):
            async with transaction(session_factory) as session:
                reply = await CoachService(session, clock, coach).answer(
                    athlete, f"Question {number} about my week", t
                )
                assert reply.status is TurnStatus.OK, reply
                summaries.append(await CoachRepository(session).summary(athlete.id))
            clock.advance(60)
    finally:
        await coach.close()
    # 21 exchanges are 42 rows: the oldest 20 (questions 0-9) fold after the 21st answer.
    assert [s is None for s in summaries[:20]] == [True] * 20
    first = summaries[20]
    assert first is not None
    assert first.content.splitlines() == [
        "Earlier questions:",
        *(f"2026-01-05: Question {n} about my week" for n in range(10)),
    ]
    # Ten exchanges later the next 20 rows fold, after the first summary's lines.
    second = summaries[30]
    assert second is not None and second.through_turn_id > first.through_turn_id
    assert second.content.splitlines() == [
        *first.content.splitlines(),
        "Earlier questions:",
        *(f"2026-01-05: Question {n} about my week" for n in range(10, 20)),
    ]
    last_request = anthropic_api.requests[-1].body
    assert "Question 9 about my week" in last_request["system"][1]["text"]
    assert "Question 19 about my week" not in last_request["system"][1]["text"]
