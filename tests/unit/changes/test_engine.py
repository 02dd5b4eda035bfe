"""The change engine's worked cases: each operation on a real generated plan, the
athlete's constraints honoured later, totals that are the sum of the sessions, zones
from the athlete's own thresholds, illness and travel, refusals with their reason, and
done or past sessions left alone."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from bot.coach.planning import (
    Discipline,
    Equipment,
    Goal,
    Plan,
    RaceKind,
    Session,
    SessionSport,
    SessionType,
    TargetKind,
    Thresholds,
    ViolationCode,
    check_plan,
    generate_plan,
)
from bot.coach.planning.changes import (
    AddConstraint,
    AddRestDay,
    Constraint,
    Illness,
    Injury,
    LimitDays,
    MakeEasier,
    MoveSession,
    Proposal,
    RefusalCode,
    RepairCode,
    ReplaceSport,
    RestoreWeeks,
    ShortenSession,
    SkipSession,
    SwapDays,
    Symptoms,
    operation_json,
    operation_of,
    propose,
)
from bot.coach.planning.changes.constraints import breaches
from bot.coach.planning.changes.engine import REFERENCE_RULES
from bot.coach.planning.targets import target_kind_for
from tests.unit.planning.factories import MONDAY, make_request, race_day

TUESDAY = MONDAY + timedelta(days=1)
BIKE, RUN, SWIM = SessionSport.BIKE, SessionSport.RUN, SessionSport.SWIM
NO_SUNDAY_RIDES = Constraint(first=MONDAY, weekdays=frozenset({6}), banned=frozenset({BIKE}))


def triathlete(**overrides: object) -> tuple[Plan, object]:
    request = make_request(long_weekday=6, **overrides)
    return generate_plan(request), request


def runner() -> tuple[Plan, object]:
    request = make_request(
        discipline=Discipline.RUN,
        goal=Goal(RaceKind.HALF_MARATHON, race_day(14)),
        weekly_hours=6.0,
        available_weekdays=frozenset({1, 2, 3, 5, 6}),
        long_weekday=6,
        pool_weekdays=frozenset(),
    )
    return generate_plan(request), request


def sessions_between(plan: Plan, first: date, last: date) -> list[Session]:
    return [s for s in plan.sessions() if first <= s.date <= last]


def first_session(plan: Plan, day: date, **match: object) -> Session:
    return next(
        s
        for s in plan.sessions()
        if s.date >= day and all(getattr(s, k) == v for k, v in match.items())
    )


def assert_clean(proposal: Proposal, request: object) -> None:
    """No rule broken that was not broken before, but a ramp measured from a week that
    got lighter in a week that did not grow (REFERENCE_RULES in the engine)."""
    assert proposal.ok, proposal.refusal
    since = proposal.today
    before = {
        (v.code, v.week_index, v.date) for v in check_plan(proposal.before, request, since=since)
    }
    old = {w.start: w for w in proposal.before.weeks}
    for v in check_plan(proposal.after, request, since=proposal.today):
        if (v.code, v.week_index, v.date) in before:
            continue
        week = next(w for w in proposal.after.weeks if w.index == v.week_index)
        assert v.code in REFERENCE_RULES, v.describe()
        assert week.training_hours <= old[week.start].training_hours + 1e-6, v.describe()
        assert week.planned_load <= old[week.start].planned_load + 1e-6, v.describe()


def test_no_ride_on_sunday_is_honoured_in_every_later_proposal() -> None:
    plan, request = triathlete()

    def sunday_rides(p: Plan) -> list[Session]:
        return [
            s
            for s in p.sessions()
            if s.date.weekday() == 6 and BIKE in s.sports and s.type is not SessionType.RACE
        ]

    assert sunday_rides(plan)  # the long ride is on Sundays
    stated = propose(plan, request, [AddConstraint(NO_SUNDAY_RIDES)], today=TUESDAY)
    assert_clean(stated, request)
    assert stated.new_constraints == (NO_SUNDAY_RIDES,)
    assert not sunday_rides(stated.after)
    assert {r.code for r in stated.repairs} >= {RepairCode.CONSTRAINT_SPORT}

    # Later: moving a ride onto a Sunday, swapping Saturday with Sunday, rebuilding.
    later = stated.after
    saturday_ride = first_session(later, TUESDAY, sport=BIKE)
    sunday = saturday_ride.date + timedelta(days=(6 - saturday_ride.date.weekday()))
    for ops in (
        [MoveSession(saturday_ride.id, sunday)],
        [SwapDays(sunday - timedelta(days=1), sunday)],
        [SwapDays(sunday + timedelta(days=6), sunday + timedelta(days=7))],
    ):
        again = propose(later, request, ops, today=TUESDAY, constraints=[NO_SUNDAY_RIDES])
        rides = [
            s
            for s in again.after.sessions()
            if s.date.weekday() == 6 and BIKE in s.sports and s.type is not SessionType.RACE
        ]
        assert not rides, ops


def test_totals_in_the_card_are_the_sums_of_the_sessions() -> None:
    plan, request = triathlete()
    wednesday = first_session(plan, TUESDAY + timedelta(days=1))
    proposal = propose(plan, request, [ShortenSession(wednesday.id, 20)], today=TUESDAY)
    assert proposal.ok and proposal.weeks
    for change in proposal.weeks:
        for week, totals in (
            (change.before, change.totals_before),
            (change.after, change.totals_after),
        ):
            assert week is not None
            assert totals.hours == round(sum(s.duration_s for s in week.sessions) / 3600, 2)
            assert totals.load == round(sum(s.load for s in week.sessions), 1)
            assert totals.sessions == len(week.sessions)
            assert totals.distribution.total_s == sum(s.duration_s for s in week.sessions)
    [day] = proposal.days
    others = [s for s in day.before if s.id != wednesday.id]
    [short] = [s for s in day.after if s.id == wednesday.id]
    assert short.duration_s == 20 * 60 and short.load < wednesday.load
    assert [s for s in day.after if s.id != wednesday.id] == others


def test_another_sport_keeps_the_time_in_each_zone_in_the_athletes_own_terms() -> None:
    plan, request = triathlete()
    swim = first_session(plan, TUESDAY, sport=SWIM)
    proposal = propose(plan, request, [ReplaceSport(swim.id, BIKE)], today=TUESDAY)
    assert proposal.ok
    [day] = proposal.days
    ride = next(s for s in day.after if s.id == swim.id)
    assert ride.sport is BIKE
    old = [(st.effort, st.duration_s) for st in swim.workout.flat_steps()]
    new = [(st.effort, st.duration_s) for st in ride.workout.flat_steps()]
    assert new == old
    # A power meter and FTP: watts; without the power meter, heart rate from LTHR.
    assert {st.target.kind for st in ride.workout.flat_steps()} == {TargetKind.POWER_FTP}
    no_meter = dataclasses.replace(request, equipment=Equipment(power_meter=False, hr_strap=True))
    assert target_kind_for(BIKE, no_meter) is TargetKind.HR_LTHR
    hr = propose(plan, no_meter, [ReplaceSport(swim.id, BIKE)], today=TUESDAY)
    ride = next(s for s in hr.days[0].after if s.id == swim.id)
    assert {st.target.kind for st in ride.workout.flat_steps()} == {TargetKind.HR_LTHR}


def test_sick_below_the_neck_rests_then_ramps_without_intensity() -> None:
    plan, request = triathlete()
    proposal = propose(plan, request, [Illness(TUESDAY, 3, Symptoms.BELOW_NECK)], today=TUESDAY)
    assert_clean(proposal, request)
    rest = sessions_between(proposal.after, TUESDAY, TUESDAY + timedelta(days=1))
    assert rest == []
    ramp_days = 6  # three days ill, twice that after a fever
    ramp = sessions_between(
        proposal.after, TUESDAY + timedelta(days=2), TUESDAY + timedelta(days=1 + ramp_days)
    )
    assert ramp and all(s.workout.hard_s == 0 for s in ramp)
    first_half = [s for s in ramp if s.date <= TUESDAY + timedelta(days=4)]
    assert all(s.duration_s <= 30 * 60 for s in first_half)
    assert all(s.duration_s <= 60 * 60 for s in ramp)
    after_ramp = TUESDAY + timedelta(days=2 + ramp_days)
    assert sessions_between(proposal.after, after_ramp, after_ramp + timedelta(days=20)) == (
        sessions_between(plan, after_ramp, after_ramp + timedelta(days=20))
    )


def test_a_head_cold_allows_an_easy_half_hour_today() -> None:
    plan, request = triathlete()
    proposal = propose(plan, request, [Illness(TUESDAY, 1, Symptoms.ABOVE_NECK)], today=TUESDAY)
    assert proposal.ok
    today = sessions_between(proposal.after, TUESDAY, TUESDAY)
    assert sum(s.duration_s for s in today) <= 30 * 60
    assert all(s.workout.hard_s == 0 for s in today)


def test_travelling_allows_only_the_stated_sports_and_minutes() -> None:
    plan, request = triathlete()
    first, last = MONDAY + timedelta(days=7), MONDAY + timedelta(days=10)
    op = LimitDays(first, last, sports=frozenset({RUN}), max_minutes=45)
    proposal = propose(plan, request, [op], today=TUESDAY)
    assert_clean(proposal, request)
    away = sessions_between(proposal.after, first, last)
    assert away and all(s.sport is RUN for s in away)
    for offset in range(4):
        day = first + timedelta(days=offset)
        assert sum(s.duration_s for s in away if s.date == day) <= 45 * 60
    assert breaches(proposal.after, proposal.constraints, today=TUESDAY, done=()) == []


def test_the_long_run_moves_without_two_hard_days_in_a_row() -> None:
    plan, request = runner()
    long_run = first_session(plan, TUESDAY, type=SessionType.LONG)
    saturday = long_run.date - timedelta(days=1)
    proposal = propose(plan, request, [MoveSession(long_run.id, saturday)], today=TUESDAY)
    assert_clean(proposal, request)
    moved = [s for s in proposal.after.sessions() if s.date == saturday]
    assert any(s.type is SessionType.LONG for s in moved)
    hard = sorted({s.date for s in proposal.after.sessions() if s.makes_hard_day})
    assert all((b - a).days > 1 for a, b in zip(hard, hard[1:], strict=False))


def test_a_hard_session_moved_next_to_another_eases_the_neighbour() -> None:
    plan, request = runner()
    week = next(w for w in plan.weeks[1:] if sum(1 for s in w.sessions if s.is_hard) >= 2)
    first, second = [s for s in week.sessions if s.is_hard][:2]
    target = second.date - timedelta(days=1)
    if target == first.date or target.weekday() not in request.available_weekdays:
        target = second.date + timedelta(days=1)
    proposal = propose(plan, request, [MoveSession(first.id, target)], today=TUESDAY)
    if proposal.ok:
        assert RepairCode.EASED_HARD_NEIGHBOUR in {r.code for r in proposal.repairs}
        assert_clean(proposal, request)
    else:
        assert proposal.refusal is not None and proposal.refusal.code is RefusalCode.GUARDRAIL


def test_refusals_name_their_reason() -> None:
    plan, request = runner()
    session = first_session(plan, TUESDAY)
    friday = MONDAY + timedelta(days=4)  # not a training day
    moved = propose(plan, request, [MoveSession(session.id, friday)], today=TUESDAY)
    assert moved.refusal is not None and moved.refusal.code is RefusalCode.GUARDRAIL
    assert moved.refusal.violation is not None
    assert moved.refusal.violation.code is ViolationCode.UNAVAILABLE_DAY
    assert moved.after == plan

    short = propose(plan, request, [ShortenSession(session.id, 10)], today=TUESDAY)
    assert short.refusal is not None and short.refusal.code is RefusalCode.TOO_SHORT
    gone = propose(plan, request, [SkipSession("2030-01-01#1")], today=TUESDAY)
    assert gone.refusal is not None and gone.refusal.code is RefusalCode.SESSION_NOT_FOUND


def test_done_and_past_sessions_never_change() -> None:
    plan, request = runner()
    later = TUESDAY + timedelta(days=7)
    past = first_session(plan, TUESDAY)
    # An easy one: a done hard session alone in a rested week breaks the intensity share.
    done = next(
        s for s in sessions_between(plan, later, later + timedelta(days=6)) if not s.is_hard
    )
    for op in (SkipSession(past.id), MakeEasier(past.id), MoveSession(done.id, later)):
        proposal = propose(plan, request, [op], today=later, done={done.id})
        assert proposal.refusal is not None
        assert proposal.refusal.code is RefusalCode.SESSION_SETTLED
    # A rule over days that hold a done session changes everything else, not it.
    op = LimitDays(later, later + timedelta(days=6), rest=True)
    proposal = propose(plan, request, [op], today=later, done={done.id})
    assert proposal.ok
    assert proposal.after.session(done.id) == done
    assert proposal.after.session(past.id) == past


def test_rest_day_skip_easier_injury_and_undo() -> None:
    plan, request = runner()
    day = first_session(plan, TUESDAY).date
    rest = propose(plan, request, [AddRestDay(day)], today=TUESDAY)
    assert rest.ok and sessions_between(rest.after, day, day) == []
    hard = next(s for s in plan.sessions() if s.is_hard and s.date >= TUESDAY)
    easier = propose(plan, request, [MakeEasier(hard.id)], today=TUESDAY)
    eased = easier.after.session(hard.id)
    assert eased is not None and not eased.is_hard and eased.load < hard.load

    injury = propose(plan, request, [Injury(RUN, TUESDAY + timedelta(days=10))], today=TUESDAY)
    assert injury.ok
    window = sessions_between(injury.after, TUESDAY, TUESDAY + timedelta(days=9))
    assert window and all(RUN not in s.sports for s in window)

    # Undo: the weeks as they were, through the same checks.
    undo = propose(
        injury.after,
        request,
        [RestoreWeeks(tuple(w.before for w in injury.weeks if w.before))],
        today=TUESDAY,
    )
    assert undo.ok and undo.after == plan


def test_operations_round_trip_as_json() -> None:
    ops = [
        MoveSession("2026-01-06#1", TUESDAY),
        LimitDays(TUESDAY, TUESDAY, sports=frozenset({RUN}), max_minutes=45),
        Illness(TUESDAY, 2, Symptoms.ABOVE_NECK),
        AddConstraint(NO_SUNDAY_RIDES),
        Injury(RUN, TUESDAY, SWIM),
    ]
    assert [operation_of(operation_json(op)) for op in ops] == ops


def test_thresholds_unknown_still_give_targets_by_feel() -> None:
    plan, request = triathlete(thresholds=Thresholds(), equipment=Equipment())
    swim = first_session(plan, TUESDAY, sport=SWIM)
    proposal = propose(plan, request, [ReplaceSport(swim.id, RUN)], today=TUESDAY)
    assert proposal.ok
    run = proposal.after.session(swim.id)
    assert run is not None
    assert {st.target.kind for st in run.workout.flat_steps()} == {TargetKind.RPE}


def test_resting_the_rest_of_the_week_after_done_intervals_is_never_refused_for_intensity() -> (
    None
):
    """The sandbox case: intervals done this morning, then "rest the rest of the week".
    Only easy sessions leave, so the share of hard work from today on rises on paper to
    all of it; the done part is history and a rest request asks nothing more of the
    athlete."""
    plan, request = runner()
    found = None
    for week in plan.weeks:
        hard = [s for s in week.sessions if s.workout.hard_s > 0]
        later = [s for s in week.sessions if hard and s.date > hard[0].date]
        if hard and later and week.start > MONDAY:
            found = (week, hard[0])
            break
    assert found is not None
    week, hard = found
    today = hard.date
    sunday = week.start + timedelta(days=6)
    rest = LimitDays(today, sunday, sports=frozenset(), rest=True)
    proposal = propose(plan, request, [rest], today=today, done={hard.id})  # type: ignore[arg-type]
    assert proposal.ok, proposal.refusal
    after = [s for s in proposal.after.sessions() if week.start <= s.date <= sunday]
    assert [s.id for s in after] == [s.id for s in week.sessions if s.date <= today][: len(after)]
    assert hard.id in {s.id for s in after}
    # The rule itself would flag the week: only the exemption lets the rest through.
    rules = check_plan(proposal.after, request, since=today)  # type: ignore[arg-type]
    assert ViolationCode.TOO_MUCH_INTENSITY in {v.code for v in rules}


def test_a_move_onto_a_planned_day_swaps_and_onto_a_done_day_is_refused() -> None:
    plan, request = runner()
    tuesday = first_session(plan, TUESDAY)
    wednesday = first_session(plan, TUESDAY + timedelta(days=1))
    proposal = propose(plan, request, [MoveSession(tuesday.id, wednesday.date)], today=TUESDAY)
    assert proposal.ok, proposal.refusal
    by_day = {c.day: c.after for c in proposal.days}
    # One session a day, as before: Wednesday's went to Tuesday, nothing stacked.
    [now_wed] = by_day[wednesday.date]
    [now_tue] = by_day[TUESDAY]
    assert (now_wed.title, now_wed.duration_s) == (tuesday.title, tuesday.duration_s)
    assert now_tue.title == wednesday.title or proposal.repairs  # eased if hard days met
    done = propose(
        plan, request, [MoveSession(wednesday.id, TUESDAY)], today=TUESDAY, done={tuesday.id}
    )
    assert done.refusal is not None and done.refusal.code is RefusalCode.DAY_TAKEN


def test_an_easy_run_made_easier_is_a_recovery_run() -> None:
    plan, request = runner()
    easy = next(
        s
        for s in plan.sessions()
        if s.date >= TUESDAY and s.title == "run.easy" and not s.alternative
    )
    proposal = propose(plan, request, [MakeEasier(easy.id)], today=TUESDAY)
    [change] = proposal.days
    [after] = change.after
    assert (after.title, after.type) == ("run.recovery", SessionType.RECOVERY)
    assert after.load < easy.load
