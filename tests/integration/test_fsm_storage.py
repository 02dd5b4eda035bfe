"""Dialog state lives in the database: it survives a restart and joins the update's
transaction."""

from __future__ import annotations

import pytest
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import ManualClock
from bot.storage.db import create_engine, make_session_factory
from bot.storage.models import DialogStateRow
from bot.storage.unit_of_work import transaction
from bot.telegram.fsm_storage import DatabaseStorage


class Onboarding(StatesGroup):
    sports = State()
    goal = State()


KEY = StorageKey(bot_id=42, chat_id=1001, user_id=1001)


async def test_state_and_data_survive_a_new_engine(database_url: str) -> None:
    """A restart builds a new engine and storage; the dialog is where it was."""
    first_engine = create_engine(database_url)
    storage = DatabaseStorage(make_session_factory(first_engine), ManualClock())
    await storage.set_state(KEY, Onboarding.goal)
    await storage.set_data(KEY, {"sports": ["run", "bike"], "step": 2, "note": "Ёлка"})
    await first_engine.dispose()

    second_engine = create_engine(database_url)
    restarted = DatabaseStorage(make_session_factory(second_engine), ManualClock())
    assert await restarted.get_state(KEY) == "Onboarding:goal"
    assert await restarted.get_data(KEY) == {"sports": ["run", "bike"], "step": 2, "note": "Ёлка"}
    assert await restarted.get_state(StorageKey(bot_id=42, chat_id=7, user_id=7)) is None
    await second_engine.dispose()


async def test_update_data_merges_and_clear_removes_the_row(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    storage = DatabaseStorage(session_factory, ManualClock())
    await storage.set_state(KEY, Onboarding.sports)
    merged = await storage.update_data(KEY, {"a": 1})
    merged = await storage.update_data(KEY, {"b": 2})
    assert merged == {"a": 1, "b": 2}
    await storage.set_state(KEY, None)
    await storage.set_data(KEY, {})
    async with session_factory() as session:
        rows = await session.scalar(select(func.count()).select_from(DialogStateRow))
    assert rows == 0


async def test_writes_join_the_update_transaction_and_roll_back_with_it(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    storage = DatabaseStorage(session_factory, ManualClock())
    await storage.set_state(KEY, Onboarding.sports)
    with pytest.raises(RuntimeError, match="handler failed"):
        async with transaction(session_factory):
            await storage.set_state(KEY, Onboarding.goal)
            # Inside the transaction the new state is visible...
            assert await storage.get_state(KEY) == "Onboarding:goal"
            raise RuntimeError("handler failed")
    # ...and after the failure it is gone: the athlete repeats the step, nothing is skipped.
    assert await storage.get_state(KEY) == "Onboarding:sports"


async def test_keys_separate_bots_chats_users_and_destinies(engine: AsyncEngine) -> None:
    storage = DatabaseStorage(make_session_factory(engine), ManualClock())
    keys = [
        StorageKey(bot_id=1, chat_id=10, user_id=10),
        StorageKey(bot_id=2, chat_id=10, user_id=10),
        StorageKey(bot_id=1, chat_id=-500, user_id=10),
        StorageKey(bot_id=1, chat_id=10, user_id=10, destiny="checkin"),
    ]
    for index, key in enumerate(keys):
        await storage.set_data(key, {"i": index})
    assert [await storage.get_data(key) for key in keys] == [{"i": i} for i in range(4)]


async def test_inside_an_update_state_is_read_once_and_written_once_at_commit(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Dialog writes wait for the commit: SQLite's write lock is not held across the
    handler's Telegram calls, and other transactions see nothing until then."""
    storage = DatabaseStorage(session_factory, ManualClock())
    async with transaction(session_factory):
        await storage.set_state(KEY, Onboarding.sports)
        await storage.update_data(KEY, {"sports": ["run"]})
        await storage.set_state(KEY, Onboarding.goal)
        assert await storage.get_state(KEY) == "Onboarding:goal"
        assert await storage.get_data(KEY) == {"sports": ["run"]}
        async with session_factory() as other:
            assert await other.get(DialogStateRow, "fsm:42:1001:1001:default") is None
    async with session_factory() as session:
        row = await session.get(DialogStateRow, "fsm:42:1001:1001:default")
        assert row is not None
        assert (row.state, row.data) == ("Onboarding:goal", {"sports": ["run"]})
