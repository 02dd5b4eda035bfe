"""Words and buttons of a coach's actions on an athlete (plan change, several athletes at
once, threshold, message) and of what the athlete receives. Callback data names the
athlete, but is only a request: every tap asks the gate again."""

from __future__ import annotations

from html import escape

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.coach.planning.changes import Proposal, Refusal, RefusalCode
from bot.coach.services.access import CoachCard
from bot.coach.services.coaching import BulkLine, BulkStatus
from bot.coach.services.plan_changes import ProposalView
from bot.domain.athletes import Athlete
from bot.domain.profiles import ThresholdKind, Units
from bot.domain.squads import Scope
from bot.handlers.plan.texts import PlanWords, code_key
from bot.handlers.plan_changes import render
from bot.i18n import Html, Translator

MAX_MESSAGE = 3000  # characters of a relayed message (the header fits under 4096)
MAX_BULK_LINES = 30  # athletes listed in a change for several (then "and N more")
MAX_BULK_CHARS = 3000  # of those lines, so the message stays under Telegram's 4096


class CoachTap(CallbackData, prefix="cc"):
    """``a``: ``e`` change the plan, ``ap``/``dc`` apply/discard proposal ``r``, ``un`` undo
    change ``r``, ``t`` threshold menu, ``tk`` threshold ``r``, ``z`` a custom zone, ``m``
    message; ``b`` a change for every athlete, ``ba``/``bd`` apply/discard it (``v`` 0).
    ``v``: athlete."""

    a: str
    v: int
    r: str = ""


class RelayTap(CallbackData, prefix="cr"):
    """The athlete's "Reply to coach" under a coach's message or change (``c``: coach)."""

    c: int


def _button(text: str, data: CallbackData) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def card_no_plan_edit(t: Translator, card: CoachCard) -> str | None:
    """Why the card has no plan buttons: the athlete has not allowed plan changes (and
    where they can), so the coach is not left guessing."""
    if Scope.PLAN_EDIT in card.scopes:
        return None
    return t("coaching-no-plan-edit", name=card.athlete.display_name)


def card_actions(t: Translator, card: CoachCard) -> list[list[InlineKeyboardButton]]:
    """The card's action buttons: plan edits only when the athlete grants them."""
    athlete = card.athlete.id
    rows = []
    if Scope.PLAN_EDIT in card.scopes:
        rows.append(
            [
                _button(t("coaching-btn-edit"), CoachTap(a="e", v=athlete)),
                _button(t("coaching-btn-threshold"), CoachTap(a="t", v=athlete)),
            ]
        )
    rows.append([_button(t("coaching-btn-message"), CoachTap(a="m", v=athlete))])
    return rows


def bulk_button(t: Translator) -> list[InlineKeyboardButton]:
    return [_button(t("coaching-btn-bulk"), CoachTap(a="b", v=0))]


def coach_refusal_text(t: Translator, athlete: Athlete, refusal: Refusal) -> str:
    """A refusal as the coach reads it: about the athlete by name (not "your plan"), and
    what the coach can do instead (shorten, another day, ask the athlete)."""
    name = athlete.display_name
    if refusal.code is RefusalCode.GUARDRAIL and refusal.violation is not None:
        return t(code_key("coaching-violation", refusal.violation.code.value), name=name)
    params = dict(refusal.params)
    return t(
        code_key("coaching-refused", refusal.code.value),
        name=name,
        minutes=params.get("minutes", 0),
        limit=params.get("limit", 0),
    )


def proposal_text(t: Translator, athlete: Athlete, view: ProposalView) -> str:
    head = t("coaching-for", name=athlete.display_name)
    refusal = view.proposal.refusal
    if refusal is None:
        return head + "\n" + render.card_text(t, view)
    blocks = [t("change-card-title")]
    if view.request_text:
        blocks.append(t("change-card-request", text=view.request_text[:300]))
    reason = Html(coach_refusal_text(t, athlete, refusal))
    blocks.append(t("change-refused", reason=reason))
    return head + "\n" + "\n\n".join(blocks)


def proposal_markup(
    t: Translator, athlete: Athlete, view: ProposalView
) -> InlineKeyboardMarkup | None:
    if view.nonce is None:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                _button(t("change-btn-apply"), CoachTap(a="ap", v=athlete.id, r=view.nonce)),
                _button(t("change-btn-discard"), CoachTap(a="dc", v=athlete.id, r=view.nonce)),
            ]
        ]
    )


def applied_text(t: Translator, athlete: Athlete, view: ProposalView) -> str:
    w = PlanWords(t, view.base.units)
    lines = render.day_lines(w, view.proposal.days, after_only=True)
    head = t("coaching-applied", name=athlete.display_name)
    return "\n\n".join((head, "\n".join(lines), t("coaching-notified")))


def undo_markup(t: Translator, athlete: Athlete, change_id: int) -> InlineKeyboardMarkup:
    data = CoachTap(a="un", v=athlete.id, r=str(change_id))
    return InlineKeyboardMarkup(inline_keyboard=[[_button(t("change-btn-undo"), data)]])


def reply_markup(t: Translator, coach: Athlete) -> InlineKeyboardMarkup:
    """Under everything a coach sends an athlete: the athlete answers with one tap."""
    data = RelayTap(c=coach.id)
    return InlineKeyboardMarkup(inline_keyboard=[[_button(t("relay-btn-reply"), data)]])


def answer_markup(t: Translator, athlete: Athlete) -> InlineKeyboardMarkup:
    """Under an athlete's answer on the coach's screen: write back to them."""
    data = CoachTap(a="m", v=athlete.id)
    label = t("relay-btn-answer", name=athlete.display_name[:24])
    return InlineKeyboardMarkup(inline_keyboard=[[_button(label, data)]])


def change_notice(t: Translator, coach: Athlete, view: ProposalView, *, undone: bool) -> str:
    """What the athlete is told: who changed their plan, and the change day by day
    (before → after; an undo: the days as they are back)."""
    w = PlanWords(t, view.base.units)
    key = "coaching-notice-undone" if undone else "coaching-notice-changed"
    days = render.day_lines(w, view.proposal.days, after_only=undone)
    blocks = [t(key, coach=coach.display_name)]
    if view.request_text and not undone:
        blocks.append(t("change-card-request", text=view.request_text[:300]))
    blocks.append("\n".join(days))
    return "\n\n".join(blocks)


def _bulk_reason(t: Translator, line: BulkLine) -> str:
    if line.status is BulkStatus.REFUSED and line.view and line.view.proposal.refusal:
        return coach_refusal_text(t, line.athlete, line.view.proposal.refusal)
    sport = line.sport.value if line.sport is not None else ""
    key = f"coaching-bulk-{line.status.value.replace('_', '-')}"
    return t(key, name=line.athlete.display_name, sport=sport)


def _bulk_days(t: Translator, proposal: Proposal, line: BulkLine) -> str:
    assert line.view is not None
    w = PlanWords(t, line.view.base.units)
    return "; ".join(render.day_lines(w, proposal.days))


def bulk_text(t: Translator, text: str, lines: list[BulkLine], *, applied: bool) -> str:
    """Per athlete: what the change does (or did), or where it was refused and why."""
    ok = BulkStatus.APPLIED if applied else BulkStatus.READY
    rows: list[str] = []
    for line in lines[:MAX_BULK_LINES]:
        if sum(len(row) for row in rows) > MAX_BULK_CHARS:  # Telegram's 4096, with room
            break
        name = escape(line.athlete.display_name)
        if line.status is ok and line.view is not None:
            days = Html(_bulk_days(t, line.view.proposal, line))
            rows.append(t("coaching-bulk-ok", name=Html(name), days=days))
        elif line.day is not None:  # the day it was read as: this athlete's own calendar
            reason = Html(_bulk_reason(t, line))
            w = PlanWords(t, Units.METRIC)
            day = f"{w.f.weekday(line.day.weekday())} {w.short_date(line.day)}"
            rows.append(t("coaching-bulk-refused-on", name=Html(name), day=day, reason=reason))
        else:
            reason = Html(_bulk_reason(t, line))
            rows.append(t("coaching-bulk-refused", name=Html(name), reason=reason))
    if len(lines) > len(rows):
        rows.append(t("coaching-bulk-more", count=len(lines) - len(rows)))
    count = sum(1 for line in lines if line.status is ok)
    head = t(
        "coaching-bulk-done" if applied else "coaching-bulk-title",
        request=text[:300],
        count=count,
        total=len(lines),
    )
    return "\n\n".join((head, "\n".join(rows) or t("roster-empty")))


def bulk_markup(t: Translator, nonce: str, lines: list[BulkLine]) -> InlineKeyboardMarkup | None:
    count = sum(1 for line in lines if line.status is BulkStatus.READY)
    if not count:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                _button(t("coaching-btn-bulk-apply", count=count), CoachTap(a="ba", v=0, r=nonce)),
                _button(t("change-btn-discard"), CoachTap(a="bd", v=0, r=nonce)),
            ]
        ]
    )


def threshold_markup(t: Translator, athlete: Athlete) -> InlineKeyboardMarkup:
    rows = [
        [
            _button(t(f"th-name-{kind.value}"), CoachTap(a="tk", v=athlete.id, r=kind.value))
            for kind in kinds
        ]
        for kinds in (list(ThresholdKind)[:3], list(ThresholdKind)[3:])
    ]
    rows.append([_button(t("zones-btn-coach"), CoachTap(a="z", v=athlete.id))])
    return InlineKeyboardMarkup(inline_keyboard=rows)
