"""Texts and buttons of the team's group chat: the link offer, the join button, the team
board (each line exactly the athlete's group tier) and the /groupprivacy choice."""

from __future__ import annotations

from datetime import date

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.coach.services.group_schedule import GroupSession
from bot.domain.groups import TIERS, BoardLine, GroupTier, ScheduledRollCall
from bot.domain.squads import Squad
from bot.i18n import Translator, dates

COLOUR_MARK = {"green": "🟢", "amber": "🟡", "red": "🔴"}


class GroupTap(CallbackData, prefix="gr"):
    """``a``: ``l`` link the group to the squad ``v``; ``t`` choose the tier ``v``;
    ``c`` cancel the scheduled roll-call ``v``; ``s`` choose the tier ``v`` on /sharing."""

    a: str
    v: str


def link_offer_markup(t: Translator, squads: list[Squad]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=t("group-btn-link", squad=squad.name),
                    callback_data=GroupTap(a="l", v=str(squad.id)).pack(),
                )
            ]
            for squad in squads[:10]
        ]
    )


def join_markup(t: Translator, link: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t("group-btn-join"), url=link)]]
    )


def board_text(
    t: Translator,
    squad: Squad,
    lines: list[BoardLine],
    today: date,
    sessions: list[GroupSession] | None = None,
) -> str:
    rows = [board_row(t, line) for line in lines]
    text = t(
        "group-board",
        squad=squad.name,
        day=dates.long_day(today, t.language),
        count=len(rows),
        lines="\n".join(rows),
    )
    if sessions:
        week = "\n".join(session_row(t, session) for session in sessions)
        text = f"{text}\n\n{t('group-board-week', sessions=week)}"
    return text


def session_row(t: Translator, session: GroupSession) -> str:
    when = f"{t(f'group-weekday-{session.day.weekday()}')} {session.at.strftime('%H:%M')}"
    return f"• {when} {session.question or t('group-poll-in_out-question')}"


class GroupRender:
    """:class:`bot.coach.services.group_schedule.GroupWords` for Telegram."""

    def board(
        self,
        t: Translator,
        squad: Squad,
        lines: list[BoardLine],
        day: date,
        sessions: list[GroupSession],
    ) -> str:
        return board_text(t, squad, lines, day, sessions)


def board_row(t: Translator, line: BoardLine) -> str:
    """One athlete: only the parts their tier left in the line (None parts are absent)."""
    parts = [("✅ " if line.done else "▫️ ") + line.name]
    if line.colour is not None:
        parts.append(COLOUR_MARK.get(line.colour, ""))
    if line.score is not None:
        parts.append(t("group-board-score", score=line.score))
    if line.minutes_done:
        parts.append(t("group-board-minutes", minutes=line.minutes_done))
    return " ".join(part for part in parts if part)


def tier_text(t: Translator, tier: GroupTier) -> str:
    return t("group-tier-intro", current=t(f"group-tier-{tier.value}"))


def tier_markup(t: Translator, tier: GroupTier) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=("• " if option is tier else "") + t(f"group-tier-{option.value}"),
                    callback_data=GroupTap(a="t", v=option.value).pack(),
                )
            ]
            for option in TIERS
        ]
    )


def roll_call_when(t: Translator, call: ScheduledRollCall) -> str:
    day = t("group-daily") if call.weekday is None else t(f"group-weekday-{call.weekday}")
    question = call.question or t(f"group-poll-{call.kind.value}-question")
    return f"{day} {call.at.strftime('%H:%M')}: {question}"


def roll_calls_markup(t: Translator, calls: list[ScheduledRollCall]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=t("group-btn-cancel", when=roll_call_when(t, call))[:64],
                    callback_data=GroupTap(a="c", v=str(call.id)).pack(),
                )
            ]
            for call in calls
        ]
    )


def with_group_tier(
    t: Translator, text: str, markup: InlineKeyboardMarkup | None, tier: GroupTier
) -> tuple[str, InlineKeyboardMarkup]:
    """The /sharing screen with the group tier under the coaches: one button per tier
    (the same choice as /groupprivacy)."""
    rows = list(markup.inline_keyboard) if markup is not None else []
    rows += [
        [
            InlineKeyboardButton(
                text=("• " if option is tier else "") + t(f"group-tier-{option.value}"),
                callback_data=GroupTap(a="s", v=option.value).pack(),
            )
        ]
        for option in TIERS
    ]
    line = t("sharing-group-tier", current=t(f"group-tier-{tier.value}"))
    return f"{text}\n\n{line}", InlineKeyboardMarkup(inline_keyboard=rows)
