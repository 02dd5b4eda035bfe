"""Plan pieces in the athlete's words: sessions, steps, targets, notices, dates.

Every word comes from the catalogs (``bot/locales/*/plan.ftl``); numbers, dates and
paces are formatted for the athlete's language (babel) and units. Catalogue codes of the
planner (titles like ``run.threshold``, objectives, notice codes) map to message ids by
:func:`code_key`. Text built here is Telegram HTML: catalog output with escaped
arguments, joined by newlines, passed on as :class:`~bot.i18n.Html`.
"""

from __future__ import annotations

import html
from datetime import date

from babel.dates import format_date, get_day_names

from bot.coach.planning import (
    Notice,
    RenderedTarget,
    Repeat,
    Session,
    SessionSport,
    Step,
    StepKind,
    TargetUnit,
    Thresholds,
    Units,
    render_target,
)
from bot.coach.planning.targets import format_pace
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Html, Translator
from bot.i18n.dates import day_month, long_date, long_day
from bot.i18n.numbers import format_duration

SPORT_ICONS = {
    SessionSport.RUN: "🏃",
    SessionSport.BIKE: "🚴",
    SessionSport.SWIM: "🏊",
    SessionSport.STRENGTH: "🏋️",
    SessionSport.BRICK: "🔁",
}
_PACE_KEYS = {
    TargetUnit.S_PER_KM: "fmt-pace-km",
    TargetUnit.S_PER_MILE: "fmt-pace-mi",
    TargetUnit.S_PER_100M: "fmt-pace-100m",
    TargetUnit.S_PER_100YD: "fmt-pace-100yd",
}
_PERCENT_KEYS = {
    TargetUnit.PCT_FTP: "plan-target-pct-ftp",
    TargetUnit.PCT_THRESHOLD_SPEED: "plan-target-pct-threshold-speed",
    TargetUnit.PCT_CSS: "plan-target-pct-css",
    TargetUnit.PCT_LTHR: "plan-target-pct-lthr",
    TargetUnit.PCT_HRR: "plan-target-pct-hrr",
}
# Notice parameters and how to show them; anything else is shown as it is.
_RU_ON_WEEKDAY = (
    "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
    "в воскресенье",
)  # fmt: skip
_DATE_PARAMS = frozenset({"recommended_date", "from_date"})
_WEEKDAY_PARAMS = frozenset({"weekday", "used_weekday"})
_SPORT_PARAMS = frozenset({"sport", "requested", "used"})
_HOURS_PARAMS = frozenset({"hours", "recommended", "cap", "peak_hours", "recommended_hours"})


def code_key(prefix: str, code: str) -> str:
    """``("plan-title", "race.70.3")`` -> ``"plan-title-race-70-3"``."""
    return f"{prefix}-{code.replace('.', '-').replace('_', '-')}"


class PlanWords:
    """Formats plan pieces for one athlete (language and units)."""

    def __init__(self, t: Translator, units: Units) -> None:
        self.t = t
        self.units = units
        self.f = Formatter(t, units)
        self.locale = t.language

    def h(self, key: str, **args: object) -> Html:
        """A catalog message as an argument of another (already HTML, not re-escaped)."""
        return Html(self.t(key, **args))

    # -- dates -------------------------------------------------------------------------

    def long_date(self, day: date) -> str:
        return long_day(day, self.locale)

    def on_long_date(self, day: date) -> str:
        """The long date after "starts": Russian needs «в понедельник, 7 декабря» (the
        accusative with its preposition: «во вторник», «в среду»); the other languages
        take the date as it is ("starts Monday, 7 December")."""
        if self.locale != "ru":
            return self.long_date(day)
        weekday = _RU_ON_WEEKDAY[day.weekday()]
        return f"{weekday}, {format_date(day, format='d MMMM', locale=self.locale)}"

    def short_date(self, day: date) -> str:
        return day_month(day, self.locale)

    def full_date(self, day: date) -> str:
        return self.f.date(day)

    def day_label(self, day: date) -> str:
        """``Tue 6`` / ``Вт 6``: a day in a week list or on a button."""
        return f"{self.f.weekday(day.weekday())} {day.day}"

    def week_range(self, start: date, end: date) -> str:
        return f"{day_month(start, self.locale)} – {day_month(end, self.locale)}"

    def date_range(self, start: date, end: date) -> str:
        return f"{long_date(start, self.locale)} – {long_date(end, self.locale)}"

    def weekday_name(self, weekday: int) -> str:
        return str(get_day_names("wide", context="format", locale=self.locale)[weekday])

    # -- amounts -----------------------------------------------------------------------

    def duration(self, seconds: int, *, whole_minutes: bool = False) -> Html:
        """``1 h 20 min``, ``45 s``; ``whole_minutes`` rounds a session's total (swim
        times are estimates from distances: seconds would claim a precision they lack)."""
        if whole_minutes and seconds >= 600:
            seconds = round(seconds / 60) * 60
        return Html(format_duration(int(seconds), self.t))

    def hours(self, hours: float) -> Html:
        return Html(self.f.hours(hours))

    def distance(self, metres: float, sport: SessionSport | None = None) -> Html:
        return Html(self.f.distance(metres, swim=sport is SessionSport.SWIM))

    # -- codes -------------------------------------------------------------------------

    def sport(self, code: str) -> Html:
        return self.h(code_key("plan-sport", code))

    def phase(self, code: str) -> Html:
        return self.h(code_key("plan-phase", code))

    def title(self, session: Session) -> Html:
        return self.h(code_key("plan-title", session.title))

    def objective(self, session: Session) -> Html:
        return self.h(code_key("plan-objective", session.objective))

    def race(self, kind: str) -> Html:
        return self.h(code_key("plan-race", kind))

    def file_name(self, session: Session) -> str:
        """A workout's name in an exported file (plain text, not HTML)."""
        name = self.t(
            "plan-file-name", title=self.title(session), date=self.short_date(session.date)
        )
        return html.unescape(name)

    # -- targets and steps -------------------------------------------------------------

    def target(self, rendered: RenderedTarget) -> str:
        low, high, unit = rendered.low, rendered.high, rendered.unit
        if unit in _PACE_KEYS:
            pace = f"{format_pace(low)}–{format_pace(high)}"
            return self.t(_PACE_KEYS[unit], pace=pace)
        span = f"{round(low)}–{round(high)}"
        if unit is TargetUnit.WATTS:
            return self.t("fmt-watts", value=span)
        if unit is TargetUnit.BPM:
            return self.t("fmt-bpm", value=span)
        if unit is TargetUnit.RPE:
            rpe = self.h("plan-target-rpe", range=span)
            if rendered.talk is None:
                return rpe
            talk = self.h(code_key("plan-talk", rendered.talk))
            return self.t("plan-target-rpe-talk", rpe=rpe, talk=talk)
        return self.t(_PERCENT_KEYS[unit], range=span)

    def target_of(self, step: Step, thresholds: Thresholds) -> Html:
        """A step's target for these thresholds, in the athlete's units."""
        return Html(self.target(render_target(step.target, thresholds, self.units)))

    def step(self, step: Step, sport: SessionSport, thresholds: Thresholds) -> str:
        step_sport = step.sport or sport
        amount = (
            self.distance(step.distance_m, step_sport)
            if step.distance_m is not None
            else self.duration(step.duration_s)
        )
        if step_sport is SessionSport.SWIM and step.kind is StepKind.RECOVER:
            return self.t("plan-step-rest", amount=Html(amount))
        target = self.target_of(step, thresholds)
        key = "plan-step-progressive" if step.progressive else "plan-step"
        icon = f"{SPORT_ICONS[step.sport]} " if step.sport is not None else ""
        kind = self.h(f"plan-step-{step.kind.value}")
        return icon + self.t(key, kind=kind, amount=Html(amount), target=target)

    def workout_lines(self, session: Session, thresholds: Thresholds) -> list[str]:
        lines: list[str] = []
        for block in session.workout.blocks():
            if isinstance(block, Repeat):
                lines.append(self.t("plan-repeat", count=str(block.count)))
                lines.extend(
                    self.t("plan-repeat-line", step=Html(self.step(s, session.sport, thresholds)))
                    for s in block.steps
                )
            else:
                step = Html(self.step(block, session.sport, thresholds))
                lines.append(self.t("plan-line", step=step))
        return lines

    # -- notices -----------------------------------------------------------------------

    def notice(self, notice: Notice) -> str:
        params: dict[str, object] = {}
        for name, value in notice.params:
            params[name] = self._param(name, value)
        text = self.t(code_key("plan-notice", notice.code), **params)
        alternative = notice.param("alternative")
        if alternative:
            text += " " + self.t("plan-notice-shorter-race", race=self.race(str(alternative)))
        return text

    def _param(self, name: str, value: str | int | float) -> object:
        if name in _DATE_PARAMS and isinstance(value, str):
            return self.full_date(date.fromisoformat(value))
        if name in _WEEKDAY_PARAMS and isinstance(value, int):
            return self.weekday_name(value)
        if name in _SPORT_PARAMS:
            return self.sport(str(value))
        if name == "phase":
            return self.phase(str(value))
        if name in _HOURS_PARAMS and isinstance(value, int | float):
            return self.f.number(float(value))
        if name == "alternative":
            return self.race(str(value)) if value else ""
        if name == "title":  # a session title code (a session that did not fit)
            return self.h(code_key("plan-title", str(value)))
        if name == "duration_s" and isinstance(value, int | float):
            return self.duration(int(value), whole_minutes=True)
        return value  # counts stay numbers: the catalogs choose plural forms by them
