"""The roster's pure parts: attention ranking, the 7-day share done, missed key sessions,
and 60 athletes drawn in both languages within Telegram's limits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.coach.planning.model import Session, SessionSport, SessionType, Workout
from bot.coach.squads.roster import Flag, RosterLine, done_share, missed_key, rank
from bot.domain.plans import SessionStatus
from bot.handlers.roster_render import PAGE, roster_markup, roster_text
from bot.i18n import Catalogs
from bot.sandbox.emulator.html_rules import parse_html, utf16_len

TODAY = date(2026, 1, 8)


def line(name: str, *flags: Flag, compliance: float | None = None, ident: int = 1) -> RosterLine:
    return RosterLine(ident, name, "green", True, compliance, 3.0, flags)


def session(days_back: int, kind: SessionType) -> Session:
    return Session(
        id=f"{days_back}",
        date=TODAY - timedelta(days=days_back),
        order=0,
        sport=SessionSport.RUN,
        type=kind,
        title="t",
        objective="o",
        workout=Workout(warmup=(), main=(), cooldown=()),
        duration_s=3600,
        distance_m=None,
        load=50.0,
    )


def test_health_comes_before_load_before_a_race_then_compliance_then_name() -> None:
    lines = [
        line("Zoe", Flag.RACE_SOON, ident=1),
        line("Bea", ident=2, compliance=0.9),
        line("Al", ident=3, compliance=0.4),
        line("Max", Flag.ACWR_HIGH, ident=4),
        line("Ida", Flag.ILL_OR_INJURED, ident=5),
        line("Eve", Flag.RED_DAY, Flag.MISSED_KEY, ident=6),
    ]
    assert [x.name for x in rank(lines)] == ["Eve", "Ida", "Max", "Zoe", "Al", "Bea"]


def test_the_share_done_counts_past_days_only_and_a_partial_as_done() -> None:
    sessions = [
        (session(3, SessionType.ENDURANCE), SessionStatus.DONE),
        (session(2, SessionType.INTERVALS), SessionStatus.PARTIAL),
        (session(1, SessionType.LONG), SessionStatus.SKIPPED),
        (session(1, SessionType.RECOVERY), SessionStatus.MOVED),
        (session(0, SessionType.ENDURANCE), SessionStatus.PENDING),  # today: not yet due
    ]
    # The weekly review's definition (plan_completion): partial is done (its colour says
    # how close), moved is counted where it went, today is not due yet.
    assert done_share(sessions, TODAY) == pytest.approx(2 / 3)
    assert missed_key(sessions, TODAY) is True
    assert missed_key(sessions[:2], TODAY) is False
    assert done_share([], TODAY) is None


@pytest.mark.parametrize("language", ["en", "ru"])
def test_sixty_athletes_page_within_telegrams_limits(language: str) -> None:
    t = Catalogs.load().translator(language)
    lines = [
        RosterLine(10_000_000 + i, f"Athlete <{i}> " + "x" * 60, "red", False, 0.5, -35.5,
                   tuple(Flag))
        for i in range(60)
    ]  # fmt: skip
    for page in range(60 // PAGE):
        text = roster_text(t, lines, page)
        plain, _ = parse_html(text)
        assert utf16_len(plain) < 4096 and f"<{page * PAGE}>" in plain
        markup = roster_markup(t, lines, page)
        data = [b.callback_data or "" for row in markup.inline_keyboard for b in row]
        # the athletes, the page arrows, and "change everyone's plan"
        assert len(data) == PAGE + (1 if page in {0, 5} else 2) + 1
        assert all(len(d.encode()) <= 64 for d in data)
