"""The tools of the AI for a human coach (/ask): the squad, read through the coach's
:class:`~bot.coach.agent.squad_access.CoachScope` — only athletes who grant AI summaries,
each fact only under its own scope. Each docstring is what the model reads; numbers are
the roster's and the weekly summary's (nothing is recomputed here), rounded for reading.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from bot.coach.agent.coach_tools import NoArgs, _Args
from bot.coach.agent.squad_access import CoachScope, OutsideScopeError
from bot.coach.agent.tools import NOT_RECORDED, ToolContext, ToolError, ToolRegistry, tool
from bot.coach.squads.digest import AthleteWeek
from bot.coach.squads.roster import RosterLine

MAX_WEEKS = 4
REFUSAL = (
    "no athlete of yours by that name or id shares AI summaries with you; use the "
    "athlete_id values squad_today returns"
)


class WeekArgs(_Args):
    weeks_ago: int = Field(default=0, ge=0, le=MAX_WEEKS - 1, description="0 = this week")


class AthleteArgs(_Args):
    athlete: str = Field(description="The athlete_id from squad_today, or the athlete's name")
    weeks: int = Field(default=2, ge=1, le=MAX_WEEKS, description="How many weeks back, 1-4")


def _squad(context: ToolContext) -> CoachScope:
    if context.squad is None:
        raise ToolError("this tool serves a coach's questions about their squad only")
    return context.squad


def _value(value: float | None, digits: int = 1) -> float | str:
    return round(value, digits) + 0.0 if value is not None else NOT_RECORDED  # no -0.0


def _line(line: RosterLine) -> dict[str, Any]:
    return {
        "athlete_id": line.athlete_id,
        "name": line.name,
        "readiness": line.readiness or NOT_RECORDED,
        "checked_in_today": line.checked_in if line.checked_in is not None else NOT_RECORDED,
        "plan_done_7d_percent": _value(
            line.compliance * 100 if line.compliance is not None else None, 0
        ),
        "form_tsb": _value(line.form),
        "flags": [flag.value for flag in line.flags],
        "attention_rank_weight": line.attention,
    }


def _week(week: AthleteWeek) -> dict[str, Any]:
    return {
        "athlete_id": week.athlete_id,
        "name": week.name,
        "plan_done_percent": _value(
            week.compliance * 100 if week.compliance is not None else None, 0
        ),
        "load": _value(week.load, 0),
        "fitness_ctl_change": _value(week.fitness_change),
        "red_days": week.red_days if week.red_days is not None else NOT_RECORDED,
        "sick_or_injured_days": week.sick_days if week.sick_days is not None else NOT_RECORDED,
        "verdict": week.verdict.value,
    }


@tool(NoArgs)
async def squad_today(context: ToolContext, args: NoArgs) -> dict[str, Any]:
    """The coach's athletes who share AI summaries, ranked by who needs attention first:
    readiness colour today, check-in, share of the last 7 days' plan done, form (TSB) and
    flags (ill = ill or injured, red = red readiness day, acwr = ACWR above 1.5, missed =
    missed key session, quiet = no data for 3 days, race = race within 14 days). A field
    says "not recorded" when the athlete does not share it or there is no data."""
    squad = _squad(context)
    return {
        "date": squad.today().isoformat(),
        "athletes": [_line(line) for line in await squad.roster()],
    }


@tool(WeekArgs)
async def squad_week(context: ToolContext, args: WeekArgs) -> dict[str, Any]:
    """Each sharing athlete's calendar week (Monday to Sunday, up to today): plan done,
    training load, fitness (CTL) change, red readiness days, days ill or injured, and the
    verdict (struggling: a sick day, two red days or under 50% of the plan; improved:
    fitness up with at least 70% of the plan done; else steady)."""
    week = await _squad(context).week(args.weeks_ago)
    return {
        "monday": week.monday.isoformat(),
        "squad_plan_done_percent": _value(
            week.compliance * 100 if week.compliance is not None else None, 0
        ),
        "squad_load": _value(week.load, 0),
        "athletes": [_week(a) for a in week.athletes],
    }


@tool(AthleteArgs)
async def athlete_weeks(context: ToolContext, args: AthleteArgs) -> dict[str, Any]:
    """One sharing athlete's last weeks, oldest first (the figures of squad_week), and
    today's line (the figures of squad_today): to summarise how an athlete is doing."""
    squad = _squad(context)
    try:
        athlete_id, name = await squad.resolve(args.athlete)
        weeks = await squad.athlete_weeks(athlete_id, args.weeks)
    except OutsideScopeError as error:
        raise ToolError(REFUSAL) from error
    today = [line for line in await squad.roster() if line.athlete_id == athlete_id]
    return {
        "athlete_id": athlete_id,
        "name": name,
        "today": _line(today[0]) if today else NOT_RECORDED,
        "weeks": [{"monday": first.isoformat(), **_week(week)} for first, week in weeks],
    }


def squad_tools() -> ToolRegistry:
    """The AI for a human coach: the squad's tools and nothing of any one athlete's own."""
    return ToolRegistry([squad_today, squad_week, athlete_weeks])
