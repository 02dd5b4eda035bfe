"""A plain sentence that asks for a change ("I'm sick", "no pool this week"): the card,
or a question with buttons when the reader is unsure. The chat fallback calls
:func:`show_sentence_proposal` first; a coach router can call it the same way."""

from __future__ import annotations

from aiogram.types import Message

from bot.coach.planning.changes.resolve import NoMatch
from bot.coach.services import Services
from bot.coach.services.plan_changes import Question
from bot.coach.services.plans import PlanUnavailableError
from bot.domain.athletes import Athlete
from bot.handlers.plan_changes import render
from bot.i18n import Translator


async def show_sentence_proposal(
    message: Message, services: Services, athlete: Athlete, t: Translator
) -> bool:
    """Answer ``message`` if it asks for a plan change; False when it does not (the
    caller answers it then). Without a plan the athlete is told how to get one."""
    text = message.text or ""
    try:
        found = await services.plan_changes.from_sentence(
            athlete, message.chat.id, text, t.language
        )
    except PlanUnavailableError:
        return False  # no plan to change: the chat answers as it would anyway
    if found is None:
        return False
    if isinstance(found, NoMatch):
        await message.answer(t(f"change-nomatch-{found.code.replace('_', '-')}"))
    elif isinstance(found, Question):
        markup = render.question_markup(t, found.nonce, found.labels)
        await message.answer(t(f"change-question-{found_code(found)}"), reply_markup=markup)
    else:
        await message.answer(render.card_text(t, found), reply_markup=render.card_markup(t, found))
    return True


def found_code(question: Question) -> str:
    """The question's catalogue suffix, from its first reading's label."""
    first = str(question.labels[0]["code"]) if question.labels else ""
    return "illness" if first.endswith("neck") else "travel"
