"""Activities against the plan, end to end: two sessions on one day, a late upload that
changes the days after it, re-matching and unmatching from the card, /history with its
detail view and delete (the session goes back to pending, fitness is recomputed)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.coach.services.activities import ActivityService
from bot.domain.plans import NewPlan, PlannedSessionRecord, PlanWeekRecord, SessionStatus
from bot.storage.repositories import ActivityRepository, PlanRepository
from tests.e2e.activity_chat import (
    activities_of,
    athlete_id,
    plain,
    press_all,
    send_all,
    translator,
    upload_all,
)
from tests.e2e.harness import Person, TempoUnderTest
from tests.unit.ingest.synthetic import START, Leg, activity_fit

pytestmark = pytest.mark.e2e

DAY = START.date()  # 2026-03-01, a Sunday; the synthetic FIT files start at 08:00 UTC


def planned(
    day: date, order: int, sport: str, minutes: int, kind: str = "endurance"
) -> PlannedSessionRecord:
    return PlannedSessionRecord(
        key=f"{day.isoformat()}-{order}",
        day=day,
        order=order,
        sport=sport,
        type=kind,
        title="endurance",
        objective="aerobic",
        workout={},
        duration_s=minutes * 60,
        distance_m=None,
        load=float(minutes),
    )


async def make_plan(
    tempo: TempoUnderTest, who: int, sessions: list[PlannedSessionRecord]
) -> dict[str, int]:
    """An active plan holding ``sessions``; returns their row ids by key."""
    assert tempo.app is not None
    first = min(s.day for s in sessions)
    monday = first - timedelta(days=first.weekday())
    week = PlanWeekRecord(
        index=0, start=monday, phase="base", is_recovery=False, planned_hours=5.0,
        planned_load=300.0, session_count=len(sessions), sessions=tuple(sessions),
    )  # fmt: skip
    plan = NewPlan(
        goal={"kind": "general"}, discipline="run", start=monday, end=monday + timedelta(days=6),
        warnings=(), start_ctl=30.0, baseline_hours=5.0, recovery_every=4, inputs={},
        weeks=(week,),
    )  # fmt: skip
    async with tempo.app.session_factory() as session:
        plans = PlanRepository(session)
        stored = await plans.add_active(who, plan, now=tempo.clock.now())
        record = await plans.get(stored.id)
        await session.commit()
    assert record is not None
    return {s.key: s.id for s in record.sessions() if s.id is not None}


async def status_of(tempo: TempoUnderTest, session_id: int) -> tuple[SessionStatus, int | None]:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        found = await PlanRepository(session).session(session_id)
    assert found is not None
    outcome = found.session.outcome
    return outcome.status, outcome.matched_activity_id


async def start(tempo: TempoUnderTest, name: str = "Ann") -> tuple[Person, int]:
    tempo.clock.set(datetime(2026, 3, 1, 18, 0, tzinfo=UTC))
    person = tempo.person(name)
    await send_all(tempo, person, "/help")
    return person, await athlete_id(tempo, person)


def fit(tmp_path: Path, name: str, legs: list[Leg]) -> Path:
    path = tmp_path / name
    path.write_bytes(activity_fit(legs))
    return path


async def test_two_runs_on_a_day_with_two_runs_planned(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann, who = await start(tempo)
    ids = await make_plan(tempo, who, [planned(DAY, 0, "run", 10), planned(DAY, 1, "run", 30)])
    replies = await upload_all(
        tempo, ann, fit(tmp_path, "morning.fit", [Leg("running", 600, 3.0)])
    )
    assert "📅" in (replies[0].text or "") and "100%" in (replies[0].text or "")
    await send_all(tempo, ann, "ran 5k in 28 min")
    morning, evening = await activities_of(tempo, who)
    assert morning.planned_session_id == ids[f"{DAY}-0"]
    assert evening.planned_session_id == ids[f"{DAY}-1"]
    assert await status_of(tempo, ids[f"{DAY}-0"]) == (SessionStatus.DONE, morning.id)
    # 28 of 30 minutes is green: done.
    assert await status_of(tempo, ids[f"{DAY}-1"]) == (SessionStatus.DONE, evening.id)


async def test_a_short_session_is_partial(tempo: TempoUnderTest, tmp_path: Path) -> None:
    ann, who = await start(tempo)
    ids = await make_plan(tempo, who, [planned(DAY, 0, "run", 14)])
    await upload_all(tempo, ann, fit(tmp_path, "short.fit", [Leg("running", 600, 3.0)]))
    [activity] = await activities_of(tempo, who)
    # 10 of 14 minutes: within the ±30 % window, but 71 % is yellow, so partial.
    assert await status_of(tempo, ids[f"{DAY}-0"]) == (SessionStatus.PARTIAL, activity.id)


async def test_a_late_upload_matches_yesterday_and_changes_the_days_after(
    tempo: TempoUnderTest, tmp_path: Path
) -> None:
    ann, who = await start(tempo)
    tempo.clock.set(datetime(2026, 3, 2, 19, 0, tzinfo=UTC))  # Monday evening
    ids = await make_plan(tempo, who, [planned(DAY, 0, "bike", 15)])
    await send_all(tempo, ann, "run 40 min rpe 5")  # today's run, logged first
    assert tempo.app is not None
    monday = DAY + timedelta(days=1)
    async with tempo.app.session_factory() as session:
        before = await ActivityService(session, tempo.clock).fitness(who, monday)
    # Sunday's ride arrives a day late.
    await upload_all(
        tempo, ann, fit(tmp_path, "sunday.fit", [Leg("cycling", 900, 8.0, power=180)])
    )
    await press_all(tempo, ann, "5")
    ride = next(a for a in await activities_of(tempo, who) if a.sport == "bike")
    assert ride.local_date == DAY
    assert ride.planned_session_id == ids[f"{DAY}-0"]
    async with tempo.app.session_factory() as session:
        after = await ActivityService(session, tempo.clock).fitness(who, monday)
    assert before is not None and after is not None
    # Monday's form now carries Sunday's load: CTL and ATL went up, TSB went down.
    assert after.ctl > before.ctl and after.atl > before.atl
    assert after.tsb < before.tsb


async def test_rematch_and_unmatch_from_the_card(tempo: TempoUnderTest, tmp_path: Path) -> None:
    ann, who = await start(tempo)
    ids = await make_plan(
        tempo, who, [planned(DAY, 0, "run", 10), planned(DAY + timedelta(days=1), 0, "run", 60)]
    )
    [card] = await upload_all(tempo, ann, fit(tmp_path, "run.fit", [Leg("running", 600, 3.0)]))
    [activity] = await activities_of(tempo, who)
    first, second = ids[f"{DAY}-0"], ids[f"{DAY + timedelta(days=1)}-0"]
    assert activity.planned_session_id == first
    t = translator()
    await ann.press(t("act-btn-plan"), on=card)
    menu = tempo.account.message(ann.user, card.message_id)
    other = next(label for label in menu.button_texts if "Mon 2 Mar" in label)
    await press_all(tempo, ann, other, on=menu)
    [activity] = await activities_of(tempo, who)
    assert activity.planned_session_id == second
    assert activity.match_kind is not None and activity.match_kind.value == "manual"
    assert await status_of(tempo, first) == (SessionStatus.PENDING, None)
    # 10 of 60 minutes: the athlete's choice stands, scored red: partial.
    assert await status_of(tempo, second) == (SessionStatus.PARTIAL, activity.id)
    await ann.press(t("act-btn-plan"), on=card)
    await press_all(tempo, ann, t("act-btn-unmatch"), on=card)
    [activity] = await activities_of(tempo, who)
    assert activity.planned_session_id is None
    assert activity.match_kind is not None and activity.match_kind.value == "unmatched"
    assert await status_of(tempo, second) == (SessionStatus.PENDING, None)


async def test_history_detail_and_delete(tempo: TempoUnderTest, tmp_path: Path) -> None:
    ann, who = await start(tempo)
    ids = await make_plan(tempo, who, [planned(DAY, 0, "run", 10)])
    await upload_all(tempo, ann, fit(tmp_path, "run.fit", [Leg("running", 600, 3.0)]))
    await send_all(tempo, ann, "bike 1h rpe 6")
    t = translator()
    [listing] = await send_all(tempo, ann, "/history")
    assert plain(t("history-title", shown=2, total=2)) in (listing.text or "")
    assert listing.button_texts == ["1", "2"]
    await ann.press("2", on=listing)  # the older one: the run
    detail = tempo.account.message(ann.user, listing.message_id)
    assert "Run" in (detail.text or "") and t("act-btn-back") in detail.button_texts
    await ann.press(t("act-btn-delete"), on=detail)
    await press_all(tempo, ann, t("act-btn-delete-yes"), on=detail)
    remaining = await activities_of(tempo, who)
    assert [a.sport for a in remaining] == ["bike"]
    assert await status_of(tempo, ids[f"{DAY}-0"]) == (SessionStatus.PENDING, None)
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        fitness = await ActivityService(session, tempo.clock).fitness(who, DAY)
        files = await ActivityRepository(session).file_by_hash(who, "x")
    # Only the ride's load is left: one day of 6 × 60 × 100/420 from zero.
    assert fitness is not None
    assert fitness.load == pytest.approx(6 * 60 * 100 / 420, abs=0.1)
    assert files is None


async def test_history_pages(tempo: TempoUnderTest) -> None:
    ann, who = await start(tempo)
    for minutes in range(30, 40):
        await send_all(tempo, ann, f"run {minutes} min rpe 4")
    [listing] = await send_all(tempo, ann, "/history")
    t = translator()
    assert t("history-older") in listing.button_texts
    await ann.press(t("history-older"), on=listing)
    page = tempo.account.message(ann.user, listing.message_id)
    assert page.button_texts == ["9", "10", t("history-newer")]
