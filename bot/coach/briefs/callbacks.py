"""Callback data of the buttons on a push: ``brief:<action>:<delivery id>``.

Packed here without aiogram so the sender (jobs) and the handlers agree on one format;
``bot.handlers.brief.BriefAction`` is the aiogram ``CallbackData`` with the same prefix and
fields, and a test keeps the two equal. Telegram allows 64 bytes; this uses at most ~30.
"""

from __future__ import annotations

from enum import StrEnum

PREFIX = "brief"


class BriefActionCode(StrEnum):
    ADJUSTED = "adjusted"  # do the adjusted session
    ORIGINAL = "original"  # keep the planned one
    CHECK_IN = "checkin"  # open today's check-in (handled by the check-in feature)
    CHART = "chart"  # the readiness trend as a photo (handled by the charts feature)
    WEEK_CHART = "wchart"  # the reviewed week, planned against done (charts feature)
    # The evening reminder's answers (handled by the reminder feature).
    DONE = "done"
    PARTLY = "partly"
    SKIPPED = "skipped"


def pack(action: str, delivery_id: int) -> str:
    return f"{PREFIX}:{action}:{delivery_id}"
