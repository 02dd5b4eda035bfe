"""aiogram FSM storage on our database, so dialogs survive restarts and span workers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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
from bot.storage import unit_of_work
from bot.storage.repositories import DialogStateRepository
from bot.storage.unit_of_work import UnitOfWork

_SCRATCH = "fsm"


@dataclass
class _Dialog:
    """One key's state and data as this unit of work sees them."""

    state: str | None
    data: dict[str, Any]
    dirty: set[str] = field(default_factory=set)  # "state", "data"


class DatabaseStorage(BaseStorage):
    """Dialog state rows in ``dialog_states``.

    Inside a unit of work (every update) a key is read once, later reads come from that
    copy, and changes are written once just before the commit, in the same transaction
    as the handler's changes. Outside one, each call is a short transaction of its own.
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

    async def get_state(self, key: StorageKey) -> str | None:
        return (await self._dialog(key)).state

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        return dict((await self._dialog(key)).data)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        name = state.state if isinstance(state, State) else state
        await self._change(key, "state", name)

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._change(key, "data", dict(data))

    async def close(self) -> None:
        """The engine belongs to the application, which disposes of it."""

    def key_name(self, key: StorageKey) -> str:
        return self._keys.build(key)

    def prime(
        self, unit: UnitOfWork, key: StorageKey, state: str | None, data: dict[str, Any]
    ) -> None:
        """Hand this unit of work a key's state already read (with the athlete, in one
        query), so aiogram's read of it costs nothing."""
        dialogs: dict[str, _Dialog] = unit.scratch.setdefault(_SCRATCH, {})
        dialogs.setdefault(self._keys.build(key), _Dialog(state, dict(data)))

    async def _dialog(self, key: StorageKey) -> _Dialog:
        name = self._keys.build(key)
        unit = unit_of_work.current()
        if unit is None:
            async with self._factory() as session:
                state, data = await DialogStateRepository(session).get(name)
            return _Dialog(state, data)
        dialogs: dict[str, _Dialog] = unit.scratch.setdefault(_SCRATCH, {})
        if name not in dialogs:
            state, data = await DialogStateRepository(unit.session).get(name)
            dialogs[name] = _Dialog(state, data)
        return dialogs[name]

    async def _change(self, key: StorageKey, part: str, value: Any) -> None:
        unit = unit_of_work.current()
        if unit is None:
            async with unit_of_work.transaction(self._factory):
                await self._change(key, part, value)
            return
        dialog = await self._dialog(key)
        setattr(dialog, part, value)
        dialog.dirty.add(part)
        unit.before_commit[_SCRATCH] = lambda session: self._write(unit, session)

    async def _write(self, unit: UnitOfWork, session: AsyncSession) -> None:
        repository = DialogStateRepository(session)
        now = self._clock.now()
        dialogs: dict[str, _Dialog] = unit.scratch.get(_SCRATCH, {})
        for name, dialog in dialogs.items():
            if dialog.dirty:
                await repository.put(name, dialog.state, dialog.data, now=now)
                dialog.dirty.clear()
