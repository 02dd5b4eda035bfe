"""What a coach sees of a change for everyone, within Telegram's limits for 60 athletes
with long names, and the callback data of the coach's buttons (64 bytes at most)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bot.coach.planning.changes import Refusal, RefusalCode
from bot.coach.planning.guardrails import Violation, ViolationCode
from bot.coach.planning.model import SessionSport
from bot.coach.services.coaching import BulkLine, BulkStatus
from bot.domain.athletes import Athlete, AthleteStatus, Role
from bot.handlers.coaching_render import (
    CoachTap,
    RelayTap,
    bulk_markup,
    bulk_text,
    coach_refusal_text,
)
from bot.i18n import Catalogs
from bot.sandbox.emulator.html_rules import parse_html, utf16_len

NOW = datetime(2026, 1, 5, 6, tzinfo=UTC)
BIKE = SessionSport.BIKE


def athlete(number: int) -> Athlete:
    return Athlete(
        id=10_000_000 + number,
        telegram_id=7_000_000_000 + number,
        chat_id=7_000_000_000 + number,
        first_name=f"Athlete <{number}> " + "x" * 60,
        last_name="Longname" * 4,
        username=None,
        language="en",
        timezone="UTC",
        status=AthleteStatus.ACTIVE,
        role=Role.ATHLETE,
        created_at=NOW,
        updated_at=NOW,
    )


@pytest.mark.parametrize("language", ["en", "ru"])
def test_sixty_refusals_fit_one_message(language: str) -> None:
    t = Catalogs.load().translator(language)
    statuses = (BulkStatus.DENIED, BulkStatus.NO_PLAN, BulkStatus.NO_MATCH)
    lines = [BulkLine(athlete(i), statuses[i % 3]) for i in range(60)]
    text = bulk_text(t, "Saturday: 2 h group ride in zone 2", lines, applied=False)
    plain, _ = parse_html(text)
    assert utf16_len(plain) < 4096
    assert "Athlete <0>" in plain and t("coaching-bulk-denied") in plain
    assert "…" in plain.splitlines()[-1]  # "…and N more"
    assert bulk_markup(t, "abcd1234", lines) is None  # nothing to apply


def test_the_coachs_buttons_fit_telegrams_callback_data() -> None:
    longest = CoachTap(a="un", v=2**63 - 1, r=str(2**63 - 1)).pack()
    assert len(longest.encode()) <= 64
    assert RelayTap.unpack(RelayTap(c=42).pack()).c == 42


@pytest.mark.parametrize("language", ["en", "ru", "es", "de", "fr", "it"])
def test_every_refusal_reads_for_the_coach_not_the_athlete(language: str) -> None:
    """Each refusal code and guardrail has a coach's wording: never the athlete's ("the
    hours you have"), and the hours one names the athlete and asks them for more hours."""
    t = Catalogs.load().translator(language)
    ann = replace(athlete(1), first_name="Ann", last_name=None)
    for code in RefusalCode:
        text = coach_refusal_text(t, ann, Refusal(code, (("limit", 15),)))
        assert not text.startswith("coaching-") and text != t(f"change-refused-{code.value}")
    for violation in ViolationCode:
        refusal = Refusal(RefusalCode.GUARDRAIL, violation=Violation(violation))
        text = coach_refusal_text(t, ann, refusal)
        assert not text.startswith("coaching-") and "Ann" in text
        assert text != t(f"change-violation-{violation.value.replace('_', '-')}")
    hours = Refusal(RefusalCode.GUARDRAIL, violation=Violation(ViolationCode.OVER_WEEKLY_HOURS))
    assert coach_refusal_text(t, ann, hours).count("Ann") == 2  # … ask Ann to raise them


def test_a_refused_line_says_the_day_it_was_read_as() -> None:
    t = Catalogs.load().translator("en")
    ann = replace(athlete(1), first_name="Ann", last_name=None)
    line = BulkLine(ann, BulkStatus.NOT_THEIR_SPORT, day=date(2026, 1, 10), sport=BIKE)
    text = bulk_text(t, "Saturday: 2 h ride", [line], applied=False)
    assert "⛔ <b>Ann</b> (Sat 10 Jan): Ann doesn't ride, so nothing changed" in text
