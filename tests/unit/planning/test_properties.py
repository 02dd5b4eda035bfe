"""Property: every valid request gives a plan with zero guardrail violations, and its
first days are the ones a coach would sign.

2,000 random requests: every discipline and goal, 3-40 weeks, 1-20 hours a week, any
availability (one to seven days), thresholds and recent load present or not, injuries,
cadences, units, and the plan made at any local hour of any weekday. About 30 s of CPU.

The first-days rules (issue 16), each checked on every plan:
- the plan starts on a training day, tomorrow or later when made at or after 20:00, and
  a first day that starts today can be done before 21:30;
- the first week is an introduction at the athlete's current level (the baseline, for
  the share of the week left) and the plan never opens with a long or hard session;
- the first recovery week follows loading weeks of the plan (at least two, one whole),
  and its note counts them truly;
- "over your last loading week" only after a whole loading week of the plan; the
  "recent"/"estimate" source of the starting level is what the request says;
- a recovery week never holds the longest session of its block in any sport;
- the long session grows steadily within a block;
- a long session is the longest of its sport in its week (QA: a beginner's "long" run
  of 1 h after an easy run of 1 h 15 min);
- a session that could not be placed is named, with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.coach.planning import (
    Discipline,
    Equipment,
    Experience,
    Goal,
    Injuries,
    InjuryFlag,
    NoticeCode,
    Phase,
    Plan,
    PlanRequest,
    Priority,
    RaceKind,
    RecoveryCadence,
    Session,
    SessionSport,
    SessionType,
    Thresholds,
    Units,
    Week,
    check_plan,
    generate_plan,
)
from bot.coach.planning.model import monday
from bot.coach.planning.races import training_discipline
from bot.coach.planning.sessions import INTRO_MAX_S
from bot.coach.planning.start import DAY_ENDS, GET_READY, LATE_START

PHASE_ORDER = {Phase.BASE: 0, Phase.BUILD: 1, Phase.PEAK: 2, Phase.TAPER: 3, Phase.RACE: 4}
LOADING = frozenset({Phase.BASE, Phase.BUILD, Phase.PEAK})
UNPLACED_REASONS = frozenset({"days_full", "no_pool_day", "too_short", "ramp", "no_days"})


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


@st.composite
def goals(draw: st.DrawFn, today: date) -> Goal:
    kind = draw(st.sampled_from(RaceKind))
    if kind is RaceKind.GENERAL_FITNESS:
        return Goal(kind)
    weeks = draw(st.integers(1, 40))
    weekday = draw(st.integers(0, 6))
    day = max(today, monday(today) + timedelta(weeks=weeks - 1, days=weekday))
    distance = duration = None
    if kind in (RaceKind.BIKE_EVENT, RaceKind.CUSTOM):
        if draw(st.booleans()):
            distance = draw(st.integers(3_000, 300_000))
        else:
            duration = draw(st.integers(15 * 60, 14 * 3600))
    return Goal(
        kind,
        day,
        draw(st.sampled_from(Priority)),
        draw(maybe(st.integers(15 * 60, 16 * 3600))),
        distance,
        duration,
        draw(maybe(st.sampled_from(Discipline))),
    )


@st.composite
def plan_requests(draw: st.DrawFn) -> PlanRequest:
    today = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 400)))
    thresholds = Thresholds(
        ftp_w=draw(maybe(st.integers(100, 450))),
        run_threshold_pace_s_per_km=draw(maybe(st.floats(170, 480))),
        css_s_per_100m=draw(maybe(st.floats(65, 200))),
        lthr=draw(maybe(st.integers(120, 195))),
        hrmax=draw(maybe(st.integers(150, 215))),
        resting_hr=draw(maybe(st.integers(35, 80))),
    )
    return PlanRequest(
        today=today,
        discipline=draw(st.sampled_from(Discipline)),
        experience=draw(st.sampled_from(Experience)),
        age=draw(st.integers(14, 85)),
        goal=draw(goals(today)),
        weekly_hours=draw(st.floats(1, 20)),
        available_weekdays=draw(st.frozensets(st.integers(0, 6), min_size=1)),
        long_weekday=draw(st.integers(0, 6)),
        pool_weekdays=draw(st.frozensets(st.integers(0, 6))),
        equipment=Equipment(draw(st.booleans()), draw(st.booleans())),
        thresholds=thresholds,
        recent_ctl=draw(maybe(st.floats(0, 150))),
        recent_weekly_hours=draw(maybe(st.floats(0, 25))),
        injuries=Injuries("", draw(st.frozensets(st.sampled_from(InjuryFlag), max_size=2))),
        recovery_cadence=draw(maybe(st.sampled_from(RecoveryCadence))),
        units=draw(st.sampled_from(Units)),
        now=draw(maybe(st.builds(time, st.integers(0, 23), st.integers(0, 59)))),
    )


# -- the first-days rules, one function each ---------------------------------------------


def _is_loading(week: Week) -> bool:
    return week.phase in LOADING and not week.is_recovery


def _sport_seconds(session: Session) -> dict[SessionSport, int]:
    """Seconds of each sport in a session (a brick's ride and run counted apart)."""
    seconds: dict[SessionSport, int] = {}
    for step in session.workout.flat_steps():
        sport = step.sport or session.sport
        seconds[sport] = seconds.get(sport, 0) + step.duration_s
    return seconds


def _longest(weeks: list[Week]) -> dict[SessionSport, int]:
    found: dict[SessionSport, int] = {}
    for week in weeks:
        for session in week.sessions:
            if session.type is SessionType.RACE:
                continue
            for sport, seconds in _sport_seconds(session).items():
                found[sport] = max(found.get(sport, 0), seconds)
    return found


def _blocks(plan: Plan) -> Iterator[tuple[list[Week], Week | None]]:
    """(loading weeks, the recovery week that ends them or None) in plan order."""
    run: list[Week] = []
    for week in plan.weeks:
        if _is_loading(week):
            run.append(week)
            continue
        yield run, week if week.is_recovery else None
        run = []
    if run:
        yield run, None


def check_start(plan: Plan, request: PlanRequest) -> None:
    race_day = request.goal.date
    assert plan.start >= request.today
    assert plan.start.weekday() in request.available_weekdays or plan.start == race_day
    late = request.now is not None and request.now >= LATE_START
    if late and race_day != request.today:
        assert plan.start > request.today
    assert plan.weeks[0].start == monday(plan.start)
    assert all(s.date >= plan.start for s in plan.sessions())
    if request.now is not None and plan.start == request.today != race_day:
        first_day_s = sum(s.duration_s for s in plan.sessions() if s.date == plan.start)
        begins = datetime.combine(plan.start, request.now) + GET_READY
        assert begins + timedelta(seconds=first_day_s) <= datetime.combine(plan.start, DAY_ENDS)


def check_introduction(plan: Plan, request: PlanRequest) -> None:
    first_week = plan.weeks[0]
    if first_week.phase in LOADING and not first_week.is_recovery:
        days = request.available_weekdays
        share = sum(1 for d in days if d >= plan.start.weekday()) / len(days)
        if first_week.start == plan.start:
            share = 1.0
        assert first_week.training_hours <= plan.baseline_hours * share + 0.01
    training = [s for s in plan.sessions() if s.type is not SessionType.RACE]
    if not training:
        return
    first = min(training, key=lambda s: (s.date, s.order))
    if first.date == plan.start:
        assert first.type in (SessionType.ENDURANCE, SessionType.RECOVERY), first.title
        beginner, other = INTRO_MAX_S[first.sport]
        cap = beginner if request.experience is Experience.BEGINNER else other
        assert first.duration_s <= cap
        assert sum(1 for s in plan.sessions() if s.date == plan.start) == 1
    # Never the block's biggest session (unless it is as short as the block's shortest,
    # 5 minutes either way: every session alike; or fewer than three training days a
    # week, which the plan warns about and the profile offers to change: few sessions,
    # each as long as the hours need). A plan that is only its race week opens no block:
    # its last days before the race are the short ones on purpose (a shakeout the day
    # before), so day one, capped above, may be its longest.
    if plan.weeks[0].phase is Phase.RACE:
        assert first.type is not SessionType.LONG
        return
    block = next(_blocks(plan))[0] or [plan.weeks[0]]
    lengths = {s.duration_s for w in block for s in w.sessions if s.type is not SessionType.RACE}
    assert first.type is not SessionType.LONG
    days = request.available_weekdays
    if training_discipline(request.goal, request.discipline) is Discipline.SWIM:
        days = days & request.pool_weekdays or days  # a swimmer trains on pool days
    if len(days) >= 3:
        assert first.duration_s < max(lengths) or first.duration_s <= min(lengths) + 300


def check_recovery_weeks(plan: Plan) -> None:
    seen_whole_loading = False
    loading_before = 0
    first = True
    for week in plan.weeks:
        if _is_loading(week):
            loading_before += 1
            seen_whole_loading = seen_whole_loading or week.start >= plan.start
            continue
        if week.is_recovery:
            assert seen_whole_loading, f"week {week.index + 1} recovers before any whole week"
            assert loading_before >= (min(2, plan.recovery_every) if first else 1)
            first = False
            [note] = [n for n in week.notes if n.code == NoticeCode.RECOVERY_WEEK]
            assert note.param("every") == loading_before
        loading_before = 0


def check_notes(plan: Plan, request: PlanRequest) -> None:
    known = request.recent_weekly_hours is not None or request.recent_ctl is not None
    whole_loading_before = False
    for week in plan.weeks:
        codes = {n.code: n for n in week.notes}
        if NoticeCode.VOLUME_PROGRESSION in codes:
            assert whole_loading_before, f"week {week.index + 1}: no loading week before"
        for code in (NoticeCode.INTRO_WEEK, NoticeCode.VOLUME_OVER_START):
            if code in codes:
                assert codes[code].param("source") == ("recent" if known else "estimate")
        if NoticeCode.INTRO_WEEK in codes:
            assert week.index == 0
        for note in week.notes:
            assert note.code != NoticeCode.SESSIONS_NOT_PLACED  # a count names nothing
            if note.code == NoticeCode.SESSION_NOT_PLACED:
                assert note.param("title"), note
                assert note.param("reason") in UNPLACED_REASONS, note
                assert isinstance(note.param("days"), int)
        if _is_loading(week) and week.start >= plan.start:
            whole_loading_before = True


def check_blocks(plan: Plan) -> None:
    for loading, recovery in _blocks(plan):
        if recovery is not None and loading:
            block_longest = _longest(loading)
            for sport, seconds in _longest([recovery]).items():
                if sport in block_longest:
                    assert seconds < block_longest[sport], (recovery.index, sport, seconds)
        # The long session of each sport never shrinks from one loading week to the next.
        previous: dict[SessionSport, int] = {}
        for week in loading:
            current: dict[SessionSport, int] = {}
            for session in week.sessions:
                for sport, seconds in _sport_seconds(session).items():
                    brick = session.sport is SessionSport.BRICK
                    if sport is SessionSport.BIKE if brick else session.type is SessionType.LONG:
                        current[sport] = max(current.get(sport, 0), seconds)
            for sport, seconds in previous.items():
                assert current.get(sport, 0) >= seconds, (week.index, sport, seconds)
            previous = current


def check_long_is_longest(plan: Plan) -> None:
    # Swims are built from whole lengths of their sets: a built swim may miss its planned
    # minutes by a minute or two either way, so a swim gets that slack.
    for week in plan.weeks:
        for long in week.sessions:
            if long.type is not SessionType.LONG or long.sport is SessionSport.BRICK:
                continue
            for other in week.sessions:
                if other is long or other.type is SessionType.RACE:
                    continue
                seconds = _sport_seconds(other).get(long.sport, 0)
                slack = 180 if long.sport is SessionSport.SWIM else 0
                assert seconds <= long.duration_s + slack, (week.index, other.title, long.title)


# The QA case: a beginner's 5k on 3 h a week, Tuesday, Thursday and Saturday.
BEGINNER_5K = PlanRequest(
    today=date(2026, 12, 6),
    discipline=Discipline.RUN,
    experience=Experience.BEGINNER,
    age=30,
    goal=Goal(RaceKind.RUN_5K, date(2027, 2, 28), Priority.A),
    weekly_hours=3.0,
    available_weekdays=frozenset({1, 3, 5}),
    long_weekday=5,
    pool_weekdays=frozenset(),
    equipment=Equipment(False, False),
    thresholds=Thresholds(),
    recent_ctl=None,
    recent_weekly_hours=None,
    recovery_cadence=None,
    units=Units.METRIC,
    now=None,
)


def test_a_beginners_long_run_is_the_longest_run_of_its_week() -> None:
    plan = generate_plan(BEGINNER_5K)
    saturday = plan.weeks[0].sessions[-1]
    assert (saturday.date, saturday.type) == (date(2026, 12, 12), SessionType.LONG)
    assert max(s.duration_s for s in plan.weeks[0].sessions) == saturday.duration_s
    check_long_is_longest(plan)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_requests())
@example(BEGINNER_5K)
# A 5k two days away: the plan is its race week, day one is no training block's opener.
@example(
    PlanRequest(
        today=date(2026, 11, 11),
        discipline=Discipline.RUN,
        experience=Experience.INTERMEDIATE,
        age=14,
        goal=Goal(RaceKind.RUN_5K, date(2026, 11, 13), Priority.A),
        weekly_hours=3.0,
        available_weekdays=frozenset({0, 1, 2, 3}),
        long_weekday=0,
        pool_weekdays=frozenset(),
        equipment=Equipment(False, False),
        thresholds=Thresholds(),
        recent_ctl=31.0,
        recent_weekly_hours=None,
        recovery_cadence=None,
        units=Units.METRIC,
        now=None,
    )
)
# Found once: a sprint 11 days away, Mon-Thu, a swim injury, made on a Thursday. The plan
# started on Monday (the long-session day, empty in an introduction week), so its real
# opener, Tuesday's hour on the bike beside a swim, escaped the first-day rules and was
# the block's longest session. It now starts on its first session's day.
@example(
    PlanRequest(
        today=date(2026, 1, 1),
        discipline=Discipline.RUN,
        experience=Experience.INTERMEDIATE,
        age=14,
        goal=Goal(RaceKind.SPRINT, date(2026, 1, 12), Priority.A),
        weekly_hours=3.0,
        available_weekdays=frozenset({0, 1, 2, 3}),
        long_weekday=0,
        pool_weekdays=frozenset({1}),
        equipment=Equipment(False, False),
        thresholds=Thresholds(),
        recent_ctl=None,
        recent_weekly_hours=2.5,
        injuries=Injuries("", frozenset({InjuryFlag.SWIM})),
        recovery_cadence=None,
        units=Units.METRIC,
        now=None,
    )
)
def test_every_valid_request_gives_a_plan_a_coach_would_sign(request: PlanRequest) -> None:
    plan = generate_plan(request)

    assert check_plan(plan, request) == []
    # The plan's own shape: contiguous Monday weeks from its first week to the goal.
    for before, after in zip(plan.weeks, plan.weeks[1:], strict=False):
        assert after.start - before.start == timedelta(weeks=1)
        assert PHASE_ORDER[after.phase] >= PHASE_ORDER[before.phase]
    if request.goal.date is not None:
        races = [s for s in plan.sessions() if s.type is SessionType.RACE]
        assert [s.date for s in races] == [request.goal.date]
        assert plan.weeks[-1].phase is Phase.RACE
        assert plan.end == request.goal.date
    check_start(plan, request)
    check_introduction(plan, request)
    check_recovery_weeks(plan)
    check_notes(plan, request)
    check_blocks(plan)
    check_long_is_longest(plan)


@settings(max_examples=100, deadline=None)
@given(plan_requests())
def test_generation_is_deterministic(request: PlanRequest) -> None:
    assert generate_plan(request) == generate_plan(request)
