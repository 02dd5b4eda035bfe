"""Scheduled pushes end to end: the minute tick and the sender, driven by a ManualClock,
send through the real aiogram Bot over HTTP to the Telegram emulator.

Nothing polls for updates here: the people "open" their chat with /start (Telegram lets a
bot write only to people who did), their athlete rows are seeded as onboarding leaves
them, and the test moves time and calls ``tick(now)`` and ``drain()`` the way the
scheduler and the sender's loop do in production.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import Tempo, create_app
from bot.clock import ManualClock
from bot.coach.briefs.schedule import local_occurrence
from bot.coach.briefs.sources import BriefSourcesFactory, nothing_yet
from bot.config import Settings
from bot.domain.athletes import Athlete
from bot.domain.deliveries import Delivery, DeliveryKind, DeliveryStatus
from bot.jobs.limiter import SendBudget, SendRates
from bot.jobs.sender import DeliverySender, DrainReport, SenderConfig
from bot.jobs.transport import PushTransport, TelegramTransport
from bot.sandbox.emulator import BotApiEmulator, ChatMessage, EmulatedBot, FloodLimits, User
from bot.storage.models import DeliveryRow
from bot.storage.repositories import DeliveryRepository
from tests.integration.test_deliveries import seed_athlete

BOT_TOKEN = "987654321:AAE-tempo-push-token-0123456789abcdef"
WEEK_START = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
TICK_MINUTES = 5


@dataclass
class PushWorld:
    emulator: BotApiEmulator
    account: EmulatedBot
    clock: ManualClock
    app: Tempo
    senders: list[DeliverySender] = field(default_factory=list)

    def person(self, first_name: str, *, language_code: str = "en") -> User:
        user = self.emulator.add_user(first_name, username=first_name.lower())
        user.language_code = language_code
        # Telegram lets a bot write first only to someone who started it.
        self.account.user_sends_text(user, "/start")
        return user

    async def athlete(
        self, user: User, *, timezone: str = "UTC", brief_time: time = time(6, 30), **extra: object
    ) -> Athlete:
        return await seed_athlete(
            self.app.session_factory,
            self.clock,
            user.id,
            first_name=user.first_name,
            timezone=timezone,
            brief_time=brief_time,
            **extra,  # type: ignore[arg-type]
        )

    def sender(
        self,
        *,
        sources: BriefSourcesFactory = nothing_yet,
        transport: PushTransport | None = None,
        config: SenderConfig | None = None,
        session_factory: object = None,
        rates: SendRates | None = None,
    ) -> DeliverySender:
        sender = DeliverySender(
            session_factory or self.app.session_factory,  # type: ignore[arg-type]
            self.clock,
            transport or TelegramTransport(self.app.push_bot),
            self.app.catalogs,
            budget=SendBudget(self.clock, rates),
            sources=sources,
            config=config,
        )
        self.senders.append(sender)
        return sender

    async def tick(self) -> int:
        return (await self.app.pushes.tick(self.clock.now())).scheduled

    async def run_until(
        self, until: datetime, sender: DeliverySender, *, every_minutes: int = TICK_MINUTES
    ) -> DrainReport:
        """What production does: tick at whole minutes; the sender, woken by a tick that
        scheduled something, drains. Sends move the shared clock a little (the budget's
        waits), so the next tick is at the next whole step.

        Production ticks every minute; a simulated week of minute ticks costs a minute of
        test time in database round trips, so tests tick every ``every_minutes`` minutes
        and use brief times on that grid: "on time" is still to the minute.
        """
        total = DrainReport()
        step = timedelta(minutes=every_minutes)
        while self.clock.now() < until:
            now = self.clock.now().replace(second=0, microsecond=0)
            self.clock.set(now - timedelta(minutes=now.minute % every_minutes) + step)
            if await self.tick():
                total.add(await sender.drain())
        return total

    def briefs(self, user: User) -> list[ChatMessage]:
        return self.account.bot_messages(user)

    async def deliveries(
        self, kind: DeliveryKind | None = DeliveryKind.MORNING_BRIEF
    ) -> list[Delivery]:
        """The outbox: the morning briefs unless another ``kind`` (None: all) is asked."""
        async with self.app.session_factory() as session:
            found = await DeliveryRepository(session).list()
        return [d for d in found if kind is None or d.kind is kind]

    async def rows(
        self, kind: DeliveryKind | None = DeliveryKind.MORNING_BRIEF
    ) -> list[DeliveryRow]:
        async with self.app.session_factory() as session:
            statement = select(DeliveryRow).order_by(DeliveryRow.id)
            if kind is not None:
                statement = statement.where(DeliveryRow.kind == kind.value)
            return list(await session.scalars(statement))


@asynccontextmanager
async def open_world(database_url: str) -> AsyncIterator[PushWorld]:
    """The emulator on a ManualClock and Tempo built by the composition root, not polling."""
    clock = ManualClock(WEEK_START)
    emulator = BotApiEmulator(clock=clock, limits=FloodLimits())
    await emulator.start()
    account = emulator.add_bot(BOT_TOKEN, "tempo_push_bot", "Tempo")
    settings = Settings(
        telegram_bot_token=BOT_TOKEN,  # type: ignore[arg-type]
        telegram_api_base=emulator.base_url,
        database_url=database_url,
    )
    app = create_app(settings, clock=clock)
    try:
        yield PushWorld(emulator, account, clock, app)
    finally:
        await app.close()
        await emulator.stop()


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[PushWorld]:
    async with open_world(database_url) as opened:
        yield opened


def local(message: ChatMessage, zone: str) -> datetime:
    return datetime.fromtimestamp(message.date, tz=ZoneInfo(zone))


async def test_a_week_across_timezones_and_both_dst_changes_one_brief_a_day_on_time(
    world: PushWorld,
) -> None:
    # (zone, local brief time): Berlin springs forward on 29 March (02:00 -> 03:00, so
    # 02:30 does not exist that day); Sydney and Auckland fall back on 5 April (02:30
    # happens twice in Sydney); Kathmandu is UTC+05:45; New York has no change this week.
    plan = {
        "Berta": ("Europe/Berlin", time(2, 30)),
        "Bernd": ("Europe/Berlin", time(6, 30)),
        "Sam": ("Australia/Sydney", time(2, 30)),
        "Sue": ("Australia/Sydney", time(6, 0)),
        "Kiri": ("Pacific/Auckland", time(5, 45)),
        "Kabir": ("Asia/Kathmandu", time(6, 30)),
        "Nora": ("America/New_York", time(7, 15)),
        "Uma": ("UTC", time(23, 55)),
    }
    people = {name: world.person(name) for name in plan}
    for name, (zone, at) in plan.items():
        await world.athlete(people[name], timezone=zone, brief_time=at)
    end = WEEK_START + timedelta(days=7, hours=6)
    sender = world.sender()
    report = await world.run_until(end, sender)

    for name, (zone, at) in plan.items():
        tz = ZoneInfo(zone)
        expected = []
        day = WEEK_START.astimezone(tz).date()
        while (due := local_occurrence(day, at, tz)) <= end:
            if due > WEEK_START:
                expected.append(due)
            day += timedelta(days=1)
        sent = [datetime.fromtimestamp(m.date, tz=UTC) for m in world.briefs(people[name])]
        assert sent == expected, name
        assert all("Good morning" in (m.text or "") for m in world.briefs(people[name]))
    berta = [local(m, "Europe/Berlin") for m in world.briefs(people["Berta"])]
    assert datetime(2026, 3, 29, 3, 0, tzinfo=ZoneInfo("Europe/Berlin")) in berta  # gap end
    sam = [local(m, "Australia/Sydney") for m in world.briefs(people["Sam"])]
    on_fall_back = [t for t in sam if t.date().isoformat() == "2026-04-05"]
    assert len(on_fall_back) == 1 and on_fall_back[0].fold == 0  # the first 02:30 only
    deliveries = await world.deliveries(kind=None)
    briefs = [d for d in deliveries if d.kind is DeliveryKind.MORNING_BRIEF]
    assert len(briefs) == report.sent == sum(len(world.briefs(u)) for u in people.values())
    assert {d.status for d in briefs} == {DeliveryStatus.SENT}
    assert all(d.telegram_message_id for d in briefs)
    # The evening reminders and the Sunday reviews had nothing to ask about or review
    # (these athletes have no plan): recorded as skipped, never sent.
    others = [d for d in deliveries if d.kind is not DeliveryKind.MORNING_BRIEF]
    assert {d.kind for d in others} == {DeliveryKind.EVENING_REMINDER, DeliveryKind.WEEKLY_REVIEW}
    assert {d.status for d in others} == {DeliveryStatus.SKIPPED}
    reviews = [d for d in others if d.kind is DeliveryKind.WEEKLY_REVIEW]
    assert {d.local_date.weekday() for d in reviews} == {6}
    assert {d.recipient for d in reviews} == {d.recipient for d in briefs}
    assert world.emulator.stats.too_many_requests == 0


async def test_the_brief_as_sent_before_plans_and_wellness_exist(world: PushWorld) -> None:
    ann = world.person("Ann")
    olga = world.person("Olga", language_code="ru")
    await world.athlete(ann, timezone="Europe/Berlin")
    await world.athlete(olga, timezone="Europe/Moscow", language="ru")
    sender = world.sender()
    await world.run_until(WEEK_START + timedelta(days=1), sender)
    (brief,) = world.briefs(ann)
    assert brief.parse_mode == "HTML"
    assert brief.text is not None
    assert brief.text.startswith("☀️ Good morning, Ann! Sunday, 29 March")
    assert "No readiness data yet" in brief.text
    assert "No plan yet" in brief.text
    assert brief.inline_keyboard == []  # no check-in button while check-ins do not exist
    (russian,) = world.briefs(olga)
    assert russian.text is not None and "Доброе утро, Olga!" in russian.text
    (row,) = [r for r in await world.rows() if r.chat_id == ann.id]
    assert row.payload["text"] == brief.source
    assert row.telegram_message_id == brief.message_id
