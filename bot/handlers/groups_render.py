"""Texts and buttons of the team's group chat: the link offer, the join button, the team
board (each line exactly the athlete's group tier) and the /groupprivacy choice."""

from __future__ import annotations

from datetime import date

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.groups import TIERS, BoardLine, GroupTier
from bot.domain.squads import Squad
from bot.i18n import Translator

COLOUR_MARK = {"green": "🟢", "amber": "🟡", "red": "🔴"}


class GroupTap(CallbackData, prefix="gr"):
    """``a``: ``l`` link the group to the squad ``v``; ``t`` choose the tier ``v``."""

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


def board_text(t: Translator, squad: Squad, lines: list[BoardLine], today: date) -> str:
    rows = [board_row(t, line) for line in lines]
    return t(
        "group-board",
        squad=squad.name,
        day=today.isoformat(),
        count=len(rows),
        lines="\n".join(rows),
    )


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
