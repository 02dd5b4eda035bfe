"""Next week from how this one went: the deterministic weekly adaptation.

The rules (domain.md, "Weekly recalculation", from the triathlon seed) by the share of
the week's plan done (``bot.coach.science.compliance.week_action``):

- ≥ 90 %: progress — next week stays as planned;
- 70–89 %: light adjustment — next week holds the volume of the last loading week
  instead of growing from it;
- 50–69 %: cut intensity, keep volume — next week's hard sessions become steady endurance
  sessions of the same sport and length;
- < 50 %: repeat the week — next week holds this week's sessions again.

Two of our own design, marked as such:

- readiness: two or more red days make the step one notch more careful (progress becomes
  a light adjustment, a light adjustment cuts intensity), since red means rest;
- a sick or injured week (two or more days flagged ill or injured in the check-ins)
  rebuilds a return ramp: next week at 60 % of the last loading week's hours, all easy,
  and the usual ≤ 10 % growth from there (the gradual return of the "neck check"
  guidance, Bergeron et al. 2019 IOC consensus / Schwellnus et al. 2019; the 60 % is ours).

Taper and race weeks are protected (Bosquet 2007: the taper is what makes the race), and
a recovery week already unloads: both stay as planned, but a sick week or a cut still
takes the intensity out of them. Every result passes :func:`check_plan`; a change that
would break a rule falls back to the next more careful one, and to the plan as it was,
saying which rule stopped it. Each change is one line, as a catalogue code.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.coach.planning.guardrails import check_plan, reference_hours
from bot.coach.planning.library import EASY, RUN_EASY, steady
from bot.coach.planning.model import Notice, Phase, Plan, Session, SessionType, Week, session_id
from bot.coach.planning.races import race_profile, training_discipline
from bot.coach.planning.regenerate import regenerate
from bot.coach.planning.request import Injuries, InjuryFlag, PlanRequest, PlanRequestError
from bot.coach.planning.sessions import PlanContext, workout_load
from bot.coach.planning.volume import GENERAL_FITNESS_GROWTH, GROWTH
from bot.coach.science.compliance import WeekAction, week_action

# A return ramp starts at this share of the hours planned for the week that was missed.
RETURN_FRACTION = 0.6
# Days flagged ill or injured in a week that make it a sick week.
SICK_DAYS = 2
# Red readiness days in a week that make the next step one notch more careful.
CAREFUL_RED_DAYS = 2
# At most this many session lines in a review; the rest is summed up in one.
MAX_SESSION_LINES = 6
_NO_INTENSITY = Injuries(flags=frozenset(InjuryFlag))
_WEEK = timedelta(days=7)


class Adaptation(StrEnum):
    PROGRESS = "progress"
    LIGHT_ADJUSTMENT = "light_adjustment"
    CUT_INTENSITY = "cut_intensity"
    REPEAT_WEEK = "repeat_week"
    RETURN_RAMP = "return_ramp"
    KEEP = "keep"  # nothing to judge, nothing to change, or no change passed the rules


_FROM_ACTION = {
    WeekAction.PROGRESS: Adaptation.PROGRESS,
    WeekAction.LIGHT_ADJUSTMENT: Adaptation.LIGHT_ADJUSTMENT,
    WeekAction.CUT_INTENSITY: Adaptation.CUT_INTENSITY,
    WeekAction.REPEAT_WEEK: Adaptation.REPEAT_WEEK,
}
_MORE_CAREFUL = {
    Adaptation.PROGRESS: Adaptation.LIGHT_ADJUSTMENT,
    Adaptation.LIGHT_ADJUSTMENT: Adaptation.CUT_INTENSITY,
}
# What to try when a change breaks a guardrail.
_FALLBACK = {
    Adaptation.REPEAT_WEEK: Adaptation.LIGHT_ADJUSTMENT,
    Adaptation.RETURN_RAMP: Adaptation.CUT_INTENSITY,
    Adaptation.LIGHT_ADJUSTMENT: Adaptation.KEEP,
    Adaptation.CUT_INTENSITY: Adaptation.KEEP,
}


@dataclass(frozen=True, slots=True)
class WeekFacts:
    """How the reviewed week went. ``share_done`` is the compliance share the week action
    is taken from (None when nothing was planned); hours are training hours."""

    week_start: date
    share_done: float | None
    done_hours: float
    planned_hours: float
    red_days: int = 0
    sick_days: int = 0  # ill or injured

    @property
    def next_monday(self) -> date:
        return self.week_start + _WEEK


@dataclass(frozen=True, slots=True)
class AdaptedPlan:
    """``decided`` is what the rules asked for, ``applied`` what the plan now holds;
    ``changes`` explain both, one line each."""

    decided: Adaptation
    applied: Adaptation
    plan: Plan
    changes: tuple[Notice, ...]

    @property
    def changed(self) -> bool:
        return self.applied not in (Adaptation.KEEP, Adaptation.PROGRESS)


def decide(facts: WeekFacts) -> tuple[Adaptation, tuple[Notice, ...]]:
    """The adaptation the week calls for, and why (one line per reason)."""
    if facts.sick_days >= SICK_DAYS:
        return Adaptation.RETURN_RAMP, (Notice.of("why_sick", days=facts.sick_days),)
    if facts.share_done is None:
        return Adaptation.KEEP, (Notice.of("why_nothing_planned"),)
    pct = round(facts.share_done * 100)
    kind = _FROM_ACTION[week_action(facts.share_done)]
    why = [Notice.of("why_share", pct=pct)]
    if facts.red_days >= CAREFUL_RED_DAYS and kind in _MORE_CAREFUL:
        kind = _MORE_CAREFUL[kind]
        why.append(Notice.of("why_red", days=facts.red_days))
    return kind, tuple(why)


def adapt_next_week(plan: Plan, request: PlanRequest, facts: WeekFacts) -> AdaptedPlan:
    """The plan with next week adapted to ``facts`` (``request`` is the athlete's plan
    request as their profile makes it; its date does not matter)."""
    decided, why = decide(facts)
    nxt = _week_at(plan, facts.next_monday)
    if nxt is None:
        return AdaptedPlan(decided, Adaptation.KEEP, plan, (*why, Notice.of("no_next_week")))
    kind = _within_protection(decided, nxt)
    lines = list(why)
    if kind is not decided:
        lines.append(Notice.of("protected", phase=nxt.display_phase.value))
    while True:
        if kind in (Adaptation.KEEP, Adaptation.PROGRESS):
            lines.append(_as_planned(plan, facts, nxt, kind))
            return AdaptedPlan(decided, kind, plan, tuple(lines))
        try:
            adapted = _apply(kind, plan, request, facts)
        except PlanRequestError:
            adapted = None
        violations = (
            check_plan(adapted, request, since=facts.next_monday, previous=plan)
            if adapted is not None
            else []
        )
        if adapted is not None and not violations:
            lines.extend(_describe(kind, plan, adapted, facts))
            return AdaptedPlan(decided, kind, adapted, tuple(lines))
        rule = violations[0].code.value if violations else "plan_request"
        lines.append(Notice.of("guardrail_stopped", change=kind.value, rule=rule))
        kind = _FALLBACK[kind]


def _week_at(plan: Plan, monday: date) -> Week | None:
    return next((w for w in plan.weeks if w.start == monday and w.sessions), None)


def _within_protection(kind: Adaptation, week: Week) -> Adaptation:
    """Taper, race and recovery weeks only ever lose intensity."""
    protected = week.phase in (Phase.TAPER, Phase.RACE) or week.is_recovery
    if not protected or kind is Adaptation.PROGRESS:
        return kind
    if kind in (Adaptation.RETURN_RAMP, Adaptation.CUT_INTENSITY) and _has_intensity(week):
        return Adaptation.CUT_INTENSITY
    return Adaptation.KEEP


def _has_intensity(week: Week) -> bool:
    return any(_intense(s) for s in week.sessions)


def _as_planned(plan: Plan, facts: WeekFacts, week: Week, kind: Adaptation) -> Notice:
    code = "progress" if kind is Adaptation.PROGRESS else "as_planned"
    return Notice.of(
        code,
        hours=round(week.training_hours, 1),
        previous=round(facts.planned_hours, 1),
    )


# -- the changes --------------------------------------------------------------------------


def _apply(kind: Adaptation, plan: Plan, request: PlanRequest, facts: WeekFacts) -> Plan:
    monday = facts.next_monday
    week = _week_at(plan, monday)
    assert week is not None
    reference = reference_hours(plan, week.index)
    if kind is Adaptation.LIGHT_ADJUSTMENT:
        # The generator grows a loading week from the reference by its phase's rate;
        # starting it that much lower makes next week hold the reference instead.
        general = request.goal.date is None
        growth = GENERAL_FITNESS_GROWTH if general else GROWTH.get(week.phase, 1.0)
        held = dataclasses.replace(request, recent_weekly_hours=reference / growth)
        return _rebuild(plan, request, held, monday)
    if kind is Adaptation.CUT_INTENSITY:
        if week.phase in (Phase.TAPER, Phase.RACE) or week.is_recovery:
            return _ease_in_place(plan, request, week)
        return _steady_instead_of_hard(plan, request, week)
    if kind is Adaptation.RETURN_RAMP:
        hours = RETURN_FRACTION * reference
        easy = dataclasses.replace(request, injuries=_NO_INTENSITY, recent_weekly_hours=hours)
        return _rebuild(plan, request, easy, monday)
    if kind is Adaptation.REPEAT_WEEK:
        return _repeat(plan, request, facts)
    raise AssertionError(f"no change for {kind}")


def _rebuild(plan: Plan, request: PlanRequest, next_week: PlanRequest, monday: date) -> Plan:
    """The week of ``monday`` built from ``next_week`` (the changed request); the weeks
    after it from the athlete's own request, continuing from that week as it now is."""
    first = regenerate(plan, next_week, monday, ())
    return _continue(first, request, monday)


def _continue(plan: Plan, request: PlanRequest, monday: date) -> Plan:
    """Keep weeks up to the one starting ``monday``; rebuild everything after it."""
    after = monday + _WEEK
    if request.goal.date is not None and request.goal.date < after:
        return plan  # the race is next week: nothing comes after it
    head = dataclasses.replace(plan, weeks=tuple(w for w in plan.weeks if w.start < after))
    return regenerate(head, request, after, ())


def _ease_in_place(plan: Plan, request: PlanRequest, week: Week) -> Plan:
    """A protected week without intensity and never longer: hard sessions become their
    (shorter) easier alternatives, strides and the like steady running."""
    ctx = planning_context(request)
    sessions = tuple(
        dataclasses.replace(s.alternative, id=s.id)
        if s.alternative is not None and s.is_hard
        else _steady(ctx, s)
        if _intense(s)
        else s
        for s in week.sessions
    )
    eased = dataclasses.replace(week, sessions=sessions)
    return dataclasses.replace(plan, weeks=tuple(eased if w is week else w for w in plan.weeks))


def _intense(session: Session) -> bool:
    """Work at tempo or above, the race itself aside."""
    return bool(session.workout.hard_s) and session.type is not SessionType.RACE


def _steady_instead_of_hard(plan: Plan, request: PlanRequest, week: Week) -> Plan:
    """Every hard session of ``week`` becomes a steady endurance session of the same sport
    and length: the intensity goes, the volume stays. The weeks after are rebuilt only
    if the lower load would otherwise make their fitness ramp too steep."""
    ctx = planning_context(request)
    sessions = tuple(_steady(ctx, s) if _intense(s) else s for s in week.sessions)
    eased = dataclasses.replace(week, sessions=sessions)
    adapted = dataclasses.replace(plan, weeks=tuple(eased if w is week else w for w in plan.weeks))
    if check_plan(adapted, request, since=week.start, previous=plan):
        return _continue(adapted, request, week.start)
    return adapted


def planning_context(request: PlanRequest) -> PlanContext:
    discipline = training_discipline(request.goal, request.discipline)
    profile = race_profile(request.goal, discipline, request.experience)
    pool = request.pool_weekdays & request.available_weekdays
    return PlanContext.create(request, profile, swims_possible=bool(pool))


def _steady(ctx: PlanContext, session: Session) -> Session:
    template = EASY.get(session.sport, RUN_EASY)
    sport = template.sport
    workout = steady(ctx.workout, sport, session.duration_s)
    return dataclasses.replace(
        session,
        sport=sport,
        type=SessionType.ENDURANCE,
        title=template.code,
        objective=template.objective,
        workout=workout,
        duration_s=workout.duration_s,
        distance_m=ctx.run_distance_m(workout, sport),
        load=workout_load(workout, sport),
        alternative=None,
    )


def _repeat(plan: Plan, request: PlanRequest, facts: WeekFacts) -> Plan:
    this = _week_at(plan, facts.week_start)
    nxt = _week_at(plan, facts.next_monday)
    if this is None or nxt is None or any(s.type is SessionType.RACE for s in this.sessions):
        raise PlanRequestError("nothing_to_repeat")
    again = dataclasses.replace(
        nxt,
        phase=this.phase,
        is_recovery=this.is_recovery,
        sessions=tuple(_a_week_later(s) for s in this.sessions),
    )
    repeated = dataclasses.replace(plan, weeks=tuple(again if w is nxt else w for w in plan.weeks))
    return _continue(repeated, request, facts.next_monday)


def _a_week_later(session: Session) -> Session:
    day = session.date + _WEEK
    sid = session_id(day, session.order)
    alternative = session.alternative
    if alternative is not None:
        alternative = dataclasses.replace(alternative, id=f"{sid}/easy", date=day)
    return dataclasses.replace(session, id=sid, date=day, alternative=alternative)


# -- explaining them ----------------------------------------------------------------------


def _describe(kind: Adaptation, before: Plan, after: Plan, facts: WeekFacts) -> list[Notice]:
    old = _week_at(before, facts.next_monday)
    new = _week_at(after, facts.next_monday)
    old_h = round(old.training_hours, 1) if old else 0.0
    new_h = round(new.training_hours, 1) if new else 0.0
    lines = [_headline(kind, facts, old_h, new_h)]
    lines.extend(_session_lines(old, new))
    return lines


def _headline(kind: Adaptation, facts: WeekFacts, old_h: float, new_h: float) -> Notice:
    if kind is Adaptation.LIGHT_ADJUSTMENT:
        return Notice.of("light_adjustment", planned=old_h, hours=new_h)
    if kind is Adaptation.CUT_INTENSITY:
        return Notice.of("cut_intensity", hours=new_h)
    if kind is Adaptation.RETURN_RAMP:
        return Notice.of(
            "return_ramp", pct=round(RETURN_FRACTION * 100), planned=old_h, hours=new_h
        )
    return Notice.of("repeat_week", hours=new_h)


def _session_lines(old: Week | None, new: Week | None) -> list[Notice]:
    """What changed day by day: a session eased, or one taken out or put in."""
    before = {(s.date, s.sport): s for s in (old.sessions if old else ())}
    after = {(s.date, s.sport): s for s in (new.sessions if new else ())}
    lines: list[Notice] = []
    for key in sorted(before.keys() | after.keys(), key=lambda k: (k[0], k[1].value)):
        was, now = before.get(key), after.get(key)
        day, sport = key[0].isoformat(), key[1].value
        if was is not None and now is not None:
            if was.type is not now.type:
                lines.append(
                    Notice.of(
                        "session_changed",
                        day=day,
                        sport=sport,
                        was=was.type.value,
                        now=now.type.value,
                        minutes=round(now.duration_s / 60),
                    )
                )
        elif now is not None:
            lines.append(
                Notice.of(
                    "session_added",
                    day=day,
                    sport=sport,
                    type=now.type.value,
                    minutes=round(now.duration_s / 60),
                )
            )
        elif was is not None:
            lines.append(Notice.of("session_removed", day=day, sport=sport, type=was.type.value))
    if len(lines) > MAX_SESSION_LINES:
        rest = len(lines) - (MAX_SESSION_LINES - 1)
        lines = [*lines[: MAX_SESSION_LINES - 1], Notice.of("more_changes", count=rest)]
    return lines
