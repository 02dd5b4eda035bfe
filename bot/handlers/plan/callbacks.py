"""Callback data of the plan views (≤ 64 bytes).

Buttons name the plan they were made for: after the plan is replaced (a new block, a
rebuilt plan) an old button is answered politely and shows the current plan instead.
Week and day buttons name their target (not "next"), so a double tap lands on the same
week twice rather than skipping one.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class WeekButton(CallbackData, prefix="pw"):
    plan: int
    week: int  # the plan's week index (0-based)


class DayButton(CallbackData, prefix="pd"):
    plan: int
    day: str  # ISO date


class ExportButton(CallbackData, prefix="px"):
    session: int  # the session's row id
    fmt: str  # zwo | fit
