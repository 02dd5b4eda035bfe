"""What Telegram reports differently about an athlete (bot.domain.athletes)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.domain.athletes import (
    Athlete,
    AthleteStatus,
    Role,
    TelegramIdentity,
    telegram_changes,
)

AT = datetime(2026, 1, 1, tzinfo=UTC)
ANN = Athlete(
    id=1, telegram_id=10, chat_id=10, first_name="Ann", last_name=None, username="ann",
    language="en", timezone="UTC", status=AthleteStatus.ACTIVE, role=Role.ATHLETE,
    created_at=AT, updated_at=AT,
)  # fmt: skip


def test_nothing_new() -> None:
    assert telegram_changes(ANN, TelegramIdentity(10, "Ann", None, "ann", "en", 10)) == {}


def test_names_and_username() -> None:
    changes = telegram_changes(ANN, TelegramIdentity(10, "Anna", "Lee", None, "en", None))
    assert changes == {"first_name": "Anna", "last_name": "Lee", "username": None}


def test_a_group_message_keeps_the_private_chat() -> None:
    assert telegram_changes(ANN, TelegramIdentity(10, "Ann", None, "ann", "en", None)) == {}


def test_writing_again_after_blocking_unblocks() -> None:
    from dataclasses import replace

    blocked = replace(ANN, status=AthleteStatus.BLOCKED)
    assert telegram_changes(blocked, TelegramIdentity(10, "Ann", None, "ann", "en", 10)) == {
        "status": AthleteStatus.ACTIVE
    }
    # Seen only in a group: Telegram has not said they unblocked the bot.
    assert telegram_changes(blocked, TelegramIdentity(10, "Ann", None, "ann", "en", None)) == {}


def test_long_names_are_cut_to_the_column() -> None:
    changes = telegram_changes(ANN, TelegramIdentity(10, "A" * 300, None, "ann", "en", 10))
    assert changes == {"first_name": "A" * 128}
