"""Callback data of the profile dialog, the profile summary and /settings (≤ 64 bytes)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class Answer(CallbackData, prefix="ob"):
    """A button under a dialog question. ``token`` is the dialog's token when the
    question was asked: a button from an earlier question no longer matches it."""

    token: str
    act: str  # pick | esc | tog | done | back | cont | new
    val: str = ""


class EditSection(CallbackData, prefix="pf"):
    """✏️ under the profile summary: change one section."""

    section: str


class SettingsItem(CallbackData, prefix="st"):
    """A /settings menu entry; ``val`` names the threshold kind for ``item="th"``."""

    item: str
    val: str = ""
