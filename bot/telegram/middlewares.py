"""Outer middleware: one transaction per update, the athlete, and their translator."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.middleware import FSMContextMiddleware
from aiogram.fsm.storage.base import BaseEventIsolation, StorageKey
from aiogram.types import Chat, TelegramObject, User
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.coach.services import Services
from bot.coach.services.activities import ParseGate
from bot.domain.athletes import TelegramIdentity
from bot.i18n import Catalogs, pick_language
from bot.storage.loop_reader import LoopReader
from bot.storage.unit_of_work import UnitOfWork, unit_of_work
from bot.telegram.fsm_storage import DatabaseStorage

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class UnitOfWorkMiddleware(BaseMiddleware):
    """Runs one update per chat and user at a time, in one session (commit on success,
    rollback on error).

    Hands handlers ``services`` (use-cases on that session), ``athlete`` (created on first
    contact, language from Telegram's ``language_code``) and ``t`` (a translator in the
    athlete's language). The athlete and the dialog state are read in one query (on
    SQLite by ``reader``, outside the session: bot/storage/loop_reader.py), and the FSM
    storage is handed the state so aiogram's own read of it costs nothing. That read is
    committed at once: the handler's own work, and the dialog state written at the end,
    make the update's transaction.
    """

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        clock: Clock,
        catalogs: Catalogs,
        *,
        isolation: BaseEventIsolation,
        fsm: FSMContextMiddleware,
        storage: DatabaseStorage,
        reader: LoopReader | None = None,
        parse_gate: ParseGate | None = None,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._parse_gate = parse_gate
        self._catalogs = catalogs
        self._isolation = isolation
        self._fsm = fsm
        self._storage = storage
        self._reader = reader

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        if user is None or chat is None:
            unit, result = await self._in_unit(handler, event, data, user, chat)
        else:
            # A double tap waits here for the first tap's transaction to commit.
            key = StorageKey(bot_id=data["bot"].id, chat_id=chat.id, user_id=user.id)
            async with self._isolation.lock(key):
                unit, result = await self._in_unit(handler, event, data, user, chat)
        # What must follow the commit (a push about what was stored, a brief composed
        # again, perhaps with an LLM note) runs after it and outside the chat's lock: the
        # person's next message need not wait for it.
        await unit.run_after_commit()
        return result

    async def _in_unit(
        self,
        handler: Handler,
        event: TelegramObject,
        data: dict[str, Any],
        user: User | None,
        chat: Chat | None,
    ) -> tuple[UnitOfWork, Any]:
        async with unit_of_work(self._factory, run_after_commit=False) as unit:
            result = await self._handle(unit, handler, event, data, user=user, chat=chat)
        return unit, result

    async def _handle(
        self,
        unit: UnitOfWork,
        handler: Handler,
        event: TelegramObject,
        data: dict[str, Any],
        *,
        user: User | None,
        chat: Chat | None,
    ) -> Any:
        services = Services(unit.session, self._clock, unit, parse_gate=self._parse_gate)
        data["services"] = services
        language = pick_language(user.language_code if user else None)
        if user is not None and not user.is_bot:
            dialog = self._fsm.resolve_event_context(data["bot"], data)
            athlete, _written, context = await services.athletes.on_update(
                TelegramIdentity(
                    telegram_id=user.id,
                    first_name=user.first_name,
                    last_name=user.last_name,
                    username=user.username,
                    language_code=user.language_code,
                    private_chat_id=chat.id if chat and chat.type == "private" else None,
                ),
                self._storage.key_name(dialog.key) if dialog else None,
                reader=self._reader,
            )
            if dialog is not None:
                self._storage.prime(unit, dialog.key, context.dialog_state, context.dialog_data)
            # The first read stands on its own (and recording a first contact or a
            # change Telegram reported with it): end its transaction now, so the update
            # holds no pooled connection and no SQLite write lock across the handler's
            # Telegram calls unless the handler itself uses the database. After reads
            # alone the commit costs SQLite nothing (sqlite_dialect.py); on PostgreSQL it
            # replaces the commit the update would make at the end. Under 100 users at
            # once the pool (20 + 30) no longer runs dry (docs/performance.md).
            await unit.commit()
            data["athlete"] = athlete
            language = athlete.language
        data["t"] = self._catalogs.translator(language)
        return await handler(event, data)
