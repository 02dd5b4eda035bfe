"""intervals.icu and Strava end to end: the real bot against the Telegram emulator, the
fake services on loopback and a real database. Connect with a key (wrong key first, the
key's message deleted), thresholds offered, history imported with one progress message,
the plan written to the calendar and taken off it, sync now, a revoked key told once,
a file uploaded after sync stored once, disconnect; Strava through OAuth and webhooks."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta

import pytest
from aiohttp import web
from sqlalchemy import func, select

from bot.domain.integrations import Provider, RunKind
from bot.domain.profiles import Experience, GoalFields, GoalKind, SportChoice, ThresholdKind
from bot.integration_web import add_integration_routes
from bot.storage.models import (
    ActivityRow,
    AthleteRow,
    DeliveryRow,
    IntegrationRow,
    WellnessDayRow,
)
from tests.conftest import FIXTURES
from tests.e2e.activity_chat import athlete_id, translator
from tests.e2e.harness import TempoUnderTest, start_tempo
from tests.e2e.test_groups import board_of, join
from tests.e2e.test_plan import database, plain, profile, say, store_profile
from tests.e2e.test_squads import new_squad
from tests.fakes.integrations import TEST_KEY
from tests.fakes.intervals_icu import IntervalsIcuFake
from tests.fakes.seed import FakeActivity
from tests.fakes.strava import StravaFake, strava_id

pytestmark = pytest.mark.e2e


@pytest.fixture
async def synced(database_url: str, intervals: IntervalsIcuFake) -> AsyncIterator[TempoUnderTest]:
    running = await start_tempo(
        database_url,
        settings={"intervals_api_base": intervals.base_url, "encryption_key": TEST_KEY},
    )
    try:
        yield running
    finally:
        await running.stop()
        await running.emulator.stop()


async def idle(tempo: TempoUnderTest) -> None:
    assert tempo.app is not None and tempo.app.sync_jobs is not None
    await tempo.app.sync_jobs.idle()


async def rows(tempo: TempoUnderTest, model: type, *where: object) -> int:
    async with database(tempo) as session:
        return int(
            await session.scalar(select(func.count()).select_from(model).where(*where)) or 0
        )


async def test_connect_import_export_sync_revoke_and_disconnect(
    synced: TempoUnderTest, intervals: IntervalsIcuFake
) -> None:
    remote = intervals.add_athlete(name="Igor Velo", last_day=date(2026, 1, 4), days=60)
    igor = synced.person("Igor")
    await store_profile(
        synced,
        igor,
        profile(
            sports=(SportChoice.BIKE,),
            experience=Experience.INTERMEDIATE,
            weekly_hours=6.0,
            available_weekdays=(0, 1, 2, 3, 4, 5, 6),
            long_day=5,
            has_power_meter=True,
        ),
        GoalFields(kind=GoalKind.GENERAL),
        {ThresholdKind.FTP: 250.0},
        language="en",
    )
    status = await igor.send("/connect")
    assert say("en", "connect-none") in plain(status.text or "")
    await igor.press(say("en", "connect-btn-key"))
    assert plain(igor.last_bot_message().text or "").startswith(
        "🔑 Paste your intervals.icu API key"
    )

    wrong = "abcdefghijklmnopqrstuvwx"
    refused = await igor.send(wrong)
    assert say("en", "connect-error-wrong_key") in plain(refused.text or "")
    sent = [m for m in synced.account.history(igor.user, include_deleted=True) if m.text == wrong]
    assert sent and sent[0].deleted  # the key is gone from the chat

    connected = await igor.send(remote.api_key)
    await igor.settle()
    assert plain(connected.text or "") == say("en", "connect-connected", name="Igor Velo")
    key_messages = [
        m
        for m in synced.account.history(igor.user, include_deleted=True)
        if m.text == remote.api_key
    ]
    assert key_messages[0].deleted
    offer = igor.message_with_button(say("en", "connect-btn-use-thresholds"))
    assert "FTP: 265 W (Tempo has 250 W)" in plain(offer.text or "")
    # Bold as Telegram shows it, not tags escaped into the text.
    text = offer.text or ""
    assert "<b>" not in text and "FTP: 265 W" in text
    bold = [text[e["offset"] : e["offset"] + e["length"]] for e in offer.entities]
    assert "265 W" in bold
    await igor.press(say("en", "connect-btn-use-thresholds"), on=offer)
    assert plain(offer.text or "") == say("en", "connect-thresholds-used")

    months = igor.message_with_button("3 months")
    await igor.press("3 months", on=months)
    await idle(synced)
    activities = len(remote.season.activities)
    assert plain(months.text or "").startswith("✅ Import finished.")
    assert f"{activities} workouts and 60 days of wellness imported" in plain(months.text or "")
    assert months.edit_count >= 2  # one message edited in place, not one per workout
    assert await rows(synced, ActivityRow, ActivityRow.source == "intervals") == activities
    assert await rows(synced, WellnessDayRow) == 60
    async with database(synced) as session:
        secret = await session.scalar(select(IntegrationRow.secret))
    assert secret is not None and remote.api_key not in secret

    # The coming sessions are on the intervals.icu calendar, with a FIT workout each.
    events = list(remote.events.values())
    assert events and all(e["external_id"].startswith("tempo-") for e in events)
    assert all(e["filename"].endswith(".fit") and e["type"] == "Ride" for e in events)
    assert all(e["start_date_local"] >= "2026-01-05" for e in events)

    status = await igor.send("/connect")
    text = plain(status.text or "")
    assert f"intervals.icu ✅ connected (athlete {remote.id})" in text
    assert f"{activities} new workouts, 60 days of wellness" in text

    # Off: Tempo's workouts leave the calendar.
    await igor.press(say("en", "connect-btn-export-off"), on=status)
    await idle(synced)
    assert remote.events == {}

    # The key is revoked on intervals.icu: the next sync stops and says so once.
    intervals.revoke(remote)
    status = await igor.send("/connect")
    await igor.press(say("en", "connect-btn-sync"), on=status)
    await idle(synced)
    assert synced.app is not None and synced.app.sync_jobs is not None
    again = await synced.app.sync_jobs.service.run(
        await _athlete_id(synced), Provider.INTERVALS, RunKind.SYNC
    )
    assert again.error == "revoked"
    # The notice waits in the delivery outbox (one row, however many syncs failed) and
    # leaves with the sender's next pass.
    assert await rows(synced, DeliveryRow, DeliveryRow.kind == "sync_notice") == 1
    assert (await synced.app.pushes.sender.drain()).sent == 1
    await igor.settle()
    notices = [t for t in igor.bot_texts() if t == plain(say("en", "sync-revoked-intervals"))]
    assert len(notices) == 1
    status = await igor.send("/connect")
    assert "access was revoked" in plain(status.text or "")

    await igor.press(say("en", "connect-btn-disconnect-intervals"), on=status)
    await igor.press(say("en", "connect-btn-yes-disconnect"))
    await igor.settle()  # the answer comes before the update's commit
    assert await rows(synced, IntegrationRow) == 0
    assert await rows(synced, ActivityRow) == activities  # the athlete's data stays


async def test_a_file_uploaded_after_sync_is_stored_once(
    synced: TempoUnderTest, intervals: IntervalsIcuFake
) -> None:
    remote = intervals.add_athlete(name="Ann")
    remote.add_activity(
        FakeActivity(
            id="i900", start=datetime(2017, 6, 11, 14, 34, 11, tzinfo=UTC), type="Run",
            name="Run", duration_s=57, seed=3, speed=2.8, power=None,
        )
    )  # fmt: skip
    ann = synced.person("Ann")
    await ann.send("/connect")
    await ann.press(say("en", "connect-btn-key"))
    await ann.send(remote.api_key)
    await ann.settle()
    await ann.press("24 months")
    await idle(synced)
    # The fixture's run is older than 24 months: a second import reaches it.
    assert await rows(synced, ActivityRow) == 0
    assert synced.app is not None and synced.app.sync_jobs is not None
    await synced.app.sync_jobs.service.run(
        await _athlete_id(synced), Provider.INTERVALS, RunKind.IMPORT, months=120
    )
    assert await rows(synced, ActivityRow) == 1
    reply = await ann.upload(FIXTURES / "garmin-fenix-5-run.fit")
    assert plain(reply.text or "").startswith("♻️ I already have this workout")
    assert await rows(synced, ActivityRow) == 1


async def _athlete_id(tempo: TempoUnderTest) -> int:
    async with database(tempo) as session:
        found = await session.scalar(select(AthleteRow.id))
    assert found is not None
    return found


async def test_connecting_without_an_encryption_key_is_refused_kindly(
    database_url: str, intervals: IntervalsIcuFake
) -> None:
    tempo = await start_tempo(
        database_url, settings={"intervals_api_base": intervals.base_url, "encryption_key": None}
    )
    try:
        ann = tempo.person("Ann")
        status = await ann.send("/connect")
        assert say("en", "connect-unavailable") in plain(status.text or "")
        assert status.inline_keyboard == []
    finally:
        await tempo.stop()
        await tempo.emulator.stop()


async def test_strava_by_oauth_and_webhooks_owner_only_and_deauthorised(
    database_url: str, intervals: IntervalsIcuFake
) -> None:
    from bot.clock import ManualClock

    clock = ManualClock()
    strava = StravaFake(clock=clock)
    await strava.start()
    web_runner: web.AppRunner | None = None
    tempo = None
    try:
        site_port = _free_port()
        public = f"http://127.0.0.1:{site_port}"
        tempo = await start_tempo(
            database_url,
            settings={
                "intervals_api_base": intervals.base_url,
                "encryption_key": TEST_KEY,
                "strava_api_base": strava.base_url,
                "strava_client_id": strava.client_id,
                "strava_client_secret": strava.client_secret,
                "strava_verify_token": "verify-me",
                "webhook_url": f"{public}/telegram",
            },
        )
        tempo.clock.set(datetime(2026, 1, 5, 6, 0, tzinfo=UTC))
        strava.clock = tempo.clock
        athlete_remote = strava.add_athlete("Ann", days=20)
        web_runner = await serve_integration_routes(tempo, site_port)

        assert await strava.validate(f"{public}/webhooks/strava", "verify-me")
        assert not await strava.validate(f"{public}/webhooks/strava", "wrong")

        ann = tempo.person("Ann")
        status = await ann.send("/connect")
        url = next(
            b["url"] for row in status.inline_keyboard for b in row
            if b.get("text") == say("en", "connect-btn-strava")
        )  # fmt: skip
        state = url.split("state=")[1]
        code = strava.authorize(athlete_remote)
        import aiohttp

        async with (
            aiohttp.ClientSession() as session,
            session.get(
                f"{public}/oauth/strava", params={"code": code, "state": state}
            ) as response,
        ):
            assert response.status == 200
        await ann.settle()
        assert say("en", "connect-connected-strava") in ann.bot_texts()
        await ann.press("3 months")
        await idle(tempo)
        count = len(athlete_remote.season.activities)
        assert await rows(tempo, ActivityRow, ActivityRow.source == "strava") == count

        # A new activity on Strava arrives by webhook; a deleted one leaves.
        newest = athlete_remote.season.activities[-1]
        hook = f"{public}/webhooks/strava"
        await strava.push(
            hook, owner=athlete_remote, object_type="activity",
            object_id=strava_id(newest), aspect_type="delete",
        )  # fmt: skip
        await idle(tempo)
        assert await rows(tempo, ActivityRow, ActivityRow.source == "strava") == count - 1
        await strava.push(
            hook, owner=athlete_remote, object_type="activity",
            object_id=strava_id(newest), aspect_type="create",
        )  # fmt: skip
        await idle(tempo)
        assert await rows(tempo, ActivityRow, ActivityRow.source == "strava") == count

        # Six hours on, the token is refreshed (and the old refresh token stops working).
        before = strava.refresh_tokens_of(athlete_remote)
        tempo.clock.advance(7 * 3600)
        await ann.press(say("en", "connect-btn-sync") + " Strava", on=await ann.send("/connect"))
        await idle(tempo)
        assert strava.refresh_tokens_of(athlete_remote) != before

        # The athlete revokes Tempo on Strava: every Strava row goes, and they are told.
        strava.deauthorize_on_strava(athlete_remote)
        await strava.push(f"{public}/webhooks/strava", owner=athlete_remote, object_type="athlete",
                          object_id=athlete_remote.id, aspect_type="update",
                          updates={"authorized": "false"})  # fmt: skip
        await idle(tempo)
        assert tempo.app is not None
        assert (await tempo.app.pushes.sender.drain()).sent == 1  # the outbox's notice
        await ann.settle()
        assert await rows(tempo, ActivityRow) == 0
        assert await rows(tempo, IntegrationRow) == 0
        assert plain(say("en", "sync-strava-deauthorized")) in ann.bot_texts()
    finally:
        if web_runner is not None:
            await web_runner.cleanup()
        if tempo is not None:
            await tempo.stop()
            await tempo.emulator.stop()
        await strava.stop()


async def serve_integration_routes(tempo: TempoUnderTest, port: int) -> web.AppRunner:
    """The webhook server's OAuth callbacks and service webhooks on 127.0.0.1:``port``
    (the caller cleans the runner up)."""
    assert tempo.app is not None
    web_app = web.Application()
    add_integration_routes(web_app, tempo.app)
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_intervals_by_oauth_and_its_webhook_starts_a_sync(
    database_url: str, intervals: IntervalsIcuFake
) -> None:
    import aiohttp

    port = _free_port()
    public = f"http://127.0.0.1:{port}"
    tempo = await start_tempo(
        database_url,
        settings={
            "intervals_api_base": intervals.base_url,
            "encryption_key": TEST_KEY,
            "intervals_client_id": intervals.client_id,
            "intervals_client_secret": intervals.client_secret,
            "intervals_webhook_secret": "hook-secret",
            "webhook_url": f"{public}/telegram",
        },
    )
    runner: web.AppRunner | None = None
    try:
        runner = await serve_integration_routes(tempo, port)
        remote = intervals.add_athlete(name="Olga", last_day=date(2026, 1, 4), days=10)
        olga = tempo.person("Olga", language_code="ru")
        status = await olga.send("/connect")
        url = next(
            b["url"] for row in status.inline_keyboard for b in row
            if b.get("text") == say("ru", "connect-btn-intervals-oauth")
        )  # fmt: skip
        assert url.startswith(f"{intervals.base_url}/oauth/authorize?client_id=tempo-client")
        state = url.split("state=")[1]
        async with aiohttp.ClientSession() as http:
            forged = await http.get(
                f"{public}/oauth/intervals", params={"code": "x", "state": "1.2.3"}
            )
            assert forged.status == 400
            code = intervals.authorize(remote)
            done = await http.get(
                f"{public}/oauth/intervals", params={"code": code, "state": state}
            )
            assert done.status == 200 and say("ru", "oauth-page-done") in await done.text()
        await olga.settle()
        assert say("ru", "connect-connected", name="Olga") in olga.bot_texts()
        async with database(tempo) as session:
            row = await session.scalar(select(IntegrationRow))
        assert (
            row is not None and row.auth_kind == "oauth" and row.external_athlete_id == remote.id
        )
        # intervals.icu tells us about a new activity: a sync starts and brings it.
        event = {"athlete_id": remote.id, "type": "ACTIVITY_UPLOADED"}
        async with aiohttp.ClientSession() as http:
            wrong = await http.post(
                f"{public}/webhooks/intervals", json={"secret": "no", "events": [event]}
            )
            assert wrong.status == 403
            ok = await http.post(
                f"{public}/webhooks/intervals", json={"secret": "hook-secret", "events": [event]}
            )
            assert ok.status == 200
        await idle(tempo)
        assert await rows(tempo, ActivityRow, ActivityRow.source == "intervals") == len(
            remote.season.activities
        )
    finally:
        if runner is not None:
            await runner.cleanup()
        await tempo.stop()
        await tempo.emulator.stop()


async def test_an_import_that_fails_says_why_in_its_message_and_keeps_nothing_half_done(
    synced: TempoUnderTest, intervals: IntervalsIcuFake
) -> None:
    remote = intervals.add_athlete(name="Ann", last_day=date(2026, 1, 4), days=20)
    ann = synced.person("Ann", language_code="ru")
    await ann.send("/connect")
    await ann.press(say("ru", "connect-btn-key"))
    await ann.send(remote.api_key)
    await ann.settle()
    months = ann.message_with_button("3 месяца")
    intervals.fail_next(502, 3)  # the activity list, tried three times
    await ann.press("3 месяца", on=months)
    await idle(synced)
    reason = say("ru", "sync-error-unavailable")
    assert plain(months.text or "") == say("ru", "connect-import-failed", reason=reason)
    assert await rows(synced, ActivityRow) == 0
    status = await ann.send("/connect")
    assert reason in plain(status.text or "")


@pytest.mark.parametrize(
    ("record", "greeted"),
    [
        ({"name": None, "firstname": "Igor", "lastname": "Velo"}, "Igor Velo"),
        ({"name": None}, "Igor"),  # no name on the service: the Telegram name, not "i50000"
    ],
)
async def test_connect_greets_the_athlete_by_name_never_by_the_service_id(
    synced: TempoUnderTest,
    intervals: IntervalsIcuFake,
    record: dict[str, str | None],
    greeted: str,
) -> None:
    remote = intervals.add_athlete(**record)  # type: ignore[arg-type]
    igor = synced.person("Igor")
    await store_profile(
        synced,
        igor,
        profile(
            sports=(SportChoice.RUN,),
            experience=Experience.INTERMEDIATE,
            weekly_hours=5.0,
            available_weekdays=(0, 2, 4, 6),
            long_day=6,
        ),
        GoalFields(kind=GoalKind.GENERAL),
        {},
        language="en",
    )
    await igor.send("/connect")
    await igor.press(say("en", "connect-btn-key"))
    connected = await igor.send(remote.api_key)
    await igor.settle()
    assert plain(connected.text or "") == say("en", "connect-connected", name=greeted)
    assert remote.id not in (connected.text or "")


async def test_a_workout_synced_in_the_background_moves_the_team_board(
    synced: TempoUnderTest, intervals: IntervalsIcuFake
) -> None:
    """The board follows an hourly sync as it follows a workout sent in the chat: the
    pinned message is edited (not sent again) once intervals.icu's run is stored."""
    t = translator("en")
    account, bot = synced.account, synced.account.username
    cleo, ann = synced.person("Cleo"), synced.person("Ann")
    _, token = await new_squad(synced, cleo, "Riders")
    await join(synced, ann, token)
    group = synced.emulator.add_group("Riders", [cleo.user, ann.user], bots=[])
    account.joins_group(group, added_by=cleo.user)
    offer = await account.wait_for_bot_message(group)
    account.promoted_in(group, by=cleo.user)
    await cleo.press(t("group-btn-link", squad="Riders"), on=offer)
    await cleo.send(f"/link@{bot}", chat=group)  # the tap's commit is done
    board = board_of(synced, group)
    assert "▫️ Ann" in (board.text or "")  # done or not (the default): not yet

    remote = intervals.add_athlete(name="Ann")
    await ann.send("/connect")
    await ann.press(say("en", "connect-btn-key"))
    await ann.send(remote.api_key)
    await ann.settle()
    await ann.press("3 months")
    await idle(synced)
    edits = account.message(group, board.message_id).edit_count
    remote.add_activity(
        FakeActivity(
            id="i901", start=synced.clock.now() - timedelta(hours=2), type="Run",
            name="Run", duration_s=1800, seed=3, speed=2.8, power=None,
        )
    )  # fmt: skip
    assert synced.app is not None and synced.app.sync_jobs is not None
    assert synced.app.sync_jobs.start(
        await athlete_id(synced, ann), Provider.INTERVALS, RunKind.SYNC
    )
    await idle(synced)
    after = account.message(group, board.message_id)
    assert "✅ Ann" in (after.text or "")
    assert after.edit_count == edits + 1  # edited in place, once
    assert [m for m in account.bot_messages(group) if (m.text or "").startswith("📋")] == [after]
