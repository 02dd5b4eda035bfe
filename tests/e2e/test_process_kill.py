"""SIGKILL the real process — ``python -m bot run`` in a child process — mid fan-out, mid
upload and mid onboarding answer, restart it, and count.

The morning fan-out: a few hundred athletes are due a brief now (real time: the child
runs on the system clock). The process is killed twice while it sends, and restarted.
Every athlete gets the brief (none lost); a brief arrives twice only for a row that was
in flight at a kill (claimed, its outcome not yet recorded: at most the sender's
in-flight limit, 8), and the duplicates are counted and reported. The upload and the
onboarding answer are killed while their reply is on the wire, before the update's
commit: nothing of them is in the database afterwards, and done again they are stored
once, whole.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import ManualClock, SystemClock
from bot.domain.deliveries import DeliveryKind, DeliveryStatus
from bot.i18n import Catalogs
from bot.jobs.sender import SenderConfig
from bot.jobs.tick import BriefTick
from bot.sandbox.emulator import BotApiEmulator, EmulatedBot, FloodLimits, User
from bot.storage.db import create_engine, make_session_factory
from bot.storage.models import (
    ActivityFileChunkRow,
    ActivityFileRow,
    ActivityRow,
    DeliveryRow,
    DialogStateRow,
)
from tests.conftest import FIXTURES
from tests.e2e.bot_process import LEASE_SECONDS, BotProcess, polling, process_emulator
from tests.integration.test_deliveries import seed_athlete

pytestmark = pytest.mark.e2e
log = logging.getLogger(__name__)

ATHLETES = 200
KILL_AFTER = (40, 110)  # briefs seen by the emulator when each kill comes
IN_FLIGHT = SenderConfig().concurrency
EN = Catalogs.load().translator("en")


@dataclass
class World:
    emulator: BotApiEmulator
    account: EmulatedBot
    factory: async_sessionmaker[AsyncSession]
    database_url: str
    workdir: Path
    processes: list[BotProcess]

    async def start(self) -> BotProcess:
        process = await BotProcess.start(
            self.emulator, self.database_url, self.workdir, name=f"bot{len(self.processes)}"
        )
        self.processes.append(process)
        await polling(self.emulator, self.account, process)
        return process

    async def rows(self, status: DeliveryStatus | None = None) -> list[DeliveryRow]:
        """The morning briefs (yesterday's evening reminders were scheduled expired)."""
        async with self.factory() as session:
            statement = (
                select(DeliveryRow)
                .where(DeliveryRow.kind == DeliveryKind.MORNING_BRIEF.value)
                .order_by(DeliveryRow.id)
            )
            if status is not None:
                statement = statement.where(DeliveryRow.status == status.value)
            return list(await session.scalars(statement))

    async def count(self, model: type) -> int:
        async with self.factory() as session:
            return int(await session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
async def world(database_url: str, tmp_path: Path) -> AsyncIterator[World]:
    emulator, account = process_emulator()
    await emulator.start()
    engine = create_engine(database_url)
    opened = World(emulator, account, make_session_factory(engine), database_url, tmp_path, [])
    try:
        yield opened
    finally:
        for process in opened.processes:
            await process.stop()
        await emulator.stop()
        await engine.dispose()


def open_chats(world: World, count: int) -> list[User]:
    """People who started the bot (so it may write to them), their /start not delivered."""
    people = [world.emulator.add_user(f"P{i}", username=f"p{i}") for i in range(count)]
    for person in people:
        world.account.user_sends_text(person, "/start")
    world.account.updates.drop_all()
    return people


async def briefs_seen(world: World, people: list[User], at_least: int) -> None:
    """Until the emulator holds ``at_least`` bot messages in these chats."""
    async with asyncio.timeout(180):
        while sum(len(world.account.bot_messages(p)) for p in people) < at_least:
            await world.account.wait_for_bot_activity(kinds=["message"], timeout=None)


async def whole_uploads(world: World, size: int) -> int:
    """How many times the upload is stored: activities, files and chunks agree, and
    every stored file has all its bytes."""
    async with world.factory() as session:
        files = (await session.scalars(select(ActivityFileRow))).all()
        chunks = sum((await session.scalars(select(func.length(ActivityFileChunkRow.data)))).all())
    activities = await world.count(ActivityRow)
    assert activities == len(files)  # the file holds one activity
    assert all(stored.size_bytes == size for stored in files)
    assert chunks == size * len(files)
    return activities


async def settled(world: World, person: User) -> None:
    """Until the person's earlier updates have committed: the bot runs one update per
    chat at a time, so the answer to a /help sent now comes after their commit."""
    since = world.account.mark()
    world.account.user_sends_text(person, "/help")
    async with asyncio.timeout(180):
        while not any(
            (m.text or "").startswith("What I can do")
            for m in world.account.bot_messages(person)
            if m.seq > since
        ):
            await world.account.wait_for_bot_activity(
                person, since=world.account.mark(), kinds=["message"], timeout=None
            )


async def test_sigkill_mid_fan_out_loses_no_brief_and_doubles_only_what_was_in_flight(
    world: World, record_property: pytest.RecordProperty
) -> None:
    people = open_chats(world, ATHLETES)
    now = SystemClock().now()
    # Onboarded yesterday, briefs at the last whole minute: due now, on the child's clock.
    yesterday = ManualClock(now - timedelta(days=1))
    brief_time = (now - timedelta(minutes=1)).time().replace(second=0, microsecond=0)
    for person in people:
        await seed_athlete(world.factory, yesterday, person.id, brief_time=brief_time)
    assert (await BriefTick(world.factory, SystemClock())(now)).scheduled == ATHLETES

    in_flight: list[set[int]] = []  # the chats whose rows were claimed, unrecorded, at a kill
    for kill_after in KILL_AFTER:
        process = await world.start()
        await briefs_seen(world, people, kill_after)
        await process.kill()
        held = {row.chat_id for row in await world.rows(DeliveryStatus.SENDING)}
        assert len(held) <= IN_FLIGHT
        in_flight.append(held)

    last = await world.start()  # the held rows come back when their lease runs out
    async with asyncio.timeout(180):
        while len(await world.rows(DeliveryStatus.SENT)) < ATHLETES:
            # A row is marked sent just after its message: look again at each message,
            # and at least every second (the last mark has no message after it).
            with contextlib.suppress(TimeoutError):
                await world.account.wait_for_bot_activity(kinds=["message"], timeout=1)
    await last.stop()

    counts = {p.id: len(world.account.bot_messages(p)) for p in people}
    doubled = {chat for chat, count in counts.items() if count > 1}
    duplicates = sum(count - 1 for count in counts.values())
    record_property("duplicate_briefs", duplicates)
    log.warning("fan-out killed twice: %d duplicate briefs (%s)", duplicates, sorted(doubled))
    assert min(counts.values()) == 1  # not one brief lost
    assert doubled <= set().union(*in_flight)  # a duplicate was in flight at a kill
    assert duplicates <= IN_FLIGHT * len(KILL_AFTER)
    assert max(counts.values()) <= 2
    assert {row.status for row in await world.rows()} == {DeliveryStatus.SENT.value}


async def test_sigkill_mid_onboarding_answer_and_mid_upload_leaves_nothing_half_written(
    world: World,
) -> None:
    ann, bo = open_chats(world, 2)
    await seed_athlete(world.factory, ManualClock(SystemClock().now()), bo.id)  # onboarded
    await world.start()
    world.account.user_sends_text(ann, "/start")
    first = await world.account.wait_for_bot_message(ann, timeout=60)
    world.account.user_presses_button(ann, first, EN("ob-opt-sports-run"))
    await world.account.wait_for_bot_activity(ann, kinds=["callback_answer"], timeout=30)
    await settled(world, ann)
    async with world.factory() as session:
        before = (await session.scalars(select(DialogStateRow))).one()
        saved = (before.state, dict(before.data))

    # An onboarding answer killed while its next question is on the wire.
    next_question = world.emulator.hold_next("sendMessage", chat_id=ann.id)
    world.account.user_presses_button(ann, first, EN("ob-btn-done"))
    async with asyncio.timeout(180):
        await next_question.arrived.wait()
    await world.processes[-1].kill()
    next_question.release()
    async with world.factory() as session:
        after = (await session.scalars(select(DialogStateRow))).one()
    assert (after.state, dict(after.data)) == saved  # the answer was not half taken

    # Restarted, the dialog is where it was: /start offers to continue it.
    await world.start()
    since = world.account.mark()
    world.account.user_sends_text(ann, "/start")
    offer = await world.account.wait_for_bot_message(ann, since=since, timeout=60)
    assert EN("ob-btn-continue") in offer.button_texts

    # An upload killed while its card is on the wire: the upload is all there or not
    # at all, never an activity without its file or a file short of chunks.
    content = (FIXTURES / "activity-small-fenix2-run.fit").read_bytes()
    card = world.emulator.hold_next("sendMessage", chat_id=bo.id)
    world.account.user_sends_document(bo, "run.fit", content, "application/octet-stream")
    async with asyncio.timeout(180):
        await card.arrived.wait()
    await world.processes[-1].kill()
    card.release()
    assert await whole_uploads(world, len(content)) in (0, 1)

    # Sent again after the restart, it is stored once, whole.
    await world.start()
    since = world.account.mark()
    world.account.user_sends_document(bo, "run.fit", content, "application/octet-stream")
    await world.account.wait_for_bot_message(bo, since=since, timeout=60)
    await settled(world, bo)
    assert await whole_uploads(world, len(content)) == 1


async def test_two_sender_processes_with_short_leases_never_both_send_a_row(
    world: World, record_property: pytest.RecordProperty
) -> None:
    """Two real processes share the outbox, with 5 s leases. The first send of the fan-out
    meets a 429 asking for 30 s: its process holds its claimed rows through the pause,
    their leases run out, and the other process claims and sends them. When the pause
    ends, the first process finds its claims taken (the row carries the other's token)
    and sends none of them: every athlete gets one brief, not two.

    Under CPU load a send can also outlast the rest of a 5 s lease; each sender renews
    its claim just before a send and while the request is on the wire, so the other
    process finds nothing due (issue 17: a clean-clone CI run sent one row twice when a
    send started with half a lease left and no renewal)."""
    world.emulator.limits = FloodLimits.off()  # each process keeps to its own budget
    people = open_chats(world, ATHLETES)
    first = await world.start()
    second = await world.start()  # the two now take turns at getUpdates (409): harmless

    now = SystemClock().now()
    yesterday = ManualClock(now - timedelta(days=1))
    brief_time = (now - timedelta(minutes=1)).time().replace(second=0, microsecond=0)
    for person in people:
        await seed_athlete(world.factory, yesterday, person.id, brief_time=brief_time)
    # Long enough for the other process to finish its share, poll again (every 5 s) and
    # find the held rows' leases run out; short of the 60 s after which rows go back.
    world.emulator.fail_next("sendMessage", 429, retry_after=6 * LEASE_SECONDS)
    # The processes tick every minute too: when seeding crossed one (a loaded machine),
    # they scheduled some of the rows first, and this tick inserts the rest.
    await BriefTick(world.factory, SystemClock())(now)
    assert len(await world.rows()) == ATHLETES

    async with asyncio.timeout(180):
        while len(await world.rows(DeliveryStatus.SENT)) < ATHLETES:
            with contextlib.suppress(TimeoutError):
                await world.account.wait_for_bot_activity(kinds=["message"], timeout=1)
    for process in (first, second):
        await process.stop()
    counts = {p.id: len(world.account.bot_messages(p)) for p in people}
    assert set(counts.values()) == {1}, {chat: n for chat, n in counts.items() if n != 1}
    # Whether the race happened is reported, not asserted (it depends on the other
    # process polling within the pause); with the renewal before a send removed, runs
    # doubled the held rows (checked).
    taken = (first.output() + second.output()).count("another sender holds the row")
    record_property("claims_taken_over", taken)
    log.warning("two senders: %d claims found taken over after the pause", taken)
