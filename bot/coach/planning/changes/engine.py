"""The plan-change engine: operations -> a checked :class:`Proposal`.

``propose`` applies the operations to the plan as it is, makes the athlete's
constraints hold (old ones and the ones the change states), repairs what it can of the
guardrails — eases the neighbour of a moved hard day, eases a hard session when a week
holds too much intensity, rebuilds the weeks after the change when lower load would make
their fitness ramp too steep — and checks the result with the planner's own
``check_plan``. Anything still broken refuses the whole change with the reason; a
proposal is never returned "ok" with a violation or a broken constraint. Past days and
done sessions are never touched (checked at the end, not only assumed).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from datetime import date, timedelta

from bot.coach.planning.adapt import planning_context
from bot.coach.planning.changes.constraints import breaches, enforce
from bot.coach.planning.changes.layout import (
    assemble,
    free_order,
    is_settled,
    longest,
    within_plan,
)
from bot.coach.planning.changes.model import (
    AddConstraint,
    AddRestDay,
    ChangeRefused,
    Constraint,
    DayChange,
    Distribution,
    Illness,
    Injury,
    LimitDays,
    MakeEasier,
    MoveSession,
    Operation,
    PlaceSession,
    Proposal,
    RebuildFrom,
    Refusal,
    RefusalCode,
    Repair,
    RepairCode,
    ReplaceSport,
    RestoreWeeks,
    ShortenSession,
    SkipSession,
    SwapDays,
    Symptoms,
    Totals,
    WeekChange,
)
from bot.coach.planning.changes.sessions import easier, in_sport, placed, relocated, shortened
from bot.coach.planning.generator import PlanGenerationError
from bot.coach.planning.guardrails import Violation, ViolationCode, check_plan
from bot.coach.planning.model import Effort, Plan, Session, SessionSport, Week, monday
from bot.coach.planning.regenerate import regenerate
from bot.coach.planning.request import PlanRequest, PlanRequestError
from bot.coach.planning.sessions import PlanContext

_DAY = timedelta(days=1)
_WEEK = timedelta(days=7)
MAX_RANGE_DAYS = 92
_REPAIR_ROUNDS = 12

# Illness: our rule after the neck check (Eichner 1993) and the gradual return of the IOC
# consensus (Schwellnus et al. 2019, Br J Sports Med 53:1360): rest while symptoms are
# below the neck, then as many easy days as days ill (twice as many after a fever),
# capped in minutes, before intensity comes back.
ILLNESS_REST_DAYS = {Symptoms.ABOVE_NECK: 0, Symptoms.BELOW_NECK: 2}
ILLNESS_TODAY_MINUTES = {Symptoms.ABOVE_NECK: 30, Symptoms.BELOW_NECK: 0}
RAMP_MINUTES = (30, 60)  # the first and the second half of the return ramp
RAMP_DAYS = (2, 14)


class _Work:
    """The plan being changed, and what the operations touched."""

    def __init__(self, plan: Plan, today: date, done: Collection[str]) -> None:
        self.plan = plan
        self.today = today
        self.done = frozenset(done)
        self.touched: set[str] = set()  # ids of sessions the athlete asked to change
        self.constraints: list[Constraint] = []
        self.prefer: list[SessionSport] = []

    def sessions(self) -> list[Session]:
        return list(self.plan.sessions())

    def find(self, session_id: str) -> Session:
        found = self.plan.session(session_id)
        if found is None:
            raise ChangeRefused(RefusalCode.SESSION_NOT_FOUND, session=session_id)
        if is_settled(found, self.today, self.done):
            raise ChangeRefused(RefusalCode.SESSION_SETTLED, session=session_id)
        return found

    def future_day(self, day: date) -> None:
        if day < self.today:
            raise ChangeRefused(RefusalCode.DAY_IN_PAST, day=day.isoformat())
        if not within_plan(self.plan, day):
            raise ChangeRefused(RefusalCode.OUTSIDE_PLAN, day=day.isoformat())

    def replace(self, old: Session | None, new: Session | None) -> None:
        sessions = [s for s in self.sessions() if old is None or s.id != old.id]
        if new is not None:
            sessions.append(new)
            self.touched.add(new.id)
        self.plan = assemble(self.plan, sessions)


def _apply(work: _Work, op: Operation, ctx: PlanContext, request: PlanRequest) -> None:
    if isinstance(op, MoveSession):
        session = work.find(op.session_id)
        work.future_day(op.to)
        if op.to == session.date:
            raise ChangeRefused(RefusalCode.SAME_DAY, day=op.to.isoformat())
        _move(work, session, op.to)
    elif isinstance(op, SwapDays):
        _swap(work, op)
    elif isinstance(op, ShortenSession):
        session = work.find(op.session_id)
        work.replace(session, shortened(ctx, session, op.minutes))
    elif isinstance(op, MakeEasier):
        session = work.find(op.session_id)
        work.replace(session, easier(ctx, session))
    elif isinstance(op, SkipSession):
        work.replace(work.find(op.session_id), None)
    elif isinstance(op, ReplaceSport):
        session = work.find(op.session_id)
        cap = longest(work.plan, session.date, op.sport)
        work.replace(session, in_sport(ctx, session, op.sport, max_s=cap))
    elif isinstance(op, AddRestDay):
        work.future_day(op.day)
        pending = [s for s in work.sessions() if s.date == op.day and s.id not in work.done]
        if not pending:
            raise ChangeRefused(RefusalCode.NOTHING_TO_CHANGE, day=op.day.isoformat())
        work.constraints.append(Constraint(op.day, op.day, rest=True, reason="rest_day"))
    elif isinstance(op, LimitDays):
        work.constraints.append(_limits(work, op))
    elif isinstance(op, Illness):
        work.constraints.extend(_illness(work, op))
    elif isinstance(op, Injury):
        if op.until <= work.today:
            raise ChangeRefused(RefusalCode.BAD_RANGE, last=op.until.isoformat())
        work.constraints.append(
            Constraint(work.today, op.until - _DAY, banned=frozenset({op.sport}), reason="injury")
        )
        work.prefer.append(op.instead)
    elif isinstance(op, AddConstraint):
        if op.rule.ended(work.today) or (
            op.rule.first and op.rule.last and op.rule.last < op.rule.first
        ):
            raise ChangeRefused(RefusalCode.BAD_RANGE)
        work.constraints.append(op.rule)
    elif isinstance(op, RebuildFrom):
        _rebuild(work, request, op.day)
    elif isinstance(op, RestoreWeeks):
        _restore(work, op.weeks)
    elif isinstance(op, PlaceSession):
        _place(work, ctx, op)
    else:  # pragma: no cover - the union is closed
        raise AssertionError(op)


def _place(work: _Work, ctx: PlanContext, op: PlaceSession) -> None:
    """The coach's session replaces the day's pending sessions (done ones stay)."""
    work.future_day(op.day)
    kept = [s for s in work.sessions() if s.date != op.day or s.id in work.done]
    session = placed(
        ctx,
        op.day,
        free_order(kept, op.day),
        sport=op.sport,
        minutes=op.minutes,
        effort=op.effort,
    )
    work.plan = assemble(work.plan, kept)
    work.replace(None, session)


def _move(work: _Work, session: Session, day: date) -> None:
    """``session`` onto ``day``. A day that holds pending sessions gives them to the day
    the session leaves (a swap): a move never stacks a second session on a planned day
    behind the athlete's back. A day with a done session is refused (it stays)."""
    others = [s for s in work.sessions() if s.id != session.id]
    there = [s for s in others if s.date == day]
    if any(is_settled(s, work.today, work.done) for s in there):
        raise ChangeRefused(RefusalCode.DAY_TAKEN, day=day.isoformat())
    kept = [s for s in others if s.date != day]
    moved = [relocated(session, day, free_order(kept, day))]
    for s in there:
        moved.append(relocated(s, session.date, free_order(kept + moved, session.date)))
    work.plan = assemble(work.plan, kept + moved)
    work.touched.update(s.id for s in moved)


def _swap(work: _Work, op: SwapDays) -> None:
    if op.first == op.second:
        raise ChangeRefused(RefusalCode.SAME_DAY, day=op.first.isoformat())
    for day in (op.first, op.second):
        work.future_day(day)
    sessions = work.sessions()
    a = [s for s in sessions if s.date == op.first]
    b = [s for s in sessions if s.date == op.second]
    if not a and not b:
        raise ChangeRefused(RefusalCode.NOTHING_TO_CHANGE)
    if any(s.id in work.done for s in a + b):
        raise ChangeRefused(RefusalCode.SESSION_SETTLED)
    rest = [s for s in sessions if s.date not in (op.first, op.second)]
    moved = [relocated(s, op.second, s.order) for s in a] + [
        relocated(s, op.first, s.order) for s in b
    ]
    work.touched.update(s.id for s in moved)
    work.plan = assemble(work.plan, rest + moved)


def _limits(work: _Work, op: LimitDays) -> Constraint:
    if op.last < op.first or (op.last - op.first).days > MAX_RANGE_DAYS:
        raise ChangeRefused(RefusalCode.BAD_RANGE, first=op.first.isoformat())
    if op.last < work.today:
        raise ChangeRefused(RefusalCode.DAY_IN_PAST, day=op.last.isoformat())
    if op.max_minutes is not None and op.max_minutes < 0:
        raise ChangeRefused(RefusalCode.TOO_SHORT, minutes=op.max_minutes)
    rest = op.rest or op.sports == frozenset() or op.max_minutes == 0
    return Constraint(
        max(op.first, work.today),
        op.last,
        op.weekdays,
        rest=rest,
        sports=op.sports if not rest else None,
        banned=op.banned,
        max_minutes=op.max_minutes if not rest else None,
        reason="limits",
    )


def _illness(work: _Work, op: Illness) -> list[Constraint]:
    if op.days_ill < 0 or op.days_ill > 60:
        raise ChangeRefused(RefusalCode.BAD_RANGE, days=op.days_ill)
    today = work.today
    rest = ILLNESS_REST_DAYS[op.symptoms]
    low, high = RAMP_DAYS
    ramp = min(max(op.days_ill, low), high) * (2 if op.symptoms is Symptoms.BELOW_NECK else 1)
    found: list[Constraint] = []
    if rest:
        found.append(Constraint(today, today + _DAY * (rest - 1), rest=True, reason="illness"))
    else:
        minutes = ILLNESS_TODAY_MINUTES[op.symptoms]
        found.append(
            Constraint(today, today, max_minutes=minutes, no_intensity=True, reason="illness")
        )
        rest = 1
    start = today + _DAY * rest
    half = max(ramp // 2, 1)
    first_cap, second_cap = RAMP_MINUTES
    found.append(
        Constraint(
            start,
            start + _DAY * (half - 1),
            max_minutes=first_cap,
            no_intensity=True,
            reason="illness_ramp",
        )
    )
    found.append(
        Constraint(
            start + _DAY * half,
            start + _DAY * (ramp - 1),
            max_minutes=second_cap,
            no_intensity=True,
            reason="illness_ramp",
        )
    )
    return found


def _rebuild(work: _Work, request: PlanRequest, day: date) -> None:
    work.future_day(day)
    try:
        work.plan = regenerate(work.plan, request, day, work.done)
    except (PlanRequestError, PlanGenerationError) as error:
        raise ChangeRefused(RefusalCode.REBUILD_FAILED, reason=str(error)[:80]) from error
    work.touched.update(s.id for s in work.plan.sessions() if s.date >= day)


def _restore(work: _Work, weeks: Sequence[Week]) -> None:
    starts = {w.start for w in weeks}
    kept = [
        s
        for s in work.sessions()
        if monday(s.date) not in starts or is_settled(s, work.today, work.done)
    ]
    ids = {s.id for s in kept}
    back = [
        s
        for w in weeks
        for s in w.sessions
        if not is_settled(s, work.today, work.done) and s.id not in ids
    ]
    work.touched.update(s.id for s in back)
    plan = assemble(work.plan, kept + back)
    shape = {w.start: w for w in weeks}
    work.plan = dataclasses.replace(
        plan,
        weeks=tuple(
            dataclasses.replace(
                w,
                phase=shape[w.start].phase,
                is_recovery=shape[w.start].is_recovery,
                notes=shape[w.start].notes,
            )
            if w.start in shape
            else w
            for w in plan.weeks
        ),
    )


# -- repairs ------------------------------------------------------------------------------


def _key(v: Violation) -> tuple[str, int | None, date | None]:
    return (v.code.value, v.week_index, v.date)


# Rules measured against an earlier week ("the last loading week", the fitness before).
# A week that gained neither hours nor load can break one of them only because an earlier
# week became lighter on paper; that asks nothing more of the athlete, and the weekly
# review adapts the coming week to what was actually done (as take_adjusted does).
REFERENCE_RULES = frozenset(
    {
        ViolationCode.RAMP_TOO_STEEP,
        ViolationCode.FITNESS_RAMP_TOO_STEEP,
        ViolationCode.RECOVERY_WEEK_TOO_HARD,
        ViolationCode.TAPER_VOLUME_INCREASE,
    }
)
_EPS = 1e-6


def new_violations(
    before: Plan,
    after: Plan,
    request: PlanRequest,
    *,
    today: date,
    baseline: set[tuple[str, int | None, date | None]],
    previous: Plan | None,
) -> list[Violation]:
    """Rules ``after`` breaks that ``before`` did not, except reference rules in weeks
    that did not grow (see REFERENCE_RULES), and the intensity share in weeks that gained
    no hard time: taking easy sessions out (rest, illness) raises the share of hard work
    already done or planned without asking anything more of the athlete, and a request to
    rest is never refused for too much intensity (the done part is history)."""
    old = {w.start: w for w in before.weeks}
    no_bigger = set()
    no_harder = set()
    for w in after.weeks:
        was = old.get(w.start)
        if was is None:
            continue
        if (
            w.training_hours <= was.training_hours + _EPS
            and w.planned_load <= was.planned_load + _EPS
        ):
            no_bigger.add(w.index)
        if _hard_s(w) <= _hard_s(was):
            no_harder.add(w.index)
    return [
        v
        for v in check_plan(after, request, since=today, previous=previous)
        if _key(v) not in baseline
        and not (v.code in REFERENCE_RULES and v.week_index in no_bigger)
        and not (v.code is ViolationCode.TOO_MUCH_INTENSITY and v.week_index in no_harder)
    ]


def _hard_s(week: Week) -> int:
    return sum(s.workout.hard_s for s in week.sessions)


def _ease_one(
    work: _Work, ctx: PlanContext, candidates: list[Session], code: RepairCode
) -> Repair | None:
    """Ease the first candidate the athlete did not ask about, else the first."""
    ordered = sorted(candidates, key=lambda s: s.id in work.touched)
    for s in ordered:
        if is_settled(s, work.today, work.done):
            continue
        try:
            eased = easier(ctx, s)
        except ChangeRefused:
            continue
        sessions = [x for x in work.sessions() if x.id != s.id] + [eased]
        work.plan = assemble(work.plan, sessions)
        return Repair(code, s.date, s.sport)
    return None


def _repair(work: _Work, ctx: PlanContext, violation: Violation) -> Repair | None:
    sessions = work.sessions()
    if violation.code is ViolationCode.HARD_DAYS_IN_A_ROW and violation.date is not None:
        pair = (violation.date - _DAY, violation.date)
        hard = [s for s in sessions if s.date in pair and s.makes_hard_day]
        return _ease_one(work, ctx, hard, RepairCode.EASED_HARD_NEIGHBOUR)
    if violation.code is ViolationCode.TOO_MUCH_INTENSITY and violation.week_index is not None:
        week = next(w for w in work.plan.weeks if w.index == violation.week_index)
        hard = sorted((s for s in week.sessions if s.is_hard), key=lambda s: s.date, reverse=True)
        return _ease_one(work, ctx, hard, RepairCode.EASED_FOR_INTENSITY_SHARE)
    return None


# -- the proposal -------------------------------------------------------------------------


def totals(week: Week | None) -> Totals:
    """Hours, load, sessions and the three-zone distribution, summed from the sessions."""
    if week is None:
        return Totals(0.0, 0.0, 0, 0, Distribution())
    easy = moderate = hard = 0
    for s in week.sessions:
        for step in s.workout.flat_steps():
            if step.effort <= Effort.ENDURANCE:
                easy += step.duration_s
            elif step.effort <= Effort.SWEET_SPOT:
                moderate += step.duration_s
            else:
                hard += step.duration_s
    return Totals(
        hours=round(sum(s.duration_s for s in week.sessions) / 3600, 2),
        load=round(sum(s.load for s in week.sessions), 1),
        sessions=len(week.sessions),
        hard_sessions=sum(1 for s in week.sessions if s.is_hard),
        distribution=Distribution(easy, moderate, hard),
    )


def _diff(before: Plan, after: Plan) -> tuple[tuple[WeekChange, ...], tuple[DayChange, ...]]:
    old = {w.start: w for w in before.weeks}
    new = {w.start: w for w in after.weeks}
    weeks = []
    days = []
    for start in sorted(old.keys() | new.keys()):
        a, b = old.get(start), new.get(start)
        if (a.sessions if a else ()) == (b.sessions if b else ()):
            continue
        weeks.append(WeekChange(start, a, b, totals(a), totals(b)))
        for offset in range(7):
            day = start + _DAY * offset
            x = tuple(s for s in (a.sessions if a else ()) if s.date == day)
            y = tuple(s for s in (b.sessions if b else ()) if s.date == day)
            if x != y:
                days.append(DayChange(day, x, y))
    return tuple(weeks), tuple(days)


def _settled_kept(before: Plan, after: Plan, today: date, done: Collection[str]) -> bool:
    was = {s.id: s for s in before.sessions() if is_settled(s, today, done)}
    now = {s.id: s for s in after.sessions() if is_settled(s, today, done)}
    return was == now


def propose(
    plan: Plan,
    request: PlanRequest,
    operations: Sequence[Operation],
    *,
    today: date,
    done: Collection[str] = (),
    constraints: Sequence[Constraint] = (),
) -> Proposal:
    """The plan with ``operations`` applied, checked; refused with the reason if any
    rule (guardrail or constraint) would break. ``done`` holds the ids of sessions with
    an outcome; ``constraints`` the athlete's constraints stored so far."""
    request = dataclasses.replace(request, today=today) if request.today != today else request
    ctx = planning_context(request)
    work = _Work(plan, today, done)
    active = [c for c in constraints if not c.ended(today)]

    def refused(refusal: Refusal, violations: Sequence[Violation] = ()) -> Proposal:
        return Proposal(
            tuple(operations),
            today,
            plan,
            plan,
            (),
            (),
            (),
            tuple(active),
            (),
            tuple(violations),
            refusal,
        )

    every = active
    try:
        for op in operations:
            _apply(work, op, ctx, request)
        every = active + work.constraints
        work.plan, repairs = enforce(
            ctx, work.plan, every, today=today, done=work.done, prefer=work.prefer
        )
    except ChangeRefused as error:
        return refused(Refusal(error.code, tuple(sorted(error.params.items()))))
    baseline = {_key(v) for v in check_plan(plan, request, since=today)}
    # Putting weeks back (undo, an adaptation made elsewhere) is measured against the
    # rules alone, not against the plan it replaces.
    previous = None if any(isinstance(op, RestoreWeeks) for op in operations) else plan
    violations: list[Violation] = []
    for _ in range(_REPAIR_ROUNDS):
        violations = new_violations(
            plan, work.plan, request, today=today, baseline=baseline, previous=previous
        )
        if not violations:
            break
        repair = _repair(work, ctx, violations[0])
        if repair is None:
            break
        repairs.append(repair)
    if violations:
        return refused(Refusal(RefusalCode.GUARDRAIL, violation=violations[0]), violations)
    broken = breaches(work.plan, every, today=today, done=work.done)
    if broken:
        first = broken[0]
        return refused(Refusal(RefusalCode.CONSTRAINT, (("day", first.day.isoformat()),)))
    if not _settled_kept(plan, work.plan, today, work.done):
        return refused(Refusal(RefusalCode.SESSION_SETTLED))
    weeks, days = _diff(plan, work.plan)
    if not days and not work.constraints:
        return refused(Refusal(RefusalCode.NOTHING_TO_CHANGE))
    return Proposal(
        operations=tuple(operations),
        today=today,
        before=plan,
        after=work.plan,
        weeks=weeks,
        days=days,
        repairs=tuple(repairs),
        constraints=tuple(every),
        new_constraints=tuple(work.constraints),
    )


def proposal_between(
    before: Plan,
    after: Plan,
    request: PlanRequest,
    *,
    today: date,
    done: Collection[str] = (),
    constraints: Sequence[Constraint] = (),
) -> Proposal:
    """A change made elsewhere (the weekly adaptation) as a proposal: the same diff,
    totals and checks, so it is logged and undone like any other."""
    weeks = tuple(w for w in after.weeks if w.start + _WEEK > today)
    return propose(
        before, request, (RestoreWeeks(weeks),), today=today, done=done, constraints=constraints
    )
