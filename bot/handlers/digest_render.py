"""The coach's morning digest and Sunday squad summary in words, and /digest's settings.

The digest's lines are the roster's own (``roster_render.roster_line``: the same colour,
check-in, compliance, form and flags), so the push and /squad never disagree. Every
message stays under Telegram's 4,096 characters, for any size of squad.
"""

from __future__ import annotations

from datetime import timedelta
from html import escape

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.coach.services.coach_digest import DigestSettings
from bot.coach.squads.digest import AthleteWeek, DailyDigest, SquadWeek, WeekVerdict
from bot.domain.deliveries import OutgoingMessage
from bot.handlers.onboarding.formatting import Formatter
from bot.handlers.roster_render import roster_line
from bot.i18n import Html, Translator, dates

LIMIT = 4096
# Room kept for the closing lines ("and N more", the rest, the /squad hint).
_TAIL_ROOM = 600
# Times offered as buttons in /digest; any other is typed: /digest 06:45.
DIGEST_TIMES = ("06:00", "07:00", "07:30", "08:00", "09:00")


class DigestTap(CallbackData, prefix="dg"):
    """``a``: ``on`` / ``off`` (the digest), ``won`` / ``woff`` (the Sunday summary),
    ``at`` (the time in ``v``, HHMM)."""

    a: str
    v: str = ""


def _names(t: Translator, lines: list[str], room: int) -> str:
    """Names joined by commas within ``room`` characters; those left out are counted."""
    shown: list[str] = []
    used = 0
    for i, name in enumerate(lines):
        if used + len(name) + 2 > room:
            return ", ".join(shown) + " " + t("digest-and-more", count=len(lines) - i)
        shown.append(name)
        used += len(name) + 2
    return ", ".join(shown)


class DigestRender:
    """:class:`bot.coach.services.coach_digest.DigestWords` for Telegram HTML."""

    def daily(self, t: Translator, digest: DailyDigest) -> OutgoingMessage:
        fmt = Formatter(t)
        parts = [t("digest-title", day=fmt.date(digest.day))]
        if digest.attention:
            parts.append(t("digest-attention", count=len(digest.attention)))
            used = sum(len(p) for p in parts)
            for number, line in enumerate(digest.attention, start=1):
                text = roster_line(t, number, line)
                if used + len(text) + 2 > LIMIT - _TAIL_ROOM:
                    left = len(digest.attention) - number + 1
                    parts.append(t("digest-more-attention", count=left))
                    break
                parts.append(text)
                used += len(text) + 2
        else:
            parts.append(t("digest-all-clear"))
        if digest.rest:
            names = [  # escaped by the translator
                f"{line.name} ({t('roster-new')})" if line.new else line.name
                for line in digest.rest
            ]
            room = LIMIT - sum(len(p) + 2 for p in parts) - 200
            parts.append(t("digest-rest", count=len(names), names=_names(t, names, room)))
        parts.append(t("digest-hint"))
        return OutgoingMessage("\n\n".join(parts))

    def weekly(self, t: Translator, week: SquadWeek) -> OutgoingMessage:
        fmt = Formatter(t)
        last = fmt.date(week.monday + timedelta(days=6))
        parts = [t("weekly-title", first=fmt.date(week.monday), last=last)]
        figures = []
        if week.compliance is not None:
            figures.append(t("weekly-compliance", pct=round(week.compliance * 100)))
        if week.load is not None:
            figures.append(t("weekly-load", load=fmt.number(week.load, 0)))
        parts.append(" · ".join(figures) if figures else t("weekly-no-figures"))
        room = (LIMIT - 400) // 3
        for verdict in (WeekVerdict.STRUGGLING, WeekVerdict.IMPROVED):
            chosen = week.with_verdict(verdict)
            if chosen:
                items = [_why(t, fmt, athlete, verdict) for athlete in chosen]
                names = Html(_names(t, items, room))  # each item escaped by ``_why``
                parts.append(t(f"weekly-{verdict.value}", count=len(chosen), names=names))
        steady = [a.name for a in week.with_verdict(WeekVerdict.STEADY)]
        if steady:
            parts.append(t("weekly-steady", count=len(steady), names=_names(t, steady, room)))
        parts.append(t("digest-hint"))
        return OutgoingMessage("\n\n".join(parts))


def _why(t: Translator, fmt: Formatter, athlete: AthleteWeek, verdict: WeekVerdict) -> str:
    """A name with the reason for its verdict, in the week's own numbers."""
    name = Html(f"<b>{escape(athlete.name)}</b>")
    if verdict is WeekVerdict.IMPROVED:
        change = fmt.number(athlete.fitness_change or 0.0, 1)
        return t("weekly-why-fitness", name=name, change=change)
    if athlete.sick_days:
        return t("weekly-why-sick", name=name, days=athlete.sick_days)
    if athlete.red_days:
        return t("weekly-why-red", name=name, days=athlete.red_days)
    return t("weekly-why-compliance", name=name, pct=round((athlete.compliance or 0) * 100))


def settings_text(t: Translator, settings: DigestSettings) -> str:
    fmt = Formatter(t)
    prefs = settings.preferences
    lines = [t("digest-settings-title")]
    if prefs.enabled and settings.next_digest is not None:
        lines.append(
            t(
                "digest-settings-on",
                time=fmt.clock(prefs.at),
                zone=settings.timezone,
                next=fmt.when(settings.next_digest),
            )
        )
    else:
        lines.append(t("digest-settings-off"))
    if prefs.weekly_enabled and settings.next_summary is not None:
        lines.append(t("digest-settings-weekly-on", next=fmt.when(settings.next_summary)))
    else:
        lines.append(t("digest-settings-weekly-off"))
    if not settings.has_squad:
        lines.append(t("digest-settings-no-squad"))
    lines.append(t("digest-settings-hint"))
    return "\n\n".join(lines)


def settings_markup(t: Translator, settings: DigestSettings) -> InlineKeyboardMarkup:
    prefs = settings.preferences
    builder = InlineKeyboardBuilder()
    for value in DIGEST_TIMES:
        chosen = prefs.enabled and dates.clock(prefs.at, t.language) == value
        builder.button(
            text=("• " if chosen else "") + value,
            callback_data=DigestTap(a="at", v=value.replace(":", "")),
        )
    builder.button(
        text=t("digest-btn-off") if prefs.enabled else t("digest-btn-on"),
        callback_data=DigestTap(a="off" if prefs.enabled else "on"),
    )
    builder.button(
        text=t("digest-btn-weekly-off") if prefs.weekly_enabled else t("digest-btn-weekly-on"),
        callback_data=DigestTap(a="woff" if prefs.weekly_enabled else "won"),
    )
    builder.adjust(len(DIGEST_TIMES), 1, 1)
    return builder.as_markup()
