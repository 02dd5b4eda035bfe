"""/brief, /pause, /resume and a brief's buttons, through the real polling bot."""

from __future__ import annotations

from datetime import date, time, timedelta

from bot.coach.briefs.model import BriefSession
from bot.coach.briefs.sources import BriefSources
from bot.coach.science import Readiness
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete, AthleteStatus
from bot.domain.deliveries import DeliveryKind, DeliveryStatus
from bot.domain.profiles import Profile
from bot.jobs.limiter import SendBudget
from bot.jobs.sender import DeliverySender
from bot.jobs.tick import BriefTick
from bot.jobs.transport import TelegramTransport
from bot.storage.repositories import AthleteRepository, DeliveryRepository
from tests.e2e.harness import TempoUnderTest
from tests.integration.test_deliveries import seed_athlete
from tests.unit.briefs.factories import amber_day, intervals


async def test_brief_settings_by_buttons_and_typed_time(tempo: TempoUnderTest) -> None:
    assert tempo.app is not None
    ann = tempo.person("Ann")
    await seed_athlete(tempo.app.session_factory, tempo.clock, ann.id, timezone="Europe/Berlin")
    shown = await ann.send("/brief")
    assert shown.text is not None
    assert "Morning brief" in shown.text
    assert "On, at 06:30 your time (Berlin (UTC+1))" in shown.text
    assert "Next brief: Tue 6 Jan, 06:30." in shown.text
    await ann.press("07:00", on=shown)
    assert "On, at 07:00" in (ann.last_bot_message().text or "")
    await ann.press("Sat")
    assert "Quiet days (no brief): Sat." in (ann.last_bot_message().text or "")
    await ann.press("🔕 Turn off")
    assert "Off: I don't send the morning brief." in (ann.last_bot_message().text or "")
    reply = await ann.send("/brief 6.45")
    assert reply.text == "✅ Your brief now comes at 06:45."
    await ann.press("⌨️ Other time")
    assert "Type the time" in (ann.last_bot_message().text or "")
    wrong = await ann.send("whenever")
    assert "couldn't read that as a time" in (wrong.text or "")
    right = await ann.send("7:15")
    assert "07:15" in (right.text or "")


async def test_brief_needs_a_profile(tempo: TempoUnderTest) -> None:
    bob = tempo.person("Bob")
    reply = await bob.send("/brief")
    assert "set up your profile first" in (reply.text or "")


async def test_pause_for_illness_and_resume(tempo: TempoUnderTest) -> None:
    assert tempo.app is not None
    ann = tempo.person("Ann")
    await seed_athlete(tempo.app.session_factory, tempo.clock, ann.id)
    asked = await ann.send("/pause")
    assert asked.button_texts == ["✈️ Travel", "🤒 Illness", "Other"]
    await ann.press("🤒 Illness", on=asked)
    assert "Get well soon" in (ann.last_bot_message().text or "")
    assert "already paused" in ((await ann.send("/pause")).text or "")
    async with tempo.app.session_factory() as session:
        athlete = await AthleteRepository(session).get_by_telegram_id(ann.id)
    assert athlete is not None and athlete.status is AthleteStatus.PAUSED
    shown = await ann.send("/brief")
    assert "⏸ Paused since" in (shown.text or "") and "Illness" in (shown.text or "")
    tempo.clock.advance(timedelta(days=3))  # three days in bed
    back = await ann.send("/resume")
    assert "Welcome back!" in (back.text or "") and "next brief comes" in (back.text or "")
    assert "count in this week's review" in (back.text or "")
    assert "not paused" in ((await ann.send("/resume")).text or "")
    await ann.settle()
    async with tempo.app.session_factory() as session:
        assert athlete is not None
        days = await WellnessService(session, tempo.clock).days(
            athlete.id, tempo.clock.now().date() - timedelta(days=7), tempo.clock.now().date()
        )
    assert len([d for d in days if d.illness]) == 3  # the pause's days, up to yesterday


class AmberWithAPlan:
    """What the plan and wellness features will supply: an amber day, a hard session."""

    async def readiness(
        self, athlete_id: int, day: date, *, excluding_sources: frozenset[str] = frozenset()
    ) -> Readiness | None:
        return amber_day(day)

    async def sessions(
        self, athlete: Athlete, day: date, *, profile: Profile | None = None
    ) -> tuple[BriefSession, ...] | None:
        return (intervals(),)

    async def checked_in(self, athlete_id: int, day: date) -> bool | None:
        return True


async def test_choosing_the_adjusted_session_on_a_sent_brief(tempo: TempoUnderTest) -> None:
    app = tempo.app
    assert app is not None
    ann = tempo.person("Ann")
    await ann.send("/help")  # opens the chat
    await seed_athlete(app.session_factory, tempo.clock, ann.id, brief_time=time(6, 0))

    def sources(_session: object) -> BriefSources:
        return AmberWithAPlan()

    tempo.clock.advance(timedelta(days=1))
    tick = BriefTick(app.session_factory, tempo.clock)
    assert (await tick(tempo.clock.now())).scheduled == 1
    sender = DeliverySender(
        app.session_factory,
        tempo.clock,
        TelegramTransport(app.push_bot),
        app.catalogs,
        budget=SendBudget(tempo.clock),
        sources=sources,  # type: ignore[arg-type]
    )
    assert (await sender.drain()).sent == 1
    brief = ann.last_bot_message()
    assert "🟡" in (brief.text or "") and "Adjusted for today" in (brief.text or "")
    assert brief.button_texts == [
        "✅ Do the adjusted session",
        "Keep the original",
        "📈 Readiness trend",
    ]
    await ann.press("✅ Do the adjusted session", on=brief)
    # The choice cannot be made twice; the chart stays.
    assert ann.last_bot_message().button_texts == ["📈 Readiness trend"]
    await ann.settle()  # the tap's transaction has committed
    async with app.session_factory() as session:
        found = await DeliveryRepository(session).list()
    (delivery,) = [d for d in found if d.kind is DeliveryKind.MORNING_BRIEF]
    assert delivery.status is DeliveryStatus.SENT
    assert delivery.payload["choice"] == "adjusted"
