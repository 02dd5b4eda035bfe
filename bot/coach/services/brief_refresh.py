"""The morning brief brought up to date after a check-in: "the verdict updates after it".

The brief already sent today is composed again from the stored data (now with the
check-in) exactly as the sender composes it — the same sources and the same LLM note
writer — and its stored copy replaced; the handler edits the Telegram message in place.
It runs after the check-in's update has committed (``Services.after_commit``), in a
transaction of its own: the check-in is stored whatever the note costs, and no write
lock waits on the note. Nothing happens when no brief went out today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.coach.briefs.note import BriefNotes, BriefNotesFactory, no_notes
from bot.coach.briefs.sources import BriefSources, BriefSourcesFactory
from bot.coach.services.deliveries import DeliveryService
from bot.domain.athletes import Athlete
from bot.domain.deliveries import Delivery, DeliveryKind, DeliveryStatus, OutgoingMessage
from bot.i18n import Catalogs
from bot.storage.repositories import DeliveryRepository
from bot.storage.unit_of_work import transaction


@dataclass(frozen=True, slots=True)
class BriefWiring:
    """How this process composes pushes (``create_app`` hands the sender's own to the
    handlers as ``brief_wiring``); ``sources=None``: the stored data."""

    sources: BriefSourcesFactory | None = None
    notes: BriefNotesFactory = no_notes


@dataclass(frozen=True, slots=True)
class RefreshedBrief:
    delivery: Delivery
    message: OutgoingMessage
    changed: bool  # False when the new brief reads exactly as the one sent


async def refresh_brief(
    session: AsyncSession,
    clock: Clock,
    sources: BriefSources,
    catalogs: Catalogs,
    *,
    athlete: Athlete,
    day: date,
    notes: BriefNotes | None = None,
) -> RefreshedBrief | None:
    outbox = DeliveryRepository(session)
    sent = await outbox.list(
        athlete_id=athlete.id,
        kind=DeliveryKind.MORNING_BRIEF,
        statuses=(DeliveryStatus.SENT,),
        local_date=day,
    )
    if not sent or sent[-1].telegram_message_id is None:
        return None
    delivery = sent[-1]
    service = DeliveryService(session, clock, sources, notes)
    message = await service.prepare(delivery, catalogs, before_note=session.commit)
    if not isinstance(message, OutgoingMessage):
        return None  # paused or turned off since: leave the brief as it went out
    changed = delivery.payload.get("text") != message.text
    if changed:
        payload = {**delivery.payload, **message.as_payload()}
        await outbox.replace_sent_message(delivery.id, payload=payload, now=clock.now())
    return RefreshedBrief(delivery, message, changed)


async def refresh_brief_in_own_transaction(
    factory: async_sessionmaker[AsyncSession],
    clock: Clock,
    catalogs: Catalogs,
    sources: BriefSourcesFactory,
    *,
    athlete: Athlete,
    day: date,
    notes: BriefNotesFactory = no_notes,
) -> RefreshedBrief | None:
    """:func:`refresh_brief` after the update committed: the sender's sources and note
    writer, in a transaction of its own."""
    async with transaction(factory) as session:
        return await refresh_brief(
            session,
            clock,
            sources(session),
            catalogs,
            athlete=athlete,
            day=day,
            notes=notes(session),
        )
