"""A planned session in the morning brief's words: the same title and workout lines
/today shows (``PlanWords``), as plain text, since the brief's composer escapes its
arguments itself. The composition root hands :func:`brief_session` to the brief sources.
"""

from __future__ import annotations

import html
import re

from bot.coach.briefs.model import BriefSession
from bot.coach.planning import Session, Thresholds, Units
from bot.handlers.plan.texts import PlanWords
from bot.i18n import Translator

_TAG = re.compile(r"<[^>]*>")


def brief_session(
    t: Translator, units: Units, session: Session, thresholds: Thresholds
) -> BriefSession:
    return _brief(PlanWords(t, units), session, thresholds)


def _brief(w: PlanWords, session: Session, thresholds: Thresholds) -> BriefSession:
    easier = session.alternative
    return BriefSession(
        title=_plain(w.title(session)),
        sport=session.sport.value,
        duration_s=session.duration_s,
        targets="\n".join(_plain(line) for line in w.workout_lines(session, thresholds)),
        distance_m=session.distance_m,
        easier=_brief(w, easier, thresholds) if easier is not None else None,
    )


def _plain(text: str) -> str:
    # Catalog output is Telegram HTML with escaped arguments: drop the tags, then unescape.
    return html.unescape(_TAG.sub("", text))
