"""aiogram FSM storage on our database, so dialogs survive restarts and span workers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    BaseStorage,
    DefaultKeyBuilder,
    KeyBuilder,
    StateType,
    StorageKey,
)
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.storage.repositories import DialogStateRepository
from bot.storage.unit_of_work import joined_or_new


class DatabaseStorage(BaseStorage):
    """Dialog state rows in ``dialog_states``.

    Inside an update the writes join the update's transaction (see
    ``bot.storage.unit_of_work``); outside one (aiogram reads the state before our
    session middleware runs) each call is a short transaction of its own.
    """

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        clock: Clock,
        key_builder: KeyBuilder | None = None,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._keys = key_builder or DefaultKeyBuilder(with_bot_id=True, with_destiny=True)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        name = state.state if isinstance(state, State) else state
        async with joined_or_new(self._factory) as session:
            await DialogStateRepository(session).set_state(
                self._keys.build(key), name, now=self._clock.now()
            )

    async def get_state(self, key: StorageKey) -> str | None:
        async with joined_or_new(self._factory) as session:
            state, _ = await DialogStateRepository(session).get(self._keys.build(key))
        return state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        async with joined_or_new(self._factory) as session:
            await DialogStateRepository(session).set_data(
                self._keys.build(key), dict(data), now=self._clock.now()
            )

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        async with joined_or_new(self._factory) as session:
            _, data = await DialogStateRepository(session).get(self._keys.build(key))
        return data

    async def close(self) -> None:
        """The engine belongs to the application, which disposes of it."""
