"""Changing the plan in Telegram: the change buttons of a day, the proposal card (Apply /
Discard), /undo, and the card for a plain sentence (``show_sentence_proposal``)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command

from bot.handlers.plan_changes.callbacks import ChangeButton
from bot.handlers.plan_changes.handlers import cmd_undo, on_change_button
from bot.handlers.plan_changes.sentences import show_sentence_proposal
from bot.telegram.filters import PRIVATE_CHAT

__all__ = ["build_router", "show_sentence_proposal"]


def build_router() -> Router:
    router = Router(name="plan_changes")
    router.message.register(cmd_undo, Command("undo"), PRIVATE_CHAT)
    router.callback_query.register(on_change_button, ChangeButton.filter())
    return router
