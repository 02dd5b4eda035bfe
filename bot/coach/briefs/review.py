"""The weekly review: a pure function from a stored review to a Telegram message.

Order: the week in numbers (compliance, hours and load against the plan, fitness,
fatigue and form), what went well, then next week — why it changes (or not), each
change on its own line, and the key sessions to look forward to. Every word comes from
the catalogues (``review.ftl``); the translator escapes arguments.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from babel.dates import format_date

from bot.coach.briefs.callbacks import BriefActionCode
from bot.coach.briefs.compose import SPORT_ICONS
from bot.domain.deliveries import Button, OutgoingMessage
from bot.domain.plans import NoticeRecord
from bot.domain.reviews import KeySession, ReviewSummary, WeeklyReview
from bot.i18n import Translator
from bot.i18n.dates import day_month

# Parameters of a change line that name a day, a sport or a session type.
_DAY_PARAMS = frozenset({"day"})
_TYPE_PARAMS = frozenset({"was", "now", "type"})


def compose_weekly_review(review: WeeklyReview, t: Translator) -> OutgoingMessage:
    s = review.summary
    blocks = [
        _numbers(review.week_start, s, t),
        _went_well(s, t),
        _next_week(review, t),
    ]
    chart = (Button(t("chart-btn-week"), BriefActionCode.WEEK_CHART),)
    return OutgoingMessage("\n\n".join(b for b in blocks if b), (chart,))


def _numbers(week_start: date, s: ReviewSummary, t: Translator) -> str:
    sunday = week_start + timedelta(days=6)
    lines = [
        t(
            "review-title",
            first=day_month(week_start, t.language),
            last=day_month(sunday, t.language),
        )
    ]
    if s.sessions_planned:
        # The percent is the stored plan completion (bot.domain.plans.plan_completion),
        # the figure the coach's roster and Sunday summary show for the same week.
        pct = s.share_pct if s.share_pct is not None else 0
        lines.append(
            t("review-sessions", done=s.sessions_done, planned=s.sessions_planned, pct=pct)
        )
        missed = s.sessions_planned - s.sessions_done
        lines.append(t("review-colours", green=s.green, yellow=s.yellow, red=s.red, missed=missed))
    else:
        lines.append(t("review-nothing-planned"))
    lines.append(
        t(
            "review-volume",
            done=_hours(s.done_hours, t),
            planned=_hours(s.planned_hours, t),
            load=round(s.done_load),
            planned_load=round(s.planned_load),
        )
    )
    if s.ctl_after is not None:
        before = s.ctl_before if s.ctl_before is not None else 0.0
        lines.append(
            t(
                "review-fitness",
                before=round(before),
                after=round(s.ctl_after),
                change=_signed(s.ctl_after - before),
                fatigue=round(s.atl_after or 0.0),
                form=_signed(s.tsb_after or 0.0),
            )
        )
    if s.sick_days:
        lines.append(t("review-sick-days", days=s.sick_days))
    if s.red_days:
        lines.append(t("review-red-days", days=s.red_days))
    return "\n".join(lines)


def _went_well(s: ReviewSummary, t: Translator) -> str:
    good = []
    if s.share_pct is not None and s.share_pct >= 90:
        good.append(t("review-well-on-plan", pct=s.share_pct))
    elif s.green:
        good.append(t("review-well-green", count=s.green))
    if s.best is not None:
        good.append(
            t(
                "review-well-best",
                icon=SPORT_ICONS.get(s.best.sport, "🏅"),
                day=_weekday(s.best.day, t),
                duration=_minutes(s.best.minutes, t),
                load=round(s.best.load or 0),
            )
        )
    if s.ctl_after is not None and s.ctl_before is not None and s.ctl_after - s.ctl_before >= 1:
        good.append(t("review-well-fitness", change=round(s.ctl_after - s.ctl_before)))
    if not good:
        return ""
    return "\n".join([t("review-well-heading"), *good])


def _next_week(review: WeeklyReview, t: Translator) -> str:
    s = review.summary
    lines = [t("review-next-heading")]
    if s.next_hours is not None and s.next_phase is not None:
        lines.append(
            t(
                "review-next-summary",
                phase=t(f"plan-phase-{s.next_phase}"),
                hours=_hours(s.next_hours, t),
                sessions=s.next_sessions,
            )
        )
    lines.extend(change_line(change, t) for change in review.changes)
    if s.next_key:
        lines.append(t("review-next-key"))
        lines.extend(_key_line(k, t) for k in s.next_key)
    lines.append(t("review-next-hint"))
    return "\n".join(lines)


def change_line(change: NoticeRecord, t: Translator) -> str:
    """One line of why next week changes (or does not), in the athlete's words."""
    args: dict[str, Any] = {}
    for name, value in change.params.items():
        if name in _DAY_PARAMS:
            args[name] = _weekday(date.fromisoformat(str(value)), t)
        elif name in _TYPE_PARAMS:
            args[name] = t(f"review-type-{value}")
        elif name == "sport":
            args["icon"] = SPORT_ICONS.get(str(value), "🏅")
        elif name in ("change", "phase"):
            code = str(value).replace("_", "-")
            args[name] = t(f"review-kind-{code}") if name == "change" else t(f"plan-phase-{code}")
        elif name == "rule":
            args[name] = t(f"review-rule-{str(value).replace('_', '-')}")
        elif name == "minutes":
            args["duration"] = _minutes(int(value), t)
        elif name in ("hours", "previous", "planned"):
            args[name] = _hours(float(value), t)
        else:
            args[name] = value
    return t(f"review-change-{change.code.replace('_', '-')}", **args)


def _key_line(k: KeySession, t: Translator) -> str:
    return t(
        "review-key-session",
        day=_weekday(k.day, t),
        icon=SPORT_ICONS.get(k.sport, "🏅"),
        type=t(f"review-type-{k.type}"),
        duration=_minutes(k.minutes, t),
    )


def _weekday(day: date, t: Translator) -> str:
    return format_date(day, "EEE", locale=t.language)


def _minutes(minutes: int, t: Translator) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return t("brief-duration-hm", hours=hours, minutes=rest)
    if hours:
        return t("brief-duration-h", hours=hours)
    return t("brief-duration-m", minutes=rest)


def _hours(value: float, t: Translator) -> str:
    return t.number(value, 1)  # "1,5" in Russian like every other number


def _signed(value: float) -> str:
    shown = round(value)
    return f"+{shown}" if shown > 0 else str(shown).replace("-", "−")
