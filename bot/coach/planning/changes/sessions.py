"""Changing one session with the planner's own library: shorter, easier, another sport.

Every changed session is rebuilt from the library template it came from (or a steady
workout of the same sport), with targets from the athlete's thresholds through the
planner's ``TargetResolver``, its load recomputed (``workout_load``) and, for a hard or
long session, a fresh easier alternative (``PlanContext.easier``): no number is copied
from the session it replaces.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from bot.coach.planning import library as lib
from bot.coach.planning.changes.model import ChangeRefused, RefusalCode
from bot.coach.planning.library import Template
from bot.coach.planning.model import (
    HARD_EFFORT,
    Effort,
    Repeat,
    Session,
    SessionSport,
    SessionType,
    Step,
    Workout,
    session_id,
)
from bot.coach.planning.sessions import ALTERNATIVE_TYPES, FIVE_MIN, PlanContext, workout_load
from bot.coach.planning.targets import SWIM_BANDS

MIN_MINUTES = 15
# Sports a session can be replaced by (a brick or strength session cannot be made).
ENDURANCE_SPORTS = (SessionSport.RUN, SessionSport.BIKE, SessionSport.SWIM)

TEMPLATES: dict[str, Template] = {
    **{t.code: t for t in vars(lib).values() if isinstance(t, Template)},
    **{t.code: t for t in lib.OPENERS.values()},
}


def relocated(session: Session, day: date, order: int) -> Session:
    """The same session on another day (its easier alternative with it)."""
    sid = session_id(day, order)
    alternative = session.alternative
    if alternative is not None:
        alternative = dataclasses.replace(alternative, id=f"{sid}/easy", date=day, order=order)
    return dataclasses.replace(session, id=sid, date=day, order=order, alternative=alternative)


def _finish(ctx: PlanContext, like: Session, **fields: object) -> Session:
    """``like`` with new content; distance, load and alternative recomputed."""
    session: Session = dataclasses.replace(like, **fields)  # type: ignore[arg-type]
    sport = session.sport
    workout = session.workout
    load = workout_load(workout, sport)
    alternative = None
    if session.type in ALTERNATIVE_TYPES:
        built = ctx.easier(sport, session.type, workout, load)
        alternative = built.on(session.date, session.order, f"{session.id}/easy")
    return dataclasses.replace(
        session,
        duration_s=workout.duration_s,
        distance_m=ctx.run_distance_m(workout, sport)
        if sport is not SessionSport.BRICK
        else session.distance_m,
        load=load,
        alternative=alternative,
    )


def shortened(ctx: PlanContext, session: Session, minutes: int) -> Session:
    """The session at ``minutes`` (rounded down to 5): the same template with its work
    cut in proportion, or a steady session of the sport when the template cannot fit."""
    if session.type is SessionType.RACE:
        raise ChangeRefused(RefusalCode.SESSION_SETTLED, reason="race")
    seconds = int(minutes * 60 // FIVE_MIN * FIVE_MIN)
    if minutes < MIN_MINUTES:
        raise ChangeRefused(RefusalCode.TOO_SHORT, minutes=minutes, limit=MIN_MINUTES)
    if seconds >= session.duration_s:
        raise ChangeRefused(
            RefusalCode.NOT_SHORTER, minutes=minutes, planned=session.duration_s // 60
        )
    template = TEMPLATES.get(session.title)
    if template is not None:
        cap = session.workout.hard_s * seconds // max(session.duration_s, 1)
        workout = template.build(ctx.workout, seconds, cap)
        if workout is not None and workout.duration_s <= seconds:
            return _finish(ctx, session, workout=workout)
    return steadied(ctx, session, seconds)


# The coach's zone number -> the library's steady effort and the session's type/template:
# zone 1 recovery, zone 2 endurance, zone 3 tempo (Seiler's three zones, 2010).
PLACED_EFFORTS = {
    1: (Effort.RECOVERY, SessionType.RECOVERY, "recovery"),
    2: (Effort.ENDURANCE, SessionType.ENDURANCE, "easy"),
    3: (Effort.TEMPO, SessionType.TEMPO, "tempo"),
}
MAX_PLACED_MINUTES = 360


def placed(
    ctx: PlanContext, day: date, order: int, *, sport: SessionSport, minutes: int, effort: int
) -> Session:
    """A steady session a human coach sets: ``sport`` for ``minutes`` at zone ``effort``
    (1-3), its load computed from the athlete's own thresholds (``workout_load``)."""
    if sport not in ENDURANCE_SPORTS:
        raise ChangeRefused(RefusalCode.SPORT_NOT_POSSIBLE, sport=sport.value)
    if minutes < MIN_MINUTES:
        raise ChangeRefused(RefusalCode.TOO_SHORT, minutes=minutes, limit=MIN_MINUTES)
    if minutes > MAX_PLACED_MINUTES:
        raise ChangeRefused(RefusalCode.TOO_LONG, minutes=minutes, limit=MAX_PLACED_MINUTES)
    if effort not in PLACED_EFFORTS:
        raise ChangeRefused(RefusalCode.ZONE_NOT_STEADY, zone=effort)
    level, kind, name = PLACED_EFFORTS[effort]
    seconds = int(minutes * 60 // FIVE_MIN * FIVE_MIN)
    code = f"{sport.value}.{name}" if sport is not SessionSport.SWIM else "swim.endurance"
    template = TEMPLATES.get(code, lib.EASY.get(sport, lib.RUN_EASY))
    workout = lib.steady(ctx.workout, sport, seconds, level)
    like = Session(
        session_id(day, order),
        day,
        order,
        sport,
        kind,
        template.code,
        template.objective,
        workout,
        workout.duration_s,
        None,
        0.0,
    )
    return _finish(ctx, like)


def steadied(ctx: PlanContext, session: Session, seconds: int | None = None) -> Session:
    """A steady endurance session of the same sport (a brick: a ride) and length."""
    sport = session.sport if session.sport in ENDURANCE_SPORTS else SessionSport.BIKE
    template = lib.EASY.get(sport, lib.RUN_EASY)
    length = seconds if seconds is not None else session.duration_s
    workout = template.build(ctx.workout, length, 0) or lib.steady(ctx.workout, sport, length)
    return _finish(
        ctx,
        session,
        sport=sport,
        type=SessionType.ENDURANCE,
        title=template.code,
        objective=template.objective,
        workout=workout,
    )


def _down(ctx: PlanContext, sport: SessionSport, step: Step) -> Step:
    effort = Effort(max(step.effort - 1, Effort.RECOVERY))
    target = ctx.resolver.target(step.sport or sport, effort)
    return dataclasses.replace(step, effort=effort, target=target)


def one_zone_down(ctx: PlanContext, session: Session) -> Session:
    """The same session with every step one effort lower (time in zone kept)."""

    def block(b: Step | Repeat) -> Step | Repeat:
        if isinstance(b, Repeat):
            return Repeat(b.count, tuple(_down(ctx, session.sport, s) for s in b.steps))
        return _down(ctx, session.sport, b)

    w = session.workout
    workout = Workout(
        tuple(_down(ctx, session.sport, s) for s in w.warmup),
        tuple(block(b) for b in w.main),
        tuple(_down(ctx, session.sport, s) for s in w.cooldown),
    )
    easy = workout.hard_s == 0
    kind = session.type
    if easy and kind in (SessionType.TEMPO, SessionType.THRESHOLD, SessionType.INTERVALS):
        kind = SessionType.ENDURANCE
    elif (
        easy
        and kind is SessionType.ENDURANCE
        and max(s.effort for s in workout.flat_steps()) <= Effort.RECOVERY
    ):
        kind = SessionType.RECOVERY
        if session.sport in _RECOVERY_TITLED:
            # An easy run made easier is a recovery run, and says so: the same title and
            # minutes would show the athlete no change at all on the card.
            return _finish(
                ctx,
                session,
                workout=workout,
                type=kind,
                title=f"{session.sport.value}.recovery",
                objective="recovery",
            )
    return _finish(ctx, session, workout=workout, type=kind)


# Sports whose library has a recovery session (bot/coach/planning/library.py).
_RECOVERY_TITLED = frozenset({SessionSport.RUN, SessionSport.BIKE})


def easier(ctx: PlanContext, session: Session) -> Session:
    """Its easier alternative when it has one, else the same session one zone down."""
    if session.type is SessionType.RACE:
        raise ChangeRefused(RefusalCode.SESSION_SETTLED, reason="race")
    if session.alternative is not None:
        alt = session.alternative
        return dataclasses.replace(alt, id=session.id, date=session.date, order=session.order)
    if all(s.effort <= Effort.RECOVERY for s in session.workout.flat_steps()):
        raise ChangeRefused(RefusalCode.NO_EASIER)
    return one_zone_down(ctx, session)


def without_intensity(ctx: PlanContext, session: Session) -> Session:
    """Nothing at tempo or above left: its easier alternative when that has none, else a
    steady session of the same sport and length (named as what it now is)."""
    if not has_intensity(session) and not session.is_hard:
        return session
    if session.alternative is not None:
        alternative = easier(ctx, session)
        if not has_intensity(alternative):
            return alternative
    return steadied(ctx, session)


def in_sport(
    ctx: PlanContext, session: Session, sport: SessionSport, *, max_s: int | None = None
) -> Session:
    """The session in ``sport``: every step the same minutes at the same effort, its
    target in the new sport's terms for this athlete (time in zone). ``max_s`` caps it
    (a long ride becomes no longer a run than the athlete's longest run that week)."""
    if session.type is SessionType.RACE:
        raise ChangeRefused(RefusalCode.SESSION_SETTLED, reason="race")
    if sport not in ENDURANCE_SPORTS:
        raise ChangeRefused(RefusalCode.SPORT_NOT_POSSIBLE, sport=sport.value)
    if sport is session.sport:
        raise ChangeRefused(RefusalCode.NOTHING_TO_CHANGE)

    def moved(step: Step) -> Step:
        target = ctx.resolver.target(sport, step.effort)
        distance = None
        if sport is SessionSport.SWIM:
            lo, hi = SWIM_BANDS[step.effort]
            speed = 100 / ctx.workout.css_s_per_100m * (lo + hi) / 2
            distance = max(int(step.duration_s * speed // 25 * 25), 25)
        return Step(
            step.kind, step.effort, target, step.duration_s, distance, None, step.progressive
        )

    def block(b: Step | Repeat) -> Step | Repeat:
        if isinstance(b, Repeat):
            return Repeat(b.count, tuple(moved(s) for s in b.steps))
        return moved(b)

    w = session.workout
    workout = Workout(
        tuple(moved(s) for s in w.warmup),
        tuple(block(b) for b in w.main),
        tuple(moved(s) for s in w.cooldown),
    )
    suffix = session.title.split(".", 1)[-1]
    template = TEMPLATES.get(f"{sport.value}.{suffix}") or lib.EASY[sport]
    kind = session.type
    if session.sport is SessionSport.BRICK:
        kind = SessionType.LONG if workout.hard_s == 0 else SessionType.TEMPO
    changed = _finish(ctx, session, sport=sport, type=kind, title=template.code, workout=workout)
    cap = min(template.max_s, max_s) if max_s else template.max_s
    if changed.duration_s > cap:
        # Time in zone, within what the sport's session may hold (a 5 h ride is no 5 h run).
        return shortened(ctx, changed, cap // 60)
    return changed


def has_intensity(session: Session) -> bool:
    return session.type is not SessionType.RACE and (
        session.workout.hard_s > 0
        or any(s.effort >= HARD_EFFORT for s in session.workout.flat_steps())
    )
