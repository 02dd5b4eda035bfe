""" "Do the adjusted session" on a morning brief changes today's plan: the easier
alternative on an amber day, rest on a red one; done sessions and other days untouched."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.services.deliveries import DeliveryService
from bot.coach.services.plans import PlanService
from bot.domain.deliveries import DeliveryKind, NewDelivery, athlete_recipient
from bot.domain.plans import PlannedSessionRecord, SessionStatus
from bot.storage.models import PlanChangeRow
from bot.storage.repositories import DeliveryRepository
from tests.integration.test_plans import MONDAY, NOW, make_runner

HARD = ("tempo", "threshold", "intervals")


async def sessions(
    plans: PlanService, athlete_id: int, plan_id: int
) -> list[PlannedSessionRecord]:
    plan = await plans.stored(plan_id)
    assert plan is not None and plan.athlete_id == athlete_id
    return list(plan.sessions())


async def test_an_amber_day_takes_the_easier_alternative(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        plans = PlanService(session, ManualClock(NOW))
        plan_id = (await plans.context(athlete)).plan.id
        before = await sessions(plans, athlete.id, plan_id)
        hard = next(s for s in before if s.type in HARD and s.day > MONDAY)
        assert hard.alternative is not None
        clock = ManualClock(
            datetime.combine(hard.day, datetime.min.time(), UTC) + timedelta(hours=7)
        )
        outbox = DeliveryRepository(session)
        (delivery_id,) = await outbox.add_new(
            [
                NewDelivery(
                    DeliveryKind.MORNING_BRIEF,
                    athlete_recipient(athlete.id),
                    athlete.chat_id or 0,
                    athlete.id,
                    hard.day,
                    clock.now(),
                    payload={"adjustment": "easier"},
                )
            ],
            now=clock.now(),
        )
        service = DeliveryService(session, clock)
        changed = await service.apply_adjustment(athlete, delivery_id)
        again = await service.apply_adjustment(athlete, delivery_id)  # a second tap
        after = await sessions(PlanService(session, clock), athlete.id, plan_id)
        logged = list(await session.scalars(select(PlanChangeRow)))
        await session.commit()

    assert (changed, again) == (1, 0)
    # Through the change engine: logged once, as the athlete's change, and undoable.
    assert [(r.proposed_by, r.request_text) for r in logged] == [
        ("athlete", "morning brief: do the adjusted session")
    ]
    (today,) = [s for s in after if s.day == hard.day]
    assert today.key == hard.key and today.type not in HARD
    assert today.type == hard.alternative["type"]  # the alternative the plan offered
    assert today.outcome.notes == "adjusted: easier"
    assert today.duration_s < hard.duration_s and today.load < hard.load
    unchanged = [(s.key, s.duration_s, s.type) for s in before if s.day != hard.day]
    assert [(s.key, s.duration_s, s.type) for s in after if s.day != hard.day] == unchanged


async def test_a_red_day_becomes_rest_and_a_past_brief_changes_nothing(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        athlete = await make_runner(session)
        plans = PlanService(session, ManualClock(NOW))
        plan_id = (await plans.context(athlete)).plan.id
        day = next(s.day for s in await sessions(plans, athlete.id, plan_id) if s.day > MONDAY)
        clock = ManualClock(datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=7))
        later = PlanService(session, ManualClock(clock.now() + timedelta(days=1)))
        assert await later.take_adjusted(athlete, day, rest=True) == 0  # not today any more
        rested = await PlanService(session, clock).take_adjusted(athlete, day, rest=True)
        after = await sessions(PlanService(session, clock), athlete.id, plan_id)
        await session.commit()

    on_day = [s for s in after if s.day == day]
    assert rested == len(on_day) >= 1
    # Rest, said on the session; never "skipped" in the morning (issue #16).
    assert {s.outcome.status for s in on_day} == {SessionStatus.PENDING}
    assert {s.outcome.notes for s in on_day} == {"rest: red readiness"}
