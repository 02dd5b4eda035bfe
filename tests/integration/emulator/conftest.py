"""Fixtures: a running emulator on 127.0.0.1, a bot registered with it, two users,
a real aiogram ``Bot`` pointed at it, and a raw aiohttp client for requests aiogram
would refuse to build.

Flood limits are off here so that tests about other rules can send freely; the flood
tests switch them on. Time is a ``ManualClock`` the tests move.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiogram import Bot

from bot.clock import ManualClock
from bot.sandbox.emulator import (
    BotApiEmulator,
    EmulatedBot,
    FloodLimits,
    User,
    emulator_bot,
)
from tests.integration.emulator.raw_api import RawApi

TOKEN = "123456:ABC-DEF"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def emu(clock: ManualClock) -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator(clock=clock, limits=FloodLimits.off())
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture
def tempo(emu: BotApiEmulator) -> EmulatedBot:
    return emu.add_bot(TOKEN, "tempo_test_bot", "Tempo")


@pytest.fixture
def ann(emu: BotApiEmulator) -> User:
    return emu.add_user("Ann", username="ann_runs")


@pytest.fixture
def bob(emu: BotApiEmulator) -> User:
    return emu.add_user("Bob", "Rider", username="bob_rides", language_code="de")


@pytest.fixture
async def bot(emu: BotApiEmulator, tempo: EmulatedBot) -> AsyncIterator[Bot]:
    api_bot = emulator_bot(emu.api_server, tempo.token)
    yield api_bot
    await api_bot.session.close()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def raw(http: aiohttp.ClientSession, emu: BotApiEmulator, tempo: EmulatedBot) -> RawApi:
    return RawApi(http, emu.base_url, tempo.token)
