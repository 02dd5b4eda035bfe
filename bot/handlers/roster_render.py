"""The coach's roster (/squad) and athlete card: words and buttons. Each part of a card is
shown only when the athlete grants its scope; the gate decides, this module only draws."""

from __future__ import annotations

from datetime import date
from html import escape

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.coach.briefs.reasons import main_reasons
from bot.coach.services.access import CoachCard, CoachedProfile, CoachedReadiness
from bot.coach.services.plans import WeekPlan
from bot.coach.squads.roster import RosterLine
from bot.domain.activities import Activity
from bot.domain.plans import SessionStatus
from bot.domain.squads import Scope
from bot.handlers.activity_render import short_day, sport_name
from bot.handlers.coaching_render import bulk_button, card_actions, card_no_plan_edit
from bot.handlers.onboarding.formatting import Formatter
from bot.handlers.squads_render import SquadTap
from bot.i18n import Html, Translator

PAGE = 10  # athletes per roster page: 10 lines and 5 rows of buttons
_COLOURS = {"green": "🟢", "amber": "🟡", "red": "🔴"}


def roster_line(t: Translator, number: int, line: RosterLine) -> str:
    fmt = Formatter(t)
    colour = _COLOURS.get(line.readiness or "", "⚪️")
    parts = [f"{number}. {colour} <b>{escape(line.name)}</b>"]
    if line.checked_in is not None:
        parts.append(t("roster-checked-in") if line.checked_in else t("roster-no-check-in"))
    if line.compliance is not None:
        parts.append(t("roster-compliance", pct=round(line.compliance * 100)))
    if line.form is not None:
        parts.append(t("roster-form", tsb=fmt.number(line.form, 0)))
    if line.new:  # joined lately and nothing yet: not "no data for 3 days"
        parts.append(t("roster-new"))
    text = " · ".join(parts)
    if line.flags:
        text += "\n    ⚠️ " + ", ".join(t(f"roster-flag-{flag.value}") for flag in line.flags)
    return text


def roster_text(t: Translator, lines: list[RosterLine], page: int) -> str:
    if not lines:
        return t("roster-empty")
    shown = lines[page * PAGE : (page + 1) * PAGE]
    body = "\n".join(roster_line(t, page * PAGE + i + 1, line) for i, line in enumerate(shown))
    pages = (len(lines) + PAGE - 1) // PAGE
    return t("roster-title", count=len(lines), page=page + 1, pages=pages) + "\n\n" + body


def roster_markup(t: Translator, lines: list[RosterLine], page: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    shown = lines[page * PAGE : (page + 1) * PAGE]
    for i, line in enumerate(shown):
        builder.button(
            text=f"{page * PAGE + i + 1}. {line.name[:20]}",
            callback_data=SquadTap(a="c", v=str(line.athlete_id)),
        )
    sizes = [2] * ((len(shown) + 1) // 2)
    nav = 0
    if page > 0:
        builder.button(text="◀️", callback_data=SquadTap(a="p", v=str(page - 1)))
        nav += 1
    if (page + 1) * PAGE < len(lines):
        builder.button(text="▶️", callback_data=SquadTap(a="p", v=str(page + 1)))
        nav += 1
    builder.adjust(*sizes, *([nav] if nav else []))
    if lines:
        builder.row(*bulk_button(t))
    return builder.as_markup()


def card_markup(t: Translator, card: CoachCard | None = None) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("roster-btn-back"), callback_data=SquadTap(a="p", v="0"))
    if card is not None:  # the coach's actions, each checked by the gate at its tap
        for row in card_actions(t, card):
            builder.row(*row)
    return builder.as_markup()


def card_text(t: Translator, card: CoachCard) -> str:
    lines = [t("card-title", name=card.athlete.display_name)]
    if Scope.PLAN_VIEW in card.scopes:
        lines.append(_profile(t, card.profile))
        lines.append(_week(t, card.week))
    if card.activities is not None:
        lines.append(_activities(t, card.activities, card.today))
    if card.readiness is not None:
        lines.append(_readiness(t, card.readiness))
    if len(lines) == 1:
        lines.append(t("card-nothing-shared"))
    if card.new:
        lines.append(t("roster-new"))
    missing = card_no_plan_edit(t, card)
    if missing is not None:
        lines.append(missing)
    return "\n\n".join(lines)


def _profile(t: Translator, profile: CoachedProfile | None) -> str:
    if profile is None:
        return t("card-no-profile")
    fmt = Formatter(t)
    thresholds = [
        fmt.threshold(kind, entry.value) for kind, entry in profile.snapshot.thresholds.items()
    ]
    return t("card-profile", thresholds=", ".join(thresholds) or "—")


def _week(t: Translator, week: WeekPlan | None) -> str:
    if week is None:
        return t("card-no-plan")
    planned = len(week.sessions)
    done = sum(s.outcome.status is SessionStatus.DONE for s in week.sessions)
    hours = sum(s.session.duration_s for s in week.sessions) / 3600
    return t("card-week", done=done, planned=planned, hours=Formatter(t).number(hours, 1))


def _activities(t: Translator, activities: list[Activity], today: date) -> str:
    if not activities:
        return t("card-no-activities")
    fmt = Formatter(t)
    rows = [
        f"• {short_day(t, a, today)} — {sport_name(t, a.sport)}, "
        f"{fmt.duration(int(a.duration_s or 0))}"
        for a in activities
    ]
    return t("card-activities") + "\n" + "\n".join(rows)


def _readiness(t: Translator, coached: CoachedReadiness) -> str:
    readiness = coached.readiness
    if readiness.status is None:
        return t("card-no-readiness")
    lines = [
        t(
            "card-readiness",
            colour=_COLOURS[readiness.status.value],
            score=round(readiness.score) if readiness.score is not None else "—",
        )
    ]
    lines += [
        t("brief-reason-line", reason=Html(t(r.key, **r.args))) for r in main_reasons(readiness)
    ]
    return "\n".join(lines)
