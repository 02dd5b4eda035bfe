"""Custom zones end to end below Telegram: stored with their history, checked when set,
set by a coach only through the gate with "plan edit", and the same override read by
the profile's zones, the plan's targets, the activity time-in-zone sets, the coach's
card and the AI coach's profile tool. Real database (SQLite, or PostgreSQL when set)."""

from __future__ import annotations

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.agent.access import AthleteScope
from bot.coach.agent.coach_tools import NoArgs, get_profile
from bot.coach.agent.tools import ToolContext
from bot.coach.ingest.metrics import zone_sets
from bot.coach.planning.model import SessionSport, TargetKind
from bot.coach.planning.targets import render_target
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.zone_text import parse_zone_change
from bot.coach.science import Sport as ScienceSport
from bot.coach.services.access import AccessDenied, AccessGate
from bot.coach.services.activities import ActivityService
from bot.coach.services.plans import ExportFormat, PlanService
from bot.coach.services.profiles import ProfileService
from bot.coach.services.wellness import WellnessService
from bot.coach.services.zone_overrides import ZoneOverrideService
from bot.domain.athletes import Athlete
from bot.domain.zone_overrides import ZoneOverrideEntry, ZoneSetter
from bot.storage.repositories import CoachRepository, ZoneOverrideRepository
from tests.integration.test_activities import FIXTURES
from tests.integration.test_coach_access import squad_with_runner
from tests.integration.test_coach_access_actions import grant_edits
from tests.integration.test_plans import NOW, make_runner
from tests.unit.planning.test_export import steps_of


def service(session: AsyncSession, clock: ManualClock) -> ZoneOverrideService:
    return ZoneOverrideService(
        session, clock, ProfileService(session, clock), AccessGate(session, clock)
    )


async def test_overrides_are_replaced_and_cleared_with_their_history_kept(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        runner = await make_runner(session)
        repo = ZoneOverrideRepository(session)
        first = ZoneOverrideEntry(
            "run_pace", 2, 320, 360, ZoneSetter.ATHLETE, runner.id, "Pia", NOW
        )
        await repo.replace(runner.id, [first], now=NOW)
        later = NOW + timedelta(hours=1)
        await repo.replace(
            runner.id,
            [
                ZoneOverrideEntry(
                    "run_pace", 2, 315, 355, ZoneSetter.ATHLETE, runner.id, "Pia", later
                )
            ],
            now=later,
        )
        in_force = await repo.in_force(runner.id)
        assert [(e.number, e.lower, e.upper) for e in in_force] == [(2, 315, 355)]
        assert await repo.clear(runner.id, None, now=later) == 1
        assert await repo.in_force(runner.id) == ()
        history = await repo.history(runner.id)
        assert [(e.lower, e.cleared_at) for e in history] == [(320, later), (315, later)]


async def test_a_zone_that_overlaps_its_neighbour_is_refused_by_name(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        runner = await make_runner(session)  # threshold pace 4:30/km: Z3 4:43.5-5:05.1
        zones = service(session, clock)
        with pytest.raises(ProfileInputError) as below:
            await zones.set_own(runner, parse_zone_change("zone 2 pace 4:40-5:50"))
        with pytest.raises(ProfileInputError) as missing:
            await zones.set_own(runner, parse_zone_change("zone 2 power 150-200"))
        with pytest.raises(ProfileInputError) as number:
            await zones.set_own(runner, parse_zone_change("zone 9 pace 4:40-5:50"))
        with pytest.raises(ProfileInputError) as open_ended:
            await zones.set_own(runner, parse_zone_change("zone 3 pace 4:40+"))
        assert (below.value.code, below.value.params) == (
            "zone-squeezed",
            {"number": "2", "neighbour": "3", "command": "/zones zone 2 pace 4:49-5:50"},
        )
        assert missing.value.code == "zone-no-zones"
        assert (number.value.code, number.value.params["count"]) == ("zone-number", "1–5c")
        assert (open_ended.value.code, open_ended.value.params["hardest"]) == ("zone-open", "1")
        assert await ZoneOverrideRepository(session).in_force(runner.id) == ()


async def test_a_neighbour_follows_down_to_the_minimum_width_and_no_further(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    # Threshold pace 4:30/km: Z3 283.5-305.1 s/km, Z2 305.1-348.3, Z1 348.3+. The
    # narrowest pace zone is 5 s: Z2 may start at 288.5 (Z3 283.5-288.5) but not at 288.
    clock = ManualClock(NOW)
    async with session_factory() as session:
        runner = await make_runner(session)
        zones = service(session, clock)
        with pytest.raises(ProfileInputError) as squeezed:
            await zones.set_own(runner, parse_zone_change("zone 2 pace 4:48-5:50"))
        assert squeezed.value.params["command"] == "/zones zone 2 pace 4:49-5:50"
        block = await zones.set_own(runner, parse_zone_change("zone 2 pace 288.5-350"))
        z = block.zones
        assert [(n, z.by_number(n).lower, z.by_number(n).upper) for n in (1, 2, 3, 4)] == [
            (1, 350, None),
            (2, 288.5, 350),
            (3, 283.5, 288.5),
            (4, 270, 283.5),
        ]
        # The suggested command is accepted as given.
        block = await zones.set_own(runner, parse_zone_change("zone 2 pace 4:49-5:50"))
        assert block.zones.by_number(3).upper == 289


async def test_a_neighbours_own_override_follows_and_keeps_its_far_bound(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        runner = await make_runner(session)
        zones = service(session, clock)
        await zones.set_own(runner, parse_zone_change("zone 3 pace 4:45-5:10"))  # 285-310
        # Zone 2 now starts at 5:05, inside zone 3's override: zone 3 ends there instead.
        block = await zones.set_own(runner, parse_zone_change("zone 2 pace 5:05-6:00"))
        z = block.zones
        assert [(n, z.by_number(n).lower, z.by_number(n).upper) for n in (1, 2, 3, 4)] == [
            (1, 360, None),
            (2, 305, 360),
            (3, 285, 305),
            (4, 270, 285),
        ]
        stored = await ZoneOverrideRepository(session).in_force(runner.id)
        assert sorted((e.number, e.lower, e.upper) for e in stored) == [
            (2, 305, 360),
            (3, 285, 305),
        ]
        # Zone 3 cannot be squeezed below 5 s from the other side either.
        await zones.set_own(runner, parse_zone_change("zone 3 pace 4:45-4:50"))  # 285-290
        with pytest.raises(ProfileInputError) as only:
            await zones.set_own(runner, parse_zone_change("zone 4 pace 4:30-4:48"))
        assert (only.value.code, only.value.params["neighbour"]) == ("zone-squeezed", "3")
        assert only.value.params["command"] == "/zones zone 4 pace 4:30-4:45"
        # When no range of zone 4 starting there leaves zone 3 room, only widening zone 3
        # first helps, and that is what the reply says.
        with pytest.raises(ProfileInputError) as widen:
            await zones.set_own(runner, parse_zone_change("zone 4 pace 4:46-4:49"))
        assert (widen.value.code, widen.value.params) == (
            "zone-squeezed-only",
            {"number": "4", "neighbour": "3"},
        )


async def test_a_coach_sets_a_zone_only_with_plan_edit(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, _ = await squad_with_runner(session, clock)
        zones = service(session, clock)
        change = parse_zone_change("zone 2 pace 5:20-6:00")
        with pytest.raises(AccessDenied):
            await zones.set_by_coach(coach, runner.id, change)
        assert await ZoneOverrideRepository(session).in_force(runner.id) == ()
        await grant_edits(squads, runner)
        target, block = await zones.set_by_coach(coach, runner.id, change)
        assert target.id == runner.id
        assert (block.zones.by_number(2).lower, block.zones.by_number(2).upper) == (320, 360)
        (stored,) = await ZoneOverrideRepository(session).in_force(runner.id)
        assert (stored.set_by, stored.setter_id, stored.setter_name) == (
            ZoneSetter.COACH,
            coach.id,
            coach.display_name,
        )
        await grant_edits(squads, runner, granted=False)
        with pytest.raises(AccessDenied):
            await zones.set_by_coach(coach, runner.id, parse_zone_change("zone 2 pace 5:25-6:00"))
        (still,) = await ZoneOverrideRepository(session).in_force(runner.id)
        assert still.lower == 320


def _zone2(zones: list[dict[str, object]], metric: str) -> tuple[object, object]:
    (found,) = [z for z in zones if z["metric"] == metric]
    zone = next(z for z in found["zones"] if z["zone"] == 2)  # type: ignore[attr-defined]
    return zone["from"], zone["to"]


async def _run_targets(session: AsyncSession, clock: ManualClock, runner: Athlete) -> list:
    """The pace targets of the first run of the week, as the day's view renders them."""
    plans = PlanService(session, clock)
    week = await plans.week(runner)
    run = next(s for s in week.sessions if s.session.sport is SessionSport.RUN)
    day = await plans.day(runner, run.session.date)
    return [
        render_target(step.target, day.context.thresholds, day.context.units)
        for s in day.sessions
        for step in s.session.workout.flat_steps()
        if step.target.kind is TargetKind.PACE_THRESHOLD
    ]


async def test_one_override_wins_everywhere(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, coach, runner, _ = await squad_with_runner(session, clock)
        before = await _run_targets(session, clock, runner)
        await service(session, clock).set_own(runner, parse_zone_change("zone 2 pace 5:20-6:00"))
        profiles = ProfileService(session, clock)
        snapshot = await profiles.snapshot(runner.id)
        assert snapshot is not None
        # The profile's zones screen.
        run_pace = profiles.zones(snapshot).run_pace
        assert run_pace is not None
        assert (run_pace.zones.by_number(2).lower, run_pace.zones.by_number(2).upper) == (320, 360)
        # The day's session targets: easy paces (computed zone 2, 5:05-5:48) now in 5:20-6:00.
        after = await _run_targets(session, clock, runner)
        easy = [
            (b, a)
            for b, a in zip(before, after, strict=True)
            if b.low >= 305.1 and b.high <= 348.3
        ]
        assert easy, before
        assert all(320 <= a.low < a.high <= 360 for _, a in easy), easy
        # The activity's time-in-zone sets (and the charts' bands, which read them).
        thresholds = await ActivityService(session, clock).thresholds(runner.id, NOW.date())
        zone = zone_sets(ScienceSport.RUN, thresholds)["run_pace"].by_number(2)
        assert (zone.lower, zone.upper) == (320, 360)
        # The AI coach's profile tool.
        scope = AthleteScope(
            runner,
            clock,
            profiles=profiles,
            plans=PlanService(session, clock),
            activities=ActivityService(session, clock),
            wellness=WellnessService(session, clock),
            coach=CoachRepository(session),
        )
        tool = await get_profile.run(ToolContext(scope, NOW.date()), NoArgs())
        assert _zone2(tool["zones"], "run_pace") == ("5:20", "6:00")
        # The coach's card.
        card = await AccessGate(session, clock).profile(coach.id, runner.id)
        assert card is not None and card.zones.run_pace is not None
        assert card.zones.run_pace.zones.by_number(2).upper == 360


async def test_stored_time_in_zones_follows_a_zone_set_and_reset(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    data = (FIXTURES / "garmin-fenix-5-run.fit").read_bytes()
    async with session_factory() as session:
        runner = await make_runner(session)
        activities = ActivityService(session, clock)
        [run] = (await activities.ingest(runner, "run.fit", data)).stored
        zones = ZoneOverrideService(
            session, clock, ProfileService(session, clock), AccessGate(session, clock), activities
        )

        async def pace_seconds() -> list[float]:
            stored = await activities.get(runner.id, run.id)
            assert stored is not None
            (pace,) = [z for z in stored.fields.zones if z.metric == "run_pace"]
            return [z.seconds for z in pace.zones]

        computed = await pace_seconds()
        await zones.set_own(runner, parse_zone_change("zone 3 pace 4:35-5:30"))
        custom = await pace_seconds()
        await zones.reset_own(runner)
        back = await pace_seconds()
    assert custom != computed and sum(custom) == pytest.approx(sum(computed))
    # Zone 3 widened on both sides (4:43-5:05 to 4:35-5:30): it holds at least as much.
    assert custom[2] >= computed[2] and custom[1] <= computed[1]
    assert back == computed


async def test_fit_and_zwo_exports_carry_their_targets_into_the_custom_zones(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """The FIT workout a watch follows and the Zwift one have the easy paces the day's
    view shows: the computed zone 2 (5:05-5:48 /km) moved into the athlete's 5:20-6:00."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, _, runner, _ = await squad_with_runner(session, clock)
        await service(session, clock).set_own(runner, parse_zone_change("zone 2 pace 5:20-6:00"))
        plans = PlanService(session, clock)
        week = await plans.week(runner)
        run = next(s for s in week.sessions if s.session.sport is SessionSport.RUN)
        exported = await plans.export(runner, run.id, ExportFormat.FIT, name="Easy run")
        zwift = await plans.export(runner, run.id, ExportFormat.ZWO, name="Easy run")
        shown = await _run_targets(session, clock, runner)
        day = await plans.day(runner, run.session.date)
        threshold = day.context.thresholds.run_threshold_pace_s_per_km
    paces = [
        (1000 / step["custom_target_speed_high"], 1000 / step["custom_target_speed_low"])
        for step in steps_of(exported.content)
        if "custom_target_speed_low" in step and step["custom_target_speed_low"]
    ]
    easy = [(fast, slow) for fast, slow in paces if fast >= 319 and slow <= 361]
    assert easy, paces
    # Every zone-2 pace in the file is within the custom 5:20-6:00, none in 5:05-5:20.
    assert all(320 - 1 <= fast < slow <= 360 + 1 for fast, slow in easy), easy
    easy_shown = [(t.low, t.high) for t in shown if t.low >= 320 and t.high <= 360]
    assert [(round(f), round(s)) for f, s in easy] == easy_shown[: len(easy)]
    # Zwift reads fractions of threshold speed: a steady easy step is the middle of the
    # shown (custom) paces as fractions, not of the computed 5:05-5:48.
    assert threshold is not None
    steady = [
        float(e.attrib["Power"]) for e in ElementTree.fromstring(zwift.content).iter("SteadyState")
    ]
    wanted = [
        (threshold / t.low + threshold / t.high) / 2
        for t in shown
        if t.low >= 320 and t.high <= 360
    ]
    assert wanted and all(any(abs(value - want) < 0.004 for value in steady) for want in wanted), (
        steady,
        wanted,
    )
