"""The scoped data gate for human coaches, attacked: a coach of another squad, unusable
invitations, consent revoked between two taps, another athlete's id, a coach who is also
an athlete, an athlete who left. Real database (SQLite, or PostgreSQL when configured)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services.access import AccessDenied, AccessGate
from bot.coach.services.activities import ActivityService
from bot.coach.services.squads import DEFAULT_SCOPES, SquadError, SquadService
from bot.coach.services.wellness import WellnessService
from bot.coach.squads.roster import Flag
from bot.domain.activities import ActivityLoad, ActivitySource
from bot.domain.athletes import Athlete
from bot.domain.squads import ALL_SCOPES, MembershipStatus, Scope
from bot.storage.repositories import ActivityRepository
from tests.integration.test_plans import MONDAY, NOW, make_athlete, make_runner

COACH_ID, OTHER_COACH_ID, SECOND_ATHLETE_ID = 7_100_000_101, 7_100_000_102, 7_100_000_103


async def every_read(gate: AccessGate, coach: Athlete, athlete_id: int) -> list[str]:
    """Each gated read the coach tries; the names of those that were refused."""
    refused = []
    reads = {
        "athlete": gate.athlete(coach.id, athlete_id),
        "profile": gate.profile(coach.id, athlete_id),
        "week": gate.week(coach.id, athlete_id),
        "activities": gate.last_activities(coach.id, athlete_id),
        "readiness": gate.readiness(coach.id, athlete_id),
    }
    for name, read in reads.items():
        try:
            await read
        except AccessDenied:
            refused.append(name)
    return refused


ALL_READS = ["athlete", "profile", "week", "activities", "readiness"]


async def squad_with_runner(
    session: AsyncSession, clock: ManualClock
) -> tuple[SquadService, Athlete, Athlete, str]:
    """A coach's squad the runner joined through the link; the link's token."""
    squads = SquadService(session, clock)
    runner = await make_runner(session)
    await ActivityService(session, clock).log_manual(
        runner, QuickLog("run", 3600, rpe=6), MONDAY - timedelta(days=1)
    )
    coach = await make_athlete(session, COACH_ID)
    _, invitation = await squads.create(coach, "  Morning   runners ")
    await squads.accept(invitation.token, runner)
    return squads, coach, runner, invitation.token


async def test_a_member_coach_reads_exactly_the_granted_scopes(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, _ = await squad_with_runner(session, clock)
        gate = AccessGate(session, clock)
        granted = await gate.granted(coach.id, runner.id)
        profile = await gate.profile(coach.id, runner.id)
        week = await gate.week(coach.id, runner.id)
        activities = await gate.last_activities(coach.id, runner.id)
        readiness = await gate.readiness(coach.id, runner.id)
        with pytest.raises(AccessDenied) as refused:
            await gate.require(coach.id, runner.id, Scope.PLAN_EDIT)
        named = (await squads.squads(coach))[0].name

    assert named == "Morning runners"
    assert granted == DEFAULT_SCOPES == {Scope.PLAN_VIEW, Scope.ACTIVITIES, Scope.WELLNESS}
    assert profile is not None and profile.athlete.id == runner.id
    assert profile.zones.run_pace is not None  # threshold pace 4:30 → run zones
    assert week.week.start == MONDAY and week.sessions
    assert [a.sport for a in activities] == ["run"] and activities[0].athlete_id == runner.id
    assert readiness.readiness.day == MONDAY and readiness.checked_in is False
    assert refused.value.scope is Scope.PLAN_EDIT


async def test_a_coach_of_another_squad_sees_nothing(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, _, runner, _ = await squad_with_runner(session, clock)
        stranger = await make_athlete(session, OTHER_COACH_ID)
        await squads.create(stranger, "Track club")
        gate = AccessGate(session, clock)
        refused = await every_read(gate, stranger, runner.id)
        granted = await gate.granted(stranger.id, runner.id)

    assert refused == ALL_READS and granted == frozenset()


async def test_another_athletes_id_in_a_forged_request_is_refused(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """A coach with a real member edits a button to name someone else's id: an athlete
    who exists but is not theirs, one who does not exist, and the coach's own id."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, coach, runner, _ = await squad_with_runner(session, clock)
        outsider = await make_athlete(session, SECOND_ATHLETE_ID)
        gate = AccessGate(session, clock)
        outsider_refused = await every_read(gate, coach, outsider.id)
        missing_refused = await every_read(gate, coach, outsider.id + 1000)
        self_refused = await every_read(gate, coach, coach.id)
        member_refused = await every_read(gate, coach, runner.id)

    assert outsider_refused == missing_refused == self_refused == ALL_READS
    assert member_refused == []


@pytest.mark.parametrize("how", ["expired", "revoked", "used_up"])
async def test_an_unusable_invitation_grants_nothing(
    session_factory: async_sessionmaker[AsyncSession], how: str
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads = SquadService(session, clock)
        coach = await make_athlete(session, COACH_ID)
        runner = await make_runner(session)
        squad, _ = await squads.create(coach, "Tempo Tuesdays")
        invitation = await squads.invite(coach, squad.id, max_uses=1)
        if how == "expired":
            clock.advance(timedelta(days=7))
        elif how == "revoked":
            revoked = await squads.revoke(coach, invitation.id)
            assert revoked.revoked_at == NOW
        else:
            first = await make_athlete(session, SECOND_ATHLETE_ID)
            await squads.accept(invitation.token, first)
        with pytest.raises(SquadError) as opened:
            await squads.offer(invitation.token, runner)
        with pytest.raises(SquadError) as accepted:
            await squads.accept(invitation.token, runner)
        refused = await every_read(AccessGate(session, clock), coach, runner.id)

    assert opened.value.code == accepted.value.code == f"invitation_{how}"
    assert refused == ALL_READS


async def test_an_unknown_token_and_a_stranger_revoking_a_link_are_refused(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads = SquadService(session, clock)
        coach = await make_athlete(session, COACH_ID)
        stranger = await make_athlete(session, OTHER_COACH_ID)
        _, invitation = await squads.create(coach, "Hills")
        with pytest.raises(SquadError) as unknown:
            await squads.offer("no-such-token", stranger)
        with pytest.raises(SquadError) as not_theirs:
            await squads.revoke(stranger, invitation.id)
        with pytest.raises(SquadError) as not_theirs_either:
            await squads.invite(stranger, invitation.squad_id)
        still = await squads.offer(invitation.token, stranger)

    assert unknown.value.code == "invitation_unknown"
    assert not_theirs.value.code == not_theirs_either.value.code == "not_yours"
    assert still.invitation.revoked_at is None and still.coach.id == coach.id


async def test_consent_revoked_between_two_taps_is_refused_at_once(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """The coach's card is on screen; the athlete turns readiness off in /sharing; the
    coach's next tap (same gate, no re-login) is refused, the other scopes still work."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, _ = await squad_with_runner(session, clock)
        gate = AccessGate(session, clock)
        before = await gate.readiness(coach.id, runner.id)
        (shared,) = await squads.sharing(runner)
        await squads.set_scope(runner, shared.membership.id, Scope.WELLNESS, granted=False)
        with pytest.raises(AccessDenied) as refused:
            await gate.readiness(coach.id, runner.id)
        still = await gate.last_activities(coach.id, runner.id)
        await squads.set_scope(runner, shared.membership.id, Scope.WELLNESS, granted=True)
        again = await gate.readiness(coach.id, runner.id)

    assert before.readiness.day == again.readiness.day == MONDAY
    assert refused.value.scope is Scope.WELLNESS and len(still) == 1
    assert shared.coach.id == coach.id


async def test_a_coach_who_is_also_an_athlete_reaches_only_their_own_squad(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Coach X coaches the runner and is an athlete in coach Y's squad (all scopes)."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, x, runner, token = await squad_with_runner(session, clock)
        y = await make_athlete(session, OTHER_COACH_ID)
        y_squad, _ = await squads.create(y, "Masters")
        everything = await squads.invite(y, y_squad.id, scopes=frozenset(ALL_SCOPES))
        await squads.accept(everything.token, x)
        gate = AccessGate(session, clock)
        y_reads_x = await gate.granted(y.id, x.id)
        y_reads_runner = await every_read(gate, y, runner.id)
        x_reads_y = await every_read(gate, x, y.id)
        runner_reads_x = await every_read(gate, runner, x.id)
        with pytest.raises(SquadError) as own:
            await squads.accept(token, x)

    assert y_reads_x == frozenset(ALL_SCOPES)
    assert y_reads_runner == x_reads_y == runner_reads_x == ALL_READS
    assert own.value.code == "own_squad"


async def test_an_athlete_who_left_is_gone_until_they_accept_again(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, token = await squad_with_runner(session, clock)
        (shared,) = await squads.sharing(runner)
        left = await squads.leave(runner, shared.membership.id)
        gate = AccessGate(session, clock)
        refused = await every_read(gate, coach, runner.id)
        with pytest.raises(SquadError) as twice:
            await squads.leave(runner, shared.membership.id)
        with pytest.raises(SquadError) as toggled:
            await squads.set_scope(runner, shared.membership.id, Scope.WELLNESS, granted=True)
        sharing_after = await squads.sharing(runner)
        await squads.accept(token, runner)
        back = await gate.granted(coach.id, runner.id)

    assert left.status is MembershipStatus.LEFT and left.left_at == NOW and not left.scopes
    assert refused == ALL_READS and sharing_after == []
    assert twice.value.code == toggled.value.code == "membership_gone"
    assert back == DEFAULT_SCOPES


async def test_declining_shares_nothing_and_another_athlete_cannot_touch_a_membership(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, token = await squad_with_runner(session, clock)
        other = await make_athlete(session, SECOND_ATHLETE_ID)
        offer = await squads.decline(token, other)
        (shared,) = await squads.sharing(runner)
        with pytest.raises(SquadError) as hijack:
            await squads.set_scope(other, shared.membership.id, Scope.PLAN_EDIT, granted=True)
        with pytest.raises(SquadError) as hijack_leave:
            await squads.leave(other, shared.membership.id)
        gate = AccessGate(session, clock)
        refused = await every_read(gate, coach, other.id)
        runner_scopes = await gate.granted(coach.id, runner.id)

    assert offer.invitation.uses == 1  # the runner's use; declining counts none
    assert refused == ALL_READS and runner_scopes == DEFAULT_SCOPES
    assert hijack.value.code == hijack_leave.value.code == "membership_gone"


async def test_only_the_owner_may_see_an_activity_from_an_owner_only_source(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Strava's terms: its data reaches its owner alone, never their coach."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, coach, runner, _ = await squad_with_runner(session, clock)
        (logged,), _ = await ActivityService(session, clock).recent(runner.id)
        synced = replace(logged.fields, source=ActivitySource.STRAVA, external_id="s-1")
        strava = await ActivityRepository(session).add(runner.id, synced, file_id=None, now=NOW)
        seen = await AccessGate(session, clock).last_activities(coach.id, runner.id)
        own, _ = await ActivityService(session, clock).recent(runner.id)

    assert [a.id for a in seen] == [logged.id]  # the manual log is shared, Strava's is not
    assert {a.id for a in own} == {logged.id, strava.id}  # the owner sees both


async def test_the_roster_ranks_who_needs_attention_and_shows_only_granted_parts(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """The runner is ill today (wellness granted); a second athlete shares only the plan;
    the ill one comes first, and nothing of the second's wellness or workouts is read. A
    third who just joined and sent nothing yet is new, not silent — until three days on."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        squads, coach, runner, token = await squad_with_runner(session, clock)
        await WellnessService(session, clock).set_flag(runner, MONDAY, "illness")
        quiet = await make_athlete(session, SECOND_ATHLETE_ID)
        await squads.accept(token, quiet)
        (shared,) = await squads.sharing(quiet)
        for scope in (Scope.ACTIVITIES, Scope.WELLNESS):
            await squads.set_scope(quiet, shared.membership.id, scope, granted=False)
        silent = await make_athlete(session, SECOND_ATHLETE_ID + 1)
        await squads.accept(token, silent)
        gate = AccessGate(session, clock)
        first, *others = await gate.roster(coach.id)
        card = await gate.card(coach.id, quiet.id)
        new_card = await gate.card(coach.id, silent.id)
        stranger = await make_athlete(session, OTHER_COACH_ID)
        nobody = await gate.roster(stranger.id)
        clock.advance(timedelta(days=3))
        later = {line.athlete_id: line for line in await gate.roster(coach.id)}

    [second] = [line for line in others if line.athlete_id == quiet.id]
    [third] = [line for line in others if line.athlete_id == silent.id]
    assert first.athlete_id == runner.id and Flag.ILL_OR_INJURED in first.flags
    assert first.checked_in is True and first.form is not None
    assert third.flags == () and third.new and new_card.new
    assert later[silent.id].flags == (Flag.NO_DATA,) and not later[silent.id].new
    assert third.checked_in is False and third.compliance is None
    assert second.athlete_id == quiet.id and second.readiness is None
    assert second.checked_in is None and second.form is None
    assert Flag.NO_DATA not in second.flags  # nothing granted to tell silence from privacy
    assert card.scopes == {Scope.PLAN_VIEW} and card.activities is None
    assert card.readiness is None and card.profile is None  # not onboarded
    assert nobody == []


async def test_a_coachs_roster_and_readiness_leave_strava_loads_out(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Form, ACWR and readiness derived from a Strava ride's load are Strava data too:
    the coach's figures are folded without it, the athlete's own with it."""
    clock = ManualClock(NOW)
    async with session_factory() as session:
        _, coach, runner, _ = await squad_with_runner(session, clock)
        (logged,), _ = await ActivityService(session, clock).recent(runner.id)
        ride = replace(
            logged.fields,
            source=ActivitySource.STRAVA,
            external_id="s-2",
            sport="ride",
            load=ActivityLoad(300.0, "power"),
        )
        await ActivityRepository(session).add(runner.id, ride, file_id=None, now=NOW)
        service = ActivityService(session, clock)
        own = await service.fitness(runner.id, MONDAY)
        without = await service.fitness(
            runner.id, MONDAY, excluding_sources=frozenset({ActivitySource.STRAVA})
        )
        gate = AccessGate(session, clock)
        (line,) = await gate.roster(coach.id)
        readiness = await gate.readiness(coach.id, runner.id)

    assert own is not None and without is not None and own.tsb < without.tsb - 5
    assert line.form == without.tsb
    assert readiness.readiness.factor("tsb").value == without.tsb
