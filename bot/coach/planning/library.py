"""The session library: structured workouts that fit a given duration and work budget.

Each template turns (duration, work cap) into a Workout made of warm-up, main set
(steps and repeat blocks) and cool-down, or returns None when the time cannot hold it.
Interval formats are the textbook ones:
- cruise intervals at threshold, 5-8 min with short jog recoveries (Daniels' Running
  Formula, 3rd ed. 2014, "T" pace); VO2max reps of 3 min with ~equal recovery ("I" pace);
- sweet spot 2-4 x 10-15 min, threshold 2-4 x 10-15 min, VO2max 4-6 x 4 min with equal
  recovery (Allen & Coggan 2019; Friel's Cyclist's Training Bible);
- CSS sets of 100 m with 10-15 s rest (Swim Smooth; Wakayoshi et al. 1992);
- strides: 20 s quick running with full recovery, for economy (Daniels).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.coach.planning.model import (
    Block,
    Effort,
    Repeat,
    SessionSport,
    SessionType,
    Step,
    StepKind,
    Workout,
)
from bot.coach.planning.targets import SWIM_BANDS, TargetResolver

MIN = 60


@dataclass(frozen=True, slots=True)
class WorkoutContext:
    """What a template needs besides time: targets, the athlete's level, the race."""

    resolver: TargetResolver
    beginner: bool
    css_s_per_100m: float  # known or estimated, only to size swim sets
    race_effort: Effort
    # Steps repeat endlessly across a plan's weeks; building each once saves most of the
    # generator's time (bench/plans.py).
    steps: dict[tuple[object, ...], Step] = field(default_factory=dict, compare=False)


Builder = Callable[[WorkoutContext, int, int], Workout | None]


@dataclass(frozen=True, slots=True)
class Template:
    code: str  # title code, e.g. "run.threshold"
    sport: SessionSport
    type: SessionType
    objective: str
    build: Builder
    min_s: int
    max_s: int


def _step(
    ctx: WorkoutContext,
    sport: SessionSport,
    kind: StepKind,
    effort: Effort,
    seconds: int,
    *,
    leg: bool = False,
) -> Step:
    key = (sport, kind, effort, seconds, leg)
    step = ctx.steps.get(key)
    if step is None:
        target = ctx.resolver.target(sport, effort)
        step = ctx.steps[key] = Step(kind, effort, target, seconds, sport=sport if leg else None)
    return step


def _swim_step(ctx: WorkoutContext, kind: StepKind, effort: Effort, metres: int) -> Step:
    key = ("swim", kind, effort, metres)
    step = ctx.steps.get(key)
    if step is None:
        lo, hi = SWIM_BANDS[effort]
        seconds = round(metres / 100 * ctx.css_s_per_100m / ((lo + hi) / 2))
        target = ctx.resolver.target(SessionSport.SWIM, effort)
        step = ctx.steps[key] = Step(kind, effort, target, seconds, metres)
    return step


def _swim_metres(ctx: WorkoutContext, effort: Effort, seconds: float) -> int:
    lo, hi = SWIM_BANDS[effort]
    return int(seconds / (ctx.css_s_per_100m / ((lo + hi) / 2)) * 100)


def _warm(seconds: int) -> tuple[int, int]:
    """Warm-up and cool-down lengths for a session of ``seconds``."""
    if seconds < 40 * MIN:
        return 5 * MIN, 5 * MIN
    return 10 * MIN, 5 * MIN


def steady(
    ctx: WorkoutContext, sport: SessionSport, seconds: int, effort: Effort = Effort.ENDURANCE
) -> Workout:
    if effort is Effort.RECOVERY:
        return Workout((), (_step(ctx, sport, StepKind.STEADY, effort, seconds),), ())
    wu, cd = _warm(seconds)
    return Workout(
        (_step(ctx, sport, StepKind.WARMUP, Effort.RECOVERY, wu),),
        (_step(ctx, sport, StepKind.STEADY, effort, seconds - wu - cd),),
        (_step(ctx, sport, StepKind.COOLDOWN, Effort.RECOVERY, cd),),
    )


def _intervals(
    ctx: WorkoutContext,
    sport: SessionSport,
    seconds: int,
    work_cap: int,
    *,
    effort: Effort,
    rep: int,
    rest: int,
    reps: tuple[int, int],
    warm: tuple[int, int] = (15 * MIN, 10 * MIN),
) -> Workout | None:
    wu, cd = warm
    room = seconds - wu - cd
    count = min(reps[1], room // (rep + rest), work_cap // rep)
    if count < reps[0]:
        return None
    main: list[Block] = [
        Repeat(
            count,
            (
                _step(ctx, sport, StepKind.WORK, effort, rep),
                _step(ctx, sport, StepKind.RECOVER, Effort.RECOVERY, rest),
            ),
        )
    ]
    filler = room - count * (rep + rest)
    if filler >= MIN:
        main.append(_step(ctx, sport, StepKind.STEADY, Effort.ENDURANCE, filler))
    else:
        cd += filler
    return Workout(
        (_step(ctx, sport, StepKind.WARMUP, Effort.RECOVERY, wu),),
        tuple(main),
        (_step(ctx, sport, StepKind.COOLDOWN, Effort.RECOVERY, cd),),
    )


# --- running -----------------------------------------------------------------------


def run_easy(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return steady(ctx, SessionSport.RUN, seconds)


def run_recovery(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return steady(ctx, SessionSport.RUN, seconds, Effort.RECOVERY)


def run_strides(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    strides = 6
    stride_block = strides * 2 * MIN
    wu, cd = _warm(seconds)
    steady = seconds - wu - cd - stride_block
    if steady < 10 * MIN:
        return None
    return Workout(
        (_step(ctx, SessionSport.RUN, StepKind.WARMUP, Effort.RECOVERY, wu),),
        (
            _step(ctx, SessionSport.RUN, StepKind.STEADY, Effort.ENDURANCE, steady),
            Repeat(
                strides,
                (
                    _step(ctx, SessionSport.RUN, StepKind.WORK, Effort.ANAEROBIC, 20),
                    _step(ctx, SessionSport.RUN, StepKind.RECOVER, Effort.RECOVERY, 100),
                ),
            ),
        ),
        (_step(ctx, SessionSport.RUN, StepKind.COOLDOWN, Effort.RECOVERY, cd),),
    )


def run_tempo(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return _intervals(
        ctx,
        SessionSport.RUN,
        seconds,
        work_cap,
        effort=Effort.TEMPO,
        rep=10 * MIN,
        rest=2 * MIN,
        reps=(1, 4),
    )


def run_threshold(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    rep = 6 * MIN if ctx.beginner else 8 * MIN
    return _intervals(
        ctx,
        SessionSport.RUN,
        seconds,
        work_cap,
        effort=Effort.THRESHOLD,
        rep=rep,
        rest=2 * MIN,
        reps=(2, 5),
    )


def run_vo2max(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return _intervals(
        ctx,
        SessionSport.RUN,
        seconds,
        work_cap,
        effort=Effort.VO2MAX,
        rep=3 * MIN,
        rest=2 * MIN,
        reps=(3, 6),
    )


def run_race_pace(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    effort = max(ctx.race_effort, Effort.TEMPO)
    rep = {Effort.VO2MAX: 4, Effort.THRESHOLD: 6, Effort.SWEET_SPOT: 10}.get(effort, 15) * MIN
    return _intervals(
        ctx, SessionSport.RUN, seconds, work_cap, effort=effort, rep=rep, rest=2 * MIN, reps=(1, 5)
    )


# --- cycling -----------------------------------------------------------------------


def bike_easy(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return steady(ctx, SessionSport.BIKE, seconds)


def bike_recovery(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return steady(ctx, SessionSport.BIKE, seconds, Effort.RECOVERY)


def bike_tempo(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return _intervals(
        ctx,
        SessionSport.BIKE,
        seconds,
        work_cap,
        effort=Effort.TEMPO,
        rep=15 * MIN,
        rest=5 * MIN,
        reps=(1, 3),
    )


def bike_sweet_spot(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    rep = 10 * MIN if ctx.beginner else 12 * MIN
    return _intervals(
        ctx,
        SessionSport.BIKE,
        seconds,
        work_cap,
        effort=Effort.SWEET_SPOT,
        rep=rep,
        rest=4 * MIN,
        reps=(2, 4),
    )


def bike_threshold(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return _intervals(
        ctx,
        SessionSport.BIKE,
        seconds,
        work_cap,
        effort=Effort.THRESHOLD,
        rep=10 * MIN,
        rest=5 * MIN,
        reps=(2, 4),
    )


def bike_vo2max(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return _intervals(
        ctx,
        SessionSport.BIKE,
        seconds,
        work_cap,
        effort=Effort.VO2MAX,
        rep=4 * MIN,
        rest=4 * MIN,
        reps=(3, 6),
    )


def bike_race_pace(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    effort = max(ctx.race_effort, Effort.TEMPO)
    rep = {Effort.VO2MAX: 4, Effort.THRESHOLD: 8, Effort.SWEET_SPOT: 12}.get(effort, 20) * MIN
    return _intervals(
        ctx,
        SessionSport.BIKE,
        seconds,
        work_cap,
        effort=effort,
        rep=rep,
        rest=4 * MIN,
        reps=(1, 4),
    )


# --- swimming ----------------------------------------------------------------------


def _swim_set(
    ctx: WorkoutContext,
    seconds: int,
    work_cap: int,
    *,
    effort: Effort,
    metres: int,
    rest: int,
    reps: tuple[int, int],
    drills: bool = False,
) -> Workout | None:
    wu = _swim_step(ctx, StepKind.WARMUP, Effort.RECOVERY, 200 if seconds < 40 * MIN else 300)
    cd = _swim_step(ctx, StepKind.COOLDOWN, Effort.RECOVERY, 100 if seconds < 40 * MIN else 200)
    main: list[Block] = []
    room = seconds - wu.duration_s - cd.duration_s
    if drills:
        drill = _swim_step(ctx, StepKind.WORK, Effort.RECOVERY, 50)
        pause = _step(ctx, SessionSport.SWIM, StepKind.RECOVER, Effort.RECOVERY, 15)
        block = Repeat(6, (drill, pause))
        if block.duration_s < room:
            main.append(block)
            room -= block.duration_s
    work = _swim_step(ctx, StepKind.WORK, effort, metres)
    pause = _step(ctx, SessionSport.SWIM, StepKind.RECOVER, Effort.RECOVERY, rest)
    cap = work_cap if effort >= Effort.TEMPO else seconds
    count = min(reps[1], room // (work.duration_s + rest), cap // max(work.duration_s, 1))
    if count < reps[0]:
        return None
    main.append(Repeat(count, (work, pause)))
    room -= count * (work.duration_s + rest)
    filler = _swim_metres(ctx, Effort.ENDURANCE, room) // 50 * 50
    if filler >= 100:
        main.append(_swim_step(ctx, StepKind.STEADY, Effort.ENDURANCE, filler))
    return Workout((wu,), tuple(main), (cd,))


def swim_endurance(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return _swim_set(
        ctx, seconds, work_cap, effort=Effort.ENDURANCE, metres=200, rest=20, reps=(1, 12)
    )


def swim_technique(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return _swim_set(
        ctx,
        seconds,
        work_cap,
        effort=Effort.ENDURANCE,
        metres=100,
        rest=15,
        reps=(1, 12),
        drills=True,
    )


def swim_css(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return _swim_set(
        ctx, seconds, work_cap, effort=Effort.THRESHOLD, metres=100, rest=15, reps=(6, 20)
    )


def swim_speed(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    return _swim_set(
        ctx, seconds, work_cap, effort=Effort.VO2MAX, metres=50, rest=30, reps=(6, 16)
    )


def swim_race_pace(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    effort = max(ctx.race_effort, Effort.TEMPO)
    return _swim_set(ctx, seconds, work_cap, effort=effort, metres=200, rest=20, reps=(3, 10))


# --- multisport --------------------------------------------------------------------


def brick_split(seconds: int) -> tuple[int, int]:
    """(ride, run) seconds of a brick of ``seconds``: a sixth runs, 10-30 minutes. The
    ride never shrinks as the brick grows."""
    run = min(30 * MIN, max(10 * MIN, seconds // 6 // (5 * MIN) * 5 * MIN))
    return seconds - run, run


def brick(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
    """Long ride then a short run off the bike at race effort (Friel: transition runs)."""
    ride, run = brick_split(seconds)
    if ride < 45 * MIN:
        return None
    run_effort = ctx.race_effort if ctx.race_effort <= Effort.SWEET_SPOT else Effort.TEMPO
    if run_effort >= Effort.TEMPO and run > work_cap:
        run_effort = Effort.ENDURANCE
    bike, foot = SessionSport.BIKE, SessionSport.RUN
    return Workout(
        (_step(ctx, bike, StepKind.WARMUP, Effort.RECOVERY, 10 * MIN, leg=True),),
        (
            _step(ctx, bike, StepKind.STEADY, Effort.ENDURANCE, ride - 10 * MIN, leg=True),
            _step(ctx, foot, StepKind.WORK, run_effort, run, leg=True),
        ),
        (),
    )


def opener(sport: SessionSport) -> Builder:
    """Race-eve opener: easy with a few short efforts at race pace (not a key session)."""

    def build(ctx: WorkoutContext, seconds: int, work_cap: int) -> Workout | None:
        if sport is SessionSport.SWIM:
            return _swim_set(
                ctx, seconds, seconds, effort=Effort.ENDURANCE, metres=100, rest=20, reps=(1, 8)
            )
        effort = max(min(ctx.race_effort, Effort.THRESHOLD), Effort.TEMPO)
        return _intervals(
            ctx,
            sport,
            seconds,
            4 * MIN,
            effort=effort,
            rep=MIN,
            rest=2 * MIN,
            reps=(2, 4),
            warm=(10 * MIN, 5 * MIN),
        ) or steady(ctx, sport, seconds)

    return build


def _t(
    code: str, kind: SessionType, objective: str, build: Builder, minutes: tuple[int, int]
) -> Template:
    """A template; the sport is the code's prefix, ``minutes`` the (min, max) it fits."""
    sport = SessionSport(code.split(".", 1)[0])
    return Template(code, sport, kind, objective, build, minutes[0] * MIN, minutes[1] * MIN)


RUN, BIKE, SWIM = SessionSport.RUN, SessionSport.BIKE, SessionSport.SWIM
E, L, R = SessionType.ENDURANCE, SessionType.LONG, SessionType.RECOVERY
TEMPO, THR, INT = SessionType.TEMPO, SessionType.THRESHOLD, SessionType.INTERVALS

RUN_EASY = _t("run.easy", E, "aerobic_endurance", run_easy, (20, 75))
RUN_STRIDES = _t("run.strides", E, "running_economy", run_strides, (35, 75))
RUN_LONG = _t("run.long", L, "endurance", run_easy, (50, 240))
RUN_RECOVERY = _t("run.recovery", R, "recovery", run_recovery, (20, 45))
RUN_TEMPO = _t("run.tempo", TEMPO, "aerobic_strength", run_tempo, (40, 75))
RUN_THRESHOLD = _t("run.threshold", THR, "lactate_threshold", run_threshold, (45, 75))
RUN_VO2MAX = _t("run.vo2max", INT, "vo2max", run_vo2max, (45, 70))
RUN_RACE_PACE = _t("run.race_pace", TEMPO, "race_specific", run_race_pace, (40, 90))
BIKE_EASY = _t("bike.easy", E, "aerobic_endurance", bike_easy, (30, 150))
BIKE_LONG = _t("bike.long", L, "endurance", bike_easy, (75, 360))
BIKE_RECOVERY = _t("bike.recovery", R, "recovery", bike_recovery, (30, 60))
BIKE_TEMPO = _t("bike.tempo", TEMPO, "aerobic_strength", bike_tempo, (50, 120))
BIKE_SWEET_SPOT = _t("bike.sweet_spot", TEMPO, "sub_threshold", bike_sweet_spot, (60, 120))
BIKE_THRESHOLD = _t("bike.threshold", THR, "lactate_threshold", bike_threshold, (60, 105))
BIKE_VO2MAX = _t("bike.vo2max", INT, "vo2max", bike_vo2max, (55, 90))
BIKE_RACE_PACE = _t("bike.race_pace", TEMPO, "race_specific", bike_race_pace, (50, 150))
SWIM_ENDURANCE = _t("swim.endurance", E, "aerobic_endurance", swim_endurance, (20, 75))
SWIM_TECHNIQUE = _t("swim.technique", E, "technique", swim_technique, (25, 60))
SWIM_LONG = _t("swim.long", L, "endurance", swim_endurance, (45, 90))
SWIM_CSS = _t("swim.css", THR, "lactate_threshold", swim_css, (35, 75))
SWIM_SPEED = _t("swim.speed", INT, "vo2max", swim_speed, (35, 60))
SWIM_RACE_PACE = _t("swim.race_pace", TEMPO, "race_specific", swim_race_pace, (35, 75))
BRICK = _t("brick.run_off_bike", L, "transition", brick, (60, 360))

EASY = {RUN: RUN_EASY, BIKE: BIKE_EASY, SWIM: SWIM_ENDURANCE}
LONG = {RUN: RUN_LONG, BIKE: BIKE_LONG, SWIM: SWIM_LONG}
RECOVERY = {RUN: RUN_RECOVERY, BIKE: BIKE_RECOVERY, SWIM: SWIM_ENDURANCE}
OPENERS = {
    s: _t(f"{s.value}.opener", E, "sharpen", opener(s), (20, 45)) for s in (RUN, BIKE, SWIM)
}
