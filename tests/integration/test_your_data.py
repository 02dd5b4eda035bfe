"""/export and /delete on the real database: every table is walked.

Two athletes with data in every feature's tables; the export holds all of one athlete's
rows and none of the other's; the erasure leaves nothing of the athlete in any table of
``Base.metadata`` (tables added later are walked too) and every row of the other one.
"""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from datetime import time, timedelta
from typing import Any

from aiogram.fsm.storage.base import DefaultKeyBuilder, StorageKey
from sqlalchemy import BigInteger, Integer, String, Text, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.types import JSON

from bot.clock import ManualClock
from bot.coach.ingest.quicklog import QuickLog
from bot.coach.services.activities import ActivityService
from bot.coach.services.deliveries import DeliveryService
from bot.coach.services.erasure import ErasureService
from bot.coach.services.export import ExportService
from bot.coach.services.plans import PlanService
from bot.domain.athletes import Athlete
from bot.domain.profiles import NewThreshold, ThresholdKind, ThresholdSource
from bot.domain.wellness import WellnessFields
from bot.i18n import Catalogs
from bot.storage.models import Base, DeliveryRow, DialogStateRow, ErasureRow
from bot.storage.repositories import ProfileRepository, WellnessRepository
from bot.storage.repositories.deliveries import DeliveryRepository
from tests.integration.test_plans import MONDAY, NOW, make_athlete, runner
from tests.unit.ingest.synthetic import Leg, activity_fit

EN = Catalogs.load().translator("en")
Snapshot = dict[str, list[dict[str, Any]]]


async def make_person(session: AsyncSession, telegram_id: int) -> Athlete:
    """An athlete with a profile, a threshold, a plan, a file activity, a logged one,
    check-ins, push preferences, pushes (one waiting) and an open dialog."""
    clock = ManualClock(NOW)
    athlete = await make_athlete(session, telegram_id)
    profiles = ProfileRepository(session)
    await profiles.save(athlete.id, runner(brief_time=time(6, 30)), now=NOW, completed_at=NOW)
    await profiles.add_threshold(
        athlete.id,
        NewThreshold(ThresholdKind.RUN_THRESHOLD_PACE, 270.0, ThresholdSource.MEASURED, MONDAY),
        now=NOW,
    )
    await PlanService(session, clock).context(athlete)
    activities = ActivityService(session, clock)
    await activities.ingest(athlete, "run.fit", activity_fit([Leg("running", 900, 3.2)]))
    await activities.log_manual(athlete, QuickLog(sport="run", duration_s=1800.0), MONDAY)
    wellness = WellnessRepository(session)
    for offset in range(3):
        await wellness.save(
            athlete.id,
            MONDAY - timedelta(days=offset),
            WellnessFields(sleep_hours=7.5, rmssd_ms=60.0 + offset),
            source="checkin",
            now=NOW,
        )
    await DeliveryService(session, clock).set_enabled(athlete, True)
    for day, status in ((MONDAY - timedelta(days=1), "sent"), (MONDAY, "pending")):
        session.add(
            DeliveryRow(
                kind="morning_brief",
                recipient=f"athlete:{athlete.id}",
                chat_id=telegram_id,
                athlete_id=athlete.id,
                local_date=day,
                due_at=NOW,
                status=status,
                attempts=0,
                next_attempt_at=NOW,
                payload={"text": f"Good morning, chat {telegram_id}"},
                created_at=NOW,
                updated_at=NOW,
            )
        )
    key = DefaultKeyBuilder(with_bot_id=True, with_destiny=True).build(
        StorageKey(bot_id=42, chat_id=telegram_id, user_id=telegram_id)
    )
    session.add(DialogStateRow(key=key, state="CheckinDialog:open", data={}, updated_at=NOW))
    await session.flush()
    return athlete


async def snapshot(session: AsyncSession) -> Snapshot:
    return {
        table.name: [dict(row) for row in (await session.execute(select(table))).mappings()]
        for table in Base.metadata.sorted_tables
    }


def owned(rows: Snapshot, athlete_id: int, telegram_id: int) -> dict[str, set[tuple[Any, ...]]]:
    """Primary keys of every row that is the athlete's, by following foreign keys from
    their athletes row (worked out here independently of the code under test)."""
    found: dict[str, set[tuple[Any, ...]]] = {}
    values: dict[tuple[str, str], set[Any]] = {}
    for table in Base.metadata.sorted_tables:
        keys = [c.name for c in table.primary_key.columns]
        mine = set()
        for row in rows[table.name]:
            is_mine = (table.name == "athletes" and row["id"] == athlete_id) or (
                table.name == "dialog_states" and f":{telegram_id}:" in row["key"]
            )
            for fk in table.foreign_keys:
                target = (fk.column.table.name, fk.column.name)
                if row[fk.parent.name] is not None and row[fk.parent.name] in values.get(
                    target, set()
                ):
                    is_mine = True
            if is_mine:
                mine.add(tuple(row[k] for k in keys))
                for column in table.columns:  # what a foreign key can point at
                    if isinstance(row[column.name], int | str):
                        values.setdefault((table.name, column.name), set()).add(row[column.name])
        found[table.name] = mine
    return found


async def two_athletes(
    session_factory: async_sessionmaker[AsyncSession],
) -> tuple[Athlete, Athlete]:
    async with session_factory() as session:
        ann = await make_person(session, 7_100_000_011)
        bob = await make_person(session, 7_100_000_022)
        await session.commit()
    return ann, bob


async def test_erasure_leaves_nothing_of_the_athlete_in_any_table(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    ann, bob = await two_athletes(session_factory)
    async with session_factory() as session:
        before = await snapshot(session)
    anns, bobs = owned(before, ann.id, ann.telegram_id), owned(before, bob.id, bob.telegram_id)
    filled = {name for name, keys in anns.items() if keys}
    assert {
        "athletes", "athlete_profiles", "thresholds", "plans", "plan_weeks", "plan_sessions",
        "activities", "activity_files", "activity_file_chunks", "wellness_days",
        "brief_preferences", "deliveries", "dialog_states",
    } <= filled  # fmt: skip
    waiting = next(
        r["id"]
        for r in before["deliveries"]
        if r["athlete_id"] == ann.id and r["status"] == "pending"
    )

    async with session_factory() as session:
        deleted = await ErasureService(session, ManualClock(NOW)).erase(ann)
        await session.commit()

    async with session_factory() as session:
        after = await snapshot(session)
    assert deleted == sum(len(keys) for keys in anns.values())
    for table in Base.metadata.sorted_tables:
        rows = after[table.name]
        keys = [c.name for c in table.primary_key.columns]
        present = {tuple(row[k] for k in keys) for row in rows}
        assert not present & anns[table.name], table.name
        assert bobs[table.name] <= present, table.name  # the other athlete keeps everything
        for column in table.columns:
            if any(fk.column.table.name == "athletes" for fk in column.foreign_keys):
                assert all(row[column.name] != ann.id for row in rows), (table.name, column.name)
            if isinstance(column.type, Integer | BigInteger):
                assert all(row[column.name] != ann.telegram_id for row in rows), column
            if isinstance(column.type, String | Text | JSON):
                assert all(str(ann.telegram_id) not in str(row[column.name]) for row in rows)
    # The tombstone: the push that was waiting, and the erasure itself; nothing else.
    assert sorted((r["delivery_id"] or 0) for r in after["erasures"]) == [0, waiting]
    async with session_factory() as session:
        service = DeliveryService(session, ManualClock(NOW))
        outbox = DeliveryRepository(session)
        claimed = await outbox.claim(
            NOW, limit=10, lease_until=NOW + timedelta(minutes=10), token="sender-1"
        )
        bobs_waiting = [d for d in claimed if d.athlete_id == bob.id]
        since = NOW - timedelta(minutes=11)
        gone = dataclasses.replace(bobs_waiting[0], id=waiting, athlete_id=ann.id)
        assert await service.erased(gone, since=since)
        assert not await service.erased(bobs_waiting[0], since=since)
        assert not await service.erased(gone, since=NOW + timedelta(seconds=1))
        assert (await session.scalar(select(ErasureRow.id).limit(1))) is not None


async def test_the_export_holds_every_row_of_the_athlete_and_none_of_anyone_else(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    ann, bob = await two_athletes(session_factory)
    async with session_factory() as session:
        before = await snapshot(session)
        [part] = await ExportService(session, ManualClock(NOW)).export(ann, EN)

    assert part.file_name == f"tempo-export-{NOW.date().isoformat()}.zip"
    archive = zipfile.ZipFile(io.BytesIO(part.content))
    names = set(archive.namelist())
    assert {
        "README.txt", "profile/account.json", "profile/profile.json",
        "profile/thresholds.csv", "profile/thresholds.json", "plans/plans.json",
        "plans/sessions.csv", "activities/activities.csv", "activities/activities.json",
        "wellness/check-ins.csv", "messages/pushes-sent.json", "settings/open-dialogs.json",
    } <= names  # fmt: skip
    readme = archive.read("README.txt").decode()
    assert "activities/activities.csv, activities/activities.json: your activities" in readme
    assert "Consents:" in readme
    originals = [n for n in names if n.startswith("activities/originals/")]
    assert len(originals) == 1
    assert archive.read(originals[0]) == activity_fit([Leg("running", 900, 3.2)])
    activities = json.loads(archive.read("activities/activities.json"))
    assert sorted(a["id"] for a in activities) == sorted(
        r["id"] for r in before["activities"] if r["athlete_id"] == ann.id
    )
    sessions = json.loads(archive.read("plans/sessions.json"))
    assert len(sessions) == len(owned(before, ann.id, ann.telegram_id)["plan_sessions"])
    everything = b"".join(archive.read(n) for n in names)
    assert str(bob.telegram_id).encode() not in everything
    assert str(ann.telegram_id).encode() in everything


async def test_a_large_export_is_split_into_parts(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    ann, _ = await two_athletes(session_factory)
    async with session_factory() as session:
        whole = await ExportService(session, ManualClock(NOW)).export(ann, EN)
        parts = await ExportService(session, ManualClock(NOW)).export(ann, EN, part_limit=20_000)

    assert len(whole) == 1 and len(parts) >= 3
    assert parts[0].file_name.endswith(f"-part1-of-{len(parts)}.zip")
    files: dict[str, bytes] = {}
    for part in parts:
        archive = zipfile.ZipFile(io.BytesIO(part.content))
        files.update({n: archive.read(n) for n in archive.namelist()})
    single = zipfile.ZipFile(io.BytesIO(whole[0].content))
    assert files == {n: single.read(n) for n in single.namelist()}
