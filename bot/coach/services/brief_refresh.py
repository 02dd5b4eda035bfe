"""The morning brief brought up to date after a check-in: "the verdict updates after it".

The brief already sent today is composed again from the stored data (now with the
check-in) exactly as the sender composes it, and its stored copy replaced; the handler
edits the Telegram message in place. Nothing happens when no brief went out today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.briefs.sources import BriefSources
from bot.coach.services.deliveries import DeliveryService
from bot.domain.athletes import Athlete
from bot.domain.deliveries import Delivery, DeliveryKind, DeliveryStatus, OutgoingMessage
from bot.i18n import Catalogs
from bot.storage.repositories import DeliveryRepository


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
    service = DeliveryService(session, clock, sources)
    message = await service.prepare(delivery, catalogs)
    if not isinstance(message, OutgoingMessage):
        return None  # paused or turned off since: leave the brief as it went out
    changed = delivery.payload.get("text") != message.text
    if changed:
        payload = {**delivery.payload, **message.as_payload()}
        await outbox.replace_sent_message(delivery.id, payload=payload, now=clock.now())
    return RefreshedBrief(delivery, message, changed)
