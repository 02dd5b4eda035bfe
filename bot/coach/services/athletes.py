"""Who the athlete is: first contact, language, reachability."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.domain.athletes import Athlete, AthleteStatus, TelegramIdentity, telegram_changes
from bot.i18n import SUPPORTED_LANGUAGES, pick_language
from bot.storage.loop_reader import LoopReader
from bot.storage.repositories import AthleteRepository
from bot.storage.repositories.athletes import ContactContext


class UnsupportedLanguageError(ValueError):
    def __init__(self, language: str) -> None:
        super().__init__(f"language {language!r} is not one of {', '.join(SUPPORTED_LANGUAGES)}")
        self.language = language


class AthleteService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._athletes = AthleteRepository(session)
        self._clock = clock

    async def on_contact(self, identity: TelegramIdentity) -> tuple[Athlete, bool]:
        """Record that this Telegram user reached us; create them on first contact.

        Returns the athlete and whether anything was written. The language of a new
        athlete comes from Telegram's ``language_code``.
        """
        return await self._athletes.upsert_from_telegram(
            identity, language=pick_language(identity.language_code), now=self._clock.now()
        )

    async def on_update(
        self,
        identity: TelegramIdentity,
        dialog_key: str | None,
        *,
        reader: LoopReader | None = None,
    ) -> tuple[Athlete, bool, ContactContext]:
        """The start of every update: the athlete (created or refreshed as needed, with
        whether anything was written) and their dialog state, read in one query (with
        ``reader`` on SQLite: bot/storage/loop_reader.py)."""
        context = await self._athletes.contact_context(
            identity.telegram_id, dialog_key, reader=reader
        )
        known = context.athlete
        if known is None:
            created = await self._athletes.create_from_telegram(
                identity, language=pick_language(identity.language_code), now=self._clock.now()
            )
            return created, True, context
        if not telegram_changes(known, identity):
            return known, False, context
        athlete, written = await self.on_contact(identity)
        return athlete, written, context

    async def change_language(self, telegram_id: int, language: str) -> Athlete:
        if language not in SUPPORTED_LANGUAGES:
            raise UnsupportedLanguageError(language)
        return await self._athletes.set_language(telegram_id, language, now=self._clock.now())

    async def mark_blocked(self, telegram_id: int) -> Athlete:
        """The athlete blocked the bot (Telegram answered 403): stop pushing to them."""
        return await self._athletes.set_status(
            telegram_id, AthleteStatus.BLOCKED, now=self._clock.now()
        )

    async def get(self, telegram_id: int) -> Athlete | None:
        return await self._athletes.get_by_telegram_id(telegram_id)
