"""Callback data of plan changes (≤ 64 bytes: ``cx:<action>:<ref>:<arg>``).

Session buttons carry the session's row id; the card's buttons carry the proposal's
nonce, so a button of a replaced or applied proposal is recognised as such; Undo
carries the change id it undoes.
"""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData


class Act(StrEnum):
    MOVE = "mv"  # ref: session -> the day picker
    MOVE_TO = "mt"  # ref: session, arg: yyyymmdd
    SHORTEN = "sh"  # ref: session -> the minutes picker
    SHORTEN_TO = "st"  # ref: session, arg: minutes
    EASIER = "ez"  # ref: session
    SKIP = "sk"  # ref: session
    SWAP = "sw"  # ref: yyyymmdd -> the day picker
    SWAP_WITH = "sx"  # ref: yyyymmdd, arg: yyyymmdd
    APPLY = "ap"  # ref: nonce
    DISCARD = "dc"  # ref: nonce
    RECOMPUTE = "rc"  # ref: nonce
    CHOOSE = "ch"  # ref: nonce, arg: the reading's index
    UNDO = "un"  # ref: change id


class ChangeButton(CallbackData, prefix="cx"):
    act: Act
    ref: str
    arg: str = ""
