"""Plan-change messages and keyboards: the day's change buttons, the pickers, the
proposal card, what Apply and Undo changed. Every word from ``change.ftl``; numbers
and dates through PlanWords; every message well under Telegram's 4096 characters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.coach.planning import Session, SessionSport, Units
from bot.coach.planning.changes import (
    Author,
    Constraint,
    DayChange,
    Proposal,
    Refusal,
    RefusalCode,
    Repair,
    Totals,
)
from bot.coach.services.plan_changes import ProposalView
from bot.coach.services.plan_records import TrackedSession
from bot.coach.services.plans import DayPlan
from bot.domain.plans import SessionStatus
from bot.handlers.plan.callbacks import DayButton
from bot.handlers.plan.texts import SPORT_ICONS, PlanWords, code_key
from bot.handlers.plan_changes.callbacks import Act, ChangeButton
from bot.i18n import Html, Translator

MAX_DAY_LINES = 14
MAX_REPAIR_LINES = 6
PICK_DAYS = 13  # today and the next 13 days


def _button(text: str, act: Act, ref: object, arg: object = "") -> InlineKeyboardButton:
    data = ChangeButton(act=act, ref=str(ref), arg=str(arg)).pack()
    return InlineKeyboardButton(text=text, callback_data=data)


def day_code(day: date) -> str:
    return day.strftime("%Y%m%d")


# -- the day view's buttons ------------------------------------------------------------------


def changeable(view: DayPlan) -> list[TrackedSession]:
    """Sessions of the day that can still change: pending, today or later."""
    return [
        s
        for s in view.sessions
        if s.outcome.status is SessionStatus.PENDING and s.session.date >= view.context.today
    ]


def day_rows(
    t: Translator, view: DayPlan, *, swappable: bool = False
) -> list[list[InlineKeyboardButton]]:
    """Move / Shorten / Easier / Skip per changeable session, and Swap for the day when
    some day can swap with it (``PlanChangeService.swap_days``)."""
    rows: list[list[InlineKeyboardButton]] = []
    items = changeable(view)
    w = PlanWords(t, Units.METRIC)
    for item in items:
        # Two sessions on a day: every button names its session (icon and title), so the
        # two sets of buttons cannot be mistaken for each other.
        tag = (
            f" · {SPORT_ICONS[item.session.sport]} {w.title(item.session)}"
            if len(items) > 1
            else ""
        )
        rows.append(
            [
                _button(t("change-btn-move") + tag, Act.MOVE, item.id),
                _button(t("change-btn-shorten") + tag, Act.SHORTEN, item.id),
            ]
        )
        rows.append(
            [
                _button(t("change-btn-easier") + tag, Act.EASIER, item.id),
                _button(t("change-btn-skip") + tag, Act.SKIP, item.id),
            ]
        )
    if swappable and view.day >= view.context.today and not view.stale:
        rows.append([_button(t("change-btn-swap"), Act.SWAP, day_code(view.day))])
    return rows


# -- pickers ----------------------------------------------------------------------------------


def pick_days(today: date, last: date, skip: date) -> list[date]:
    end = min(last, today + timedelta(days=PICK_DAYS))
    days = []
    day = today
    while day <= end:
        if day != skip:
            days.append(day)
        day += timedelta(days=1)
    return days


def _back(t: Translator, plan_id: int, day: date) -> list[InlineKeyboardButton]:
    data = DayButton(plan=plan_id, day=day.isoformat()).pack()
    return [InlineKeyboardButton(text=t("change-btn-back"), callback_data=data)]


def _day_grid(
    w: PlanWords, days: Sequence[date], act: Act, ref: object
) -> list[list[InlineKeyboardButton]]:
    buttons = [_button(w.day_label(d), act, ref, day_code(d)) for d in days]
    return [buttons[i : i + 4] for i in range(0, len(buttons), 4)]


def session_label(w: PlanWords, session: Session) -> str:
    return w.t(
        "change-card-session",
        icon=SPORT_ICONS[session.sport],
        title=w.title(session),
        duration=w.duration(session.duration_s, whole_minutes=True),
    )


def move_picker(
    t: Translator, item: TrackedSession, days: Sequence[date], plan_id: int
) -> tuple[str, InlineKeyboardMarkup]:
    w = PlanWords(t, Units.METRIC)
    key = "change-pick-move" if days else "change-pick-move-none"
    text = t(key, session=Html(session_label(w, item.session)))
    rows = _day_grid(w, days, Act.MOVE_TO, item.id)
    rows.append(_back(t, plan_id, item.session.date))
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


def shorten_options(duration_s: int) -> list[int]:
    minutes = duration_s // 60
    options = {m for m in (20, 30, 45, 60, 75, 90) if m < minutes}
    options |= {max(int(minutes * f) // 5 * 5, 15) for f in (0.5, 0.75)}
    return sorted((m for m in options if 15 <= m < minutes), reverse=True)[:6]


def shorten_picker(
    t: Translator, item: TrackedSession, plan_id: int
) -> tuple[str, InlineKeyboardMarkup]:
    w = PlanWords(t, Units.METRIC)
    text = t("change-pick-shorten", session=Html(session_label(w, item.session)))
    buttons = [
        _button(t("change-btn-minutes", minutes=m), Act.SHORTEN_TO, item.id, m)
        for m in shorten_options(item.session.duration_s)
    ]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    rows.append(_back(t, plan_id, item.session.date))
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


def swap_picker(
    t: Translator, day: date, days: Sequence[date], plan_id: int
) -> tuple[str, InlineKeyboardMarkup]:
    w = PlanWords(t, Units.METRIC)
    text = t("change-pick-swap", day=w.day_label(day))
    rows = _day_grid(w, days, Act.SWAP_WITH, day_code(day))
    rows.append(_back(t, plan_id, day))
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


# -- the proposal card ------------------------------------------------------------------------


def day_name(w: PlanWords, day: date) -> str:
    """``Sun Jan 11`` / ``Вс 11 янв.``: unambiguous across the weeks a change spans."""
    return f"{w.f.weekday(day.weekday())} {w.short_date(day)}"


def _sessions(w: PlanWords, sessions: Iterable[Session], *, effort: bool = False) -> str:
    labels = [
        w.t("change-card-session-effort", label=Html(session_label(w, s)), effort=_effort(w, s))
        if effort
        else session_label(w, s)
        for s in sessions
    ]
    return " + ".join(labels) if labels else w.t("change-card-rest")


def _effort(w: PlanWords, session: Session) -> str:
    top = max((step.effort for step in session.workout.flat_steps()), default=None)
    return w.t(f"change-effort-{top.name.lower().replace('_', '-')}") if top else ""


def day_lines(w: PlanWords, days: Sequence[DayChange], *, after_only: bool = False) -> list[str]:
    lines = []
    for change in days[:MAX_DAY_LINES]:
        if after_only:
            after = Html(_sessions(w, change.after))
            lines.append(w.t("change-day-now", day=day_name(w, change.day), after=after))
        else:
            was, now = _sessions(w, change.before), _sessions(w, change.after)
            if was == now:
                # The same title and minutes (a session one zone down): say the effort, so
                # the card shows what changes.
                was = _sessions(w, change.before, effort=True)
                now = _sessions(w, change.after, effort=True)
            lines.append(
                w.t(
                    "change-card-day",
                    day=day_name(w, change.day),
                    before=Html(was),
                    after=Html(now),
                )
            )
    if len(days) > MAX_DAY_LINES:
        lines.append(w.t("change-card-more-days", count=len(days) - MAX_DAY_LINES))
    return lines


def _easy_pct(totals: Totals) -> str:
    """The easy share, or a dash for a week with no training time (0 % would read as
    "all hard")."""
    if not totals.distribution.total_s:
        return "—"
    return f"{round(100 * totals.distribution.share(totals.distribution.easy_s))} %"


def _hours(w: PlanWords, totals: Totals) -> str:
    """The week's training time; a week left with none says "rest", not "0 s"."""
    seconds = round(totals.hours * 3600)
    return w.duration(seconds, whole_minutes=True) if seconds else w.t("change-card-rest")


def week_lines(w: PlanWords, proposal: Proposal) -> list[str]:
    lines = []
    for week in proposal.weeks[:4]:
        a, b = week.totals_before, week.totals_after
        lines.append(
            w.t(
                "change-card-week",
                dates=w.week_range(week.start, week.start + timedelta(days=6)),
                hours_before=_hours(w, a),
                hours_after=_hours(w, b),
                load_before=str(round(a.load)),
                load_after=str(round(b.load)),
                easy_before=_easy_pct(a),
                easy_after=_easy_pct(b),
            )
        )
    return lines


def repair_lines(w: PlanWords, repairs: Sequence[Repair]) -> list[str]:
    seen: set[tuple[str, date | None]] = set()
    lines = []
    for r in repairs:
        if (r.code.value, r.day) in seen:
            continue
        seen.add((r.code.value, r.day))
        day = day_name(w, r.day) if r.day else ""
        sport = w.sport(r.sport.value) if r.sport else ""
        params = dict(r.params)
        lines.append(
            "• "
            + w.t(
                code_key("change-repair", r.code.value),
                day=day,
                sport=sport,
                minutes=params.get("minutes", 0),
            )
        )
    return lines[:MAX_REPAIR_LINES]


def _sports(w: PlanWords, prefix: str, sports: Iterable[SessionSport]) -> str:
    return ", ".join(w.t(f"{prefix}-{s.value}") for s in sorted(sports))


def rule_text(w: PlanWords, rule: Constraint) -> str:
    """One constraint in words: what it asks and when."""
    parts = []
    if rule.rest:
        parts.append(w.t("change-rule-rest"))
    if rule.sports is not None and not rule.rest:
        parts.append(_sports(w, "change-rule-only", rule.sports))
    if rule.banned:
        parts.append(_sports(w, "change-rule-no", rule.banned))
    if rule.max_minutes is not None and not rule.rest:
        parts.append(w.t("change-rule-max", minutes=rule.max_minutes))
    if rule.no_intensity and not rule.rest:
        parts.append(w.t("change-rule-easy"))
    when = []
    if rule.weekdays:
        when.append(", ".join(w.weekday_name(d) for d in sorted(rule.weekdays)))
    if rule.first and rule.last:
        if rule.first == rule.last:
            when.append(w.short_date(rule.first))
        else:
            when.append(w.week_range(rule.first, rule.last))
    elif rule.last:
        when.append(w.t("change-rule-until", day=w.short_date(rule.last)))
    return w.t("change-rule", what=", ".join(parts), when=", ".join(when))


def refusal_text(w: PlanWords, refusal: Refusal) -> str:
    if refusal.code is RefusalCode.GUARDRAIL and refusal.violation is not None:
        return w.t(code_key("change-violation", refusal.violation.code.value))
    params = dict(refusal.params)
    return w.t(
        code_key("change-refused", refusal.code.value),
        minutes=params.get("minutes", 0),
        limit=params.get("limit", 0),
    )


def card_text(t: Translator, view: ProposalView) -> str:
    w = PlanWords(t, view.base.units)
    proposal = view.proposal
    blocks = [t("change-card-title")]
    if view.request_text:
        blocks.append(t("change-card-request", text=view.request_text[:300]))
    if proposal.refusal is not None:
        blocks.append(t("change-refused", reason=Html(refusal_text(w, proposal.refusal))))
        return "\n\n".join(blocks)
    blocks.append("\n".join(day_lines(w, proposal.days)))
    blocks.append("\n".join(week_lines(w, proposal)))
    repairs = repair_lines(w, proposal.repairs)
    if repairs:
        blocks.append("\n".join([t("change-card-repairs"), *repairs]))
    if proposal.constraints:
        rules = [f"• {rule_text(w, c)}" for c in proposal.constraints[:6]]
        blocks.append("\n".join([t("change-card-rules"), *rules]))
    blocks.append(t("change-card-ask"))
    return "\n\n".join(b for b in blocks if b)


def card_markup(t: Translator, view: ProposalView) -> InlineKeyboardMarkup | None:
    """Apply / Discard, and "Something else" under the AI coach's proposals; under a
    refusal, the way back to the day it was about (its change buttons are there)."""
    if view.nonce is None:
        day = _refused_day(view)
        return InlineKeyboardMarkup(inline_keyboard=[_back(t, view.base.record.id, day)])
    row = [
        _button(t("change-btn-apply"), Act.APPLY, view.nonce),
        _button(t("change-btn-discard"), Act.DISCARD, view.nonce),
    ]
    rows = [row]
    if view.author is Author.AI_COACH:
        rows.append([_button(t("change-btn-something-else"), Act.DISCARD, view.nonce, "ai")])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def _refused_day(view: ProposalView) -> date:
    """The day a refused change was about: its session's or its day, else today."""
    for op in view.proposal.operations:
        key = getattr(op, "session_id", None)
        found = view.base.plan.session(key) if isinstance(key, str) else None
        if found is not None:
            return found.date
        day = getattr(op, "day", None) or getattr(op, "first", None)
        if isinstance(day, date):
            return max(day, view.base.today)
    return view.base.today


def recompute_markup(t: Translator, nonce: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                _button(t("change-btn-recompute"), Act.RECOMPUTE, nonce),
                _button(t("change-btn-discard"), Act.DISCARD, nonce),
            ]
        ]
    )


def applied_text(t: Translator, view: ProposalView, *, undone: bool = False) -> str:
    w = PlanWords(t, view.base.units)
    head = t("change-undone") if undone else t("change-applied")
    lines = day_lines(w, view.proposal.days, after_only=True)
    tail = "" if undone else t("change-undo-offer")
    return "\n\n".join(b for b in (head, "\n".join(lines), tail) if b)


def undo_markup(t: Translator, change_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[_button(t("change-btn-undo"), Act.UNDO, change_id)]]
    )


def question_markup(
    t: Translator, nonce: str, labels: Sequence[dict[str, object]]
) -> InlineKeyboardMarkup:
    rows = []
    for i, label in enumerate(labels):
        params = label.get("params") or {}
        assert isinstance(params, dict)
        text = t(code_key("change-option", str(label["code"])), **params)
        rows.append([_button(text, Act.CHOOSE, nonce, i)])
    return InlineKeyboardMarkup(inline_keyboard=rows)
