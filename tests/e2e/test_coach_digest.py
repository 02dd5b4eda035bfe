"""The coach's morning digest end to end, across time zones: a coach in Tokyo with
athletes in New York and London sets the digest to 06:00 with /digest; at 06:00 Tokyo
time (21:00 UTC the evening before) the tick and the sender push who needs attention and
why, then the rest in one line. The next day an athlete leaves after the digest was
scheduled and before it is sent: it shows nothing of her. English and Russian."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.coach.ingest.checkin import Measurements
from bot.coach.services.wellness import WellnessService
from bot.domain.deliveries import DeliveryKind, DeliveryStatus
from bot.handlers.onboarding.formatting import Formatter
from bot.storage.repositories import AthleteRepository, DeliveryRepository, ProfileRepository
from bot.storage.unit_of_work import transaction
from tests.e2e.activity_chat import athlete_id, plain, send_all, translator
from tests.e2e.harness import Person, TempoUnderTest
from tests.e2e.test_squads import new_squad

pytestmark = pytest.mark.e2e

# 06:00 in Tokyo (UTC+9) on Tuesday 6 January is 21:00 UTC on Monday the 5th: 16:00 in
# New York and 21:00 in London, both still on Monday.
DIGEST_AT = datetime(2026, 1, 5, 21, 0, tzinfo=UTC)
TOKYO_DAY = date(2026, 1, 6)
US_DAY = date(2026, 1, 5)


async def place(tempo: TempoUnderTest, person: Person, zone: str) -> int:
    assert tempo.app is not None
    who = await athlete_id(tempo, person)
    async with transaction(tempo.app.session_factory) as session:
        await ProfileRepository(session).set_timezone(who, zone, now=tempo.clock.now())
    return who


async def digests(tempo: TempoUnderTest) -> list[tuple[date, DeliveryStatus]]:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        rows = await DeliveryRepository(session).list()
    return [(d.local_date, d.status) for d in rows if d.kind is DeliveryKind.COACH_DIGEST]


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_the_digest_comes_at_the_coachs_local_time_and_follows_consent(
    tempo: TempoUnderTest, language: str
) -> None:
    app = tempo.app
    assert app is not None
    t = translator(language)
    cleo = tempo.person("Cleo", language_code=language)
    ann = tempo.person("Ann", language_code=language)
    bob = tempo.person("Bob", language_code=language)
    _, token = await new_squad(tempo, cleo, "Dawn patrol")
    for athlete in (ann, bob):
        [offer] = await send_all(tempo, athlete, f"/start {token}")
        await athlete.press(t("squad-btn-accept"), on=offer)
    await place(tempo, cleo, "Asia/Tokyo")
    ann_id = await place(tempo, ann, "America/New_York")
    bob_id = await place(tempo, bob, "Europe/London")
    async with transaction(app.session_factory) as session:
        athletes = AthleteRepository(session)
        wellness = WellnessService(session, tempo.clock)
        anna, bobby = await athletes.get(ann_id), await athletes.get(bob_id)
        assert anna is not None and bobby is not None
        await wellness.set_flag(anna, US_DAY, "illness")
        await wellness.measure(bobby, US_DAY, Measurements(sleep_hours=7.5))

    [settings] = await send_all(tempo, cleo, "/digest")
    assert plain(t("digest-settings-title")) in (settings.text or "")
    assert t("digest-btn-off") in settings.button_texts
    await cleo.press("06:00", on=settings)
    redrawn = tempo.account.message(cleo.user, settings.message_id)
    assert "• 06:00" in redrawn.button_texts
    assert "Asia/Tokyo" in (redrawn.text or "")

    tempo.clock.set(DIGEST_AT - timedelta(minutes=1))
    await app.pushes.tick(tempo.clock.now())
    assert (await app.pushes.sender.drain()).sent == 0
    tempo.clock.set(DIGEST_AT)
    await app.pushes.tick(tempo.clock.now())
    assert (await app.pushes.sender.drain()).sent == 1
    digest = cleo.last_bot_message().text or ""
    assert plain(t("digest-title", day=Formatter(t).date(TOKYO_DAY))) in digest
    assert plain(t("digest-attention", count=1)) in digest
    attention, rest = digest.split(plain(t("digest-rest", count=1, names="Bob")))
    assert "Ann" in attention and t("roster-flag-ill") in attention
    assert "Bob" not in attention
    assert await digests(tempo) == [(TOKYO_DAY, DeliveryStatus.SENT)]

    # The next day's digest is scheduled at 06:00 Tokyo time; Ann leaves before it is sent.
    tempo.clock.set(DIGEST_AT + timedelta(days=1))
    await app.pushes.tick(tempo.clock.now())
    [sharing] = await send_all(tempo, ann, "/sharing")
    await ann.press(t("sharing-btn-leave", squad="Dawn patrol"), on=sharing)
    assert (await app.pushes.sender.drain()).sent == 2  # the digest, and the word she left
    *_, first, second = cleo.bot_texts()
    left = plain(t("coaching-notice-left", name="Ann", squad="Dawn patrol"))
    assert left in (first, second)
    after = first if second == left else second
    assert after != digest
    assert "Ann" not in after and "Bob" in after
    assert plain(t("digest-all-clear")) in after
    assert await digests(tempo) == [
        (TOKYO_DAY, DeliveryStatus.SENT),
        (TOKYO_DAY + timedelta(days=1), DeliveryStatus.SENT),
    ]
