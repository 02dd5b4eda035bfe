"""The sender: drains the delivery outbox under Telegram's limits.

Each pass expires what is too late, claims due rows atomically (several workers may run
at once: they never take the same row), composes each push with fresh data, waits for a
token from the :class:`SendBudget`, sends, and records the outcome in its own short
transaction.

A claim is a lease with an owner: the row carries this sender's token and the lease's
end, and only this sender can renew it or record its outcome (each is a conditional
``UPDATE`` on the token). Per row the order is: claim -> compose -> wait for the budget
-> **take the turn** -> send -> record. Taking the turn is one transaction right before
the request: the erasure tombstone is read and the claim is renewed for a whole lease
from now; if the renewal changes nothing, the lease had run out and another sender
claimed the row, so this one drops it unsent. While the request is on the wire the claim
is renewed every third of a lease, so however long the send takes, no other sender can
claim the row before it is answered. Two senders therefore never both send a row while
they keep running; a sender frozen (not killed) for most of a lease mid-send is the one
case left, logged when its renewal finds the row taken.

An earlier version sent without a renewal while half the lease was left and did not
renew during the send: a send that outlasted the rest of the lease (a CPU-starved process
on 5 s test leases) let the other sender claim and send the same row.

A row whose sender died mid-way is taken again when its lease runs out. Delivery is
therefore at least once in one narrow case — the process dies (or its request times out)
after Telegram accepted a message and before the row was marked sent (Telegram has no
idempotency key to ask with) — and exactly once otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.coach.briefs.note import BriefNotesFactory, no_notes
from bot.coach.briefs.sources import BriefSourcesFactory, nothing_yet
from bot.coach.services.coach_digest import DigestWords
from bot.coach.services.deliveries import DeliveryService, Skip, Turn
from bot.coach.services.group_schedule import GroupWords
from bot.domain.deliveries import Delivery, OutgoingMessage
from bot.i18n import Catalogs
from bot.jobs.limiter import SendBudget
from bot.jobs.transport import (
    FloodWaitError,
    PushError,
    PushTransport,
    RecipientGoneError,
    TransientPushError,
)
from bot.storage.unit_of_work import transaction

log = logging.getLogger(__name__)

# What ``_record`` runs inside its own transaction.
_Action = Callable[[DeliveryService], Awaitable[bool]]


@dataclass(frozen=True, slots=True)
class SenderConfig:
    # Sends in flight at once: enough to keep 25/s going over a ~100 ms round trip.
    concurrency: int = 8
    # How long a claim holds a row unless renewed (right before each send and every
    # third of it while a send is on the wire): how soon a dead sender's rows come back.
    lease: timedelta = timedelta(minutes=10)
    max_attempts: int = 5
    # Waits after the 1st, 2nd, … failed attempt (5xx, network).
    backoff: tuple[timedelta, ...] = (
        timedelta(seconds=10),
        timedelta(seconds=30),
        timedelta(minutes=2),
        timedelta(minutes=10),
    )
    # A flood pause longer than this hands claimed rows back rather than sit on them.
    max_hold_seconds: float = 60.0
    # How often an idle sender looks for due rows (the tick also wakes it).
    poll_seconds: float = 5.0

    def backoff_after(self, attempt: int) -> timedelta:
        return self.backoff[min(attempt, len(self.backoff)) - 1]


@dataclass
class DrainReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    blocked: int = 0
    skipped: int = 0
    expired: int = 0
    released: int = 0
    # Claims found taken by another sender (this one's lease ran out): not sent, or,
    # for a send already made, not recorded by this sender.
    lost: int = 0
    flood_waits: int = 0
    claimed_ids: list[int] = field(default_factory=list)

    def add(self, other: DrainReport) -> None:
        for name in (
            "sent",
            "retried",
            "failed",
            "blocked",
            "skipped",
            "expired",
            "released",
            "lost",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.flood_waits += other.flood_waits
        self.claimed_ids.extend(other.claimed_ids)


class DeliverySender:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        clock: Clock,
        transport: PushTransport,
        catalogs: Catalogs,
        *,
        budget: SendBudget | None = None,
        sources: BriefSourcesFactory = nothing_yet,
        notes: BriefNotesFactory = no_notes,
        config: SenderConfig | None = None,
        digest_words: DigestWords | None = None,
        group_words: GroupWords | None = None,
    ) -> None:
        self._digest_words = digest_words
        self._group_words = group_words
        self._factory = session_factory
        self._clock = clock
        self._transport = transport
        self._catalogs = catalogs
        self.budget = budget or SendBudget(clock)
        self._sources = sources
        self._notes = notes
        self.config = config or SenderConfig()
        # Names this sender's claims: a new one per sender (a restarted process is another).
        self.token = secrets.token_hex(16)
        self._wake = asyncio.Event()
        self._stopping = False

    # -- one pass ----------------------------------------------------------------------

    async def drain(self) -> DrainReport:
        """Send everything due now; returns when nothing due is left or in flight.

        If the pass is cancelled or a send task dies, the rest are cancelled too and their
        rows stay claimed until the lease runs out, as after a crash.
        """
        report = DrainReport()
        async with transaction(self._factory) as session:
            report.expired = len(await self._service(session).expire_overdue(self._clock.now()))
        in_flight: set[asyncio.Task[None]] = set()
        exhausted = False
        try:
            while True:
                free = self.config.concurrency - len(in_flight)
                if free > 0 and not exhausted and not self._stopping:
                    batch = await self._claim(free)
                    report.claimed_ids.extend(d.id for d in batch)
                    exhausted = not batch
                    for delivery in batch:
                        in_flight.add(asyncio.create_task(self._deliver(delivery, report)))
                if not in_flight:
                    return report
                done, in_flight = await asyncio.wait(
                    in_flight, return_when=asyncio.FIRST_COMPLETED
                )
                for task in done:
                    task.result()  # a crashed send crashes the pass (see the docstring)
                exhausted = False  # a finished send may have made room or time
        finally:
            for task in in_flight:
                task.cancel()
            for task in in_flight:
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def _claim(self, limit: int) -> list[Delivery]:
        async with transaction(self._factory) as session:
            now = self._clock.now()
            return await self._service(session).claim(
                now, limit=limit, lease=self.config.lease, token=self.token
            )

    async def _deliver(self, delivery: Delivery, report: DrainReport) -> None:
        prepared = await self._prepare(delivery, report)
        if prepared is None:
            return
        while True:
            if not await self.budget.acquire(
                delivery.chat_id, group=delivery.to_group, max_pause=self.config.max_hold_seconds
            ):
                await self._hand_back(delivery, report)
                return
            if not await self._take_turn(delivery, report):
                return
            # Once a request is on the wire, finish it and record the answer even if the
            # pass is cancelled (a stop, or a sibling task's crash): cancelling in between
            # would leave a sent message looking unsent, to be sent again after the lease.
            attempt = asyncio.ensure_future(self._send_once(delivery, prepared, report))
            try:
                done = await self._on_the_wire(delivery, attempt)
            except asyncio.CancelledError:
                with contextlib.suppress(Exception):
                    await attempt
                raise
            if done:
                return

    async def _take_turn(self, delivery: Delivery, report: DrainReport) -> bool:
        """Whether the send may start now: the athlete has not erased their data (checked
        last, after any wait for the budget: their outbox rows are gone with it) and the
        claim is still this sender's, renewed for a whole lease from now.

        The renewal is what keeps a second sender off the row while this one sends: it
        is a conditional ``UPDATE`` on this sender's token, so after a lease that ran out
        (a flood pause, a slow composition) and a claim by another sender it changes
        nothing, and this sender drops the row. A renewal that itself waited a third of a
        lease (a busy database) is made again, so a send starts with at least two thirds
        of a lease ahead of it."""
        since = self._clock.now() - self.config.lease - timedelta(minutes=1)
        while True:
            started = self._clock.now()
            async with transaction(self._factory) as session:
                turn = await self._service(session).take_turn(
                    delivery, lease_until=started + self.config.lease, erased_since=since
                )
            if turn is Turn.ERASED:
                log.info(
                    "%s %s: its athlete erased their data; not sent", delivery.kind, delivery.id
                )
                report.skipped += 1
                return False
            if turn is Turn.TAKEN:
                log.warning(
                    "%s %s: the claim ran out and another sender holds the row; not sent here",
                    delivery.kind,
                    delivery.id,
                )
                report.lost += 1
                return False
            if self._clock.now() - started < self.config.lease / 3:
                return True

    async def _on_the_wire(self, delivery: Delivery, attempt: asyncio.Future[bool]) -> bool:
        """The send's result, renewing the claim every third of a lease while the request
        is on the wire: a send slower than a lease (a slow network, a busy Telegram) keeps
        its row, and another sender cannot claim a row whose message may be going out.
        Only a process that stops running for most of a lease (frozen, not killed: a kill
        ends its requests) can lose a claim mid-send; that is logged."""
        every = self.config.lease / 3
        renewed_at = self._clock.now()  # by _take_turn, just before the send
        while True:
            # On schedule from the last renewal, however long the renewal itself took.
            wait = (renewed_at + every - self._clock.now()).total_seconds()
            with contextlib.suppress(TimeoutError):
                async with self._clock.timeout(max(0.0, wait)):
                    return await asyncio.shield(attempt)
            if attempt.done():  # the send itself timed out
                return attempt.result()
            renewed_at = self._clock.now()
            if not await self._renew(delivery) and not attempt.done():
                log.error(
                    "%s %s: the claim was lost while its send was on the wire; another "
                    "sender may send it too",
                    delivery.kind,
                    delivery.id,
                )

    async def _renew(self, delivery: Delivery) -> bool:
        lease_until = self._clock.now() + self.config.lease
        return await self._record(lambda s: s.renew(delivery, lease_until))

    async def _send_once(
        self, delivery: Delivery, prepared: OutgoingMessage, report: DrainReport
    ) -> bool:
        """One try; False when a 429 paused the budget and the same message should go
        again after the pause."""
        try:
            message_id = await self._transport.send(delivery.chat_id, prepared, delivery.id)
        except FloodWaitError as error:
            log.warning("flood control: pausing every send for %s s", error.retry_after)
            self.budget.pause(error.retry_after)
            report.flood_waits += 1
            return False
        except PushError as error:
            await self._refused(delivery, error, report)
            return True
        await self._sent(delivery, prepared, message_id, report)
        return True

    async def _sent(
        self, delivery: Delivery, message: OutgoingMessage, message_id: int, report: DrainReport
    ) -> None:
        if await self._record(lambda s: s.mark_sent(delivery, message, message_id)):
            report.sent += 1
        else:
            log.warning(
                "%s %s was sent, but another sender had claimed it meanwhile",
                delivery.kind,
                delivery.id,
            )
            report.lost += 1

    async def _hand_back(self, delivery: Delivery, report: DrainReport) -> None:
        at = self._clock.now() + timedelta(seconds=self.budget.paused_for())
        await self._record(lambda s: s.release(delivery, at))
        report.released += 1

    async def _refused(self, delivery: Delivery, error: PushError, report: DrainReport) -> None:
        reason = str(error)
        if isinstance(error, RecipientGoneError):
            await self._record(lambda s: s.recipient_gone(delivery, reason))
            report.blocked += 1
        elif isinstance(error, TransientPushError):
            await self._retry_or_fail(delivery, reason, report)
        else:
            await self._record(lambda s: s.mark_failed(delivery, reason))
            report.failed += 1

    async def _prepare(self, delivery: Delivery, report: DrainReport) -> OutgoingMessage | None:
        try:
            async with transaction(self._factory) as session:
                prepared = await self._service(session).prepare(
                    delivery, self._catalogs, before_note=session.commit
                )
        except NotImplementedError as error:
            reason = str(error)
            await self._record(lambda s: s.mark_failed(delivery, reason))
            report.failed += 1
            return None
        except Exception as error:  # a database hiccup or a bug: logged, retried, bounded
            log.exception("could not compose %s %s", delivery.kind, delivery.id)
            await self._retry_or_fail(delivery, f"composition failed: {error!r}", report)
            return None
        if isinstance(prepared, Skip):
            await self._record(lambda s: s.mark_skipped(delivery, prepared.reason))
            report.skipped += 1
            return None
        return prepared

    async def _retry_or_fail(self, delivery: Delivery, error: str, report: DrainReport) -> None:
        if delivery.attempts >= self.config.max_attempts:
            await self._record(
                lambda s: s.mark_failed(delivery, f"{error} (after {delivery.attempts} attempts)")
            )
            report.failed += 1
            return
        at = self._clock.now() + self.config.backoff_after(delivery.attempts)
        log.info("%s %s: %s; trying again at %s", delivery.kind, delivery.id, error, at)
        await self._record(lambda s: s.retry_later(delivery, at, error))
        report.retried += 1

    async def _record(self, action: _Action) -> bool:
        """``action`` in a transaction of its own; whether the record counted (False when
        the claim was no longer this sender's)."""
        async with transaction(self._factory) as session:
            return await action(self._service(session))

    def _service(self, session: AsyncSession) -> DeliveryService:
        return DeliveryService(
            session,
            self._clock,
            self._sources(session),
            self._notes(session),
            digest_words=self._digest_words,
            group_words=self._group_words,
        )

    # -- running ---------------------------------------------------------------------------

    def wake(self) -> None:
        """New rows are due (the tick inserted some): look now, not at the next poll."""
        self._wake.set()

    async def run(self) -> None:
        """Drain, wait for a wake-up or the poll interval, repeat until :meth:`stop`."""
        while not self._stopping:
            try:
                await self.drain()
            except Exception:  # the next pass retries; rows stay safe in the outbox
                log.exception("delivery pass failed")
            if self._stopping:
                return
            await self._idle(self.config.poll_seconds)

    async def stop(self) -> None:
        """Claim nothing more; sends in flight finish and are recorded."""
        self._stopping = True
        self._wake.set()

    async def _idle(self, seconds: float) -> None:
        self._wake.clear()
        woken = asyncio.ensure_future(self._wake.wait())
        slept = asyncio.ensure_future(self._clock.sleep(seconds))
        try:
            await asyncio.wait({woken, slept}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in (woken, slept):
                waiter.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await waiter
