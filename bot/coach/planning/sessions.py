"""From a week's target hours to placed, fully built sessions.

Drafting rules (sources in library.py, volume.py and races.py):
- time is split between sports by the goal's mix (races.SHARES);
- one long session per endurance sport (two in triathlon/duathlon: ride and run), a
  fraction of that sport's week capped by the goal's longest useful session; in
  triathlon build and peak weeks the long ride becomes a brick;
- hard sessions by phase and experience (none in recovery weeks, fewer for beginners),
  chosen from the phase's menu; their work is capped so that time at tempo or above is
  at most ~20 % of the week (Seiler 2010; Stoggl & Sperlich 2014 Front Physiol 5:33);
- easy sessions fill the rest; runners get strides in base and build;
- race week: the race, one short race-pace session, an opener the day before;
- injured sports get no intensity (InjuryFlag).
Every hard session carries an easier alternative (the same sport, easy, at most 45 min).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.coach.planning import library as lib
from bot.coach.planning.guardrails import injured_sports
from bot.coach.planning.library import Template, WorkoutContext
from bot.coach.planning.model import (
    Effort,
    Phase,
    Repeat,
    Session,
    SessionSport,
    SessionType,
    Step,
    StepKind,
    Target,
    Workout,
    session_id,
)
from bot.coach.planning.phases import WeekSpec
from bot.coach.planning.placement import (
    Draft,
    Occupied,
    Role,
    Unplaced,
    UnplacedReason,
    place,
)
from bot.coach.planning.races import SHARES, RaceProfile
from bot.coach.planning.request import (
    Discipline,
    Experience,
    PlanRequest,
    RaceKind,
)
from bot.coach.planning.targets import (
    DEFAULT_CSS_S_PER_100M,
    TargetResolver,
    intensity_factor,
    load_of,
)

MIN = 60
FIVE_MIN = 5 * MIN
# The generator keeps hard time under 20 % of the week; the guardrail allows 25 %.
HARD_SHARE_TARGET = 0.20
ALTERNATIVE_MAX_S = 45 * MIN

LONG_FRACTION = {SessionSport.RUN: 0.35, SessionSport.BIKE: 0.45, SessionSport.SWIM: 0.4}
EASY_TYPICAL_S = {
    SessionSport.RUN: 45 * MIN,
    SessionSport.BIKE: 75 * MIN,
    SessionSport.SWIM: 45 * MIN,
}
# Hard sessions a week by phase: (beginner, intermediate, advanced).
HARD_COUNT: dict[Phase, tuple[int, int, int]] = {
    Phase.BASE: (0, 1, 1),
    Phase.BUILD: (1, 2, 2),
    Phase.PEAK: (1, 2, 2),
    Phase.TAPER: (1, 2, 2),
    Phase.RACE: (1, 1, 1),
}
# Triathletes add a hard swim (a CSS set) in base, build and peak.
TRI_EXTRA_HARD = frozenset({Phase.BASE, Phase.BUILD, Phase.PEAK})
_EXP = {Experience.BEGINNER: 0, Experience.INTERMEDIATE: 1, Experience.ADVANCED: 2}

_HARD_MENU: dict[SessionSport, dict[Phase, tuple[Template, ...]]] = {
    SessionSport.RUN: {
        Phase.BASE: (lib.RUN_TEMPO,),
        Phase.BUILD: (lib.RUN_THRESHOLD, lib.RUN_VO2MAX),
        Phase.PEAK: (lib.RUN_RACE_PACE, lib.RUN_VO2MAX),
        Phase.TAPER: (lib.RUN_RACE_PACE, lib.RUN_THRESHOLD),
        Phase.RACE: (lib.RUN_RACE_PACE,),
    },
    SessionSport.BIKE: {
        Phase.BASE: (lib.BIKE_SWEET_SPOT,),
        Phase.BUILD: (lib.BIKE_THRESHOLD, lib.BIKE_VO2MAX),
        Phase.PEAK: (lib.BIKE_RACE_PACE, lib.BIKE_THRESHOLD),
        Phase.TAPER: (lib.BIKE_RACE_PACE, lib.BIKE_VO2MAX),
        Phase.RACE: (lib.BIKE_RACE_PACE,),
    },
    SessionSport.SWIM: {
        Phase.BASE: (lib.SWIM_CSS,),
        Phase.BUILD: (lib.SWIM_CSS, lib.SWIM_SPEED),
        Phase.PEAK: (lib.SWIM_RACE_PACE, lib.SWIM_CSS),
        Phase.TAPER: (lib.SWIM_RACE_PACE,),
        Phase.RACE: (lib.SWIM_RACE_PACE,),
    },
}
# Long races are won at race pace and threshold, short ones need VO2max work too.
_LONG_RACE_SWAP = {lib.RUN_VO2MAX: lib.RUN_RACE_PACE, lib.BIKE_VO2MAX: lib.BIKE_SWEET_SPOT}

# Race distances in metres, per leg for multisport (swim, bike, run) or the whole run.
RACE_DISTANCE_M: dict[RaceKind, int] = {
    RaceKind.RUN_5K: 5000,
    RaceKind.RUN_10K: 10000,
    RaceKind.HALF_MARATHON: 21097,
    RaceKind.MARATHON: 42195,
    RaceKind.ULTRA: 50000,
}
SWIM_LEG_M = {
    RaceKind.SPRINT: 750,
    RaceKind.OLYMPIC: 1500,
    RaceKind.HALF_IRONMAN: 1900,
    RaceKind.IRONMAN: 3800,
}


def floor5(seconds: float) -> int:
    return int(seconds // FIVE_MIN) * FIVE_MIN


@functools.lru_cache(maxsize=4096)
def _step_if(target: Target, sport: SessionSport) -> float:
    return intensity_factor(target, sport)


@functools.lru_cache(maxsize=4096)
def _load_per_second(target: Target, sport: SessionSport) -> float:
    return load_of(1.0, intensity_factor(target, sport), sport)


def workout_load(workout: Workout, sport: SessionSport) -> float:
    """Planned load: the sum over steps of hours x IF^2 x 100 (IF^3 for swims), with
    repeats counted; IF comes from each step's target (targets.intensity_factor)."""
    total = 0.0
    for block in workout.blocks():
        if isinstance(block, Repeat):
            total += block.count * sum(
                s.duration_s * _load_per_second(s.target, s.sport or sport) for s in block.steps
            )
        else:
            total += block.duration_s * _load_per_second(block.target, block.sport or sport)
    return round(total, 1)


@dataclass(frozen=True, slots=True)
class Built:
    """A session's content without its date: what templates produce, memoised per plan
    because weeks repeat the same (template, duration, work cap) many times."""

    sport: SessionSport
    type: SessionType
    title: str
    objective: str
    workout: Workout
    distance_m: int | None
    load: float
    alternative: Built | None = None
    duration_s: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "duration_s", self.workout.duration_s)

    def on(self, day: date, order: int, sid: str | None = None) -> Session:
        sid = sid or session_id(day, order)
        alternative = self.alternative.on(day, order, f"{sid}/easy") if self.alternative else None
        return Session(
            sid,
            day,
            order,
            self.sport,
            self.type,
            self.title,
            self.objective,
            self.workout,
            self.duration_s,
            self.distance_m,
            self.load,
            alternative,
        )


@dataclass(frozen=True, slots=True)
class PlanContext:
    """Everything about the athlete and goal that stays fixed while weeks are built."""

    request: PlanRequest
    profile: RaceProfile
    discipline: Discipline
    resolver: TargetResolver
    workout: WorkoutContext
    shares: tuple[tuple[SessionSport, float], ...]
    no_intensity: frozenset[SessionSport]
    cache: dict[tuple[str, int, int], Built | None] = field(default_factory=dict)

    @staticmethod
    def create(request: PlanRequest, profile: RaceProfile, swims_possible: bool) -> PlanContext:
        discipline = profile.discipline
        shares = SHARES[discipline]
        if not swims_possible and discipline is not Discipline.SWIM:
            # No pool: the swim share goes to the other sports in proportion.
            dry = [(s, f) for s, f in shares if s is not SessionSport.SWIM]
            total = sum(f for _, f in dry)
            shares = tuple((s, f / total) for s, f in dry)
        blocked = injured_sports(request)
        resolver = TargetResolver(request)
        css = request.thresholds.css_s_per_100m or DEFAULT_CSS_S_PER_100M[request.experience]
        workout = WorkoutContext(
            resolver,
            request.experience is Experience.BEGINNER,
            css,
            profile.race_effort() if profile.race_hours else Effort.TEMPO,
        )
        return PlanContext(request, profile, discipline, resolver, workout, shares, blocked)

    def run_distance_m(self, workout: Workout, sport: SessionSport) -> int | None:
        if sport is SessionSport.SWIM:
            return sum(s.distance_m or 0 for s in workout.flat_steps()) or None
        pace = self.request.thresholds.run_threshold_pace_s_per_km
        if sport is not SessionSport.RUN or not pace:
            return None
        metres = sum(
            s.duration_s * 1000 / pace * _step_if(s.target, SessionSport.RUN)
            for s in workout.flat_steps()
        )
        return int(metres // 10 * 10)

    def built(self, template: Template, duration_s: int, work_cap_s: int) -> Built | None:
        """The session content for a template, duration and work cap (memoised)."""
        key = (template.code, duration_s, work_cap_s)
        if key in self.cache:
            return self.cache[key]
        workout = template.build(self.workout, duration_s, work_cap_s)
        result = None
        if workout is not None:
            load = workout_load(workout, template.sport)
            alternative = None
            if template.type in ALTERNATIVE_TYPES:
                alternative = self.easier(template.sport, template.type, workout, load)
            result = Built(
                template.sport,
                template.type,
                template.code,
                template.objective,
                workout,
                self.run_distance_m(workout, template.sport),
                load,
                alternative,
            )
        self.cache[key] = result
        return result

    def easier(
        self, sport: SessionSport, kind: SessionType, original: Workout, original_load: float
    ) -> Built:
        """The easier option offered with a hard (or long) session: same sport, easy, at
        most 45 minutes (two thirds of a long one), and always less load."""
        sport = SessionSport.BIKE if sport is SessionSport.BRICK else sport
        template = lib.EASY.get(sport, lib.RUN_EASY)
        duration = original.duration_s
        if kind is SessionType.LONG:
            seconds = floor5(duration * 2 / 3)
        else:
            seconds = floor5(min(duration * 0.75, ALTERNATIVE_MAX_S))
        seconds = max(seconds, FIVE_MIN)
        while True:
            workout = template.build(self.workout, seconds, 0) or lib.steady(
                self.workout, sport, seconds
            )
            load = workout_load(workout, sport)
            if load < original_load or seconds <= FIVE_MIN:
                break
            seconds -= FIVE_MIN
        if load >= original_load:
            workout = lib.steady(self.workout, sport, seconds, Effort.RECOVERY)
            load = workout_load(workout, sport)
        easier = SessionType.RECOVERY if load < 0.5 * original_load else SessionType.ENDURANCE
        return Built(
            sport,
            easier,
            template.code,
            "easier_option",
            workout,
            self.run_distance_m(workout, sport),
            load,
        )


ALTERNATIVE_TYPES = frozenset(
    {SessionType.TEMPO, SessionType.THRESHOLD, SessionType.INTERVALS, SessionType.LONG}
)


def build_session(
    ctx: PlanContext,
    template: Template,
    day: date,
    order: int,
    *,
    duration_s: int,
    work_cap_s: int,
) -> Session | None:
    built = ctx.built(template, duration_s, work_cap_s)
    return built.on(day, order) if built else None


def easy_alternative(ctx: PlanContext, session: Session) -> Session:
    """An easier version of any session (used when a week has too much intensity)."""
    if session.alternative is not None:
        return session.alternative
    easier = ctx.easier(session.sport, session.type, session.workout, session.load)
    return easier.on(session.date, session.order, f"{session.id}/easy")


def race_session(ctx: PlanContext, day: date) -> Session:
    """The race itself as a session, leg by leg at race effort."""
    profile, kind = ctx.profile, ctx.profile.kind
    effort = profile.race_effort()
    seconds = round(profile.race_hours * 3600)
    steps: list[Step] = []
    for sport, fraction in profile.legs:
        leg_s = max(round(seconds * fraction), MIN)
        target = ctx.resolver.target(sport, effort)
        distance = SWIM_LEG_M.get(kind) if sport is SessionSport.SWIM else None
        multi = len(profile.legs) > 1
        steps.append(
            Step(StepKind.WORK, effort, target, leg_s, distance, sport if multi else None)
        )
    sport = SessionSport.BRICK if len(profile.legs) > 1 else profile.legs[0][0]
    workout = Workout((), tuple(steps), ())
    return Session(
        id=session_id(day, 1),
        date=day,
        order=1,
        sport=sport,
        type=SessionType.RACE,
        title=f"race.{kind.value}",
        objective="race",
        workout=workout,
        duration_s=workout.duration_s,
        distance_m=RACE_DISTANCE_M.get(kind) or ctx.request.goal.distance_m,
        load=workout_load(workout, sport),
    )


# --- drafting ----------------------------------------------------------------------


def _hard_sports(ctx: PlanContext, phase: Phase, count: int) -> list[SessionSport]:
    sports = [s for s, _ in ctx.shares if s not in ctx.no_intensity]
    if not sports:
        return []
    if ctx.discipline is Discipline.TRIATHLON:
        order = [SessionSport.BIKE, SessionSport.RUN, SessionSport.SWIM]
        if phase is Phase.BASE:
            order = [SessionSport.BIKE, SessionSport.SWIM, SessionSport.RUN]
        sports = [s for s in order if s in sports]
    return [sports[i % len(sports)] for i in range(count)]


def _hard_template(ctx: PlanContext, sport: SessionSport, phase: Phase, nth: int) -> Template:
    menu = _HARD_MENU[sport][phase if phase in _HARD_MENU[sport] else Phase.BUILD]
    template = menu[nth % len(menu)]
    if ctx.profile.race_hours >= 2.5:
        template = _LONG_RACE_SWAP.get(template, template)
    if ctx.workout.beginner and template in (lib.BIKE_SWEET_SPOT,):
        template = lib.BIKE_TEMPO
    return template


def draft_week(
    ctx: PlanContext,
    spec: WeekSpec,
    target_s: int,
    *,
    training_days: int,
    race_day: date | None,
    long_floor: dict[SessionSport, int] | None = None,
    kept_s: int = 0,
    kept_hard_s: int = 0,
) -> list[Draft]:
    """The week's sessions before placement, summing to at most ``target_s``; a long
    session is never shorter than ``long_floor`` (this block's long so far) when the
    sport's time allows it. ``kept_s``/``kept_hard_s``: sessions already kept in the week,
    whose hard time comes out of the week's intensity budget."""
    left = {sport: float(target_s * share) for sport, share in ctx.shares}
    drafts: list[Draft] = []
    priority = iter(range(1000))
    if race_day is not None:
        drafts += _draft_opener(ctx, left, race_day, priority)
    elif not (spec.phase is Phase.TAPER and spec.taper_position > 0):
        drafts += _draft_longs(ctx, spec, left, priority, long_floor or {})
    if not spec.is_recovery:
        bricks_hard = sum(d.duration_s // 6 for d in drafts if d.template is lib.BRICK)
        budget = (target_s + kept_s) * HARD_SHARE_TARGET - bricks_hard - kept_hard_s
        drafts += _draft_hard(ctx, spec.phase, left, budget, priority)
    drafts += _draft_easy(ctx, spec, left, drafts, training_days=training_days, priority=priority)
    return drafts


def _draft_opener(
    ctx: PlanContext, left: dict[SessionSport, float], race_day: date, priority: Iterator[int]
) -> list[Draft]:
    last_leg = ctx.profile.legs[-1][0] if ctx.profile.legs else ctx.shares[0][0]
    template = lib.EASY[last_leg] if last_leg in ctx.no_intensity else lib.OPENERS[last_leg]
    seconds = floor5(min(left.get(last_leg, 0), template.max_s))
    if seconds < template.min_s:
        return []
    left[last_leg] -= seconds
    return [
        Draft(template, seconds, Role.EASY, next(priority), preferred=race_day - timedelta(days=1))
    ]


def _draft_longs(
    ctx: PlanContext,
    spec: WeekSpec,
    left: dict[SessionSport, float],
    priority: Iterator[int],
    floor: dict[SessionSport, int],
) -> list[Draft]:
    """One long session per sport (ride and run for multisport), sized from the sport's
    week before anything else takes from it; build/peak long rides become bricks."""
    multisport = ctx.discipline in (Discipline.TRIATHLON, Discipline.DUATHLON)
    sports = [s for s, _ in ctx.shares if s is not SessionSport.SWIM or not multisport][:2]
    sized = {}
    for sport in sports:
        cap = floor5(ctx.profile.long_caps.get(sport, 1.0) * 3600)
        # The block's long so far is the floor even when it takes the sport's whole week.
        least = -(-floor.get(sport, 0) // FIVE_MIN) * FIVE_MIN  # whole 5 minutes, up
        seconds = min(cap, max(floor5(left[sport] * LONG_FRACTION[sport]), least))
        if seconds >= lib.LONG[sport].min_s:
            sized[sport] = (seconds, cap)
    drafts: list[Draft] = []
    for sport, (seconds, cap) in sized.items():
        template = lib.LONG[sport]
        left[sport] -= seconds
        bricks = (
            multisport
            and sport is SessionSport.BIKE
            and not spec.is_recovery
            and SessionSport.RUN not in ctx.no_intensity
            and spec.phase in (Phase.BUILD, Phase.PEAK)
        )
        run_part = min(30 * MIN, floor5(left.get(SessionSport.RUN, 0) * 0.15))
        if not bricks or run_part < 10 * MIN:
            run_part = 0
        else:
            template = lib.BRICK
            left[SessionSport.RUN] -= run_part
        total, limit = seconds + run_part, cap + run_part
        if run_part:
            # The brick's ride is the long ride it replaces: as long, and never over the cap.
            total = _brick_total(seconds, template.max_s)
            limit = max(total, _brick_total(cap, template.max_s, at_most=True))
        drafts.append(
            Draft(template, total, Role.LONG, next(priority), primary_long=not drafts, max_s=limit)
        )
    return drafts


def _brick_total(ride_s: int, longest_s: int, *, at_most: bool = False) -> int:
    """The shortest brick whose ride is ``ride_s`` or more (``at_most``: the longest
    whose ride is ``ride_s`` or less), in 5-minute steps up to ``longest_s``."""
    total = ride_s
    while total < longest_s and lib.brick_split(total + (FIVE_MIN if at_most else 0))[0] < (
        ride_s + (1 if at_most else 0)
    ):
        total += FIVE_MIN
    return total


def _draft_hard(
    ctx: PlanContext,
    phase: Phase,
    left: dict[SessionSport, float],
    budget: float,
    priority: Iterator[int],
) -> list[Draft]:
    exp = _EXP[ctx.request.experience]
    count = HARD_COUNT[phase][exp]
    if ctx.discipline is Discipline.TRIATHLON and phase in TRI_EXTRA_HARD and exp > 0:
        count += 1
    sports = _hard_sports(ctx, phase, count)
    drafts = []
    seen: dict[SessionSport, int] = {}
    for i, sport in enumerate(sports):
        nth = seen.get(sport, 0)
        seen[sport] = nth + 1
        template = _hard_template(ctx, sport, phase, nth)
        seconds = floor5(min(max(left[sport] * 0.5, template.min_s), template.max_s))
        if seconds > left[sport] or budget <= 0:
            continue
        cap = int(budget / (len(sports) - i))
        drafts.append(Draft(template, seconds, Role.HARD, next(priority), work_cap_s=cap))
        left[sport] -= seconds
        budget -= cap
    return drafts


def _draft_easy(
    ctx: PlanContext,
    spec: WeekSpec,
    left: dict[SessionSport, float],
    drafts: list[Draft],
    *,
    training_days: int,
    priority: Iterator[int],
) -> list[Draft]:
    easy = []
    for sport, seconds in left.items():
        template = lib.EASY[sport]
        used = sum(1 for d in drafts if sport in d.sports)
        slots = max(0, training_days - used)
        count = min(slots, max(1, round(seconds / EASY_TYPICAL_S[sport])))
        while count and seconds / count < template.min_s:
            count -= 1
        if not count:
            continue
        each = floor5(min(seconds / count, template.max_s))
        for i in range(count):
            easy.append(
                Draft(_easy_variant(ctx, spec, sport, i, each), each, Role.EASY, next(priority))
            )
    return easy


def _easy_variant(
    ctx: PlanContext, spec: WeekSpec, sport: SessionSport, nth: int, seconds: int
) -> Template:
    """The first easy session of a sport may carry a purpose: strides for runners in base
    and build (economy; Daniels), technique for swimmers in base, pure recovery in a
    recovery week."""
    if nth:
        return lib.EASY[sport]
    if spec.is_recovery:
        template = lib.RECOVERY[sport]
    elif (
        sport is SessionSport.RUN
        and spec.phase in (Phase.BASE, Phase.BUILD)
        and (sport not in ctx.no_intensity)
    ):
        template = lib.RUN_STRIDES
    elif sport is SessionSport.SWIM and spec.phase is Phase.BASE:
        template = lib.SWIM_TECHNIQUE
    else:
        template = lib.EASY[sport]
    return template if template.min_s <= seconds <= template.max_s else lib.EASY[sport]


def fill_to(placed: list[tuple[Draft, date]], target_s: int) -> None:
    """Give the minutes that floors and unplaced drafts left over to placed easy and long
    sessions, 5 minutes at a time, shortest (relative to its maximum) first."""
    units = (target_s - sum(d.duration_s for d, _ in placed)) // FIVE_MIN
    room = [d for d, _ in placed if d.role is not Role.HARD]
    while units > 0 and room:
        draft = min(room, key=lambda d: d.duration_s / d.limit_s)
        if draft.duration_s + FIVE_MIN > draft.limit_s:
            room.remove(draft)
            continue
        draft.duration_s += FIVE_MIN
        units -= 1


# The first session of a plan: a typical easy session at most, shorter for beginners
# (a first run of ~30 minutes, as couch-to-5K programmes open).
INTRO_MAX_S = {
    SessionSport.RUN: (30 * MIN, 45 * MIN),
    SessionSport.BIKE: (45 * MIN, 75 * MIN),
    SessionSport.SWIM: (30 * MIN, 45 * MIN),
}


def intro_max_s(ctx: PlanContext, sport: SessionSport, week_s: float) -> int:
    """The first session's longest: the table's, shorter than the goal's long session, and
    no more than an average session of the sport in a ``week_s`` week (the athlete's
    current level) spread over their training days."""
    beginner, other = INTRO_MAX_S.get(sport, (30 * MIN, 45 * MIN))
    cap = beginner if ctx.workout.beginner else other
    long_cap = floor5(ctx.profile.long_caps.get(sport, 1.0) * 3600) - FIVE_MIN
    share = dict(ctx.shares).get(sport, 1.0)
    average = floor5(week_s * share / len(ctx.request.available_weekdays))
    least = lib.EASY[sport].min_s if sport in lib.EASY else FIVE_MIN
    return max(min(cap, long_cap, average), least)


def downgrade(draft: Draft) -> Draft | None:
    """What a hard or long draft becomes when no day can hold it as such."""
    sport = (
        SessionSport.BIKE if draft.template.sport is SessionSport.BRICK else (draft.template.sport)
    )
    template = lib.EASY[sport]
    seconds = floor5(min(draft.duration_s, template.max_s))
    if seconds < template.min_s:
        return None
    return Draft(template, seconds, Role.EASY, draft.priority)


@dataclass(frozen=True, slots=True)
class WeekFrame:
    """Where a week's sessions may go."""

    days: tuple[date, ...]
    long_day: date | None
    pool_days: frozenset[date]
    outside_hard: tuple[date, ...]
    occupied: tuple[Occupied, ...]
    taken_orders: dict[date, int]  # highest order already used on a day
    near_long: tuple[date, ...] = ()  # long sessions just before this week
    intro_day: date | None = None  # a new plan's first day: one short, easy session
    level_s: float = 0.0  # the athlete's current week, in seconds (sizes the first day)
    long_floor: dict[SessionSport, int] = field(default_factory=dict)  # block's long so far
    caps: dict[SessionSport, int] = field(default_factory=dict)  # longest session per sport
    kept_s: int = 0  # sessions kept in the week (regeneration): count in its 80/20 share
    kept_hard_s: int = 0


def compose_week(
    ctx: PlanContext,
    spec: WeekSpec,
    frame: WeekFrame,
    target_s: int,
    race_day: date | None,
) -> tuple[list[Session], list[Unplaced], int]:
    """Sessions for one week; returns (sessions, drafts left out, hard sessions eased)."""
    drafts = draft_week(
        ctx,
        spec,
        target_s,
        training_days=len(frame.days),
        race_day=race_day,
        long_floor=frame.long_floor,
        kept_s=frame.kept_s,
        kept_hard_s=frame.kept_hard_s,
    )
    placed, dropped = place(
        drafts,
        frame.days,
        long_day=frame.long_day,
        pool_days=frame.pool_days,
        outside_hard=frame.outside_hard,
        occupied=frame.occupied,
        downgrade=downgrade,
        near_long=frame.near_long,
        intro_day=frame.intro_day,
    )
    for draft, day in list(placed):
        cap = frame.caps.get(draft.template.sport)
        if day == frame.intro_day:
            # Day one is an introduction, never the week's big session (start.py).
            intro = intro_max_s(ctx, draft.template.sport, frame.level_s)
            cap = min(cap, intro) if cap is not None else intro
        if cap is None:
            continue
        draft.max_s = min(draft.limit_s, cap)
        draft.duration_s = min(draft.duration_s, draft.max_s)
        if draft.duration_s < draft.template.min_s:
            # Strides or a technique set need more time: a plain easy session then.
            draft.template = lib.EASY[draft.template.sport]
            draft.role = Role.EASY
        if draft.duration_s < draft.template.min_s:
            placed.remove((draft, day))  # an unloading week simply holds one session less
    _long_is_longest(placed)
    fill_to(placed, target_s)
    by_day: dict[date, list[Draft]] = {}
    for draft, day in placed:
        by_day.setdefault(day, []).append(draft)
    sessions: list[Session] = []
    for day in sorted(by_day):
        order = frame.taken_orders.get(day, 0)
        for draft in sorted(by_day[day], key=lambda d: (d.role is Role.EASY, d.priority)):
            session = build_session(
                ctx,
                draft.template,
                day,
                order + 1,
                duration_s=draft.duration_s,
                work_cap_s=draft.work_cap_s,
            )
            lighter = downgrade(draft) if session is None and draft.role is not Role.EASY else None
            if lighter is not None:
                session = build_session(
                    ctx,
                    lighter.template,
                    day,
                    order + 1,
                    duration_s=lighter.duration_s,
                    work_cap_s=0,
                )
            if session is None:
                dropped.append(Unplaced.of(draft, UnplacedReason.TOO_SHORT))
                continue
            order += 1
            sessions.append(session)
    eased = cap_hard_share(ctx, sessions, kept_s=frame.kept_s, kept_hard_s=frame.kept_hard_s)
    trim_to(sessions, target_s)
    return sessions, dropped, eased


def _long_is_longest(placed: list[tuple[Draft, date]]) -> None:
    """No other session of a sport outlasts its long one in the week (a beginner's "long"
    run of 1 h after an easy run of 1 h 15 min reads as a mistake): the others are capped
    at the long's length, and the minutes they lose stay unplanned (fill_to respects it)."""
    longs: dict[SessionSport, int] = {
        d.template.sport: d.duration_s
        for d, _ in placed
        if d.role is Role.LONG and d.template.sport is not SessionSport.BRICK
    }
    for draft, day in list(placed):
        longest = longs.get(draft.template.sport)
        if draft.role is Role.LONG or longest is None:
            continue
        draft.max_s = min(draft.limit_s, longest)
        draft.duration_s = min(draft.duration_s, draft.max_s)
        if draft.duration_s < draft.template.min_s:
            draft.template = lib.EASY[draft.template.sport]
            draft.role = Role.EASY
        if draft.duration_s < draft.template.min_s:
            placed.remove((draft, day))


def hard_seconds(sessions: Iterable[Session]) -> int:
    return sum(s.workout.hard_s for s in sessions if s.type is not SessionType.RACE)


def cap_hard_share(
    ctx: PlanContext,
    sessions: list[Session],
    *,
    kept_s: int = 0,
    kept_hard_s: int = 0,
) -> int:
    """Swap hard sessions for their alternatives until the week's hard time is within
    80/20, counted over the whole week: sessions kept in it (``kept_s`` seconds,
    ``kept_hard_s`` of them hard) stay as they are but count in the share."""
    eased = 0
    if not any(s.workout.hard_s for s in sessions):
        return eased
    while True:
        total = kept_s + sum(s.duration_s for s in sessions if s.type is not SessionType.RACE)
        hard = kept_hard_s + hard_seconds(sessions)
        if not total or hard <= HARD_SHARE_TARGET * total * 1.1:
            return eased
        candidates = [i for i, s in enumerate(sessions) if s.workout.hard_s and s.alternative]
        if not candidates:
            # Strides or a brick run with no alternative left: ease the smallest of them.
            candidates = [
                i
                for i, s in enumerate(sessions)
                if s.workout.hard_s and s.type is not SessionType.RACE
            ]
            if not candidates:
                return eased
            i = candidates[-1]
            easier = easy_alternative(ctx, sessions[i])
        else:
            i = max(candidates, key=lambda k: sessions[k].workout.hard_s)
            easier = sessions[i].alternative or easy_alternative(ctx, sessions[i])
        sessions[i] = dataclasses.replace(easier, id=sessions[i].id)
        eased += 1


def trim_to(sessions: list[Session], target_s: int) -> None:
    """Drop the shortest easy sessions while the week is over its target (a safety net)."""

    def training(items: Sequence[Session]) -> int:
        return sum(s.duration_s for s in items if s.type is not SessionType.RACE)

    while training(sessions) > target_s:
        easy = [s for s in sessions if s.type in (SessionType.ENDURANCE, SessionType.RECOVERY)]
        pool = easy or [s for s in sessions if s.type is not SessionType.RACE]
        sessions.remove(min(pool, key=lambda s: s.duration_s))
