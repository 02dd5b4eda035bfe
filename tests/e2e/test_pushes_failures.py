"""Pushes when things go wrong: a sender killed mid-fan-out, two senders at once, 429
storms, 5xx errors, people who blocked the bot, downtime. Nothing lost, nothing doubled."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import time, timedelta

import pytest
from sqlalchemy import event, select

from bot.coach.services.deliveries import DeliveryService
from bot.coach.services.erasure import ErasureService
from bot.domain.athletes import Athlete, AthleteStatus
from bot.domain.deliveries import DeliveryStatus, OutgoingMessage, PauseReason
from bot.jobs.limiter import Rate, SendBudget, SendRates
from bot.jobs.sender import DeliverySender, SenderConfig
from bot.jobs.transport import PushTransport, TelegramTransport
from bot.sandbox.emulator import User
from bot.storage.db import create_engine, make_session_factory
from bot.storage.models import AthleteRow
from bot.storage.unit_of_work import transaction
from tests.e2e.test_pushes import WEEK_START, PushWorld, open_world

BRIEF_AT = WEEK_START.replace(hour=6, minute=30) + timedelta(days=1)  # UTC athletes


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[PushWorld]:
    async with open_world(database_url) as opened:
        yield opened


class SimulatedCrash(Exception):
    """The process dies here: the sender records nothing about the send in progress."""


class DiesAfter:
    """The real transport, until the process dies just before its ``n``-th send."""

    def __init__(self, inner: PushTransport, sends: int) -> None:
        self._inner = inner
        self._left = sends

    async def send(self, chat_id: int, message: OutgoingMessage, delivery_id: int) -> int:
        if self._left == 0:
            raise SimulatedCrash
        self._left -= 1
        return await self._inner.send(chat_id, message, delivery_id)


async def crowd(world: PushWorld, count: int) -> list[User]:
    people = [world.person(f"P{i}") for i in range(count)]
    for person in people:
        await world.athlete(person)
    return people


async def due_now(world: PushWorld) -> int:
    world.clock.set(BRIEF_AT)
    return await world.tick()


def assert_one_each(world: PushWorld, people: list[User]) -> None:
    counts = {person.first_name: len(world.briefs(person)) for person in people}
    assert set(counts.values()) == {1}, counts


async def test_a_sender_killed_mid_fan_out_loses_and_doubles_nothing(world: PushWorld) -> None:
    """The sender dies before its 14th send. Sends already on the wire finish and are
    recorded; rows it had claimed but not sent stay claimed until the lease runs out, then
    a new sender (after a restart) sends them."""
    people = await crowd(world, 40)
    assert await due_now(world) == 40
    config = SenderConfig(concurrency=4)
    doomed = world.sender(
        transport=DiesAfter(TelegramTransport(world.app.push_bot), 13), config=config
    )
    with pytest.raises(SimulatedCrash):
        await doomed.drain()
    rows = await world.rows()
    sent = [r for r in rows if r.status == DeliveryStatus.SENT]
    stuck = [r for r in rows if r.status == DeliveryStatus.SENDING]
    assert len(sent) == sum(len(world.briefs(p)) for p in people) >= 13
    assert stuck  # claimed by the dead sender, never sent

    restarted = world.sender(config=config)
    early = await restarted.drain()  # the dead sender's claims still hold
    assert early.sent == 40 - len(sent) - len(stuck)
    world.clock.advance(config.lease)
    late = await restarted.drain()
    assert late.sent == len(stuck)
    assert_one_each(world, people)
    assert {r.status for r in await world.rows()} == {DeliveryStatus.SENT}


async def test_two_senders_at_once_never_take_the_same_row(
    world: PushWorld, database_url: str
) -> None:
    """Each sender has its own engine (as two processes would) and half the bot's rate
    (docs/architecture.md, "Scale"). On PostgreSQL the claim is FOR UPDATE SKIP LOCKED;
    on SQLite one UPDATE … RETURNING under the write lock."""
    people = await crowd(world, 60)
    assert await due_now(world) == 60
    other_engine = create_engine(database_url)
    half = SendRates(overall=Rate(12.5, burst=2.5))
    try:
        first = world.sender(rates=half)
        second = world.sender(session_factory=make_session_factory(other_engine), rates=half)
        one, two = await asyncio.gather(first.drain(), second.drain())
    finally:
        await other_engine.dispose()
    assert set(one.claimed_ids).isdisjoint(two.claimed_ids)
    assert one.sent + two.sent == 60
    assert one.sent > 0 and two.sent > 0
    assert_one_each(world, people)


async def test_a_send_slower_than_the_lease_keeps_its_row_from_a_second_sender(
    world: PushWorld, database_url: str
) -> None:
    """The interleaving that sent a brief twice (issue 17): sender A's request is on the
    wire (held by the emulator) for longer than A's whole lease. A renews its claim while
    it waits, so sender B, on its own engine as another process, finds nothing due when
    A's first lease has run out; A's answer comes and A records the brief, sent once.
    (Before: A sent without renewing and B claimed and sent the row again.)"""
    ann = world.person("Ann")
    await world.athlete(ann)
    assert await due_now(world) == 1
    config = SenderConfig(lease=timedelta(seconds=30))
    other_engine = create_engine(database_url)
    try:
        first = world.sender(config=config)
        second = world.sender(session_factory=make_session_factory(other_engine), config=config)
        on_the_wire = world.emulator.hold_next("sendMessage")
        sending = asyncio.ensure_future(first.drain())
        await on_the_wire.arrived.wait()
        (claimed,) = await world.rows()
        renewed = asyncio.Event()  # A writes nothing else while its request is held
        # (the event is set as the renewal's UPDATE runs, before it commits: the claim
        # below then waits for it on SQLite's write lock, or skips the locked row on PG)

        def on_statement(_conn: object, _cursor: object, statement: str, *_: object) -> None:
            if statement.startswith("UPDATE deliveries"):
                renewed.set()

        event.listen(world.app.engine.sync_engine, "after_cursor_execute", on_statement)
        for _ in range(3):  # half the lease at a time: A's renewal runs each time
            renewed.clear()
            world.clock.advance(timedelta(seconds=15))
            async with asyncio.timeout(10):
                await renewed.wait()
        event.remove(world.app.engine.sync_engine, "after_cursor_execute", on_statement)
        assert world.clock.now() > claimed.next_attempt_at  # the first lease is long over

        meanwhile = await second.drain()

        assert meanwhile.claimed_ids == [] and world.briefs(ann) == []
        on_the_wire.release()
        report = await sending
    finally:
        await other_engine.dispose()
    assert (report.sent, report.lost) == (1, 0)
    assert len(world.briefs(ann)) == 1
    (row,) = await world.rows()
    assert (row.status, row.claim_token) == (DeliveryStatus.SENT, first.token)


async def test_a_429_storm_pauses_every_send_and_loses_nothing(world: PushWorld) -> None:
    people = await crowd(world, 30)
    await due_now(world)
    world.emulator.storm_429(count=12, retry_after=3)
    sender = world.sender()
    report = await sender.drain()
    assert report.sent == 30
    assert report.flood_waits >= 1
    assert_one_each(world, people)


async def test_a_long_flood_pause_hands_rows_back_for_later(world: PushWorld) -> None:
    people = await crowd(world, 5)
    await due_now(world)
    world.emulator.storm_429(count=1, retry_after=300)
    sender = world.sender(config=SenderConfig(concurrency=1, max_hold_seconds=60))
    first = await sender.drain()
    assert first.released >= 1 and first.sent < 5
    world.clock.advance(300)
    second = await sender.drain()
    assert first.sent + second.sent == 5
    assert_one_each(world, people)
    rows = await world.rows()
    assert max(r.attempts for r in rows) == 1  # a flood pause is not a failed attempt


async def test_5xx_errors_are_retried_with_backoff_and_the_last_failure_is_kept(
    world: PushWorld,
) -> None:
    people = await crowd(world, 3)
    await due_now(world)
    world.emulator.fail_next("sendMessage", status=502, count=4)
    sender = world.sender(config=SenderConfig(concurrency=1))
    report = await sender.drain()
    assert report.retried >= 1
    for _ in range(10):
        world.clock.advance(timedelta(minutes=3))
        report.add(await sender.drain())
    assert_one_each(world, people)
    rows = await world.rows()
    assert {r.status for r in rows} == {DeliveryStatus.SENT}
    assert sum(r.attempts for r in rows) == 3 + 4
    # A chat Telegram keeps failing for: tried max_attempts times, then failed with the error.
    stubborn = world.person("Stubborn")
    await world.athlete(stubborn, brief_time=time(7, 0))
    world.clock.set(BRIEF_AT.replace(hour=7))
    await world.tick()
    world.emulator.fail_next("sendMessage", status=500, count=100)
    for _ in range(8):
        await sender.drain()
        world.clock.advance(timedelta(minutes=11))
    (row,) = [r for r in await world.rows() if r.chat_id == stubborn.id]
    assert row.status == DeliveryStatus.FAILED
    assert row.attempts == SenderConfig().max_attempts
    assert row.error is not None and "Internal Server Error" in row.error
    assert world.briefs(stubborn) == []


async def test_someone_who_blocked_the_bot_is_marked_and_not_pushed_again(
    world: PushWorld,
) -> None:
    people = await crowd(world, 3)
    gone = people[1]
    world.account.user_blocks_bot(gone)
    await due_now(world)
    report = await world.sender().drain()
    assert (report.sent, report.blocked) == (2, 1)
    async with world.app.session_factory() as session:
        row = await session.scalar(select(AthleteRow).where(AthleteRow.telegram_id == gone.id))
    assert row is not None and row.status == AthleteStatus.BLOCKED
    (failed,) = [r for r in await world.rows() if r.status == DeliveryStatus.FAILED]
    assert failed.chat_id == gone.id and "blocked" in (failed.error or "")
    world.clock.advance(timedelta(days=1))
    assert await world.tick() == 2  # tomorrow: the other two only


async def test_after_downtime_late_briefs_go_and_too_late_ones_expire(
    world: PushWorld, caplog: pytest.LogCaptureFixture
) -> None:
    early = world.person("Early")
    late = world.person("Late")
    await world.athlete(early, brief_time=time(5, 0))
    await world.athlete(late, brief_time=time(7, 0))
    world.clock.set(BRIEF_AT.replace(hour=4))
    await world.tick()
    world.clock.set(BRIEF_AT.replace(hour=8, minute=30))  # down from 04:00 to 08:30
    with caplog.at_level(logging.WARNING):
        await world.tick()
        report = await world.sender().drain()
    assert report.sent == 1
    assert world.briefs(early) == [] and len(world.briefs(late)) == 1
    statuses = {r.chat_id: r.status for r in await world.rows()}
    assert statuses == {early.id: DeliveryStatus.EXPIRED, late.id: DeliveryStatus.SENT}
    assert "dropped" in caplog.text


async def test_a_pause_between_tick_and_send_skips_the_brief(world: PushWorld) -> None:
    ann = world.person("Ann")
    athlete = await world.athlete(ann)
    await due_now(world)
    async with transaction(world.app.session_factory) as session:
        await DeliveryService(session, world.clock).pause(athlete, PauseReason.ILLNESS)
    report = await world.sender().drain()
    assert (report.sent, report.skipped) == (0, 1)
    (row,) = await world.rows()
    assert (row.status, row.error) == (DeliveryStatus.SKIPPED, "athlete paused")


class ErasedWhileWaiting(SendBudget):
    """The athlete erases their data while the sender waits for a send token (after it
    claimed and composed their brief)."""

    def __init__(self, world: PushWorld, athlete: Athlete) -> None:
        super().__init__(world.clock)
        self._world, self._athlete = world, athlete
        self.erased = False

    async def acquire(self, chat_id: int, *, group: bool, max_pause: float) -> bool:
        if not self.erased:
            self.erased = True
            async with transaction(self._world.app.session_factory) as session:
                await ErasureService(session, self._world.clock).erase(self._athlete)
        return await super().acquire(chat_id, group=group, max_pause=max_pause)


async def test_an_athlete_who_erased_their_data_after_the_claim_gets_nothing(
    world: PushWorld,
) -> None:
    ann = world.person("Ann")
    athlete = await world.athlete(ann)
    await due_now(world)
    budget = ErasedWhileWaiting(world, athlete)
    sender = DeliverySender(
        world.app.session_factory,
        world.clock,
        TelegramTransport(world.app.push_bot),
        world.app.catalogs,
        budget=budget,
    )

    report = await sender.drain()

    assert budget.erased
    assert (report.sent, report.skipped) == (0, 1)
    assert world.briefs(ann) == []
    assert await world.rows() == []  # the outbox row went with everything else
