"""Athlete records on the real database (SQLite or PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.coach.services import AthleteService
from bot.coach.services.athletes import UnsupportedLanguageError
from bot.domain.athletes import AthleteStatus, Role, TelegramIdentity

START = datetime(2026, 3, 1, 7, 30, tzinfo=UTC)


def identity(**overrides: object) -> TelegramIdentity:
    fields: dict[str, object] = {
        "telegram_id": 5_000_000_001,  # beyond 32 bits, as real Telegram ids now are
        "first_name": "Anna",
        "last_name": "Petrova",
        "username": "anna_runs",
        "language_code": "ru-RU",
        "private_chat_id": 5_000_000_001,
    }
    fields.update(overrides)
    return TelegramIdentity(**fields)  # type: ignore[arg-type]


async def test_first_contact_creates_the_athlete_with_telegram_language(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(START)
    async with session_factory() as session:
        athlete, written = await AthleteService(session, clock).on_contact(identity())
        await session.commit()
    assert written is True
    assert athlete.telegram_id == 5_000_000_001
    assert athlete.chat_id == 5_000_000_001
    assert athlete.first_name == "Anna"
    assert athlete.last_name == "Petrova"
    assert athlete.username == "anna_runs"
    assert athlete.language == "ru"
    assert athlete.timezone == "UTC"
    assert athlete.status is AthleteStatus.ACTIVE
    assert athlete.role is Role.ATHLETE
    assert athlete.created_at == START
    assert athlete.created_at.tzinfo is not None


async def test_later_contact_refreshes_names_but_keeps_the_chosen_language(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(START)
    async with session_factory() as session:
        service = AthleteService(session, clock)
        await service.on_contact(identity())
        await service.change_language(5_000_000_001, "en")
        await session.commit()
    clock.advance(3600)
    async with session_factory() as session:
        athlete, written = await AthleteService(session, clock).on_contact(
            identity(first_name="Anya", username=None, language_code="ru")
        )
        unchanged, written_again = await AthleteService(session, clock).on_contact(
            identity(first_name="Anya", username=None, language_code="ru")
        )
        await session.commit()
    assert written is True
    assert written_again is False
    assert unchanged == athlete
    assert athlete.first_name == "Anya"
    assert athlete.username is None
    assert athlete.language == "en"
    assert athlete.created_at == START
    assert athlete.updated_at == datetime(2026, 3, 1, 8, 30, tzinfo=UTC)


async def test_group_contact_does_not_erase_the_private_chat(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(START)
    async with session_factory() as session:
        service = AthleteService(session, clock)
        await service.on_contact(identity())
        athlete, _ = await service.on_contact(identity(private_chat_id=None))
        await session.commit()
    assert athlete.chat_id == 5_000_000_001


async def test_a_blocked_athlete_who_writes_again_is_active(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(START)
    async with session_factory() as session:
        service = AthleteService(session, clock)
        await service.on_contact(identity())
        blocked = await service.mark_blocked(5_000_000_001)
        assert blocked.status is AthleteStatus.BLOCKED
        athlete, _ = await service.on_contact(identity())
        await session.commit()
    assert athlete.status is AthleteStatus.ACTIVE


async def test_unknown_language_is_refused(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        service = AthleteService(session, ManualClock(START))
        await service.on_contact(identity())
        refused = "'pt' is not one of en, ru, es, de, fr, it"
        with pytest.raises(UnsupportedLanguageError, match=refused):
            await service.change_language(5_000_000_001, "pt")


async def test_rolled_back_contact_leaves_no_athlete(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        await AthleteService(session, ManualClock(START)).on_contact(identity())
        await session.rollback()
    async with session_factory() as session:
        assert await AthleteService(session, ManualClock(START)).get(5_000_000_001) is None


async def test_contact_context_reads_the_athlete_and_the_dialog_together(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    from bot.storage.models import DialogStateRow
    from bot.storage.repositories import AthleteRepository

    async with session_factory() as session:
        await AthleteService(session, ManualClock(START)).on_contact(identity())
        session.add(
            DialogStateRow(key="fsm:1:a", state="Onboarding:goal", data={"x": 1}, updated_at=START)
        )
        await session.commit()
    async with session_factory() as session:
        repository = AthleteRepository(session)
        with_dialog = await repository.contact_context(5_000_000_001, "fsm:1:a")
        no_dialog = await repository.contact_context(5_000_000_001, "fsm:1:other")
        stranger = await repository.contact_context(42, "fsm:1:a")
    assert with_dialog.athlete is not None and with_dialog.athlete.first_name == "Anna"
    assert (with_dialog.dialog_state, with_dialog.dialog_data) == ("Onboarding:goal", {"x": 1})
    assert no_dialog.athlete is not None
    assert (no_dialog.dialog_state, no_dialog.dialog_data) == (None, {})
    assert stranger.athlete is None
    assert (stranger.dialog_state, stranger.dialog_data) == ("Onboarding:goal", {"x": 1})


async def test_on_update_writes_only_when_telegram_reports_a_change(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    clock = ManualClock(START)
    async with session_factory() as session:
        service = AthleteService(session, clock)
        first, written_first, _ = await service.on_update(identity(), None)
        same, written_same, _ = await service.on_update(identity(), None)
        renamed, written_renamed, _ = await service.on_update(identity(first_name="Anya"), None)
        await session.commit()
    assert (written_first, written_same, written_renamed) == (True, False, True)
    assert same == first
    assert renamed.first_name == "Anya"
