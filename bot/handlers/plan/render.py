"""The plan messages and their keyboards: /today (and a day from /week), /week, /plan.

Small functions over the service's views; every word from the catalogs via PlanWords.
Messages stay under Telegram's 4096 characters: a day holds at most two sessions, a week
seven lines per day at most, and the plan overview folds its week list when it is long.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.coach.planning import NoticeCode, SessionSport, SessionType, Thresholds
from bot.coach.services.plan_records import TrackedSession, notice_of
from bot.coach.services.plans import (
    ADJUSTED_EASIER,
    ADJUSTED_REST,
    DayPlan,
    ExportFormat,
    PlanContext,
    PlanOverview,
    PlanUnavailableError,
    WeekPlan,
)
from bot.domain.plans import PlanWeekRecord, SessionStatus
from bot.handlers.charts import chart_button
from bot.handlers.plan.callbacks import DayButton, ExportButton, WeekButton
from bot.handlers.plan.texts import SPORT_ICONS, PlanWords, code_key
from bot.handlers.plan_changes.render import day_rows as change_rows
from bot.i18n import Html, Translator

MESSAGE_LIMIT = 4096
_ZWO_SPORTS = frozenset({SessionSport.RUN, SessionSport.BIKE})
_STATUS_MARKS = {
    SessionStatus.DONE: "✅",
    SessionStatus.PARTIAL: "🌓",
    SessionStatus.SKIPPED: "❌",
    SessionStatus.MOVED: "↪️",
}
# Codes the planner's request may refuse with (PlanRequestError) plus our own.
PROBLEM_CODES = frozenset(
    {
        "no_profile",
        "race_in_past",
        "race_without_date",
        "weekly_hours_out_of_range",
        "no_available_days",
        "weekday_out_of_range",
        "age_out_of_range",
        "event_without_distance_or_duration",
    }
)
_SIX_DAYS = timedelta(days=6)
# What the morning brief's "Do the adjusted session" left on today's sessions.
_ADJUSTED = {ADJUSTED_EASIER: "plan-adjusted-easier", ADJUSTED_REST: "plan-adjusted-rest"}
_FOLD_AFTER = 26  # weeks listed in full in /plan; longer plans show those around today


def problem_text(t: Translator, error: PlanUnavailableError) -> str:
    """What to do when there is no plan to show (finish /start, set a new goal…)."""
    code = error.code if error.code in PROBLEM_CODES else "other"
    return t(code_key("plan-problem", code))


def words(t: Translator, context: PlanContext) -> PlanWords:
    return PlanWords(t, context.units)


# -- a day ----------------------------------------------------------------------------------


def _alternative_line(w: PlanWords, item: TrackedSession, thresholds: Thresholds) -> str | None:
    easier = item.session.alternative
    if easier is None:
        return None
    main = max(easier.workout.flat_steps(), key=lambda step: step.duration_s)
    return w.t(
        "plan-easier",
        title=w.title(easier),
        duration=w.duration(easier.duration_s, whole_minutes=True),
        target=w.target_of(main, thresholds),
    )


def session_block(w: PlanWords, item: TrackedSession, thresholds: Thresholds) -> str:
    session = item.session
    amount = w.duration(session.duration_s, whole_minutes=True)
    if session.distance_m:
        amount = Html(
            w.t(
                "plan-amount-distance",
                duration=amount,
                distance=w.distance(session.distance_m, session.sport),
            )
        )
    lines = [
        w.t(
            "plan-session-head",
            icon=SPORT_ICONS[session.sport],
            title=w.title(session),
            amount=amount,
        ),
        w.t("plan-session-purpose", purpose=w.objective(session)),
        *w.workout_lines(session, thresholds),
    ]
    easier = _alternative_line(w, item, thresholds)
    if easier:
        lines.append(easier)
    if item.outcome.status is not SessionStatus.PENDING:
        lines.append(w.t(f"plan-status-{item.outcome.status.value}"))
    elif item.outcome.notes in _ADJUSTED:
        lines.append(w.t(_ADJUSTED[item.outcome.notes]))
    return "\n".join(lines)


def _day_heading(w: PlanWords, view: DayPlan) -> str:
    context = view.context
    if view.day == context.today:
        heading = w.t("plan-today-heading", date=w.long_date(view.day))
    else:
        # The date opens the line here: "Среда, 7 января", not "среда…".
        long_date = w.long_date(view.day)
        heading = w.t("plan-day-heading", date=long_date[:1].upper() + long_date[1:])
    if view.week is not None:
        heading += "\n" + _week_label(w, context, view.week)
    return heading


def _next_line(w: PlanWords, key: str, item: TrackedSession) -> str:
    """The next session in one line: ``Next: Tue 6 · 🏃 Easy run · 30 min``."""
    session = item.session
    return w.t(
        key,
        day=w.day_label(session.date),
        icon=SPORT_ICONS[session.sport],
        title=w.title(session),
        duration=w.duration(session.duration_s, whole_minutes=True),
    )


def _rest_text(w: PlanWords, view: DayPlan) -> str:
    upcoming = view.upcoming
    if view.day < view.context.plan.start:
        # Before the plan's first day: not a rest day, the plan has not begun.
        lines = [w.t("plan-before-start", date=w.on_long_date(view.context.plan.start))]
        if upcoming is not None:
            lines.append(_next_line(w, "plan-before-start-first", upcoming))
        return "\n".join(lines)
    lines = [w.t("plan-rest-day")]
    if upcoming is None:
        lines.append(w.t("plan-rest-end"))
    else:
        lines.append(_next_line(w, "plan-rest-next", upcoming))
    return "\n".join(lines)


def day_text(t: Translator, view: DayPlan) -> str:
    w = words(t, view.context)
    parts = [_day_heading(w, view)]
    if not view.sessions:
        parts.append(_rest_text(w, view))
    thresholds = view.context.thresholds
    parts.extend(session_block(w, item, thresholds) for item in view.sessions)
    if export_buttons(t, view.sessions):
        parts.append(t("plan-export-hint"))
    return _fit("\n\n".join(parts))


def export_buttons(
    t: Translator, sessions: Iterable[TrackedSession]
) -> list[list[InlineKeyboardButton]]:
    # The race itself is not a workout to load onto a device; strength has no steps.
    items = [
        item
        for item in sessions
        if item.session.type is not SessionType.RACE
        and item.session.sport is not SessionSport.STRENGTH
    ]
    rows: list[list[InlineKeyboardButton]] = []
    for number, item in enumerate(items, start=1):
        suffix = f" · {number}" if len(items) > 1 else ""
        row = []
        if item.session.sport in _ZWO_SPORTS:
            row.append(_export_button(t("plan-btn-zwo") + suffix, item.id, ExportFormat.ZWO))
        row.append(_export_button(t("plan-btn-fit") + suffix, item.id, ExportFormat.FIT))
        rows.append(row)
    return rows


def _export_button(text: str, session_id: int, fmt: ExportFormat) -> InlineKeyboardButton:
    data = ExportButton(session=session_id, fmt=fmt.value).pack()
    return InlineKeyboardButton(text=text, callback_data=data)


def day_markup(
    t: Translator, view: DayPlan, *, back_to_week: bool, swappable: bool = False
) -> InlineKeyboardMarkup:
    rows = export_buttons(t, view.sessions)
    rows.extend(change_rows(t, view, swappable=swappable))
    if view.week is not None:
        label = "plan-btn-back-week" if back_to_week else "plan-btn-week"
        data = WeekButton(plan=view.context.plan.id, week=view.week.index).pack()
        rows.append([InlineKeyboardButton(text=t(label), callback_data=data)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


# -- a week ---------------------------------------------------------------------------------


def _week_label(w: PlanWords, context: PlanContext, week: PlanWeekRecord) -> str:
    phase = w.phase("recovery" if week.is_recovery else week.phase)
    return w.t(
        "plan-week-label",
        number=str(week.index + 1),
        total=str(len(context.plan.content.weeks)),
        phase=phase,
    )


def _day_line(w: PlanWords, view: WeekPlan, sessions: list[TrackedSession], day_index: int) -> str:
    day = view.week.start + timedelta(days=day_index)
    label = w.day_label(day)
    if not sessions and day < view.context.plan.start:
        return w.t("plan-week-before-start", day=label)
    if not sessions:
        return w.t("plan-week-rest", day=label)
    entries = []
    for item in sessions:
        session = item.session
        mark = _STATUS_MARKS.get(item.outcome.status, "")
        if not mark and day < view.context.today:
            mark = "⚪"
        entries.append(
            w.t(
                "plan-week-session",
                icon=SPORT_ICONS[session.sport],
                title=w.title(session),
                duration=w.duration(session.duration_s, whole_minutes=True),
                mark=mark,
            ).rstrip()
        )
    key = "plan-week-today" if day == view.context.today else "plan-week-day"
    return w.t(key, day=label, sessions=Html(" + ".join(entries)))


def week_text(t: Translator, view: WeekPlan) -> str:
    w = words(t, view.context)
    week = view.week
    head = w.t(
        "plan-week-heading",
        label=Html(_week_label(w, view.context, week)),
        dates=w.week_range(week.start, week.start + _SIX_DAYS),
    )
    notes = [
        w.t("plan-week-note", note=Html(w.notice(n))) for n in (notice_of(n) for n in week.notes)
    ]
    by_day: dict[int, list[TrackedSession]] = {}
    for item in view.sessions:
        by_day.setdefault((item.session.date - week.start).days, []).append(item)
    days = [_day_line(w, view, by_day.get(i, []), i) for i in range(7)]
    blocks = [head, "\n".join(notes), "\n".join(days), _week_totals(w, view)]
    return _fit("\n\n".join(block for block in blocks if block))


def _week_totals(w: PlanWords, view: WeekPlan) -> str:
    week, done = view.week, view.done
    lines = [
        w.t(
            "plan-week-planned",
            hours=w.duration(round(week.planned_hours * 3600), whole_minutes=True),
            count=week.session_count,
            load=str(round(week.planned_load)),
        )
    ]
    if done:
        hours = w.duration(round(view.done_s), whole_minutes=True)
        lines.append(w.t("plan-week-done", done=len(done), count=week.session_count, hours=hours))
    elif week.start <= view.context.today:
        lines.append(w.t("plan-week-done-none", count=week.session_count))
    if any(
        s.outcome.status is SessionStatus.PENDING and s.session.date < view.context.today
        for s in view.sessions
    ):
        lines.append(w.t("plan-week-unlogged"))
    return "\n".join(lines)


def week_markup(t: Translator, view: WeekPlan) -> InlineKeyboardMarkup:
    plan_id, week = view.context.plan.id, view.week
    days = sorted({item.session.date for item in view.sessions})
    w = words(t, view.context)
    day_buttons = [
        InlineKeyboardButton(
            text=w.day_label(day),
            callback_data=DayButton(plan=plan_id, day=day.isoformat()).pack(),
        )
        for day in days
    ]
    rows = [day_buttons[i : i + 4] for i in range(0, len(day_buttons), 4)]
    nav = []
    if week.index > view.first_index:
        nav.append(
            _week_button(t("plan-btn-prev", number=str(week.index)), plan_id, week.index - 1)
        )
    if week.index < view.last_index:
        label = t("plan-btn-next", number=str(week.index + 2))
        nav.append(_week_button(label, plan_id, week.index + 1))
    if nav:
        rows.append(nav)
    rows.append([chart_button(t, "wk", week.start.isoformat())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def _week_button(text: str, plan_id: int, index: int) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        text=text, callback_data=WeekButton(plan=plan_id, week=index).pack()
    )


# -- the whole plan ------------------------------------------------------------------------


def _goal_line(w: PlanWords, view: PlanOverview) -> str:
    context = view.context
    goal = context.plan.content.goal
    race_day = context.race_day
    if race_day is None:
        return w.t("plan-overview-general", weeks=len(context.plan.content.weeks))
    name = context.goal_name or w.race(str(goal["kind"]))
    heading = w.t(
        "plan-overview-race",
        race=name,
        date=w.full_date(race_day),
        priority=str(goal.get("priority") or "A"),
    )
    days = view.days_to_race or 0
    countdown = w.t("plan-countdown", days=days) if days > 0 else w.t("plan-countdown-today")
    return heading + "\n" + countdown


def _phase_lines(w: PlanWords, weeks: tuple[PlanWeekRecord, ...]) -> list[str]:
    lines: list[str] = []
    start = 0
    for i in range(1, len(weeks) + 1):
        if i == len(weeks) or weeks[i].phase != weeks[start].phase:
            first, last = weeks[start], weeks[i - 1]
            key = "plan-overview-phase" if first is not last else "plan-overview-phase-one"
            lines.append(
                w.t(
                    key,
                    phase=w.phase(first.phase),
                    first=str(first.index + 1),
                    last=str(last.index + 1),
                    dates=w.week_range(first.start, last.start + _SIX_DAYS),
                )
            )
            start = i
    return lines


def _week_lines(w: PlanWords, context: PlanContext) -> list[str]:
    weeks = context.plan.content.weeks
    current = context.week_of(context.today)
    shown = list(weeks)
    if len(weeks) > _FOLD_AFTER and current is not None:
        at = weeks.index(current)
        shown = list(weeks[max(0, at - 2) : at + _FOLD_AFTER - 2])
    lines = []
    if shown[0] is not weeks[0]:
        lines.append("…")
    start = context.plan.start
    for week in shown:
        phase = w.phase("recovery" if week.is_recovery else week.phase)
        key = "plan-overview-week-current" if week is current else "plan-overview-week"
        first_day = week.start
        if week.start < start <= week.start + _SIX_DAYS:
            # The first week begins on the plan's first day, not on its Monday.
            key = key.replace("plan-overview-week", "plan-overview-week-from")
            first_day = start
        lines.append(
            w.t(
                key,
                number=str(week.index + 1),
                date=w.short_date(first_day),
                phase=phase,
                hours=w.hours(round(week.planned_hours, 1)),
            )
        )
    if shown[-1] is not weeks[-1]:
        lines.append("…")
    return lines


def plan_text(t: Translator, view: PlanOverview) -> str:
    context = view.context
    w = words(t, context)
    plan = context.plan
    dates = w.t(
        "plan-overview-dates",
        dates=w.date_range(plan.start, plan.end),
        weeks=len(plan.content.weeks),
    )
    if context.today < plan.start:
        dates += "\n" + w.t("plan-overview-starts", date=w.on_long_date(plan.start))
    if plan.recalculated:
        dates += "\n" + w.t("plan-overview-recalculated", count=plan.recalculated)
    blocks = [
        _goal_line(w, view) + "\n" + dates,
        t("plan-overview-phases") + "\n" + "\n".join(_phase_lines(w, plan.content.weeks)),
        t("plan-overview-weeks") + "\n" + "\n".join(_week_lines(w, context)),
    ]
    if view.warnings:
        # A minimal plan says so first (the athlete chose it over more days or a new goal).
        ordered = sorted(view.warnings, key=lambda n: n.code != NoticeCode.MINIMAL_PLAN)
        lines = [w.t("plan-warning", text=Html(w.notice(n))) for n in ordered]
        blocks.append(t("plan-overview-warnings") + "\n" + "\n".join(lines))
    blocks.append(t("plan-overview-commands"))
    return _fit("\n\n".join(blocks))


def plan_markup(t: Translator, view: PlanOverview) -> InlineKeyboardMarkup:
    context = view.context
    current = context.week_of(context.today) or context.plan.content.weeks[0]
    data = WeekButton(plan=context.plan.id, week=current.index).pack()
    button = InlineKeyboardButton(text=t("plan-btn-week"), callback_data=data)
    return InlineKeyboardMarkup(inline_keyboard=[[button]])


def _fit(text: str) -> str:
    """Never over Telegram's limit: cut at a line break (the views are built to fit; this
    is the guard, not the plan)."""
    if len(text) <= MESSAGE_LIMIT:
        return text
    cut = text.rfind("\n", 0, MESSAGE_LIMIT - 2)
    return text[:cut] + "\n…"
