"""The evening reminder: "How did it go?" about a planned session nothing was logged for.

One message, three buttons (done, partly, skipped); the answer is followed up by the
reminder handlers (RPE, how much, why skipped), which record the outcome on the session.
"""

from __future__ import annotations

from bot.coach.briefs.callbacks import BriefActionCode
from bot.coach.briefs.compose import session_line
from bot.coach.briefs.model import BriefSession
from bot.domain.deliveries import Button, OutgoingMessage
from bot.domain.profiles import Units
from bot.i18n import Translator


def compose_evening_reminder(
    session: BriefSession, t: Translator, units: Units = Units.METRIC
) -> OutgoingMessage:
    """The question about ``session`` (a stored one: its id travels with the push)."""
    assert session.id is not None, "the reminder asks about a stored session"
    text = "\n".join([t("reminder-question"), session_line(session, units, t)])
    buttons = (
        (
            Button(t("reminder-btn-done"), BriefActionCode.DONE),
            Button(t("reminder-btn-partly"), BriefActionCode.PARTLY),
            Button(t("reminder-btn-skipped"), BriefActionCode.SKIPPED),
        ),
    )
    return OutgoingMessage(text, buttons, data={"session_id": session.id})
