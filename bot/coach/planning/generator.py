"""The planner: from a PlanRequest to a Plan with zero guardrail violations.

Week by week: the phase layout (phases.py) says what the week is for, the volume rules
(volume.py) how many hours it holds, sessions.py drafts and places the sessions, and the
fitness-ramp bound trims the week when the load would raise CTL too fast. The finished
plan is checked with guardrails.check_plan; a violation there is a bug, raised loudly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.coach.planning.guardrails import (
    Violation,
    check_plan,
    injured_sports,
    reference_hours,
    weekly_ctl,
)
from bot.coach.planning.model import (
    Notice,
    NoticeCode,
    Phase,
    Plan,
    Session,
    SessionSport,
    SessionType,
    TargetKind,
    Week,
    monday,
)
from bot.coach.planning.phases import (
    MASTERS_AGE,
    WeekSpec,
    layout,
    recovery_every,
    weeks_until,
)
from bot.coach.planning.placement import Occupied, Unplaced, UnplacedReason
from bot.coach.planning.races import (
    SHARES,
    RaceProfile,
    days_needed,
    race_profile,
    shorter_alternative,
    training_discipline,
)
from bot.coach.planning.request import PlanRequest
from bot.coach.planning.sessions import (
    PlanContext,
    WeekFrame,
    cap_hard_share,
    compose_week,
    floor5,
    hard_seconds,
    race_session,
)
from bot.coach.planning.start import first_day, fits_today, next_week_start
from bot.coach.planning.volume import (
    RECOVERY_FACTOR,
    baseline_hours,
    ctl_after,
    loading_target,
    max_week_load,
    starting_ctl,
    taper_target,
)

_CTL_ATTEMPTS = 4
# A recovery week's sessions stay under 80 % of the block's longest of their sport: the
# week unloads, and never holds the block's longest ride or run.
RECOVERY_LONGEST_SHARE = 0.8


class PlanGenerationError(RuntimeError):
    """The generator built a plan its own guardrails reject: a bug, never user error."""

    def __init__(self, violations: Sequence[Violation]) -> None:
        super().__init__("; ".join(v.describe() for v in violations[:5]))
        self.violations = list(violations)


@dataclass(slots=True)
class _State:
    """What the next week needs to know about the weeks before it."""

    ctl: float
    reference_h: float  # hours of the last loading week (or the baseline)
    intended_h: float  # the target of the last loading week (progression without losses)
    previous_h: float | None = None  # training hours of the week before
    previous_phase: Phase | None = None
    hard_dates: tuple[date, ...] = ()
    long_dates: tuple[date, ...] = ()
    taper_reference_h: float | None = None
    loading_run: int = 0  # loading weeks since the last recovery (or the plan's start)
    # This block's (loading weeks since the last unloading week) longest long session and
    # longest session of any kind, per sport: the long session never shrinks within a
    # block, and the recovery week after it holds nothing as long as either.
    block_long: dict[SessionSport, int] = field(default_factory=dict)
    block_longest: dict[SessionSport, int] = field(default_factory=dict)
    reference_is_week: bool = False  # reference_h is a whole loading week of the plan


@dataclass(slots=True)
class _Build:
    request: PlanRequest
    profile: RaceProfile
    ctx: PlanContext
    start: date
    baseline: float
    start_ctl: float
    budget: float
    warnings: list[Notice] = field(default_factory=list)
    fresh: bool = True  # a new plan: its first week is the introduction


def generate_plan(request: PlanRequest) -> Plan:
    """A plan from the current week to race day (or one 3+1 / 2+1 fitness block).

    It starts on the first training day from today, or from tomorrow when it is made
    late in the day or today could not hold its first session any more (start.py)."""
    start = first_day(request)
    plan = build_plan(dataclasses.replace(request, today=start), start=start)
    if not fits_today(request, start, plan.sessions()):
        start = first_day(request, late=True)
        plan = build_plan(dataclasses.replace(request, today=start), start=start)
    if len(plan.weeks) > 1 and not plan.weeks[0].sessions:
        # Too few days left this week for any session: the plan starts next week.
        start = next_week_start(request, start)
        plan = build_plan(dataclasses.replace(request, today=start), start=start)
    opener = min((s.date for s in plan.sessions() if s.type is not SessionType.RACE), default=None)
    if opener is not None and start < opener < start + timedelta(days=7 - start.weekday()):
        # The start day got no session (e.g. the long-session day of an introduction week
        # that has no long session): the plan starts on its first session's day, so the
        # first-day rules (one easy session, capped) hold for the day that opens it.
        start = opener
        plan = build_plan(dataclasses.replace(request, today=start), start=start)
    return plan


def build_plan(
    request: PlanRequest,
    *,
    start: date,
    kept_weeks: Sequence[Week] = (),
    fixed: Sequence[Session] = (),
    start_ctl: float | None = None,
    baseline: float | None = None,
) -> Plan:
    """Build from ``request.today`` on, after ``kept_weeks`` (whole past weeks) and with
    ``fixed`` sessions of the current week left where they are (used by regenerate)."""
    build = _prepare(request, start, start_ctl, baseline)
    build.fresh = not kept_weeks and not fixed
    plan_shell = Plan(
        request.goal,
        build.profile.discipline,
        start,
        start,
        tuple(kept_weeks),
        (),
        build.start_ctl,
        build.baseline,
        recovery_every(request),
    )
    state = _replay(build, plan_shell)
    streak = 0
    for week in reversed(kept_weeks):
        if week.phase in (Phase.BASE, Phase.BUILD, Phase.PEAK) and not week.is_recovery:
            streak += 1
        else:
            break
    state.loading_run = streak
    specs, notes = layout(
        request,
        build.profile,
        start=request.today,
        first_index=len(kept_weeks),
        loading_streak=streak,
    )
    build.warnings.extend(notes)
    weeks = list(kept_weeks)
    taper_len = sum(1 for spec in specs if spec.phase is Phase.TAPER)
    for spec in specs:
        week_fixed = [s for s in fixed if spec.start <= s.date <= spec.start + timedelta(days=6)]
        week = _build_week(
            build,
            state,
            spec,
            taper_len=taper_len,
            fixed=week_fixed,
            regenerated=bool(kept_weeks or fixed),
        )
        weeks.append(week)
    end = request.goal.date or weeks[-1].end
    _late_warnings(build, weeks, specs)
    plan = Plan(
        goal=request.goal,
        discipline=build.profile.discipline,
        start=start,
        end=end,
        weeks=tuple(weeks),
        warnings=tuple(build.warnings),
        start_ctl=build.start_ctl,
        baseline_hours=build.baseline,
        recovery_every=recovery_every(request),
    )
    violations = check_plan(plan, request, since=request.today)
    if violations:
        raise PlanGenerationError(violations)
    return plan


def _effective_long_weekday(request: PlanRequest) -> int:
    if request.long_weekday in request.available_weekdays:
        return request.long_weekday
    # Prefer a weekend day, then the latest day of the week.
    return max(request.available_weekdays, key=lambda d: (d >= 5, d))


def _prepare(
    request: PlanRequest, start: date, start_ctl: float | None, baseline: float | None
) -> _Build:
    discipline = training_discipline(request.goal, request.discipline)
    profile = race_profile(request.goal, discipline, request.experience)
    warnings: list[Notice] = []
    if discipline is not request.discipline:
        warnings.append(
            Notice.of(
                NoticeCode.DISCIPLINE_FOLLOWS_GOAL,
                requested=request.discipline.value,
                used=discipline.value,
            )
        )
    swims = any(sport is SessionSport.SWIM for sport, _ in SHARES[profile.discipline])
    pool = request.pool_weekdays & request.available_weekdays
    if swims and not pool:
        warnings.append(Notice.of(NoticeCode.NO_POOL_DAYS))
    ctx = PlanContext.create(request, profile, swims_possible=bool(pool))
    needed = days_needed(request.goal.kind, profile.race_hours or None)
    if len(request.available_weekdays) < needed:
        # The athlete chose to keep a minimal plan (the profile offers more days or
        # another goal first): it says so at the top of /plan.
        warnings.append(
            Notice.of(NoticeCode.MINIMAL_PLAN, days=len(request.available_weekdays), needed=needed)
        )
    elif len(request.available_weekdays) < 3:
        warnings.append(
            Notice.of(NoticeCode.FEW_TRAINING_DAYS, days=len(request.available_weekdays))
        )
    if request.long_weekday not in request.available_weekdays:
        warnings.append(
            Notice.of(
                NoticeCode.LONG_DAY_UNAVAILABLE,
                weekday=request.long_weekday,
                used_weekday=_effective_long_weekday(request),
            )
        )
    for sport in sorted(injured_sports(request) & {s for s, _ in ctx.shares}):
        warnings.append(Notice.of(NoticeCode.INJURY_INTENSITY_REMOVED, sport=sport.value))
    if request.injuries.notes.strip():
        warnings.append(Notice.of(NoticeCode.INJURY_NOTES_PRESENT))
    if request.recovery_cadence is None and request.age >= MASTERS_AGE:
        warnings.append(Notice.of(NoticeCode.MASTERS_RECOVERY_CADENCE, age=request.age))
    for sport, _ in ctx.shares:
        if ctx.resolver.kind(sport) is TargetKind.RPE:
            warnings.append(Notice.of(NoticeCode.NO_THRESHOLDS, sport=sport.value))
    if request.weekly_hours < profile.min_hours:
        warnings.append(
            Notice.of(
                NoticeCode.HOURS_BELOW_RECOMMENDED,
                hours=request.weekly_hours,
                recommended=profile.min_hours,
            )
        )
    if request.weekly_hours > profile.max_hours:
        warnings.append(
            Notice.of(
                NoticeCode.HOURS_CAPPED_FOR_GOAL, hours=request.weekly_hours, cap=profile.max_hours
            )
        )
    goal = request.goal
    if goal.date is not None:
        weeks = weeks_until(request.today, goal.date)
        if weeks < profile.min_weeks:
            alternative = shorter_alternative(goal.kind, weeks, request.experience)
            recommended = monday(request.today) + timedelta(
                weeks=profile.min_weeks - 1, days=goal.date.weekday()
            )
            warnings.append(
                Notice.of(
                    NoticeCode.INSUFFICIENT_TIME,
                    weeks_available=weeks,
                    weeks_recommended=profile.min_weeks,
                    recommended_date=recommended.isoformat(),
                    alternative=alternative.value if alternative else "",
                )
            )
    else:
        warnings.append(
            Notice.of(NoticeCode.GENERAL_FITNESS_BLOCK, weeks=recovery_every(request) + 1)
        )
    base = baseline if baseline is not None else baseline_hours(request)
    ctl = start_ctl if start_ctl is not None else starting_ctl(request, base)
    budget = min(request.weekly_hours, profile.max_hours)
    return _Build(request, profile, ctx, start, base, ctl, budget, warnings)


def _replay(build: _Build, shell: Plan) -> _State:
    """The state after the kept weeks, computed exactly as the guardrails see them."""
    if not shell.weeks:
        return _State(ctl=build.start_ctl, reference_h=build.baseline, intended_h=build.baseline)
    ctl = weekly_ctl(shell)[-1]
    last = shell.weeks[-1]
    reference = reference_hours(shell, len(shell.weeks))
    request = build.request
    if request.recent_weekly_hours is not None or request.recent_ctl is not None:
        # Fresh data about the athlete wins when it says they are less fit than planned.
        reference = min(reference, baseline_hours(request))
        if request.recent_ctl is not None:
            ctl = min(ctl, request.recent_ctl)
    hard = tuple(s.date for s in last.sessions if s.makes_hard_day)
    long = tuple(s.date for s in last.sessions if s.type is SessionType.LONG)
    return _State(
        ctl=ctl,
        reference_h=reference,
        intended_h=reference,
        previous_h=last.training_hours,
        previous_phase=last.phase,
        hard_dates=hard,
        long_dates=long,
        reference_is_week=any(
            w.phase in (Phase.BASE, Phase.BUILD, Phase.PEAK)
            and not w.is_recovery
            and w.start >= shell.start
            for w in shell.weeks
        ),
    )


def _days_left_share(request: PlanRequest, spec: WeekSpec, start: date) -> float:
    """The share of the week's training days from the plan's ``start`` on when the plan
    starts inside the week (1 for a whole week): a partial first week holds that share of
    a week's hours, never a whole week's hours crammed into the days left. A week rebuilt
    after it began is still a whole week: the sessions kept on its earlier days count
    against its hours (``_build_week``)."""
    if spec.start >= start:
        return 1.0
    days = request.available_weekdays
    left = sum(1 for d in days if d >= start.weekday())
    return left / len(days)


def _target_hours(build: _Build, state: _State, spec: WeekSpec, taper_len: int) -> float:
    share = _days_left_share(build.request, spec, build.start)
    return min(_week_hours(build, state, spec, taper_len) * share, build.budget)


def _is_intro(build: _Build, spec: WeekSpec) -> bool:
    """The first week of a new plan: an introduction at the athlete's current level."""
    return build.fresh and spec.index == 0


def _week_hours(build: _Build, state: _State, spec: WeekSpec, taper_len: int) -> float:
    general = build.request.goal.date is None
    if spec.phase in (Phase.TAPER, Phase.RACE):
        if state.taper_reference_h is None:
            state.taper_reference_h = state.reference_h
        hours = taper_target(spec.taper_position, taper_len, state.taper_reference_h)
        if state.previous_phase in (Phase.TAPER, Phase.RACE) and state.previous_h is not None:
            hours = min(hours, state.previous_h)
    elif spec.is_recovery:
        hours = RECOVERY_FACTOR * state.reference_h
    elif _is_intro(build, spec):
        # No growth in the first week: it starts where the athlete is (volume.py).
        hours = state.reference_h
    else:
        hours = loading_target(
            spec.phase,
            reference=state.reference_h,
            intended=state.intended_h,
            budget=build.budget,
            general=general,
        )
    return min(hours, build.budget)


def _frame(
    build: _Build, spec: WeekSpec, state: _State, fixed: list[Session], kept: list[Session]
) -> WeekFrame:
    request = build.request
    race_day = request.goal.date
    first = max(spec.start, request.today)
    days = tuple(
        d
        for d in (spec.start + timedelta(days=i) for i in range(7))
        if d >= first
        and d.weekday() in request.available_weekdays
        and (race_day is None or d < race_day)
    )
    long_weekday = _effective_long_weekday(request)
    long_day = next((d for d in days if d.weekday() == long_weekday), None)
    pools = frozenset(d for d in days if d.weekday() in request.pool_weekdays)
    occupied = [Occupied(s.date, s.sports, s.makes_hard_day) for s in fixed]
    orders: dict[date, int] = {}
    for s in fixed:
        orders[s.date] = max(orders.get(s.date, 0), s.order)
    # The race is a hard day too: the day before it must stay easy, even across weeks.
    outside = state.hard_dates + ((race_day,) if race_day else ())
    intro_day = build.start if _is_intro(build, spec) and build.start in days else None
    caps: dict[SessionSport, int] = {}
    if spec.is_recovery:
        caps = {
            sport: floor5(RECOVERY_LONGEST_SHARE * seconds)
            for sport, seconds in state.block_longest.items()
        }
    loading = spec.phase in (Phase.BASE, Phase.BUILD, Phase.PEAK) and not spec.is_recovery
    return WeekFrame(
        days,
        long_day,
        pools,
        outside,
        tuple(occupied),
        orders,
        state.long_dates,
        intro_day,
        level_s=min(build.baseline, build.budget) * 3600,
        long_floor=dict(state.block_long) if loading else {},
        caps=caps,
        kept_s=sum(s.duration_s for s in kept),
        kept_hard_s=hard_seconds(kept),
    )


def _build_week(
    build: _Build,
    state: _State,
    spec: WeekSpec,
    *,
    taper_len: int,
    fixed: list[Session],
    regenerated: bool,
) -> Week:
    request = build.request
    target_h = _target_hours(build, state, spec, taper_len)
    race_day = request.goal.date
    in_race_week = race_day is not None and spec.phase is Phase.RACE
    race = race_session(build.ctx, race_day) if in_race_week and race_day else None
    # The week's hours and its 80/20 share are the whole week's, kept sessions included
    # (those of the days already past, done ones and, after a late change, today's): the
    # ramp and the intensity rule judge the week as the athlete lives it.
    kept = [s for s in fixed if s.type is not SessionType.RACE]
    fixed_s = sum(s.duration_s for s in kept)
    frame = _frame(build, spec, state, fixed + ([race] if race else []), kept)
    fixed_load = sum(s.load for s in fixed)
    simulated_days = (spec.start + timedelta(days=6) - max(spec.start, build.start)).days + 1
    bound = max_week_load(state.ctl, simulated_days)
    target_s = max(0, int(target_h * 3600) - fixed_s)
    notes: list[Notice] = []
    sessions: list[Session] = []
    dropped: list[Unplaced] = []
    eased = 0
    for attempt in range(_CTL_ATTEMPTS):
        sessions, dropped, eased = compose_week(
            build.ctx, spec, frame, target_s, race_day if in_race_week else None
        )
        load = fixed_load + sum(s.load for s in sessions)
        if in_race_week or load <= bound:
            break
        if attempt == 0:
            notes.append(Notice.of(NoticeCode.RAMP_LIMITED_BY_FITNESS, max_load=round(bound)))
        target_s = int(target_s * bound / load * 0.95)
    else:
        # Still too much after rescaling (minimum session lengths): drop the hardest
        # sessions first, then re-check the intensity share of what is left.
        while sessions and fixed_load + sum(s.load for s in sessions) > bound:
            # Hard sessions first, then easy ones; the block's long session goes last.
            left_out = max(
                sessions,
                key=lambda s: (s.is_hard, not any(_is_long_of(s, p) for p in s.sports), s.load),
            )
            sessions.remove(left_out)
            dropped.append(
                Unplaced(left_out.title, left_out.sport, left_out.duration_s, UnplacedReason.RAMP)
            )
        eased += cap_hard_share(
            build.ctx, sessions, kept_s=frame.kept_s, kept_hard_s=frame.kept_hard_s
        )
    if race is not None:
        sessions.append(race)
    all_sessions = tuple(sorted([*fixed, *sessions], key=lambda s: (s.date, s.order)))
    notes = (
        _week_notes(
            build,
            state,
            spec,
            target_h=target_h,
            dropped=dropped,
            eased=eased,
            regenerated=regenerated,
            days=len(frame.days),
        )
        + notes
    )
    week = Week(spec.index, spec.start, spec.phase, spec.is_recovery, all_sessions, tuple(notes))
    if spec.phase in (Phase.BASE, Phase.BUILD, Phase.PEAK) and not spec.is_recovery:
        state.intended_h = target_h
    _advance(build, state, week)
    return week


def _advance(build: _Build, state: _State, week: Week) -> None:
    first = max(week.start, build.start)
    loads: dict[date, float] = {}
    for s in week.sessions:
        loads[s.date] = loads.get(s.date, 0.0) + s.load
    days = (first + timedelta(days=i) for i in range((week.end - first).days + 1))
    state.ctl = ctl_after(state.ctl, (loads.get(d, 0.0) for d in days))
    if week.phase in (Phase.BASE, Phase.BUILD, Phase.PEAK) and not week.is_recovery:
        whole = week.start >= build.start
        state.reference_h = week.training_hours if whole else build.baseline
        state.reference_is_week = state.reference_is_week or whole
        state.loading_run += 1
        for session in week.sessions:
            for sport, seconds in session.seconds_by_sport().items():
                if _is_long_of(session, sport):
                    state.block_long[sport] = max(state.block_long.get(sport, 0), seconds)
                state.block_longest[sport] = max(state.block_longest.get(sport, 0), seconds)
    else:
        state.loading_run = 0
        state.block_long = {}
        state.block_longest = {}
    state.previous_h = week.training_hours
    state.previous_phase = week.phase
    state.hard_dates = tuple(s.date for s in week.sessions if s.makes_hard_day)
    state.long_dates = tuple(s.date for s in week.sessions if s.type is SessionType.LONG)


def _is_long_of(session: Session, sport: SessionSport) -> bool:
    """Whether ``session`` is the long session of ``sport`` (a brick is a long ride)."""
    if session.sport is SessionSport.BRICK:
        return sport is SessionSport.BIKE
    return session.type is SessionType.LONG


def _week_notes(
    build: _Build,
    state: _State,
    spec: WeekSpec,
    *,
    target_h: float,
    dropped: list[Unplaced],
    eased: int,
    regenerated: bool,
    days: int,
) -> list[Notice]:
    notes: list[Notice] = []
    request = build.request
    if spec.phase is not state.previous_phase:
        notes.append(Notice.of(NoticeCode.PHASE_START, phase=spec.phase.value))
    if spec.start < request.today:
        notes.append(Notice.of(NoticeCode.PARTIAL_WEEK, from_date=request.today.isoformat()))
    known = request.recent_weekly_hours is not None or request.recent_ctl is not None
    if spec.is_recovery:
        # "After N loading weeks": the weeks that really came before it in this plan.
        notes.append(
            Notice.of(
                NoticeCode.RECOVERY_WEEK,
                every=state.loading_run,
                pct=round(RECOVERY_FACTOR * 100),
            )
        )
    elif _is_intro(build, spec) and spec.phase in (Phase.BASE, Phase.BUILD, Phase.PEAK):
        notes.append(
            Notice.of(
                NoticeCode.INTRO_WEEK,
                hours=round(build.baseline, 1),
                source="recent" if known else "estimate",
            )
        )
    elif spec.phase is Phase.TAPER:
        cut = 1 - target_h / state.taper_reference_h if state.taper_reference_h else 0
        notes.append(Notice.of(NoticeCode.TAPER_WEEK, reduction_pct=round(cut * 100)))
    elif spec.phase is Phase.RACE:
        notes.append(Notice.of(NoticeCode.RACE_WEEK))
    elif target_h >= build.budget - 1e-9:
        notes.append(Notice.of(NoticeCode.HOURS_AT_BUDGET, hours=round(build.budget, 2)))
    elif state.reference_is_week and state.reference_h:
        # "Over your last loading week" only when a whole loading week of the plan is there.
        growth = target_h / state.reference_h - 1
        notes.append(Notice.of(NoticeCode.VOLUME_PROGRESSION, pct=round(growth * 100)))
    elif state.reference_h:
        growth = target_h / state.reference_h - 1
        notes.append(
            Notice.of(
                NoticeCode.VOLUME_OVER_START,
                pct=round(growth * 100),
                hours=round(state.reference_h, 1),
                source="recent" if known else "estimate",
            )
        )
    if eased:
        notes.append(Notice.of(NoticeCode.INTENSITY_CAPPED, count=eased))
    for item in dropped:
        notes.append(
            Notice.of(
                NoticeCode.SESSION_NOT_PLACED,
                title=item.title,
                duration_s=item.duration_s,
                reason=item.reason.value,
                days=days,
            )
        )
    if regenerated:
        notes.append(Notice.of(NoticeCode.REGENERATED))
    return notes


def _late_warnings(build: _Build, weeks: list[Week], specs: list[WeekSpec]) -> None:
    """Warnings that depend on the finished plan (how high the volume actually gets)."""
    profile = build.profile
    if not profile.race_hours:
        return
    peak = max((w.training_hours for w in weeks), default=0.0)
    already = any(n.code == NoticeCode.HOURS_BELOW_RECOMMENDED for n in build.warnings)
    if peak < 0.8 * profile.min_hours and not already:
        build.warnings.append(
            Notice.of(
                NoticeCode.VOLUME_BELOW_DISTANCE_NEEDS,
                peak_hours=round(peak, 1),
                recommended_hours=profile.min_hours,
            )
        )
